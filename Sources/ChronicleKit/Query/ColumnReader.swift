import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// Reads the columns of a statement's current row straight from SQLite, for query answers of
/// thousands of rows. With `RowInserter` (writes), the only code that calls SQLite's C API
/// (through the statement handle GRDB exposes for it); columns are read as GRDB reads them.
///
/// Text is read as SQLite's bytes (`bytes`), for the reader to share or copy as it needs.
struct ColumnReader {
    private let statement: SQLiteStatement

    init(_ statement: GRDB.Statement) {
        self.statement = statement.sqliteStatement
    }

    public func int(_ column: Int) -> Int { Int(sqlite3_column_int64(statement, Int32(column))) }

    public func bool(_ column: Int) -> Bool { sqlite3_column_int64(statement, Int32(column)) != 0 }

    public func double(_ column: Int) -> Double? {
        sqlite3_column_type(statement, Int32(column)) == SQLITE_NULL ? nil : sqlite3_column_double(statement, Int32(column))
    }

    /// A column's text as UTF-8 bytes, up to a NUL as GRDB reads text (nil for NULL). The bytes
    /// are SQLite's: valid until the statement steps or reads the column as another type.
    public func bytes(_ column: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let text = sqlite3_column_text(statement, Int32(column)) else { return nil }
        return UnsafeBufferPointer(start: text, count: strlen(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self)))
    }

    /// A column's text (up to a NUL, as GRDB reads it; invalid UTF-8 repaired as GRDB does),
    /// nil for NULL.
    func text(_ column: Int) -> String? {
        bytes(column).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Runs a statement of one text parameter (valid UTF-8 without NUL) and gives the text of
    /// the first column of its first row: nil when there is no row, `.some(nil)` for NULL.
    /// What `String.fetchOne` does, without GRDB's handling of arguments and rows, for
    /// lookups made thousands of times in a query.
    static func firstText(_ statement: GRDB.Statement, _ argument: UnsafeBufferPointer<UInt8>, _ db: Database) throws -> String?? {
        let s = statement.sqliteStatement
        sqlite3_reset(s)
        defer {
            sqlite3_reset(s)
            sqlite3_clear_bindings(s)
        }
        let empty: StaticString = ""
        let text = argument.baseAddress.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(empty.utf8Start)
        var code = sqlite3_bind_text(s, 1, text.assumingMemoryBound(to: CChar.self), Int32(argument.count), SQLITE_TRANSIENT)
        if code == SQLITE_OK { code = sqlite3_step(s) }
        switch code {
        case SQLITE_ROW: return .some(ColumnReader(statement).text(0))
        case SQLITE_DONE: return nil
        default:
            let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
