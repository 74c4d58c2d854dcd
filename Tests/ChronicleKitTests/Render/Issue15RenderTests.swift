import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ChronicleKit

/// Issue 15: text from articles can neither inject Graphviz attributes nor break the SVG,
/// render code never traps on inconsistent data, and the event graph's cut keeps something.
@Suite struct Issue15RenderTests {
    static func svg(_ g: DOTGraph) throws -> String { String(decoding: try GraphvizRenderer().render(g, format: "svg"), as: UTF8.self) }

    static func isXML(_ s: String) -> Bool {
        let p = XMLParser(data: Data(s.utf8))
        p.shouldResolveExternalEntities = false
        return p.parse()
    }

    /// Every attribute Graphviz read from the DOT of `g` (its JSON output), for all objects.
    static func attributeNames(_ g: DOTGraph) throws -> Set<String> {
        let json = try GraphvizRenderer().render(g, format: "json")
        let o = try JSONSerialization.jsonObject(with: json) as? [String: Any] ?? [:]
        var keys = Set<String>()
        for x in (o["objects"] as? [[String: Any]] ?? []) + (o["edges"] as? [[String: Any]] ?? []) { keys.formUnion(x.keys) }
        return keys
    }

    static func chronology(of article: String) -> Chronology {
        Chronology(corpus: EventGraphBuilder().build([Support.pipeline.analyze(id: "a.txt", text: article, date: "2021-02-15")]))
    }

    /// The two injection examples of the issue: no link reaches graph.svg or timeline.svg.
    @Test(arguments: [
        "\"a\\\",URL=<javascript:alert(1)>,label=PWNED];//\" Governor Eve Adams said on Monday.",
        "Mayor Carl Weber said that <1> ]; x [URL=<javascript:alert(1)>]; y [label=<2>.",
        "Governor Eve Adams said on Monday the plan was \\\"dead\\\". Mayor Carl Weber said that \\\" ]; z [URL=\"javascript:alert(1)\"]; //",
    ])
    func articleTextCannotInjectAttributes(article: String) throws {
        let c = Self.chronology(of: article)
        #expect(!c.statements.isEmpty)
        for g in [Diagrams().graph(c), Diagrams().timeline(c)] {
            let svg = try Self.svg(g)
            #expect(!svg.contains("<a "), "a link in the SVG")
            #expect(!svg.contains("xlink:href="))
            #expect(!svg.contains("href=\"javascript"))
            #expect(Self.isXML(svg))
            let attrs = try Self.attributeNames(g)
            #expect(!attrs.contains("URL") && !attrs.contains("href"), "\(attrs)")
        }
    }

    /// `DOTGraph.quote` escapes the character after a backslash, and `value` never passes
    /// `<…>` through as an HTML-like label.
    @Test func quotingEscapesBackslashesAndAngleBrackets() throws {
        #expect(DOTGraph.quote("a\\\",URL=x") == "\"a\\\\\\\",URL=x\"")
        #expect(DOTGraph.quote("<b>x</b>") == "\"<b>x</b>\"")
        #expect(DOTGraph.quote("\\N \\G \\l") == "\"\\\\N \\\\G \\\\l\"")
        #expect(DOTGraph.quote("&#1;") == "\"&amp;#1;\"")
        var g = DOTGraph(name: "g")
        g.nodes = [.init("n", [("label", "<1> ]; x [URL=<javascript:alert(1)>]; y [label=<2>")]),
                   .init("m", [("label", "x\", image=\"/dev/stdin")])]
        let dot = g.dot()
        #expect(dot.contains("\"n\" [label=\"<1> ]; x [URL=<javascript:alert(1)>]; y [label=<2>\"];"))
        #expect(dot.contains("\"m\" [label=\"x\\\", image=\\\"/dev/stdin\"];"))
        let attrs = try Self.attributeNames(g)
        #expect(!attrs.contains("URL") && !attrs.contains("image"))
        // Graphviz draws the text as written
        let svg = try Self.svg(g)
        #expect(svg.contains("&lt;1&gt; ]; x [URL=&lt;javascript:alert(1)&gt;]; y [label=&lt;2&gt;"))
    }

    /// `image=</dev/stdin>` written into a quote or a name stays text: the run neither reads
    /// stdin (it used to hang) nor names a file.
    @Test func imageAttributeFromTextIsText() throws {
        let c = Self.chronology(of: "Governor Eve Adams said on Monday: \"x\\\",image=</dev/stdin>,label=<y>];//\"")
        for g in [Diagrams().graph(c), Diagrams().timeline(c)] {
            #expect(!(try Self.attributeNames(g)).contains("image"))
        }
    }

    /// A 17 KB token inside a quote (it was longer than Graphviz's 16,384-byte limit of an
    /// HTML-like label and aborted the batch): drawn, with labels of bounded size.
    @Test func hugeTokenInAQuoteIsDrawn() throws {
        let token = String(repeating: "x", count: 17_000)
        let c = Self.chronology(of: "Governor Eve Adams said on Monday: \"\(token) is here.\" Mayor Carl Weber met Adams on Tuesday.")
        for g in [Diagrams().graph(c), Diagrams().timeline(c)] {
            let dot = g.dot()
            #expect(dot.count < 20_000, "labels are cut to a few lines")
            #expect(Self.isXML(try Self.svg(g)))
        }
    }

    /// Control characters (form feed, ESC, NUL…) and noncharacters in names and quotes never
    /// reach the SVG, which stays XML.
    @Test func controlCharactersKeepTheSVGValidXML() throws {
        var c = Chronology()
        c.documents = [DocumentRecord(id: "a\u{C}.txt", title: nil, date: "2021-02-15", source: nil, text: "x", notBody: [])]
        c.actors = [ActorRecord(id: "p\u{1}&#1;", name: "Form\u{C}feed \u{1B}[31m &#1; \u{FFFE} Adams", kind: .person, aliases: [], role: nil,
                                mentions: [MentionRecord(doc: "a\u{C}.txt", span: Span(0, 1), text: "x", form: "name", rule: "t")])]
        c.statements = [StatementRecord(id: "a\u{C}.txt:s1", doc: "a\u{C}.txt", span: Span(0, 1), text: "page\u{C}break\u{0}\u{7F}\u{85}", direct: true,
                                        speaker: "p\u{1}&#1;", speakerName: "Adams", sourceSpan: nil, cueSpan: nil, cue: "said", date: "2021-02-15",
                                        about: [], parts: [], sentence: nil, sentenceText: nil, rule: "t")]
        for g in [Diagrams().graph(c), Diagrams().timeline(c)] {
            let svg = try Self.svg(g)
            #expect(Self.isXML(svg))
            #expect(!svg.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        }
    }

    /// A speaker or actor id that no actor has (a corrupted store or chronicle.json) and a
    /// duplicated actor: the diagrams are drawn (the timeline trapped at `laneIndex[others]!`).
    @Test func danglingAndDuplicatedIdsDoNotTrap() throws {
        var c = Chronology()
        c.documents = [DocumentRecord(id: "a.txt", title: nil, date: "2021-02-15", source: nil, text: "x", notBody: [])]
        let adams = ActorRecord(id: "adams", name: "Eve Adams", kind: .person, aliases: [], role: nil,
                                mentions: [MentionRecord(doc: "a.txt", span: Span(0, 1), text: "x", form: "name", rule: "t")])
        c.actors = [adams, adams]
        c.statements = [StatementRecord(id: "a.txt:s1", doc: "a.txt", span: Span(0, 1), text: "hello", direct: true, speaker: "ghost",
                                        speakerName: "Ghost", sourceSpan: nil, cueSpan: nil, cue: "said", date: "2021-02-15",
                                        about: ["nobody"], parts: [], sentence: nil, sentenceText: nil, rule: "t")]
        c.events = [EventRecord(id: "a.txt:e1", kind: "meeting", doc: "a.txt", span: Span(0, 1), text: "met", name: nil, triggerSpan: nil,
                                date: "2021-02-15", actors: ["adams", "ghost"], roles: ["agent": "ghost"], mentions: [], sentence: nil,
                                sentenceText: nil, rule: "t")]
        let timeline = Diagrams().timeline(c)
        #expect(timeline.dot().contains("other actors"))
        _ = try Self.svg(timeline)
        _ = try Self.svg(Diagrams().graph(c))
        #expect(HTMLReport().write(c, timelineSVG: try Self.svg(timeline)).contains("Eve Adams"))
    }

    /// Date values a chronicle.json may hold that are no calendar dates (found by the escaping
    /// property test: "٣" passed `isNumber` and trapped in `Int(head)!`): the timeline is drawn.
    @Test func oddDateValuesDoNotTrap() throws {
        let odd = ["٣", "½-01", "99999999999999999999", "2021-W99999999999999999", "2021-W0", "0000-W01", "", "-", "T", "2021-13-45"]
        for v in odd { _ = DateRange(value: v) }
        var c = Chronology()
        c.documents = [DocumentRecord(id: "a.txt", title: nil, date: nil, source: nil, text: "x", notBody: [])]
        c.statements = odd.enumerated().map { k, v in
            StatementRecord(id: "a.txt:s\(k)", doc: "a.txt", span: Span(0, 1), text: "x", direct: true, speaker: nil, speakerName: nil,
                            sourceSpan: nil, cueSpan: nil, cue: nil, date: v, about: [], parts: [], sentence: nil, sentenceText: nil, rule: "t")
        }
        _ = try Self.svg(Diagrams().timeline(c))
        _ = try Self.svg(Diagrams().graph(c))
        _ = MarkdownReport().write(c)
    }

    /// A corpus of many actors and dates: the cut used to keep only the best-connected actors
    /// and dates, which have no edge between them, and drew nothing. Now it keeps facts with
    /// their neighbours: a graph with edges, events among its nodes, within the limit.
    @Test func graphCutKeepsFactsAndTheirNeighbours() {
        var c = Chronology()
        c.documents = [DocumentRecord(id: "a.txt", title: nil, date: nil, source: nil, text: nil, notBody: [])]
        for a in 0..<300 {
            c.actors.append(ActorRecord(id: "a\(a)", name: "Actor \(a)", kind: .person, aliases: [], role: nil,
                                        mentions: [MentionRecord(doc: "a.txt", span: Span(a, a + 1), text: "x", form: "name", rule: "t")]))
        }
        for e in 0..<3000 {
            let day = CalendarDate(year: 2020, month: 1, day: 1)!.adding(days: e % 200).description
            c.events.append(EventRecord(id: "e\(e)", kind: "meeting", doc: "a.txt", span: Span(e * 10, e * 10 + 5), text: "meeting \(e)",
                                        name: nil, triggerSpan: nil, date: day, actors: ["a\(e % 300)", "a\((e * 7 + 1) % 300)"], roles: [:],
                                        mentions: [], sentence: nil, sentenceText: nil, rule: "t"))
        }
        c.sort()
        var o = Diagrams.Options()
        o.maxNodes = 150
        let g = Diagrams(options: o).graph(c)
        #expect(g.nodes.count > 100 && g.nodes.count <= 150)
        #expect(g.edges.count >= g.nodes.count / 2)
        #expect(g.nodes.contains { $0.id.hasPrefix("event:") })
        // every node kept is tied to another
        let tied = Set(g.edges.flatMap { [$0.from, $0.to] })
        #expect(g.nodes.allSatisfy { tied.contains($0.id) })
        // and a larger limit keeps more of the same graph
        o.maxNodes = 2000
        let big = Diagrams(options: o).graph(c)
        #expect(big.nodes.count > 1500 && big.nodes.count <= 2000)
    }

    /// Graphviz's own wording never reaches the user: one clean line instead.
    @Test func graphvizMessagesAreOneCleanLine() {
        #expect(GraphvizRenderer.clean(["(null): graph is too large for cairo-renderer bitmaps. Scaling by 0.5 to fit"], or: "x")
                    == "the diagram is too large to draw in this format (use svg, or fewer nodes with --max-nodes)")
        #expect(GraphvizRenderer.clean(["Error", ";", ":;"], or: "rendering failed") == "rendering failed")
        #expect(GraphvizRenderer.clean(["Error: syntax error in line 49 near '\\'"], or: "x") == "the DOT text does not parse (syntax error in line 49)")
        // the line is the text's own (cgraph's lexer reports 0 or 1 for a one-line text, depending
        // on whether the parse before it in the process ended in an error), never a running count
        do {
            _ = try GraphvizRenderer().render(dot: "digraph { a -> ", format: "svg")
            Issue.record("a text that does not parse was drawn")
        } catch let ChronicleError.graphviz(message) {
            #expect(["the DOT text does not parse (syntax error in line 0)", "the DOT text does not parse (syntax error in line 1)"].contains(message), "\(message)")
        } catch {
            Issue.record("\(error)")
        }
    }

    /// The PDF carries a fixed creation date, so two renders are the same bytes.
    @Test func pdfHasAFixedCreationDate() throws {
        let pdf = try GraphvizRenderer().render(dot: "digraph { a -> b }", format: "pdf")
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/CreationDate (D:19700101000000"))
        #expect(try GraphvizRenderer().render(dot: "digraph { a -> b }", format: "pdf") == pdf)
    }
}
