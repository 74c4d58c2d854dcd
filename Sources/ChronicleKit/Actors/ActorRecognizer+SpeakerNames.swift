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
    /// whole place, country or capital ("Cape Town said"), words after a preposition of place
    /// ("… Beaumont Hospital in Royal Oak said"), or the end of a name with "of" ("the Bureau of
    /// Labor Statistics said").
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
        // 0. whole names next to a verb of saying, and acronyms that speak
        var mentions = namesNextToVerbs(mentions, doc: doc, speaks: speaks, taken: &taken, lowered: &lowered, work: &work)
        mentions = acronymSpeakers(mentions, doc: doc, speaks: speaks, taken: &taken, work: &work)
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
                  doc.sentence(containingToken: first) == doc.sentence(containingToken: i) else {
                // the surname written first ("Liu Xiaming" … "Liu said"): the word and the one
                // capitalised word after it, when no capitalised word comes before or after them
                if let r = surnameFirst(i, doc: doc, taken: taken, lowered: &lowered, work: &work) {
                    named.insert(tokens[i].lower)
                    out.append(nameMention(r, doc: doc, taken: &taken, rule: "actor.person.speaker-name.surname-first"))
                }
                continue
            }
            // no abbreviation ("St. Martin"), no lower-case compound ("Day-by-day Schiff")
            if f.text.hasSuffix(".") || ActorRecognizer.isLowerCaseCompound(f) { continue }
            let s = doc.sentence(containingToken: first)
            if s >= 0 && s < doc.sentences.count && doc.sentences[s].tokens.lowerBound == first
                && (writtenInLowerCase(f.lower) || f.lower.hasSuffix("ing") || f.lower.hasSuffix("ly")) { continue }
            if doc.isBoilerplate(f.span) { continue }
            // after an article the words name a thing ("The Border Patrol said"); after a
            // preposition of place, a place ("A spokeswoman for Beaumont Hospital in Royal Oak said")
            if first > 0, ["the", "a", "an", "in", "at", "near", "outside"].contains(tokens[first - 1].lower) { continue }
            // a place ("Hong Kong said", "Cape Town said"; the countries are actors of their own)
            if let hit = book.lexicons.get("places").longest(tokens, at: first, end: i + 1), hit.length == i + 1 - first { continue }
            if ["countries", "countries:capitals"].contains(where: { book.lexicons.get($0).longest(tokens, at: first, end: i + 1)?.length == i + 1 - first }) { continue }
            // a nationality before it ("Cuban Americans said")
            if book.lexicons.get("countries:adjectives").hasSingle(f), !book.lexicons.get("given-names").hasSingle(f) { continue }
            // the end of a name with "of" ("the Bureau of Labor Statistics said", "the
            // Organization of African Unity said")
            if first >= 2, tokens[first - 1].lower == "of", tokens[first - 2].isCapitalized, tokens[first - 2].kind == .word { continue }
            named.insert(tokens[i].lower)
            out.append(nameMention(first..<(i + 1), doc: doc, taken: &taken, rule: "actor.person.speaker-name"))
        }
        // 3. a speaking word that no full name gave: an organisation or a person of one name
        out = singleWordSpeakers(out, speakers: speakers.subtracting(named), doc: doc, speaks: speaks, taken: &taken, work: &work)
        guard out.count > mentions.count else { return mentions }
        out.sort { $0.provenance.span < $1.provenance.span }
        return out
    }

    /// Speaking words (`learnSpeakerNames`, step 1) that no full name gave and that no mention
    /// holds, as actors of one word when the article says what they are: an organisation when
    /// a plural of `source-nouns` follows the word somewhere ("Stellantis workers") or the first
    /// third-person pronoun after its verb is "it"/"its" ("Nomura said the order favoured banks
    /// and … as its key beneficiaries"; not a given name: "Penny says"); a medium when its verb reports what was said ("…,
    /// reported Healthline", "…, Rudaw reports."; not "Snap reported a loss"); else a person when that pronoun is "he", "she", "his" or "her", or
    /// the word speaks right after a quotation ("“…,” Hauser said"; "…, says Best."). A word with
    /// no such sign stays no actor. Words of `source-nouns` ("Officials"), words without a name's
    /// shape, compounds with a lower-case part ("Washington-based") and a word right before a
    /// base form ("think tank") are left out. Rule `actor.speaker-word`; every occurrence of the word is a mention. Two passes
    /// over the tokens, each verb looking at most 25 tokens on: linear.
    func singleWordSpeakers(_ mentions: [Mention], speakers: Set<String>, doc: Document, speaks: (Int) -> Bool,
                            taken: inout [Bool], work: inout Int) -> [Mention] {
        guard !speakers.isEmpty else { return mentions }
        let tokens = doc.tokens
        // (a word of a mention is that actor's: "Fain said" after "Shawn Fain")
        var held = Set<String>()
        for m in mentions where m.tokens.upperBound <= tokens.count {
            work += m.tokens.count
            for t in m.tokens { held.insert(tokens[t].lower) }
        }
        let sources = book.lexicons.get("source-nouns")
        let pronouns = book.lexicons.get("pronouns")
        let verbs = book.lexicons.get("reporting-verbs")
        var organization: [String: Int] = [:], person: [String: Int] = [:], media: [String: Int] = [:]
        work += tokens.count
        for i in tokens.indices where !taken[i] && tokens[i].kind == .word && tokens[i].isCapitalized && speakers.contains(tokens[i].lower) {
            let w = tokens[i].lower
            guard !held.contains(w), book.lexicons.nameShaped(tokens, i..<(i + 1)), !sources.hasSingle(tokens[i]),
                  // (no compound with a lower-case part: "a Washington-based think tank")
                  !ActorRecognizer.isLowerCaseCompound(tokens[i]) else { continue }
            // "Stellantis workers": a plural people noun after the word
            // (not the verb itself: "Rudaw reports")
            if i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized, sources.hasSingle(tokens[i + 1]), !speaks(i + 1),
               tokens[i + 1].lower.hasSuffix("s") { organization[w, default: 0] += 1 }
            // the verb right after the word (past "has", "had", "also") or right before it at a clause's end
            var k = i + 1
            if k < tokens.count && ActorRecognizer.speechAuxiliaries.contains(tokens[k].lower) { k += 1 }
            var cue = -1
            if speaks(k) {
                // (one word before a base form is no subject: "a Washington-based think tank")
                if k == i + 1, verbs.firstSingle(tokens[k])?["lemma"] == tokens[k].lower { continue }
                cue = k
                if i >= 1 && (tokens[i - 1].kind == .quote || (tokens[i - 1].text == "," && i >= 2 && tokens[i - 2].kind == .quote)) { person[w, default: 0] += 1 }
            } else if i >= 1, speaks(i - 1), i + 1 == tokens.count || tokens[i + 1].kind == .punct {
                cue = i - 1
                if i >= 2 && (tokens[i - 2].kind == .quote || tokens[i - 2].text == ",") { person[w, default: 0] += 1 }
            }
            guard cue >= 0 else { continue }
            // "…, reported Healthline", "Interfax reported that …": a word that reports what was
            // said is a medium (not "Snap reported a loss")
            if verbs.firstSingle(tokens[cue])?["lemma"] == "report",
               cue < i || cue + 1 == tokens.count || tokens[cue + 1].lower == "that" || tokens[cue + 1].kind == .quote || [":", ".", ","].contains(tokens[cue + 1].text) {
                media[w, default: 0] += 1
            }
            // the first third-person pronoun after the verb, in its sentence
            let s = doc.sentence(containingToken: cue)
            let end = doc.sentences.indices.contains(s) ? min(doc.sentences[s].tokens.upperBound, tokens.count) : tokens.count
            var j = max(cue, i) + 1
            while j < end && j <= cue + 25 {
                work += 1
                if tokens[j].kind == .word, let e = pronouns.lookup(tokens[j].lower).first {
                    if e["kind"] == "person" { person[w, default: 0] += 1 } else if e["kind"] == "thing" { organization[w, default: 0] += 1 }
                    break
                }
                j += 1
            }
        }
        var kinds: [String: ActorKind] = [:]
        for w in Set(organization.keys).union(person.keys).union(media.keys) {
            // (a given name is a person's, whatever pronoun follows: "Penny says")
            let given = book.lexicons.get("given-names").lookup(w).first != nil
            kinds[w] = media[w, default: 0] > 0 ? .media : organization[w, default: 0] > 0 && !given ? .organization : .person
        }
        guard !kinds.isEmpty else { return mentions }
        var out = mentions
        for i in tokens.indices where !taken[i] && tokens[i].kind == .word && tokens[i].isCapitalized {
            guard let kind = kinds[tokens[i].lower] else { continue }
            // (a word inside a longer capitalised name is that name's: "Stellantis North America")
            if (i + 1 < tokens.count && tokens[i + 1].kind == .word && tokens[i + 1].isCapitalized && tokens[i + 1].spaceBefore)
                || (i >= 1 && tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized && doc.sentence(containingToken: i - 1) == doc.sentence(containingToken: i)) { continue }
            out.append(nameMention(i..<(i + 1), doc: doc, taken: &taken, rule: "actor.speaker-word", kind: kind))
        }
        return out
    }

    /// An organisation, group or medium named by an acronym of the capitalised initials of
    /// another one's name in the article is that actor: "UAW" after "the United Auto Workers
    /// union" (its mentions keep their text and take the full name); so is an acronym the
    /// article defines in parentheses right after the name ("the International Renewable Energy
    /// Agency (IRENA)", "South Korea's Ministry of Trade, Industry and Energy (MOTIE)"), whatever
    /// its letters. Two passes over the mentions: linear.
    func joinAcronyms(_ mentions: [Mention], doc: Document, work: inout Int) -> [Mention] {
        var full: [String: String] = [:]
        // the acronyms defined in parentheses, with the kind of what they name
        var defined: [String: ActorKind] = [:]
        let tokens = doc.tokens
        work += mentions.count
        for m in mentions where m.kind != .person && m.kind != .country && m.form == .name {
            let e = m.tokens.upperBound
            if e + 2 < tokens.count, tokens[e].text == "(", tokens[e + 2].text == ")", tokens[e + 1].kind == .word,
               ActorRecognizer.isAcronym(tokens[e + 1].text) || (tokens[e + 1].text.utf8.count <= 8 && tokens[e + 1].text.utf8.filter({ $0 >= 65 && $0 <= 90 }).count >= 2
                   && tokens[e + 1].text.unicodeScalars.allSatisfy { Tokenizer.isLetter($0) || Tokenizer.isDigit($0) || $0 == "&" }),
               tokens[e + 1].text != m.actor, full[tokens[e + 1].text] == nil {
                full[tokens[e + 1].text] = m.actor
                defined[tokens[e + 1].text] = m.kind
            }
            let words = m.actor.split(separator: " ")
            guard words.count >= 2 else { continue }
            let initials = String(words.compactMap { w in w.first.flatMap { $0.isUppercase ? $0 : nil } })
            if initials.count >= 2 && full[initials] == nil { full[initials] = m.actor }
        }
        guard !full.isEmpty else { return mentions }
        var out = mentions
        for k in out.indices where out[k].kind != .person && out[k].kind != .country && out[k].form == .name {
            if let f = full[out[k].actor], f != out[k].actor { out[k].actor = f }
        }
        // every use of an acronym defined in parentheses is a mention of what it names ("According
        // to data released by MOTIE"; rule `actor.organization.acronym-defined`)
        guard !defined.isEmpty else { return out }
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions where m.tokens.upperBound <= tokens.count { for t in m.tokens { covered[t] = true } }
        work += tokens.count
        var added = false
        for i in tokens.indices where !covered[i] && tokens[i].kind == .word {
            guard let kind = defined[tokens[i].text], let name = full[tokens[i].text] else { continue }
            out.append(Mention(provenance: Provenance(document: doc.id, span: tokens[i].span, sentence: doc.sentence(containingToken: i), rule: "actor.organization.acronym-defined"),
                               text: tokens[i].text, tokens: i..<(i + 1), actor: name, kind: kind, form: .name))
            added = true
        }
        if added { out.sort { $0.provenance.span < $1.provenance.span } }
        return out
    }

    /// The words between a speaker and its verb of saying: "Liu Xiaming has said", "the UAW also said".
    static let speechAuxiliaries = ["has", "had", "also"]

    /// Whether a word is an acronym: two to six capital letters A–Z ("RBI", "UAW", "NASA").
    static func isAcronym(_ w: String) -> Bool {
        let n = w.utf8.count
        return n >= 2 && n <= 6 && w.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    /// A name mention of the tokens `r` (taken from now on), a person's by default, with the
    /// gender of a known given name.
    func nameMention(_ r: Range<Int>, doc: Document, taken: inout [Bool], rule: String, kind: ActorKind = .person) -> Mention {
        for t in r { taken[t] = true }
        let span = doc.span(tokens: r)
        var m = Mention(provenance: Provenance(document: doc.id, span: span, sentence: doc.sentence(containingToken: r.lowerBound), rule: rule),
                        text: doc.text(span), tokens: r, actor: Template.normalizeSpaces(doc.text(span)), kind: kind, form: .name)
        if kind == .person, let g = book.lexicons.get("given-names").lookup(doc.tokens[r.lowerBound].lower).first?["gender"], g == "m" || g == "f" { m.gender = g }
        return m
    }

    /// Whether a word is a compound with a part in lower case after its first ("Day-by-day",
    /// "Washington-based", "Koch-backed"): no name.
    static func isLowerCaseCompound(_ t: Token) -> Bool {
        t.hasHyphen && t.text.split(separator: "-").dropFirst().contains { $0.first?.isLowercase == true }
    }

    /// Acronyms that speak are organisations: a word of two to six capital letters that no
    /// lexicon knows, right before a verb of saying or telling that is no noun too (past "has",
    /// "had" or "also"; not "DUI charges") or
    /// after "according to": "the RBI said", "UAW President Shawn Fain" … "the UAW announced".
    /// Every other use of the acronym in the article is then a mention of it too (rule
    /// `actor.organization.acronym-speaker`). A person is never written in capitals in running
    /// text; a known acronym (a country, medium or organisation of the lexicons) is taken before.
    /// Two passes over the tokens: linear.
    func acronymSpeakers(_ mentions: [Mention], doc: Document, speaks: (Int) -> Bool, taken: inout [Bool], work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        let verbs = book.lexicons.get("reporting-verbs")
        // the first words of the longer names found so far: "RMS said" after "RMS International
        // Inc." is that company, which its repeats join
        var firstWords = Set<String>()
        for m in mentions where m.tokens.count >= 2 && m.tokens.upperBound <= tokens.count { firstWords.insert(tokens[m.tokens.lowerBound].text) }
        func acronym(_ i: Int) -> Bool {
            guard !taken[i], tokens[i].isCapitalized, tokens[i].kind == .word else { return false }
            let t = tokens[i]
            guard ActorRecognizer.isAcronym(t.text), !firstWords.contains(t.text),
                  // (no Roman numeral: "Gerard Rice III said")
                  !t.text.utf8.allSatisfy({ "IVXLCDM".utf8.contains($0) }) else { return false }
            // (nor an office: "the DA said", role-nouns)
            for name in ["name-stopwords", "titles", "months", "weekdays", "pronouns", "countries", "places", "actor-heads", "role-nouns"] where book.lexicons.get(name).hasSingle(t) {
                return false
            }
            return !doc.isBoilerplate(t.span)
        }
        var speaking = Set<String>()
        work += tokens.count
        for i in tokens.indices where acronym(i) {
            var k = i + 1
            if k < tokens.count && ActorRecognizer.speechAuxiliaries.contains(tokens[k].lower) { k += 1 }
            // (not a verb that is also a noun: "DUI charges", "CIA reports")
            var s = speaks(k) && verbs.firstSingle(tokens[k])?["noun"] != "yes"
            if !s, i >= 2 {
                var b = i - 1
                if tokens[b].lower == "the" { b -= 1 }
                s = b >= 1 && tokens[b].lower == "to" && tokens[b - 1].lower == "according"
            }
            if s { speaking.insert(tokens[i].text) }
        }
        guard !speaking.isEmpty else { return mentions }
        var out = mentions
        for i in tokens.indices where speaking.contains(tokens[i].text) && !taken[i] {
            taken[i] = true
            out.append(Mention(provenance: Provenance(document: doc.id, span: tokens[i].span, sentence: doc.sentence(containingToken: i), rule: "actor.organization.acronym-speaker"),
                               text: tokens[i].text, tokens: i..<(i + 1), actor: tokens[i].text, kind: .organization, form: .name))
        }
        out.sort { $0.provenance.span < $1.provenance.span }
        return out
    }

    /// The speaking word at `i` and the capitalised word after it as a name written surname
    /// first ("Liu Xiaming", "Peng Mei"): no capitalised word before or after the two, the second
    /// of a name's shape (`nameShaped`) and no common word of the article.
    func surnameFirst(_ i: Int, doc: Document, taken: [Bool], lowered: inout LowerCaseWords, work: inout Int) -> Range<Int>? {
        let tokens = doc.tokens
        let r = i..<(i + 2)
        guard r.upperBound <= tokens.count, !taken[i + 1], tokens[i + 1].spaceBefore, !isCommonWord(i + 1, doc: doc),
              doc.sentence(containingToken: i) == doc.sentence(containingToken: i + 1),
              i == 0 || tokens[i - 1].kind != .word || !tokens[i - 1].isCapitalized,
              r.upperBound == tokens.count || tokens[r.upperBound].kind != .word || !tokens[r.upperBound].isCapitalized,
              book.lexicons.nameShaped(tokens, r), !lowered.namesNoPerson(r, doc: doc, lexicons: book.lexicons, work: &work),
              !doc.isBoilerplate(doc.span(tokens: r)) else { return nil }
        return r
    }

    /// Names of two or three capitalised words right next to a verb of saying that no rule and
    /// no given name knows: "Lakshiwnder Singh said", "Liu Xiaming has said", "Lakshiwnder Singh,
    /// another deportee, said" (an apposition of up to ten words that starts in lower case, with
    /// a number or with a possessor: "Sonya A. Zoghlin, Carlineo’s attorney, told"; also without
    /// its closing comma: "Joy Baker, an OBGYN based in Georgia told"), "“…,” said Singh
    /// Jabarjung, 24" (after a quotation or comma, the name followed by punctuation, perhaps after
    /// a title in lower case: "said LAPD homicide detective Efren Guttierez."): rule
    /// `actor.person.speaker-name.next-to-verb`. The words must have a
    /// name's shape (`nameShaped`), no article, "of" or capitalised word before them, and pass
    /// `namesNoPerson`; a sentence's first word the article writes in lower case elsewhere does
    /// not start a name. One pass over the verbs, each looking at most fifteen tokens: linear.
    func namesNextToVerbs(_ mentions: [Mention], doc: Document, speaks: (Int) -> Bool, taken: inout [Bool],
                          lowered: inout LowerCaseWords, work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        var out = mentions
        // the last words of the people named so far: "says Kostro Miller" after "Amanda A. Kostro
        // Miller" is that person again, which the surnames join later
        var surnames = Set<String>()
        for m in mentions where m.kind == .person && m.tokens.count >= 2 && m.tokens.upperBound <= tokens.count {
            surnames.insert(tokens[m.tokens.upperBound - 1].lower)
        }
        func name(_ r: Range<Int>) -> Range<Int>? {
            guard r.lowerBound >= 0, r.upperBound <= tokens.count, (2...3).contains(r.count), !surnames.contains(tokens[r.upperBound - 1].lower),
                  // (a middle initial is checked below: "A." is no word in capitals)
                  r.allSatisfy({ !taken[$0] && ((r.count == 3 && $0 == r.lowerBound + 1) || !isCommonWord($0, doc: doc)) }),
                  doc.sentence(containingToken: r.lowerBound) == doc.sentence(containingToken: r.upperBound - 1) else { return nil }
            // three words only with a middle initial ("Vann R. Newkirk")
            if r.count == 3 {
                let m = tokens[r.lowerBound + 1]
                guard m.text.unicodeScalars.count == 2, m.text.hasSuffix("."),
                      book.lexicons.nameShaped(tokens, r.lowerBound..<(r.lowerBound + 1)),
                      book.lexicons.nameShaped(tokens, (r.upperBound - 1)..<r.upperBound) else { return nil }
            } else if !book.lexicons.nameShaped(tokens, r) {
                return nil
            }
            if r.lowerBound > 0 {
                // (a country named right before stays apart: "China's ambassador to Britain Liu Xiaming")
                let b = tokens[r.lowerBound - 1]
                let country = taken[r.lowerBound - 1] && ["countries", "countries:capitals"].contains { book.lexicons.get($0).hasSingle(b) }
                // nor a preposition: "in Cape Town reported" names a place, not a speaker
                if (b.kind == .word && b.isCapitalized && !country) || ["the", "a", "an", "&"].contains(b.lower)
                    || ActorRecognizer.prepositions.contains(b.lower) { return nil }
            }
            if r.upperBound < tokens.count, tokens[r.upperBound].kind == .word, tokens[r.upperBound].isCapitalized { return nil }
            let s = doc.sentence(containingToken: r.lowerBound)
            if s >= 0 && s < doc.sentences.count && doc.sentences[s].tokens.lowerBound == r.lowerBound
                && (lowered.contains(tokens[r.lowerBound].lower, in: doc, work: &work) || tokens[r.lowerBound].lower.hasSuffix("ing")) { return nil }
            if lowered.namesNoPerson(r, doc: doc, lexicons: book.lexicons, work: &work) || doc.isBoilerplate(doc.span(tokens: r)) { return nil }
            return r
        }
        let suffixes = book.lexicons.get("name-suffixes")
        /// The capitalised run of two or three words ending right before `end`
        /// (past a suffix: "Vann R. Newkirk II, a writer for The Atlantic, said")
        func ending(at end: Int) -> Range<Int>? {
            let e = end > 1 && suffixes.hasSingle(tokens[end - 1]) ? end - 1 : end
            var lo = e
            while lo > 0 && e - lo < 4 && !taken[lo - 1] && tokens[lo - 1].kind == .word && tokens[lo - 1].isCapitalized { lo -= 1 }
            return name(lo..<e)
        }
        work += tokens.count
        let auxiliaries = ActorRecognizer.speechAuxiliaries.map { book.vocabulary.id($0) }.filter { $0 != Vocabulary.unassigned }
        let verbs = book.lexicons.get("reporting-verbs")
        for k in 1..<max(1, tokens.count) {
            // (a verb after a name, an auxiliary, a comma or a quotation only)
            guard tokens[k - 1].isCapitalized || tokens[k - 1].kind == .punct || tokens[k - 1].kind == .quote
                    || auxiliaries.contains(tokens[k - 1].id), verbs.hasSingle(tokens[k]), speaks(k) else { continue }
            var found: Range<Int>?
            // before the verb, maybe with "has"/"had" and an apposition between
            var e = k
            if e > 0 && auxiliaries.contains(tokens[e - 1].id) { e -= 1 }
            if e > 1 && tokens[e - 1].text == "," {
                var c = e - 2
                while c > max(0, e - 12) && tokens[c].text != "," && tokens[c].kind != .punct { c -= 1 }
                let a = tokens[c + 1]
                // (or a possessor: "Sonya A. Zoghlin, Carlineo’s attorney, told")
                let possessor = c + 2 < e - 1 && a.kind == .word && (tokens[c + 2].lower == "'s" || tokens[c + 2].lower == "’s")
                if tokens[c].text == ",", c + 1 < e - 1, (a.kind == .word && !a.isCapitalized) || a.kind == .number || possessor {
                    found = ending(at: c)
                }
            } else {
                found = ending(at: e)
                // an apposition without its closing comma: "Joy Baker, an OBGYN based in Georgia told"
                if found == nil {
                    var c = e - 1
                    while c > max(0, e - 12) && tokens[c].text != "," && tokens[c].kind != .punct && tokens[c].kind != .quote { c -= 1 }
                    if c > 0, c + 1 < e, tokens[c].text == ",", (tokens[c + 1].kind == .word && !tokens[c + 1].isCapitalized) || tokens[c + 1].kind == .number {
                        found = ending(at: c)
                    }
                }
            }
            // after the verb that follows a quotation or a comma, the name before punctuation,
            // perhaps after a title in lower case ("said LAPD homicide detective Efren Guttierez.")
            if found == nil, k > 0, tokens[k - 1].kind == .punct || tokens[k - 1].kind == .quote, k + 3 <= tokens.count {
                var hi = k + 1
                while hi < tokens.count && hi - k <= 3 && !taken[hi] && tokens[hi].kind == .word && tokens[hi].isCapitalized { hi += 1 }
                if hi == tokens.count || tokens[hi].kind == .punct || tokens[hi].kind == .quote {
                    found = name((k + 1)..<hi)
                } else {
                    while hi < tokens.count && hi - k <= 8 && tokens[hi].kind == .word { hi += 1 }
                    if hi - k <= 8, hi == tokens.count || tokens[hi].kind == .punct || tokens[hi].kind == .quote,
                       let r = ending(at: hi), r.lowerBound > k + 1, tokens[r.lowerBound - 1].kind == .word, !tokens[r.lowerBound - 1].isCapitalized {
                        found = r
                    }
                }
            }
            guard let r = found else { continue }
            out.append(nameMention(r, doc: doc, taken: &taken, rule: "actor.person.speaker-name.next-to-verb"))
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
        return commonWordLexicons.contains { $0.hasSingle(t) }
    }
}

extension LexiconStore {
    /// Whether the capitalised words `r` have the shape of a person's name: words of letters
    /// (hyphens and apostrophes inside), two letters or more, none a word of `name-stopwords` or
    /// `actor-heads`, no word in capitals ("JAMA"), no compound of a nationality ("British-owned"), and no title, country, place
    /// or role noun among them. Read by the speakers' names here and by the Statements stage's
    /// named speakers.
    func nameShaped(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        for k in r {
            let t = tokens[k]
            // a word in capitals is an acronym ("JAMA Psychiatry")
            if t.text.unicodeScalars.count >= 2 && t.text.unicodeScalars.allSatisfy({ !Tokenizer.isLower($0) }) { return false }
            if t.hasHyphen, let first = t.lower.split(separator: "-").first, get("countries:adjectives").lookup(String(first)).count > 0 { return false }
            guard t.kind == .word, t.isCapitalized, t.text.unicodeScalars.count >= 2,
                  t.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "’" }),
                  get("name-stopwords").longest(tokens, at: k, end: k + 1) == nil,
                  get("actor-heads").longest(tokens, at: k, end: k + 1) == nil,
                  get("titles").longest(tokens, at: k, end: r.upperBound) == nil,
                  get("countries").longest(tokens, at: k, end: r.upperBound) == nil,
                  get("places").longest(tokens, at: k, end: r.upperBound) == nil,
                  get("role-nouns").longest(tokens, at: k, end: r.upperBound) == nil else { return false }
        }
        return true
    }
}
