import Foundation

/// Builds the two diagrams as `DOTGraph`s from a chronology: the timeline and the event graph.
public struct Diagrams: Sendable {
    /// What to show.
    public struct Options: Sendable {
        /// Only facts involving this actor (an actor id), and for the graph its neighbourhood.
        public var actor: String?
        /// Only dated facts whose date overlaps this window (partial dates allowed).
        public var from: String?
        public var to: String?
        /// Node kinds to show (actor, event, statement, date); on the timeline, `event` and
        /// `statement` choose the facts, and an event kind (`meeting`, `military`…) or a
        /// statement kind (`direct`, `reported`) chooses those facts. Empty: all.
        public var kinds: Set<String> = []
        /// At most this many graph nodes: the most connected are kept, and the label says what was dropped.
        public var maxNodes: Int = 150
        /// At most this many actor lanes on the timeline; the others share an "other actors" lane.
        public var maxLanes: Int = 24
        /// At most this many date columns per figure of the timeline: a longer timeline is
        /// split by period into several figures, stacked one under the other.
        public var maxColumns: Int = 8
        /// The event graph's layout engine; nil chooses `dot` for small graphs and the
        /// force-directed `sfdp` above 60 nodes, where a layered layout grows into a long column.
        public var graphLayout: String?

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    static let font = "Helvetica"
    static let eventColors: [String: String] = [
        "meeting": "#cfe2f3", "visit": "#cfe2f3", "declaration": "#d9ead3", "agreement": "#d9ead3",
        "call": "#fce5cd", "other": "#eeeeee", "sanction": "#f4cccc", "military": "#f4cccc", "violence": "#f4cccc", "withdrawal": "#eeeeee",
    ]
    static let actorColors: [String: String] = [
        "person": "#fff2cc", "country": "#d0e0e3", "organization": "#d9d2e9", "group": "#ead1dc", "media": "#e6e6e6",
    ]
    static let directColor = "#ffffff"
    static let reportedColor = "#f3f3f3"

    /// A fact on the timeline: an event or a statement, with the actors it involves.
    struct Fact {
        var id: String
        var kind: String
        var isStatement: Bool
        var direct: Bool
        var text: String
        var date: String?
        /// The lane it sits on first (speaker, agent or first actor), then the others it touches.
        var actors: [String]
        var doc: String
        var span: Span
        /// A typed event's finer kind when it differs from `kind` ("visit" under "meeting").
        var type: String? = nil
        /// A typed event's target (actor id), shown as "→ target".
        var target: String? = nil
        /// A typed event's status when it is not `happened` ("planned", "negated", …).
        var status: String? = nil
        /// A reported statement's verb when what was said follows it right away ("called on"
        /// before "Moscow to release …"): the cell reads "called on Moscow to release …"
        /// instead of "said that Moscow to release …".
        var verb: String? = nil
    }

    // MARK: - Filters

    func inWindow(_ date: String?) -> Bool {
        guard options.from != nil || options.to != nil else { return true }
        guard let d = date, let r = DateRange(value: d) else { return false }
        if let f = options.from, let fr = DateRange(value: f), r.last < fr.first { return false }
        if let t = options.to, let tr = DateRange(value: t), r.first > tr.last { return false }
        return true
    }

    func facts(_ c: Chronology) -> [Fact] {
        var out: [Fact] = []
        let kinds = Dictionary(c.actors.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for e in c.events {
            // the lane: the agent, else a person taking part, else the first actor
            var actors = e.actors.filter { kinds[$0] == .person } + e.actors.filter { kinds[$0] != .person }
            if let a = e.roles["agent"] { actors.removeAll { $0 == a }; actors.insert(a, at: 0) }
            let t = e.typing
            let target = t?.arguments.first { $0.role == "target" }?.actor ?? e.roles["target"]
            out.append(Fact(id: "event:\(e.id)", kind: e.kind, isStatement: false, direct: false, text: e.name ?? e.text,
                            date: e.date, actors: actors, doc: e.doc, span: e.span,
                            type: t.flatMap { $0.type == e.kind ? nil : $0.type }, target: target,
                            status: t.flatMap { $0.status == .happened ? nil : $0.status.rawValue }))
        }
        for s in c.statements {
            // (the cue right before what was said, one space between: "called on Moscow …")
            let verb = s.cueSpan.flatMap { c in !s.direct && c.end < s.span.start && s.span.start - c.end <= 1 ? s.cue : nil }
            out.append(Fact(id: "statement:\(s.id)", kind: s.direct ? "direct" : "reported", isStatement: true, direct: s.direct,
                            text: s.quoted, date: s.date, actors: s.speaker.map { [$0] } ?? [], doc: s.doc, span: s.span, verb: verb))
        }
        return out.filter { f in
            (options.actor.map { f.actors.contains($0) } ?? true) && inWindow(f.date)
                && (options.kinds.isEmpty || options.kinds.contains(f.isStatement ? "statement" : "event") || options.kinds.contains(f.kind))
        }
    }

    // The timeline: Render/Timeline.swift

    // MARK: - Event graph

    /// The event graph: actors, events, statements and dates with labelled edges (said,
    /// about, on-date; an event's agent, target and participants, and the actors only
    /// involved); event nodes show kind, type, PLOVER type and status, with a legend. With `actor`, the actor's
    /// neighbourhood; with `from`/`to`, dated facts in the window; `kinds` keeps node kinds;
    /// above `maxNodes` the most connected nodes stay and the title says how many were dropped.
    public func graph(_ c: Chronology) -> DOTGraph {
        var full = EventGraph(c)
        // an event with no actor in any role and no date (a typed event whose arguments name no
        // actor: "the attack", "taxes were reduced") would stand alone: it is not drawn, and the
        // title and the legend say how many (chronicle.json and the queries keep them)
        let linkedFacts = Set(full.edges.flatMap { [$0.from, $0.to] })
        let alone = full.nodes.filter { $0.kind == .event && !linkedFacts.contains($0.id) }.count
        if alone > 0 { full = Diagrams.restrict(full, to: Set(full.nodes.filter { $0.kind != .event || linkedFacts.contains($0.id) }.map(\.id))) }
        // date window: drop facts outside it (and then dates outside it)
        if options.from != nil || options.to != nil {
            let keep = Set(full.nodes.filter { n in n.kind == .actor || inWindow(n.date) }.map(\.id))
            full = Diagrams.restrict(full, to: keep)
        }
        if let a = options.actor {
            let center = "actor:\(a)"
            var keep: Set<String> = [center]
            // facts touching the actor, then everything those facts touch
            for e in full.edges where e.from == center || e.to == center { keep.insert(e.from); keep.insert(e.to) }
            let facts = keep
            for e in full.edges where facts.contains(e.from) || facts.contains(e.to) { keep.insert(e.from); keep.insert(e.to) }
            full = Diagrams.restrict(full, to: keep)
        }
        if !options.kinds.isEmpty {
            full = Diagrams.restrict(full, to: Set(full.nodes.filter { options.kinds.contains($0.kind.rawValue) }.map(\.id)))
            // actors and dates left without an edge (those only tied to the facts not shown) say nothing
            let linked = Set(full.edges.flatMap { [$0.from, $0.to] })
            full = Diagrams.restrict(full, to: Set(full.nodes.filter { n in
                n.kind == .event || n.kind == .statement || linked.contains(n.id) || n.id == options.actor.map { "actor:\($0)" }
            }.map(\.id)))
        }
        var dropped = 0
        if full.nodes.count > options.maxNodes {
            let before = full.nodes.count
            full = Diagrams.cut(full, to: options.maxNodes, keeping: options.actor.map { "actor:\($0)" })
            dropped = before - full.nodes.count
        }
        var g = DOTGraph(name: "events")
        var title = "Chronicle event graph: \(full.nodes.count) nodes, \(full.edges.count) edges"
        if let a = options.actor { title += ", around \(DOTGraph.clip(c.actor(a)?.name ?? a, 60))" }
        if dropped > 0 { title += " (\(dropped) less connected nodes not shown)" }
        if alone > 0 { title += "; \(alone) event\(alone == 1 ? "" : "s") with no actor and no date not drawn" }
        g.attrs = [("rankdir", "LR"), ("fontname", Diagrams.font), ("label", title), ("labelloc", "t"),
                   ("fontsize", "14"), ("nodesep", "0.2"), ("ranksep", "0.6")]
        let engine = options.graphLayout ?? (full.nodes.count > 60 ? "sfdp" : "dot")
        if engine != "dot" {
            // curved edges routed around nodes, and removing overlaps by prism, cost far more
            // than linear time on thousands of nodes: large graphs get straight edges, and their
            // overlaps are removed by scaling the layout (20,000 nodes: 20 s instead of > 10 min)
            if full.nodes.count > Diagrams.straightEdgesAbove {
                g.attrs += [("layout", engine), ("overlap", "scale"), ("splines", "false"), ("sep", "+6"), ("K", "0.6")]
            } else {
                g.attrs += [("layout", engine), ("overlap", "prism"), ("overlap_scaling", "-4"), ("splines", "true"), ("sep", "+6"), ("K", "0.6")]
            }
        }
        g.nodeDefaults = [("fontname", Diagrams.font), ("fontsize", "10")]
        g.edgeDefaults = [("fontname", Diagrams.font), ("fontsize", "8"), ("color", "#666666")]
        for n in full.nodes {
            switch n.kind {
            case .actor:
                g.nodes.append(.init(n.id, [("label", DOTGraph.wrap(n.label, width: 30, maxLines: 2).joined(separator: "\n")),
                                            ("shape", n.subkind == "person" ? "ellipse" : "hexagon"), ("style", "filled"),
                                            ("fillcolor", Diagrams.actorColors[n.subkind] ?? "#eeeeee")]))
            case .event:
                g.nodes.append(.init(n.id, Diagrams.eventNodeAttributes(n)))
            case .statement:
                g.nodes.append(.init(n.id, [("label", DOTGraph.wrap(n.label, width: 34, maxLines: 3).joined(separator: "\n")), ("shape", "note"),
                                            ("style", n.subkind == "direct" ? "filled" : "filled,dashed"),
                                            ("fillcolor", n.subkind == "direct" ? Diagrams.directColor : Diagrams.reportedColor)]))
            case .date:
                // as a reader writes the date ("15 Feb 2021", "30 Sep 2016, afternoon"), as the timeline does
                g.nodes.append(.init(n.id, [("label", DOTGraph.clip(DateLabel.human(n.label), 30)), ("shape", "box"), ("style", "filled,bold"), ("fillcolor", "#444444"), ("fontcolor", "white")]))
            }
        }
        // every edge runs from actors to facts to dates, so the layout graph has no cycle; an
        // edge that points the other way (about, target) is drawn reversed
        let rank: [EventGraph.NodeKind: Int] = [.actor: 0, .event: 1, .statement: 1, .date: 2]
        let kinds = Dictionary(full.nodes.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for e in full.edges {
            let a = rank[kinds[e.from] ?? .event]!, b = rank[kinds[e.to] ?? .event]!
            let style = Diagrams.roleEdgeStyles[e.label] ?? []
            if a > b || (a == b && e.from > e.to) {
                g.edges.append(.init(e.to, e.from, [("label", e.label), ("dir", "back")] + style))
            } else {
                g.edges.append(.init(e.from, e.to, [("label", e.label)] + style))
            }
        }
        if full.nodes.contains(where: { $0.kind == .event }) { g.subgraphs.append(Diagrams.graphLegend(notDrawn: alone)) }
        return g
    }

    /// How the role edges look: the agent bold, the target red, an actor only named with the
    /// event dotted and grey.
    static let roleEdgeStyles: [String: [(String, String)]] = [
        "agent": [("penwidth", "1.6"), ("color", "#1c4587")],
        "target": [("penwidth", "1.6"), ("color", "#a61c00"), ("fontcolor", "#a61c00")],
        "participant": [("color", "#1c4587")],
        "involved": [("style", "dotted"), ("color", "#999999"), ("fontcolor", "#999999")],
        "place": [("style", "dashed"), ("color", "#38761d"), ("fontcolor", "#38761d")],
    ]

    /// An event node: its kind (and finer type), its PLOVER type, its text, and its status;
    /// an event that is not asserted (planned, negated, demanded, reported, hypothetical) is
    /// dashed and grey. Every part is an escaped DOT string (never an HTML-like label).
    static func eventNodeAttributes(_ n: EventGraph.Node) -> [(String, String)] {
        var head = n.subkind.uppercased()
        if let t = n.type { head += " / " + t }
        // (the PLOVER type only where it says more than the kind: not "REJECT · REJECT")
        if let p = n.plover, p != n.subkind.uppercased(), p != n.type?.uppercased() { head += " · " + p }
        var lines = [DOTGraph.clip(head, 34)] + DOTGraph.wrap(n.label, width: 30, maxLines: 3)
        if let st = n.status { lines.append("[" + DOTGraph.clip(st, 20) + "]") }
        let asserted = n.status == nil
        var attrs: [(String, String)] = [("label", lines.joined(separator: "\n")), ("shape", "box"),
                                         ("style", asserted ? "filled,rounded" : "filled,rounded,dashed"),
                                         ("fillcolor", asserted ? Diagrams.eventColors[n.subkind] ?? "#eeeeee" : Diagrams.notAssertedColor)]
        if !asserted { attrs += [("color", "#777777"), ("fontcolor", "#555555")] }
        return attrs
    }

    static let notAssertedColor = "#f3f3f3"

    /// The legend of the event graph: an asserted and a not-asserted event, and the role
    /// edges, in a box of their own (its nodes are not part of the graph's count); with
    /// `notDrawn`, how many events with no actor and no date were left out.
    static func graphLegend(notDrawn: Int = 0) -> DOTGraph {
        var l = DOTGraph(name: "cluster_legend")
        let note = notDrawn > 0 ? "\nnot drawn: \(notDrawn) event\(notDrawn == 1 ? "" : "s") with no actor and no date" : ""
        l.attrs = [("label", "Legend" + note), ("fontsize", "10"), ("style", "rounded"), ("color", "#bbbbbb")]
        l.nodes = [
            .init("legend:actor", [("label", "actor"), ("shape", "hexagon"), ("style", "filled"), ("fillcolor", Diagrams.actorColors["country"]!), ("fontsize", "9")]),
            .init("legend:asserted", [("label", "KIND / type · PLOVER\nevent that happened"), ("shape", "box"), ("style", "filled,rounded"),
                                      ("fillcolor", Diagrams.eventColors["meeting"]!), ("fontsize", "9")]),
            .init("legend:other", [("label", "KIND\nnot asserted\n[planned, negated, demanded,\nreported, hypothetical]"), ("shape", "box"),
                                   ("style", "filled,rounded,dashed"), ("fillcolor", Diagrams.notAssertedColor), ("color", "#777777"),
                                   ("fontcolor", "#555555"), ("fontsize", "9")]),
        ]
        l.edges = [
            .init("legend:actor", "legend:asserted", [("label", "agent")] + roleEdgeStyles["agent"]!),
            .init("legend:actor", "legend:other", [("label", "target"), ("dir", "back")] + roleEdgeStyles["target"]!),
            .init("legend:actor", "legend:asserted", [("label", "participant")] + roleEdgeStyles["participant"]!),
            .init("legend:actor", "legend:other", [("label", "involved")] + roleEdgeStyles["involved"]!),
            .init("legend:actor", "legend:asserted", [("label", "place"), ("dir", "back")] + roleEdgeStyles["place"]!),
        ]
        return l
    }

    /// Above this many nodes a force-directed graph is drawn with straight edges.
    static let straightEdgesAbove = 2000

    /// At most `max` nodes of `g` that still say something: facts (events and statements) in
    /// order of their degree, each with the actors and dates it is tied to, while they fit;
    /// a fact whose neighbours no longer fit comes alone if it is tied to a node already kept.
    /// A graph of no facts keeps its most connected nodes. Linear in the graph, but for the sort.
    static func cut(_ g: EventGraph, to max: Int, keeping center: String? = nil) -> EventGraph {
        var index: [String: Int] = [:]
        index.reserveCapacity(g.nodes.count)
        for (k, n) in g.nodes.enumerated() where index[n.id] == nil { index[n.id] = k }
        var neighbours = [[Int]](repeating: [], count: g.nodes.count)
        for e in g.edges {
            guard let a = index[e.from], let b = index[e.to], a != b else { continue }
            neighbours[a].append(b)
            neighbours[b].append(a)
        }
        func order(_ ids: [Int]) -> [Int] {
            ids.sorted { (neighbours[$0].count, g.nodes[$1].id) > (neighbours[$1].count, g.nodes[$0].id) }
        }
        var kept = [Bool](repeating: false, count: g.nodes.count)
        var count = 0
        func keep(_ k: Int) { if !kept[k] { kept[k] = true; count += 1 } }
        if let center, let k = index[center] {
            keep(k)
        }
        let facts = order(g.nodes.indices.filter { g.nodes[$0].kind == .event || g.nodes[$0].kind == .statement })
        for f in facts where count < max && !kept[f] {
            let new = Set(neighbours[f].filter { !kept[$0] })
            if count + 1 + new.count <= max {
                keep(f)
                for n in new { keep(n) }
            } else if neighbours[f].contains(where: { kept[$0] }) {
                keep(f)
            }
        }
        if facts.isEmpty {
            // nothing but actors and dates (a kinds filter): the most connected ones
            for k in order(Array(g.nodes.indices)) where count < max { keep(k) }
        }
        var ids = Set<String>()
        for (k, n) in g.nodes.enumerated() where kept[k] { ids.insert(n.id) }
        let restricted = restrict(g, to: ids)
        // nodes left without any edge say nothing here (but the actor asked for)
        let linked = Set(restricted.edges.flatMap { [$0.from, $0.to] })
        return restrict(restricted, to: ids.filter { linked.contains($0) || $0 == center })
    }

    static func restrict(_ g: EventGraph, to keep: Set<String>) -> EventGraph {
        EventGraph(nodes: g.nodes.filter { keep.contains($0.id) }, edges: g.edges.filter { keep.contains($0.from) && keep.contains($0.to) })
    }
}
