/// People whose given name no lexicon knows and who do not speak, found by what the text says
/// of them (docs/Actors.md, "Session 22: actors").
extension ActorRecognizer {
    /// Two or three capitalised words that no rule took are a person's name when the text gives
    /// a sign of it:
    /// - an age: "34-year-old Zurana Horton", "the 34-year old Zurana Horton", "Zurana Horton,
    ///   34, of Brooklyn", "Zurana Horton (34)" (rule `actor.person.age`);
    /// - the last word is given alone elsewhere with an age ("Mohamed, 24, allegedly rented …"
    ///   after "The suspect -- Khalfan Khamis Mohamed --"; same rule);
    /// - the last word is given alone elsewhere as the subject of a clause that "he" or "she"
    ///   goes on with ("Horton died instantly … when she attempted to protect students": the
    ///   first third-person pronoun after it in its sentence; rule `actor.person.subject-name`);
    /// - the last word is the family name of a person the article names in full ("Elian
    ///   Gonzalez" beside "Lazaro Gonzalez"; two words, the first no word of that name: "Kostro
    ///   Miller" after "Amanda A. Kostro Miller" is she; rule `actor.person.family-name`);
    /// - a country of origin and a verb after it ("Eliud Kipchoge from Kenya ran a marathon";
    ///   rule `actor.person.of-country`);
    /// - the last word is given alone elsewhere, a proper noun for the tagger, right before a
    ///   verb ("Although Hitler was born in Braunau" after "the house where Adolf Hitler was
    ///   born"), and every word of the name is a proper noun (rule `actor.person.surname-subject`);
    /// - a country's possessive before them, both words proper nouns for the tagger ("Serbia’s
    ///   Novak Djokovic and Britain’s Andy Murray", "Russia's Sergei Lavrov"; rule
    ///   `actor.person.country-possessive`);
    /// - a medium's possessive before them, both words proper nouns for the
    ///   tagger, and no noun after them ("CNN's Anderson Cooper", "NBC's Lester Holt"; not
    ///   "NASA's Galileo Jupiter probe"; rule `actor.person.media-possessive`);
    /// - the last word is given alone elsewhere after an honorific ("Amelize Joseph loves the
    ///   school" … "Ms. Joseph said"), every word a proper noun (rule `actor.person.titled-name`);
    /// - a passive of a verb of what is done to a person after them ("Jermayne Timmons was
    ///   arrested", "Zurana Horton was killed"; `person-passives`), two words, both proper nouns
    ///   (rule `actor.person.passive-subject`);
    /// - a relative clause with "who" after a comma ("rookie Joique Bell, who was signed
    ///   Wednesday"; rule `actor.person.who-clause`), every word a proper noun;
    /// - "and" or "or" joins them to a person's full name ("the likes of Kanye West and Kim
    ///   Kardashian"; rule `actor.person.coordinated`), two words, both proper nouns (not
    ///   "Veterans Donyell Marshall and Kareem Rush").
    /// The words must have a name's shape (`nameShaped`: no place, country, title, role noun,
    /// head word or stopword), be no common word (`isCommonWord`) and no word the article writes
    /// in lower case, pass `namesNoPerson` ("Cuban Americans"), and stand alone: no capitalised
    /// word right before or after them in the sentence, no article or preposition of place before
    /// them ("the Khalfan Mohamed Center"), and not in a sentence in title case (a headline).
    /// The bare last word then joins the full name (`unifyPersons`). Two passes over the tokens,
    /// each run of capitalised words looked at once: linear.
    func learnPersonsByEvidence(_ mentions: [Mention], doc: Document, taken: inout [Bool], work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        guard tokens.count > 2 else { return mentions }
        var lowered = LowerCaseWords()
        func capWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalized }
        // the family names of the persons named in full so far, with the other words of their
        // names ("Kostro Miller" after "Amanda A. Kostro Miller" is that person, no relative)
        var families: [String: Set<String>] = [:]
        for m in mentions where m.kind == .person && m.form == .name && m.tokens.count >= 2 && m.tokens.upperBound <= tokens.count {
            work += m.tokens.count
            for t in m.tokens.dropLast() { families[tokens[m.tokens.upperBound - 1].lower, default: []].insert(tokens[t].lower) }
        }
        // the words given alone with an age ("Mohamed, 24,"), also before them when no noun
        // follows ("36-year-old Klitschko's 58th victory"; not "a 25-year-old Millom man")
        let wordTags = doc.wordClasses
        func nounAt(_ k: Int) -> Bool {
            guard k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized else { return false }
            guard wordTags.count > 0 else { return true }
            let w = wordTags.words(ofToken: k)
            return w.isEmpty || wordTags.upos[w.lowerBound] == .NOUN || wordTags.upos[w.lowerBound] == .PROPN
        }
        var aged = Set<String>()
        work += tokens.count
        for i in tokens.indices where capWord(i) && !capWord(i - 1) && !capWord(i + 1)
            && (ageAfter(i + 1, doc: doc) || (ageBefore(i, doc: doc) && !nounAt(i + 1))) && !isCommonWord(i, doc: doc) {
            aged.insert(tokens[i].lower)
        }
        // the words given alone after an honorific ("Mr. Clarke", "Ms. Joseph"): a family name
        let titles = book.lexicons.get("titles")
        var titled = Set<String>()
        for i in tokens.indices.dropFirst() where capWord(i) && !capWord(i + 1) && tokens[i - 1].kind == .word {
            work += 1
            guard let e = titles.firstSingle(tokens[i - 1]), e["class"] == "honorific", !isCommonWord(i, doc: doc) else { continue }
            titled.insert(tokens[i].lower)
        }
        // the words given alone as the subject of a clause that "he" or "she" goes on with
        // ("Horton died instantly … when she attempted to protect students")
        let pronouns = book.lexicons.get("pronouns")
        var subjects = Set<String>()
        for i in tokens.indices where capWord(i) && !taken[i] && !capWord(i - 1) && !capWord(i + 1) && i + 1 < tokens.count {
            let s = doc.sentence(containingToken: i)
            guard doc.sentences.indices.contains(s) else { continue }
            let sentence = doc.sentences[s].tokens
            guard i == sentence.lowerBound || [",", "and", "but", "when", "while", "after", "before", "because"].contains(tokens[i - 1].lower),
                  tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized, !["'s", "’s", "of", "and", "or", "in", "at", "on", "for", "to"].contains(tokens[i + 1].lower),
                  !isCommonWord(i, doc: doc) else { continue }
            var j = i + 2
            while j < sentence.upperBound && j <= i + 20 {
                work += 1
                if tokens[j].kind == .word, let e = pronouns.firstSingle(tokens[j]) {
                    if e["kind"] == "person" && e["case"] != "object" && e["possessive"] == "no" { subjects.insert(tokens[i].lower) }
                    break
                }
                j += 1
            }
        }
        // the words given alone, as proper nouns for the tagger, right before a verb ("Although
        // Hitler was born in Braunau", "Pospisil edged Opelka"): a family name used as a subject
        let tags = doc.wordClasses
        var acting = Set<String>()
        if tags.count > 0 {
            for i in tokens.indices where capWord(i) && !taken[i] && !capWord(i + 1) && i + 1 < tokens.count && i > 0 {
                work += 1
                let s = doc.sentence(containingToken: i)
                guard doc.sentences.indices.contains(s), i > doc.sentences[s].tokens.lowerBound else { continue }
                // (a capitalised word before it only as the sentence's first word, no proper
                // noun: "Although Hitler was born in Braunau")
                if capWord(i - 1) {
                    let f = tags.words(ofToken: i - 1)
                    guard i - 1 == doc.sentences[s].tokens.lowerBound, !f.isEmpty, tags.upos[f.lowerBound] != .PROPN else { continue }
                }
                let w = tags.words(ofToken: i), v = tags.words(ofToken: i + 1)
                guard !w.isEmpty, !v.isEmpty, tags.upos[w.lowerBound] == .PROPN,
                      tags.upos[v.lowerBound] == .VERB || tags.upos[v.lowerBound] == .AUX, !isCommonWord(i, doc: doc) else { continue }
                acting.insert(tokens[i].lower)
            }
        }
        // where the full names of persons found so far start and end (a name coordinated with one
        // is a person's too: "the likes of Kanye West and Kim Kardashian")
        var personStarts = Set<Int>(), personEnds = Set<Int>()
        for m in mentions where m.kind == .person && m.form == .name && m.tokens.count >= 2 {
            personStarts.insert(m.tokens.lowerBound)
            personEnds.insert(m.tokens.upperBound)
        }
        // where the names of media end ("CNN's Wolf Blitzer", "Fox News' Chris Wallace": a
        // journalist of theirs after the possessive; not an organisation's: "the NBA's Charlotte
        // Bobcats" is a team)
        var mediaEnds = Set<Int>()
        for m in mentions where m.kind == .media && m.form == .name && !m.tokens.isEmpty {
            mediaEnds.insert(m.tokens.upperBound)
        }
        var titleCase: [Int: Bool] = [:]
        var out = mentions
        var i = 0
        while i < tokens.count {
            guard capWord(i), !taken[i] else { i += 1; continue }
            let s = doc.sentence(containingToken: i)
            let sentence = doc.sentences.indices.contains(s) ? doc.sentences[s].tokens : i..<tokens.count
            // the run of capitalised words from here, within the sentence
            var j = i + 1
            while j < sentence.upperBound && j - i < 4 && capWord(j) && !taken[j] && tokens[j].spaceBefore { j += 1 }
            defer { i = j }
            let r = i..<j
            work += r.count
            guard (2...3).contains(r.count), !(j < sentence.upperBound && capWord(j)), !(i > sentence.lowerBound && capWord(i - 1)) else { continue }
            let last = tokens[j - 1].lower
            let rule: String
            // (the family name of a person named in full is that person's, as in "the silver Ford
            // Fusion LaCalamita was driving" after "Anthony LaCalamita III": only a relative of two
            // words is another person)
            if families[last] != nil && !(r.count == 2 && !families[last]!.contains(tokens[i].lower)) {
                continue
            } else if ageBefore(i, doc: doc) || ageAfter(j, doc: doc) || aged.contains(last) {
                rule = "actor.person.age"
            } else if r.count == 2, let words = families[last], !words.contains(tokens[i].lower) {
                rule = "actor.person.family-name"
            } else if r.count == 2 && properNouns(r, doc: doc) && passiveOfPerson(j, sentence: sentence, doc: doc) {
                rule = "actor.person.passive-subject"
            } else if titled.contains(last) && properNouns(r, doc: doc) && !titled.contains(tokens[i].lower) {
                rule = "actor.person.titled-name"
            } else if subjects.contains(last) {
                rule = "actor.person.subject-name"
            } else if acting.contains(last) && properNouns(r, doc: doc) && !acting.contains(tokens[i].lower) {
                rule = "actor.person.surname-subject"
            } else if originAfter(j, sentence: sentence, doc: doc) {
                rule = "actor.person.of-country"
            } else if countryPossessiveBefore(i, sentence: sentence, doc: doc) && properNouns(r, doc: doc) && clauseGoesOn(j, sentence: sentence, doc: doc) {
                rule = "actor.person.country-possessive"
            } else if r.count == 2 && mediaPossessiveBefore(i, sentence: sentence, doc: doc, ends: mediaEnds) && properNouns(r, doc: doc)
                        && phraseEnds(j, sentence: sentence, doc: doc) {
                rule = "actor.person.media-possessive"
            } else if whoAfter(j, start: i, sentence: sentence, doc: doc) && properNouns(r, doc: doc) {
                rule = "actor.person.who-clause"
            } else if r.count == 2 && properNouns(r, doc: doc) && (startsAfterPerson(i, sentence: sentence, doc: doc, persons: personEnds)
                        || endsBeforePerson(j, sentence: sentence, doc: doc, persons: personStarts)) {
                rule = "actor.person.coordinated"
            } else {
                continue
            }
            guard isPersonShaped(r, sentence: sentence, doc: doc, lowered: &lowered, work: &work) else { continue }
            if titleCase[s] == nil {
                work += sentence.count
                titleCase[s] = ActorRecognizer.capitalizesItsWords(sentence, tokens)
            }
            if titleCase[s]! { continue }
            out.append(nameMention(r, doc: doc, taken: &taken, rule: rule))
        }
        guard out.count > mentions.count else { return mentions }
        out.sort { $0.provenance.span < $1.provenance.span }
        return out
    }

    /// Whether the capitalised words `r` can be a person's name that no lexicon knows: see
    /// `learnPersonsByEvidence`.
    func isPersonShaped(_ r: Range<Int>, sentence: Range<Int>, doc: Document, lowered: inout LowerCaseWords, work: inout Int) -> Bool {
        let tokens = doc.tokens
        guard book.lexicons.nameShaped(tokens, r), !doc.isBoilerplate(doc.span(tokens: r)) else { return false }
        for k in r {
            if isCommonWord(k, doc: doc) || lowered.contains(tokens[k].lower, in: doc, work: &work)
                || tokens[k].text.hasSuffix(".") || ActorRecognizer.isLowerCaseCompound(tokens[k]) { return false }
        }
        // (a sentence's first word in "-ing" or "-ly" is no name: "Questioning Vindman")
        if r.lowerBound == sentence.lowerBound && (tokens[r.lowerBound].lower.hasSuffix("ing") || tokens[r.lowerBound].lower.hasSuffix("ly")) { return false }
        // after an article the words name a thing; after a preposition of place, a place
        if r.lowerBound > 0, ["the", "a", "an", "in", "at", "near", "outside"].contains(tokens[r.lowerBound - 1].lower) { return false }
        return !lowered.namesNoPerson(r, doc: doc, lexicons: book.lexicons, work: &work)
    }

    /// Whether a country of origin and a verb follow a name at token `i`: "Eliud Kipchoge from
    /// Kenya ran a marathon", "Ai Weiwei of China said" ("of" or "from", a country, then a word the
    /// tagger reads as a verb; only when the analysis has the tags).
    func originAfter(_ i: Int, sentence: Range<Int>, doc: Document) -> Bool {
        let tokens = doc.tokens
        let tags = doc.wordClasses
        guard tags.count > 0, i + 2 < sentence.upperBound, tokens[i].lower == "of" || tokens[i].lower == "from",
              let hit = book.lexicons.get("countries").longest(tokens, at: i + 1, end: sentence.upperBound) else { return false }
        let v = i + 1 + hit.length
        guard v < sentence.upperBound else { return false }
        let w = tags.words(ofToken: v)
        return !w.isEmpty && tags.upos[w.lowerBound] == .VERB
    }

    /// Whether a country's name and "'s" come right before token `i`: "Serbia’s Novak Djokovic"
    /// (the country's name at most four words back; `countries` matched from each start).
    func countryPossessiveBefore(_ i: Int, sentence: Range<Int>, doc: Document) -> Bool {
        let tokens = doc.tokens
        guard i - 2 >= sentence.lowerBound, tokens[i - 1].lower == "'s" || tokens[i - 1].lower == "’s" else { return false }
        let countries = book.lexicons.get("countries")
        for start in stride(from: i - 2, through: max(sentence.lowerBound, i - 5), by: -1) {
            if let hit = countries.longest(tokens, at: start, end: i - 1), start + hit.length == i - 1 { return true }
        }
        return false
    }

    /// Whether a medium's name and its possessive come right before token `i`: "CNN's Anderson
    /// Cooper", "NBC's Lester Holt", "Fox News' Chris Wallace" (a journalist of theirs). `ends`:
    /// where the names of media end.
    func mediaPossessiveBefore(_ i: Int, sentence: Range<Int>, doc: Document, ends: Set<Int>) -> Bool {
        let tokens = doc.tokens
        guard i - 2 >= sentence.lowerBound else { return false }
        let p = tokens[i - 1].lower
        guard p == "'s" || p == "’s" || p == "'" || p == "’" else { return false }
        return ends.contains(i - 1)
    }

    /// Whether a passive of a verb of `person-passives` follows a name ending before token `j`:
    /// "was", "were", "is", "has been" or "had been", then the verb for the tagger, by its lemma or
    /// its form ("Jermayne Timmons was arrested", "Zurana Horton was killed", "was born").
    func passiveOfPerson(_ j: Int, sentence: Range<Int>, doc: Document) -> Bool {
        let tokens = doc.tokens
        let tags = doc.wordClasses
        guard tags.count > 0, j + 1 < sentence.upperBound, tokens[j].kind == .word else { return false }
        var k = j + 1
        switch tokens[j].lower {
        case "was", "were", "is": break
        case "has", "had": guard tokens[k].lower == "been" else { return false }; k += 1
        default: return false
        }
        guard k < sentence.upperBound, tokens[k].kind == .word else { return false }
        let w = tags.words(ofToken: k)
        guard w.count == 1, tags.upos[w.lowerBound] == .VERB else { return false }
        let passives = book.lexicons.get("person-passives")
        return passives.hasSingle(tokens[k]) || !passives.lookup(tags.lemma[w.lowerBound].lowercased()).isEmpty
    }

    /// Whether a name ending before token `j` qualifies no noun after it: the sentence's end, a
    /// punctuation mark, "and", "or", "who", or a verb for the tagger ("CNN's Anderson Cooper,",
    /// "NBC's Lester Holt said"; not "NASA's Galileo Jupiter probe").
    func phraseEnds(_ j: Int, sentence: Range<Int>, doc: Document) -> Bool {
        guard j < sentence.upperBound else { return true }
        let t = doc.tokens[j]
        if t.kind == .punct || t.kind == .quote { return true }
        if t.kind == .word && (t.lower == "and" || t.lower == "or" || t.lower == "who") { return true }
        return clauseGoesOn(j, sentence: sentence, doc: doc)
    }

    /// Whether the clause goes on after a name ending before token `j` as it does after a subject
    /// or one of its conjuncts: a verb for the tagger, "and" or a comma ("Serbia’s Novak Djokovic
    /// and Britain’s Andy Murray will make …"; not "on New Zealand's Mt Cook after …").
    func clauseGoesOn(_ j: Int, sentence: Range<Int>, doc: Document) -> Bool {
        guard j < sentence.upperBound else { return false }
        let t = doc.tokens[j]
        if t.lower == "and" || t.text == "," { return true }
        let tags = doc.wordClasses
        let w = tags.words(ofToken: j)
        return !w.isEmpty && (tags.upos[w.lowerBound] == .VERB || tags.upos[w.lowerBound] == .AUX)
    }

    /// Whether a relative clause about a person opens right after a name ending before token `j`:
    /// a comma and "who" ("fourth-year pro DeShawn Wynn, who was signed on Tuesday", "rookie
    /// Joique Bell, who was signed Wednesday"; "which" names a thing: "Big Machine, which …").
    /// Not after a preposition, where the clause is about the noun before it ("nervous Democrats
    /// on Capitol Hill, who have argued …").
    func whoAfter(_ j: Int, start i: Int, sentence: Range<Int>, doc: Document) -> Bool {
        let tokens = doc.tokens
        guard j + 1 < sentence.upperBound, tokens[j].text == ",", tokens[j + 1].kind == .word, tokens[j + 1].lower == "who" else { return false }
        let tags = doc.wordClasses
        if i > sentence.lowerBound, tags.count > 0 {
            let w = tags.words(ofToken: i - 1)
            if !w.isEmpty && tags.upos[w.lowerBound] == .ADP { return false }
        }
        return true
    }

    /// Whether the name starting at token `i` is the second conjunct after a person's full name:
    /// the name, then "and" or "or" ("Kim Kardashian and Kanye West"). `persons`: where the full
    /// names of persons end.
    func startsAfterPerson(_ i: Int, sentence: Range<Int>, doc: Document, persons: Set<Int>) -> Bool {
        guard i - 1 > sentence.lowerBound, ["and", "or"].contains(doc.tokens[i - 1].lower) else { return false }
        return persons.contains(i - 1)
    }

    /// Whether the name ending before token `j` is the first conjunct before a person's full
    /// name: "and" or "or", then the name ("the likes of Kanye West and Kim Kardashian").
    /// `persons`: where the full names of persons start.
    func endsBeforePerson(_ j: Int, sentence: Range<Int>, doc: Document, persons: Set<Int>) -> Bool {
        guard j + 1 < sentence.upperBound, ["and", "or"].contains(doc.tokens[j].lower) else { return false }
        return persons.contains(j + 1)
    }

    /// Whether the tagger reads every word of `r` as a proper noun (only when the analysis has
    /// the tags).
    func properNouns(_ r: Range<Int>, doc: Document) -> Bool {
        let tags = doc.wordClasses
        guard tags.count > 0 else { return false }
        for k in r {
            let w = tags.words(ofToken: k)
            guard !w.isEmpty, tags.upos[w.lowerBound] == .PROPN else { return false }
        }
        return true
    }

    /// Whether an age is written right before token `i`: "34-year-old", "34-year old", "34 year
    /// old", "34-years-old" (the tokenizer splits "34-year-old" into "34", "-", "year-old").
    func ageBefore(_ i: Int, doc: Document) -> Bool {
        let tokens = doc.tokens
        var k = i - 1
        guard k >= 1 else { return false }
        if ["year-old", "years-old"].contains(tokens[k].lower) {
            k -= 1
        } else if tokens[k].lower == "old", k >= 2, ["year", "years"].contains(tokens[k - 1].lower) {
            k -= 2
        } else {
            return false
        }
        if k >= 1 && tokens[k].text == "-" { k -= 1 }
        return k >= 0 && ActorRecognizer.isAge(tokens[k])
    }

    /// Whether an age in apposition begins at token `i`: ", 34," (or "." / ";" / ")" after the
    /// number: "Zurana Horton, 34." ) or "(34)".
    func ageAfter(_ i: Int, doc: Document) -> Bool {
        let tokens = doc.tokens
        guard i + 2 < tokens.count, tokens[i].text == "," || tokens[i].text == "(", ActorRecognizer.isAge(tokens[i + 1]) else { return false }
        let close = tokens[i + 2].text
        return tokens[i].text == "(" ? close == ")" : [",", ".", ";"].contains(close)
    }

    /// A whole number from 1 to 119 written in digits.
    static func isAge(_ t: Token) -> Bool {
        guard t.kind == .number, (1...3).contains(t.text.utf8.count), t.text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(t.text) else { return false }
        return n >= 1 && n < 120
    }
}

extension ActorRecognizer {
    /// Whether a sentence capitalises nine in ten of its words of four letters or more (at least
    /// four such words): a title-cased headline, whose capitals say nothing about names.
    static func capitalizesItsWords(_ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        var words = 0, caps = 0
        // (the tokens read in place, not copied; a token's text has as many scalars as its span
        // is long: the tokenizer takes the text from the span's scalars)
        tokens.withUnsafeBufferPointer { tb in
            for t in sentence where tb[t].kind == .word && tb[t].span.length >= 4 {
                words += 1
                if tb[t].isCapitalized { caps += 1 }
            }
        }
        return words >= 4 && caps * 10 >= words * 9
    }
}

/// Leaders named by the family name alone, which the article gives as the name of a government
/// ("the Trump administration"; docs/Actors.md, "Session 29: actors").
extension ActorRecognizer {
    /// The most family names of `X administration` one article looks for (docs/Architecture.md,
    /// "Bounds").
    static let maxAdministrationNames = 4

    /// The family name that names a government with "administration" in lower case (rule
    /// `actor.organization.administration`: "the Trump administration", "an Obama administration
    /// official") is a leader's: where the article writes that word alone, as a proper noun for
    /// the tagger, with no capitalised word right before it (but the sentence's first word) or
    /// after it, it is that person (rule `actor.person.administration-name`: "Polls show that
    /// Trump is almost back", "Trump’s popularity", "I confirmed that Obama has offered the job").
    /// Not when the word is a word of a person's name the article gives (`unifyPersons` then
    /// joins it to that name), nor a word the article writes in lower case or a word of a
    /// lexicon of places, countries, titles, given names or organisations. One pass over the
    /// mentions, one over the capitalised tokens comparing each with at most
    /// `maxAdministrationNames` words: linear.
    func learnAdministrationLeaders(_ mentions: [Mention], doc: Document, taken: inout [Bool], work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        guard tokens.count > 2, mentions.contains(where: { $0.provenance.rule == "actor.organization.administration" }) else { return mentions }
        var personWords = Set<String>()
        for m in mentions where m.kind == .person && m.tokens.upperBound <= tokens.count {
            work += m.tokens.count
            for t in m.tokens where tokens[t].kind == .word { personWords.insert(tokens[t].lower) }
        }
        let lexicons = ["places", "countries", "countries:adjectives", "countries:people", "countries:capitals", "countries:ambiguous_capitals", "titles", "given-names", "name-stopwords",
                        "actor-heads", "groups", "organizations", "media"].map { book.lexicons.get($0) }
        var lowered = LowerCaseWords()
        var names: [String] = []
        for m in mentions where m.provenance.rule == "actor.organization.administration" && m.tokens.count >= 2 && m.tokens.upperBound <= tokens.count {
            work += 1
            let f = tokens[m.tokens.lowerBound]
            guard m.tokens.count == 2, f.kind == .word, f.isCapitalized, f.text.unicodeScalars.count >= 2, !personWords.contains(f.lower),
                  !lexicons.contains(where: { $0.hasSingle(f) }), !names.contains(f.text), names.count < ActorRecognizer.maxAdministrationNames,
                  !lowered.contains(f.lower, in: doc, work: &work) else { continue }
            names.append(f.text)
        }
        let tags = doc.wordClasses
        guard !names.isEmpty, tags.count > 0 else { return mentions }
        func capWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalized }
        var out = mentions
        work += tokens.count
        for i in tokens.indices where !taken[i] && capWord(i) {
            work += names.count
            guard names.contains(tokens[i].text), !capWord(i + 1), !doc.isBoilerplate(tokens[i].span) else { continue }
            let s = doc.sentence(containingToken: i)
            let start = doc.sentences.indices.contains(s) ? doc.sentences[s].tokens.lowerBound : 0
            if i > start && capWord(i - 1) && i - 1 != start { continue }
            let w = tags.words(ofToken: i)
            guard !w.isEmpty, tags.upos[w.lowerBound] == .PROPN else { continue }
            out.append(nameMention(i..<(i + 1), doc: doc, taken: &taken, rule: "actor.person.administration-name"))
        }
        guard out.count > mentions.count else { return mentions }
        out.sort { $0.provenance.span < $1.provenance.span }
        return out
    }
}
