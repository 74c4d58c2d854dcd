import GRDB

/// The SQLite adapter of the read seam: one read of a `Store` through GRDB, rows read by
/// `ColumnReader` straight from SQLite's statement.
final class SQLiteQuerySource: QuerySource {
    let db: Database
    public var dialect: SQLDialect { .sqlite }
    /// The statements of `firstText`, by SQL.
    private var lookups: [String: GRDB.Statement] = [:]

    init(_ db: Database) { self.db = db }

    public func each(_ sql: String, _ arguments: [QueryValue], _ row: (any QueryCursor) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        let columns = ColumnReader(statement)
        let rows = try Row.fetchCursor(statement, arguments: StatementArguments(arguments.map { value -> any DatabaseValueConvertible in
            switch value {
            case .text(let s): return s
            case .int(let n): return n
            }
        }))
        while try rows.next() != nil { try row(columns) }
    }

    public func firstText(_ sql: String, _ argument: UnsafeBufferPointer<UInt8>) throws -> String?? {
        guard UTF8Check.isValid(argument) else {
            // `ColumnReader.firstText` binds valid UTF-8 only
            var found: String??
            try each(sql, [.text(String(decoding: argument, as: UTF8.self))]) { if found == nil { found = .some($0.text(0)) } }
            return found
        }
        let statement = try lookups[sql] ?? db.makeStatement(sql: sql)
        lookups[sql] = statement
        return try ColumnReader.firstText(statement, argument, db)
    }
}

extension ColumnReader: QueryCursor {}

extension Store: QueryStore {
    public func withQuerySource<T>(_ body: (any QuerySource) throws -> T) throws -> T {
        try db.read { db in try body(SQLiteQuerySource(db)) }
    }
}
