import Foundation
import Testing
@testable import ChronicleKit

/// The whole store — actors, statements, events and what queries answer — does not depend on
/// `ingest --batch-size`, nor on a killed ingest resumed (issue 15: 13): which actor a name
/// joins is a function of the name (`PersonName`), and a surname alone is resolved by queries
/// from what is stored (`Chronicler.withNameForms`).
@Suite struct IngestBatchActorTests {
    /// Everything a store holds and answers, as lines: table counts; every actor with its name,
    /// kind, aliases and mentions; every statement with its speaker and the actors it is about;
    /// every event with its actors and mentions; and the answers of `query said`, `query events`
    /// and `query actor` for names of several people (surnames, full names, a first name).
    static func dump(_ store: Store) throws -> [String] {
        var lines = try store.counts().sorted { $0.key < $1.key }.map { "count \($0.key) \($0.value)" }
        let c = try store.load()
        lines += c.actors.map { a in
            "actor \(a.id) \(a.name) \(a.kind) [\(a.aliases.sorted().joined(separator: "|"))] "
                + a.mentions.map { "\($0.doc)\($0.span)" }.sorted().joined(separator: " ")
        }.sorted()
        lines += c.statements.map { s in "statement \(s.id) \(s.speaker ?? "-") [\(s.about.sorted().joined(separator: ","))]" }.sorted()
        lines += try IngestBatchTests.events(store).map { "event " + $0 }
        let q = Chronicler(store: store)
        lines += try q.said().map { "said \($0)" }
        lines += try q.events().map { "events \($0)" }
        for name in ["Trump", "Donald Trump", "Clinton", "Hillary Clinton", "Hillary", "Sanders", "Bernie Sanders", "Pence", "Kaine", "Obama", "Kuleba"] {
            do {
                let r = try q.actor(name)
                lines.append("actor-query \(name): \(r.ids) \(r.name) \(r.aliases) \(r.facts.count) \(r.coActors.map { "\($0.name)=\($0.count)" })")
                lines += try q.said(by: name).map { "said-by \(name): \($0.id)" }
            } catch {
                lines.append("actor-query \(name): \(error)")
            }
        }
        return lines
    }

    @Test func theStoreAndItsAnswersDoNotDependOnTheBatchSizeNorOnAResumedRun() throws {
        let inputs = [Support.seedDir, DevStore.polnearDir]
        let whole = try Self.dump(IngestBatchTests.ingest([inputs], batchSize: 10_000))
        // the comparison is of a real store: many actors, statements and events
        #expect(whole.filter { $0.hasPrefix("actor ") }.count > 300, "\(whole.filter { $0.hasPrefix("count") })")
        #expect(whole.filter { $0.hasPrefix("said ") }.count > 300)
        for size in [1, 5, 50] {
            let batched = try Self.dump(IngestBatchTests.ingest([inputs], batchSize: size))
            #expect(batched.count == whole.count, "batch size \(size): \(batched.count) lines, not \(whole.count)")
            #expect(batched == whole, "batch size \(size): \(Set(batched).symmetricDifference(whole).sorted().prefix(6))")
        }
        // stopped after 30 articles (what was committed stays), then run again over all
        let files = Inputs.expand([DevStore.polnearDir]).files
        let resumed = try Self.dump(IngestBatchTests.ingest([[Support.seedDir] + Array(files.prefix(30)), inputs], batchSize: 7))
        #expect(resumed == whole, "\(Set(resumed).symmetricDifference(whole).sorted().prefix(6))")
    }
}
