import Foundation
import Testing
@testable import ChronicleKit

/// `EventMatcher.same` compares precomputed keys (normalized names, parsed dates, numbered
/// words, sorted actors); it must decide as the plain definition on sets does.
@Suite struct EventMatcherTests {
    /// The definition: same coarse kind; equal normalized names when both are named; else
    /// compatible dates, a shared actor and content words with Jaccard >= 0.5 (undated: also
    /// two shared actors, or all of the smaller list).
    static func plainSame(_ a: Event, _ b: Event) -> Bool {
        guard a.coarseKind == b.coarseKind else { return false }
        if let x = a.name, let y = b.name { return EventDetector.normalize(x) == EventDetector.normalize(y) }
        guard EventMatcher.compatible(a.date, b.date) else { return false }
        let shared = Set(a.actors).intersection(b.actors)
        guard !shared.isEmpty else { return false }
        let wa = EventMatcher.words(a), wb = EventMatcher.words(b)
        guard !wa.isEmpty, !wb.isEmpty else { return false }
        let jaccard = Double(wa.intersection(wb).count) / Double(wa.union(wb).count)
        if a.date == nil || b.date == nil {
            let needed = a.name == nil && b.name == nil ? 2 : min(2, min(a.actors.count, b.actors.count))
            return jaccard >= 0.5 && shared.count >= needed
        }
        return jaccard >= 0.5
    }

    /// Two unnamed events of the trigger lexicon have the same words ("accused") whatever they
    /// report: one undated needs two shared actors, not just the one they both name.
    @Test func unnamedUndatedEventsNeedTwoSharedActors() {
        func event(_ doc: String, _ date: String?, _ actors: [String]) -> Event {
            let p = Provenance(document: doc, span: Span(0, 7), sentence: 0, rule: "trigger.accuse.accuse.v")
            return Event(id: doc, provenance: p, text: "accused", kind: "accuse", name: nil, triggerSpan: p.span, date: date,
                         actors: actors, mentions: [p])
        }
        let marshals = event("a.txt", nil, ["united-states"])
        let esper = event("b.txt", "2019-11-20", ["china", "united-states"])
        let again = event("c.txt", nil, ["china", "united-states"])
        #expect(!EventMatcher().same(marshals, esper))
        #expect(EventMatcher().same(again, esper))
        #expect(!EventMatcherTests.plainSame(marshals, esper))
    }

    /// The merge looks for an event's matches by its prefix words only (`ActorPool`): any two
    /// word sets that `same` can accept (a Jaccard index of at least 0.5, as `same` computes it)
    /// share a word of their prefixes. Every pair of subsets of seven word ids.
    @Test func wordSetsSimilarEnoughShareAPrefixWord() {
        var checked = 0
        for x in 1..<128 {
            let a = (0..<7).filter { x & (1 << $0) != 0 }.map(Int32.init)
            for y in 1..<128 {
                let b = (0..<7).filter { y & (1 << $0) != 0 }.map(Int32.init)
                let common = EventMatcher.sharedCount(a, b)
                guard Double(common) / Double(a.count + b.count - common) >= 0.5 else { continue }
                let pa = Set(a[ActorPool.prefixStart(a.count)...]), pb = Set(b[ActorPool.prefixStart(b.count)...])
                #expect(!pa.isDisjoint(with: pb), "\(a) \(b)")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    @Test func sharedCountCountsDistinctElements() {
        #expect(EventMatcher.sharedCount(["a", "b", "b", "c"], ["b", "b", "c", "d"]) == 2)
        #expect(EventMatcher.sharedCount([1, 1, 1], [1]) == 1)
        #expect(EventMatcher.sharedCount([Int32](), [1, 2]) == 0)
        #expect(EventMatcher.sharedCount([1, 3, 5], [2, 4, 6]) == 0)
    }

    @Test func keysDecideAsThePlainDefinitionOnDevArticles() throws {
        let dir = Support.fixtures.appendingPathComponent("polnear-dev")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        var events: [Event] = []
        for f in files {
            let a = try Support.pipeline.analyze(path: dir.appendingPathComponent(f).path)
            // document-level names stand for actors here; equal names across documents are shared
            events += a.events.map { var e = $0; e.actors.sort(); return e }
        }
        // the same events, undated, and with a date moved, so every branch of the definition is met
        var variants = events
        for (k, e) in events.enumerated() {
            var u = e
            u.date = k % 2 == 0 ? nil : "2016-10"
            variants.append(u)
        }
        #expect(variants.count > 200)
        let matcher = EventMatcher()
        var ids = EventMatcher.WordIds()
        let keys = variants.map { EventMatcher.Key($0, name: $0.name.map(EventDetector.normalize), words: EventMatcher.words($0), ids: &ids) }
        // each event against itself, its variant and the next 40 events of its coarse kind
        var byKind: [String: [Int]] = [:]
        for (k, e) in variants.enumerated() { byKind[e.coarseKind, default: []].append(k) }
        var agreed = 0, sameCount = 0
        for (kind, list) in byKind.sorted(by: { $0.key < $1.key }) {
            for (p, i) in list.enumerated() {
                let variant = i < events.count ? i + events.count : i - events.count
                for j in [i, variant] + list[(p + 1)..<min(list.count, p + 41)] {
                    let plain = EventMatcherTests.plainSame(variants[i], variants[j])
                    #expect(matcher.same(keys[i], variants[i].actors, keys[j], variants[j].actors) == plain, "\(kind): \(variants[i].text) / \(variants[j].text)")
                    #expect(matcher.same(variants[i], variants[j]) == plain)
                    agreed += 1
                    if plain { sameCount += 1 }
                }
            }
        }
        // both answers occur often enough for the comparison to mean something
        #expect(sameCount > 50)
        #expect(agreed - sameCount > 1000)
    }
}
