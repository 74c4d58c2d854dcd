import Foundation
import Testing
@testable import ChronicleKit

/// The store's events do not depend on how ingest batched the articles: the same articles
/// ingested in batches of 1, 4 and all at once, and in a run stopped part-way then resumed,
/// store the same events, merged across articles the same way, with the same mentions
/// (issue 15: 13).
@Suite struct IngestBatchTests {
    /// 30 articles in id order reporting a few events again and again (talks, an agreement, a
    /// call, a visit) between six people, on a few days: many events of several articles.
    static func corpus() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-batches-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let people = ["Foreign Minister John Smith", "Chancellor Jane Doe", "President Joe Biden", "Prime Minister Anna Berg",
                      "Senator Paul Grant", "Minister Olga Petrenko"]
        let days = ["Monday", "Tuesday", "Wednesday"]
        for k in 0..<30 {
            let a = people[k % 6], b = people[(k / 6 + k + 1) % 6], day = days[k % 3]
            let text = """
                date 2021-02-\(String(format: "%02d", 15 + k % 4)) Report \(k)

                \(a) and \(b) held talks in Berlin on \(day).
                The leaders signed the Berlin Agreement on \(day), \(a) said.
                \(b) called on Russia to release the prisoners.
                \(people[(k + 3) % 6]) visited Kyiv on \(days[(k + 1) % 3]).

                """
            try text.write(to: dir.appendingPathComponent(String(format: "r%02d.txt", k)), atomically: true, encoding: .utf8)
        }
        return dir
    }

    static func ingest(_ runs: [[String]], batchSize: Int) throws -> Store {
        let store = try Store()
        var ingestor = Ingestor(pipeline: Support.pipeline, store: store)
        ingestor.batchSize = batchSize
        for inputs in runs {
            let s = ingestor.ingest(inputs: inputs)
            #expect(s.problems.isEmpty, "\(s.problems.prefix(2))")
        }
        return store
    }

    /// The events as text: id, kind, document, span, date, actors, roles and every mention.
    static func events(_ store: Store) throws -> [String] {
        try store.load().events.map { e in
            "\(e.id) \(e.kind) \(e.doc) \(e.span) \(e.date ?? "-") [\(e.actors.sorted().joined(separator: ","))] \(e.roles.sorted { $0.key < $1.key }) "
                + e.mentions.map { "\($0.doc)\($0.span)" }.sorted().joined(separator: " ")
        }.sorted()
    }

    @Test func eventsDoNotDependOnTheBatchSizeNorOnAResumedRun() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = Inputs.expand([dir.path]).files
        let wholeStore = try Self.ingest([[dir.path]], batchSize: 10_000)
        let whole = try Self.events(wholeStore)
        // many events are reported by several articles: the comparison is of merges
        let merged = try wholeStore.rows("SELECT count(*) AS n FROM event e WHERE (SELECT count(DISTINCT doc) FROM event_mention m WHERE m.event_id = e.id) > 1")
        let n: String? = merged.first?["n"] ?? nil
        #expect((n.flatMap { Int($0) } ?? 0) >= 3, "\(merged)")
        for size in [1, 4] {
            let batched = try Self.events(Self.ingest([[dir.path]], batchSize: size))
            #expect(batched.count == whole.count, "batch size \(size): \(batched.count) events, not \(whole.count)")
            #expect(batched == whole, "batch size \(size): \(Set(batched).symmetricDifference(whole).sorted().prefix(4))")
        }
        // stopped after 13 articles (what was committed stays), then run again over all
        let resumed = try Self.events(Self.ingest([Array(files.prefix(13)), [dir.path]], batchSize: 4))
        #expect(resumed == whole, "\(Set(resumed).symmetricDifference(whole).sorted().prefix(4))")
    }

    /// An article ingested again after a change replaces its mentions of other articles' events.
    @Test func aChangedArticleLeavesNoMentionsBehind() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "date 2021-02-15 Talks\n\nForeign Minister John Smith and Chancellor Jane Doe held talks in Berlin on Monday.\n"
        for name in ["a.txt", "b.txt"] { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let store = try Self.ingest([[dir.path]], batchSize: 1)
        let before = try store.counts()
        // b's talks joined a's
        #expect(before["event_mention"] == (before["event"] ?? 0) + 1, "\(before)")
        try (text + "\nThe weather was cold.\n").write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        var ingestor = Ingestor(pipeline: Support.pipeline, store: store)
        ingestor.batchSize = 1
        #expect(ingestor.ingest(inputs: [dir.path]).replaced == 1)
        #expect(try store.counts()["event_mention"] == before["event_mention"])
        #expect(try store.counts()["event"] == before["event"])
    }
}

/// `ingest` reports what a limit cut, naming the article, as `analyze` does.
@Suite struct IngestWarningTests {
    @Test func limitWarningsComeBackInTheSummary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-ingest-warn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try ("Title\n\n" + String(repeating: "Smith said on Monday that the talks failed, ", count: 40) + "\n")
            .write(to: dir.appendingPathComponent("runon.txt"), atomically: true, encoding: .utf8)
        try "Title\n\nSmith said on Monday that the talks failed.\n".write(to: dir.appendingPathComponent("short.txt"), atomically: true, encoding: .utf8)
        var ingestor = Ingestor(pipeline: try Pipeline(limits: Limits(maxSentenceTokens: 50)), store: try Store())
        ingestor.batchSize = 1
        let s = ingestor.ingest(inputs: [dir.path])
        #expect(s.problems.isEmpty && s.added == 2)
        #expect(s.warnings.count == 1, "\(s.warnings)")
        #expect(s.warnings.first?.hasPrefix("runon.txt: 1 sentence longer than 50 tokens") == true, "\(s.warnings)")
        // without the limit lowered, nothing to report
        let plain = Ingestor(pipeline: Support.pipeline, store: try Store()).ingest(inputs: [dir.path])
        #expect(plain.warnings.isEmpty, "\(plain.warnings)")
    }

    /// What another ingest stored after this one read a batch is left as stored: the articles the
    /// store holds with the same text and pipeline, not one with another text, nor one another
    /// pipeline analysed, nor one not stored.
    @Test func articlesStoredMeanwhileAreLeftAsStored() throws {
        let dir = try IngestBatchTests.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = Inputs.expand([dir.path]).files
        let store = try Store()
        _ = Ingestor(pipeline: Support.pipeline, store: store).ingest(inputs: Array(files.prefix(2)))
        let stored = try store.rows("SELECT id, text FROM document ORDER BY id").map { ($0["id"]!!, $0["text"]!!) }
        #expect(stored.count == 2)
        let articles = [
            Inputs.Article(path: files[0], id: stored[0].0, text: stored[0].1, date: nil),
            Inputs.Article(path: files[1], id: stored[1].0, text: stored[1].1 + "The talks ended.\n", date: nil),
            Inputs.Article(path: files[2], id: stored[1].0 + "-new", text: stored[0].1, date: nil),
        ]
        let fingerprint = Support.pipeline.book.fingerprint
        #expect(Ingestor.storedMeanwhile(articles, store: store, fingerprint: fingerprint) == [stored[0].0])
        #expect(Ingestor.storedMeanwhile(articles, store: store, fingerprint: fingerprint + "-other").isEmpty)
    }
}
