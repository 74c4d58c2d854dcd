import ArgumentParser
import ChronicleKit

/// The store a command works on: `--store`, else `CHRONICLE_STORE`. A PostgreSQL URL is parsed
/// here, so that a malformed one is a one-line error (password masked) before anything is done.
func storeArgument(_ option: String?) throws -> String {
    guard let s = StoreLocation.argument(option) else {
        throw ValidationError("give --store (a .sqlite file or a postgres:// URL) or set \(StoreLocation.environmentVariable)")
    }
    _ = try StoreLocation(s)
    return s
}

/// Opens a store to write to: a SQLite file (an existing one, or a chronicle.json) or PostgreSQL.
func openWritableStore(_ option: String?, create: Bool) throws -> any FactStore {
    let s = try storeArgument(option)
    if case .postgres = try StoreLocation(s) { return try openFactStore(s) }
    return create ? try openFactStore(s) : try ChronologySource.openStore(s)
}
