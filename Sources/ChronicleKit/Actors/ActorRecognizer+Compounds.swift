/// Names written as one hyphenated word: two countries ("US-China"), newspapers ("The
/// World-Herald") (docs/Actors.md, "Session 27: actors").
extension ActorRecognizer {
    /// Two countries joined by a hyphen in one word name both as actors of the relation the word
    /// qualifies ("the US-China trade impasse", "a China-US trade deal", "India-Pakistan
    /// tensions"; rule `actor.country.pair`): each part, as the tokenizer reads it, is a whole
    /// name of `countries` (its case rules apply: "US" in capitals). The mentions are the parts'
    /// spans inside the word. One pass over the hyphenated words: linear.
    func learnCountryPairs(_ mentions: [Mention], doc: Document, taken: inout [Bool], work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        let countries = book.lexicons.get("countries")
        var out = mentions
        for i in tokens.indices where tokens[i].hasHyphen && !taken[i] && tokens[i].kind == .word && tokens[i].isCapitalized {
            let scalars = Array(tokens[i].text.unicodeScalars)
            work += scalars.count
            var parts: [(Int, Int)] = []
            var start = 0
            for (k, c) in scalars.enumerated() where Tokenizer.isHyphen(c) {
                parts.append((start, k))
                start = k + 1
            }
            parts.append((start, scalars.count))
            guard (2...3).contains(parts.count) else { continue }
            var found: [(Int, Int, String)] = []
            for (a, b) in parts {
                guard b - a >= 2 else { break }
                let toks = book.tokenizer.tokenize(Array(scalars[a..<b]))
                guard let hit = countries.longest(toks, at: 0, end: toks.count), hit.length == toks.count, let e = hit.entries.first else { break }
                found.append((a, b, e.value))
            }
            guard found.count == parts.count, Set(found.map(\.2)).count == found.count else { continue }
            taken[i] = true
            let base = tokens[i].span.start
            for (a, b, name) in found {
                let span = Span(base + a, base + b)
                out.append(Mention(provenance: Provenance(document: doc.id, span: span, sentence: doc.sentence(containingToken: i), rule: "actor.country.pair"),
                                   text: doc.text(span), tokens: i..<(i + 1), actor: name, kind: .country, form: .name))
            }
        }
        guard out.count > mentions.count else { return mentions }
        out.sort { $0.provenance.span < $1.provenance.span }
        return out
    }

    /// A newspaper named by one hyphenated word of capitalised parts, one of which is a medium's
    /// head word of `actor-heads` ("an interview with The World-Herald", "the Star-Tribune
    /// reported", "the Times-Picayune"; rule `actor.media.hyphenated`), after "the" or before a
    /// verb of saying. One pass over the hyphenated words: linear.
    func learnHyphenatedMedia(_ mentions: [Mention], doc: Document, taken: inout [Bool], work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        let heads = book.lexicons.get("actor-heads"), verbs = book.lexicons.get("reporting-verbs")
        var out = mentions
        for i in tokens.indices where tokens[i].hasHyphen && !taken[i] && tokens[i].kind == .word && tokens[i].isCapitalized {
            work += 1
            let parts = tokens[i].text.split(separator: "-")
            guard parts.count >= 2, parts.allSatisfy({ p in p.count >= 3 && p.first!.isUppercase && p.allSatisfy(\.isLetter) }),
                  parts.contains(where: { p in heads.lookup(p.lowercased()).contains { $0["kind"] == "media" } }) else { continue }
            let the = i > 0 && tokens[i - 1].lower == "the"
            let cue = i + 1 < tokens.count && verbs.hasSingle(tokens[i + 1])
            guard the || cue else { continue }
            let r = the ? (i - 1)..<(i + 1) : i..<(i + 1)
            taken[i] = true
            let span = doc.span(tokens: r)
            out.append(Mention(provenance: Provenance(document: doc.id, span: span, sentence: doc.sentence(containingToken: i), rule: "actor.media.hyphenated"),
                               text: doc.text(span), tokens: r, actor: tokens[i].text, kind: .media, form: .name))
        }
        guard out.count > mentions.count else { return mentions }
        out.sort { $0.provenance.span < $1.provenance.span }
        return out
    }
}
