import Foundation

/// A lookup cache from an id to the position of the first element with that id, for the
/// `actor(id:)` lookups that exports make once per row. It belongs to one value (a
/// `Corpus` or `Chronology`) and is rebuilt when that value's list no longer matches it; a
/// hit is always checked against the list, and a miss falls back to a scan, so the answer is
/// the same as `list.first { $0.id == id }` (ids are unique in these lists).
final class IdIndexCache: @unchecked Sendable, Equatable {
    private let lock = NSLock()
    private var index: [String: Int] = [:]
    private var count = -1

    init() {}

    static func == (a: IdIndexCache, b: IdIndexCache) -> Bool { true }

    func first<T>(_ id: String, in list: [T], key: (T) -> String) -> T? {
        lock.lock()
        defer { lock.unlock() }
        if count == list.count, let k = index[id], k < list.count, key(list[k]) == id { return list[k] }
        // stale or missing: rebuild once, then answer from the fresh index
        index.removeAll(keepingCapacity: true)
        index.reserveCapacity(list.count)
        for (k, e) in list.enumerated() where index[key(e)] == nil { index[key(e)] = k }
        count = list.count
        return index[id].map { list[$0] }
    }
}
