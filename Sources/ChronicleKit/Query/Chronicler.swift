import Foundation
import GRDB

/// Answers chronology questions over a store: who said what when, what happened between two
/// dates, everything about an actor, and full-text search. Names resolve through aliases;
/// date bounds may be partial (`2021`, `2021-02`), and a fact whose date overlaps the window
/// counts.
public struct Chronicler: Sendable {
    public let store: Store

    public init(store: Store) { self.store = store }

    /// Resolves a name or alias ("Kuleba", "Moscow", "Mr. Trump") to actor ids; unknown names get
    /// the closest known names in the error.
    ///
    /// In order: an actor's own name (or id); an alias; the name without leading titles
    /// ("Foreign Minister Kuleba" → "Kuleba"); a part of a name ("Landsbergis", "Hillary"). An
    /// alias or a part shared by several actors means those it mostly refers to: the actors
    /// mentioned at least a tenth as often (by that name, for an alias) as the most mentioned
    /// one, so "Clinton" is Hillary Clinton, not also Chelsea Clinton met twice, and "Hillary" is
    /// not also the headline fragment "Hillary Clinton Goes".
    public func resolve(_ name: String) throws -> [String] {
        try store.db.read { db in
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            func dominant(_ counts: [(String, Int)]) -> [String] {
                let top = counts.map(\.1).max() ?? 0
                return counts.filter { $0.1 * 10 >= top }.map(\.0).sorted()
            }
            func exact(_ key: String) throws -> [String] {
                let own = try String.fetchAll(db, sql: "SELECT id FROM actor WHERE lower(name) = ? OR id = ?", arguments: [key, key])
                if !own.isEmpty { return Array(Set(own)).sorted() }
                let aliased = try String.fetchAll(db, sql: "SELECT DISTINCT actor_id FROM alias WHERE lower(alias) = ?", arguments: [key])
                guard aliased.count > 1 else { return aliased }
                let counts = try aliased.map { id in
                    (id, try Int.fetchOne(db, sql: "SELECT count(*) FROM mention WHERE actor_id = ? AND lower(text) = ?", arguments: [id, key]) ?? 0)
                }
                return dominant(counts)
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
                let partial = try String.fetchAll(db, sql: "SELECT DISTINCT id FROM actor WHERE lower(name) LIKE ? OR lower(name) LIKE ? OR lower(name) LIKE ?",
                                                  arguments: ["% " + key, key + " %", "% " + last])
                let counts = try partial.map { id in (id, try Int.fetchOne(db, sql: "SELECT count(*) FROM mention WHERE actor_id = ?", arguments: [id]) ?? 0) }
                ids = partial.count > 1 ? dominant(counts) : partial
            }
            if !ids.isEmpty { return ids }
            // the closest names, an actor's own spelling first when an alias differs only in case
            var seen = Set<String>()
            var names: [String] = []
            for n in try String.fetchAll(db, sql: "SELECT name FROM actor ORDER BY name") + String.fetchAll(db, sql: "SELECT alias FROM alias ORDER BY alias")
            where seen.insert(n.lowercased()).inserted { names.append(n) }
            let close = names.map { ($0, Chronicler.distance($0.lowercased(), key)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(5).map(\.0)
            throw ChronicleError.unknownActor(name: name, suggestions: Array(close))
        }
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
            guard let r = DateRange(value: f) else { throw ChronicleError.badDate(source: "--from", value: f) }
            lo = r.first
        }
        if let t = to {
            guard let r = DateRange(value: t) else { throw ChronicleError.badDate(source: "--to", value: t) }
            hi = r.last
        }
        return (lo, hi)
    }

    /// The columns of a statement row; the names it is about come with it (one index lookup each).
    static let statementColumns = """
        s.id, s.doc, s.start, s."end", s.text, s.date, s.cue, s.direct, s.sentence, s.rule, s.speaker_id, a.name AS speaker,
        s.date_first, s.date_last,
        (SELECT group_concat(x.name, char(31)) FROM (SELECT ab.name FROM statement_about sa JOIN actor ab ON ab.id = sa.actor_id
            WHERE sa.statement_id = s.id ORDER BY ab.name) x) AS about_names
        """

    static func names(_ r: Row, _ column: String) -> [String] {
        guard let joined: String = r[column], !joined.isEmpty else { return [] }
        return joined.split(separator: "\u{1F}").map(String.init)
    }

    func statementRow(_ r: Row) -> QueryRow {
        QueryRow(kind: .statement, id: r["id"], date: r["date"], doc: r["doc"], span: Span(r["start"], r["end"]), text: r["text"],
                 speaker: r["speaker"], speakerId: r["speaker_id"], cue: r["cue"], direct: r["direct"],
                 actors: Chronicler.names(r, "about_names"), sentence: r["sentence"], rule: r["rule"], rank: r["rank"])
    }

    /// Chronological order: dated facts by the midpoint of their date, then undated, then document and span.
    static func order(_ t: String = "") -> String {
        "ORDER BY (\(t)date_first IS NULL), (\(t)date_first + \(t)date_last), (\(t)date_last - \(t)date_first), \(t)doc, \(t)start"
    }

    /// Who said what, when: statements in date order.
    public func said(by: String? = nil, about: String? = nil, from: String? = nil, to: String? = nil, contains: String? = nil) throws -> [QueryRow] {
        try said(byIds: by.map(resolve), aboutIds: about.map(resolve), from: from, to: to, contains: contains)
    }

    func said(byIds: [String]?, aboutIds: [String]?, from: String? = nil, to: String? = nil, contains: String? = nil) throws -> [QueryRow] {
        let (lo, hi) = try Chronicler.window(from, to)
        return try store.db.read { db in
            var f = Filter()
            if let ids = byIds { f.isIn("s.speaker_id", ids) }
            if let ids = aboutIds { f.isIn("s.id", ids, through: "SELECT statement_id FROM statement_about WHERE actor_id") }
            f.window("s.", lo, hi)
            if let c = contains { f.add("instr(lower(s.text), ?) > 0", c.lowercased()) }
            let sql = "SELECT \(Chronicler.statementColumns) FROM statement s LEFT JOIN actor a ON a.id = s.speaker_id" + f.clause + " " + Chronicler.order("s.")
            let args = f.args
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map(statementRow)
        }
    }

    /// Events, in date order.
    public func events(kind: String? = nil, actor: String? = nil, from: String? = nil, to: String? = nil) throws -> [QueryRow] {
        try events(kind: kind, actorIds: actor.map(resolve), from: from, to: to)
    }

    func events(kind: String?, actorIds: [String]?, from: String? = nil, to: String? = nil) throws -> [QueryRow] {
        let (lo, hi) = try Chronicler.window(from, to)
        return try store.db.read { db in
            var f = Filter()
            if let k = kind { f.isIn("e.kind", EventKinds.expand(k)) }
            if let ids = actorIds { f.isIn("e.id", ids, through: "SELECT event_id FROM event_actor WHERE actor_id") }
            f.window("e.", lo, hi)
            let sql = """
                SELECT e.*, (SELECT group_concat(x.name, char(31)) FROM (SELECT a.name FROM event_actor ea JOIN actor a ON a.id = ea.actor_id
                    WHERE ea.event_id = e.id ORDER BY a.name) x) AS actor_names FROM event e
                """ + f.clause + " " + Chronicler.order("e.")
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(f.args)).map { r in
                QueryRow(kind: .event, id: r["id"], date: r["date"], doc: r["doc"], span: Span(r["start"], r["end"]),
                         text: r["name"] ?? r["text"], speaker: nil, speakerId: nil, cue: r["kind"], direct: nil,
                         actors: Chronicler.names(r, "actor_names"), sentence: r["sentence"], rule: r["rule"], rank: nil)
            }
        }
    }

    /// Everything in a window: dated statements and events only, in date order.
    public func between(_ from: String, _ to: String) throws -> [QueryRow] {
        let rows = try said(from: from, to: to) + events(from: from, to: to)
        return Chronicler.chronological(rows)
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
        let ids = try resolve(name)
        let by = try said(byIds: ids, aboutIds: nil)
        let byIds = Set(by.map(\.id))
        let about = try said(byIds: nil, aboutIds: ids).filter { !byIds.contains($0.id) }
        let evs = try events(kind: nil, actorIds: ids)
        return try store.db.read { db in
            let main = try Row.fetchOne(db, sql: "SELECT * FROM actor WHERE id = ?", arguments: [ids[0]])!
            let aliases = try String.fetchAll(db, sql: "SELECT DISTINCT alias FROM alias WHERE actor_id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ","))) ORDER BY alias",
                                              arguments: StatementArguments(ids))
            var co: [String: Int] = [:]
            let own = Set(ids.compactMap { id in try? String.fetchOne(db, sql: "SELECT name FROM actor WHERE id = ?", arguments: [id]) })
            for r in by + about + evs {
                for n in r.actors + [r.speaker].compactMap({ $0 }) where !own.contains(n) { co[n, default: 0] += 1 }
            }
            return ActorReport(ids: ids, name: main["name"], kind: main["kind"], aliases: aliases, role: main["role"],
                               facts: Chronicler.chronological(by + about + evs),
                               coActors: co.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) })
        }
    }

    /// Full-text search over statements (SQLite FTS5), best matches first.
    public func search(_ text: String, limit: Int = 50) throws -> [QueryRow] {
        // words as FTS5's tokenizer sees them, each quoted; a possessive "'s" is not a word to find
        let words = text.replacingOccurrences(of: "[’']s\\b", with: "", options: .regularExpression)
        let terms = words.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { "\"\($0)\"" }
        guard !terms.isEmpty else { return [] }
        return try store.db.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(Chronicler.statementColumns), bm25(statement_fts) AS rank
                FROM statement_fts JOIN statement s ON s.rowid = statement_fts.rowid LEFT JOIN actor a ON a.id = s.speaker_id
                WHERE statement_fts MATCH ? ORDER BY rank, s.doc, s.start LIMIT ?
                """, arguments: [terms.joined(separator: " "), limit])
            return rows.map(statementRow)
        }
    }

    static func chronological(_ rows: [QueryRow]) -> [QueryRow] {
        let ranges = rows.map { $0.date.flatMap(DateRange.init(value:)) }
        return rows.indices.sorted { i, j in
            let a = rows[i], b = rows[j]
            let x = ranges[i], y = ranges[j]
            switch (x, y) {
            case let (p?, q?) where p != q: return p < q
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (a.doc, a.span, a.kind.rawValue) < (b.doc, b.span, b.kind.rawValue)
            }
        }.map { rows[$0] }
    }
}

/// The WHERE clause of a query, built one condition at a time with its arguments.
struct Filter {
    var conditions: [String] = []
    var args: [any DatabaseValueConvertible] = []

    mutating func add(_ sql: String, _ values: any DatabaseValueConvertible...) {
        conditions.append(sql)
        args += values
    }

    /// `column IN (values)`, or `column IN (subquery IN (values))` with `through`.
    mutating func isIn(_ column: String, _ values: [String], through: String? = nil) {
        let marks = "(" + Array(repeating: "?", count: values.count).joined(separator: ",") + ")"
        conditions.append(through.map { "\(column) IN (\($0) IN \(marks))" } ?? "\(column) IN \(marks)")
        args += values
    }

    /// Facts whose date overlaps the day-number window.
    mutating func window(_ table: String, _ lo: Int?, _ hi: Int?) {
        if let lo { add("\(table)date_last >= ?", lo) }
        if let hi { add("\(table)date_first <= ?", hi) }
    }

    var clause: String { conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ") }
}
