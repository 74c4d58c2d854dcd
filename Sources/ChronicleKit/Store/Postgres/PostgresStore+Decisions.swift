import Foundation
import PostgresNIO

/// The user's decisions (`Decision`) in PostgreSQL: the same table as the SQLite store's
/// (`pg-v3-decisions`), never deleted with a document, applied on top of every load.
extension PostgresStore {
    public func decisions() throws -> [Decision] {
        try read { s in
            try s.query(#"SELECT seq, verb, target, doc, start, "end", value, extra, made FROM decision ORDER BY seq"#).compactMap { r in
                guard let verb = Decision.Verb(rawValue: try r.string("verb")) else { return nil }
                let start = try r.int("start"), end = try r.int("end")
                return Decision(seq: try r.int("seq") ?? 0, verb: verb, target: try r.string("target"), doc: try r.text("doc"),
                                span: start.flatMap { s in end.map { Span(s, $0) } }, value: try r.string("value"),
                                extra: try r.text("extra"), made: try r.text("made"))
            }
        }
    }

    public func hasDecisions() throws -> Bool {
        try read { s in try s.query("SELECT EXISTS (SELECT 1 FROM decision) AS any").first?.bool("any") ?? false }
    }

    @discardableResult
    public func record(_ decisions: [Decision]) throws -> [Decision] {
        let made = ISO8601DateFormatter().string(from: Date())
        return try read { s in
            try s.transaction {
                try decisions.map { d in
                    var d = d
                    d.made = d.made ?? made
                    let row = try s.query(#"INSERT INTO decision (verb, target, doc, start, "end", value, extra, made) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING seq"#,
                                          [.text(d.verb.rawValue), .text(d.target), .text(d.doc), .int(d.span?.start), .int(d.span?.end),
                                           .text(d.value), .text(d.extra), .text(d.made)])
                    d.seq = try row.first?.int("seq") ?? 0
                    return d
                }
            }
        }
    }
}
