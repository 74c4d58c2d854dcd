import Foundation
import Testing
@testable import ChronicleKit

@Suite struct RenderTests {
    @Test func dotTextIsEscapedAndDeterministic() {
        var g = DOTGraph(name: "g")
        g.attrs = [("rankdir", "LR")]
        g.nodes = [.init("a\"b", [("label", "line one\nline \"two\"")])]
        g.edges = [.init("a\"b", "c", [("label", "said")])]
        #expect(g.dot() == "digraph \"g\" {\n  rankdir=\"LR\";\n  \"a\\\"b\" [label=\"line one\\nline \\\"two\\\"\"];\n  \"a\\\"b\" -> \"c\" [label=\"said\"];\n}\n")
    }

    @Test func seedDiagramsMatchTheirGoldenDOT() {
        let c = Support.seedChronology()
        #expect(Support.golden("seeds-timeline.dot", Diagrams().timeline(c).dot()), "timeline DOT changed; RECORD=1 re-records")
        #expect(Support.golden("seeds-graph.dot", Diagrams().graph(c).dot()), "graph DOT changed; RECORD=1 re-records")
    }

    @Test func timelineOrdersDatesAndKeepsUndatedApart() {
        let dot = Diagrams().timeline(Support.seedChronology()).dot()
        let order = ["label=\"2020-10\"", "label=\"2021-02-15\"", "label=\"2021\""].map { dot.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        #expect(dot.contains("cluster_undated"))
        #expect(dot.contains("Undated: the text gives no date"))
    }

    @Test func rendersSVGAndPNGInProcess() throws {
        let dot = Diagrams().graph(Support.seedChronology()).dot()
        let svg = try GraphvizRenderer().render(dot: dot, format: "svg")
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        let png = try GraphvizRenderer().render(dot: "digraph { a -> b }", format: "png")
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func graphvizErrorsBecomeChronicleErrors() {
        #expect(throws: ChronicleError.self) { try GraphvizRenderer().render(dot: "digraph { a -> ", format: "svg") }
        #expect(throws: ChronicleError.self) { try GraphvizRenderer().render(dot: "digraph { a }", format: "nope") }
        // and the renderer still works afterwards
        #expect((try? GraphvizRenderer().render(dot: "digraph { a }", format: "svg")) != nil)
    }
}

@Suite struct LargeTimelineTests {
    /// 300 events of 60 actors on 100 dates: drawn as one grid table, quickly, with every fact.
    @Test func largeTimelineIsAGrid() throws {
        var c = Chronology()
        c.documents = [DocumentRecord(id: "big.txt", title: nil, date: nil, source: nil, text: nil, notBody: [])]
        for a in 0..<60 {
            c.actors.append(ActorRecord(id: "a\(a)", name: "Actor \(a)", kind: .person, aliases: [], role: nil,
                                        mentions: [MentionRecord(doc: "big.txt", span: Span(a, a + 1), text: "x", form: "name", rule: "t")]))
        }
        for e in 0..<300 {
            let day = CalendarDate(year: 2020, month: 1, day: 1)!.adding(days: e % 100).description
            c.events.append(EventRecord(id: "e\(e)", kind: "meeting", doc: "big.txt", span: Span(e * 10, e * 10 + 5), text: "meeting \(e)",
                                        name: nil, triggerSpan: nil, date: day, actors: ["a\(e % 60)", "a\((e + 7) % 60)"], roles: [:],
                                        mentions: [], sentence: nil, sentenceText: nil, rule: "t"))
        }
        c.sort()
        var o = Diagrams.Options()
        o.maxLanes = 60
        let g = Diagrams(options: o).timeline(c)
        // every cell a box pinned in place, drawn by the nop engine: no HTML-like label
        #expect(g.engine == "nop")
        #expect(g.nodes.allSatisfy { n in n.attrs.contains { $0.0 == "pos" } })
        let dot = g.dot()
        #expect(!dot.contains("=<"))
        #expect(dot.contains("label=\"2020-01-01\"") && dot.contains("label=\"2020-04-09\""))
        #expect(dot.contains("meeting 299"))
        let svg = try GraphvizRenderer().render(g, format: "svg")
        #expect(String(decoding: svg, as: UTF8.self).contains("meeting 123"))
    }
}
