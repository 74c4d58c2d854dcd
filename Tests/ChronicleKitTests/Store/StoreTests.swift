import Foundation
import Testing
@testable import ChronicleKit

@Suite struct StoreTests {
    @Test func savesEveryFactWithProvenanceAndReplacesOnResave() throws {
        let store = try Store()
        let c = Support.seedChronology()
        #expect(try store.save(c).isEmpty)
        let n = try store.counts()
        #expect(n["document"] == 2)
        #expect(n["statement"] == c.statements.count)
        #expect(n["time"] == c.times.count)
        #expect(n["event"] == c.events.count)
        #expect((n["mention"] ?? 0) > 30)
        // provenance: the stored text of each statement is the document text at its span
        let rows = try store.rows("SELECT s.start, s.\"end\", s.text, d.text AS doc, s.rule, s.sentence FROM statement s JOIN document d ON d.id = s.doc")
        for r in rows {
            let doc = Array((r["doc"]!!).unicodeScalars)
            let span = String(String.UnicodeScalarView(doc[Int(r["start"]!!)!..<Int(r["end"]!!)!]))
            #expect(span == r["text"]!!)
            #expect(r["rule"]!!.hasPrefix("statement."))
            #expect(r["sentence"]!!.contains(span))
        }
        // saving again replaces, never duplicates
        try store.save(c)
        #expect(try store.counts() == n)
        // loading gives back what was saved
        #expect(try store.load() == c)
        // who said what: speakers join actors
        let kuleba = try store.rows("SELECT count(*) AS n FROM statement s JOIN actor a ON a.id = s.speaker_id WHERE a.name = 'Dmytro Kuleba'")
        #expect(kuleba.first?["n"] == "5")
    }

    @Test func linkedActorIdsMatchTheLinkTables() throws {
        let store = try Store()
        try store.save(Support.seedChronology())
        // the ids kept with each statement and event are those of its rows in the link tables
        let statements = try store.rows("""
            SELECT count(*) AS n FROM statement s WHERE coalesce(s.about_ids, '') !=
                coalesce((SELECT group_concat(actor_id, char(31)) FROM (SELECT actor_id FROM statement_about WHERE statement_id = s.id ORDER BY rowid)), '')
            """)
        let events = try store.rows("""
            SELECT count(*) AS n FROM event e WHERE coalesce(e.actor_ids, '') !=
                coalesce((SELECT group_concat(actor_id, char(31)) FROM (SELECT actor_id FROM event_actor WHERE event_id = e.id ORDER BY rowid)), '')
            """)
        #expect(statements.first?["n"] == "0")
        #expect(events.first?["n"] == "0")
        #expect(try store.rows("SELECT count(*) AS n FROM statement WHERE about_ids IS NOT NULL").first?["n"] != "0")
    }

    @Test func fileStoreIsCreatedAndMigrated() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-store-\(getpid()).sqlite").path
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        _ = try Store(path: path)
        let again = try Store(path: path)
        #expect(try again.counts()["document"] == 0)
    }

    @Test func contentHashIsStable() {
        #expect(ContentHash.of("abc") == ContentHash.of("abc"))
        #expect(ContentHash.of("abc") != ContentHash.of("abd"))
        #expect(ContentHash.of("").count == 16)
    }
}

@Suite struct StoreBatchTests {
    /// The search index follows replacements: no duplicate and no stale hit after saving again.
    @Test func searchIndexFollowsReplacement() throws {
        let store = try Store()
        let c = Support.seedChronology()
        try store.save(c)
        let q = Chronicler(store: store)
        let first = try q.search("Crimea").map(\.id)
        #expect(!first.isEmpty)
        try store.save(c)
        try store.save(c, perCommit: 1)
        #expect(try q.search("Crimea").map(\.id) == first)
        // a changed document: its old statements leave the index
        var changed = c
        changed.statements.removeAll { $0.doc == "000_4ac7836bcd041fca.txt" }
        try store.save(changed)
        let after = try q.search("Crimea")
        #expect(!after.isEmpty && after.allSatisfy { $0.doc != "000_4ac7836bcd041fca.txt" })
    }

    /// A document that cannot be stored rolls back alone; the others of its commit are stored,
    /// with their search index, and nothing of the failed one is left.
    @Test func aFailingDocumentRollsBackAlone() throws {
        let store = try Store()
        var c = Support.seedChronology()
        let bad = "004_960878f8a4acc796.txt"
        let s = try #require(c.statements.first { $0.doc == bad })
        c.statements.append(s)  // the same statement id twice: a primary-key violation
        let problems = try store.save(c)
        #expect(problems.count == 1)
        #expect(problems.first.map { "\($0)".contains(bad) } == true)
        #expect(try store.documentIds() == ["000_4ac7836bcd041fca.txt"])
        #expect(try store.rows("SELECT count(*) AS n FROM statement WHERE doc = ?", [bad]).first?["n"] == "0")
        #expect(try store.rows("SELECT count(*) AS n FROM mention WHERE doc = ?", [bad]).first?["n"] == "0")
        let hits = try Chronicler(store: store).search("Crimea")
        #expect(!hits.isEmpty && hits.allSatisfy { $0.doc != bad })
    }

    /// A document that refers to an actor nobody stored (a foreign-key violation) rolls back
    /// alone too, with a commit of several documents, and a document stored before is replaced.
    @Test func aDocumentWithAnUnknownSpeakerRollsBackAlone() throws {
        let store = try Store()
        let c = Support.seedChronology()
        try store.save(c)
        let before = try store.counts()
        var changed = c
        let bad = "000_4ac7836bcd041fca.txt"
        let k = try #require(changed.statements.firstIndex { $0.doc == bad })
        changed.statements[k].speaker = "nobody-stored-this-actor"
        let problems = try store.save(changed)
        #expect(problems.count == 1)
        #expect(problems.first.map { "\($0)".contains(bad) } == true)
        // the bad document's new version is not stored, its old one stays; the other is stored again
        #expect(try store.documentIds() == c.documents.map(\.id).sorted())
        #expect(try store.counts() == before)
        #expect(try store.load() == c)
    }
}
