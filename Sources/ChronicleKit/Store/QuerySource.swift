import Foundation

/// The read side of the storage seam: what the query layer (`Chronicler`, `FactReader`,
/// `ActorNames`) asks of a store, whichever database holds it. Queries are written once, above
/// the seam, as SQL with `?` placeholders in the dialect both databases share; the few
/// expressions that differ come from `SQLDialect`. Each adapter binds the values (never spliced
/// into the SQL) and gives the rows through a `QueryCursor`: SQLite's columns as SQLite holds
/// them (`ColumnReader`), PostgreSQL's cells as the server sent them (`PostgresCursor`), both as
/// the same bytes and numbers, which `FactReader` decodes into the same `QueryRow`s.
public protocol QuerySource: AnyObject {
    var dialect: SQLDialect { get }
    /// Runs a query and calls `row` with each of its rows, as they come.
    func each(_ sql: String, _ arguments: [QueryValue], _ row: (any QueryCursor) throws -> Void) throws
    /// The text of the first column of the first row of a query of one text argument: nil
    /// when there is no row, `.some(nil)` for NULL (for lookups made many times in a query).
    func firstText(_ sql: String, _ argument: UnsafeBufferPointer<UInt8>) throws -> String??
    /// All rows of a query at once, each its own cursor, where the store sends them all before
    /// the first is read anyway (PostgreSQL): the query layer then asks for what the rows name
    /// in one query. nil where rows are read as they come (SQLite).
    func rows(_ sql: String, _ arguments: [QueryValue]) throws -> [any QueryCursor]?
}

extension QuerySource {
    public func rows(_ sql: String, _ arguments: [QueryValue]) throws -> [any QueryCursor]? { nil }
}

/// A value bound to a `?`.
public enum QueryValue: Sendable {
    case text(String)
    case int(Int)
}

/// The columns of the current row of a query, by position.
public protocol QueryCursor {
    func int(_ column: Int) -> Int
    func bool(_ column: Int) -> Bool
    func double(_ column: Int) -> Double?
    /// A text column's UTF-8 bytes (nil for NULL), valid until the next row.
    func bytes(_ column: Int) -> UnsafeBufferPointer<UInt8>?
}

extension QueryCursor {
    /// A text column as a string (invalid UTF-8 repaired as `String(decoding:)` does).
    func text(_ column: Int) -> String? { bytes(column).map { String(decoding: $0, as: UTF8.self) } }
}

/// What the two databases spell differently. Text compares and sorts byte by byte in both
/// (SQLite's BINARY, PostgreSQL's "C" collation), and `lower` folds ASCII letters only in both
/// (PostgreSQL's `lower` does so under the "C" collation), so that answers are the same.
public enum SQLDialect: Sendable {
    case sqlite, postgres

    /// A text expression compared and sorted by its bytes.
    func binary(_ expression: String) -> String {
        self == .sqlite ? expression : "(\(expression) COLLATE \"C\")"
    }

    /// A text expression with its ASCII letters in lower case (others unchanged).
    func lower(_ expression: String) -> String { "lower(\(binary(expression)))" }

    /// Whether `column` is one of the values `subquery` gives. PostgreSQL: `= ANY(ARRAY(…))`, so
    /// that the planner ORs an index scan of the values into the other conditions (`actor Trump`,
    /// statements by or about: a bitmap OR of two index scans, where `IN (subquery)` in an OR
    /// scanned the whole table, 25 ms of PolNeAR train's 14,000 statements against ~15).
    func inSubquery(_ column: String, _ subquery: String) -> String {
        self == .sqlite ? "\(column) IN (\(subquery))" : "\(column) = ANY(ARRAY(\(subquery)))"
    }

    /// Whether a row is linked to one of the actor ids bound to `marks` ("(?,?)"). SQLite: its id
    /// is in the link table's `subquery` (`… WHERE actor_id`). PostgreSQL: the row's own id
    /// array `array` (its U+001F-joined id list split once, a stored generated column) overlaps
    /// them, which its GIN index answers in one index scan instead of a primary-key probe per
    /// linked row (`pg-v8-linked-ids`: the 1,458 statements about Trump in PolNeAR train, 4.8 ms
    /// of probes → 0.1 ms). The stored array (`pg-v9-linked-array`) keeps a sequential scan cheap
    /// too: the planner priced splitting the list on every row like any operator and chose the
    /// scan half the time (17 ms for `actor Trump`'s statements, 3.5 ms by the index).
    func linked(_ column: String, array: String, through subquery: String, marks: String) -> String {
        self == .sqlite ? "\(column) IN (\(subquery) IN \(marks))" : "\(array) && ARRAY[\(marks.dropFirst().dropLast())]::text[]"
    }

    /// Whether `text` contains the text bound to the `?` (an exact byte match).
    func contains(_ text: String) -> String {
        self == .sqlite ? "instr(\(text), ?) > 0" : "strpos(\(text), ?) > 0"
    }

    /// Whether the typed event's JSON (`typing`, an object with an `args` array of
    /// `{"role", "actor", …}`) has an argument of the role bound to the first `?` whose actor
    /// is one of the `marks` placeholders.
    func hasArgument(_ typing: String, marks: String) -> String {
        self == .sqlite
            ? "EXISTS (SELECT 1 FROM json_each(\(typing), '$.args') a WHERE json_extract(a.value, '$.role') = ? AND json_extract(a.value, '$.actor') IN \(marks))"
            : "EXISTS (SELECT 1 FROM jsonb_array_elements((\(typing))::jsonb -> 'args') a WHERE a ->> 'role' = ? AND a ->> 'actor' IN \(marks))"
    }
}

/// A store that queries read: both adapters of the seam.
public protocol QueryStore: FactStore {
    /// Runs `body` with one consistent read of the store.
    func withQuerySource<T>(_ body: (any QuerySource) throws -> T) throws -> T
    /// Every stored decision (`Decision`), in the order it was made.
    func decisions() throws -> [Decision]
    /// Whether any decision is stored.
    func hasDecisions() throws -> Bool
    /// Stores decisions (in one transaction) and returns them with their `seq` and time.
    @discardableResult func record(_ decisions: [Decision]) throws -> [Decision]
}

extension QueryStore {
    /// The stored chronology with the stored decisions (and `extra` ones after them) applied.
    public func reviewed(extra: [Decision] = []) throws -> Review {
        Review(try load(documents: nil), decisions: try decisions() + extra)
    }
}

extension QuerySource {
    /// The first column of every row, as text (NULLs left out).
    func strings(_ sql: String, _ arguments: [QueryValue] = []) throws -> [String] {
        var out: [String] = []
        try each(sql, arguments) { if let t = $0.text(0) { out.append(t) } }
        return out
    }

    /// The first column of the first row, as a number.
    func int(_ sql: String, _ arguments: [QueryValue] = []) throws -> Int? {
        var out: Int?
        try each(sql, arguments) { if out == nil { out = $0.int(0) } }
        return out
    }
}

/// `?` placeholders as PostgreSQL's `$1`, `$2`, … (none is inside a quoted literal or name).
func numberedPlaceholders(_ sql: String) -> String {
    var out = ""
    out.reserveCapacity(sql.utf8.count + 16)
    var n = 0
    var quote: Character?
    for ch in sql {
        if let q = quote {
            if ch == q { quote = nil }
            out.append(ch)
        } else if ch == "'" || ch == "\"" {
            quote = ch
            out.append(ch)
        } else if ch == "?" {
            n += 1
            out += "$\(n)"
        } else {
            out.append(ch)
        }
    }
    return out
}
