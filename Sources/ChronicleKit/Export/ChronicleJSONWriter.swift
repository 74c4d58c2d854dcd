/// Writes `chronicle.json` to the contract in `acceptance/chronicle-json.md`.
public struct ChronicleJSONWriter: Sendable {
    public init() {}

    static func stem(_ doc: String) -> String {
        doc.hasSuffix(".txt") ? String(doc.dropLast(4)) : doc
    }

    func sentenceSpan(_ d: DocumentAnalysis, _ index: Int) -> JSON {
        index >= 0 && index < d.document.sentences.count ? .span(d.document.sentences[index].span) : .null
    }

    public func json(_ c: Corpus) -> JSON {
        var docs: [JSON] = []
        var times: [JSON] = []
        var statements: [JSON] = []
        for d in c.documents {
            let id = d.document.id
            docs.append(.object([
                ("doc", .string(id)),
                ("title", .str(d.document.title.map(d.document.text))),
                ("date", .str(d.document.date)),
                ("source", .str(d.source)),
                ("not_body", .array(d.document.boilerplate.map { b in
                    .object([("span", .span(b.span)), ("text", .string(d.document.text(b.span))), ("rule", .string(b.rule))])
                })),
                ("sentences", .int(d.document.sentences.count)),
                ("tokens", .int(d.document.tokens.count)),
            ]))
            for t in d.times {
                var o: [(String, JSON)] = [
                    ("id", .string("\(ChronicleJSONWriter.stem(id)):\(t.id)")), ("doc", .string(id)), ("span", .span(t.provenance.span)),
                    ("text", .string(t.text)), ("type", .string(t.type)), ("value", .str(t.value)),
                ]
                if let m = t.mod { o.append(("mod", .string(m))) }
                o += [("sentence", sentenceSpan(d, t.provenance.sentence)), ("rule", .string(t.provenance.rule))]
                times.append(.object(o))
            }
            for s in d.statements {
                let speaker = c.actorId(doc: id, name: s.speaker)
                statements.append(.object([
                    ("id", .string("\(ChronicleJSONWriter.stem(id)):\(s.id)")), ("doc", .string(id)), ("span", .span(s.provenance.span)),
                    ("text", .string(s.text)), ("direct", .bool(s.direct)),
                    ("speaker", .str(speaker)), ("speaker_name", .str(speaker.flatMap { c.actor(id: $0)?.name })),
                    ("source_span", .span(s.sourceSpan)), ("cue_span", .span(s.cueSpan)), ("cue", .str(s.cue)),
                    ("date", .str(s.date)),
                    ("about", .strings(s.about.compactMap { c.actorId(doc: id, name: $0) }.sorted())),
                    ("parts", .array(s.parts.map { .span($0) })),
                    ("sentence", sentenceSpan(d, s.provenance.sentence)), ("rule", .string(s.provenance.rule)),
                ]))
            }
        }
        let docIndex = Dictionary(uniqueKeysWithValues: c.documents.enumerated().map { ($1.document.id, $0) })
        func order(_ p: Provenance) -> (Int, Int, Int) { (docIndex[p.document] ?? 0, p.span.start, p.span.end) }
        let actors = c.actors.sorted { a, b in
            let x = a.mentions.first.map { order($0.provenance) } ?? (0, 0, 0)
            let y = b.mentions.first.map { order($0.provenance) } ?? (0, 0, 0)
            return x != y ? x < y : a.id < b.id
        }
        let events = c.events.sorted { order($0.provenance) < order($1.provenance) }
        return .object([
            ("chronicle", .int(1)),
            ("documents", .array(docs)),
            ("actors", .array(actors.map { a in
                .object([
                    ("id", .string(a.id)), ("name", .string(a.name)), ("kind", .string(a.kind.rawValue)),
                    ("aliases", .strings(a.aliases)), ("role", .str(a.role)),
                    ("mentions", .array(a.mentions.map { m in
                        .object([("doc", .string(m.provenance.document)), ("span", .span(m.provenance.span)), ("text", .string(m.text)),
                                 ("form", .string(m.form.rawValue)), ("rule", .string(m.provenance.rule))])
                    })),
                ])
            })),
            ("times", .array(times)),
            ("statements", .array(statements)),
            ("events", .array(events.map { e in
                let d = c.documents[docIndex[e.provenance.document] ?? 0]
                return .object([
                    ("id", .string("\(ChronicleJSONWriter.stem(e.provenance.document)):\(e.id)")), ("kind", .string(e.kind)),
                    ("doc", .string(e.provenance.document)), ("span", .span(e.provenance.span)), ("text", .string(e.text)),
                    ("name", .str(e.name)), ("trigger_span", .span(e.triggerSpan)),
                    ("date", .str(e.date)), ("actors", .strings(e.actors)),
                    ("mentions", .array(e.mentions.map { p in .object([("doc", .string(p.document)), ("span", .span(p.span)), ("rule", .string(p.rule))]) })),
                    ("sentence", sentenceSpan(d, e.provenance.sentence)), ("rule", .string(e.provenance.rule)),
                ])
            })),
        ])
    }

    public func write(_ c: Corpus) -> String { json(c).serialized(indent: 1) + "\n" }
}
