/// Names the given-name lexicon cannot know (docs/Actors.md, "Speakers' names").
extension ActorRecognizer {
    /// A capitalised word that speaks ("Okwudire said", "says Best") and that the article gave
    /// earlier as the last of two capitalised words ("Chinedum Okwudire") is that person's
    /// surname, and the two words (with a middle initial between them) are the person's full
    /// name, whatever the given name: rule `actor.person.speaker-name`. The bare surnames then
    /// join the full name as any surname does (`unifyPersons`).
    ///
    /// Left out, as common words and not names: a word that the article also writes in lower case
    /// ("Officials said" beside "officials"), a word of `name-stopwords`, `titles`, `months`,
    /// `weekdays` or `actor-heads` ("Police"), a word in capitals ("HCSO"); and as the first word,
    /// also a sentence's first word that the article writes in lower case elsewhere or that ends
    /// in "-ing" or "-ly" ("Questioning Vindman"), an abbreviation ("St. Martin") and a compound
    /// with lower-case parts ("Day-by-day Schiff"), a nationality ("Cuban Americans said"); and a
    /// whole place, country or capital ("Cape Town said"), or the end of a name with "of" ("the
    /// Bureau of Labor Statistics said").
    /// Two passes over the tokens, one set lookup a token: linear.
    func learnSpeakerNames(_ mentions: [Mention], doc: Document, taken: inout [Bool], work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        guard tokens.count > 2 else { return mentions }
        let verbs = book.lexicons.get("reporting-verbs")
        func speaks(_ k: Int) -> Bool {
            guard k >= 0, k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized,
                  let hit = verbs.longest(tokens, at: k, end: k + 1) else { return false }
            return hit.entries.contains { $0["frame"] == "say" || $0["frame"] == "tell" }
        }
        // the words the article writes in lower case, made when first asked
        var lowered = LowerCaseWords()
        func writtenInLowerCase(_ w: String) -> Bool { lowered.contains(w, in: doc, work: &work) }
        // 1. the capitalised words that speak
        var speakers = Set<String>()
        work += tokens.count
        for i in tokens.indices where !taken[i] && tokens[i].isCapitalized && tokens[i].kind == .word {
            let after = speaks(i + 1)
            let before = i >= 1 && speaks(i - 1) && (i + 1 == tokens.count || tokens[i + 1].kind != .word)
            guard after || before, !isCommonWord(i, doc: doc), !writtenInLowerCase(tokens[i].lower) else { continue }
            speakers.insert(tokens[i].lower)
        }
        guard !speakers.isEmpty else { return mentions }
        // 2. their first appearance after a capitalised word (and an initial) that is no common word
        var out = mentions
        var named = Set<String>()
        for i in 1..<tokens.count where !taken[i] && tokens[i].isCapitalized && speakers.contains(tokens[i].lower) && !named.contains(tokens[i].lower) {
            work += 1
            var first = i - 1
            if first >= 1 && tokens[first].text.unicodeScalars.count == 2 && tokens[first].text.hasSuffix(".") && tokens[first].isCapitalized { first -= 1 }
            let f = tokens[first]
            guard !taken[first], f.isCapitalized, f.kind == .word, tokens[first + 1].spaceBefore, tokens[i].spaceBefore,
                  f.text.unicodeScalars.count > 1, !isCommonWord(first, doc: doc),
                  doc.sentence(containingToken: first) == doc.sentence(containingToken: i) else { continue }
            // no abbreviation ("St. Martin"), no lower-case compound ("Day-by-day Schiff")
            if f.text.hasSuffix(".") || (f.hasHyphen && f.text.split(separator: "-").dropFirst().contains { $0.first?.isLowercase == true }) { continue }
            let s = doc.sentence(containingToken: first)
            if s >= 0 && s < doc.sentences.count && doc.sentences[s].tokens.lowerBound == first
                && (writtenInLowerCase(f.lower) || f.lower.hasSuffix("ing") || f.lower.hasSuffix("ly")) { continue }
            if doc.isBoilerplate(f.span) { continue }
            // after an article the words name a thing ("The Border Patrol said")
            if first > 0, ["the", "a", "an"].contains(tokens[first - 1].lower) { continue }
            // a place ("Hong Kong said", "Cape Town said"; the countries are actors of their own)
            if let hit = book.lexicons.get("places").longest(tokens, at: first, end: i + 1), hit.length == i + 1 - first { continue }
            if ["countries", "countries:capitals"].contains(where: { book.lexicons.get($0).longest(tokens, at: first, end: i + 1)?.length == i + 1 - first }) { continue }
            // a nationality before it ("Cuban Americans said")
            if book.lexicons.get("countries:adjectives").hasSingle(f), !book.lexicons.get("given-names").hasSingle(f) { continue }
            // the end of a name with "of" ("the Bureau of Labor Statistics said", "the
            // Organization of African Unity said")
            if first >= 2, tokens[first - 1].lower == "of", tokens[first - 2].isCapitalized, tokens[first - 2].kind == .word { continue }
            named.insert(tokens[i].lower)
            let r = first..<(i + 1)
            for t in r { taken[t] = true }
            let span = doc.span(tokens: r)
            let name = Template.normalizeSpaces(doc.text(span))
            var m = Mention(provenance: Provenance(document: doc.id, span: span, sentence: s, rule: "actor.person.speaker-name"),
                            text: doc.text(span), tokens: r, actor: name, kind: .person, form: .name)
            if let g = book.lexicons.get("given-names").lookup(f.lower).first?["gender"], g == "m" || g == "f" { m.gender = g }
            out.append(m)
        }
        guard out.count > mentions.count else { return mentions }
        out.sort { $0.provenance.span < $1.provenance.span }
        return out
    }

    /// Whether the capitalised word at `i` is a common word here, not a name: see
    /// `learnSpeakerNames`.
    func isCommonWord(_ i: Int, doc: Document) -> Bool {
        let t = doc.tokens[i]
        if t.text.unicodeScalars.count >= 2 && t.text.unicodeScalars.allSatisfy({ !Tokenizer.isLower($0) }) { return true }
        for name in ["name-stopwords", "titles", "months", "weekdays", "actor-heads", "pronouns"] where book.lexicons.get(name).hasSingle(t) {
            return true
        }
        return false
    }
}
