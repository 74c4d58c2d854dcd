/// Sources the text does not name, found in the parse (`Document.syntax`).
extension ActorRecognizer {
    /// Adds a mention of `Actor.unnamedSource` for every common noun the parse gives as the
    /// subject of a reporting verb ("Officials said", "Associates of X alleged") or as the
    /// object of "according to" ("according to sources"), when no other mention covers it.
    /// The mention spans the noun and the words before it that depend on it ("two senior
    /// officials"); its role is the whole phrase ("Associates of Navalny"). Without a parse it
    /// adds nothing.
    func addUnnamedSources(_ mentions: [Mention], doc: Document, work: inout Int) -> [Mention] {
        let syn = doc.syntax
        guard syn.count > 0, let tables = syn.tables, syn.wordToken.count == syn.count else { return mentions }
        func label(_ name: String) -> UInt8? { tables.labels.firstIndex(of: name).map(UInt8.init) }
        let nsubj = label("nsubj"), nsubjPass = label("nsubj:pass"), obl = label("obl"), caseRel = label("case")
        let ccomp = label("ccomp"), parataxis = label("parataxis")
        let left: Set<UInt8> = Set(["det", "amod", "compound", "nummod"].compactMap(label))
        var covered = [Bool](repeating: false, count: doc.tokens.count)
        for m in mentions where m.tokens.upperBound <= doc.tokens.count { for t in m.tokens { covered[t] = true } }
        var added: [Mention] = []
        work += syn.count
        for k in 0..<syn.sentenceCount {
            let words = syn.words(ofSentence: k)
            for w in words where syn.upos[w] == .NOUN {
                let rel = syn.deprel[w]
                let h = Int(syn.head[w])
                guard h >= 0 else { continue }
                var source = false
                if rel == nsubj || rel == nsubjPass {
                    // a reporting verb that reports something: a clause under it ("Rebel attacks
                    // continued overnight" has no source)
                    source = syn.upos[h] == .VERB && cueLemmas.contains(syn.lemma[h])
                        && words.contains { syn.head[$0] == Int32(h) && (syn.deprel[$0] == ccomp || syn.deprel[$0] == parataxis) }
                } else if rel == obl {
                    // "according to sources": "according" is a case dependent of the noun
                    for d in max(words.lowerBound, w - 3)..<w where syn.head[d] == Int32(w) && syn.deprel[d] == caseRel {
                        if doc.tokens[Int(syn.wordToken[d])].lower == "according" { source = true }
                    }
                }
                guard source else { continue }
                let t = Int(syn.wordToken[w])
                guard t < doc.tokens.count, !covered[t], !doc.isBoilerplate(doc.tokens[t].span) else { continue }
                // the noun and the words before it that depend on it
                var a = w
                while a - 1 >= words.lowerBound && syn.head[a - 1] == Int32(w) && left.contains(syn.deprel[a - 1])
                    && !covered[Int(syn.wordToken[a - 1])] { a -= 1 }
                // the whole phrase, for the role: the noun's subtree (within 30 words of it)
                let near = max(words.lowerBound, w - 30)..<min(words.upperBound, w + 30)
                var lo = a, hi = w
                work += near.count
                for d in near where d < a || d > w {
                    var x = d, depth = 0
                    while x >= 0 && x != w && depth < 20 && near.contains(x) { x = Int(syn.head[x]); depth += 1 }
                    if x == w { lo = min(lo, d); hi = max(hi, d) }
                }
                while hi > w && syn.upos[hi] == .PUNCT { hi -= 1 }
                let toks = Int(syn.wordToken[a])..<(t + 1)
                let span = doc.span(tokens: toks)
                let phrase = Span(syn.wordSpan[lo].start, syn.wordSpan[hi].end)
                for x in toks { covered[x] = true }
                added.append(Mention(provenance: Provenance(document: doc.id, span: span, sentence: doc.sentence(containingToken: t), rule: "actor.unnamed-source"),
                                     text: doc.text(span), tokens: toks, actor: Actor.unnamedSource, kind: .group, form: .unnamed,
                                     role: Template.normalizeSpaces(doc.text(phrase))))
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.provenance.span < $1.provenance.span }
    }
}

/// Offices named by the post of their head (docs/Actors.md, "Session 31: actors").
extension ActorRecognizer {
    /// An office named by a post in lower case after "the" ("the prosecutor’s office said", rules
    /// `actor.organization.post-office` and `post-office-according-to`) is the office the article
    /// named before it, when there is one: the latest organisation mention before it with the word
    /// "office" in its name ("the U.S. Attorney’s Office for the Western District of New York" …
    /// "the prosecutor’s office said"); the mention becomes a role noun of that office. Without
    /// one, or without "the" ("Bolivia’s public defender’s office"), it names an office of its
    /// own. One pass over the mentions, the words of each organisation's: linear.
    func joinPostOffices(_ mentions: [Mention], doc: Document, work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        guard mentions.contains(where: { $0.provenance.rule.hasPrefix("actor.organization.post-office") }) else { return mentions }
        var out = mentions
        var office: String?
        for k in out.indices {
            let m = out[k]
            guard m.kind == .organization, !m.tokens.isEmpty, m.tokens.upperBound <= tokens.count else { continue }
            work += m.tokens.count
            if m.provenance.rule.hasPrefix("actor.organization.post-office") {
                if let o = office, o != m.actor, m.tokens.lowerBound > 0, tokens[m.tokens.lowerBound - 1].lower == "the" {
                    out[k].actor = o
                    out[k].form = .roleNoun
                }
            } else if m.form == .name, m.tokens.contains(where: { tokens[$0].lower == "office" }) {
                office = m.actor
            }
        }
        return out
    }
}
