/// Stage 2a: finds temporal expressions with the `time.rules` rules (extraction only).
///
/// At each token every candidate rule is tried; the longest match wins (earlier rule on a
/// tie), and an immediately preceding modifier ("about", "early", "more than") joins it.
public struct TimeTagger: Sendable {
    let book: RuleBook
    let rules: RuleSet

    public init(book: RuleBook) {
        self.book = book
        self.rules = book.rules("time")
    }

    public func tag(_ doc: Document) -> [TimeExpression] {
        var out: [TimeExpression] = []
        let matcher = Matcher(tokens: doc.tokens, lexicons: book.lexicons, classes: book.classes, layers: Layers())
        let mods = book.lexicons.get("time-modifiers")
        for sentence in doc.sentences {
            let tense = TimeTagger.tense(doc.tokens, sentence.tokens)
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                var best: (rule: Rule, end: Int, caps: [Capture])?
                for k in rules.candidates(doc.tokens, at: i, lexicons: book.lexicons) {
                    let r = rules.rules[k]
                    guard let m = matcher.match(r.pattern, at: i, in: sentence.tokens) else { continue }
                    if best == nil || m.end > best!.end { best = (r, m.end, m.captures) }
                }
                guard let b = best else { i += 1; continue }
                var extent = b.caps.first { $0.name == "extent" }?.tokens ?? i..<b.end
                var spec = TimeTagger.spec(b.rule["spec"] ?? "", captures: b.caps, doc: doc)
                var type = b.rule["type"] ?? "DATE"
                if type == "from-lexicon" {
                    type = b.caps.first { $0.name == "w" }?.entry?["type"] ?? "DATE"
                }
                // a modifier just before the expression belongs to it
                var bestMod: (Int, String)?
                for back in 1...3 where extent.lowerBound - back >= sentence.tokens.lowerBound {
                    let s = extent.lowerBound - back
                    if let m = mods.longest(doc.tokens, at: s, end: extent.lowerBound), m.length == back {
                        bestMod = (s, m.entries[0].value)
                    }
                }
                if let (s, m) = bestMod, spec["mod"] == nil {
                    spec["mod"] = m
                    extent = s..<extent.upperBound
                }
                let span = doc.span(tokens: extent)
                let rule = b.rule.id
                out.append(TimeExpression(
                    id: "t-\(span.start)-\(span.end)", provenance: Provenance(document: doc.id, span: span, sentence: sentence.index, rule: rule),
                    text: doc.text(span), tokens: extent, type: type, spec: spec, tense: tense, value: nil, mod: spec["mod"]))
                i = max(b.end, i + 1)
            }
        }
        return out
    }

    /// Fills `{slot}` references of a spec template and splits it into keys and values.
    static func spec(_ template: String, captures: [Capture], doc: Document) -> [String: String] {
        var filled = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            filled += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let c = captures.first(where: { $0.name == name }) {
                filled += c.entry?.value ?? doc.tokens[c.tokens].map(\.lower).joined(separator: "_")
            }
            rest = rest[rest.index(after: close)...]
        }
        filled += rest
        var spec: [String: String] = [:]
        for part in filled.split(separator: " ") {
            let kv = part.split(separator: "=", maxSplits: 1)
            if kv.count == 2 && !kv[1].isEmpty { spec[String(kv[0])] = String(kv[1]) }
        }
        return spec
    }

    /// A rough tense for the sentence: future with will/shall/going to, past with past forms.
    static func tense(_ tokens: [Token], _ range: Range<Int>) -> TimeExpression.Tense {
        var past = false
        for i in range {
            let w = tokens[i].lower
            if w == "will" || w == "'ll" || w == "shall" || w == "next" || w == "upcoming" || (w == "going" && i + 1 < range.upperBound && tokens[i + 1].lower == "to") { return .future }
            if w == "was" || w == "were" || w == "had" || w == "did" || w == "said" || w == "ago" || w == "last" || (w.hasSuffix("ed") && w.utf8.count > 4 && !tokens[i].isCapitalized) { past = true }
        }
        return past ? .past : .present
    }
}
