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
        // human labels, in date order (a year sorts by its midpoint)
        let order = ["label=\"Oct 2020\"", "label=\"15 Feb 2021\"", "label=\"2021\""].map { dot.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        #expect(!dot.contains("label=\"2021-02-15\""))
        #expect(dot.contains("undated:\\nthe text gives no date"))
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
        // every cell a box pinned in place, drawn as given (neato -n2): no HTML-like label
        #expect(g.engine == "nop2")
        #expect(g.nodes.allSatisfy { n in n.attrs.contains { $0.0 == "pos" } })
        let dot = g.dot()
        #expect(!dot.contains("=<"))
        #expect(dot.contains("label=\"1 Jan 2020\"") && dot.contains("label=\"9 Apr 2020\""))
        // 100 dates in four months (31, 29, 31, 9): figures of at most 8 columns, each within a month (4 + 4 + 4 + 2)
        let figures = Diagrams(options: o).timelineFigures(c)
        #expect(figures.count == 14)
        for f in figures {
            let headers = f.nodes.filter { $0.id.range(of: #"^f\d+_h[1-9]\d*$"#, options: .regularExpression) != nil }
            #expect((1...8).contains(headers.count))
        }
        #expect(dot.contains("meeting 299"))
        let svg = try GraphvizRenderer().render(g, format: "svg")
        #expect(String(decoding: svg, as: UTF8.self).contains("meeting 123"))
    }
}

@Suite struct TimelineFigureTests {
    static func chronology(days: [Int], kind: String = "meeting", text: (Int) -> String = { "meeting \($0)" }, actors: Int = 3) -> Chronology {
        var c = Chronology()
        c.documents = [DocumentRecord(id: "d.txt", title: nil, date: nil, source: nil, text: nil, notBody: [])]
        for a in 0..<actors {
            c.actors.append(ActorRecord(id: "a\(a)", name: "Actor \(a)", kind: .person, aliases: [], role: nil,
                                        mentions: [MentionRecord(doc: "d.txt", span: Span(a, a + 1), text: "x", form: "name", rule: "t")]))
        }
        for (e, d) in days.enumerated() {
            let day = CalendarDate(year: 2020, month: 1, day: 1)!.adding(days: d).description
            c.events.append(EventRecord(id: "e\(e)", kind: kind, doc: "d.txt", span: Span(e * 10, e * 10 + 5), text: text(e),
                                        name: nil, triggerSpan: nil, date: day, actors: ["a\(e % actors)"], roles: [:],
                                        mentions: [], sentence: nil, sentenceText: nil, rule: "t"))
        }
        c.sort()
        return c
    }

    /// The boxes of a drawing (x0, y0, x1, y1 in points) from their pins and sizes.
    static func boxes(_ g: DOTGraph) -> [(String, Double, Double, Double, Double)] {
        g.nodes.compactMap { n in
            let a = Dictionary(n.attrs, uniquingKeysWith: { x, _ in x })
            guard let pos = a["pos"], let w = a["width"].flatMap(Double.init), let h = a["height"].flatMap(Double.init) else { return nil }
            let xy = pos.dropLast().split(separator: ",").compactMap { Double($0) }
            guard xy.count == 2 else { return nil }
            return (n.id, xy[0] - w * 36, xy[1] - h * 36, xy[0] + w * 36, xy[1] + h * 36)
        }
    }

    @Test func humanDateLabels() {
        #expect(DateLabel.human("2019-12-27") == "27 Dec 2019")
        #expect(DateLabel.human("2019-W39") == "week 39, 2019")
        #expect(DateLabel.human("2016-W38-WE") == "weekend of week 38, 2016")
        #expect(DateLabel.human("2020-01TNI") == "Jan 2020, night")
        #expect(DateLabel.human("2020-01-11TMO") == "11 Jan 2020, morning")
        #expect(DateLabel.human("2020-01-11T14:30") == "11 Jan 2020, 14:30")
        #expect(DateLabel.human("2016-SU") == "summer 2016")
        #expect(DateLabel.human("2016-Q3") == "Q3 2016")
        #expect(DateLabel.human("2016-H1") == "first half of 2016")
        #expect(DateLabel.human("201") == "2010s")
        #expect(DateLabel.human("196") == "1960s")
        #expect(DateLabel.human("18") == "19th century")
        #expect(DateLabel.human("20") == "21st century")
        #expect(DateLabel.human("11") == "12th century")
        #expect(DateLabel.human("2016-W12") == "week 12, 2016")
        #expect(DateLabel.human(nil, undated: "undated") == "undated")
        #expect(DateLabel.human("2021") == "2021")
        // what it does not know stays as written
        for odd in ["2021-02-30", "2021-13", "PRESENT_REF", "", "T", "2021-W60", "٣", "2021-02-15TXX", "XXXX-10"] {
            #expect(DateLabel.human(odd) == odd)
        }
    }

    /// Twelve identical events in one cell: one line with "×12"; a different text stays its own line.
    @Test func identicalFactsAreShownOnceWithACount() {
        let c = Self.chronology(days: Array(repeating: 5, count: 13), kind: "military", text: { $0 == 12 ? "a siege" : "an attack" }, actors: 1)
        let dot = Diagrams().timeline(c).dot()
        #expect(dot.components(separatedBy: "an attack").count - 1 == 1)
        #expect(dot.contains("• ×12 MILITARY: an attack"))
        #expect(dot.contains("MILITARY: a siege"))
    }

    /// Dates over three months, at most 4 columns a figure: figures follow whole months,
    /// a month of more than 4 dates is cut, and no two boxes of the drawing overlap.
    @Test func figuresSplitByMonthAndBoxesDoNotOverlap() {
        // Jan: 3 dates; Feb: 6 dates; Mar: 2 dates
        let days = [0, 5, 9, 31, 33, 35, 37, 39, 41, 60, 70]
        var o = Diagrams.Options()
        o.maxColumns = 4
        let c = Self.chronology(days: days)
        let figures = Diagrams(options: o).timelineFigures(c)
        let titles = figures.map { g in g.nodes.first { $0.id.hasSuffix("_title") }.map { Dictionary($0.attrs, uniquingKeysWith: { a, _ in a })["label"] ?? "" } ?? "" }
        #expect(titles.count == 4)
        #expect(titles[0].hasPrefix("Figure 1 of 4: 1 Jan 2020 to 10 Jan 2020"))
        #expect(titles[1].hasPrefix("Figure 2 of 4: 1 Feb 2020 to 7 Feb 2020"))
        #expect(titles[2].hasPrefix("Figure 3 of 4: 9 Feb 2020 to 11 Feb 2020"))
        #expect(titles[3].hasPrefix("Figure 4 of 4: 1 Mar 2020 to 11 Mar 2020"))
        let all = Diagrams(options: o).timeline(c)
        let b = Self.boxes(all)
        #expect(b.count > 20)
        for i in b.indices {
            for j in b.indices where j > i {
                let (p, q) = (b[i], b[j])
                // (sizes are written in inches to 3 decimals: neighbours may touch by a few hundredths of a point)
                let overlap = p.1 < q.3 - 0.5 && q.1 < p.3 - 0.5 && p.2 < q.4 - 0.5 && q.2 < p.4 - 0.5
                #expect(!overlap, "\(p.0) overlaps \(q.0)")
            }
        }
    }

    /// --kinds takes an event kind on the timeline, and --actor keeps that actor's lane only.
    @Test func kindsAndActorCutTheView() {
        var c = Self.chronology(days: [1, 2, 3, 4])
        c.events[1].kind = "military"
        var o = Diagrams.Options()
        o.kinds = ["military"]
        let dot = Diagrams(options: o).timeline(c).dot()
        #expect(dot.components(separatedBy: "MILITARY: meeting").count == 2 && !dot.contains("MEETING:"))
        o = Diagrams.Options()
        o.actor = "a2"
        let only = Diagrams(options: o).timeline(c).dot()
        #expect(only.contains("Actor 2") && !only.contains("Actor 0") && !only.contains("Actor 1"))
    }
}
