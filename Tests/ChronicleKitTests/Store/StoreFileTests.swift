import Foundation
import Testing
@testable import ChronicleKit

/// Stores that are not ours, read-only, or not files at all; a store's file holding everything
/// once written; `analyze` replacing only its own store (issue 15: 6, 7, 14, 17).
@Suite struct StoreFileTests {
    static func tempDir() -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-storefile-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    static func files(_ dir: URL) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() }

    /// The error an open throws, as text ("" when none).
    static func failure(_ open: () throws -> Store) -> String {
        do {
            _ = try open()
            return ""
        } catch {
            return (error as? ChronicleError)?.errorDescription ?? "\(error)"
        }
    }

    /// A store written and closed: the file alone, no journal or lock next to it.
    static func closedStore(_ dir: URL) throws -> String {
        let path = dir.appendingPathComponent("s.sqlite").path
        let store = try Store(path: path)
        try store.save(Support.seedChronology())
        try store.close()
        try? FileManager.default.removeItem(atPath: path + ".lock")
        return path
    }

    @Test func readingWritesNothingToTheStoreNorNextToIt() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.closedStore(dir)
        #expect(Self.files(dir) == ["s.sqlite"])
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let store = try Store(readingAt: path)
        #expect(!store.writable)
        let q = Chronicler(store: store)
        #expect(try q.said().count == Support.seedChronology().statements.count)
        #expect(!(try q.search("Crimea")).isEmpty)
        #expect(try store.load().documents.count == 2)
        try store.close()
        // no lock, no -wal, no -shm; the same bytes
        #expect(Self.files(dir) == ["s.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func whatIsNotAStoreIsRefusedAndLeftAlone() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        // a directory, for reading and for writing
        let folder = dir.appendingPathComponent("folder.sqlite").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(Self.failure { try Store(readingAt: folder) }.contains("is a directory"))
        #expect(Self.failure { try Store(path: folder) }.contains("is a directory"))
        // a device and a FIFO: refused, nothing created next to them
        #expect(Self.failure { try Store(path: "/dev/null") }.contains("not a regular file"))
        #expect(Self.failure { try Store(readingAt: "/dev/null") }.contains("not a regular file"))
        let fifo = dir.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(Self.failure { try Store(path: fifo) }.contains("not a regular file"))
        // a text file
        let text = dir.appendingPathComponent("notes.sqlite").path
        try "my notes\n".write(toFile: text, atomically: true, encoding: .utf8)
        #expect(Self.failure { try Store(path: text) }.contains("not a Chronicle store"))
        #expect(Self.failure { try Store(readingAt: text) }.contains("not a Chronicle store"))
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "my notes\n")
        // an empty file is no store to read (it stays empty); to write, it becomes one
        let empty = dir.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(Self.failure { try Store(readingAt: empty) }.contains("empty"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
        // someone else's SQLite database
        let other = dir.appendingPathComponent("other.sqlite").path
        let raw = try GRDBTestSupport.open(other)
        try raw.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices (amount) VALUES (12.5)")
        raw.close()
        let otherBytes = try Data(contentsOf: URL(fileURLWithPath: other))
        #expect(Self.failure { try Store(path: other) }.contains("not a Chronicle store"))
        #expect(Self.failure { try Store(readingAt: other) }.contains("not a Chronicle store"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == otherBytes)
        // a store killed after the migrator made its (empty) bookkeeping table, before the first
        // migration committed: a new store to write; someone else's migrations: not ours
        let half = dir.appendingPathComponent("half.sqlite").path
        let h = try GRDBTestSupport.open(half)
        try h.exec("CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        h.close()
        #expect(Self.failure { try Store(path: half) } == "")
        #expect(try Store(readingAt: half).documentIds().isEmpty)
        let foreign = dir.appendingPathComponent("foreign.sqlite").path
        let f = try GRDBTestSupport.open(foreign)
        try f.exec("CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('createInvoices')")
        f.close()
        #expect(Self.failure { try Store(path: foreign) }.contains("not a Chronicle store"))
        for s in ["half.sqlite", "half.sqlite-wal", "half.sqlite-shm", "half.sqlite.lock", "foreign.sqlite", "foreign.sqlite.lock"] { try? FileManager.default.removeItem(at: dir.appendingPathComponent(s)) }
        // a missing file is no store to read, and none is created
        let missing = dir.appendingPathComponent("missing.sqlite").path
        #expect(Self.failure { try Store(readingAt: missing) }.contains("no such file"))
        #expect(Self.files(dir) == ["empty.sqlite", "fifo", "folder.sqlite", "notes.sqlite", "other.sqlite"])
        #expect(Self.failure { try Store(path: empty) } == "")
    }

    @Test func aStoreOfANewerChronicleIsNeitherWrittenNorRead() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.closedStore(dir)
        let raw = try GRDBTestSupport.open(path)
        try raw.exec("INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        raw.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let write = Self.failure { try Store(path: path) }
        #expect(write.contains("newer Chronicle") && write.contains("v99-from-the-future"))
        #expect(Self.failure { try Store(readingAt: path) }.contains("newer Chronicle"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func anOlderStoreIsUpgradedWhenReadAndThenReadOnly() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        try Store.createLegacy(path: path, upTo: "v2-dates-and-search")
        let store = try Store(readingAt: path)
        #expect(try store.appliedMigrations() == Store.migrator.migrations)
        #expect(try Chronicler(store: store).said().isEmpty)
    }

    /// After an ingest, the store file alone (copied without its -wal, the store still open)
    /// holds every article.
    @Test func ingestLeavesEverythingInTheStoreFile() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let articles = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for k in 0..<12 {
            try "Title \(k)\n\n\"We will act on point \(k),\" Foreign Minister John Smith said on Monday.\n"
                .write(to: articles.appendingPathComponent("a\(k).txt"), atomically: true, encoding: .utf8)
        }
        let path = dir.appendingPathComponent("s.sqlite").path
        let store = try Store(path: path)
        var ingestor = Ingestor(pipeline: Support.pipeline, store: store)
        ingestor.batchSize = 5
        let s = ingestor.ingest(inputs: [articles.path], date: "2021-02-15")
        #expect(s.added == 12 && s.problems.isEmpty)
        let copy = dir.appendingPathComponent("copy.sqlite").path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try Store(readingAt: copy).documentIds().count == 12)
        try store.close()
        #expect(((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0) == 0)
    }

    // MARK: analyze's own store

    static func analyze(_ out: URL) throws -> Analyzer.Report {
        try Analyzer(pipeline: Support.pipeline).run(inputs: [Support.seedDir], outDir: out.path)
    }

    static func storeProblems(_ r: Analyzer.Report) -> [String] {
        r.problems.map { $0.errorDescription ?? "" }.filter { $0.contains("chronicle.sqlite") }
    }

    @Test func analyzeReplacesItsOwnStoreAndNothingElse() throws {
        let out = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: out) }
        let storePath = out.appendingPathComponent("chronicle.sqlite").path
        // its own store, replaced by the next run (and no journal, lock or temporary file left)
        #expect(try Self.analyze(out).problems.isEmpty)
        #expect(try Self.analyze(out).problems.isEmpty)
        #expect(try Store(readingAt: storePath).documentIds().count == 2)
        #expect(!Self.files(out).contains { $0.hasPrefix(".") || $0.hasSuffix("-wal") || $0.hasSuffix(".lock") })

        // a store built by ingest: refused, kept as it was; the other files are still written
        try FileManager.default.removeItem(atPath: storePath)
        let ingested = try Store(path: storePath)
        _ = Ingestor(pipeline: Support.pipeline, store: ingested).ingest(inputs: [Support.seedDir + "/000_4ac7836bcd041fca.txt"])
        try ingested.close()
        try FileManager.default.removeItem(atPath: out.appendingPathComponent("report.md").path)
        let refused = try Self.analyze(out)
        #expect(Self.storeProblems(refused).count == 1)
        #expect(Self.storeProblems(refused).first?.contains("not replaced") == true)
        #expect(try Store(readingAt: storePath).documentIds() == ["000_4ac7836bcd041fca.txt"])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.md").path))
        #expect(!refused.written.contains(storePath))
    }

    @Test func analyzeLeavesADirectoryInTheStoresPlace() throws {
        for name in ["chronicle.sqlite", "chronicle.sqlite-wal", "chronicle.sqlite-shm"] {
            let out = Self.tempDir()
            defer { try? FileManager.default.removeItem(at: out) }
            let nested = out.appendingPathComponent(name).appendingPathComponent("mine.txt")
            try FileManager.default.createDirectory(at: nested.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "keep me".write(to: nested, atomically: true, encoding: .utf8)
            let r = try Self.analyze(out)
            #expect(Self.storeProblems(r).count == 1, "\(name)")
            #expect(try String(contentsOf: nested, encoding: .utf8) == "keep me")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("chronicle.json").path))
        }
    }

    /// A store that cannot be written whole is not installed, and says how much was lost.
    @Test func aStoreThatCannotBeWrittenWholeIsNotInstalled() throws {
        let out = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("chronicle.sqlite").path
        var c = Support.seedChronology()
        #expect(Store.replace(at: path, with: c, pipeline: "p").isEmpty)
        let k = try #require(c.statements.firstIndex { $0.doc == "000_4ac7836bcd041fca.txt" })
        c.statements[k].speaker = "nobody-stored-this-actor"
        c.documents.append(DocumentRecord(id: "new.txt", title: nil, date: nil, source: nil, text: "x", notBody: []))
        let problems = Store.replace(at: path, with: c, pipeline: "p").map { $0.errorDescription ?? "" }
        #expect(problems.count == 1)
        #expect(problems.first?.contains("1 of 3 articles could not be stored") == true)
        // the store before is whole
        #expect(try Store(readingAt: path).documentIds().count == 2)
        #expect(Self.files(out) == ["chronicle.sqlite"])
    }

    /// `exclusively` holds the store's lock file while its body runs (another process's
    /// `exclusively`, or a store being created, waits), and lets it go after.
    @Test func exclusivelyHoldsTheStoresLockFile() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("s.sqlite").path
        let store = try Store(path: path)
        defer { try? store.close() }
        // another open file description of the lock file: flock on it conflicts as a process would
        func lockIsFree() -> Bool {
            let fd = open(path + ".lock", O_RDWR)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return false }
            flock(fd, LOCK_UN)
            return true
        }
        #expect(lockIsFree())
        let inside = store.exclusively { lockIsFree() }
        #expect(!inside)
        #expect(lockIsFree())
    }
}
