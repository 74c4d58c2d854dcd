import Foundation

extension Chronicler {
    /// Past this many people who share a surname's first letters, a name's weaker forms are not looked for.
    static let maxNameFormCandidates = WeakNames.maxCandidates

    /// The people whose name is `name` in another spelling (`PersonName.key`: "Zelenskiy" for
    /// "Zelenskyy"), or, for one word, whose surname it is in another spelling.
    static func bySpelling(_ name: String, _ db: any QuerySource) throws -> [String] {
        let key = PersonName.key(name), surname = PersonName.surname(name)
        guard !surname.isEmpty else { return [] }
        let oneWord = !key.contains(" ")
        var found: [String] = []
        try eachPerson(surname, db) { id, n in
            if PersonName.key(n) == key || (oneWord && PersonName.surname(n) == surname) { found.append(id) }
        }
        return Array(Set(found)).sorted()
    }

    /// Calls `body` with the people (id, name) having a name word that starts as `surname` does
    /// (its first four letters: transliterations differ at the end); nothing past
    /// `maxNameFormCandidates` of them. Returns false when there were more.
    @discardableResult
    static func eachPerson(_ surname: String, _ db: any QuerySource, _ body: (String, String) throws -> Void) throws -> Bool {
        let d = db.dialect
        let prefix = Chronicler.likeLiteral(String(surname.prefix(4)))
        var seen = 0
        try db.each(#"SELECT id, name FROM actor WHERE kind = 'person' AND (\#(d.lower("name")) LIKE ? ESCAPE '\' OR \#(d.lower("name")) LIKE ? ESCAPE '\') ORDER BY id"#,
                    [.text(prefix + "%"), .text("% " + prefix + "%")]) { r in
            seen += 1
            guard seen <= Chronicler.maxNameFormCandidates, let id = r.text(0), let name = r.text(1) else { return }
            try body(id, name)
        }
        return seen <= Chronicler.maxNameFormCandidates
    }

    /// The actors `ids` stand for, with the weaker and fuller forms of the same person's name
    /// (issues 15: 13 and 19: 4). In the store a surname alone ("Sanders") or initials and a
    /// surname ("V. Zelensky") that its article did not resolve is its own actor, so that the store
    /// does not depend on the order articles came in (`PersonName`). Here such a weak name stands
    /// for the most mentioned full name of the store with the same surname (any transliteration)
    /// and compatible initials (ties: the smaller id): a function of what is stored. So "Bernie
    /// Sanders" also finds what "Sanders" alone said, when Bernie is the Sanders most mentioned,
    /// and "Sanders" finds Bernie Sanders. Full names with other first names never join. Full
    /// names come first in the answer (the actor report is named after the first).
    static func withNameForms(_ ids: [String], _ db: any QuerySource) throws -> [String] {
        guard !ids.isEmpty, ids.count <= 64 else { return ids }
        var people: [(id: String, name: String)] = []
        try db.each("SELECT id, name FROM actor WHERE kind = 'person' AND id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ",")))",
                    ids.map { .text($0) }) { r in
            if let id = r.text(0), let name = r.text(1) { people.append((id, name)) }
        }
        guard !people.isEmpty else { return ids }
        let asked = Set(ids)
        var found = asked
        var weak = Set<String>()
        for surname in Set(people.map { PersonName.surname($0.name) }) where !surname.isEmpty {
            // the people of that surname, in any spelling
            var same: [(id: String, name: String)] = []
            let all = try Chronicler.eachPerson(surname, db) { id, name in
                if PersonName.surname(name) == surname { same.append((id, name)) }
            }
            guard all else { continue }
            let full = same.filter { !PersonName.isWeak($0.name) }
            guard !full.isEmpty else { continue }
            // how often each full name is mentioned, in one query (a query each was a round trip
            // each to PostgreSQL: 10 for "Trump")
            var mentions: [String: Int] = [:]
            for start in stride(from: 0, to: full.count, by: 500) {
                let part = full[start..<min(start + 500, full.count)]
                try db.each("SELECT actor_id, count(*) FROM mention WHERE actor_id IN (\(Array(repeating: "?", count: part.count).joined(separator: ","))) GROUP BY actor_id",
                            part.map { .text($0.id) }) { r in
                    if let id = r.text(0) { mentions[id] = r.int(1) }
                }
            }
            for w in same where PersonName.isWeak(w.name) {
                // the full name this weak one stands for
                let target = full.filter { PersonName.mayStand(w.name, for: $0.name) }
                    .min { (mentions[$1.id] ?? 0, $0.id) < (mentions[$0.id] ?? 0, $1.id) }
                guard let target else { continue }
                if asked.contains(target.id) || asked.contains(w.id) {
                    found.insert(w.id)
                    found.insert(target.id)
                    weak.insert(w.id)
                }
            }
        }
        guard found != asked else { return ids }
        // full names first, each part sorted
        return found.sorted { (weak.contains($0) ? 1 : 0, $0) < (weak.contains($1) ? 1 : 0, $1) }
    }
}
