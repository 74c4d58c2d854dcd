import Foundation

/// What `render`, `export` and `query` read, for any `--store` value: a PostgreSQL URL, else
/// what `ChronologySource` opens (a store file or a `chronicle.json`).
public enum StoreSource {
    /// Loads the chronology of a store (either backend) or a `chronicle.json`.
    public static func load(_ store: String) throws -> Chronology {
        if case .postgres(let url) = try StoreLocation(store) { return try PostgresStore(url: url).load() }
        return try ChronologySource.load(store)
    }

    /// The store queries read: a PostgreSQL store itself (the query layer asks it through the
    /// seam, `QuerySource`), else a store file or a `chronicle.json` read into an in-memory store.
    public static func openForQueries(_ store: String) throws -> any QueryStore {
        if case .postgres(let url) = try StoreLocation(store) { return try PostgresStore(url: url) }
        return try ChronologySource.openStore(store)
    }
}
