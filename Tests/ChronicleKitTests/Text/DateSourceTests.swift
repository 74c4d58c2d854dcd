import Foundation
import Testing
@testable import ChronicleKit

/// Where the article date came from, kept in chronicle.json and the store; bad records
/// counted apart from unreadable files in the run's summary (issue 16).
@Suite struct DateSourceTests {
    static func analysis(_ text: String, source: ArticleDate.Source?, detail: String? = nil, date: String? = "2021-03-04") throws -> Chronology {
        var a = Inputs.Article(path: "/x/page.html", id: "page.html", text: text, date: date)
        a.dateSource = source
        a.dateDetail = detail
        let r = try Pipeline().analyze(a)
        return Chronology(corpus: EventGraphBuilder().build([r], jobs: 1))
    }

    @Test func pageDateSourceReachesChronicleJSONAndTheStore() throws {
        let c = try Self.analysis("Port closes\n\nThe port authority closed the harbour on Monday, officials said.", source: .page, detail: "json-ld")
        #expect(c.documents.first?.dateSource == "page:json-ld")
        let json = ChronicleJSONWriter().write(c)
        #expect(json.contains("\"date_source\": \"page:json-ld\""), "\(json.prefix(400))")
        // read back from chronicle.json
        let back = try ChronicleJSONReader().read(data: Data(json.utf8), path: "chronicle.json")
        #expect(back.documents.first?.dateSource == "page:json-ld")
        // saved in and loaded from the store
        let path = NSTemporaryDirectory() + "chronicle-datesource-\(UUID().uuidString).sqlite"
        defer { for s in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let store = try Store(path: path)
        #expect(try store.appliedMigrations().contains("v6-document-date-source"))
        _ = try store.save(c)
        #expect(try store.load().documents.first?.dateSource == "page:json-ld")
        #expect(try store.rows("SELECT date_source FROM document").first?["date_source"] == .some("page:json-ld"))
        try store.close()
    }

    @Test func textSourcesAndUndatedArticles() throws {
        let dated = try Self.analysis("Title\n\nThe minister said the talks would go on.", source: .dateline, date: "2021-03-04")
        #expect(dated.documents.first?.dateSource == "dateline")
        let header = try Pipeline().analyze(ArticleReader().textArticle("date 2021-03-04\nTitle\n\nIt rained.", path: "/x/a.txt", id: "a.txt", given: nil))
        #expect(header.document.date == "2021-03-04")
        #expect(header.document.dateSource == "header")
        let given = try Pipeline().analyze(ArticleReader().textArticle("Title\n\nIt rained.", path: "/x/b.txt", id: "b.txt", given: "2021-05-06"))
        #expect(given.document.dateSource == "argument")
        let undated = try Self.analysis("Title\n\nIt rained.", source: nil, date: nil)
        #expect(undated.documents.first?.dateSource == nil)
        #expect(ChronicleJSONWriter().write(undated).contains("\"date_source\": null"))
    }

    @Test func badRecordsAreNotUnreadableFiles() throws {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("chronicle-records-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let jsonl = dir.appendingPathComponent("dump.jsonl")
        try Data("{\"id\": \"r1\", \"text\": \"The council met on Monday.\"}\n{broken\n{\"id\": \"r3\", \"title\": \"No text\"}\n".utf8).write(to: jsonl)
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        var problems: [ChronicleError] = []
        var ids: [String] = []
        let bad = Inputs.forEachArticle([jsonl.path, empty.path], date: nil, problem: { problems.append($0) }) { ids.append($0.id) }
        #expect(ids == ["dump.jsonl#r1"])
        #expect(problems.count == 3)
        #expect(bad == 2)
        var notes = Inputs.Notes()
        notes.analyzed = ids.count
        notes.badRecords = bad
        notes.failed = problems.count - bad
        #expect(notes.summary == "1 analyzed, 1 skipped (1 unreadable), 2 bad records skipped, 0 undated, 0 non-English")
        notes.badRecords = 1
        notes.failed = 0
        #expect(notes.summary == "1 analyzed, 0 skipped, 1 bad record skipped, 0 undated, 0 non-English")
    }
}
