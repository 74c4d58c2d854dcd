import Foundation

extension Review {
    /// Where a fact's date came from.
    public enum DateOrigin: Sendable, Equatable {
        /// A time expression in the fact's sentence (or, failing that, its article) with that value.
        case expression(TimeRecord)
        /// The article's own date.
        case articleDate(String)
        /// A user's decision.
        case decision
        case undated
        /// A date no expression nor the article date gives (e.g. a range made from several).
        case unknown
    }

    /// Where the date of the fact `id` came from.
    public func dateOrigin(of id: String) -> DateOrigin {
        if applied[id]?.contains(where: { $0.verb == .factDate }) == true { return .decision }
        let (date, doc, sentence): (String?, String, Span?)
        if let s = chronology.statements.first(where: { $0.id == id }) {
            (date, doc, sentence) = (s.date, s.doc, s.sentence)
        } else if let e = chronology.events.first(where: { $0.id == id }) {
            (date, doc, sentence) = (e.date, e.doc, e.sentence)
        } else {
            return .unknown
        }
        return Review.dateOrigin(date: date, doc: doc, sentence: sentence, times: chronology.times.filter { $0.doc == doc },
                                 articleDate: chronology.document(doc)?.date)
    }

    /// Where `date` came from, given the time expressions of the fact's document.
    public static func dateOrigin(date: String?, doc: String, sentence: Span?, times: [TimeRecord], articleDate: String?) -> DateOrigin {
        guard let date else { return .undated }
        func matches(_ t: TimeRecord) -> Bool {
            guard let v = t.value, !v.isEmpty else { return false }
            return v == date || v.hasPrefix(date + "T") || v.hasPrefix(date + "-") && t.type != "DURATION"
        }
        if let s = sentence, let t = times.first(where: { s.start <= $0.span.start && $0.span.end <= s.end && matches($0) }) { return .expression(t) }
        if let a = articleDate, a == date || a.hasPrefix(date) { return .articleDate(a) }
        if let t = times.first(where: matches) { return .expression(t) }
        return .unknown
    }

    /// The lines `--explain ID` prints: the fact's spans with their text, rule, confidence, date
    /// and where it came from, status, and every decision applied to it.
    public func explain(_ id: String) -> [String]? {
        let c = chronology
        func quote(_ doc: String, _ span: Span?) -> String {
            guard let span else { return "-" }
            let text = c.document(doc)?.text.map { t -> String in
                let scalars = t.unicodeScalars
                guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return "?" }
                let a = scalars.index(scalars.startIndex, offsetBy: span.start), b = scalars.index(scalars.startIndex, offsetBy: span.end)
                return String(String.UnicodeScalarView(scalars[a..<b]))
            }
            return "[\(span.start), \(span.end)) " + (text.map { "\"\($0)\"" } ?? "")
        }
        var out: [String] = []
        if let s = c.statements.first(where: { $0.id == id }) {
            let form = s.speaker.flatMap { sp in c.actor(sp)?.mentions.first { $0.doc == s.doc && $0.span == s.sourceSpan }?.form }
            out.append("statement \(s.id) in \(s.doc) (\(s.direct ? "direct" : "indirect"))")
            out.append("  content:   " + quote(s.doc, s.span))
            for p in s.parts where p != s.span { out.append("  part:      " + quote(s.doc, p)) }
            out.append("  speaker:   " + (s.speaker.map { "\(s.speakerName ?? $0) (\($0))" } ?? "none"))
            out.append("  source:    " + quote(s.doc, s.sourceSpan))
            out.append("  cue:       " + quote(s.doc, s.cueSpan))
            out.append("  sentence:  " + quote(s.doc, s.sentence))
            out.append("  rule:      \(s.rule)")
            out.append("  confidence: \(Confidence.of(s, speakerForm: form))")
            out.append("  date:      " + (s.date ?? "undated") + " — " + describe(dateOrigin(of: id)))
        } else if let e = c.events.first(where: { $0.id == id }) {
            out.append("event \(e.id) in \(e.doc): \(e.kind)")
            out.append("  text:      " + quote(e.doc, e.span))
            out.append("  trigger:   " + quote(e.doc, e.triggerSpan))
            out.append("  actors:    " + (e.actors.isEmpty ? "none" : e.actors.map { "\(c.actor($0)?.name ?? $0) (\($0))" }.joined(separator: ", ")))
            out.append("  sentence:  " + quote(e.doc, e.sentence))
            out.append("  rule:      \(e.rule)")
            out.append("  confidence: \(Confidence.of(e))")
            out.append("  date:      " + (e.date ?? "undated") + " — " + describe(dateOrigin(of: id)))
            let others = Set(e.mentions.map(\.doc)).subtracting([e.doc]).sorted()
            if !others.isEmpty { out.append("  also in:   " + others.joined(separator: ", ")) }
        } else {
            return nil
        }
        out.append("  status:    \(status(of: id).rawValue)")
        let ds = applied[id] ?? []
        out.append("  decisions: " + (ds.isEmpty ? "none" : ""))
        for d in ds { out.append("    " + d.summary + (d.made.map { " (\($0))" } ?? "")) }
        return out
    }

    func describe(_ o: DateOrigin) -> String {
        switch o {
        case .expression(let t): return "from the time expression \"\(t.text)\" [\(t.span.start), \(t.span.end)) = \(t.value ?? "?") (rule \(t.rule))"
        case .articleDate(let d): return "from the article date \(d)"
        case .decision: return "set by a decision"
        case .undated: return "no date in the text"
        case .unknown: return "from the analysis (no single expression gives it)"
        }
    }
}

extension ChronologySource {
    /// Opens a store for queries as the user corrected it: the store itself when it holds no
    /// decisions (and none are given, and `verifiedOnly` is off), else an in-memory store of its
    /// reviewed view. A `chronicle.json` has no decisions of its own.
    public static func openReviewed(_ path: String, aliases: String? = nil, verifiedOnly: Bool = false) throws -> any QueryStore {
        let extra = try aliases.map { try AliasTable(path: $0).decisions } ?? []
        let store = try StoreSource.openForQueries(path)
        let decided = try store.hasDecisions()
        guard verifiedOnly || !extra.isEmpty || decided else { return store }
        let view = try store.reviewed(extra: extra).view(verifiedOnly: verifiedOnly)
        let memory = try Store()
        try memory.save(view)
        return memory
    }

    /// Loads the chronology as the user corrected it (decisions, an aliases file, verified facts only).
    public static func loadReviewed(_ path: String, aliases: String? = nil, verifiedOnly: Bool = false) throws -> Chronology {
        let extra = try aliases.map { try AliasTable(path: $0).decisions } ?? []
        if isJSON(path) {
            return Review(try load(path), decisions: extra).view(verifiedOnly: verifiedOnly)
        }
        return try StoreSource.openForQueries(path).reviewed(extra: extra).view(verifiedOnly: verifiedOnly)
    }
}
