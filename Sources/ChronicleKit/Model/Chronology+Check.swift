extension Chronology {
    /// What makes this chronology unusable, in one line, or nil: a document, actor or fact id
    /// listed twice, a fact in a document that is not listed, a speaker, subject or participant
    /// that is no listed actor, a span that ends before it starts or starts before 0. Everything
    /// that reads a chronology from outside (`chronicle.json`, a store) checks it, so that no
    /// later stage meets a dangling id. Linear in the size of the chronology.
    public func problem() -> String? {
        var docs = Set<String>()
        for d in documents where !docs.insert(d.id).inserted { return "document '\(d.id)' is listed twice" }
        var actorIds = Set<String>()
        for a in actors where !actorIds.insert(a.id).inserted { return "actor '\(a.id)' is listed twice" }
        // the length of each document whose text is known (a store's): spans stay inside it
        var lengths: [String: Int] = [:]
        for d in documents { if let t = d.text { lengths[d.id] = t.unicodeScalars.count } }
        func bad(_ s: Span?) -> Bool { s.map { $0.start < 0 || $0.end < $0.start } ?? false }
        func fact(_ what: String, _ id: String, _ doc: String, _ spans: [Span?]) -> String? {
            if !docs.contains(doc) { return "\(what) '\(id)' is in document '\(doc)', which is not listed" }
            if spans.contains(where: bad) { return "\(what) '\(id)' has a span that ends before it starts, or starts before 0" }
            if let n = lengths[doc], spans.contains(where: { ($0?.end ?? 0) > n }) { return "\(what) '\(id)' has a span past the end of its document" }
            return nil
        }
        func actor(_ what: String, _ id: String, _ a: String) -> String? {
            actorIds.contains(a) ? nil : "\(what) '\(id)' refers to actor '\(a)', which is not listed"
        }
        for d in documents where d.notBody.contains(where: { bad($0.span) || $0.span.end > (lengths[d.id] ?? Int.max) }) {
            return "document '\(d.id)' has a bad span"
        }
        for a in actors {
            for m in a.mentions { if let p = fact("a mention of actor", a.id, m.doc, [m.span]) { return p } }
        }
        var ids = Set<String>()
        for t in times {
            guard ids.insert(t.id).inserted else { return "time '\(t.id)' is listed twice" }
            if let p = fact("time", t.id, t.doc, [t.span, t.sentence]) { return p }
        }
        ids = []
        for s in statements {
            guard ids.insert(s.id).inserted else { return "statement '\(s.id)' is listed twice" }
            if let p = fact("statement", s.id, s.doc, [s.span, s.sourceSpan, s.cueSpan, s.sentence] + s.parts) { return p }
            for a in [s.speaker].compactMap({ $0 }) + s.about { if let p = actor("statement", s.id, a) { return p } }
        }
        ids = []
        for e in events {
            guard ids.insert(e.id).inserted else { return "event '\(e.id)' is listed twice" }
            if let p = fact("event", e.id, e.doc, [e.span, e.triggerSpan, e.sentence]) { return p }
            for m in e.mentions { if let p = fact("a mention of event", e.id, m.doc, [m.span]) { return p } }
            for a in e.actors + e.roles.keys.sorted().map({ e.roles[$0]! }) { if let p = actor("event", e.id, a) { return p } }
        }
        return nil
    }
}
