import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// Inserts rows into one table by multi-row INSERT statements (up to 32 rows each, prepared once
/// per size), binding values with SQLite's C API as GRDB binds them (text up to a NUL, Bool as
/// 0/1). With `ColumnReader` (reads), the only code that calls SQLite's C API, through the
/// statement handle GRDB exposes for it.
///
/// A statement per row cost three quarters of the time to store PolNeAR train: GRDB's handling
/// of each row's arguments, and SQLite's statement journal, which saves each page an INSERT
/// changes in case its foreign-key checks fail.
struct RowInserter: Sendable {
    /// The SQL of a statement of `n` rows for each size in `sizes`.
    private let sql: [Int: String]
    private let columns: Int

    /// Statement sizes, largest first: a run of rows is cut greedily into them.
    static let sizes = [32, 8, 1]

    /// `head` is the statement up to `VALUES`, e.g. `INSERT INTO time (id, doc)`.
    init(_ head: String, columns: Int) {
        self.columns = columns
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        var sql: [Int: String] = [:]
        for n in RowInserter.sizes { sql[n] = head + " VALUES " + Array(repeating: row, count: n).joined(separator: ",") }
        self.sql = sql
    }

    /// Inserts one row per item, in order; `bind` binds an item's values, one per column.
    func insert<Item>(_ items: [Item], _ db: Database, bind: (Item, inout Binder) -> Void) throws {
        var start = 0
        while start < items.count {
            let n = RowInserter.sizes.first { $0 <= items.count - start }!
            let sql = self.sql[n]!
            let statement = try db.cachedStatement(sql: sql)
            var binder = Binder(statement.sqliteStatement)
            for item in items[start..<start + n] { bind(item, &binder) }
            precondition(binder.next == Int32(n * columns + 1), "\(sql): \(binder.next - 1) values bound")
            try binder.execute(db, sql)
            start += n
        }
    }

    /// Binds the values of a statement's rows in order, then runs it.
    struct Binder {
        private let statement: SQLiteStatement
        /// The index of the next value (from 1).
        private(set) var next: Int32 = 1
        /// The first code a binding failed with.
        private var failure: Int32 = SQLITE_OK

        init(_ statement: SQLiteStatement) { self.statement = statement }

        mutating func text(_ value: String?) {
            guard let value else { return null() }
            record(value.withCString { sqlite3_bind_text(statement, next, $0, -1, SQLITE_TRANSIENT) })
        }

        mutating func int(_ value: Int?) {
            guard let value else { return null() }
            record(sqlite3_bind_int64(statement, next, Int64(value)))
        }

        mutating func bool(_ value: Bool) { int(value ? 1 : 0) }

        mutating func null() { record(sqlite3_bind_null(statement, next)) }

        private mutating func record(_ code: Int32) {
            if code != SQLITE_OK && failure == SQLITE_OK { failure = code }
            next += 1
        }

        /// Runs the statement once and makes it ready for the next rows.
        func execute(_ db: Database, _ sql: String) throws {
            defer { sqlite3_reset(statement) }
            let code = failure == SQLITE_OK ? sqlite3_step(statement) : failure
            guard code != SQLITE_DONE else { return }
            let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
        }
    }
}

/// `SQLITE_TRANSIENT`: SQLite copies the value before the call returns (the macro is not
/// visible from Swift).
let SQLITE_TRANSIENT = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
