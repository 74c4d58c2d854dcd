import Foundation
import Testing
import GRDB
@testable import ChronicleKit

@Suite struct StoreUpgradeTests {
    static func tempPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-\(name)-\(UUID().uuidString).sqlite").path
    }

    @Test func opensAStoreMadeByTheFirstSchema() throws {
        let path = Self.tempPath("v1")
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        try Store.createLegacy(path: path, upTo: "v1-core")
        // rows as the first schema wrote them
        let raw = try GRDBTestSupport.open(path)
        try raw.exec("INSERT INTO document (id, text, content_hash, pipeline) VALUES ('a.txt', 'Smith said it rained.', 'x', 'old')")
        try raw.exec("INSERT INTO actor (id, name, kind) VALUES ('john-smith', 'John Smith', 'person')")
        try raw.exec("INSERT INTO statement (id, doc, start, \"end\", text, direct, speaker_id, date, sentence, rule) VALUES ('a:s-11-20', 'a.txt', 11, 20, 'it rained', 0, 'john-smith', '2021-02', 'Smith said it rained.', 'statement.reported.bare')")
        raw.close()
        let store = try Store(path: path)
        #expect(try store.appliedMigrations() == ["v1-core", "v2-dates-and-search", "v3-bulk-search-and-actor-indexes", "v4-linked-actor-ids", "v5-event-typing", "review-decisions", "search-porter", "v6-document-date-source"])
        let q = Chronicler(store: store)
        #expect(try q.said(from: "2021-02-10", to: "2021-02-11").count == 1)
        #expect(try q.search("rained").count == 1)
        #expect(try store.stale(current: "new").map(\.id) == ["a.txt"])
    }

    /// Search finds the forms of a word (FTS5's porter stemmer), in a new store and in one made
    /// before the stemmer, whose index the upgrade makes anew.
    @Test func searchFindsTheFormsOfAWordAfterTheUpgrade() throws {
        let path = Self.tempPath("porter")
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        try Store.createLegacy(path: path, upTo: "review-decisions")
        let raw = try GRDBTestSupport.open(path)
        try raw.exec("INSERT INTO document (id, text, content_hash, pipeline) VALUES ('a.txt', 'Smith said the well was poisoned.', 'x', 'old')")
        try raw.exec("INSERT INTO statement (id, doc, start, \"end\", text, direct, speaker_id, rule) VALUES ('a:s-11-32', 'a.txt', 11, 32, 'the well was poisoned', 0, NULL, 'r')")
        try raw.exec("INSERT INTO statement_fts(rowid, text, sentence) SELECT rowid, text, '' FROM statement")
        // the old index: the word as written only
        #expect(try raw.count("SELECT count(*) FROM statement_fts WHERE statement_fts MATCH 'poison'") == 0)
        raw.close()
        let store = try Store(path: path)
        let q = Chronicler(store: store)
        for word in ["poison", "poisons", "poisoning", "Poisoned"] { #expect(try q.search(word).map(\.id) == ["a:s-11-32"], "\(word)") }
        #expect(try q.search("poise").isEmpty)
        // a new store, and a statement written after the upgrade
        let fresh = try Store()
        var c = Support.seedChronology()
        c.statements[0].text = "the reservoirs were poisoned"
        try fresh.save(c)
        #expect(try Chronicler(store: fresh).search("poison").map(\.id) == [c.statements[0].id])
        try store.save(c)
        #expect(try Set(q.search("poison").map(\.id)) == ["a:s-11-32", c.statements[0].id])
    }

    @Test func linkedActorIdsAreFilledFromTheLinkTables() throws {
        let path = Self.tempPath("v3")
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        try Store.createLegacy(path: path, upTo: "v3-bulk-search-and-actor-indexes")
        // a statement about two actors and one about none, an event with one actor, as the third schema wrote them
        let raw = try GRDBTestSupport.open(path)
        try raw.exec("INSERT INTO document (id, text, content_hash, pipeline) VALUES ('a.txt', 'Smith said Doe and Roe met.', 'x', 'old')")
        try raw.exec("INSERT INTO actor (id, name, kind) VALUES ('john-smith', 'John Smith', 'person'), ('jane-doe', 'Jane Doe', 'person'), ('rita-roe', 'Rita Roe', 'person')")
        try raw.exec("INSERT INTO statement (id, doc, start, \"end\", text, direct, speaker_id, rule) VALUES ('a:s-11-26', 'a.txt', 11, 26, 'Doe and Roe met', 0, 'john-smith', 'r'), ('a:s-0-5', 'a.txt', 0, 5, 'Smith', 0, NULL, 'r')")
        try raw.exec("INSERT INTO statement_about (statement_id, actor_id) VALUES ('a:s-11-26', 'rita-roe'), ('a:s-11-26', 'jane-doe')")
        try raw.exec("INSERT INTO event (id, doc, kind, start, \"end\", text, rule) VALUES ('a:e-11-26', 'a.txt', 'meeting', 11, 26, 'Doe and Roe met', 'e')")
        try raw.exec("INSERT INTO event_actor (event_id, actor_id, role) VALUES ('a:e-11-26', 'jane-doe', NULL)")
        raw.close()
        let store = try Store(path: path)
        let q = Chronicler(store: store)
        #expect(try q.said().map(\.actors) == [[], ["Jane Doe", "Rita Roe"]])
        #expect(try q.said(about: "Roe").map(\.speaker) == ["John Smith"])
        #expect(try q.events().map(\.actors) == [["Jane Doe"]])
    }

    @Test func ingestIsIncrementalAndReplacesChangedArticles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("s.sqlite").path
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        try "Title\n\nForeign Minister John Smith said that talks failed.".write(to: a, atomically: true, encoding: .utf8)
        try "Title\n\n\"We will win,\" said President Jane Doe.".write(to: b, atomically: true, encoding: .utf8)
        let store = try Store(path: path)
        let ingestor = Ingestor(pipeline: Support.pipeline, store: store)
        let first = ingestor.ingest(inputs: [dir.path], date: "2021-02-15")
        #expect((first.added, first.replaced, first.unchanged) == (2, 0, 0))
        let again = ingestor.ingest(inputs: [dir.path], date: "2021-02-15")
        #expect((again.added, again.replaced, again.unchanged) == (0, 0, 2))
        try "Title\n\nForeign Minister John Smith said that talks resumed.".write(to: a, atomically: true, encoding: .utf8)
        let changed = ingestor.ingest(inputs: [dir.path], date: "2021-02-15")
        #expect((changed.added, changed.replaced, changed.unchanged) == (0, 1, 1))
        let said = try Chronicler(store: store).said(by: "Smith")
        #expect(said.map(\.text) == ["talks resumed"])
        #expect(try ingestor.store.counts()["document"] == 2)
        // a new pipeline fingerprint makes every article stale, and reanalyze brings them up to date
        #expect(try ingestor.store.stale(current: Support.pipeline.book.fingerprint).isEmpty)
    }
}

/// Raw SQLite access for writing rows in an old schema.
enum GRDBTestSupport {
    final class Raw {
        let q: GRDB.DatabaseQueue
        init(_ q: GRDB.DatabaseQueue) { self.q = q }
        func exec(_ sql: String) throws { try q.write { try $0.execute(sql: sql) } }
        func count(_ sql: String) throws -> Int { try q.read { try Int.fetchOne($0, sql: sql) ?? 0 } }
        func close() { try? q.close() }
    }
    static func open(_ path: String) throws -> Raw { Raw(try GRDB.DatabaseQueue(path: path)) }
}

/// A store whose writer was killed in a rollback-journal write (a hot journal beside it) opens:
/// the read-only check of its schema may not roll the journal back (SQLITE_READONLY_ROLLBACK),
/// so the store does it and keeps what was committed.
@Suite struct HotJournalTests {
    @Test func aStoreLeftWithAHotJournalOpensWithItsCommittedFacts() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-hot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.sqlite").path, copy = dir.appendingPathComponent("b.sqlite").path
        do {
            let store = try Store(path: path)
            try store.save(Support.seedChronology())
            try store.close()
        }
        // the same store in rollback-journal mode, in the middle of a write whose pages spilled
        // into the file: a copy of the file and its journal is a store whose writer died there
        let raw = try DatabaseQueue(path: path)
        try raw.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
            try db.execute(sql: "PRAGMA cache_size = 2")
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "DELETE FROM statement")
            for k in 0..<400 { try db.execute(sql: "INSERT INTO actor (id, name, kind) VALUES (?, ?, 'person')", arguments: ["x\(k)", String(repeating: "x", count: 400)]) }
            #expect(FileManager.default.fileExists(atPath: path + "-journal"))
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            try FileManager.default.copyItem(atPath: path + "-journal", toPath: copy + "-journal")
            try db.execute(sql: "ROLLBACK")
        }
        try raw.close()
        // the copy's journal is hot: a read-only connection cannot read it
        var readOnly = Configuration()
        readOnly.readonly = true
        #expect(throws: DatabaseError.self) { try DatabaseQueue(path: copy, configuration: readOnly).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM statement") } }
        let store = try Store(path: copy)
        #expect(try store.counts()["document"] == 2)
        #expect(try store.counts()["statement"] == Support.seedChronology().statements.count)
        #expect(try store.rows("SELECT count(*) AS n FROM actor WHERE id = 'x1'").first?["n"] == "0")
    }
}
