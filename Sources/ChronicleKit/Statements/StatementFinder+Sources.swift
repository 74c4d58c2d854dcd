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

    /// The source phrase of a mention that is the object of a preposition after an unnamed-source
    /// noun: "Associates of [Navalny]", "a source close to [the ministry]". Returns the phrase
    /// from the noun (and its determiner or adjectives, up to three words) to the mention's end.
    func unnamedAround(_ doc: Document, _ m: Mention) -> Range<Int>? {
        let tokens = doc.tokens
        var k = m.tokens.lowerBound - 1
        // "of the …", "close to the …": back over a determiner and the preposition
        if k >= 0 && cues.cls(tokens[k]) == "det" { k -= 1 }
        guard k >= 1, ["of", "for", "to", "with", "in", "at"].contains(tokens[k].lower) else { return nil }
        k -= 1
        if k >= 1 && ["close", "closest", "familiar", "near"].contains(tokens[k].lower) { k -= 1 }
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
}
