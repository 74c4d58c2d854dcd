import Foundation

/// The timeline, in the manner of analysts' timeline charts: time runs left to right with one
/// column per distinct date (dates of any precision in order of their midpoint, labelled as a
/// reader writes them: "27 Dec 2019", "week 39, 2019"), one row ("lane") per actor, each fact in
/// the cell of its date and first actor, and a light reference ("↔ …") in the cells of its other
/// actors. Identical facts in a cell (same kind, text and actors) are shown once, with a count.
///
/// The grid is computed here and every box is pinned at its place; Graphviz only draws it (the
/// `nop2` engine, `neato -n2`: positions as given), so a timeline is laid out in linear time
/// and boxes never overlap. A timeline of more than `maxColumns` dates is split by period
/// (whole months where they fit) into several figures, stacked one under the other in one
/// drawing, or drawn one by one (`timelineFigures`). Undated facts sit in their own column at
/// the end, never at a guessed date.
extension Diagrams {
    /// Sizes, in points: the lane-name column, a date column (its text wrapped to fit), one
    /// line of 9-point text, the padding of a cell, and the gap between figures.
    static let laneColumn = 150.0, dateColumn = 175.0, gridLine = 11.5, gridPad = 8.0, figureGap = 28.0
    /// Characters per line of a cell, and the most distinct facts a cell lists.
    static let cellWidth = 33, cellFacts = 4

    /// The whole timeline as one drawing: its figures one under the other, then the legend.
    public func timeline(_ c: Chronology) -> DOTGraph {
        let plan = timelinePlan(c)
        var g = timelineGraph(plan.title)
        var top = 0.0
        for k in plan.figures.indices { drawFigure(plan, k, into: &g, top: &top) }
        g.subgraphs.append(Diagrams.legend(pinnedAt: (x: 0, y: -(top + 14))))
        return g
    }

    /// The timeline as separate drawings, one per figure (period), each with its legend.
    public func timelineFigures(_ c: Chronology) -> [DOTGraph] {
        let plan = timelinePlan(c)
        return plan.figures.indices.map { k in
            var g = timelineGraph(plan.title)
            var top = 0.0
            drawFigure(plan, k, into: &g, top: &top)
            g.subgraphs.append(Diagrams.legend(pinnedAt: (x: 0, y: -(top + 14))))
            return g
        }
    }

    /// A column of the grid: a date value, or nil for the undated facts.
    struct TimelineColumn { var date: String? }

    struct TimelinePlan {
        var title: String
        var lanes: [String]
        var names: [String: ActorRecord]
        /// The columns of each figure.
        var figures: [[TimelineColumn]]
        /// Facts by column key (the date, "" for undated) and lane index: those in the lane of
        /// their first actor, and those that only touch the lane.
        var own: [String: [Int: [Fact]]]
        var refs: [String: [Int: [Fact]]]
    }

    static let othersLane = "~others", nobodyLane = "~nobody"

    /// The kinds a timeline can be cut to: events or statements, an event kind, a statement kind.
    public static let timelineKinds = ["event", "statement", "direct", "reported"] + eventColors.keys.sorted()

    func timelinePlan(_ c: Chronology) -> TimelinePlan {
        let all = facts(c)
        var ranges: [String: DateRange] = [:]
        var dated: [Fact] = [], undated: [Fact] = []
        for f in all {
            if let d = f.date, let r = ranges[d] ?? DateRange(value: d) {
                ranges[d] = r
                dated.append(f)
            } else {
                undated.append(f)
            }
        }
        let dates = DateRange.sorted(Array(ranges.keys))
        // lanes: actors by number of facts, then name; the rest share one lane
        var count: [String: Int] = [:]
        for f in all { for a in f.actors { count[a, default: 0] += 1 } }
        // (a chronology read from a file may name an actor twice, or an actor it does not have:
        // the first record counts, and an unknown actor goes to the shared lane)
        let names = Dictionary(c.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ranked = count.keys.filter { names[$0] != nil }.sorted { (count[$0]!, names[$1]!.name) > (count[$1]!, names[$0]!.name) }
        var lanes = Array(ranked.prefix(options.maxLanes))
        let shown = Set(lanes)
        if all.contains(where: { f in f.actors.contains { !shown.contains($0) } }) { lanes.append(Diagrams.othersLane) }
        if all.contains(where: { $0.actors.isEmpty }) { lanes.append(Diagrams.nobodyLane) }
        let laneIndex = Dictionary(uniqueKeysWithValues: lanes.enumerated().map { ($1, $0) })
        func lane(_ actor: String?) -> Int {
            guard let a = actor else { return laneIndex[Diagrams.nobodyLane] ?? 0 }
            return laneIndex[a] ?? laneIndex[Diagrams.othersLane] ?? 0
        }
        var own: [String: [Int: [Fact]]] = [:], refs: [String: [Int: [Fact]]] = [:]
        for f in dated + undated {
            let key = f.date.flatMap { ranges[$0] != nil ? $0 : nil } ?? ""
            let l = lane(f.actors.first)
            own[key, default: [:]][l, default: []].append(f)
            for a in Set(f.actors.dropFirst().map(lane)) where a != l { refs[key, default: [:]][a, default: []].append(f) }
        }
        // figures: runs of whole months while they fit in maxColumns; a longer month is cut
        // into figures of its own
        let n = max(1, options.maxColumns)
        var figures: [[TimelineColumn]] = [], current: [TimelineColumn] = []
        var k = 0
        while k < dates.count {
            let month = Diagrams.monthKey(ranges[dates[k]]!)
            var end = k + 1
            while end < dates.count, Diagrams.monthKey(ranges[dates[end]]!) == month { end += 1 }
            let group = dates[k..<end].map { TimelineColumn(date: $0) }
            if current.count + group.count > n, !current.isEmpty {
                figures.append(current)
                current = []
            }
            if group.count > n {
                var rest = group[...]
                // a long month alone, in pieces (the last piece joins no other month)
                while !rest.isEmpty {
                    figures.append(Array(rest.prefix(n)))
                    rest = rest.dropFirst(n)
                }
            } else {
                current += group
            }
            k = end
        }
        if !undated.isEmpty {
            if current.count >= n { figures.append(current); current = [] }
            current.append(TimelineColumn(date: nil))
        }
        if !current.isEmpty || figures.isEmpty { figures.append(current) }
        return TimelinePlan(title: timelineTitle(c, dated: dated.count, undated: undated.count), lanes: lanes, names: names,
                            figures: figures, own: own, refs: refs)
    }

    /// Year and month of the middle of a date's span.
    static func monthKey(_ r: DateRange) -> Int {
        let mid = CalendarDate(dayNumber: r.first + (r.last - r.first) / 2)
        return mid.year * 12 + mid.month
    }

    func timelineGraph(_ title: String) -> DOTGraph {
        var g = DOTGraph(name: "timeline")
        g.attrs = [("layout", "nop2"), ("fontname", Diagrams.font), ("label", title), ("labelloc", "t"), ("fontsize", "14")]
        g.nodeDefaults = [("fontname", Diagrams.font), ("fontsize", "9"), ("shape", "box"), ("fixedsize", "true"), ("color", "#bbbbbb")]
        return g
    }

    /// A group of identical facts in one cell: shown once, with how many there are.
    struct FactGroup { var first: Fact; var count: Int }

    /// The facts of a cell, identical ones (kind, text, actors) together, in the order of their
    /// first mention (events before statements, then document and position).
    static func groups(_ facts: [Fact]) -> [FactGroup] {
        let sorted = facts.sorted { ($0.isStatement ? 1 : 0, $0.doc, $0.span) < ($1.isStatement ? 1 : 0, $1.doc, $1.span) }
        var index: [String: Int] = [:], out: [FactGroup] = []
        for f in sorted {
            let key = "\(f.isStatement)\u{1}\(f.kind)\u{1}\(DOTGraph.text(f.text).lowercased())\u{1}\(f.actors.joined(separator: ","))"
            if let k = index[key] { out[k].count += 1 } else { index[key] = out.count; out.append(FactGroup(first: f, count: 1)) }
        }
        return out
    }

    /// Draws figure `k` of `plan` into `g` from `top` (points, downwards), and moves `top` below it.
    func drawFigure(_ plan: TimelinePlan, _ k: Int, into g: inout DOTGraph, top: inout Double) {
        let columns = plan.figures[k]
        let key = { (c: TimelineColumn) in c.date ?? "" }
        // the lanes with something in this figure, in the order of all lanes
        let lanes = plan.lanes.indices.filter { l in
            columns.contains { plan.own[key($0)]?[l] != nil || plan.refs[key($0)]?[l] != nil }
        }
        let width = Diagrams.laneColumn + Double(columns.count) * Diagrams.dateColumn
        func inches(_ p: Double) -> String { String(format: "%.3f", p / 72) }
        func place(_ id: String, x: Double, top: Double, w: Double, h: Double, _ attrs: [(String, String)]) {
            g.nodes.append(.init("f\(k + 1)_" + id, [("pos", String(format: "%.1f,%.1f!", x + w / 2, -(top + h / 2))),
                                                   ("width", inches(w)), ("height", inches(h))] + attrs))
        }
        // the figure's heading: its period
        let dated = columns.compactMap(\.date)
        var heading = "Figure \(k + 1) of \(plan.figures.count)"
        if let a = dated.first, let b = dated.last {
            heading += a == b ? ": \(DateLabel.human(a))" : ": \(DateLabel.human(a)) to \(DateLabel.human(b))"
        }
        if columns.contains(where: { $0.date == nil }) { heading += dated.isEmpty ? ": undated facts" : ", and the undated facts" }
        if k > 0 { top += Diagrams.figureGap }
        place("title", x: 0, top: top, w: width, h: 20, [("label", heading + DOTGraph.leftBreak), ("shape", "plaintext"), ("fontsize", "12")])
        top += 20
        // the header row: the time axis
        let headerHeight = Diagrams.gridLine * 2 + Diagrams.gridPad
        place("h0", x: 0, top: top, w: Diagrams.laneColumn, h: headerHeight, [("label", "Actors"), ("style", "filled"), ("fillcolor", "#ffffff")])
        for (col, c) in columns.enumerated() {
            let x = Diagrams.laneColumn + Double(col) * Diagrams.dateColumn
            if let d = c.date {
                place("h\(col + 1)", x: x, top: top, w: Diagrams.dateColumn, h: headerHeight,
                      [("label", DOTGraph.clip(DateLabel.human(d), 30)), ("style", "filled"), ("fillcolor", "#444444"), ("fontcolor", "white"),
                       ("fontsize", "10")])
            } else {
                place("h\(col + 1)", x: x, top: top, w: Diagrams.dateColumn, h: headerHeight,
                      [("label", "undated:\nthe text gives no date"), ("style", "filled,dashed"), ("fillcolor", "#eeeeee"), ("color", "#888888")])
            }
        }
        top += headerHeight
        // the rows: a row is as tall as its tallest cell
        struct Cell { var label: String; var lines: Int; var color: String; var style: String }
        for l in lanes {
            let laneKey = plan.lanes[l]
            let actor = plan.names[laneKey]
            let nameLines = actor.map { DOTGraph.wrap($0.name, width: 26, maxLines: 2) }
                ?? [laneKey == Diagrams.nobodyLane ? "no named actor" : "other actors"]
            var cells: [Cell?] = []
            for c in columns {
                let own = Diagrams.groups(plan.own[key(c)]?[l] ?? []), other = Diagrams.groups(plan.refs[key(c)]?[l] ?? [])
                if own.isEmpty && other.isEmpty { cells.append(nil); continue }
                var lines: [String] = []
                for grp in own.prefix(Diagrams.cellFacts) {
                    var text = Diagrams.cellText(grp.first, names: plan.names)
                    if grp.count > 1 { text = "×\(grp.count) " + text }
                    // several facts in a cell: each starts with a bullet
                    if own.count > 1 { text = "• " + text }
                    lines += DOTGraph.wrap(text, width: Diagrams.cellWidth, maxLines: own.count > 2 ? 2 : 3)
                }
                if own.count > Diagrams.cellFacts {
                    let more = own.dropFirst(Diagrams.cellFacts).reduce(0) { $0 + $1.count }
                    lines.append("+ \(more) more")
                }
                for grp in other.prefix(2) {
                    let f = grp.first
                    lines.append(DOTGraph.clip("↔ " + (f.isStatement ? "statement" : f.kind) + ": " + f.text, Diagrams.cellWidth + 2))
                }
                if other.count > 2 { lines.append("↔ + \(other.count - 2) more") }
                let first = own.first?.first
                let color = first.map { $0.isStatement ? ($0.direct ? Diagrams.directColor : Diagrams.reportedColor) : (Diagrams.eventColors[$0.kind] ?? "#eeeeee") } ?? "#fafafa"
                // an event that is not asserted (planned, negated, demanded, …) has a dashed border
                let style = first.map { !$0.isStatement && $0.status != nil ? "filled,dashed" : "filled" } ?? "filled"
                cells.append(Cell(label: lines.joined(separator: DOTGraph.leftBreak) + DOTGraph.leftBreak, lines: lines.count, color: color, style: style))
            }
            let lines = max(nameLines.count, cells.map { $0?.lines ?? 1 }.max() ?? 1)
            let h = Double(lines) * Diagrams.gridLine + Diagrams.gridPad
            place("l\(l)_c0", x: 0, top: top, w: Diagrams.laneColumn, h: h,
                  [("label", nameLines.joined(separator: "\n")), ("style", "filled"),
                   ("fillcolor", actor.map { Diagrams.actorColors[$0.kind.rawValue] ?? "#eeeeee" } ?? "#ffffff")])
            for (col, cell) in cells.enumerated() {
                guard let cell else { continue }
                place("l\(l)_c\(col + 1)", x: Diagrams.laneColumn + Double(col) * Diagrams.dateColumn, top: top, w: Diagrams.dateColumn, h: h,
                      [("label", cell.label), ("style", cell.style), ("fillcolor", cell.color)])
            }
            top += h
        }
    }

    func timelineTitle(_ c: Chronology, dated: Int, undated: Int) -> String {
        var t = "Chronicle timeline: \(c.documents.count) article\(c.documents.count == 1 ? "" : "s"), \(dated) dated and \(undated) undated facts"
        if let a = options.actor, let r = c.actor(a) { t += ", about \(DOTGraph.clip(r.name, 60))" }
        if options.from != nil || options.to != nil {
            t += ", \(options.from.map { DOTGraph.clip(DateLabel.human($0), 20) } ?? "…") to \(options.to.map { DOTGraph.clip(DateLabel.human($0), 20) } ?? "…")"
        }
        return t
    }

    static func cellText(_ f: Fact, names: [String: ActorRecord]) -> String {
        if f.isStatement { return (f.direct ? "" : f.verb.map { $0 + " " } ?? "said that ") + f.text }
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

    /// The legend: boxes in the cells' colours pinned in a row from `pinnedAt` (points), and
    /// what "×3" and "↔" mean.
    static func legend(pinnedAt p: (x: Double, y: Double)) -> DOTGraph {
        var l = DOTGraph(name: "cluster_legend")
        l.attrs = [("label", "Legend"), ("fontname", font), ("fontsize", "10"), ("style", "rounded"), ("color", "#999999")]
        for (k, row) in legendRows.enumerated() {
            l.nodes.append(.init("legend\(k)", [("label", row.label), ("style", "filled"), ("fillcolor", row.color),
                                                ("pos", String(format: "%.1f,%.1f!", p.x + 80 + Double(k) * 170, p.y)),
                                                ("width", "2.2"), ("height", "0.25"), ("color", "#000000")]))
        }
        l.nodes.append(.init("legend_note", [("label", "×3: the same fact three times · ↔: a fact of another lane that involves this actor"),
                                              ("shape", "plaintext"), ("pos", String(format: "%.1f,%.1f!", p.x + 300, p.y - 22)),
                                              ("width", "8"), ("height", "0.25")]))
        return l
    }
}
