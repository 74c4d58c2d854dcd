import ChronicleKit
import Foundation

/// The store being served: its chronology loaded once, the user's decisions, and the current
/// `Snapshot` of the reviewed view, swapped whole after each decision (readers never wait for
/// a rebuild and never see half of one).
final class Catalog: @unchecked Sendable {
    let storePath: String
    /// The store decisions are written to (nil when serving a chronicle.json: nothing to store in).
    let store: Store?
    let raw: Chronology
    /// Decisions applied on top without being stored (an aliases file).
    let extra: [Decision]
    private let lock = NSLock()
    private var current: Snapshot
    /// Rendered graphs by (version, query), a few at a time.
    private var graphs: [String: [UInt8]] = [:]
    private var graphOrder: [String] = []

    init(path: String, aliases: [Decision] = []) throws {
        storePath = path
        extra = aliases
        if ChronologySource.isJSON(path) {
            store = nil
            raw = try ChronologySource.load(path)
            current = Snapshot(review: Review(raw, decisions: aliases), version: 1)
        } else {
            // review decisions are written to the store; a store that cannot be written is still
            // served (for reading; a review then fails with the store's error)
            let s = try (try? ChronologySource.openStore(path, writing: true)) ?? ChronologySource.openStore(path)
            store = s
            raw = try s.load()
            current = Snapshot(review: Review(raw, decisions: try s.decisions() + aliases), version: 1)
        }
    }

    /// An in-memory catalog (tests).
    init(store: Store, aliases: [Decision] = []) throws {
        storePath = store.path
        self.store = store
        extra = aliases
        raw = try store.load()
        current = Snapshot(review: Review(raw, decisions: try store.decisions() + aliases), version: 1)
    }

    var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Stores decisions and rebuilds the view; one writer at a time.
    func decide(_ decisions: [Decision]) throws -> Snapshot {
        guard let store else { throw APIError(400, "this is a chronicle.json: decisions need a store (.sqlite)") }
        lock.lock()
        defer { lock.unlock() }
        try store.record(decisions)
        current = Snapshot(review: Review(raw, decisions: try store.decisions() + extra), version: current.version + 1)
        graphs.removeAll()
        graphOrder.removeAll()
        return current
    }

    /// A cached graph, or one made by `make` (renders run one at a time: libgvc keeps global state).
    func graph(_ key: String, _ make: () throws -> [UInt8]) rethrows -> [UInt8] {
        lock.lock()
        if let g = graphs[key] { lock.unlock(); return g }
        lock.unlock()
        Catalog.renderLock.lock()
        defer { Catalog.renderLock.unlock() }
        let g = try make()
        lock.lock()
        graphs[key] = g
        graphOrder.append(key)
        if graphOrder.count > 32 { graphs[graphOrder.removeFirst()] = nil }
        lock.unlock()
        return g
    }

    static let renderLock = NSLock()
}

/// An error a request gets as JSON: `{"error": "…"}` with its status.
struct APIError: Error, Sendable {
    var status: Int
    var message: String
    init(_ status: Int, _ message: String) {
        self.status = status
        self.message = message
    }

    var json: [UInt8] {
        var o = JSONOut()
        o.objectStart()
        o.field("error", message)
        o.field("status", status)
        o.objectEnd()
        return o.bytes
    }
}
