import GRDB

/// Reads statements and events as query rows, within one read of the store.
///
/// A fact's linked actors (those a statement is about, an event's actors) come with it through a
/// LEFT JOIN on the link table's primary key, one row per link, and every name (speakers too)
/// from the actor table read once. A subquery per fact that joined the names cost half the time
/// of a query over all 15k statements of PolNeAR train.
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

    /// The columns of a statement, read from `Column.first` on.
    static let statementColumns = #"s.id, s.doc, s.start, s."end", s.text, s.date, s.cue, s.direct, s.sentence, s.rule, s.speaker_id"#

    /// The columns of an event, read from `Column.first` on.
    static let eventColumns = #"e.id, e.doc, e.start, e."end", coalesce(e.name, e.text), e.date, e.kind, e.sentence, e.rule"#

    /// Where the columns of a fact row are: its rowid and one linked actor id come first.
    enum Column {
        static let rowid = 0
        static let linkedActor = 1
        static let first = 2
    }

    /// Statements that `filter` (on `s`) selects, in the table's order.
    func statements(_ filter: Filter) throws -> [QueryRow] {
        try linked("""
            SELECT s.rowid, l.actor_id, \(FactReader.statementColumns)
            FROM statement s LEFT JOIN statement_about l ON l.statement_id = s.id
            """ + filter.clause, filter.args, statement)
    }

    /// Events that `filter` (on `e`) selects, in the table's order.
    func events(_ filter: Filter) throws -> [QueryRow] {
        try linked("""
            SELECT e.rowid, l.actor_id, \(FactReader.eventColumns)
            FROM event e LEFT JOIN event_actor l ON l.event_id = e.id
            """ + filter.clause, filter.args, event)
    }

    /// Statements that match a full-text query (FTS5 syntax), best first, at most `limit`. Their
    /// linked actors are looked up one statement at a time: rows of a join would count against
    /// the limit.
    func search(_ match: String, limit: Int) throws -> [QueryRow] {
        var rows: [QueryRow] = []
        let found = try Row.fetchCursor(db, sql: """
            SELECT s.rowid, NULL, \(FactReader.statementColumns), bm25(statement_fts) AS rank
            FROM statement_fts JOIN statement s ON s.rowid = statement_fts.rowid
            WHERE statement_fts MATCH ? ORDER BY rank, s.doc, s.start LIMIT ?
            """, arguments: [match, limit])
        while let r = try found.next() {
            var row = statement(r)
            row.rank = r[Column.first + 11]
            rows.append(row)
        }
        let about = try db.cachedStatement(sql: "SELECT actor_id FROM statement_about WHERE statement_id = ?")
        for k in rows.indices {
            rows[k].actors = try String.fetchAll(about, arguments: [rows[k].id]).compactMap { names[$0] }.sorted()
        }
        return rows
    }

    /// Runs a query of fact rows joined with their links, and returns each fact once, with the
    /// names of its linked actors, sorted. The rows of one fact come together (the fact table is
    /// the outer loop of a LEFT JOIN); a fact met again apart would still be merged.
    private func linked(_ sql: String, _ arguments: [any DatabaseValueConvertible], _ fact: (Row) -> QueryRow) throws -> [QueryRow] {
        var facts: [QueryRow] = []
        var position: [Int64: Int] = [:]
        var last: (rowid: Int64, position: Int)?
        let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
        while let r = try rows.next() {
            let rowid: Int64 = r[Column.rowid]
            if last?.rowid != rowid {
                if let known = position[rowid] {
                    last = (rowid, known)
                } else {
                    last = (rowid, facts.count)
                    position[rowid] = facts.count
                    facts.append(fact(r))
                }
            }
            if let actor: String = r[Column.linkedActor], let name = names[actor], let k = last?.position {
                facts[k].actors.append(name)
            }
        }
        for k in facts.indices where facts[k].actors.count > 1 { facts[k].actors.sort() }
        return facts
    }

    /// A statement of `statementColumns` (read by position: a row read from a cursor is not
    /// copied, and a position needs no lookup by name), without its linked actors.
    private func statement(_ r: Row) -> QueryRow {
        let c = Column.first
        let speakerId: String? = r[c + 10]
        return QueryRow(kind: .statement, id: r[c], date: r[c + 5], doc: r[c + 1], span: Span(r[c + 2], r[c + 3]), text: r[c + 4],
                        speaker: speakerId.flatMap { names[$0] }, speakerId: speakerId, cue: r[c + 6], direct: r[c + 7],
                        actors: [], sentence: r[c + 8], rule: r[c + 9], rank: nil)
    }

    /// An event of `eventColumns`, without its actors.
    private func event(_ r: Row) -> QueryRow {
        let c = Column.first
        return QueryRow(kind: .event, id: r[c], date: r[c + 5], doc: r[c + 1], span: Span(r[c + 2], r[c + 3]), text: r[c + 4],
                        speaker: nil, speakerId: nil, cue: r[c + 6], direct: nil, actors: [], sentence: r[c + 7], rule: r[c + 8], rank: nil)
    }
}
