import Foundation
import GRDB

/// The user's decisions (`Decision`), in a table of their own: never deleted with a document, so
/// they outlive `reanalyze` and re-ingest, and applied on top of every load (`Review`).
extension Store {
    /// The migration that creates the table (registered in `Store.migrator`).
    static func createDecisionTable(_ db: Database) throws {
        // no foreign keys: the facts and actors a decision names may be replaced or gone
        try db.execute(sql: """
            CREATE TABLE decision (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, verb TEXT NOT NULL, target TEXT NOT NULL,
                doc TEXT, start INTEGER, "end" INTEGER, value TEXT NOT NULL, extra TEXT, made TEXT);
            CREATE INDEX decision_target ON decision(target);
            """)
    }

    /// Every stored decision, in the order it was made.
    public func decisions() throws -> [Decision] {
        try db.read { db in
            try Row.fetchAll(db, sql: #"SELECT seq, verb, target, doc, start, "end", value, extra, made FROM decision ORDER BY seq"#).compactMap { r in
                guard let verb = Decision.Verb(rawValue: r["verb"]) else { return nil }
                let start: Int? = r["start"], end: Int? = r["end"]
                return Decision(seq: r["seq"], verb: verb, target: r["target"], doc: r["doc"],
                                span: start.flatMap { s in end.map { Span(s, $0) } }, value: r["value"], extra: r["extra"], made: r["made"])
            }
        }
    }

    /// Whether any decision is stored (cheap).
    public func hasDecisions() throws -> Bool {
        try db.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM decision)") ?? false }
    }

    /// Stores decisions (in one transaction) and returns them with their `seq` and time.
    @discardableResult
    public func record(_ decisions: [Decision]) throws -> [Decision] {
        let made = ISO8601DateFormatter().string(from: Date())
        return try db.write { db in
            try decisions.map { d in
                var d = d
                d.made = d.made ?? made
                try db.execute(sql: #"INSERT INTO decision (verb, target, doc, start, "end", value, extra, made) VALUES (?,?,?,?,?,?,?,?)"#,
                               arguments: [d.verb.rawValue, d.target, d.doc, d.span?.start, d.span?.end, d.value, d.extra, d.made])
                d.seq = Int(db.lastInsertedRowID)
                return d
            }
        }
    }

    /// The stored chronology with the stored decisions (and `extra` ones, such as an aliases
    /// file's, after them) applied.
    public func review(extra: [Decision] = []) throws -> Review {
        Review(try load(), decisions: try decisions() + extra)
    }
}
