import GRDB

/// Reads statements and events as query rows, within one read of the store.
///
/// A fact's linked actors (those a statement is about, an event's actors) come with its row, as
/// ids (`about_ids`, `actor_ids`), and every name (speakers too) from the actor table read once.
/// A subquery per fact that joined the names cost half the time of a query over all 15k
/// statements of PolNeAR train, and a join with the link table a third.
struct FactReader {
    let db: Database
    /// Every actor's name by id.
    let names: [String: String]

    init(_ db: Database) throws {
        self.db = db
        var names: [String: String] = [:]
        let actors = try Row.fetchCursor(db.cachedStatement(sql: "SELECT id, name FROM actor"))
        while let actor = try actors.next() { names[actor[0]] = actor[1] }
        self.names = names
    }

    /// The columns of a statement.
    static let statementColumns = #"s.id, s.doc, s.start, s."end", s.text, s.date, s.cue, s.direct, s.sentence, s.rule, s.speaker_id, s.about_ids"#

    /// The columns of an event.
    static let eventColumns = #"e.id, e.doc, e.start, e."end", coalesce(e.name, e.text), e.date, e.kind, e.sentence, e.rule, e.actor_ids"#

    /// Statements that `filter` (on `s`) selects, in the table's order.
    func statements(_ filter: Filter) throws -> [QueryRow] {
        try fetch("SELECT \(FactReader.statementColumns) FROM statement s" + filter.clause, filter.args, statement)
    }

    /// Events that `filter` (on `e`) selects, in the table's order.
    func events(_ filter: Filter) throws -> [QueryRow] {
        try fetch("SELECT \(FactReader.eventColumns) FROM event e" + filter.clause, filter.args, event)
    }

    /// Statements that match a full-text query (FTS5 syntax), best first, at most `limit`.
    func search(_ match: String, limit: Int) throws -> [QueryRow] {
        try fetch("""
            SELECT \(FactReader.statementColumns), bm25(statement_fts) AS rank
            FROM statement_fts JOIN statement s ON s.rowid = statement_fts.rowid
            WHERE statement_fts MATCH ? ORDER BY rank, s.doc, s.start LIMIT ?
            """, [match, limit]) { r in
            var row = statement(r)
            row.rank = r[12]
            return row
        }
    }

    /// Runs a query and maps its rows as they come (a row read from a cursor is not copied).
    private func fetch(_ sql: String, _ arguments: [any DatabaseValueConvertible], _ fact: (Row) -> QueryRow) throws -> [QueryRow] {
        var facts: [QueryRow] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
        while let r = try rows.next() { facts.append(fact(r)) }
        return facts
    }

    /// A statement of `statementColumns`, read by position (a position needs no lookup by name).
    private func statement(_ r: Row) -> QueryRow {
        let speakerId: String? = r[10]
        return QueryRow(kind: .statement, id: r[0], date: r[5], doc: r[1], span: Span(r[2], r[3]), text: r[4],
                        speaker: speakerId.flatMap { names[$0] }, speakerId: speakerId, cue: r[6], direct: r[7],
                        actors: linkedNames(r[11]), sentence: r[8], rule: r[9], rank: nil)
    }

    /// An event of `eventColumns`.
    private func event(_ r: Row) -> QueryRow {
        QueryRow(kind: .event, id: r[0], date: r[5], doc: r[1], span: Span(r[2], r[3]), text: r[4],
                 speaker: nil, speakerId: nil, cue: r[6], direct: nil, actors: linkedNames(r[9]), sentence: r[7], rule: r[8], rank: nil)
    }

    /// The names of linked actors from their ids joined by U+001F (`Store.linkedIds`), sorted.
    func linkedNames(_ ids: String?) -> [String] {
        guard let ids else { return [] }
        guard ids.utf8.contains(0x1F) else { return names[ids].map { [$0] } ?? [] }
        return ids.utf8.split(separator: 0x1F).compactMap { names[String(Substring($0))] }.sorted()
    }
}
