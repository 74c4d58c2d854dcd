import Foundation

/// Reads a `chronicle.json` back into a `Chronology` (for `render`, `export` and queries).
public struct ChronicleJSONReader: Sendable {
    public init() {}

    public func read(path: String) throws -> Chronology {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ChronicleError.unreadable(path: path, reason: "cannot read the file")
        }
        return try read(data: data, path: path)
    }

    public func read(data: Data, path: String) throws -> Chronology {
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw ChronicleError.badInput(path: path, message: "not a JSON object")
        }
        guard root["chronicle"] as? Int == 1 else {
            throw ChronicleError.badInput(path: path, message: "not a chronicle.json (no \"chronicle\": 1)")
        }
        func list(_ k: String) -> [[String: Any]] { root[k] as? [[String: Any]] ?? [] }
        func span(_ v: Any?) -> Span? {
            guard let a = v as? [Int], a.count == 2 else { return nil }
            return Span(a[0], a[1])
        }
        func mention(_ m: [String: Any]) -> MentionRecord {
            MentionRecord(doc: m["doc"] as? String ?? "", span: span(m["span"]) ?? Span(0, 0), text: m["text"] as? String ?? "",
                          form: m["form"] as? String ?? "", rule: m["rule"] as? String ?? "")
        }
        var c = Chronology()
        for d in list("documents") {
            c.documents.append(DocumentRecord(
                id: d["doc"] as? String ?? "", title: d["title"] as? String, date: d["date"] as? String, source: d["source"] as? String,
                text: d["text"] as? String,
                notBody: (d["not_body"] as? [[String: Any]] ?? []).map { (span($0["span"]) ?? Span(0, 0), $0["text"] as? String ?? "", $0["rule"] as? String ?? "") }))
        }
        for a in list("actors") {
            guard let id = a["id"] as? String, let kind = ActorKind(rawValue: a["kind"] as? String ?? "") else {
                throw ChronicleError.badInput(path: path, message: "an actor lacks its id or a known kind")
            }
            c.actors.append(ActorRecord(id: id, name: a["name"] as? String ?? id, kind: kind, aliases: a["aliases"] as? [String] ?? [],
                                        role: a["role"] as? String, mentions: (a["mentions"] as? [[String: Any]] ?? []).map(mention)))
        }
        for t in list("times") {
            c.times.append(TimeRecord(id: t["id"] as? String ?? "", doc: t["doc"] as? String ?? "", span: span(t["span"]) ?? Span(0, 0),
                                      text: t["text"] as? String ?? "", type: t["type"] as? String ?? "DATE", value: t["value"] as? String,
                                      mod: t["mod"] as? String, sentence: span(t["sentence"]), rule: t["rule"] as? String ?? ""))
        }
        for s in list("statements") {
            c.statements.append(StatementRecord(
                id: s["id"] as? String ?? "", doc: s["doc"] as? String ?? "", span: span(s["span"]) ?? Span(0, 0), text: s["text"] as? String ?? "",
                direct: s["direct"] as? Bool ?? false, speaker: s["speaker"] as? String, speakerName: s["speaker_name"] as? String,
                sourceSpan: span(s["source_span"]), cueSpan: span(s["cue_span"]), cue: s["cue"] as? String, date: s["date"] as? String,
                about: s["about"] as? [String] ?? [], parts: (s["parts"] as? [Any] ?? []).compactMap(span),
                sentence: span(s["sentence"]), sentenceText: s["sentence_text"] as? String, rule: s["rule"] as? String ?? ""))
        }
        for e in list("events") {
            c.events.append(EventRecord(
                id: e["id"] as? String ?? "", kind: e["kind"] as? String ?? "other", doc: e["doc"] as? String ?? "",
                span: span(e["span"]) ?? Span(0, 0), text: e["text"] as? String ?? "", name: e["name"] as? String,
                triggerSpan: span(e["trigger_span"]), date: e["date"] as? String, actors: e["actors"] as? [String] ?? [],
                roles: e["roles"] as? [String: String] ?? [:],
                mentions: (e["mentions"] as? [[String: Any]] ?? []).map { var m = mention($0); m.form = "event"; return m },
                sentence: span(e["sentence"]), sentenceText: e["sentence_text"] as? String, rule: e["rule"] as? String ?? "",
                typing: ChronicleJSONReader.typing(e, span: span)))
        }
        c.sort()
        return c
    }

    /// The typed-event fields of an event object, when it has a `type`.
    static func typing(_ e: [String: Any], span: (Any?) -> Span?) -> EventTyping? {
        guard let type = e["type"] as? String else { return nil }
        let args = (e["args"] as? [[String: Any]] ?? []).compactMap { a -> EventTyping.Argument? in
            guard let role = a["role"] as? String, let sp = span(a["span"]) else { return nil }
            return EventTyping.Argument(role: role, span: sp, text: a["text"] as? String ?? "", actor: a["actor"] as? String, rule: a["rule"] as? String ?? "")
        }
        let rule = (e["trigger_rule"] as? String).map { $0.hasPrefix("trigger.") ? String($0.dropFirst(8)) : $0 } ?? ""
        return EventTyping(type: type, plover: e["plover"] as? String, cameo: e["cameo"] as? String,
                           status: EventTyping.Status(rawValue: e["status"] as? String ?? "") ?? .happened,
                           dateSource: EventTyping.DateSource(rawValue: e["date_source"] as? String ?? "") ?? .none,
                           fallbackDate: e["fallback_date"] as? String, arguments: args, trigger: rule, main: e["main"] as? Bool ?? false,
                           mentionTriggers: (e["mention_triggers"] as? [Any] ?? []).compactMap { span($0) })
    }
}
