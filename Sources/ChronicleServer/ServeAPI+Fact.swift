import ChronicleKit
import Foundation

extension ServeAPI {
    /// A fact with its article: the text cut into segments at the fact's spans (content, source,
    /// cue, trigger, the time expression that dated it), so the page highlights them without
    /// counting offsets; its sentence, rule, confidence, date origin, decisions, and the same
    /// fact in other articles.
    func fact(_ id: String) throws -> Reply {
        // made once per snapshot (store generation): finding the record and cutting the article
        // into segments cost far more than sending the bytes again
        let s = catalog.snapshot
        if let known = s.answers.get("fact:" + id) { return .json(known) }
        let answer = try fact(id, s)
        s.answers.put("fact:" + id, answer.body)
        return answer
    }

    func fact(_ id: String, _ s: Snapshot) throws -> Reply {
        guard let k = s.index[id] else { throw APIError(404, "no fact '\(id)'") }
        let f = s.facts[k]
        let c = s.review.chronology
        let st = f.type == .statement ? c.statements.first { $0.id == id } : nil
        let ev = f.type == .event ? c.events.first { $0.id == id } : nil
        let doc = s.documentById[f.doc]
        var marks: [(span: Span, mark: String)] = []
        let sentence = st?.sentence ?? ev?.sentence
        let origin = Review.dateOrigin(date: f.date, doc: f.doc, sentence: sentence, times: s.timesByDoc[f.doc] ?? [], articleDate: doc?.date)
        let byDecision = s.review.applied[id]?.contains { $0.verb == .factDate } == true
        if let st {
            for p in (st.parts.isEmpty ? [st.span] : st.parts) { marks.append((p, "fact")) }
            if let x = st.sourceSpan { marks.append((x, "source")) }
            if let x = st.cueSpan { marks.append((x, "cue")) }
        }
        if let ev {
            marks.append((ev.span, "fact"))
            if let x = ev.triggerSpan { marks.append((x, "trigger")) }
        }
        if case .expression(let t) = origin, !byDecision { marks.append((t.span, "time")) }
        var o = JSONOut(capacity: (doc?.text?.utf8.count ?? 0) + 4096)
        o.objectStart()
        o.key("fact")
        o.raw(s.json[k])
        o.field("text", st?.quoted ?? ev.map { $0.text })
        o.field("name", ev?.name)
        o.key("span")
        o.arrayStart()
        o.int((st?.span ?? ev?.span)?.start)
        o.int((st?.span ?? ev?.span)?.end)
        o.arrayEnd()
        o.field("sentence", st?.sentenceText ?? ev?.sentenceText)
        o.field("cue", st?.cue)
        o.field("rule", f.rule)
        o.field("confidence", f.confidence)
        o.field("status", f.status.rawValue)
        o.key("dateOrigin")
        o.objectStart()
        switch byDecision ? .decision : origin {
        case .expression(let t):
            o.field("kind", "expression")
            o.field("text", t.text)
            o.field("value", t.value)
            o.field("rule", t.rule)
            o.field("start", t.span.start)
        case .articleDate(let d):
            o.field("kind", "article")
            o.field("value", d)
        case .decision: o.field("kind", "decision")
        case .undated: o.field("kind", "undated")
        case .unknown: o.field("kind", "analysis")
        }
        o.objectEnd()
        o.key("document")
        o.objectStart()
        o.field("id", f.doc)
        o.field("title", doc?.title)
        o.field("date", doc?.date)
        o.field("source", doc?.source)
        o.objectEnd()
        o.key("segments")
        o.arrayStart()
        for (text, mark) in ServeAPI.segments(doc?.text ?? "", marks) {
            o.objectStart()
            o.field("text", text)
            o.field("mark", mark)
            o.objectEnd()
        }
        o.arrayEnd()
        o.key("decisions")
        o.arrayStart()
        for d in s.review.applied[id] ?? [] { o.string(d.summary) }
        o.arrayEnd()
        o.key("related")
        o.arrayStart()
        if let ev {
            // the same event told by other articles: its mentions there
            var seen = Set<String>()
            for m in ev.mentions where m.doc != ev.doc && seen.insert(m.doc).inserted {
                o.objectStart()
                o.field("doc", m.doc)
                o.field("title", s.documentById[m.doc]?.title)
                o.field("text", m.text)
                let there = c.events.first { $0.doc == m.doc && $0.span.start <= m.span.start && m.span.end <= $0.span.end }
                o.field("id", there?.id)
                o.objectEnd()
            }
        }
        if let st, let speaker = st.speaker {
            // the same statement in other articles: by the same speaker, with most of its words
            let mine = ServeAPI.contentWords(st.text)
            for j in s.actorFacts[speaker] ?? [] where s.facts[j].type == .statement && s.facts[j].doc != st.doc {
                guard let other = c.statements.first(where: { $0.id == s.facts[j].id }) else { continue }
                let theirs = ServeAPI.contentWords(other.text)
                let shared = mine.intersection(theirs).count
                guard !mine.isEmpty, shared * 2 >= min(mine.count, theirs.count), shared >= 2 else { continue }
                o.objectStart()
                o.field("doc", other.doc)
                o.field("title", s.documentById[other.doc]?.title)
                o.field("text", other.quoted)
                o.field("id", other.id)
                o.objectEnd()
            }
        }
        o.arrayEnd()
        o.objectEnd()
        return .json(o.bytes)
    }

    static func contentWords(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).filter { $0.count >= 4 }.map(String.init))
    }

    /// The text cut at the marks' bounds (Unicode-scalar offsets): (text, mark or nil) in order.
    /// Where marks overlap, the first listed wins. Spans outside the text are clipped.
    static func segments(_ text: String, _ marks: [(span: Span, mark: String)]) -> [(String, String?)] {
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        let clipped = marks.compactMap { m -> (Int, Int, String)? in
            let a = max(0, min(n, m.span.start)), b = max(0, min(n, m.span.end))
            return a < b ? (a, b, m.mark) : nil
        }
        var cuts = Set([0, n])
        for (a, b, _) in clipped { cuts.insert(a); cuts.insert(b) }
        let bounds = cuts.sorted()
        var out: [(String, String?)] = []
        for (a, b) in zip(bounds, bounds.dropFirst()) where a < b {
            let mark = clipped.first { $0.0 <= a && b <= $0.1 }?.2
            let piece = String(String.UnicodeScalarView(scalars[a..<b]))
            if let last = out.last, last.1 == mark {
                out[out.count - 1].0 += piece
            } else {
                out.append((piece, mark))
            }
        }
        return out
    }

    // MARK: - review

    /// Parses a small JSON object body.
    static func object(_ body: [UInt8]) throws -> [String: Any] {
        guard !body.isEmpty else { throw APIError(400, "the body must be a JSON object") }
        guard let o = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else { throw APIError(400, "the body is not a JSON object") }
        return o
    }

    /// Marks a fact verified, rejected or unreviewed, and/or corrects its speaker, kind or date:
    /// `{"status": …, "speaker": …, "kind": …, "date": …}`.
    func reviewFact(_ id: String, body: [UInt8]) throws -> Reply {
        guard review else { throw APIError(403, "review is off: start the server with --review") }
        let o = try ServeAPI.object(body)
        let s = catalog.snapshot
        guard s.index[id] != nil else { throw APIError(404, "no fact '\(id)'") }
        let r = s.review
        var ds: [Decision] = []
        func string(_ k: String) throws -> String? {
            guard let v = o[k] else { return nil }
            if v is NSNull { return "" }
            guard let t = v as? String else { throw APIError(400, "\(k) must be a string") }
            guard t.utf8.count <= 200 else { throw APIError(400, "\(k) is too long") }
            return t
        }
        if let v = try string("speaker") {
            guard r.fact(id).statement != nil else { throw APIError(400, "only statements have a speaker") }
            let actor = v.isEmpty || v.lowercased() == "none" ? "" : try { () throws -> String in
                do { return try r.actor(named: v).id } catch { throw APIError(400, "no actor '\(v)'") }
            }()
            ds.append(r.decision(.factSpeaker, fact: id, value: actor)!)
        }
        if let v = try string("kind") {
            guard r.fact(id).event != nil else { throw APIError(400, "only events have a kind") }
            guard !v.trimmingCharacters(in: .whitespaces).isEmpty else { throw APIError(400, "the kind is empty") }
            ds.append(r.decision(.factKind, fact: id, value: v.trimmingCharacters(in: .whitespaces))!)
        }
        if let v = try string("date") {
            guard v.isEmpty || DateRange(value: v) != nil else { throw APIError(400, "'\(v)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") }
            ds.append(r.decision(.factDate, fact: id, value: v)!)
        }
        if let v = try string("status") {
            guard FactStatus(rawValue: v) != nil else { throw APIError(400, "status must be verified, rejected or unreviewed") }
            ds.append(r.decision(.factStatus, fact: id, value: v)!)
        } else if !ds.isEmpty {
            // a correction is a check: the corrected fact counts as verified
            ds.append(r.decision(.factStatus, fact: id, value: FactStatus.verified.rawValue)!)
        }
        guard !ds.isEmpty else { throw APIError(400, "nothing to do: give status, speaker, kind or date") }
        _ = try catalog.decide(ds)
        return try fact(id)
    }

    /// Merges, renames or retypes an actor: `{"action": "merge", "with": ID}`,
    /// `{"action": "rename", "name": …}`, `{"action": "type", "kind": …}`.
    func reviewActor(_ id: String, body: [UInt8]) throws -> Reply {
        guard review else { throw APIError(403, "review is off: start the server with --review") }
        let o = try ServeAPI.object(body)
        let s = catalog.snapshot
        let live = s.review.actorId(id)
        guard s.actorById[live] != nil else { throw APIError(404, "no actor '\(id)'") }
        let d: Decision
        switch o["action"] as? String {
        case "merge":
            guard let other = o["with"] as? String, other.utf8.count <= 200 else { throw APIError(400, "merge needs \"with\": the actor to merge in") }
            let b: ActorRecord
            do { b = try s.review.actor(named: other) } catch { throw APIError(400, "no actor '\(other)'") }
            guard b.id != live else { throw APIError(400, "an actor cannot be merged with itself") }
            d = Decision(verb: .actorMerge, target: live, value: b.id)
        case "rename":
            guard let name = (o["name"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty, name.utf8.count <= 200 else {
                throw APIError(400, "rename needs a \"name\"")
            }
            d = Decision(verb: .actorRename, target: live, value: name)
        case "type":
            guard let k = o["kind"] as? String, let kind = ActorKindName.parse(k) else { throw APIError(400, "type needs a \"kind\": person, country, organization, group or media") }
            d = Decision(verb: .actorType, target: live, value: kind.rawValue)
        default:
            throw APIError(400, "action must be merge, rename or type")
        }
        _ = try catalog.decide([d])
        return try actor(live)
    }
}
