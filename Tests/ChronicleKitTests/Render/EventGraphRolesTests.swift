import Foundation
import Testing
@testable import ChronicleKit

/// Issue 18: the event graph shows each event's kind, finer type, PLOVER type and status, and
/// its agent, target and participants as labelled edges, with a legend; every label stays an
/// escaped DOT string.
@Suite struct EventGraphRolesTests {
    static func actor(_ id: String, _ name: String, _ kind: ActorKind = .country) -> ActorRecord {
        ActorRecord(id: id, name: name, kind: kind, aliases: [], role: nil, mentions: [])
    }

    static func event(_ id: String, kind: String, type: String, plover: String?, status: EventTyping.Status, text: String,
                      actors: [String], args: [(String, String?)]) -> EventRecord {
        let typing = EventTyping(type: type, plover: plover, cameo: nil, status: status, dateSource: .none, fallbackDate: nil,
                                 arguments: args.enumerated().map { k, a in
                                     EventTyping.Argument(role: a.0, span: Span(k * 10, k * 10 + 5), text: a.1 ?? "someone", actor: a.1, rule: "test")
                                 },
                                 trigger: "\(type).x.v", main: true, mentionTriggers: [Span(0, 5)])
        var e = EventRecord(id: id, kind: kind, doc: "a", span: Span(0, 20), text: text, name: nil, triggerSpan: Span(0, 5), date: nil,
                            actors: actors, roles: [:], mentions: [], sentence: nil, sentenceText: nil, rule: "trigger.\(type)")
        e.typing = typing
        return e
    }

    static let chronology = Chronology(
        actors: [actor("iran", "Iran"), actor("russia", "Russia"), actor("turkey", "Turkey"), actor("un", "United Nations", .organization)],
        events: [
            event("e1", kind: "meeting", type: "visit", plover: "CONSULT", status: .happened, text: "visited Moscow",
                  actors: ["iran", "russia", "un"], args: [("agent", "iran"), ("target", "russia")]),
            event("e2", kind: "sanction", type: "sanction", plover: "SANCTION", status: .planned, text: "will impose sanctions on <b>Turkey</b>",
                  actors: ["russia", "turkey"], args: [("agent", "russia"), ("target", "turkey")]),
            event("e3", kind: "meeting", type: "meeting", plover: "CONSULT", status: .negated, text: "did not meet",
                  actors: ["iran", "turkey"], args: [("participant", "iran"), ("participant", "turkey")]),
        ])

    @Test func rolesAreLabelledEdges() {
        let g = EventGraph(Self.chronology)
        func edge(_ from: String, _ to: String) -> String? { g.edges.first { $0.from == from && $0.to == to }?.label }
        #expect(edge("actor:iran", "event:e1") == "agent")
        #expect(edge("event:e1", "actor:russia") == "target")
        // named with the event but in no role
        #expect(edge("actor:un", "event:e1") == "involved")
        #expect(edge("actor:russia", "event:e2") == "agent")
        #expect(edge("event:e2", "actor:turkey") == "target")
        #expect(edge("actor:iran", "event:e3") == "participant")
        #expect(edge("actor:turkey", "event:e3") == "participant")
    }

    @Test func nodesShowKindTypePloverAndStatus() throws {
        let g = Diagrams().graph(Self.chronology)
        func attrs(_ id: String) -> [String: String] {
            Dictionary((g.nodes.first { $0.id == id }?.attrs ?? []).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        }
        let e1 = attrs("event:e1"), e2 = attrs("event:e2"), e3 = attrs("event:e3")
        #expect(e1["label"]?.hasPrefix("MEETING / visit · CONSULT\n") == true)
        #expect(e1["style"] == "filled,rounded")
        // (a PLOVER type that only repeats the kind is not shown twice)
        #expect(e2["label"]?.hasPrefix("SANCTION\n") == true)
        #expect(e2["label"]?.hasSuffix("\n[planned]") == true)
        #expect(e2["style"] == "filled,rounded,dashed")
        #expect(e3["label"]?.hasSuffix("\n[negated]") == true)
        #expect(e3["fillcolor"] == Diagrams.notAssertedColor)
        // the target edge is drawn from the actor, its arrow at the target
        let target = g.edges.first { $0.from == "actor:russia" && $0.to == "event:e1" }
        #expect(target?.attrs.contains { $0 == ("label", "target") } == true)
        #expect(target?.attrs.contains { $0 == ("dir", "back") } == true)
        // the legend is a subgraph of its own; the graph's nodes are the chronology's
        #expect(g.subgraphs.map(\.name) == ["cluster_legend"])
        #expect(!g.nodes.contains { $0.id.hasPrefix("legend:") })
        // text from data stays an escaped, quoted string: never an HTML-like label
        let dot = g.dot()
        #expect(dot.contains("will impose sanctions on <b>Turkey</b>") || dot.contains("will impose sanctions on\\n<b>Turkey</b>"))
        #expect(!dot.contains("label=<"))
        let svg = String(decoding: try GraphvizRenderer().render(g, format: "svg"), as: UTF8.self)
        #expect(svg.contains("&lt;b&gt;Turkey&lt;/b&gt;"))
        #expect(svg.contains("stroke-dasharray"))
    }

    /// Session 11: a place that is an actor is a `place` edge; an event with no actor in any
    /// role and no date (a typed event whose arguments name no one) is not drawn, and the title
    /// and the legend say how many; one with a date stays, tied to its date.
    @Test func placesAreEdgesAndEventsWithNoActorNorDateAreLeftOut() {
        var c = Self.chronology
        c.events.append(Self.event("e4", kind: "military", type: "military", plover: "ASSAULT", status: .happened, text: "shelled a town",
                                   actors: ["russia"], args: [("agent", "russia"), ("place", "turkey")]))
        c.events.append(Self.event("e5", kind: "military", type: "military", plover: "ASSAULT", status: .happened, text: "the attack",
                                   actors: [], args: [("agent", nil), ("theme", nil)]))
        var dated = Self.event("e6", kind: "sanction", type: "sanction", plover: "SANCTION", status: .happened, text: "taxes were reduced",
                               actors: [], args: [("theme", nil)])
        dated.date = "196"
        c.events.append(dated)
        let eg = EventGraph(c)
        #expect(eg.edges.contains { $0.from == "event:e4" && $0.to == "actor:turkey" && $0.label == "place" })
        #expect(!eg.edges.contains { $0.from == "actor:turkey" && $0.to == "event:e4" }, "a place is not also involved")
        let g = Diagrams().graph(c)
        #expect(!g.nodes.contains { $0.id == "event:e5" })
        #expect(g.nodes.contains { $0.id == "event:e6" })
        // the date node as people write it
        #expect(g.nodes.first { $0.id == "date:196" }?.attrs.contains { $0 == ("label", "1960s") } == true)
        let title = g.attrs.first { $0.0 == "label" }?.1 ?? ""
        #expect(title.hasSuffix("; 1 event with no actor and no date not drawn"), "\(title)")
        let legend = g.subgraphs.first?.attrs.first { $0.0 == "label" }?.1 ?? ""
        #expect(legend.contains("not drawn: 1 event with no actor and no date"))
        #expect(g.subgraphs.first?.edges.contains { $0.attrs.contains { $0 == ("label", "place") } } == true)
        // with every event tied to something, the legend says nothing of it
        let plain = Diagrams().graph(Self.chronology)
        let plainLegend = plain.subgraphs.first?.attrs.first { $0.0 == "label" }?.1
        #expect(plainLegend == "Legend")
    }

    @Test func noLegendWithoutEvents() {
        var c = Self.chronology
        c.events = []
        #expect(Diagrams().graph(c).subgraphs.isEmpty)
    }
}
