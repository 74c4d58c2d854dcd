import GRDB

/// Reads statements and events as query rows, within one read of the store.
///
/// A fact's linked actors (those a statement is about, an event's actors) come with its row, as
/// ids (`about_ids`, `actor_ids`), and their names (speakers' too) from `ActorNames`. A subquery
/// per fact that joined the names cost half the time of a query over all 15k statements of
/// PolNeAR train, and a join with the link table a third.
///
/// Texts that repeat across rows (documents, dates, cues, rules) are looked up by their bytes
/// (`ByteTable`) and shared, a sentence is shared with the row before when it is the same, and
/// each row comes with what orders it chronologically (`Facts.keys`): its date range, parsed
/// once per distinct date, and its document's number.
final class FactReader {
    let source: any QuerySource
    let names: ActorNames
    /// The documents of the rows read, by number (`Facts.Key.document`).
    private(set) var documents: [String] = []
    private var documentNumbers = ByteTable<Int32>()
    private var dates = ByteTable<(date: String, range: DateRange?)>()
    /// Cues, event kinds and rules.
    private var words = ByteTable<String>()
    /// Ids, texts and sentences of the rows read.
    private let texts = TextBuffer()
    /// The sentence of the row before.
    private var lastSentence: RowText?

    init(_ source: any QuerySource) {
        self.source = source
        names = ActorNames(source)
    }

    /// A reader of one read of a SQLite store.
    convenience init(_ db: Database) { self.init(SQLiteQuerySource(db)) }

    /// The columns of a statement.
    static let statementColumns = #"s.id, s.doc, s.start, s."end", s.text, s.date, s.cue, s.direct, s.sentence, s.rule, s.speaker_id, s.about_ids"#

    /// The columns of an event.
    static let eventColumns = #"e.id, e.doc, e.start, e."end", coalesce(e.name, e.text), e.date, e.kind, e.sentence, e.rule, e.actor_ids"#

    /// Statements that `filter` (on `s`) selects, in the table's order.
    func statements(_ filter: Filter) throws -> Facts {
        let facts = Facts()
        try fetch("SELECT \(FactReader.statementColumns) FROM statement s" + filter.clause + inserted("s"), filter.args, speaker: 10, linked: 11) { try statement($0, into: facts) }
        return facts
    }

    /// The table's order where the database keeps none: PostgreSQL's in the order rows were
    /// written (SQLite reads its tables in that order). Facts are sorted afterwards; this keeps
    /// the order of facts the sort finds equal.
    private func inserted(_ table: String) -> String {
        source.dialect == .postgres ? " ORDER BY \(table).seq" : ""
    }

    /// Events that `filter` (on `e`) selects, in the table's order.
    func events(_ filter: Filter) throws -> Facts {
        let facts = Facts()
        try fetch("SELECT \(FactReader.eventColumns) FROM event e" + filter.clause + inserted("e"), filter.args, speaker: nil, linked: 9) { try event($0, into: facts) }
        return facts
    }

    /// Statements that contain all `words` (full-text search: SQLite's FTS5 with the porter
    /// stemmer, PostgreSQL's `tsvector` with English stemming), best first, at most `limit`.
    func search(_ words: [String], limit: Int) throws -> [QueryRow] {
        let facts = Facts()
        let sql: String, query: String
        switch source.dialect {
        case .sqlite:
            // each word quoted: FTS5 reads it as a word, never as its query syntax
            query = words.map { "\"\($0)\"" }.joined(separator: " ")
            sql = """
                SELECT \(FactReader.statementColumns), bm25(statement_fts) AS rank
                FROM statement_fts JOIN statement s ON s.rowid = statement_fts.rowid
                WHERE statement_fts MATCH ? ORDER BY rank, s.doc, s.start LIMIT ?
                """
        case .postgres:
            query = words.joined(separator: " ")
            sql = """
                SELECT \(FactReader.statementColumns), -ts_rank(s.search, q)::float8 AS rank
                FROM statement s, plainto_tsquery('english', ?) q
                WHERE s.search @@ q ORDER BY rank, \(source.dialect.binary("s.doc")), s.start LIMIT ?
                """
        }
        try fetch(sql, [.text(query), .int(limit)], speaker: 10, linked: 11) { columns in
            try statement(columns, into: facts)
            facts.withLast { $0.rank = columns.double(12) }
        }
        return facts.take(0..<facts.count)
    }

    /// Runs a query and reads its rows as they come; where the store sends all rows at once
    /// (PostgreSQL), the names of the actors they name (`speaker`, `linked` columns) are read
    /// first, in one query: all 3,400 actors of PolNeAR train for 50 search results took longer
    /// than the search.
    private func fetch(_ sql: String, _ arguments: [QueryValue], speaker: Int?, linked: Int, _ read: (any QueryCursor) throws -> Void) throws {
        guard let rows = try source.rows(sql, arguments) else { return try source.each(sql, arguments, read) }
        var ids: [[UInt8]] = []
        // byte tables, not sets of byte arrays: no array made and hashed per row
        var seen = ByteTable<Bool>()
        func note(_ id: UnsafeBufferPointer<UInt8>) {
            guard !id.isEmpty else { return }
            _ = seen.value(id) { ids.append(Array(id)); return true }
        }
        var links = ByteTable<Bool>()
        for r in rows {
            if let speaker, let id = r.bytes(speaker) { note(id) }
            // the ids between U+001F separators, each set of them once
            var isNew = false
            if let list = r.bytes(linked), links.value(list, orMake: { isNew = true; return true }), isNew {
                var start = 0
                for end in 0...list.count where end == list.count || list[end] == 0x1F {
                    if end > start { note(UnsafeBufferPointer(rebasing: list[start..<end])) }
                    start = end + 1
                }
            }
        }
        try names.prefetch(ids)
        for r in rows { try read(r) }
    }

    /// A NOT NULL text column, shared with the rows before.
    private func word(_ c: any QueryCursor, _ column: Int) -> String? {
        c.bytes(column).map { bytes in words.value(bytes) { String(decoding: bytes, as: UTF8.self) } }
    }

    /// A row's document (NOT NULL) and its number.
    private func document(_ c: any QueryCursor, _ column: Int) -> (String, Int32) {
        let bytes = c.bytes(column) ?? UnsafeBufferPointer(start: nil, count: 0)
        let number = documentNumbers.value(bytes) {
            documents.append(String(decoding: bytes, as: UTF8.self))
            return Int32(documents.count - 1)
        }
        return (documents[Int(number)], number)
    }

    /// A long text (NOT NULL) into the answer's buffer.
    private func text(_ c: any QueryCursor, _ column: Int) -> RowText {
        texts.append(c.bytes(column) ?? UnsafeBufferPointer(start: nil, count: 0))
    }

    /// A sentence, shared with the row before when it is the same.
    private func sentence(_ c: any QueryCursor, _ column: Int) -> RowText? {
        guard let bytes = c.bytes(column) else { return nil }
        if let last = lastSentence, last.hasBytes(bytes) { return last }
        lastSentence = texts.append(bytes)
        return lastSentence
    }

    /// A row's date and its range (nil: undated).
    private func date(_ c: any QueryCursor, _ column: Int) -> (date: String, range: DateRange?)? {
        c.bytes(column).map { bytes in
            dates.value(bytes) {
                let date = String(decoding: bytes, as: UTF8.self)
                return (date, DateRange.calendar(bytes) ?? DateRange(value: date))
            }
        }
    }

    /// A statement of `statementColumns`, read by position (NOT NULL columns read as text).
    private func statement(_ c: any QueryCursor, into facts: Facts) throws {
        let speaker = try names.speaker(c.bytes(10))
        let (doc, number) = document(c, 1)
        let date = date(c, 5)
        let span = Span(c.int(2), c.int(3))
        let actors = try names.linked(c.bytes(11))
        facts.append(Facts.Key(range: date?.range, document: number, span: span, kind: .statement)) {
            QueryRow(kind: .statement, id: text(c, 0), date: date?.date, doc: doc, span: span, text: text(c, 4), speaker: speaker?.name,
                     speakerId: speaker?.id, cue: word(c, 6), direct: c.bool(7), actors: actors, sentence: sentence(c, 8), rule: word(c, 9) ?? "", rank: nil)
        }
    }

    /// An event of `eventColumns`.
    private func event(_ c: any QueryCursor, into facts: Facts) throws {
        let (doc, number) = document(c, 1)
        let date = date(c, 5)
        let span = Span(c.int(2), c.int(3))
        let actors = try names.linked(c.bytes(9))
        facts.append(Facts.Key(range: date?.range, document: number, span: span, kind: .event)) {
            QueryRow(kind: .event, id: text(c, 0), date: date?.date, doc: doc, span: span, text: text(c, 4), speaker: nil, speakerId: nil,
                     cue: word(c, 6), direct: nil, actors: actors, sentence: sentence(c, 7), rule: word(c, 8) ?? "", rank: nil)
        }
    }
}

extension DateRange {
    init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    /// The range of a plain calendar date, `YYYY`, `YYYY-MM` (a valid month) or `YYYY-MM-DD`, as
    /// `init(value:)` reads it; nil for any other text, which `init(value:)` reads. Dates are
    /// mostly of these forms, and `init(value:)` splits and converts strings (15,000
    /// instructions a date).
    static func calendar(_ bytes: UnsafeBufferPointer<UInt8>) -> DateRange? {
        func digits(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for k in from..<from + count {
                guard (0x30...0x39).contains(bytes[k]) else { return nil }
                n = n * 10 + Int(bytes[k] - 0x30)
            }
            return n
        }
        func day(_ y: Int, _ m: Int, _ d: Int) -> Int { CalendarDate(year: y, month: m, day: d)?.dayNumber ?? 0 }
        guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10, let y = digits(0, 4) else { return nil }
        if bytes.count == 4 { return DateRange(first: day(y, 1, 1), last: day(y, 12, 31)) }
        guard bytes[4] == 0x2D, let m = digits(5, 2), (1...12).contains(m) else { return nil }
        let month = DateRange(first: day(y, m, 1), last: day(y, m, CalendarDate.daysIn(year: y, month: m)))
        if bytes.count == 7 { return month }
        guard bytes[7] == 0x2D, let d = digits(8, 2) else { return nil }
        return CalendarDate(year: y, month: m, day: d).map { DateRange(first: $0.dayNumber, last: $0.dayNumber) } ?? month
    }
}
