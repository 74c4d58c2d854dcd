/// Organisations and media no lexicon knows, named in a list beside ones the rules found
/// (docs/Actors.md, "Session 23: actors").
extension ActorRecognizer {
    /// The words that join the conjuncts of a list.
    static let conjunctions: WordSet = ["and", "or", "&"]

    /// Whether a token is made of letters, digits, hyphens and ampersands (an ASCII token, whose
    /// lowercase form the tokenizer hashed, is read byte by byte; another by its scalars'
    /// properties).
    static func lettersDigitsHyphens(_ t: Token) -> Bool {
        if t.lowerHash != 0 {
            return t.text.utf8.allSatisfy { b in (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 45 || b == 38 }
        }
        return t.text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "&" }
    }

    /// One to three capitalised words (or words in capitals: "TE Data") that no rule took are an
    /// organisation, or a medium, when they are a conjunct of a list whose next or previous
    /// conjunct is a name the rules found as one ("affected Mobinil, Vodafone, and Etisalat
    /// networks", "Vodafone and Mobinil", "Vodafone, Mobinil and Etisalat"; rule
    /// `actor.organization.coordinated`, the kind of that neighbour). A conjunct is joined by
    /// "and", "or" or "&" (perhaps after a comma), or by a comma when the list goes on after the
    /// next conjunct (a comma alone is no list: "Meanwhile, Google said"; nor a comma before a
    /// verb: "the AMAs, Dick Clark Productions, denies"). A town before a comma and a place or
    /// country of the lexicons is a place ("SpaceX, Hawthorne, California"). The words must be
    /// proper nouns for the tagger (`Document.tags`, when the analysis has them), no given name
    /// first (a person; but a given name alone with organisations on both sides is one: "FC
    /// Porto, Inter Milan, Chelsea, Real Madrid and Manchester United"), no word of a person's name found so far, not after "of", "for" or a
    /// possessive (the end of a longer name, someone of a medium), no word of `name-stopwords`, `titles`, `months`, `weekdays`,
    /// `pronouns`, `role-nouns`, `countries`, `places` or a place word of `actor-heads` (kind
    /// none), no word the article writes in lower case (but an organisation's head word:
    /// "Ceres Robotics and Tyvak Nano-Satellite Systems" beside "the delivery systems"), no capitalised word right before or after
    /// them, and not in a sentence in title case (a headline). One pass over the tokens: linear.
    func learnCoordinatedNames(_ mentions: [Mention], doc: Document, taken: inout [Bool], work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        guard mentions.contains(where: { ($0.kind == .organization || $0.kind == .media) && $0.form == .name }) else { return mentions }
        var at = [Int32](repeating: -1, count: tokens.count)
        // (the mentions read in place: `enumerated()` copied each)
        mentions.withUnsafeBufferPointer { ms in
            for k in ms.indices where ms[k].tokens.upperBound <= tokens.count {
                work += ms[k].tokens.count
                for t in ms[k].tokens { at[t] = Int32(k) }
            }
        }
        let lex = book.lexicons
        let excluded = ["name-stopwords", "titles", "months", "weekdays", "pronouns", "role-nouns", "countries", "countries:adjectives", "places"].map { lex.get($0) }
        let heads = lex.get("actor-heads"), given = lex.get("given-names")
        let tags = doc.wordClasses
        var lowered = LowerCaseWords()
        func capital(_ i: Int) -> Bool { tokens[i].kind == .word && (tokens[i].isCapitalized || ActorRecognizer.hasUpper(tokens[i])) }
        /// Whether the token can be a word of an organisation's name no lexicon knows.
        func nameWord(_ i: Int) -> Bool {
            guard capital(i), !taken[i], at[i] < 0 else { return false }
            // (the token read in place: a copy of it retained and released its strings)
            return tokens.withUnsafeBufferPointer { tb in
                guard ActorRecognizer.lettersDigitsHyphens(tb[i]) else { return false }
                if excluded.contains(where: { $0.hasSingle(tb[i]) }) { return false }
                if heads.firstSingle(tb[i])?["kind"] == "none" { return false }
                if tags.count > 0 {
                    let w = tags.words(ofToken: i)
                    if w.isEmpty || tags.upos[w.lowerBound] != .PROPN { return false }
                }
                // (an organisation's head word is written in lower case elsewhere as a common noun:
                // "Tyvak Nano-Satellite Systems" beside "the delivery systems")
                if let k = heads.firstSingle(tb[i])?["kind"], k == "organization" || k == "media" { return true }
                return !lowered.contains(tb[i].lower, in: doc, work: &work)
            }
        }
        // which tokens join conjuncts: a conjunction ("and", "or", "&") and, for `connector`, a comma
        // (found once per token: the pass below asks four times around every token)
        var conjunction = [Bool](repeating: false, count: tokens.count)
        var joins = [Bool](repeating: false, count: tokens.count)
        tokens.withUnsafeBufferPointer { tb in
            for i in tb.indices {
                if tb[i].kind != .word {
                    let x = tb[i].text
                    guard x.utf8.count == 1 else { continue }
                    conjunction[i] = x == "&"
                    joins[i] = conjunction[i] || x == ","
                } else if ActorRecognizer.conjunctions.contains(tb[i]) {
                    conjunction[i] = true
                    joins[i] = true
                }
            }
        }
        func isConjunction(_ i: Int) -> Bool { conjunction[i] }
        func connector(_ i: Int, in s: Range<Int>) -> Bool { s.contains(i) && joins[i] }
        /// The organisation or medium whose name is at `i`, in `s`; not one whose name has a
        /// function word, whose list may go on its name ("the Bureau of Alcohol, Tobacco,
        /// Firearms and Explosives": "Tobacco" is no company).
        func neighbour(_ i: Int, in s: Range<Int>) -> Mention? {
            guard s.contains(i), at[i] >= 0 else { return nil }
            let m = mentions[Int(at[i])]
            guard (m.kind == .organization || m.kind == .media) && m.form == .name else { return nil }
            return m.tokens.contains { tokens[$0].kind == .word && !capital($0) } ? nil : m
        }
        /// Whether a list goes on at `i`: a conjunction, or a comma before a conjunction, a
        /// capitalised word or "the" (a comma before a verb closes an apposition: "the company
        /// that runs the AMAs, Dick Clark Productions, denies …").
        func goesOn(_ i: Int, in s: Range<Int>) -> Bool {
            guard s.contains(i) else { return false }
            if isConjunction(i) { return true }
            guard tokens[i].text == ",", s.contains(i + 1) else { return false }
            return isConjunction(i + 1) || capital(i + 1) || tokens[i + 1].lower == "the"
        }
        let places = lex.get("places"), countries = lex.get("countries")
        // the words of the people named so far ("… the Republican Party and Clinton recovers":
        // Hillary Clinton's surname is no company)
        var personWords = Set<String>()
        for m in mentions where m.kind == .person && m.tokens.upperBound <= tokens.count {
            for t in m.tokens { personWords.insert(tokens[t].lower) }
        }
        var added: [Mention] = []
        for sentence in doc.sentences where !ActorRecognizer.capitalizesItsWords(sentence.tokens, tokens) {
            let s = sentence.tokens
            var i = s.lowerBound
            while i < s.upperBound {
                work += 1
                // (a conjunct stands next to what joins it: a conjunction or comma right before
                // it, or one of the three tokens after it; elsewhere no name is added, so the
                // name-word tests are left out)
                guard connector(i - 1, in: s) || connector(i + 1, in: s) || connector(i + 2, in: s) || connector(i + 3, in: s),
                      nameWord(i), i == s.lowerBound || !capital(i - 1) else { i += 1; continue }
                var j = i + 1
                while j < s.upperBound && j - i < 3 && nameWord(j) { j += 1 }
                defer { i = j }
                if j < s.upperBound && capital(j) { continue }
                // (a given name is a person's, but alone between two organisations of a list: "has
                // managed FC Porto, Inter Milan, Chelsea, Real Madrid and Manchester United")
                let givenName = given.hasSingle(tokens[i])
                if (givenName && j - i > 1) || (i..<j).contains(where: { personWords.contains(tokens[$0].lower) }) { continue }
                // (a town before a comma and its state or country is a place: "SpaceX, Hawthorne,
                // California")
                if j + 1 < s.upperBound, tokens[j].text == ",",
                   places.longest(tokens, at: j + 1, end: s.upperBound) != nil || countries.longest(tokens, at: j + 1, end: s.upperBound) != nil { continue }
                // (the end of a longer name: "the American Federation of Teachers and the AFL-CIO";
                // someone of a medium: "CNN's Anderson Cooper and Fox News' Chris Wallace")
                if i > s.lowerBound, ["of", "for", "'s", "’s", "'", "’"].contains(tokens[i - 1].lower) { continue }
                var before: ActorKind?, after: ActorKind?
                // before it: "Vodafone and X", "Vodafone, and X", "Vodafone, X, and …"
                let b = i - 1
                if b >= s.lowerBound {
                    if isConjunction(b) {
                        var c = b - 1
                        if c >= s.lowerBound && tokens[c].text == "," { c -= 1 }
                        before = neighbour(c, in: s)?.kind
                    } else if tokens[b].text == ",", goesOn(j, in: s) {
                        before = neighbour(b - 1, in: s)?.kind
                    }
                }
                // after it: "X and Vodafone", "X, Vodafone, and …", "X, Vodafone and …"
                if (before == nil || givenName) && j < s.upperBound {
                    if isConjunction(j) {
                        var c = j + 1
                        if c < s.upperBound && tokens[c].lower == "the" { c += 1 }
                        after = neighbour(c, in: s)?.kind
                    } else if tokens[j].text == ",", let m = neighbour(j + 1, in: s), goesOn(m.tokens.upperBound, in: s) {
                        after = m.kind
                    }
                }
                if givenName && (before == nil || after == nil) { continue }
                guard let kind = before ?? after else { continue }
                let span = doc.span(tokens: i..<j)
                let text = doc.text(span)
                for t in i..<j { taken[t] = true }
                added.append(Mention(provenance: Provenance(document: doc.id, span: span, sentence: sentence.index, rule: "actor.organization.coordinated"),
                                     text: text, tokens: i..<j, actor: Template.normalizeSpaces(text), kind: kind, form: .name))
            }
        }
        guard !added.isEmpty else { return mentions }
        var out = mentions + added
        out.sort { $0.provenance.span < $1.provenance.span }
        return out
    }
}
