import GRDB

/// Reads statements and events as query rows, within one read of the store.
///
/// A fact's linked actors (those a statement is about, an event's actors) come with its row, as
/// ids (`about_ids`, `actor_ids`), and their names (speakers' too) from `ActorNames`. A subquery
/// per fact that joined the names cost half the time of a query over all 15k statements of
/// PolNeAR train, and a join with the link table a third.
struct FactReader {
    let db: Database
    let names: ActorNames

    init(_ db: Database) {
        self.db = db
        names = ActorNames(db)
    }

    /// The columns of a statement.
    static let statementColumns = #"s.id, s.doc, s.start, s."end", s.text, s.date, s.cue, s.direct, s.sentence, s.rule, s.speaker_id, s.about_ids"#

    /// The columns of an event.
    static let eventColumns = #"e.id, e.doc, e.start, e."end", coalesce(e.name, e.text), e.date, e.kind, e.sentence, e.rule, e.actor_ids"#

    /// Statements that `filter` (on `s`) selects, in the table's order.
    func statements(_ filter: Filter) throws -> [QueryRow] {
        try fetch("SELECT \(FactReader.statementColumns) FROM statement s" + filter.clause, filter.args, FactReader.statement)
    }

    /// Events that `filter` (on `e`) selects, in the table's order.
    func events(_ filter: Filter) throws -> [QueryRow] {
        try fetch("SELECT \(FactReader.eventColumns) FROM event e" + filter.clause, filter.args, FactReader.event)
    }

    /// Statements that match a full-text query (FTS5 syntax), best first, at most `limit`.
    func search(_ match: String, limit: Int) throws -> [QueryRow] {
        try fetch("""
            SELECT \(FactReader.statementColumns), bm25(statement_fts) AS rank
            FROM statement_fts JOIN statement s ON s.rowid = statement_fts.rowid
            WHERE statement_fts MATCH ? ORDER BY rank, s.doc, s.start LIMIT ?
            """, [match, limit]) { columns, names in
            var row = try FactReader.statement(&columns, names)
            row.rank = columns.double(12)
            return row
        }
    }

    /// Runs a query and reads its rows as they come, with a `ColumnReader`.
    private func fetch(_ sql: String, _ arguments: [any DatabaseValueConvertible],
                       _ fact: (inout ColumnReader, ActorNames) throws -> QueryRow) throws -> [QueryRow] {
        let statement = try db.makeStatement(sql: sql)
        var columns = ColumnReader(statement)
        var facts: [QueryRow] = []
        let rows = try Row.fetchCursor(statement, arguments: StatementArguments(arguments))
        while try rows.next() != nil { facts.append(try fact(&columns, names)) }
        return facts
    }

    /// A statement of `statementColumns`, read by position (NOT NULL columns read as text).
    private static func statement(_ c: inout ColumnReader, _ names: ActorNames) throws -> QueryRow {
        let speakerId = c.repeatingText(10)
        return QueryRow(kind: .statement, id: c.text(0) ?? "", date: c.repeatingText(5), doc: c.repeatingText(1) ?? "", span: Span(c.int(2), c.int(3)),
                        text: c.text(4) ?? "", speaker: try names.speaker(speakerId), speakerId: speakerId, cue: c.repeatingText(6), direct: c.bool(7),
                        actors: try names.linked(c.repeatingText(11)), sentence: c.repeatingText(8), rule: c.repeatingText(9) ?? "", rank: nil)
    }

    /// An event of `eventColumns`.
    private static func event(_ c: inout ColumnReader, _ names: ActorNames) throws -> QueryRow {
        QueryRow(kind: .event, id: c.text(0) ?? "", date: c.repeatingText(5), doc: c.repeatingText(1) ?? "", span: Span(c.int(2), c.int(3)),
                 text: c.text(4) ?? "", speaker: nil, speakerId: nil, cue: c.repeatingText(6), direct: nil, actors: try names.linked(c.repeatingText(9)),
                 sentence: c.repeatingText(7), rule: c.repeatingText(8) ?? "", rank: nil)
    }
}
