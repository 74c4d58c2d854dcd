import Foundation
import GRDB

/// What a store file must be before Chronicle opens it, and how `analyze` replaces its own
/// store. A store is a regular file; to be read it must be a Chronicle store (SQLite with
/// Chronicle's migrations, none unknown); to be written it may also be empty or missing.
/// Nothing here writes to a file it refuses, nor creates a file next to it.
enum StoreFile {
    /// The first 16 bytes of every SQLite database file.
    static let sqliteMagic = Data("SQLite format 3\u{0}".utf8)

    /// The SQLite `application_id` of a store that `chronicle analyze` wrote (the bytes "CHRA"):
    /// only such a store may be replaced by the next `analyze` into the same folder.
    static let analyzeApplicationId: Int32 = 0x4348_5241

    /// Refuses what cannot be a store: not a regular file (a directory, a device such as
    /// `/dev/null`, a FIFO), a file neither empty nor SQLite, and, when reading, a missing or
    /// empty file.
    static func check(_ path: String, forWriting: Bool) throws {
        var st = stat()
        guard stat(path, &st) == 0 else {
            let code = errno
            if code == ENOENT {
                if forWriting { return }
                throw ChronicleError.fileNotFound(path: path)
            }
            throw ChronicleError.unreadable(path: path, reason: String(cString: strerror(code)))
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ChronicleError.notAFile(path: path)
        default: throw ChronicleError.badInput(path: path, message: "is not a regular file (a device, FIFO or socket), not a store")
        }
        let head: Data
        do { head = try header(path, count: 16) } catch {
            throw ChronicleError.unreadable(path: path, reason: "cannot read the store file")
        }
        if head.isEmpty {
            if forWriting { return }
            throw ChronicleError.badInput(path: path, message: "the file is empty, not a Chronicle store")
        }
        guard head.starts(with: sqliteMagic) else {
            throw ChronicleError.badInput(path: path, message: "not a Chronicle store (SQLite) nor a chronicle.json")
        }
    }

    /// Whether the file starts as an SQLite database does.
    static func isSQLite(_ path: String) -> Bool { (try? header(path, count: 16))?.starts(with: sqliteMagic) ?? false }

    /// The first `count` bytes of a file (fewer when it is shorter).
    static func header(_ path: String, count: Int) throws -> Data {
        let h = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? h.close() }
        return try h.read(upToCount: count) ?? Data()
    }

    /// Refuses an SQLite database that is not a Chronicle store, and a store with migrations this
    /// Chronicle does not know (a newer one wrote it: reading it could misread, writing could
    /// break it). A database without any table is a new store, and so is one with only the
    /// migrator's empty bookkeeping table: the migrator creates and commits that table before it
    /// runs the first migration, so an ingest killed in between leaves just it.
    static func checkSchema(_ db: any DatabaseReader, path: String) throws {
        let (tables, superseded, chronicle): (Int, [String], Bool)
        do {
            (tables, superseded, chronicle) = try db.read { db in
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name <> 'grdb_migrations' AND name NOT LIKE 'sqlite_%'") ?? 0
                let migrations = try db.tableExists("grdb_migrations")
                    ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
                let known = Set(Store.migrator.migrations)
                return (tables + migrations.count, migrations.filter { !known.contains($0) }, migrations.contains("v1-core"))
            }
        } catch {
            throw ChronicleError.store(path: path, message: "cannot read the store: \(describe(error))")
        }
        guard tables == 0 || chronicle else {
            throw ChronicleError.badInput(path: path, message: "an SQLite database, but not a Chronicle store")
        }
        guard superseded.isEmpty else {
            throw ChronicleError.store(path: path, message: "written by a newer Chronicle (unknown schema change \(superseded.sorted().map { "'\($0)'" }.joined(separator: ", "))); use that version, this one neither reads nor writes it")
        }
    }

    /// A short text for an error from SQLite or the file system.
    static func describe(_ error: any Error) -> String {
        if let e = error as? DatabaseError {
            if e.resultCode == .SQLITE_FULL { return "the disk is full" }
            if e.resultCode == .SQLITE_IOERR { return "a disk I/O error (is the disk full?)" }
            return e.message ?? "\(e.resultCode)"
        }
        if let e = error as? ChronicleError { return e.errorDescription ?? "\(e)" }
        return "\(error)"
    }

    /// Whether the store at `path` was written by `analyze` (its `application_id`).
    static func writtenByAnalyze(_ path: String) -> Bool {
        guard let head = try? header(path, count: 72), head.count == 72, head.starts(with: sqliteMagic) else { return false }
        let id = head[head.startIndex + 68..<head.startIndex + 72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return Int32(bitPattern: id) == analyzeApplicationId
    }

    /// What is at `path` without following a last link: nil when nothing.
    static func kind(_ path: String) -> mode_t? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return st.st_mode & S_IFMT
    }
}

extension Store {
    /// Writes the chronology as a new store at `path` (what `analyze` does), replacing the store
    /// a previous `analyze` wrote there, never anything else: a directory, a store `ingest` built,
    /// any other file (nor a directory in the place of its `-wal` or `-shm`) is left as it is and
    /// refused. The store is written to a temporary file next to it, closed (everything in the
    /// file itself), then renamed over: a failure leaves the old store whole. When a document
    /// cannot be stored (a full disk), no store is installed and the problem says how many.
    /// Returns the problems; empty when the store was written.
    public static func replace(at path: String, with c: Chronology, pipeline: String) -> [ChronicleError] {
        let sidecars = ["-wal", "-shm"].map { path + $0 }
        if let k = StoreFile.kind(path) {
            guard k == S_IFREG, StoreFile.writtenByAnalyze(path) else {
                let what = k == S_IFDIR ? "a directory" : k == S_IFREG ? "a file (a store built by `ingest`, or not a store) that `analyze` did not write" : "not a regular file"
                return [.store(path: path, message: "not replaced: it is \(what); move it away or choose another output folder")]
            }
        }
        for s in sidecars {
            if let k = StoreFile.kind(s), k != S_IFREG {
                return [.store(path: path, message: "not replaced: \(s) is not a regular file; move it away or choose another output folder")]
            }
        }
        let dir = (path as NSString).deletingLastPathComponent
        let temp = (dir.isEmpty ? "" : dir + "/") + ".\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let fm = FileManager.default
        func removeTemp() { for s in ["", "-wal", "-shm", ".lock"] { try? fm.removeItem(atPath: temp + s) } }
        removeTemp()
        defer { removeTemp() }
        do {
            let store = try Store(path: temp)
            store.pipelineVersion = pipeline
            try store.db.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(StoreFile.analyzeApplicationId)") }
            let failed = try store.save(c)
            try store.close()
            guard failed.isEmpty else {
                let first = failed[0].errorDescription ?? "\(failed[0])"
                return [.store(path: path, message: "not written: \(failed.count) of \(c.documents.count) articles could not be stored (\(first))")]
            }
        } catch {
            return [.store(path: path, message: "not written: \(StoreFile.describe(error))")]
        }
        // the old store's journals (regular files, checked above) would be read as the new one's
        for s in sidecars where StoreFile.kind(s) != nil { try? fm.removeItem(atPath: s) }
        guard rename(temp, path) == 0 else {
            return [.store(path: path, message: "not written: \(String(cString: strerror(errno)))")]
        }
        return []
    }
}
