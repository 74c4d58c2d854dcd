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
