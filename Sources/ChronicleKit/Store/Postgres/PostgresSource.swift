import Foundation

/// What `render`, `export` and `query` read, for any `--store` value: a PostgreSQL URL, else
/// what `ChronologySource` opens (a store file or a `chronicle.json`).
public enum StoreSource {
    /// Loads the chronology of a store (either backend) or a `chronicle.json`.
    public static func load(_ store: String) throws -> Chronology {
        if case .postgres(let url) = try StoreLocation(store) { return try PostgresStore(url: url).load() }
        return try ChronologySource.load(store)
    }

    /// The store queries read. A PostgreSQL store is read into an in-memory store first, which the
    /// queries then read (the query layer reads SQLite; see docs/Scaling.md for what that costs).
    public static func openForQueries(_ store: String) throws -> Store {
        if case .postgres(let url) = try StoreLocation(store) {
            let memory = try Store()
            let failed = try memory.save(try PostgresStore(url: url).load())
            if let first = failed.first { throw first }
            return memory
        }
        return try ChronologySource.openStore(store)
    }
}
