import Foundation

/// Opens what `render`, `export`, `query` and `reanalyze` read: a store (`.sqlite`) or a
/// `chronicle.json`.
public enum ChronologySource {
    public static func isJSON(_ path: String) -> Bool { path.lowercased().hasSuffix(".json") }

    /// Loads the chronology from a store or a `chronicle.json`, reading only.
    public static func load(_ path: String) throws -> Chronology {
        if isJSON(path) { return try ChronicleJSONReader().read(path: path) }
        return try Store(readingAt: path).load()
    }

    /// Opens an existing store, for reading only unless `writing`, or loads a `chronicle.json`
    /// into an in-memory store (for queries; every fact of it, or an error naming the file).
    public static func openStore(_ path: String, writing: Bool = false) throws -> Store {
        if isJSON(path) {
            guard !writing else { throw ChronicleError.badInput(path: path, message: "a chronicle.json cannot be written to; give a store (.sqlite)") }
            let c = try ChronicleJSONReader().read(path: path)
            let store = try Store()
            let failed = try store.save(c)
            if let first = failed.first {
                throw ChronicleError.badInput(path: path, message: "\(failed.count) of \(c.documents.count) documents cannot be read into a store (\(first.errorDescription ?? "\(first)"))")
            }
            return store
        }
        guard writing else { return try Store(readingAt: path) }
        guard FileManager.default.fileExists(atPath: path) else { throw ChronicleError.fileNotFound(path: path) }
        return try Store(path: path)
    }
}
