/// Speakers the text gives without a name, and speakers it names with one word or as a medium
/// (docs/Actors.md, "Unnamed sources, media and lone names as speakers").
extension StatementFinder {
    /// Words that may follow the head noun of an unnamed source phrase: "officials in Kyiv",
    /// "a source close to …", "associates of Navalny", "people familiar with …".
    static let afterUnnamedHead: Set<String> = ["of", "for", "to", "in", "at", "from", "with", "close", "closest", "familiar", "near",
                                                 "inside", "within", "on", "who", ","]

    /// The token of the noun of the `source-nouns` lexicon that heads source phrase `src`, if
    /// it does: the noun ends the phrase or a preposition follows it ("officials said",
    /// "according to sources", "a source close to the ministry", "Associates of Navalny"). A
    /// name right after it is an apposition and speaks ("aide John Smith said"). Bounded: the
    /// first six tokens of the phrase. Of a compound of such nouns ("a local police source") the
    /// last is the head.
    func unnamedHead(_ doc: Document, _ src: Range<Int>) -> Int? {
        let tokens = doc.tokens
        for k in src.prefix(6) where sourceNouns.hasSingle(tokens[k]) {
            // a capitalised noun inside the phrase is part of a name ("Friends of the Earth")
            if tokens[k].isCapitalized && k != src.lowerBound { return nil }
            // "a police source", "intelligence officials": the last noun of a compound is its head
            if k + 1 < src.upperBound && sourceNouns.hasSingle(tokens[k + 1]) && !tokens[k + 1].isCapitalized { continue }
            if k + 1 == src.upperBound {
                return sourceNouns.lookup(tokens[k].lower).contains { $0["alone"] == "no" } ? nil : k
            }
            if Self.afterUnnamedHead.contains(tokens[k + 1].lower) { return k }
            return nil
        }
        return nil
    }

    /// The words that describe a source the text does not name, when they are not the source
    /// phrase the cue finder gave (which the statement's `sourceSpan`, and so the speaker's shown
    /// name, then become):
    /// - a phrase cut at a place ("An Associated Press journalist in the area", "The Cape Argus
    ///   newspaper in Cape Town"): the words before it, which `speaker` already gave as the
    ///   speaker;
    /// - a phrase that is the object of a preposition after a noun of `source-nouns` ("A doctor
    ///   on [the scene] told"): the noun and its determiner with it ("A doctor on the scene");
    /// - a participle with its agent after the head ("Court papers obtained by our correspondent
    ///   showed"): the words before the participle.
    func describedSource(_ doc: Document, _ src: Range<Int>, speaker: String?, actors: ActorLayer, mentionAt: [Int32]) -> Range<Int>? {
        let tokens = doc.tokens
        guard let speaker, actors.actors[speaker] == nil || speaker == Actor.unnamedSource else { return nil }
        if speaker == Actor.unnamedSource {
            let lo = doc.sentences[doc.sentence(containingToken: src.lowerBound)].tokens.lowerBound
            let k = src.lowerBound
            if k - 2 >= lo, mentionAt[src.upperBound - 1] < 0, Self.afterUnnamedHead.contains(tokens[k - 1].lower), tokens[k - 1].kind == .word,
               unnamedHead(doc, (k - 2)..<src.upperBound) == k - 2 {
                // (with its determiner and up to three words before the noun: "Another league source with …")
                var a = k - 2
                while a > lo && k - 2 - a < 3 && tokens[a - 1].kind == .word && (cues.cls(tokens[a - 1]) == "det" || cues.cls(tokens[a - 1]) == nil)
                        && (!tokens[a - 1].isCapitalized || a - 1 == lo) {
                    a -= 1
                    if cues.cls(tokens[a]) == "det" { break }
                }
                return a..<src.upperBound
            }
        }
        // "customers who accused …", "a career Army officer who described …": "who" is no part of
        // the description, whose head names people (`source-nouns`, a person's `role-nouns`; a
        // clause set off by a comma, "the pirates, who decided …", describes no speaker)
        if src.count > 1, tokens[src.upperBound - 1].lower == "who", tokens[src.upperBound - 2].kind == .word,
           sourceNouns.hasSingle(tokens[src.upperBound - 2])
            || book.lexicons.get("role-nouns").firstSingle(tokens[src.upperBound - 2]).map({ ($0["kind"] ?? "").isEmpty || $0["kind"] == "person" }) ?? false {
            return src.lowerBound..<(src.upperBound - 1)
        }
        // "Court papers obtained by our correspondent"
        if let p = src.dropFirst().first(where: { $0 + 1 < src.upperBound && tokens[$0].kind == .word && !tokens[$0].isCapitalized
                && tokens[$0].lower.hasSuffix("ed") && cues.cls(tokens[$0]) == nil && tokens[$0 + 1].lower == "by" }) {
            return src.lowerBound..<p
        }
        if speaker == Actor.unnamedSource { return nil }
        // the speaker is the words the phrase opens with
        var e = src.lowerBound
        while e < src.upperBound && doc.text(doc.span(tokens: src.lowerBound..<e)).count < speaker.count { e += 1 }
        guard e < src.upperBound, e > src.lowerBound, cues.placePrepositions.contains(tokens[e]),
              doc.text(doc.span(tokens: src.lowerBound..<e)) == speaker else { return nil }
        return src.lowerBound..<e
    }

    /// The source phrase of a mention that is the object of a preposition after an unnamed-source
    /// noun: "Associates of [Navalny]", "a source close to [the ministry]". Returns the phrase
    /// from the noun (and its determiner or adjectives, up to three words) to the mention's end.
    ///
    /// Also a mention inside a participle phrase after the subject: "[Economists] polled by
    /// Reuters expect", "[The authors of the research] published in the journal JAMA Psychiatry
    /// argued" (`participleSubject`): the subject before the participle, without it.
    func unnamedAround(_ doc: Document, _ m: Mention) -> Range<Int>? {
        if let r = participleSubject(doc, m) { return r }
        let tokens = doc.tokens
        var k = m.tokens.lowerBound - 1
        // "of the …", "close to the …": back over a determiner and the preposition
        if k >= 0 && cues.cls(tokens[k]) == "det" { k -= 1 }
        guard k >= 1, cues.words.tiePreposition.contains(tokens[k]) else { return nil }
        k -= 1
        if k >= 1 && cues.words.nearSource.contains(tokens[k]) { k -= 1 }
        guard k >= 0, sourceNouns.hasSingle(tokens[k]) else { return nil }
        let sentence = doc.sentence(containingToken: k)
        guard sentence >= 0, sentence < doc.sentences.count else { return nil }
        let lo = doc.sentences[sentence].tokens.lowerBound
        if tokens[k].isCapitalized && k != lo { return nil }
        var a = k
        while a > lo && k - a < 3 && tokens[a - 1].kind == .word && !tokens[a - 1].isCapitalized
                && (cues.cls(tokens[a - 1]) == "det" || cues.cls(tokens[a - 1]) == nil) { a -= 1 }
        return a..<m.tokens.upperBound
    }

    /// The subject that a participle phrase holding mention `m` modifies: a participle in "-ed"
    /// (the tagger's VBN), a preposition, perhaps a determiner and one or two lower-case nouns
    /// ("the journal"), then the mention; before the participle a noun phrase that opens its
    /// clause (the sentence's start, a comma, a quotation mark, "that", "and" or "but"), of at
    /// most six words (determiners, lower-case words, "of"; a capital only first), whose head
    /// (its word before "of", else its last word) is a plural noun or a source noun. Constant
    /// steps. nil when the text is not so.
    func participleSubject(_ doc: Document, _ m: Mention) -> Range<Int>? {
        let tokens = doc.tokens
        let tags = doc.wordClasses
        guard tags.count > 0, m.tokens.lowerBound < tokens.count else { return nil }
        let sentence = doc.sentence(containingToken: m.tokens.lowerBound)
        guard doc.sentences.indices.contains(sentence) else { return nil }
        let lo = doc.sentences[sentence].tokens.lowerBound
        func lowerWord(_ j: Int) -> Bool { j >= lo && tokens[j].kind == .word && !tokens[j].isCapitalized }
        var k = m.tokens.lowerBound - 1
        var skipped = 0
        while skipped < 3 && lowerWord(k) && (cues.cls(tokens[k]) == "det" || (cues.cls(tokens[k]) == nil && tags.words(ofToken: k).first.map { tags.upos[$0] == .NOUN } == true)) {
            k -= 1; skipped += 1
        }
        guard lowerWord(k), let pw = tags.words(ofToken: k).first, tags.upos[pw] == .ADP, lowerWord(k - 1),
              let vw = tags.words(ofToken: k - 1).first, tags.xpos(vw) == "VBN", tokens[k - 1].lower.hasSuffix("ed") else { return nil }
        let end = k - 1
        var a = end
        while a > lo && end - a < 6 {
            let t = tokens[a - 1]
            guard t.kind == .word, !t.isCapitalized || a - 1 == lo, cues.cls(t) == nil || cues.cls(t) == "det" || t.lower == "of" else { break }
            a -= 1
        }
        guard a < end else { return nil }
        let opens = a == lo || [",", ";", ":"].contains(tokens[a - 1].text) || tokens[a - 1].kind == .quote
            || cues.words.clauseJoiner.contains(tokens[a - 1])
        guard opens else { return nil }
        let of = (a..<end).first(where: { tokens[$0].lower == "of" })
        let head = (of ?? end) - 1
        guard head >= a, tokens[head].kind == .word, cues.cls(tokens[head]) == nil,
              cues.isPlural(tokens[head]) || sourceNouns.hasSingle(tokens[head]) else { return nil }
        return a..<end
    }
}
