/// What the Statements stage reads from the parse (`Document.syntax`): the outer speaker of a
/// nested attribution, and attributions that only the parse finds (docs/Architecture.md,
/// "Statements from the parse").
struct ParseSources: Sendable {
    /// Lemmas of the verbs of saying (frame `say` of the `reporting-verbs` lexicon).
    let sayLemmas: Set<String>
    /// Lemmas of verbs whose passive subject is the speaker of the verb of saying under them
    /// ("X was quoted as saying …").
    let quotedLemmas: Set<String>

    init(book: RuleBook) {
        let verbs = book.lexicons.get("reporting-verbs")
        sayLemmas = Set(verbs.entries.filter { $0["frame"] == "say" }.compactMap { $0["lemma"] }.filter { !$0.contains(" ") })
        quotedLemmas = Set(verbs.entries.filter { $0["frame"] == "quoted" }.compactMap { $0["lemma"] })
    }

    /// The first word of token `t`, if the document is parsed.
    static func word(_ doc: Document, token t: Int) -> Int? {
        let r = doc.syntax.words(ofToken: t)
        return r.isEmpty ? nil : r.lowerBound
    }

    /// The unnamed source a mention depends on ("Associates of Navalny": Navalny is inside the
    /// phrase whose head, "Associates", is the source): the parse's heads are followed up from
    /// the mention's last word through flat, compound and nmod relations.
    static func outerSource(_ doc: Document, _ m: Mention, unnamedAt: [Int: Int], actors: ActorLayer) -> Mention? {
        let syn = doc.syntax
        guard !unnamedAt.isEmpty, m.form != .unnamed, let tables = syn.tables, m.tokens.upperBound <= doc.tokens.count,
              let w0 = word(doc, token: m.tokens.upperBound - 1) else { return nil }
        var w = w0
        for _ in 0..<6 {
            let h = Int(syn.head[w])
            guard h >= 0 else { return nil }
            let rel = tables.labels[Int(syn.deprel[w])]
            let ht = Int(syn.wordToken[h])
            if m.tokens.contains(ht) || rel == "flat" || rel == "compound" { w = h; continue }
            guard rel == "nmod" else { return nil }
            if let k = unnamedAt[ht] { return actors.mentions[k] }
            w = h
        }
        return nil
    }

    /// The unnamed-source mentions by their last token.
    static func unnamedIndex(_ actors: ActorLayer) -> [Int: Int] {
        var out: [Int: Int] = [:]
        // (read in place: `enumerated()` copied every mention)
        actors.mentions.withUnsafeBufferPointer { ms in
            for k in ms.indices where ms[k].form == .unnamed && !ms[k].tokens.isEmpty { out[ms[k].tokens.upperBound - 1] = k }
        }
        return out
    }

    /// One attribution the parse gives: content words, source word, cue word.
    struct Found {
        var content: Range<Int>
        var source: Range<Int>
        var sourceWord: Int
        var cue: Int
        var rule: String
    }

    /// The subtree of word `w` as a word range, within its sentence (`words`), at most 60 words
    /// either side.
    static func subtree(_ syn: SyntaxLayer, _ w: Int, in words: Range<Int>) -> Range<Int> {
        let near = max(words.lowerBound, w - 60)..<min(words.upperBound, w + 60)
        var lo = w, hi = w
        for d in near where d != w {
            var x = d, depth = 0
            while x >= 0 && x != w && depth < 24 && near.contains(x) { x = Int(syn.head[x]); depth += 1 }
            if x == w { lo = min(lo, d); hi = max(hi, d) }
        }
        return lo..<(hi + 1)
    }

    /// Attributions of verbs of saying in sentence `k` of the parse: the subject of the verb (or,
    /// for "X was quoted as saying", the passive subject of "quoted"; for "… and said", the
    /// subject of the first verb) is the source, the clause the verb governs (ccomp) the content.
    func find(_ doc: Document, sentence k: Int, work: inout Int) -> [Found] {
        let syn = doc.syntax
        guard let tables = syn.tables else { return [] }
        let words = syn.words(ofSentence: k)
        work += words.count
        var out: [Found] = []
        for v in words where syn.upos[v] == .VERB && sayLemmas.contains(syn.lemma[v]) {
            var content: Int?
            var subject: Int?
            for d in words where syn.head[d] == Int32(v) {
                let rel = tables.labels[Int(syn.deprel[d])]
                if rel == "ccomp" && content == nil { content = d }
                if (rel == "nsubj" || rel == "nsubj:pass") && subject == nil { subject = d }
            }
            guard let c = content else { continue }
            var rule = "statement.parse.subject"
            if subject == nil {
                let h = Int(syn.head[v])
                guard h >= 0 else { continue }
                let rel = tables.labels[Int(syn.deprel[v])]
                if (rel == "advcl" || rel == "xcomp") && quotedLemmas.contains(syn.lemma[h]) {
                    subject = words.first { syn.head[$0] == Int32(h) && tables.labels[Int(syn.deprel[$0])] == "nsubj:pass" }
                    rule = "statement.parse.quoted-as-saying"
                } else if rel == "conj" {
                    subject = words.first { syn.head[$0] == Int32(h) && tables.labels[Int(syn.deprel[$0])] == "nsubj" }
                    rule = "statement.parse.coordinated"
                }
            }
            guard let s = subject, s < v else { continue }
            let body = ParseSources.subtree(syn, c, in: words)
            guard body.lowerBound > v, body.count >= 3 else { continue }
            // the source phrase: the subject's words before the verb
            let src = ParseSources.subtree(syn, s, in: words)
            out.append(Found(content: body, source: src.lowerBound..<min(src.upperBound, v), sourceWord: s, cue: v, rule: rule))
        }
        return out
    }
}
