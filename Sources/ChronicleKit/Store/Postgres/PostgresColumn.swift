import PostgresNIO

/// One column of many rows, bound as one PostgreSQL array (`text[]`, `int8[]` or `bool[]`, NULLs
/// allowed), for `INSERT … SELECT * FROM unnest($1::text[], $2::int8[], …)`: one statement per
/// table for a whole group of documents, its SQL the same every time (parsed and planned in
/// microseconds), where a multi-row `VALUES` list of thousands of placeholders cost the server
/// more than storing the rows (6.5 of 9 CPU seconds for PolNeAR train). Values are bound, never
/// put in the SQL. The elements are written in the binary array format as they come.
struct PostgresColumn: PostgresDynamicTypeEncodable, @unchecked Sendable {
    enum Kind: Sendable {
        case text, int8, bool
    }

    let kind: Kind
    private(set) var count = 0
    private var hasNull = false
    /// The elements: each its length (-1: NULL) and its bytes.
    private var body: ByteBuffer

    init(_ kind: Kind, capacity: Int = 0) {
        self.kind = kind
        body = ByteBufferAllocator().buffer(capacity: capacity * (kind == .text ? 24 : 12))
    }

    /// The type of a column whose first value is `v`.
    init(like v: PostgresSession.Value, capacity: Int) {
        switch v {
        case .int: self.init(.int8, capacity: capacity)
        case .bool: self.init(.bool, capacity: capacity)
        case .text, .texts, .column: self.init(.text, capacity: capacity)
        }
    }

    mutating func appendNull() {
        body.writeInteger(-1, as: Int32.self)
        hasNull = true
        count += 1
    }

    mutating func append(_ s: String?) {
        guard let s else { return appendNull() }
        precondition(kind == .text)
        let at = body.writerIndex
        body.writeInteger(0, as: Int32.self)
        let n = body.writeString(s)
        body.setInteger(Int32(n), at: at)
        count += 1
    }

    mutating func append(_ n: Int?) {
        guard let n else { return appendNull() }
        precondition(kind == .int8)
        body.writeInteger(8, as: Int32.self)
        body.writeInteger(Int64(n), as: Int64.self)
        count += 1
    }

    mutating func append(_ b: Bool) {
        precondition(kind == .bool)
        body.writeInteger(1, as: Int32.self)
        body.writeInteger(b ? 1 : 0, as: UInt8.self)
        count += 1
    }

    /// Appends a value of a row (its case must be the column's kind).
    mutating func append(_ v: PostgresSession.Value) {
        switch v {
        case .text(let s): append(s)
        case .int(let n): append(n)
        case .bool(let b): append(b)
        case .texts, .column: preconditionFailure("a column holds single values")
        }
    }

    var element: PostgresDataType {
        switch kind {
        case .text: .text
        case .int8: .int8
        case .bool: .bool
        }
    }

    /// The SQL type of the array, for its cast (`$1::text[]`).
    var sqlType: String {
        switch kind {
        case .text: "text[]"
        case .int8: "int8[]"
        case .bool: "bool[]"
        }
    }

    var psqlType: PostgresDataType {
        switch kind {
        case .text: .textArray
        case .int8: .int8Array
        case .bool: .boolArray
        }
    }

    var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        // dimensions (0 for an empty array), whether it has NULLs, the element type
        buffer.writeInteger(count == 0 ? 0 : 1, as: Int32.self)
        buffer.writeInteger(hasNull ? 1 : 0, as: Int32.self)
        buffer.writeInteger(element.rawValue)
        guard count > 0 else { return }
        // the one dimension: its length and lower bound
        buffer.writeInteger(Int32(count), as: Int32.self)
        buffer.writeInteger(1, as: Int32.self)
        var b = body
        buffer.writeBuffer(&b)
    }
}
