import Dispatch

/// Runs work over indices on several threads and keeps the input order: consecutive chunks of
/// indices go to the threads, and each result is written in place (nothing is joined or copied
/// after), so the list is the one a loop on one thread makes.
enum Parallel {
    /// `body(i)` for every `i` in `0..<count`, in order, on up to `jobs` threads. One job (or one
    /// chunk) runs the loop on the calling thread.
    static func map<T>(_ count: Int, jobs: Int, minChunk: Int = 1, _ body: (Int) -> T) -> [T] {
        let chunks = Parallel.chunks(count, jobs: jobs, minChunk: minChunk)
        guard chunks.count > 1 else { return (0..<count).map(body) }
        return Array(unsafeUninitializedCapacity: count) { buf, initialized in
            nonisolated(unsafe) let base = buf.baseAddress!
            withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let body = body
                DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
                    for i in chunks[c] { (base + i).initialize(to: body(i)) }
                }
            }
            initialized = count
        }
    }

    /// The elements `body` writes for each index `i` (exactly `counts[i]` of them, into the
    /// buffer it is given), joined in index order, and what `body` returns for each index.
    static func flatMap<T, R>(counts: [Int], jobs: Int, minChunk: Int = 1,
                              _ body: (Int, UnsafeMutableBufferPointer<T>) -> R) -> (elements: [T], results: [R]) {
        var offsets = [Int](repeating: 0, count: counts.count + 1)
        for (i, n) in counts.enumerated() { offsets[i + 1] = offsets[i] + n }
        let total = offsets[counts.count]
        var results: [R] = []
        let elements = [T](unsafeUninitializedCapacity: total) { buf, initialized in
            nonisolated(unsafe) let base = buf.baseAddress
            results = map(counts.count, jobs: jobs, minChunk: minChunk) { i in
                body(i, UnsafeMutableBufferPointer(start: base.map { $0 + offsets[i] }, count: counts[i]))
            }
            initialized = total
        }
        return (elements, results)
    }

    /// `count` indices cut into consecutive ranges: a few per thread (so that a slow chunk does
    /// not keep the other threads waiting), none smaller than `minChunk`; one range for one job.
    static func chunks(_ count: Int, jobs: Int, minChunk: Int = 1) -> [Range<Int>] {
        guard count > 0 else { return [] }
        guard jobs > 1 else { return [0..<count] }
        let size = max(max(1, minChunk), count / (jobs * 8))
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }
}
