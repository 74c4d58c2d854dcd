/// Writes `chronicle.json` to the contract in `acceptance/chronicle-json.md`.
public struct ChronicleJSONWriter: Sendable {
    public init() {}

    /// A document id without its `.txt` (the prefix of fact ids).
    static func stem(_ doc: String) -> String {
        doc.hasSuffix(".txt") ? String(doc.dropLast(4)) : doc
    }

    static func mention(_ m: MentionRecord, form: Bool = true) -> JSON {
        var o: [(String, JSON)] = [("doc", .string(m.doc)), ("span", .span(m.span)), ("text", .string(m.text))]
        if form { o.append(("form", .string(m.form))) }
        o.append(("rule", .string(m.rule)))
        return .object(o)
    }

    public func json(_ c: Chronology) -> JSON {
        .object([
            ("chronicle", .int(1)),
            ("documents", .array(c.documents.map { d in
                .object([
                    ("doc", .string(d.id)), ("title", .str(d.title)), ("date", .str(d.date)), ("source", .str(d.source)),
                    ("date_source", .str(d.dateSource)),
                    ("not_body", .array(d.notBody.map { .object([("span", .span($0.span)), ("text", .string($0.text)), ("rule", .string($0.rule))]) })),
                ])
            })),
            ("actors", .array(c.actors.map { a in
                .object([
                    ("id", .string(a.id)), ("name", .string(a.name)), ("kind", .string(a.kind.rawValue)),
                    ("aliases", .strings(a.aliases)), ("role", .str(a.role)),
                    ("mentions", .array(a.mentions.map { ChronicleJSONWriter.mention($0) })),
                ])
            })),
            ("times", .array(c.times.map { t in
                var o: [(String, JSON)] = [("id", .string(t.id)), ("doc", .string(t.doc)), ("span", .span(t.span)), ("text", .string(t.text)),
                                           ("type", .string(t.type)), ("value", .str(t.value))]
                if let m = t.mod { o.append(("mod", .string(m))) }
                o += [("sentence", .span(t.sentence)), ("rule", .string(t.rule))]
                return .object(o)
            })),
            ("statements", .array(c.statements.map { s in
                .object([
                    ("id", .string(s.id)), ("doc", .string(s.doc)), ("span", .span(s.span)), ("text", .string(s.text)),
                    ("direct", .bool(s.direct)), ("speaker", .str(s.speaker)), ("speaker_name", .str(s.speakerName)),
                    ("source_span", .span(s.sourceSpan)), ("cue_span", .span(s.cueSpan)), ("cue", .str(s.cue)),
                    ("date", .str(s.date)), ("about", .strings(s.about)), ("parts", .array(s.parts.map { .span($0) })),
                    ("sentence", .span(s.sentence)), ("sentence_text", .str(s.sentenceText)), ("rule", .string(s.rule)),
                    ("kind", .str(s.cue.flatMap { ChronicleJSONWriter.lexicon?.statementKind(cue: $0) })),
                ])
            })),
            ("events", .array(ChronicleJSONWriter.eventEntries(c))),
        ])
    }

    /// The events, and for an event merged across articles one more entry in each other article
    /// that tells it (docs/Events.md, "Events merged across articles"): that article's first
    /// mention as `doc`, `span` and `text`, that article's mentions, the event's kind, date,
    /// actors and status, and `merged_into` the event's id (the entry's id is the event's id,
    /// `@` and the article). A reader of one article sees every event the article tells;
    /// `ChronicleJSONReader` skips these entries. Sorted by document order, then span.
    static func eventEntries(_ c: Chronology) -> [JSON] {
        let order = Dictionary(c.documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var entries: [(doc: Int, span: Span, k: Int, json: JSON)] = []
        for (k, e) in c.events.enumerated() {
            let fields: [(String, JSON)] = [
                ("id", .string(e.id)), ("kind", .string(EventKinds.contractKind(e.kind))), ("doc", .string(e.doc)), ("span", .span(e.span)),
                ("text", .string(e.text)), ("name", .str(e.name)), ("trigger_span", .span(e.triggerSpan)),
                ("date", .str(e.date)), ("actors", .strings(e.actors)),
                ("roles", .object(e.roles.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
                ("mentions", .array(e.mentions.map { ChronicleJSONWriter.mention($0, form: false) })),
                ("sentence", .span(e.sentence)), ("sentence_text", .str(e.sentenceText)), ("rule", .string(e.rule)),
            ] + ChronicleJSONWriter.typing(e)
            entries.append((order[e.doc] ?? Int.max, e.span, k, .object(fields)))
            var seen: Set<String> = [e.doc]
            for m in e.mentions where !seen.contains(m.doc) {
                seen.insert(m.doc)
                let here = e.mentions.filter { $0.doc == m.doc }
                let replaced: [String: JSON] = [
                    "id": .string(e.id + "@" + m.doc), "doc": .string(m.doc), "span": .span(m.span), "text": .string(m.text),
                    "trigger_span": .span(m.span), "mentions": .array(here.map { ChronicleJSONWriter.mention($0, form: false) }),
                    "sentence": .span(nil), "sentence_text": .str(nil), "args": .array([]), "mention_triggers": .array([]),
                    "mention_args": .array([]), "main": .bool(false),
                ]
                let copy = fields.map { ($0.0, replaced[$0.0] ?? $0.1) } + [("merged_into", .string(e.id))]
                entries.append((order[m.doc] ?? Int.max, m.span, k, .object(copy)))
            }
        }
        entries.sort { ($0.doc, $0.span, $0.k) < ($1.doc, $1.span, $1.k) }
        return entries.map(\.json)
    }

    /// The typed-event fields of an event (docs/EventTypes.md): always present, null when unknown.
    /// The trigger lexicon that gives statements their kind (loaded once).
    static let lexicon: TriggerLexicon? = try? TriggerLexicon.standard()

    static func typing(_ e: EventRecord) -> [(String, JSON)] {
        let t = e.typing
        return [
            ("type", .str(t?.type)), ("coarse_kind", .string(e.coarseKind)), ("status", .string(t?.status.rawValue ?? "happened")),
            ("date_source", .string(t?.dateSource.rawValue ?? (e.date == nil ? "none" : "rule"))), ("fallback_date", .str(t?.fallbackDate)),
            ("plover", .str(t?.plover)), ("cameo", .str(t?.cameo)), ("trigger_rule", .str(t.map { "trigger." + $0.trigger })),
            ("args", .array((t?.arguments ?? []).map(argument))),
            ("mention_triggers", .array((t?.mentionTriggers ?? []).map { .span($0) })), ("main", .bool(t?.main ?? false)),
            // each mention's own arguments, in the order of `mention_triggers` (the main one's are `args`)
            ("mention_args", .array((t?.mentionTriggers ?? []).map { m in .array((t?.mentionArguments[m] ?? []).map(argument)) })),
        ]
    }

    static func argument(_ a: EventTyping.Argument) -> JSON {
        .object([("role", .string(a.role)), ("span", .span(a.span)), ("text", .string(a.text)), ("actor", .str(a.actor)), ("rule", .string(a.rule))])
    }

    public func write(_ c: Chronology) -> String { json(c).serialized(indent: 1) + "\n" }
}
