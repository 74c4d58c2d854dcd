/// Organisations named elsewhere in the article by a short form of their name (docs/Actors.md,
/// "Session 28: actors").
extension ActorRecognizer {
    /// The most organisations whose short forms one article looks for: a list of thousands of
    /// organisations costs no more per capitalised word than a handful (docs/Architecture.md,
    /// "Bounds").
    static let maxShortForms = 16

    /// An organisation or medium named by two words or more is named elsewhere in the article
    /// by a short form (rule `actor.organization.short-form`):
    /// - its first word alone ("Tottenham said in a statement" beside "Tottenham Hotspur",
    ///   "Amnesty" beside "Amnesty International", "Goldman" beside "Goldman Sachs"), when that
    ///   word is a name of its own: capitalised, three letters or more, no word of a lexicon of
    ///   places, countries, peoples, titles, given names, months, weekdays, head words, groups,
    ///   club words or known organisations ("Manchester", "National", "Real", "New"), no word the
    ///   article writes in lower case or in a person's name, and no name of another mention
    ///   ("Amazon" of "Amazon Web Services" is Amazon); two organisations that begin with the
    ///   same word make it no short form of either;
    /// - the initials of its capitalised words, three or more ("the IRGC said" after "the Islamic
    ///   Revolutionary Guard Corps"; "of", "the", "and", "for" and "&" skipped), where no mention
    ///   has that name already (`joinAcronyms` renames those).
    /// The first word counts only for a name whose words are all capitalised ("Obama
    /// administration" is no short form "Obama"), and where it stands alone as an actor stands:
    /// no capitalised word right before it (but the sentence's first word, "The") or after it, no
    /// preposition of place right before it ("in Tottenham" is the district), a proper noun for
    /// the tagger, and "'s", a verb or an auxiliary after it, perhaps after an adverb ("Tottenham
    /// said", "Tottenham's manager"; not "a Catholic school", "to Washington."). One pass over the mentions and
    /// one over the capitalised tokens, comparing each with at most `maxShortForms` words:
    /// linear.
    func learnShortForms(_ mentions: [Mention], doc: Document, taken: inout [Bool], work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        guard tokens.count > 2, mentions.contains(where: { ($0.kind == .organization || $0.kind == .media) && $0.form == .name && $0.tokens.count >= 2 }) else {
            return mentions
        }
        let lexicons = ["places", "countries", "countries:adjectives", "countries:people", "countries:capitals", "titles", "given-names",
                        "name-stopwords", "months", "weekdays", "actor-heads", "groups", "club-words", "organizations", "media", "numbers"].map { book.lexicons.get($0) }
        let joiners: Set<String> = ["of", "the", "and", "for", "&"]
        // the words of persons' names, and the names of one-word mentions
        var personWords = Set<String>(), single = Set<String>()
        for m in mentions where !m.tokens.isEmpty && m.tokens.upperBound <= tokens.count {
            work += m.tokens.count
            if m.kind == .person {
                for t in m.tokens where tokens[t].kind == .word { personWords.insert(tokens[t].lower) }
            } else if m.tokens.count == 1 {
                single.insert(tokens[m.tokens.lowerBound].lower)
            }
        }
        var lowered = LowerCaseWords()
        // (word, actor, kind, is an acronym); an actor "" marks a word two organisations begin with
        var forms: [(word: String, actor: String, kind: ActorKind, acronym: Bool)] = []
        func add(_ w: String, _ m: Mention, acronym: Bool) {
            if let k = forms.firstIndex(where: { $0.word == w }) {
                if forms[k].actor != m.actor { forms[k].actor = "" }
            } else if forms.count < ActorRecognizer.maxShortForms {
                forms.append((w, m.actor, m.kind, acronym))
            }
        }
        for m in mentions where (m.kind == .organization || m.kind == .media) && m.form == .name && m.tokens.count >= 2 && m.tokens.upperBound <= tokens.count {
            work += m.tokens.count
            let f = tokens[m.tokens.lowerBound]
            // (every word of the name capitalised: "Obama administration" is no short form "Obama")
            let capitalised = m.tokens.allSatisfy { tokens[$0].kind != .word || tokens[$0].isCapitalized || joiners.contains(tokens[$0].lower) }
            if capitalised, f.kind == .word, f.isCapitalized, f.text.unicodeScalars.count >= 3, f.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
               f.text.unicodeScalars.contains(where: { Tokenizer.isLower($0) }),
               !lexicons.contains(where: { $0.hasSingle(f) }), !personWords.contains(f.lower), !single.contains(f.lower) {
                add(f.text, m, acronym: false)
            }
            var initials = ""
            for t in m.tokens where tokens[t].kind == .word || tokens[t].text == "&" {
                if joiners.contains(tokens[t].lower) { continue }
                guard tokens[t].isCapitalized, let c = tokens[t].text.unicodeScalars.first, Tokenizer.isUpper(c) else { initials = ""; break }
                initials.unicodeScalars.append(c)
            }
            if initials.unicodeScalars.count >= 3 && !single.contains(initials.lowercased()) { add(initials, m, acronym: true) }
        }
        forms.removeAll { $0.actor.isEmpty }
        guard !forms.isEmpty else { return mentions }
        let preps = book.lexicons.get("place-prepositions")
        let tags = doc.wordClasses
        func capWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalized }
        var out = mentions
        work += tokens.count
        for i in tokens.indices where !taken[i] && capWord(i) {
            let t = tokens[i]
            work += forms.count
            guard let form = forms.first(where: { $0.word == t.text }) else { continue }
            if !form.acronym {
                let s = doc.sentence(containingToken: i)
                let start = doc.sentences.indices.contains(s) ? doc.sentences[s].tokens.lowerBound : 0
                if capWord(i + 1) { continue }
                if i > start && capWord(i - 1) && !(i - 1 == start || tokens[i - 1].lower == "the") { continue }
                var p = i - 1
                if p >= start && tokens[p].lower == "the" { p -= 1 }
                if p >= start, tokens[p].kind == .word, preps.firstSingle(tokens[p])?["kind"] == "preposition" { continue }
                guard tags.count > 0 else { continue }
                let w = tags.words(ofToken: i)
                guard !w.isEmpty, tags.upos[w.lowerBound] == .PROPN else { continue }
                // where an actor stands: before "'s", a verb or an auxiliary (perhaps after an
                // adverb): "Tottenham said", "Tottenham's manager", "Amnesty also found"
                var n = i + 1
                if n < tokens.count, tokens[n].kind == .word, !tokens[n].isCapitalized, let u = tags.words(ofToken: n).first, tags.upos[u] == .ADV { n += 1 }
                guard n < tokens.count, tokens[n].kind == .word, !tokens[n].isCapitalized else { continue }
                if !["'s", "’s"].contains(tokens[n].lower) {
                    let v = tags.words(ofToken: n)
                    guard !v.isEmpty, tags.upos[v.lowerBound] == .VERB || tags.upos[v.lowerBound] == .AUX else { continue }
                }
                // (the article's lower-case words, gathered only when a first word stands alone)
                if lowered.contains(t.lower, in: doc, work: &work) { continue }
            }
            if doc.isBoilerplate(t.span) { continue }
            taken[i] = true
            out.append(Mention(provenance: Provenance(document: doc.id, span: t.span, sentence: doc.sentence(containingToken: i), rule: "actor.organization.short-form"),
                               text: t.text, tokens: i..<(i + 1), actor: form.actor, kind: form.kind, form: .name))
        }
        guard out.count > mentions.count else { return mentions }
        out.sort { $0.provenance.span < $1.provenance.span }
        return out
    }
}
