/// Query rows as read, each with what orders it chronologically (`keys`).
///
/// Rows are kept in chunks of a fixed size that never move, and are moved once more, into the
/// answer, in its order (`take`). An array grown row by row copied each row about twice more,
/// into blocks of up to 8 MB for an answer of 15k rows: fresh memory, page by page, at each query.
final class Facts {
    private var chunks: [UnsafeMutablePointer<QueryRow>] = []
    /// How many rows are kept (rows taken are no longer).
    private(set) var count = 0
    private(set) var keys: [Key] = []

    /// Rows per chunk (about 70 kB: below the size from which `malloc` maps fresh memory).
    static let chunkSize = 256

    /// A row's date range (nil: undated), the number of its document in the reader's
    /// `documents`, its span and kind.
    struct Key {
        var range: DateRange?
        var document: Int32
        var span: Span
        var kind: QueryRow.Kind
    }

    deinit {
        for (n, chunk) in chunks.enumerated() {
            chunk.deinitialize(count: min(Facts.chunkSize, count - n * Facts.chunkSize))
            chunk.deallocate()
        }
    }

    private func place(_ k: Int) -> UnsafeMutablePointer<QueryRow> { chunks[k / Facts.chunkSize] + k % Facts.chunkSize }

    /// Appends the row that `row` makes (made in place: a row is a few hundred bytes).
    @inline(__always)
    func append(_ key: Key, _ row: () throws -> QueryRow) rethrows {
        if count == chunks.count * Facts.chunkSize { chunks.append(.allocate(capacity: Facts.chunkSize)) }
        place(count).initialize(to: try row())
        keys.append(key)
        count += 1
    }

    /// The id of row `k`.
    func id(at k: Int) -> String { place(k).pointee.id }

    /// Changes the last row.
    func withLast(_ body: (inout QueryRow) -> Void) { body(&place(count - 1).pointee) }

    /// Calls `body` with each row in order.
    func forEach(_ body: (borrowing QueryRow) throws -> Void) rethrows {
        for k in 0..<count { try body(place(k).pointee) }
    }

    /// Moves the rows out into an array, in `order` (each row's index once); none are kept.
    func take(_ order: some Collection<Int>) -> [QueryRow] {
        precondition(order.count == count, "an order of \(order.count) rows for \(count)")
        let rows = [QueryRow](unsafeUninitializedCapacity: count) { buffer, initialized in
            var taken = [Bool](repeating: false, count: count)
            for (n, k) in order.enumerated() {
                precondition(!taken[k], "row \(k) twice in the order")
                taken[k] = true
                (buffer.baseAddress! + n).moveInitialize(from: place(k), count: 1)
            }
            initialized = count
        }
        for chunk in chunks { chunk.deallocate() }
        chunks = []
        keys = []
        count = 0
        return rows
    }

    /// Moves the rows of `b` after those of `a`.
    static func += (a: inout Facts, b: Facts) {
        for k in 0..<b.count {
            if a.count == a.chunks.count * Facts.chunkSize { a.chunks.append(.allocate(capacity: Facts.chunkSize)) }
            a.place(a.count).moveInitialize(from: b.place(k), count: 1)
            a.keys.append(b.keys[k])
            a.count += 1
        }
        for chunk in b.chunks { chunk.deallocate() }
        b.chunks = []
        b.keys = []
        b.count = 0
    }
}
