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
    /// mentioned at least a tenth as often as the most mentioned one, so "Clinton" is Hillary
    /// Clinton, not also Chelsea Clinton met twice, and "Hillary" is not also the headline
    /// fragment "Hillary Clinton Goes".
    public func resolve(_ name: String) throws -> [String] {
        try store.db.read { db in
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            func dominant(_ counts: [(String, Int)]) -> [String] {
                let top = counts.map(\.1).max() ?? 0
                return counts.filter { $0.1 * 10 >= top }.map(\.0).sorted()
            }
            func mentions(_ id: String) throws -> Int {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM mention WHERE actor_id = ?", arguments: [id]) ?? 0
            }
            func exact(_ key: String) throws -> [String] {
                let own = try String.fetchAll(db, sql: "SELECT id FROM actor WHERE lower(name) = ? OR id = ?", arguments: [key, key])
                if !own.isEmpty { return Array(Set(own)).sorted() }
                let aliased = try String.fetchAll(db, sql: "SELECT DISTINCT actor_id FROM alias WHERE lower(alias) = ?", arguments: [key])
                guard aliased.count > 1 else { return aliased }
                return dominant(try aliased.map { ($0, try mentions($0)) })
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
                ids = partial.count > 1 ? dominant(try partial.map { ($0, try mentions($0)) }) : partial
            }
            if !ids.isEmpty { return ids }
            // the closest names, once per spelling up to case: an actor's own name first, else an
            // alias not in capitals ("Trump", not "TRUMP")
            var spelling: [String: String] = [:]
            for n in try String.fetchAll(db, sql: "SELECT name FROM actor ORDER BY name") {
                spelling[n.lowercased()] = spelling[n.lowercased()] ?? n
            }
            let own = Set(spelling.keys)
            for n in try String.fetchAll(db, sql: "SELECT alias FROM alias ORDER BY alias") where !own.contains(n.lowercased()) {
                if let kept = spelling[n.lowercased()], kept != kept.uppercased() || n == n.uppercased() { continue }
                spelling[n.lowercased()] = n
            }
            let names = Array(spelling.values)
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
        (SELECT group_concat(ab.name, char(31)) FROM statement_about sa JOIN actor ab ON ab.id = sa.actor_id
            WHERE sa.statement_id = s.id) AS about_names
        """

    /// The names a subquery joined with U+001F, sorted (sorting here spares SQLite a sorter per row).
    static func names(_ joined: String?) -> [String] {
        guard let joined, !joined.isEmpty else { return [] }
        let names = joined.split(separator: "\u{1F}").map(String.init)
        return names.count > 1 ? names.sorted() : names
    }

    /// A statement row of `statementColumns` (by position: a row read from a cursor is not
    /// copied, and a position needs no lookup by name); `rank` at 15 when selected.
    static func statementRow(_ r: Row) -> QueryRow {
        QueryRow(kind: .statement, id: r[0], date: r[5], doc: r[1], span: Span(r[2], r[3]), text: r[4],
                 speaker: r[11], speakerId: r[10], cue: r[6], direct: r[7],
                 actors: names(r[14]), sentence: r[8], rule: r[9], rank: r.count > 15 ? r[15] : nil)
    }

    /// The columns of an event row.
    static let eventColumns = """
        e.id, e.doc, e.start, e."end", coalesce(e.name, e.text), e.date, e.kind, e.sentence, e.rule,
        (SELECT group_concat(a.name, char(31)) FROM event_actor ea JOIN actor a ON a.id = ea.actor_id
            WHERE ea.event_id = e.id) AS actor_names
        """

    static func eventRow(_ r: Row) -> QueryRow {
        QueryRow(kind: .event, id: r[0], date: r[5], doc: r[1], span: Span(r[2], r[3]), text: r[4], speaker: nil, speakerId: nil,
                 cue: r[6], direct: nil, actors: names(r[9]), sentence: r[7], rule: r[8], rank: nil)
    }

    /// Runs a query and maps its rows as they come (no copy of each row).
    static func fetch(_ db: Database, _ sql: String, _ args: [any DatabaseValueConvertible], _ map: (Row) -> QueryRow) throws -> [QueryRow] {
        var out: [QueryRow] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(args))
        while let r = try rows.next() { out.append(map(r)) }
        return out
    }

    /// Who said what, when: statements in date order.
    public func said(by: String? = nil, about: String? = nil, from: String? = nil, to: String? = nil, contains: String? = nil) throws -> [QueryRow] {
        try said(byIds: by.map(resolve), aboutIds: about.map(resolve), from: from, to: to, contains: contains)
    }

    /// Statements by `byIds` and about `aboutIds` (both when both are given, either with `either`).
    func said(byIds: [String]?, aboutIds: [String]?, either: Bool = false, from: String? = nil, to: String? = nil, contains: String? = nil,
              ordered: Bool = true) throws -> [QueryRow] {
        let (lo, hi) = try Chronicler.window(from, to)
        return try store.db.read { db in
            var f = Filter()
            if let ids = byIds { f.isIn("s.speaker_id", ids) }
            if let ids = aboutIds { f.isIn("s.id", ids, through: "SELECT statement_id FROM statement_about WHERE actor_id") }
            if either && f.conditions.count == 2 { f.conditions = ["(" + f.conditions.joined(separator: " OR ") + ")"] }
            f.window("s.", lo, hi)
            if let c = contains { f.add("instr(lower(s.text), ?) > 0", c.lowercased()) }
            // sorted here, not by SQLite: its sorter copies every row with its text (65 ms of the
            // 115 ms of all 15k statements of PolNeAR train)
            let sql = "SELECT \(Chronicler.statementColumns) FROM statement s LEFT JOIN actor a ON a.id = s.speaker_id" + f.clause
            let rows = try Chronicler.fetch(db, sql, f.args, Chronicler.statementRow)
            return ordered ? Chronicler.chronological(rows) : rows
        }
    }

    /// Events, in date order.
    public func events(kind: String? = nil, actor: String? = nil, from: String? = nil, to: String? = nil) throws -> [QueryRow] {
        try events(kind: kind, actorIds: actor.map(resolve), from: from, to: to)
    }

    func events(kind: String?, actorIds: [String]?, from: String? = nil, to: String? = nil, ordered: Bool = true) throws -> [QueryRow] {
        let (lo, hi) = try Chronicler.window(from, to)
        return try store.db.read { db in
            var f = Filter()
            if let k = kind { f.isIn("e.kind", EventKinds.expand(k)) }
            if let ids = actorIds { f.isIn("e.id", ids, through: "SELECT event_id FROM event_actor WHERE actor_id") }
            f.window("e.", lo, hi)
            let rows = try Chronicler.fetch(db, "SELECT \(Chronicler.eventColumns) FROM event e" + f.clause, f.args, Chronicler.eventRow)
            return ordered ? Chronicler.chronological(rows) : rows
        }
    }

    /// Everything in a window: dated statements and events only, in date order.
    public func between(_ from: String, _ to: String) throws -> [QueryRow] {
        let rows = try said(byIds: nil, aboutIds: nil, from: from, to: to, ordered: false) + events(kind: nil, actorIds: nil, from: from, to: to, ordered: false)
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
        // statements by it or about it, in one query (each once); sorted below with the events
        let statements = try said(byIds: ids, aboutIds: ids, either: true, ordered: false)
        let evs = try events(kind: nil, actorIds: ids, ordered: false)
        return try store.db.read { db in
            let main = try Row.fetchOne(db, sql: "SELECT * FROM actor WHERE id = ?", arguments: [ids[0]])!
            let aliases = try String.fetchAll(db, sql: "SELECT DISTINCT alias FROM alias WHERE actor_id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ","))) ORDER BY alias",
                                              arguments: StatementArguments(ids))
            var co: [String: Int] = [:]
            let own = Set(ids.compactMap { id in try? String.fetchOne(db, sql: "SELECT name FROM actor WHERE id = ?", arguments: [id]) })
            for r in statements + evs {
                for n in r.actors + [r.speaker].compactMap({ $0 }) where !own.contains(n) { co[n, default: 0] += 1 }
            }
            return ActorReport(ids: ids, name: main["name"], kind: main["kind"], aliases: aliases, role: main["role"],
                               facts: Chronicler.chronological(statements + evs),
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
            try Chronicler.fetch(db, """
                SELECT \(Chronicler.statementColumns), bm25(statement_fts) AS rank
                FROM statement_fts JOIN statement s ON s.rowid = statement_fts.rowid LEFT JOIN actor a ON a.id = s.speaker_id
                WHERE statement_fts MATCH ? ORDER BY rank, s.doc, s.start LIMIT ?
                """, [terms.joined(separator: " "), limit], Chronicler.statementRow)
        }
    }

    /// Dated facts by the midpoint of their date (the finer first on a tie), then the undated;
    /// then document, span and kind. Each row's key is computed once.
    static func chronological(_ rows: [QueryRow]) -> [QueryRow] {
        let docs = Dictionary(Set(rows.map(\.doc)).sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var ranges: [String: DateRange?] = [:]  // dates repeat: parse each once
        func range(_ date: String?) -> DateRange? {
            guard let date else { return nil }
            if let known = ranges[date] { return known }
            let r = DateRange(value: date)
            ranges[date] = r
            return r
        }
        let keys = rows.map { r -> (Int, Int, Int, Int, Int, Int) in
            let range = range(r.date)
            return (range == nil ? 1 : 0, range.map { $0.first + $0.last } ?? 0, range.map { $0.last - $0.first } ?? 0,
                    docs[r.doc]!, r.span.start, r.span.end * 2 + (r.kind == .event ? 0 : 1))
        }
        return rows.indices.sorted { keys[$0] < keys[$1] }.map { rows[$0] }
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
