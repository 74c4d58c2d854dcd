/// CSV tables (RFC 4180) of statements, events, actors and times.
public struct CSVExport: Sendable {
    public init() {}

    public func files(_ c: Chronology) -> [(name: String, text: String)] {
        func span(_ s: Span?) -> String { s.map { "\($0.start)-\($0.end)" } ?? "" }
        return [
            ("statements.csv", Table.csv(["id", "doc", "start", "end", "date", "speaker_id", "speaker", "direct", "cue", "text", "about", "sentence", "rule"],
                                         c.statements.map { s in
                                             [s.id, s.doc, "\(s.span.start)", "\(s.span.end)", s.date ?? "", s.speaker ?? "", s.speakerName ?? "",
                                              s.direct ? "true" : "false", s.cue ?? "", s.text, s.about.joined(separator: ";"), s.sentenceText ?? "", s.rule]
                                         })),
            // the typing columns come after the first ones (added, not renamed): compact type,
            // PLOVER type, CAMEO root, status, and the agent and target (actor id, else text)
            ("events.csv", Table.csv(["id", "doc", "start", "end", "date", "kind", "name", "text", "actors", "sentence", "rule",
                                      "type", "plover", "cameo", "status", "agent", "target"],
                                     c.events.map { e in
                                         let t = e.typing
                                         func role(_ r: String) -> String {
                                             guard let a = t?.arguments.first(where: { $0.role == r }) else { return e.roles[r] ?? "" }
                                             return a.actor ?? a.text
                                         }
                                         return [e.id, e.doc, "\(e.span.start)", "\(e.span.end)", e.date ?? "", e.kind, e.name ?? "", e.text,
                                                 e.actors.joined(separator: ";"), e.sentenceText ?? "", e.rule,
                                                 t?.type ?? "", t?.plover ?? "", t?.cameo ?? "", t?.status.rawValue ?? "", role("agent"), role("target")]
                                     })),
            ("actors.csv", Table.csv(["id", "name", "kind", "role", "aliases", "mentions"],
                                     c.actors.map { a in [a.id, a.name, a.kind.rawValue, a.role ?? "", a.aliases.joined(separator: ";"), "\(a.mentions.count)"] })),
            ("times.csv", Table.csv(["id", "doc", "start", "end", "text", "type", "value", "mod", "rule"],
                                    c.times.map { t in [t.id, t.doc, "\(t.span.start)", "\(t.span.end)", t.text, t.type, t.value ?? "", t.mod ?? "", t.rule] })),
        ]
    }
}
