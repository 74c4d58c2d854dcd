import Foundation

/// Reads a `chronicle.json` back into a `Chronology` (for `render`, `export` and queries). What
/// is read is checked (`Chronology.problem`): a file with a record lacking its id, document or
/// span, an id listed twice or a dangling actor id is refused with one error naming the file,
/// never passed on to trap a later stage.
public struct ChronicleJSONReader: Sendable {
    public init() {}

    public func read(path: String) throws -> Chronology {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw ChronicleError.fileNotFound(path: path) }
        guard !isDir.boolValue else { throw ChronicleError.notAFile(path: path) }
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
        func fail(_ message: String) -> ChronicleError { .badInput(path: path, message: message) }
        func list(_ k: String) throws -> [[String: Any]] {
            guard let v = root[k] else { return [] }
            guard let l = v as? [[String: Any]] else { throw fail("\"\(k)\" is not a list of objects") }
            return l
        }
        func span(_ v: Any?) -> Span? {
            guard let a = v as? [Int], a.count == 2 else { return nil }
            return Span(a[0], a[1])
        }
        /// A required text field of the `k`-th record of a list.
        func text(_ o: [String: Any], _ key: String, _ what: String, _ k: Int) throws -> String {
            guard let s = o[key] as? String else { throw fail("\(what) \(k + 1) has no \"\(key)\" text") }
            return s
        }
        func required(_ o: [String: Any], _ what: String, _ k: Int) throws -> Span {
            guard let s = span(o["span"]) else { throw fail("\(what) \(k + 1) has no \"span\" [start, end]") }
            return s
        }
        func mention(_ m: [String: Any], _ what: String, _ k: Int) throws -> MentionRecord {
            MentionRecord(doc: try text(m, "doc", what, k), span: try required(m, what, k), text: m["text"] as? String ?? "",
                          form: m["form"] as? String ?? "", rule: m["rule"] as? String ?? "")
        }
        func mentions(_ v: Any?, _ what: String) throws -> [MentionRecord] {
            guard let v else { return [] }
            guard let l = v as? [[String: Any]] else { throw fail("the mentions of \(what) are not a list of objects") }
            return try l.enumerated().map { try mention($1, "a mention of \(what)", $0) }
        }
        var c = Chronology()
        for (k, d) in try list("documents").enumerated() {
            c.documents.append(DocumentRecord(
                id: try text(d, "doc", "document", k), title: d["title"] as? String, date: d["date"] as? String, source: d["source"] as? String,
                text: d["text"] as? String,
                notBody: (d["not_body"] as? [[String: Any]] ?? []).map { (span($0["span"]) ?? Span(0, 0), $0["text"] as? String ?? "", $0["rule"] as? String ?? "") },
                dateSource: d["date_source"] as? String))
        }
        for (k, a) in try list("actors").enumerated() {
            guard let id = a["id"] as? String, let kind = ActorKind(rawValue: a["kind"] as? String ?? "") else {
                throw fail("actor \(k + 1) lacks its id or a known kind")
            }
            c.actors.append(ActorRecord(id: id, name: a["name"] as? String ?? id, kind: kind, aliases: a["aliases"] as? [String] ?? [],
                                        role: a["role"] as? String, mentions: try mentions(a["mentions"], "actor '\(id)'")))
        }
        for (k, t) in try list("times").enumerated() {
            c.times.append(TimeRecord(id: try text(t, "id", "time", k), doc: try text(t, "doc", "time", k), span: try required(t, "time", k),
                                      text: t["text"] as? String ?? "", type: t["type"] as? String ?? "DATE", value: t["value"] as? String,
                                      mod: t["mod"] as? String, sentence: span(t["sentence"]), rule: t["rule"] as? String ?? ""))
        }
        for (k, s) in try list("statements").enumerated() {
            c.statements.append(StatementRecord(
                id: try text(s, "id", "statement", k), doc: try text(s, "doc", "statement", k), span: try required(s, "statement", k),
                text: s["text"] as? String ?? "",
                direct: s["direct"] as? Bool ?? false, speaker: s["speaker"] as? String, speakerName: s["speaker_name"] as? String,
                sourceSpan: span(s["source_span"]), cueSpan: span(s["cue_span"]), cue: s["cue"] as? String, date: s["date"] as? String,
                about: s["about"] as? [String] ?? [], parts: (s["parts"] as? [Any] ?? []).compactMap(span),
                sentence: span(s["sentence"]), sentenceText: s["sentence_text"] as? String, rule: s["rule"] as? String ?? ""))
        }
        for (k, e) in try list("events").enumerated() {
            // an event merged across articles is listed again in each other article that tells it
            // (`merged_into`); the event itself holds all its mentions
            if e["merged_into"] is String { continue }
            let id = try text(e, "id", "event", k)
            // a typed event whose compact kind the contract does not name is written as its
            // coarse kind (`EventKinds.contractKind`); its `type` gives the kind back
            var kind = e["kind"] as? String ?? "other"
            if let type = e["type"] as? String, !EventKinds.contract.contains(type), EventKinds.compact.contains(type), kind == EventKinds.coarse(type) { kind = type }
            c.events.append(EventRecord(
                id: id, kind: kind, doc: try text(e, "doc", "event", k),
                span: try required(e, "event", k), text: e["text"] as? String ?? "", name: e["name"] as? String,
                triggerSpan: span(e["trigger_span"]), date: e["date"] as? String, actors: e["actors"] as? [String] ?? [],
                roles: e["roles"] as? [String: String] ?? [:],
                mentions: try mentions(e["mentions"], "event '\(id)'").map { var m = $0; m.form = "event"; return m },
                sentence: span(e["sentence"]), sentenceText: e["sentence_text"] as? String, rule: e["rule"] as? String ?? "",
                typing: ChronicleJSONReader.typing(e, span: span)))
        }
        if let problem = c.problem() { throw fail(problem) }
        c.sort()
        c.describeUnnamedSpeakers()
        return c
    }

    /// The typed-event fields of an event object, when it has a `type`.
    static func typing(_ e: [String: Any], span: (Any?) -> Span?) -> EventTyping? {
        guard let type = e["type"] as? String else { return nil }
        func arguments(_ v: Any?) -> [EventTyping.Argument] {
            (v as? [[String: Any]] ?? []).compactMap { a -> EventTyping.Argument? in
                guard let role = a["role"] as? String, let sp = span(a["span"]) else { return nil }
                return EventTyping.Argument(role: role, span: sp, text: a["text"] as? String ?? "", actor: a["actor"] as? String, rule: a["rule"] as? String ?? "")
            }
        }
        let rule = (e["trigger_rule"] as? String).map { $0.hasPrefix("trigger.") ? String($0.dropFirst(8)) : $0 } ?? ""
        let triggers = (e["mention_triggers"] as? [Any] ?? []).map { span($0) }
        var t = EventTyping(type: type, plover: e["plover"] as? String, cameo: e["cameo"] as? String,
                            status: EventTyping.Status(rawValue: e["status"] as? String ?? "") ?? .happened,
                            dateSource: EventTyping.DateSource(rawValue: e["date_source"] as? String ?? "") ?? .none,
                            fallbackDate: e["fallback_date"] as? String, arguments: arguments(e["args"]), trigger: rule, main: e["main"] as? Bool ?? false,
                            mentionTriggers: triggers.compactMap { $0 })
        // (older files have no `mention_args`)
        for (k, v) in (e["mention_args"] as? [Any] ?? []).enumerated() where k < triggers.count {
            let a = arguments(v)
            if let m = triggers[k], !a.isEmpty { t.mentionArguments[m] = a }
        }
        return t
    }
}
