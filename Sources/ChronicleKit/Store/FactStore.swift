import Foundation

/// The storage seam: what ingest, re-analysis and export need of a store, whichever database
/// holds it. Two adapters: `Store` (SQLite, through GRDB) and `PostgresStore` (PostgreSQL,
/// through postgres-nio). `openFactStore` picks one from a `--store` value.
public protocol FactStore: AnyObject, Sendable {
    /// How messages name the store: its path, or its URL with the password masked.
    var name: String { get }
    /// The pipeline fingerprint written with the next saved documents.
    var pipelineVersion: String { get set }
    /// The content hash and pipeline fingerprint of a stored document, if it is stored.
    func state(of id: String) throws -> (hash: String, pipeline: String)?
    /// `state(of:)` of several documents at once (those stored), by id.
    func states(of ids: [String]) throws -> [String: (hash: String, pipeline: String)]
    /// Stored documents made with another pipeline fingerprint: (id, text, date), by id.
    func stale(current: String) throws -> [(id: String, text: String, date: String?)]
    /// The ids of all stored documents, in order.
    func documentIds() throws -> [String]
    /// Saves a chronology, each document atomically, with the mentions it adds to events stored
    /// before (`joins`, in the transaction of the document they come from) and the stored events
    /// of replaced documents that go to another document (`passes`, in the transaction of the
    /// document they leave); returns the documents that failed.
    func save(_ c: Chronology, perCommit: Int, joins: [EventJoin], passes: [EventPass]) throws -> [ChronicleError]
    /// The stored events that events with these actors may be the same as (`EventJoin`), and the
    /// stored events of `named` (ids of named events) where the store can find them by id.
    func candidateEvents(actors: Set<String>, named: Set<String>?) throws -> [Event]
    /// The stored events of `docs` that another document's mention joined, with every mention
    /// (in the order stored), actor and role: those a new version of their document passes on
    /// (`EventPass`).
    func eventsTold(elsewhere docs: [String]) throws -> [EventRecord]
    /// Runs `body` while no other process runs its own `exclusively` on this store: `ingest`
    /// reads what is stored, merges a batch with it and saves the batch inside, so two ingests
    /// into one store write their batches one after the other, each on what the other stored.
    func exclusively<T>(_ body: () throws -> T) rethrows -> T
    /// Makes every commit durable where the store keeps it (SQLite: the file, not its log).
    func checkpoint() throws
    /// Closes the store (written through); it cannot be used afterwards.
    func close() throws
    /// Loads the stored facts (of some documents, or all) as a chronology.
    func load(documents only: Set<String>?) throws -> Chronology
    /// Rows per table.
    func counts() throws -> [String: Int]
}

extension FactStore {
    /// `save` with no events passed on.
    public func save(_ c: Chronology, perCommit: Int, joins: [EventJoin]) throws -> [ChronicleError] {
        try save(c, perCommit: perCommit, joins: joins, passes: [])
    }

    /// No lock: a store that one process alone writes.
    public func exclusively<T>(_ body: () throws -> T) rethrows -> T { try body() }

    public func states(of ids: [String]) throws -> [String: (hash: String, pipeline: String)] {
        var out: [String: (hash: String, pipeline: String)] = [:]
        for id in ids { if let s = try state(of: id) { out[id] = s } }
        return out
    }
}

extension Store: FactStore {
    public var name: String { path }
}

/// Opens the store a `--store` value names: a SQLite file (created when missing) or a
/// PostgreSQL database (migrated on first use).
public func openFactStore(_ text: String) throws -> any FactStore {
    switch try StoreLocation(text) {
    case .sqlite(let path): return try Store(path: path)
    case .postgres(let url): return try PostgresStore(url: url)
    }
}
