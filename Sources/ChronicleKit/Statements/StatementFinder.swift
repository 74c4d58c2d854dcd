/// Stage 4: finds attributions with the `statements.rules` rules over the quotes of the Text
/// stage and the actor mentions of the Actors stage, and dates each one.
public struct StatementFinder: Sendable {
    let book: RuleBook
    let rules: RuleSet

    public init(book: RuleBook) {
        self.book = book
        self.rules = book.rules("statements")
    }

    public func find(_ doc: Document, actors: ActorLayer, times: [TimeExpression]) -> [Statement] {
        let layers = actors.layers(quotes: doc.quotes, times: times)
        let matcher = Matcher(tokens: doc.tokens, lexicons: book.lexicons, classes: book.classes, layers: layers)
        var found: [(rule: Rule, caps: [Capture], sentence: Sentence, start: Int)] = []
        for s in doc.sentences {
            for i in s.tokens {
                for k in rules.candidates(doc.tokens, at: i, lexicons: book.lexicons) {
                    let r = rules.rules[k]
                    guard let m = matcher.match(r.pattern, at: i, in: s.tokens) else { continue }
                    found.append((r, m.captures, s, i))
                }
            }
        }
        found.sort { $0.rule.order != $1.rule.order ? $0.rule.order < $1.rule.order : $0.start < $1.start }
        var out: [Statement] = []
        var used: [Span] = []
        for f in found {
            guard let content = f.caps.first(where: { $0.name == "content" }) else { continue }
            let direct = f.rule["direct"] == "true"
            var parts: [Span] = []
            for name in ["content", "content2"] {
                guard let c = f.caps.first(where: { $0.name == name }) else { continue }
                if let q = c.item, direct || c.tokens == doc.quotes[q].tokens {
                    parts.append(doc.quotes[q].inner)
                } else if let span = trimmed(doc, c.tokens) {
                    parts.append(span)
                }
            }
            guard let first = parts.first else { continue }
            let span = parts.count > 1 ? first.union(parts[parts.count - 1]) : first
            if used.contains(where: { $0.overlaps(span) }) { continue }
            _ = content
            used.append(span)
            var st = Statement(id: "s-\(span.start)-\(span.end)", provenance: Provenance(document: doc.id, span: span, sentence: f.sentence.index, rule: f.rule.id),
                               text: doc.text(span), direct: direct, speaker: nil, sourceSpan: nil, cueSpan: nil, cue: nil,
                               date: nil, about: [], parts: parts)
            if let src = f.caps.first(where: { $0.name == "source" }), let item = src.item {
                let m = actors.mentions[item]
                st.speaker = m.actor
                st.sourceSpan = m.provenance.span
            }
            if let cue = f.caps.first(where: { $0.name == "cue" }) {
                let cs = doc.span(tokens: cue.tokens)
                st.cueSpan = cs
                st.cue = doc.text(cs)
            }
            st.date = date(for: span, sentence: f.sentence, times: times, doc: doc)
            st.about = Array(Set(actors.mentions.filter { span.contains($0.provenance.span) && $0.actor != st.speaker && $0.form != .pronoun }.map(\.actor))).sorted()
            out.append(st)
        }
        return out.sorted { $0.provenance.span < $1.provenance.span }
    }

    /// The content span without a leading "that" and trailing punctuation.
    func trimmed(_ doc: Document, _ r: Range<Int>) -> Span? {
        var a = r.lowerBound, b = r.upperBound
        while a < b && (doc.tokens[a].lower == "that" || doc.tokens[a].kind == .punct) { a += 1 }
        while b > a && (doc.tokens[b - 1].kind == .punct) { b -= 1 }
        let quotes = doc.tokens[a..<b].filter { $0.kind == .quote }.count
        if quotes % 2 == 1 {
            if b > a && doc.tokens[b - 1].kind == .quote { b -= 1 } else if doc.tokens[a].kind == .quote { a += 1 }
        }
        while b > a && (doc.tokens[b - 1].kind == .punct) { b -= 1 }
        return b > a ? doc.span(tokens: a..<b) : nil
    }

    /// A calendar date in the sentence outside the content, else the article date.
    func date(for content: Span, sentence: Sentence, times: [TimeExpression], doc: Document) -> String? {
        let inSentence = times.filter { sentence.span.contains($0.provenance.span) && !content.overlaps($0.provenance.span) && $0.isCalendarValue }
        if let t = inSentence.first, let v = t.value, v.count >= 7 { return v }
        return doc.date
    }
}
