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
        /// `statement` choose the facts. Empty: all.
        public var kinds: Set<String> = []
        /// At most this many graph nodes: the most connected are kept, and the label says what was dropped.
        public var maxNodes: Int = 150
        /// At most this many actor lanes on the timeline; the others share an "other actors" lane.
        public var maxLanes: Int = 24
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
            out.append(Fact(id: "statement:\(s.id)", kind: s.direct ? "direct" : "reported", isStatement: true, direct: s.direct,
                            text: s.quoted, date: s.date, actors: s.speaker.map { [$0] } ?? [], doc: s.doc, span: s.span))
        }
        return out.filter { f in
            (options.actor.map { f.actors.contains($0) } ?? true) && inWindow(f.date)
                && (options.kinds.isEmpty || options.kinds.contains(f.isStatement ? "statement" : "event"))
        }
    }

    // MARK: - Timeline

    /// The timeline, in the manner of analysts' timeline charts: time runs left to right with
    /// one column per distinct date (dates of any precision in order of their midpoint), one
    /// horizontal lane per actor, each fact in the cell of its date and first actor with a
    /// dashed tie to the lanes of its other actors. Undated facts sit in their own labelled
    /// column at the right, never at a guessed date.
    public func timeline(_ c: Chronology) -> DOTGraph {
        let all = facts(c)
        let dated = all.filter { $0.date.map { DateRange(value: $0) != nil } ?? false }
        let undated = all.filter { f in !(f.date.map { DateRange(value: $0) != nil } ?? false) }
        let dates = DateRange.sorted(Array(Set(dated.compactMap(\.date))))
        // lanes: actors by number of facts, then name; the rest share one lane
        var count: [String: Int] = [:]
        for f in all { for a in f.actors { count[a, default: 0] += 1 } }
        // (a chronology read from a file may name an actor twice, or an actor it does not have:
        // the first record counts, and an unknown actor goes to the shared lane)
        let names = Dictionary(c.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ranked = count.keys.filter { names[$0] != nil }.sorted { (count[$0]!, names[$1]!.name) > (count[$1]!, names[$0]!.name) }
        var lanes = Array(ranked.prefix(options.maxLanes))
        let others = "~others", nobody = "~nobody"
        let shown = Set(lanes)
        if all.contains(where: { f in f.actors.contains { !shown.contains($0) } }) { lanes.append(others) }
        if all.contains(where: { $0.actors.isEmpty }) { lanes.append(nobody) }
        let laneIndex = Dictionary(uniqueKeysWithValues: lanes.enumerated().map { ($1, $0) })
        func lane(_ actor: String?) -> Int {
            guard let a = actor else { return laneIndex[nobody] ?? 0 }
            return laneIndex[a] ?? laneIndex[others] ?? 0
        }

        // a large timeline is one table: a layered layout of a node per cell grows too fast
        if (dates.count + 2) * lanes.count > Diagrams.gridThreshold {
            return grid(c, dated: dated, undated: undated, dates: dates, lanes: lanes, lane: lane, names: names)
        }

        var g = DOTGraph(name: "timeline")
        g.attrs = [("rankdir", "LR"), ("newrank", "true"), ("nodesep", "0.12"), ("ranksep", "0.35"), ("fontname", Diagrams.font),
                   ("label", timelineTitle(c, dated: dated.count, undated: undated.count)), ("labelloc", "t"), ("fontsize", "14"),
                   ("splines", "line"), ("outputorder", "edgesfirst")]
        g.nodeDefaults = [("fontname", Diagrams.font), ("fontsize", "10")]
        g.edgeDefaults = [("arrowhead", "none")]

        // columns: 0 = lane labels, 1...n = dates, n+1 = undated
        let columns = ["~lanes"] + dates + (undated.isEmpty ? [] : ["~undated"])
        func cellId(_ col: Int, _ lane: Int) -> String { "c\(col)_l\(lane)" }
        var cells: [Int: [Int: [Fact]]] = [:]
        var dateColumn: [String: Int] = [:]
        for (k, d) in dates.enumerated() where dateColumn[d] == nil { dateColumn[d] = k }
        for f in dated {
            let col = dateColumn[f.date!]! + 1
            cells[col, default: [:]][lane(f.actors.first), default: []].append(f)
        }
        if !undated.isEmpty {
            for f in undated { cells[columns.count - 1, default: [:]][lane(f.actors.first), default: []].append(f) }
        }
        // every node of a lane gets the lane's tallest height, so lanes stay straight lines
        var laneHeight = [Double](repeating: 0.4, count: lanes.count)
        for (_, byLane) in cells { for (l, fs) in byLane { laneHeight[l] = max(laneHeight[l], Diagrams.cellHeight(fs, names: names)) } }
        let heightAttr = laneHeight.map { String(format: "%.2f", $0) }
        var undatedCluster = DOTGraph(name: "cluster_undated")
        undatedCluster.attrs = [("label", "Undated: the text gives no date"), ("style", "dashed,rounded"), ("color", "#888888"),
                                ("fontname", Diagrams.font), ("fontsize", "11")]
        for (col, key) in columns.enumerated() {
            var sub = DOTGraph(name: "col\(col)")
            sub.sameRank = true
            // the header row: the time axis
            let header = "h\(col)"
            if col == 0 {
                sub.nodes.append(.init(header, [("label", "Actors"), ("shape", "plaintext"), ("fontsize", "11")]))
            } else if key == "~undated" {
                sub.nodes.append(.init(header, [("label", "undated"), ("shape", "box"), ("style", "dashed,rounded"), ("fontsize", "11")]))
            } else {
                sub.nodes.append(.init(header, [("label", DOTGraph.clip(key, 40)), ("shape", "box"), ("style", "filled,bold"), ("fillcolor", "#444444"),
                                                ("fontcolor", "white"), ("fontsize", "11")]))
            }
            var previous = header
            for (l, laneKey) in lanes.enumerated() {
                let id = cellId(col, l)
                if col == 0 {
                    var label = "other actors", color = "#ffffff"
                    if laneKey == nobody { label = "no named actor" }
                    if let a = names[laneKey] {
                        label = DOTGraph.wrap(a.name, width: 22, maxLines: 2).joined(separator: "\n")
                        color = Diagrams.actorColors[a.kind.rawValue] ?? "#eeeeee"
                    }
                    sub.nodes.append(.init(id, [("label", label), ("shape", "box"), ("style", "filled,rounded"), ("fillcolor", color),
                                                ("margin", "0.1,0.04"), ("height", heightAttr[l])]))
                } else if let fs = cells[col]?[l] {
                    let cell = Diagrams.cell(fs, names: names)
                    sub.nodes.append(.init(id, [("label", cell.label), ("shape", "box"), ("style", cell.style), ("fillcolor", cell.color),
                                                ("margin", "0.08,0.04"), ("height", heightAttr[l])]))
                } else {
                    sub.nodes.append(.init(id, [("shape", "box"), ("width", "0.01"), ("label", ""), ("style", "invis"), ("height", heightAttr[l])]))
                }
                // keep the lanes in order from top to bottom
                sub.edges.append(.init(previous, id, [("style", "invis")]))
                previous = id
            }
            if key == "~undated" {
                undatedCluster.subgraphs.append(sub)
                g.subgraphs.append(undatedCluster)
            } else {
                g.subgraphs.append(sub)
            }
        }
        // lane lines and the time axis
        for col in 0..<(columns.count - 1) {
            let toUndated = columns[col + 1] == "~undated"
            g.edges.append(.init("h\(col)", "h\(col + 1)", toUndated || col == 0
                ? [("style", "invis"), ("weight", "100")]
                : [("penwidth", "3"), ("color", "#444444"), ("arrowhead", "normal"), ("weight", "100")]))
            for l in lanes.indices {
                g.edges.append(.init(cellId(col, l), cellId(col + 1, l), toUndated
                    ? [("style", "invis"), ("weight", "100")]
                    : [("color", "#bbbbbb"), ("weight", "100"), ("headclip", "false"), ("tailclip", "false")]))
            }
        }
        // ties from a fact's cell to the lanes of its other actors, in the same column
        var ties = Set<String>()
        for (col, byLane) in cells.sorted(by: { $0.key < $1.key }) {
            for (l, fs) in byLane.sorted(by: { $0.key < $1.key }) {
                for f in fs {
                    for a in f.actors.dropFirst() {
                        let other = lane(a)
                        guard other != l, ties.insert("\(col)_\(l)_\(other)").inserted else { continue }
                        g.edges.append(.init(cellId(col, l), cellId(col, other), [("style", "dashed"), ("color", "#7f7f7f"), ("constraint", "false")]))
                    }
                }
            }
        }
        g.subgraphs.append(Diagrams.legend())
        return g
    }

    /// Above this many cells (dates × lanes) the timeline is drawn as a grid table.
    static let gridThreshold = 1500

    /// Size of a grid cell, in points: a fixed column width (its text wrapped to fit) and the
    /// height of one line of 9-point text.
    static let gridColumn = 190.0, gridLine = 11.5, gridPad = 8.0

    /// The timeline as a grid: a header row of dates (and an undated column), a row per actor
    /// lane, each fact in the cell of its date and first actor, and a light reference ("↔ …")
    /// in the cells of its other actors. Every cell is a box pinned at its place (the `nop`
    /// layout engine draws the positions given), so the grid is laid out in linear time and
    /// never overlaps; all text is plain, escaped labels.
    func grid(_ c: Chronology, dated: [Fact], undated: [Fact], dates: [String], lanes: [String],
              lane: (String?) -> Int, names: [String: ActorRecord]) -> DOTGraph {
        let columnOf = Dictionary(dates.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let undatedColumn = dates.count
        var main: [Int: [Int: [Fact]]] = [:], refs: [Int: [Int: [Fact]]] = [:]
        for f in dated + undated {
            let col = f.date.flatMap { columnOf[$0] } ?? undatedColumn
            let l = lane(f.actors.first)
            main[l, default: [:]][col, default: []].append(f)
            for a in Set(f.actors.dropFirst().map(lane)) where a != l { refs[a, default: [:]][col, default: []].append(f) }
        }
        let columns = dates.count + (undated.isEmpty ? 0 : 1)
        // the cells' texts first: a row is as tall as its tallest cell
        struct Cell { var label: String; var lines: Int; var color: String; var style: String }
        var rows: [[Cell?]] = []
        var heights: [Double] = []
        for (l, key) in lanes.enumerated() {
            let nameLines = names[key].map { DOTGraph.wrap($0.name, width: 30, maxLines: 2) }
                ?? [key == "~nobody" ? "no named actor" : "other actors"]
            var row: [Cell?] = [Cell(label: nameLines.joined(separator: "\n"), lines: nameLines.count,
                                     color: names[key].map { Diagrams.actorColors[$0.kind.rawValue] ?? "#eeeeee" } ?? "#ffffff", style: "filled")]
            for col in 0..<columns {
                let own = main[l]?[col] ?? [], other = refs[l]?[col] ?? []
                if own.isEmpty && other.isEmpty { row.append(nil); continue }
                var lines: [String] = []
                for f in own.prefix(4) { lines += DOTGraph.wrap(Diagrams.cellText(f, names: names), width: 34, maxLines: 2) }
                if own.count > 4 { lines.append("+ \(own.count - 4) more") }
                for f in other.prefix(2) { lines.append(DOTGraph.clip("↔ " + (f.isStatement ? "statement" : f.kind) + ": " + f.text, 36)) }
                let first = own.first
                let color = first.map { $0.isStatement ? ($0.direct ? Diagrams.directColor : Diagrams.reportedColor) : (Diagrams.eventColors[$0.kind] ?? "#eeeeee") } ?? "#fafafa"
                row.append(Cell(label: lines.joined(separator: DOTGraph.leftBreak) + DOTGraph.leftBreak, lines: lines.count, color: color, style: "filled"))
            }
            rows.append(row)
            heights.append(Double(row.map { $0?.lines ?? 1 }.max() ?? 1) * Diagrams.gridLine + Diagrams.gridPad)
        }
        var g = DOTGraph(name: "timeline")
        g.attrs = [("layout", "nop"), ("fontname", Diagrams.font), ("label", timelineTitle(c, dated: dated.count, undated: undated.count)),
                   ("labelloc", "t"), ("fontsize", "14")]
        g.nodeDefaults = [("fontname", Diagrams.font), ("fontsize", "9"), ("shape", "box"), ("fixedsize", "true"), ("color", "#bbbbbb")]
        func inches(_ p: Double) -> String { String(format: "%.3f", p / 72) }
        func place(_ id: String, x: Double, top: Double, h: Double, _ attrs: [(String, String)]) {
            g.nodes.append(.init(id, [("pos", String(format: "%.1f,%.1f!", x + Diagrams.gridColumn / 2, -(top + h / 2))),
                                      ("width", inches(Diagrams.gridColumn)), ("height", inches(h))] + attrs))
        }
        // the header row
        let headerHeight = Diagrams.gridLine * 2 + Diagrams.gridPad
        place("grid_h0", x: 0, top: 0, h: headerHeight, [("label", "Actors"), ("style", "filled"), ("fillcolor", "#ffffff")])
        for (k, d) in dates.enumerated() {
            place("grid_h\(k + 1)", x: Double(k + 1) * Diagrams.gridColumn, top: 0, h: headerHeight,
                  [("label", DOTGraph.clip(d, 30)), ("style", "filled"), ("fillcolor", "#444444"), ("fontcolor", "white")])
        }
        if !undated.isEmpty {
            place("grid_h\(columns)", x: Double(columns) * Diagrams.gridColumn, top: 0, h: headerHeight,
                  [("label", "undated"), ("style", "filled"), ("fillcolor", "#eeeeee")])
        }
        var top = headerHeight
        for (l, row) in rows.enumerated() {
            for (col, cell) in row.enumerated() {
                guard let cell else { continue }
                place("grid_l\(l)_c\(col)", x: Double(col) * Diagrams.gridColumn, top: top, h: heights[l],
                      [("label", cell.label), ("style", cell.style), ("fillcolor", cell.color)])
            }
            top += heights[l]
        }
        var legend = Diagrams.legend(pinnedAt: (x: 0, y: -(top + 20)))
        legend.name = "cluster_legend"
        g.subgraphs.append(legend)
        return g
    }

    func timelineTitle(_ c: Chronology, dated: Int, undated: Int) -> String {
        var t = "Chronicle timeline: \(c.documents.count) article\(c.documents.count == 1 ? "" : "s"), \(dated) dated and \(undated) undated facts"
        if let a = options.actor, let r = c.actor(a) { t += ", about \(DOTGraph.clip(r.name, 60))" }
        if options.from != nil || options.to != nil { t += ", \(DOTGraph.clip(options.from ?? "…", 20)) to \(DOTGraph.clip(options.to ?? "…", 20))" }
        return t
    }

    /// The label of a cell of the timeline, one paragraph per fact (left-justified), with the
    /// colour and style of its first fact.
    static func cell(_ facts: [Fact], names: [String: ActorRecord]) -> (label: String, color: String, style: String) {
        let sorted = facts.sorted { ($0.isStatement ? 1 : 0, $0.doc, $0.span) < ($1.isStatement ? 1 : 0, $1.doc, $1.span) }
        let shown = sorted.prefix(4)
        var paragraphs: [String] = []
        for f in shown {
            paragraphs.append(DOTGraph.wrap(cellText(f, names: names), width: 38, maxLines: 3).joined(separator: DOTGraph.leftBreak) + DOTGraph.leftBreak)
        }
        if sorted.count > shown.count { paragraphs.append("+ \(sorted.count - shown.count) more" + DOTGraph.leftBreak) }
        let first = sorted[0]
        let color = first.isStatement ? (first.direct ? directColor : reportedColor) : (eventColors[first.kind] ?? "#eeeeee")
        // an event that is not asserted (planned, negated, demanded, …) has a dashed border
        let style = first.isStatement ? (first.direct ? "filled" : "filled,dashed") : first.status == nil ? "filled,rounded" : "filled,rounded,dashed"
        return (paragraphs.joined(separator: DOTGraph.leftBreak), color, style)
    }

    /// The height (inches) a cell's label will take, rounded up, so lanes can be sized alike.
    static func cellHeight(_ facts: [Fact], names: [String: ActorRecord]) -> Double {
        var h = 0.12
        for (k, f) in facts.prefix(4).enumerated() {
            let lines = DOTGraph.wrap(cellText(f, names: names), width: 38, maxLines: 3).count
            h += Double(lines + (k > 0 ? 1 : 0)) * 0.17
        }
        if facts.count > 4 { h += 0.34 }
        return (h * 20).rounded(.up) / 20
    }

    static func cellText(_ f: Fact, names: [String: ActorRecord]) -> String {
        if f.isStatement { return (f.direct ? "" : "said that ") + f.text }
        // the kind (and a typed event's finer kind), a status that is not "happened" in
        // brackets, the target after an arrow, the other actors
        let others = f.actors.dropFirst().filter { $0 != f.target }.compactMap { names[$0]?.name }.prefix(3)
        var head = f.kind.uppercased() + (f.type.map { "/" + $0 } ?? "")
        if let st = f.status { head += " [" + st + "]" }
        let target = f.target.flatMap { names[$0]?.name }.map { " → " + $0 } ?? ""
        return head + ": " + f.text + target + (others.isEmpty ? "" : " (with " + others.joined(separator: ", ") + ")")
    }

    static let legendRows: [(label: String, color: String, style: String)] = [
        ("meeting, visit", eventColors["meeting"]!, "filled,rounded"), ("declaration, agreement", eventColors["declaration"]!, "filled,rounded"),
        ("call", eventColors["call"]!, "filled,rounded"), ("sanction, military, violence", eventColors["military"]!, "filled,rounded"),
        ("other event", eventColors["other"]!, "filled,rounded"), ("direct quote", directColor, "filled"),
        ("reported speech", reportedColor, "filled,dashed"),
    ]

    /// The legend: a column of small boxes in the colours and styles of the cells.
    static func legend() -> DOTGraph {
        var l = DOTGraph(name: "cluster_legend")
        l.attrs = [("label", "Legend"), ("fontname", font), ("fontsize", "10"), ("style", "rounded"), ("color", "#999999")]
        var column = DOTGraph(name: "legend_rows")
        column.sameRank = true
        for (k, row) in legendRows.enumerated() {
            column.nodes.append(.init("legend\(k)", [("label", row.label), ("shape", "box"), ("style", row.style), ("fillcolor", row.color),
                                                     ("fontsize", "9"), ("width", "2.2"), ("height", "0.25")]))
            // (in a left-to-right layout, the head of a flat edge goes above its tail)
            if k > 0 { column.edges.append(.init("legend\(k)", "legend\(k - 1)", [("style", "invis")])) }
        }
        let note = "legend\(legendRows.count)"
        column.nodes.append(.init(note, [("label", "dashed line: the fact also\ninvolves that lane's actor"), ("shape", "plaintext"), ("fontsize", "9")]))
        column.edges.append(.init(note, "legend\(legendRows.count - 1)", [("style", "invis")]))
        l.subgraphs.append(column)
        return l
    }

    /// The legend with its boxes pinned in a row from `pinnedAt` (points), for the `nop` grid.
    static func legend(pinnedAt p: (x: Double, y: Double)) -> DOTGraph {
        var l = DOTGraph(name: "cluster_legend")
        l.attrs = [("label", "Legend"), ("fontname", font), ("fontsize", "10"), ("style", "rounded"), ("color", "#999999")]
        for (k, row) in legendRows.enumerated() {
            l.nodes.append(.init("legend\(k)", [("label", row.label), ("style", row.style), ("fillcolor", row.color),
                                                ("pos", String(format: "%.1f,%.1f!", p.x + 80 + Double(k) * 170, p.y)),
                                                ("width", "2.2"), ("height", "0.25"), ("color", "#000000")]))
        }
        return l
    }

    // MARK: - Event graph

    /// The event graph: actors, events, statements and dates with labelled edges (said,
    /// participant, about, on-date, called-on, initiated). With `actor`, the actor's
    /// neighbourhood; with `from`/`to`, dated facts in the window; `kinds` keeps node kinds;
    /// above `maxNodes` the most connected nodes stay and the title says how many were dropped.
    public func graph(_ c: Chronology) -> DOTGraph {
        var full = EventGraph(c)
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
                g.nodes.append(.init(n.id, [("label", ([DOTGraph.clip(n.subkind.uppercased(), 30)] + DOTGraph.wrap(n.label, width: 30, maxLines: 3)).joined(separator: "\n")),
                                            ("shape", "box"), ("style", "filled,rounded"), ("fillcolor", Diagrams.eventColors[n.subkind] ?? "#eeeeee")]))
            case .statement:
                g.nodes.append(.init(n.id, [("label", DOTGraph.wrap(n.label, width: 34, maxLines: 3).joined(separator: "\n")), ("shape", "note"),
                                            ("style", n.subkind == "direct" ? "filled" : "filled,dashed"),
                                            ("fillcolor", n.subkind == "direct" ? Diagrams.directColor : Diagrams.reportedColor)]))
            case .date:
                g.nodes.append(.init(n.id, [("label", DOTGraph.clip(n.label, 30)), ("shape", "box"), ("style", "filled,bold"), ("fillcolor", "#444444"), ("fontcolor", "white")]))
            }
        }
        // every edge runs from actors to facts to dates, so the layout graph has no cycle; an
        // edge that points the other way (about, called-on) is drawn reversed
        let rank: [EventGraph.NodeKind: Int] = [.actor: 0, .event: 1, .statement: 1, .date: 2]
        let kinds = Dictionary(full.nodes.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for e in full.edges {
            let a = rank[kinds[e.from] ?? .event]!, b = rank[kinds[e.to] ?? .event]!
            if a > b || (a == b && e.from > e.to) {
                g.edges.append(.init(e.to, e.from, [("label", e.label), ("dir", "back")]))
            } else {
                g.edges.append(.init(e.from, e.to, [("label", e.label)]))
            }
        }
        return g
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
