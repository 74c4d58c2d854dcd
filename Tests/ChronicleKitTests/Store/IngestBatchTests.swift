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

    /// The events as merges: kind, date, actors, roles and every mention, whichever article
    /// owns each event (and so whatever its id).
    static func merges(_ store: Store) throws -> [String] {
        try store.load().events.map { e in
            "\(e.kind) \(e.date ?? "-") [\(e.actors.sorted().joined(separator: ","))] \(e.roles.sorted { $0.key < $1.key }) "
                + e.mentions.map { "\($0.doc)\($0.span)" }.sorted().joined(separator: " ")
        }.sorted()
    }

    /// An article stored again after a change keeps the mentions other articles gave its events:
    /// each such event passes to the next article that tells it, and the changed article's new
    /// mention joins it again. The store then holds the merges a fresh ingest of the changed
    /// articles makes.
    @Test func aChangedArticlePassesItsEventsToTheArticlesThatTellThemToo() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Self.ingest([[dir.path]], batchSize: 4)
        // the first articles own events that later ones joined
        let owned = try store.rows("SELECT count(*) AS n FROM event e WHERE e.doc IN ('r00.txt', 'r01.txt', 'r02.txt') AND EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = e.id AND m.doc <> e.doc)")
        #expect((owned.first?["n"].flatMap { $0 }.flatMap { Int($0) } ?? 0) >= 2, "\(owned)")
        let before = try store.counts()
        // three of them change: a sentence before the others moves every span
        for k in 0..<3 {
            let url = dir.appendingPathComponent(String(format: "r%02d.txt", k))
            let text = try String(contentsOf: url, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let changed = ([lines[0], "", "The weather in Berlin was cold."] + lines.dropFirst()).joined(separator: "\n")
            try changed.write(to: url, atomically: true, encoding: .utf8)
        }
        var ingestor = Ingestor(pipeline: Support.pipeline, store: store)
        ingestor.batchSize = 2
        let summary = ingestor.ingest(inputs: [dir.path])
        #expect(summary.replaced == 3 && summary.problems.isEmpty, "\(summary.replaced) \(summary.problems.prefix(2))")
        let after = try store.counts()
        #expect(after["event_mention"] == before["event_mention"], "\(before) → \(after)")
        #expect(after["event"] == before["event"], "\(before) → \(after)")
        #expect(try store.integrityCheck() == "ok")
        // every event's text is the text at its span in the article that owns it now
        let c = try store.load()
        var texts: [String: String] = [:]
        for d in c.documents { texts[d.id] = d.text }
        for e in c.events {
            let scalars = Array(texts[e.doc, default: ""].unicodeScalars)
            #expect(e.span.end <= scalars.count && String(String.UnicodeScalarView(scalars[e.span.start..<e.span.end])) == e.text, "\(e.id) in \(e.doc)")
            #expect(e.mentions.contains { $0.doc == e.doc && $0.span == e.span }, "\(e.id): no mention in \(e.doc)")
            // and its sentence, the one around its span, in that article
            if let sentence = e.sentence, let text = e.sentenceText {
                #expect(sentence.start <= e.span.start && e.span.end <= sentence.end && sentence.end <= scalars.count, "\(e.id) in \(e.doc)")
                #expect(String(String.UnicodeScalarView(scalars[sentence.start..<min(sentence.end, scalars.count)])) == text, "\(e.id) in \(e.doc)")
            }
        }
        let passed = c.events.filter { e in ["r00.txt", "r01.txt", "r02.txt"].allSatisfy { $0 != e.doc } && e.id.hasPrefix("r0") && !e.id.hasPrefix(e.doc.prefix(3) + ":") }
        #expect(!passed.isEmpty && passed.allSatisfy { $0.sentence != nil }, "\(passed.map { "\($0.id) \($0.doc) \($0.sentence.map { "\($0)" } ?? "no sentence")" })")
        let fresh = try Self.merges(Self.ingest([[dir.path]], batchSize: 4))
        let merged = try Self.merges(store)
        #expect(merged == fresh, "\(Set(merged).symmetricDifference(fresh).sorted().prefix(4))")
    }
}

/// An event passes to the next article that tells it (`EventPass`).
@Suite struct EventPassTests {
    static func mention(_ doc: String, _ start: Int) -> MentionRecord {
        MentionRecord(doc: doc, span: Span(start, start + 5), text: "talks", form: "event", rule: "r-\(doc)")
    }

    static func event(owner: String, mentions: [MentionRecord]) -> EventRecord {
        let typing = EventTyping(type: "meet", plover: "CONSULT", cameo: "04", status: .happened, dateSource: .clause, fallbackDate: nil,
                                 arguments: [.init(role: "agent", span: Span(0, 4), text: "John", actor: "john", rule: "subject")],
                                 trigger: "meet.talks.n", main: true, mentionTriggers: [Span(10, 15)])
        return EventRecord(id: "\(owner):e-10-15", kind: "meeting", doc: owner, span: Span(10, 15), text: "talks", name: nil, triggerSpan: Span(10, 15),
                           date: "2021-02-15", actors: ["john"], roles: ["agent": "john"], mentions: mentions, sentence: Span(0, 40),
                           sentenceText: "John held talks.", rule: "meeting.talks", typing: typing)
    }

    @Test func anEventGoesToTheFirstArticleLeftThatTellsIt() {
        let e = Self.event(owner: "a", mentions: [Self.mention("a", 10), Self.mention("c", 30), Self.mention("b", 50), Self.mention("c", 7)])
        let passes = EventPass.passes([e], replaced: ["a", "b"])
        #expect(passes.count == 1)
        guard let p = passes.first else { return }
        #expect(p.from == "a")
        #expect(p.event.id == e.id && p.event.date == e.date && p.event.actors == e.actors && p.event.roles == e.roles)
        #expect(p.event.doc == "c" && p.event.span == Span(7, 12) && p.event.rule == "r-c")
        #expect(p.event.mentions.map(\.doc) == ["c", "c"])
        // nothing of the replaced article's text stays: its sentence, arguments and mention triggers
        #expect(p.event.sentence == nil && p.event.sentenceText == nil)
        #expect(p.event.typing?.arguments.isEmpty == true && p.event.typing?.mentionTriggers.isEmpty == true)
        #expect(p.event.typing?.type == "meet" && p.event.typing?.status == .happened)
        #expect(p.candidate.provenance.document == "c" && p.candidate.actors == ["john"] && p.candidate.mentions.isEmpty)
    }

    @Test func anEventNoOtherArticleTellsIsNotPassed() {
        let own = Self.event(owner: "a", mentions: [Self.mention("a", 10), Self.mention("b", 20)])
        #expect(EventPass.passes([own], replaced: ["a", "b"]).isEmpty)
        // nor the event of an article that is not replaced
        let kept = Self.event(owner: "d", mentions: [Self.mention("d", 10), Self.mention("e", 20)])
        #expect(EventPass.passes([kept], replaced: ["a"]).isEmpty)
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
