import Foundation
import GRDB

/// One actor's timeline over a store (`chronicle timeline --actor NAME`): the statements it
/// made or is the subject of and the events it takes part in (the stored facts, as corrected),
/// plus the events the articles tell about it that no stored fact holds (`EntityTimeline`, over
/// the articles that name it, re-analysed with the parse); in time order, facts of one date
/// together, undated facts apart.
public struct ActorTimeline: Sendable {
    public struct Item: Sendable, Hashable {
        /// `statement`, `event` (stored facts) or `mention` (an event the linker found).
        public var kind: String
        /// The stored fact's id (nil for a mention).
        public var id: String?
        public var document: String
        /// The fact's span (a statement's content, an event's text; a mention's trigger).
        public var span: Span
        /// The word that names the event: a statement's speech verb, an event's trigger.
        public var trigger: Span
        public var text: String
        public var date: String?
        /// `time`, `document` or `fact` (the stored fact's own date).
        public var dateSource: String?
        public var speaker: String?
        public var actors: [String]
        public var rule: String
        /// The place on the timeline: equal for facts of one date, 0 for undated facts.
        public var order: Int
    }

    public var name: String
    /// The name the timeline was asked for (the `entity` of the JSON lines).
    public var asked: String?
    public var kind: String?
    public var aliases: [String]
    public var items: [Item]

    /// Dated items grouped by date, in time order.
    public var groups: [(date: String, items: [Item])] {
        var out: [(date: String, items: [Item])] = []
        for i in items where i.order > 0 {
            if let last = out.last, last.date == i.date { out[out.count - 1].items.append(i) } else { out.append((i.date ?? "", [i])) }
        }
        return out
    }

    public var undated: [Item] { items.filter { $0.order == 0 } }

    /// Builds the timeline of `name` over `store`. An actor the store does not know is looked
    /// for by its name in the articles; a name neither knows is an `unknownActor` error.
    public static func build(store: any QueryStore, name: String, pipeline: Pipeline) throws -> ActorTimeline {
        let c = Chronicler(store: store)
        var report: Chronicler.ActorReport?
        var lookup: ChronicleError?
        do { report = try c.actor(name) } catch let e as ChronicleError { lookup = e }
        let display = report?.name ?? name
        let aliases = (report?.aliases ?? []).filter { $0.lowercased() != display.lowercased() }
        let linker = EntityTimeline(name: display, aliases: aliases, isPerson: report.map { $0.kind == "person" })
        // triggers of the stored facts
        var facts: [Item] = []
        var docs: [(id: String, text: String, date: String?)] = []
        try store.withQuerySource { db in
            for r in report?.facts ?? [] {
                let table = r.kind == .statement ? "statement" : "event"
                let cols = r.kind == .statement ? "cue_start, cue_end" : "trigger_start, trigger_end"
                var trigger = r.span
                var found: (Int, Int)?
                try db.each("SELECT \(cols) FROM \(table) WHERE id = ?", [.text(r.id)]) { row in
                    // (NULL columns have no bytes; `int` reads either backend's integers)
                    if found == nil, row.bytes(0) != nil, row.bytes(1) != nil { found = (row.int(0), row.int(1)) }
                }
                if let (s, e) = found, e > s { trigger = Span(s, e) }
                facts.append(Item(kind: r.kind.rawValue, id: r.id, document: r.doc, span: r.span, trigger: trigger, text: r.text, date: r.date,
                                  dateSource: r.date == nil ? nil : "fact", speaker: r.speaker, actors: r.actors, rule: r.rule, order: 0))
            }
            let keys = Set(linker.variants.compactMap(\.first))
            let factDocs = Set(facts.map(\.document))
            try db.each("SELECT id, text, date FROM document ORDER BY \(db.dialect.binary("id"))", []) { row in
                let id = row.text(0) ?? "", text = row.text(1) ?? ""
                let lower = text.lowercased()
                guard keys.contains(where: { lower.contains($0) }) || factDocs.contains(id) else { return }
                docs.append((id, text, row.text(2)))
            }
        }
        if report == nil && docs.isEmpty { throw lookup ?? ChronicleError.unknownActor(name: name, suggestions: []) }
        var p = pipeline
        p.runsSyntax = true
        var mentions: [Item] = []
        for d in docs {
            let a = p.analyze(id: d.id, text: d.text, date: d.date)
            // a stored event in the headline is told again below it, where it has its date (as for the linker's events)
            if let title = a.document.title {
                facts.removeAll { $0.document == d.id && $0.kind == "event" && title.overlaps($0.trigger) }
            }
            // a stored fact dated by the article alone took place on the day of the lead (`EntityTimeline.leadDate`)
            if let lead = EntityTimeline.leadDate(a), let dct = a.document.date.map({ String($0.prefix(10)) }) {
                let timed = Set(a.times.filter(\.isCalendarValue).map(\.provenance.sentence))
                for k in facts.indices where facts[k].document == d.id && facts[k].date.map({ String($0.prefix(10)) }) == dct {
                    if let s = a.document.sentence(containing: facts[k].trigger.start), !timed.contains(s) { facts[k].date = lead; facts[k].dateSource = "lead" }
                }
            }
            for e in linker.entries(a) {
                // a stored event of a verb no lexicon knows (`GenericVerbs`) gives way to the
                // parse's reading of the same verb, which dates it from the sentence
                facts.removeAll { $0.document == e.document && $0.kind == "event" && $0.rule == GenericVerbs.rule && $0.trigger.overlaps(e.trigger) }
                // an event a stored fact of the actor already holds is that fact
                if facts.contains(where: { $0.document == e.document && ($0.trigger.overlaps(e.trigger) || ($0.kind == "event" && $0.span.contains(e.trigger))) }) { continue }
                mentions.append(Item(kind: "mention", id: nil, document: e.document, span: e.trigger, trigger: e.trigger, text: e.text, date: e.date,
                                     dateSource: e.dateSource, speaker: nil, actors: [display], rule: "link-" + e.rule, order: 0))
            }
        }
        return ActorTimeline(name: display, asked: name, kind: report?.kind, aliases: aliases, items: ordered(facts + mentions))
    }

    /// Sorts items by date (the start of the period, the finer first), then document and span;
    /// gives each distinct date its place (1, 2, …) and undated items 0, at the end.
    static func ordered(_ items: [Item]) -> [Item] {
        func key(_ i: Item) -> (Int, Int, Int, String, Int, String) {
            guard let d = i.date, let r = DateRange(value: d) else { return (1, 0, 0, i.document, i.trigger.start, i.kind) }
            return (0, r.first, r.last, i.document, i.trigger.start, i.kind)
        }
        var sorted = items.sorted { key($0) < key($1) }
        var place = 0
        var last: String?
        for k in sorted.indices {
            guard let d = sorted[k].date, DateRange(value: d) != nil else { sorted[k].order = 0; continue }
            if d != last { place += 1; last = d }
            sorted[k].order = place
        }
        return sorted
    }

    // MARK: output

    /// The scorer's JSON Lines (`timeline_score.py --system`): one line per item, the trigger
    /// as the span, the document id without a `.txt` ending.
    public func jsonl() -> String {
        var out = ""
        for i in items {
            let doc = i.document.hasSuffix(".txt") ? String(i.document.dropLast(4)) : i.document
            let o: JSON = .object([("entity", .string(asked ?? name)), ("doc", .string(doc)), ("span", .span(i.trigger)), ("date", .str(i.date.flatMap(ActorTimeline.calendarDate))),
                                   ("order", .int(i.order)), ("kind", .string(i.kind)), ("id", .str(i.id)), ("text", .string(i.text)), ("rule", .string(i.rule))])
            out += o.serialized(indent: nil) + "\n"
        }
        return out
    }

    /// A date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (the scorer's forms): a week or quarter
    /// becomes its year, a time its day; nil for no calendar date.
    static func calendarDate(_ v: String) -> String? {
        let parts = v.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard let y = parts.first, y.count == 4, y.allSatisfy(\.isNumber) else { return nil }
        var out = String(y)
        for p in parts.dropFirst().prefix(2) {
            guard p.count == 2, p.allSatisfy(\.isNumber) else { break }
            out += "-" + p
        }
        return out
    }

    func json(_ i: Item) -> JSON {
        .object([("kind", .string(i.kind)), ("id", .str(i.id)), ("date", .str(i.date)), ("date_source", .str(i.dateSource)), ("doc", .string(i.document)),
                 ("span", .span(i.span)), ("trigger", .span(i.trigger)), ("text", .string(i.text)), ("speaker", .str(i.speaker)),
                 ("actors", .strings(i.actors)), ("rule", .string(i.rule))])
    }

    public func jsonDocument() -> String {
        let g: [JSON] = groups.map { g in .object([("date", .string(g.date)), ("facts", .array(g.items.map(json)))]) }
        return JSON.object([("actor", .string(name)), ("kind", .str(kind)), ("aliases", .strings(aliases)), ("timeline", .array(g)),
                            ("undated", .array(undated.map(json)))]).serialized() + "\n"
    }

    static func what(_ i: Item) -> String {
        let text = i.text.count > 160 ? String(i.text.prefix(157)) + "..." : i.text
        switch i.kind {
        case "statement": return (i.speaker.map { "\($0): " } ?? "") + "\"\(text)\""
        case "event": return text
        default: return "(\(text))"
        }
    }

    public func table() -> String {
        var out = "\(name)" + (kind.map { " (\($0))" } ?? "") + (aliases.isEmpty ? "" : "; also: " + aliases.joined(separator: ", ")) + "\n"
        for g in groups {
            out += "\n\(DateLabel.human(g.date))\n"
            for i in g.items { out += "  \(i.kind.padding(toLength: 9, withPad: " ", startingAt: 0)) \(ActorTimeline.what(i))  [\(i.document) \(i.trigger.start)-\(i.trigger.end)]\n" }
        }
        if !undated.isEmpty {
            out += "\nundated\n"
            for i in undated { out += "  \(i.kind.padding(toLength: 9, withPad: " ", startingAt: 0)) \(ActorTimeline.what(i))  [\(i.document) \(i.trigger.start)-\(i.trigger.end)]\n" }
        }
        return out
    }

    public func markdown() -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var out = "# \(cell(name))\n"
        for g in groups {
            out += "\n## \(cell(DateLabel.human(g.date)))\n\n"
            for i in g.items { out += "- \(i.kind): \(cell(ActorTimeline.what(i))) (`\(i.document)` \(i.trigger.start)-\(i.trigger.end))\n" }
        }
        if !undated.isEmpty {
            out += "\n## Undated\n\n"
            for i in undated { out += "- \(i.kind): \(cell(ActorTimeline.what(i))) (`\(i.document)` \(i.trigger.start)-\(i.trigger.end))\n" }
        }
        return out
    }
}
