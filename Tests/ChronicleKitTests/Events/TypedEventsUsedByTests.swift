import Foundation
import Testing
@testable import ChronicleKit

/// `TypedEventFinder.find(usedBy:)` reads only the sentences whose typed events the fold into
/// the rule events can use: the folded events are the same as with every sentence read, and
/// fewer typed events are made.
@Suite struct TypedEventsUsedByTests {
    static let finder = try! TypedEventFinder()

    static var articles: [(String, String)] {
        let fm = FileManager.default
        var out: [(String, String)] = []
        for dir in ["seeds", "polnear-dev"] {
            let d = Support.fixtures.appendingPathComponent(dir)
            for f in ((try? fm.contentsOfDirectory(atPath: d.path)) ?? []).sorted() where f.hasSuffix(".txt") {
                if let t = try? String(contentsOf: d.appendingPathComponent(f), encoding: .utf8) { out.append((f, t)) }
            }
        }
        return out
    }

    func check(_ typedAdding: Pipeline) {
        // (`--rule-events-only`: what `find(usedBy:)` is for)
        var pipeline = typedAdding
        pipeline.addsTypedEvents = false
        var all = 0, read = 0, folded = 0
        for (id, text) in Self.articles {
            let a = pipeline.analyze(id: id, text: text)
            let rule = pipeline.events.detect(a.document, actors: a.actors, times: a.times)
            let full = Self.finder.find(a.document, actors: a.actors, times: a.times)
            let some = Self.finder.find(a.document, actors: a.actors, times: a.times, usedBy: rule)
            all += full.count
            read += some.count
            let expected = TypedEventFinder.combine(rule: rule, typed: full, adding: false)
            folded += expected.filter { $0.typing != nil }.count
            #expect(TypedEventFinder.combine(rule: rule, typed: some, adding: false) == expected, "\(id)")
            // and the analysis itself folds the same
            #expect(a.events == expected, "\(id)")
        }
        #expect(Self.articles.count > 80)
        #expect(folded > 20, "the fold gives typing to rule events")
        #expect(read < all, "sentences no rule event needs are not read")
    }

    @Test func theFoldIsTheSameWithoutAParse() { check(Support.pipeline) }

    @Test func theFoldIsTheSameWithTheParse() { check(Support.parsing) }
}
