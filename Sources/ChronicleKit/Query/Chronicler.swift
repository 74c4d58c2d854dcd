import Foundation

/// Answers chronology questions over a store: who said what when, what happened between two
/// dates, everything about an actor, and full-text search. Names resolve through aliases;
/// date bounds may be partial (`2021`, `2021-02`), and a fact whose date overlaps the window
/// counts.
///
/// Queries are written once, above the storage seam (`QuerySource`): SQLite and PostgreSQL
/// answer them directly, byte for byte the same.
public struct Chronicler: Sendable {
    public let store: any QueryStore

    public init(store: any QueryStore) { self.store = store }

    /// Resolves a name or alias ("Kuleba", "Moscow", "Mr. Trump") to actor ids; unknown names get
    /// the closest known names in the error.
    ///
    /// In order: an actor's own name (or id); an alias; the name without leading titles
    /// ("Foreign Minister Kuleba" → "Kuleba"); a part of a name ("Landsbergis", "Hillary"). An
    /// alias or a part shared by several actors means those it mostly refers to: the actors
    /// mentioned at least a tenth as often as the most mentioned one, so "Clinton" is Hillary
    /// Clinton, not also Chelsea Clinton met twice, and "Hillary" is not also the headline
    /// fragment "Hillary Clinton Goes".
    public func resolve(_ name: String) throws -> [String] {
        try store.withQuerySource { db in try Chronicler.resolve(name, db) }
    }

    /// `resolve(_:)` within a read.
    static func resolve(_ name: String, _ db: any QuerySource) throws -> [String] {
        let d = db.dialect
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        func dominant(_ counts: [(String, Int)]) -> [String] {
            let top = counts.map(\.1).max() ?? 0
            return counts.filter { $0.1 * 10 >= top }.map(\.0).sorted()
        }
        /// The actors with how often they are mentioned, in one query (a query per actor was a
        /// round trip each to PostgreSQL: 9 for "Trump").
        func mentions(_ ids: [String]) throws -> [(String, Int)] {
            var counts: [String: Int] = [:]
            for start in stride(from: 0, to: ids.count, by: 500) {
                let part = ids[start..<min(start + 500, ids.count)]
                try db.each("SELECT actor_id, count(*) FROM mention WHERE actor_id IN (\(Array(repeating: "?", count: part.count).joined(separator: ","))) GROUP BY actor_id",
                            part.map { .text($0) }) { r in
                    if let id = r.text(0) { counts[id] = r.int(1) }
                }
            }
            return ids.map { ($0, counts[$0] ?? 0) }
        }
        func exact(_ key: String) throws -> [String] {
            let own = try db.strings("SELECT id FROM actor WHERE \(d.lower("name")) = ? OR id = ?", [.text(key), .text(key)])
            if !own.isEmpty { return Array(Set(own)).sorted() }
            let aliased = try db.strings("SELECT DISTINCT actor_id FROM alias WHERE \(d.lower("alias")) = ?", [.text(key)])
            guard aliased.count > 1 else { return aliased }
            return dominant(try mentions(aliased))
        }
        var ids = try exact(key)
        // titles in front: "mr. trump", "foreign minister kuleba"
        var words = key.split(separator: " ")
        while ids.isEmpty && words.count > 1 {
            words.removeFirst()
            ids = try exact(words.joined(separator: " "))
        }
        if ids.isEmpty {
            // a surname or part of a name: "Landsbergis", "Council", "Hillary"
            let last = key.split(separator: " ").last.map(String.init) ?? key
            // the name's own `%` and `_` are letters here, not wildcards ("%" is no one's name part)
            let k = Chronicler.likeLiteral(key), l = Chronicler.likeLiteral(last)
            let name = d.lower("name")
            let partial = try db.strings(#"SELECT DISTINCT id FROM actor WHERE \#(name) LIKE ? ESCAPE '\' OR \#(name) LIKE ? ESCAPE '\' OR \#(name) LIKE ? ESCAPE '\'"#,
                                         [.text("% " + k), .text(k + " %"), .text("% " + l)])
            ids = partial.count > 1 ? dominant(try mentions(partial)) : partial
        }
        if ids.isEmpty {
            // another spelling of a person's name or surname: "Zelenskiy", "Volodymyr Zelenskyy"
            let spelt = try Chronicler.bySpelling(key, db)
            ids = spelt.count > 1 ? dominant(try mentions(spelt)) : spelt
        }
        if !ids.isEmpty { return try Chronicler.withNameForms(ids, db) }
        // the closest names, once per spelling up to case: an actor's own name first, else an
        // alias not in capitals ("Trump", not "TRUMP")
        var spelling: [String: String] = [:]
        for n in try db.strings("SELECT name FROM actor ORDER BY \(d.binary("name"))") {
            spelling[n.lowercased()] = spelling[n.lowercased()] ?? n
        }
        let own = Set(spelling.keys)
        for n in try db.strings("SELECT alias FROM alias ORDER BY \(d.binary("alias"))") where !own.contains(n.lowercased()) {
            if let kept = spelling[n.lowercased()], kept != kept.uppercased() || n == n.uppercased() { continue }
            spelling[n.lowercased()] = n
        }
        let names = Array(spelling.values)
        let close = names.map { ($0, Chronicler.distance($0.lowercased(), key)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(5).map(\.0)
        throw ChronicleError.unknownActor(name: name, suggestions: Array(close))
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        for i in 1...x.count {
            var cur = [i] + [Int](repeating: 0, count: y.count)
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[y.count]
    }

    /// The day-number window of partial date bounds.
    static func window(_ from: String?, _ to: String?) throws -> (Int?, Int?) {
        var lo: Int?, hi: Int?
        if let f = from {
            guard let r = DateArgument.bound(f) else { throw ChronicleError.badDate(source: "--from", value: f) }
            lo = r.first
        }
        if let t = to {
            guard let r = DateArgument.bound(t) else { throw ChronicleError.badDate(source: "--to", value: t) }
            hi = r.last
        }
        if let lo, let hi, lo > hi, let from, let to {
            throw ChronicleError.badInput(path: "--from", message: "'\(from)' is after --to '\(to)': the window is empty")
        }
        return (lo, hi)
    }

    /// Who said what, when: statements in date order.
    public func said(by: String? = nil, about: String? = nil, from: String? = nil, to: String? = nil, contains: String? = nil) throws -> [QueryRow] {
        try store.withQuerySource { db in
            let by = try by.map { try Chronicler.resolve($0, db) }, about = try about.map { try Chronicler.resolve($0, db) }
            let reader = FactReader(db)
            return Chronicler.chronological(try Chronicler.said(by: by, about: about, window: Chronicler.window(from, to), contains: contains, reader), reader)
        }
    }

    /// Statements by `by` and about `about` (both when both are given, either with `either`), in
    /// the table's order.
    static func said(by: [String]?, about: [String]?, either: Bool = false, window: (Int?, Int?) = (nil, nil), contains: String? = nil,
                     _ reader: FactReader) throws -> Facts {
        var f = Filter()
        if let ids = by { f.isIn("s.speaker_id", ids) }
        if let ids = about { f.isLinked("s.id", ids, array: "s.about_arr", through: "SELECT statement_id FROM statement_about WHERE actor_id", reader.source.dialect) }
        if either && f.conditions.count == 2 { f.conditions = ["(" + f.conditions.joined(separator: " OR ") + ")"] }
        f.window("s.", window.0, window.1)
        if let c = contains?.lowercased() {
            let d = reader.source.dialect
            // LIKE takes patterns of up to 50,000 bytes (SQLite); it folds ASCII letters in
            // SQLite, and PostgreSQL's LIKE on `lower` under "C" does the same
            if c.utf8.count < 40_000 {
                f.add(d == .sqlite ? #"s.text LIKE ? ESCAPE '\'"# : #"\#(d.lower("s.text")) LIKE ? ESCAPE '\'"#, .text("%" + Chronicler.likeLiteral(c) + "%"))
            } else {
                f.add(d.contains(d.lower("s.text")), .text(c))
            }
        }
        // sorted by `sortChronologically`, not by SQLite: its sorter copies every row with its text
        // (65 ms of the 115 ms of all 15k statements of PolNeAR train)
        return try reader.statements(f)
    }

    /// `text` as a LIKE pattern that matches it literally (with `ESCAPE '\'`). LIKE folds the case
    /// of ASCII letters only, as SQLite's `lower()` does: `text LIKE '%c%'` with `c` lowercased is
    /// `instr(lower(text), c) > 0`, without a lowered copy of every text (half the time).
    static func likeLiteral(_ text: String) -> String {
        var out = ""
        for ch in text.unicodeScalars {
            if ch == "\\" || ch == "%" || ch == "_" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(ch)
        }
        return out
    }

    /// Events, in date order.
    /// `status` keeps events of one status (`happened` for untyped events); `agent` and
    /// `target` keep typed events whose argument of that role is the actor (name or alias).
    public func events(kind: String? = nil, actor: String? = nil, from: String? = nil, to: String? = nil,
                       status: String? = nil, agent: String? = nil, target: String? = nil) throws -> [QueryRow] {
        try store.withQuerySource { db in
            let actors = try actor.map { try Chronicler.resolve($0, db) }
            let agents = try agent.map { try Chronicler.resolve($0, db) }
            let targets = try target.map { try Chronicler.resolve($0, db) }
            let reader = FactReader(db)
            return Chronicler.chronological(try Chronicler.events(kind: kind, actors: actors, window: Chronicler.window(from, to), status: status,
                                                                  roles: [("agent", agents), ("target", targets)], reader), reader)
        }
    }

    /// The kinds `query events --kind` knows: the coarse kinds, the compact kinds, and the
    /// kinds of the rule events.
    public static var queryKinds: [String] {
        var out = ["meeting", "declaration", "call", "other"]
        for k in EventKinds.compact where !out.contains(k) { out.append(k) }
        return out
    }

    /// Events of a kind (a typed event that no rule found has its compact kind), with some
    /// actors, status and roles,
    /// in the table's order.
    static func events(kind: String?, actors: [String]?, window: (Int?, Int?) = (nil, nil), status: String? = nil,
                       roles: [(String, [String]?)] = [], _ reader: FactReader) throws -> Facts {
        var f = Filter()
        if let k = kind { f.isIn("e.kind", EventKinds.expand(k)) }
        if let st = status { f.add("COALESCE(e.status, 'happened') = ?", .text(st)) }
        for (role, ids) in roles {
            guard let ids else { continue }
            let marks = "(" + Array(repeating: "?", count: max(1, ids.count)).joined(separator: ",") + ")"
            f.conditions.append(reader.source.dialect.hasArgument("e.typing", marks: marks))
            f.args.append(.text(role))
            f.args += (ids.isEmpty ? [""] : ids).map { .text($0) }
        }
        // (PostgreSQL: `= ANY(ARRAY(…))` probes the primary key; `IN (subquery)` became a hash
        // semi-join over every event once the table was analyzed: 12 ms for `actor Trump` on
        // PolNeAR train against 6)
        if let ids = actors { f.isIn("e.id", ids, through: "SELECT event_id FROM event_actor WHERE actor_id", reader.source.dialect) }
        f.window("e.", window.0, window.1)
        return try reader.events(f)
    }

    /// Everything in a window: dated statements and events only, in date order.
    public func between(_ from: String, _ to: String) throws -> [QueryRow] {
        let window = try Chronicler.window(from, to)
        return try store.withQuerySource { db in
            let reader = FactReader(db)
            var facts = try Chronicler.said(by: nil, about: nil, window: window, reader)
            facts += try Chronicler.events(kind: nil, actors: nil, window: window, reader)
            return Chronicler.chronological(facts, reader)
        }
    }

    /// Everything about one actor.
    public struct ActorReport: Sendable {
        public var ids: [String]
        public var name: String
        public var kind: String
        public var aliases: [String]
        public var role: String?
        /// Statements by the actor and about it, and events it takes part in, in date order.
        public var facts: [QueryRow]
        /// Actors that share events or statements with it, with how often.
        public var coActors: [(name: String, count: Int)]
    }

    public func actor(_ name: String) throws -> ActorReport {
        try store.withQuerySource { db in
            let ids = try Chronicler.resolve(name, db)
            let reader = FactReader(db)
            // statements by it or about it, in one query (each once); sorted below with the events
            var facts = try Chronicler.said(by: ids, about: ids, either: true, reader)
            facts += try Chronicler.events(kind: nil, actors: ids, reader)
            var main: (name: String, kind: String, role: String?)?
            try db.each("SELECT name, kind, role FROM actor WHERE id = ?", [.text(ids[0])]) { r in
                if main == nil { main = (r.text(0) ?? "", r.text(1) ?? "", r.text(2)) }
            }
            guard let main else { throw ChronicleError.unknownActor(name: name, suggestions: []) }
            let aliases = try db.strings("SELECT DISTINCT \(db.dialect.binary("alias")) FROM alias WHERE actor_id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ","))) ORDER BY 1",
                                         ids.map { .text($0) })
            let own = Set(try ids.compactMap { try reader.names.name($0) })
            var co: [String: Int] = [:]
            facts.forEach { r in
                for n in r.actors where !own.contains(n) { co[n, default: 0] += 1 }
                if let n = r.speaker, !own.contains(n) { co[n, default: 0] += 1 }
            }
            return ActorReport(ids: ids, name: main.name, kind: main.kind, aliases: aliases, role: main.role, facts: Chronicler.chronological(facts, reader),
                               coActors: co.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) })
        }
    }

    /// Full-text search over statements (SQLite FTS5, PostgreSQL `tsvector`), best matches first.
    public func search(_ text: String, limit: Int = 50) throws -> [QueryRow] {
        let words = Chronicler.searchWords(text)
        guard !words.isEmpty else { return [] }
        return try store.withQuerySource { db in try FactReader(db).search(words, limit: limit) }
    }

    /// The FTS5 query of a search: its words as FTS5's tokenizer sees them, each quoted (bound as
    /// an argument, never SQL), each once; nil when there is no word.
    static func match(_ text: String) -> String? {
        let words = searchWords(text)
        return words.isEmpty ? nil : words.map { "\"\($0)\"" }.joined(separator: " ")
    }

    /// The words of a search as the full-text tokenizers see them, each once. A possessive "'s"
    /// is not a word to find.
    static func searchWords(_ text: String) -> [String] {
        let words = text.replacingOccurrences(of: "[’']s\\b", with: "", options: .regularExpression)
        // each word once (case folded, as the index folds it): a word said twice finds what it finds
        // once, and FTS5 works through every term of a query for every row it ranks (1,000 times
        // one word took 99 s)
        var seen = Set<String>()
        let terms = words.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .filter { seen.insert($0.lowercased()).inserted }.map(String.init)
        return terms
    }
}

/// The WHERE clause of a query, built one condition at a time with its arguments.
struct Filter {
    var conditions: [String] = []
    var args: [QueryValue] = []

    mutating func add(_ sql: String, _ values: QueryValue...) {
        conditions.append(sql)
        args += values
    }

    /// `column IN (values)`, or `column IN (subquery IN (values))` with `through` (in the
    /// spelling of `dialect`: `SQLDialect.inSubquery`).
    mutating func isIn(_ column: String, _ values: [String], through: String? = nil, _ dialect: SQLDialect = .sqlite) {
        let marks = "(" + Array(repeating: "?", count: values.count).joined(separator: ",") + ")"
        conditions.append(through.map { dialect.inSubquery(column, "\($0) IN \(marks)") } ?? "\(column) IN \(marks)")
        args += values.map { .text($0) }
    }

    /// Rows linked to one of `values` (`SQLDialect.linked`).
    mutating func isLinked(_ column: String, _ values: [String], array: String, through: String, _ dialect: SQLDialect) {
        let marks = "(" + Array(repeating: "?", count: values.count).joined(separator: ",") + ")"
        conditions.append(dialect.linked(column, array: array, through: through, marks: marks))
        args += values.map { .text($0) }
    }

    /// Facts whose date overlaps the day-number window.
    mutating func window(_ table: String, _ lo: Int?, _ hi: Int?) {
        if let lo { add("\(table)date_last >= ?", .int(lo)) }
        if let hi { add("\(table)date_first <= ?", .int(hi)) }
    }

    var clause: String { conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ") }
}
