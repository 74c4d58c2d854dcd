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
/// Text that repeats from one row to the next in a column (a fact's document, rule, date,
/// speaker) gives back the string made for the row before: no new string to make and check.
/// Making strings was a third of the time of a query over all 15k statements of PolNeAR train.
struct ColumnReader {
    private let statement: SQLiteStatement
    /// The last string read from each column read with `repeatingText`.
    private var last: [String?]

    init(_ statement: GRDB.Statement) {
        self.statement = statement.sqliteStatement
        last = Array(repeating: nil, count: statement.columnCount)
    }

    func int(_ column: Int) -> Int { Int(sqlite3_column_int64(statement, Int32(column))) }

    func bool(_ column: Int) -> Bool { sqlite3_column_int64(statement, Int32(column)) != 0 }

    func double(_ column: Int) -> Double? {
        sqlite3_column_type(statement, Int32(column)) == SQLITE_NULL ? nil : sqlite3_column_double(statement, Int32(column))
    }

    /// A column's text (up to a NUL, as GRDB reads it), nil for NULL.
    func text(_ column: Int) -> String? {
        sqlite3_column_text(statement, Int32(column)).map { String(cString: $0) }
    }

    /// A column's text, as `text`, given back as the string of the row before when it is the same.
    mutating func repeatingText(_ column: Int) -> String? {
        guard let text = sqlite3_column_text(statement, Int32(column)) else { return nil }
        let bytes = UnsafeBufferPointer(start: text, count: strlen(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self)))
        if var before = last[column], before.withUTF8({ $0.count == bytes.count && memcmp($0.baseAddress!, text, bytes.count) == 0 }) {
            return before
        }
        let string = String(decoding: bytes, as: UTF8.self)
        last[column] = string
        return string
    }
}
