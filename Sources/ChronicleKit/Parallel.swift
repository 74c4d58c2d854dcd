import Dispatch

/// Runs work over index ranges on several threads and keeps the input order.
enum Parallel {
    /// `body` applied to `0..<count` in consecutive chunks on up to `jobs` threads, the chunks'
    /// results joined in order: the same list as `body(0..<count)` when `body` maps each index on
    /// its own. One thread (or a small count) runs `body` once, on the calling thread.
    static func map<T>(_ count: Int, jobs: Int, minChunk: Int = 1, _ body: (Range<Int>) -> [T]) -> [T] {
        let chunks = Parallel.chunks(count, jobs: jobs, minChunk: minChunk)
        guard chunks.count > 1 else { return body(0..<count) }
        let results = UnsafeMutableBufferPointer<[T]>.allocate(capacity: chunks.count)
        results.initialize(repeating: [])
        defer { results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let out = results.baseAddress!
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            DispatchQueue.concurrentPerform(iterations: chunks.count) { c in (out + c).pointee = body(chunks[c]) }
        }
        var joined: [T] = []
        joined.reserveCapacity(results.reduce(0) { $0 + $1.count })
        for r in results { joined += r }
        return joined
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
