/// Builds the two diagrams as `DOTGraph`s: the timeline and the event graph.
public struct Diagrams: Sendable {
    public init() {}

    static let font = "Helvetica"
    static let eventColors: [String: String] = [
        "meeting": "#cfe2f3", "visit": "#cfe2f3", "declaration": "#d9ead3", "agreement": "#d9ead3",
        "call": "#fce5cd", "other": "#eeeeee", "sanction": "#f4cccc", "military": "#f4cccc", "violence": "#f4cccc", "withdrawal": "#eeeeee",
    ]
    static let actorColors: [String: String] = [
        "person": "#fff2cc", "country": "#d0e0e3", "organization": "#d9d2e9", "group": "#ead1dc", "media": "#e6e6e6",
    ]
    static let statementColor = "#ffffff"

    /// A fact placed on the timeline.
    struct Fact {
        var id: String
        var label: String
        var kind: String
        var date: String?
        var isStatement: Bool
    }

    func facts(_ c: Corpus) -> [Fact] {
        var out: [Fact] = []
        for e in c.events {
            let title = e.name ?? e.text
            let who = e.actors.compactMap { c.actor(id: $0)?.name }.prefix(3).joined(separator: ", ")
            let label = ([e.kind.uppercased()] + DOTGraph.wrap(title, width: 32, maxLines: 3) + (who.isEmpty ? [] : ["(" + who + ")"])).joined(separator: "\n")
            out.append(Fact(id: "event:\(e.provenance.document):\(e.id)", label: label, kind: e.kind, date: e.date, isStatement: false))
        }
        for d in c.documents {
            for s in d.statements {
                let who = c.actorId(doc: d.document.id, name: s.speaker).flatMap { c.actor(id: $0)?.name } ?? "unattributed"
                let quote = DOTGraph.wrap((s.direct ? "“" : "") + s.text + (s.direct ? "”" : ""), width: 36, maxLines: 3)
                out.append(Fact(id: "statement:\(d.document.id):\(s.id)", label: ([who + ":"] + quote).joined(separator: "\n"),
                                kind: s.direct ? "direct" : "reported", date: s.date, isStatement: true))
            }
        }
        return out
    }

    static func factNode(_ f: Fact) -> DOTGraph.Node {
        if f.isStatement {
            return .init(f.id, [("label", f.label), ("shape", "note"), ("style", f.kind == "direct" ? "filled" : "filled,dashed"),
                                ("fillcolor", statementColor), ("fontsize", "10")])
        }
        return .init(f.id, [("label", f.label), ("shape", "box"), ("style", "filled,rounded"),
                            ("fillcolor", eventColors[f.kind] ?? "#eeeeee"), ("fontsize", "10")])
    }

    static func legend() -> DOTGraph {
        var l = DOTGraph(name: "cluster_legend")
        l.attrs = [("label", "Legend"), ("fontname", font), ("fontsize", "10"), ("style", "rounded"), ("color", "#999999")]
        let items: [(String, String, String, String)] = [
            ("legend_meeting", "meeting", "box", eventColors["meeting"]!), ("legend_declaration", "declaration", "box", eventColors["declaration"]!),
            ("legend_call", "call", "box", eventColors["call"]!), ("legend_other", "other event", "box", eventColors["other"]!),
            ("legend_direct", "direct quote", "note", "#ffffff"), ("legend_reported", "reported speech", "note", "#ffffff"),
        ]
        for (id, label, shape, color) in items {
            l.nodes.append(.init(id, [("label", label), ("shape", shape), ("style", id == "legend_reported" ? "filled,dashed" : shape == "box" ? "filled,rounded" : "filled"),
                                      ("fillcolor", color), ("fontsize", "9")]))
        }
        for k in 0..<(items.count - 1) { l.edges.append(.init(items[k].0, items[k + 1].0, [("style", "invis")])) }
        return l
    }

    /// The timeline: one column per distinct date, left to right in time order; undated facts
    /// in their own labelled band, never at a guessed date.
    public func timeline(_ c: Corpus) -> DOTGraph {
        var g = DOTGraph(name: "timeline")
        g.attrs = [("rankdir", "LR"), ("newrank", "true"), ("nodesep", "0.25"), ("ranksep", "0.4"), ("fontname", Diagrams.font),
                   ("label", "Chronicle timeline"), ("labelloc", "t"), ("fontsize", "14")]
        g.nodeDefaults = [("fontname", Diagrams.font), ("margin", "0.12,0.06")]
        g.edgeDefaults = [("arrowhead", "none")]
        let all = facts(c)
        let dated = all.filter { $0.date.map { DateRange(value: $0) != nil } ?? false }
        let dates = DateRange.sorted(Array(Set(dated.compactMap(\.date))))
        var previous: String?
        for d in dates {
            var col = DOTGraph(name: "col_\(d)")
            col.sameRank = true
            let did = "date:\(d)"
            col.nodes.append(.init(did, [("label", d), ("shape", "box"), ("style", "filled,bold"), ("fillcolor", "#444444"),
                                         ("fontcolor", "white"), ("fontsize", "11")]))
            let here = dated.filter { $0.date == d }.sorted { $0.id < $1.id }
            col.nodes += here.map(Diagrams.factNode)
            // stack the column under its date
            var above = did
            for f in here {
                col.edges.append(.init(above, f.id, [("style", "invis")]))
                above = f.id
            }
            g.subgraphs.append(col)
            if let p = previous { g.edges.append(.init(p, did, [("penwidth", "3"), ("color", "#444444"), ("arrowhead", "normal")])) }
            previous = did
        }
        let undated = all.filter { f in !dated.contains { $0.id == f.id } }.sorted { $0.id < $1.id }
        if !undated.isEmpty {
            var band = DOTGraph(name: "cluster_undated")
            band.attrs = [("label", "Undated (no date in the text)"), ("fontname", Diagrams.font), ("fontsize", "11"), ("style", "dashed,rounded"), ("color", "#888888")]
            band.nodes = undated.map(Diagrams.factNode)
            // lay undated facts out in rows of four
            for k in stride(from: 0, to: undated.count, by: 4) {
                let row = undated[k..<min(k + 4, undated.count)]
                for (a, b) in zip(row, row.dropFirst()) { band.edges.append(.init(a.id, b.id, [("style", "invis")])) }
            }
            g.subgraphs.append(band)
        }
        g.subgraphs.append(Diagrams.legend())
        return g
    }

    /// The event graph: actors, events, statements and dates with labelled edges.
    public func graph(_ c: Corpus) -> DOTGraph {
        var g = DOTGraph(name: "events")
        g.attrs = [("rankdir", "LR"), ("fontname", Diagrams.font), ("label", "Chronicle event graph"), ("labelloc", "t"),
                   ("fontsize", "14"), ("nodesep", "0.2"), ("ranksep", "0.6"), ("overlap", "false")]
        g.nodeDefaults = [("fontname", Diagrams.font), ("fontsize", "10")]
        g.edgeDefaults = [("fontname", Diagrams.font), ("fontsize", "8"), ("color", "#666666")]
        for n in c.graph.nodes {
            switch n.kind {
            case .actor:
                g.nodes.append(.init(n.id, [("label", n.label), ("shape", n.subkind == "person" ? "ellipse" : "hexagon"), ("style", "filled"),
                                            ("fillcolor", Diagrams.actorColors[n.subkind] ?? "#eeeeee")]))
            case .event:
                g.nodes.append(.init(n.id, [("label", ([n.subkind.uppercased()] + DOTGraph.wrap(n.label, width: 30, maxLines: 3)).joined(separator: "\n")),
                                            ("shape", "box"), ("style", "filled,rounded"), ("fillcolor", Diagrams.eventColors[n.subkind] ?? "#eeeeee")]))
            case .statement:
                g.nodes.append(.init(n.id, [("label", DOTGraph.wrap(n.label, width: 34, maxLines: 3).joined(separator: "\n")), ("shape", "note"),
                                            ("style", n.subkind == "direct" ? "filled" : "filled,dashed"), ("fillcolor", "#ffffff")]))
            case .date:
                g.nodes.append(.init(n.id, [("label", n.label), ("shape", "box"), ("style", "filled,bold"), ("fillcolor", "#444444"), ("fontcolor", "white")]))
            }
        }
        for e in c.graph.edges { g.edges.append(.init(e.from, e.to, [("label", e.label)])) }
        return g
    }
}
