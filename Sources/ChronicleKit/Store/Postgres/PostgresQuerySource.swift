import Foundation
import PostgresNIO

/// The PostgreSQL adapter of the read seam: queries of the query layer sent on one connection,
/// `?` numbered as `$n`, every value bound; rows read from the cells as the server sends them
/// (binary format: text as its UTF-8 bytes, numbers big-endian), no copy of the archive.
final class PostgresQuerySource: QuerySource {
    let session: PostgresSession
    public var dialect: SQLDialect { .postgres }
    /// The numbered SQL of each query text.
    private var numbered: [String: String] = [:]

    init(_ session: PostgresSession) { self.session = session }

    private func sql(_ text: String) -> String {
        if let known = numbered[text] { return known }
        let n = numberedPlaceholders(text)
        numbered[text] = n
        return n
    }

    public func each(_ sql: String, _ arguments: [QueryValue], _ row: (any QueryCursor) throws -> Void) throws {
        let (rows, binary) = try session.readRows(self.sql(sql), arguments.map {
            switch $0 {
            case .text(let s): return .text(s)
            case .int(let n): return .int(n)
            }
        })
        let cursor = PostgresCursor()
        for r in rows {
            cursor.cells.removeAll(keepingCapacity: true)
            for cell in r { cursor.cells.append(cell.bytes.map { PostgresCursor.Cell(bytes: $0, format: binary ? .binary : cell.format) }) }
            try row(cursor)
        }
    }

    public func rows(_ sql: String, _ arguments: [QueryValue]) throws -> [any QueryCursor]? {
        let (rows, binary) = try session.readRows(self.sql(sql), arguments.map {
            switch $0 {
            case .text(let s): return .text(s)
            case .int(let n): return .int(n)
            }
        })
        return rows.map { r in
            let cursor = PostgresCursor()
            for cell in r { cursor.cells.append(cell.bytes.map { PostgresCursor.Cell(bytes: $0, format: binary ? .binary : cell.format) }) }
            return cursor
        }
    }

    public func firstText(_ sql: String, _ argument: UnsafeBufferPointer<UInt8>) throws -> String?? {
        var found: String??
        try each(sql, [.text(String(decoding: argument, as: UTF8.self))]) { if found == nil { found = .some($0.text(0)) } }
        return found
    }
}

/// The cells of a PostgreSQL row.
final class PostgresCursor: QueryCursor {
    struct Cell {
        var bytes: ByteBuffer
        var format: PostgresFormat
    }

    var cells: [Cell?] = []

    public func int(_ column: Int) -> Int {
        guard let c = cells[column] else { return 0 }
        let b = c.bytes
        if c.format == .text { return Int(String(buffer: b)) ?? 0 }
        switch b.readableBytes {
        case 8: return Int(b.getInteger(at: b.readerIndex, as: Int64.self) ?? 0)
        case 4: return Int(b.getInteger(at: b.readerIndex, as: Int32.self) ?? 0)
        case 2: return Int(b.getInteger(at: b.readerIndex, as: Int16.self) ?? 0)
        case 1: return Int(b.getInteger(at: b.readerIndex, as: UInt8.self) ?? 0)
        default: return 0
        }
    }

    public func bool(_ column: Int) -> Bool {
        guard let c = cells[column] else { return false }
        if c.format == .text { return String(buffer: c.bytes) == "t" }
        return int(column) != 0
    }

    public func double(_ column: Int) -> Double? {
        guard let c = cells[column] else { return nil }
        let b = c.bytes
        if c.format == .text { return Double(String(buffer: b)) }
        switch b.readableBytes {
        case 8: return b.getInteger(at: b.readerIndex, as: UInt64.self).map { Double(bitPattern: $0) }
        case 4: return b.getInteger(at: b.readerIndex, as: UInt32.self).map { Double(Float(bitPattern: $0)) }
        default: return nil
        }
    }

    /// The cell's bytes: the buffer's own storage, which the row keeps alive (and nothing
    /// changes) until the next row.
    public func bytes(_ column: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let c = cells[column] else { return nil }
        return c.bytes.withUnsafeReadableBytes { raw in
            UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count)
        }
    }
}

extension PostgresStore: QueryStore {
    public func withQuerySource<T>(_ body: (any QuerySource) throws -> T) throws -> T {
        try read { s in try body(PostgresQuerySource(s)) }
    }
}
