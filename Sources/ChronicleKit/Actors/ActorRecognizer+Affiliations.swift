/// Organisations named by the post one of their people holds, and names that only qualify a
/// noun (docs/Actors.md, "Session 26: actors").
extension ActorRecognizer {
    /// Checks the candidates of `actor.organization.member-role`,
    /// `actor.organization.police-member`, `actor.organization.role-at-name` ("an analyst at
    /// Rystad", the post in lower case), `actor.organization.role-at-the-name` ("a lawyer for the
    /// Sierra Club") and `actor.organization.name-officials` ("Rystad
    /// analyst Louise Dickson", "Troy police Sgt. Barry Whiteside", "Lionsgate officials"): the
    /// capitalised words of the name must
    /// - be proper nouns for the tagger (or acronyms of three letters or more: "SNP"; not "IT";
    ///   or words with a capital inside, which no common noun has: "VMware"), so "Democratic presidential
    ///   candidate Joe Biden" (an adjective) names no organisation; without the tags, nothing;
    /// - open their run of capitalised words (no capitalised word right before them: the run is
    ///   a longer name or a headline), in a sentence not in title case ("Philadelphia 76ers Fire
    ///   Coach Jim O'Brien");
    /// - hold no word of a place, a country, a country's adjective, a title, a group, a month
    ///   or a weekday ("Brazil striker Neymar", "Texas Gov. Greg Abbott", "Republican Sen.
    ///   Lindsey Graham"), no head word of a prize, place or thing ("the team's MVP Award with
    ///   quarterback Philip Rivers"), no word of a person's name found in the article
    ///   ("Clinton spokesman Nick Merrill" beside "Hillary Clinton"), and no given name first;
    /// - at the start of a sentence, be an acronym or a word the article also capitalises inside
    ///   a sentence ("Defense attorney Jerome Fenton argued" is no organisation "Defense");
    /// - not be named as a place elsewhere in the article, right after a preposition of place
    ///   ("Charlotte officials should release the videos" beside "protests in Charlotte").
    /// A post written with a capital ("AMA President J. James Rohack", "CHP Officer Brian
    /// Pennings") follows an acronym only ("Queens District Attorney Richard Brown" is a title).
    /// The lower-case word before the post describes it: a noun or an adjective for the tagger
    /// ("cabinet minister", "marketing executive"; not "the Sixers fired president Billy King").
    /// A few tokens per candidate, and one pass over the tokens for the capitalised words inside
    /// sentences when a candidate opens a sentence: linear.
    func checkMemberRoles(_ cands: inout [Candidate], doc: Document, work: inout Int) {
        let tokens = doc.tokens
        let tags = doc.wordClasses
        let lexicons = ["places", "countries", "countries:adjectives", "titles", "groups", "months", "weekdays"].map { book.lexicons.get($0) }
        let given = book.lexicons.get("given-names"), heads = book.lexicons.get("actor-heads")
        let ids: Set<String> = ["actor.organization.member-role", "actor.organization.police-member", "actor.organization.name-officials", "actor.organization.role-at-name",
                                  "actor.organization.role-at-the-name",
                                  "actor.organization.role-of-name", "actor.organization.document-from-name",
                                  "actor.media.told-by-channel"]
        // the words of the persons' names the rules found ("Clinton spokesman Nick Merrill" after
        // "Hillary Clinton" is her spokesman, not an organisation "Clinton")
        var personWords = Set<String>()
        for c in cands where !c.dropped && (c.kind ?? ActorKind(rawValue: c.rule.kind ?? "")) == .person {
            work += c.extent.count
            for t in c.extent where tokens[t].kind == .word && tokens[t].isCapitalized { personWords.insert(tokens[t].lower) }
        }
        var inside: Set<String>?, placed: Set<String>?
        let preps = book.lexicons.get("place-prepositions")
        var titleCase: [Int: Bool] = [:]
        func upos(_ t: Int) -> UPOS? {
            let w = tags.words(ofToken: t)
            return w.isEmpty ? nil : tags.upos[w.lowerBound]
        }
        // (three letters or more: "IT", "TV" and "PR" are common nouns; the lexicons know "UN", "EU")
        func acronym(_ t: Int) -> Bool { tokens[t].text.utf8.count >= 3 && tokens[t].text.unicodeScalars.allSatisfy { !Tokenizer.isLower($0) } }
        for k in cands.indices where ids.contains(cands[k].rule.id) && !cands[k].dropped {
            work += cands[k].match.count
            var n = cands[k].extent
            if cands[k].rule.id == "actor.organization.police-member" { n = n.lowerBound..<(n.upperBound - 1) }
            guard tags.count > 0, !n.isEmpty else {
                cands[k].dropped = true
                continue
            }
            let sentence = doc.sentences.indices.contains(cands[k].sentence) ? doc.sentences[cands[k].sentence].tokens : 0..<tokens.count
            var ok = n.lowerBound == sentence.lowerBound || !(tokens[n.lowerBound - 1].kind == .word && tokens[n.lowerBound - 1].isCapitalized)
            if ok && n.count >= 2 && given.hasSingle(tokens[n.lowerBound]) { ok = false }
            for t in n where ok {
                if !acronym(t) && !ActorRecognizer.hasInnerCapital(tokens[t]) && upos(t) != .PROPN { ok = false }
                if personWords.contains(tokens[t].lower) { ok = false }
                if lexicons.contains(where: { $0.longest(tokens, at: t, end: n.upperBound) != nil }) { ok = false }
                if let h = heads.firstSingle(tokens[t]), ["none", "product"].contains(h["kind"] ?? "") { ok = false }
                if ActorRecognizer.isLowerCaseCompound(tokens[t]) { ok = false }
            }
            // the post and the word before it (member-role)
            if ok, cands[k].rule.id == "actor.organization.member-role", let r = cands[k].captures.first(where: { $0.name == "r" })?.tokens, !r.isEmpty {
                if tokens[r.lowerBound].isCapitalized && !n.allSatisfy(acronym) { ok = false }
                if r.lowerBound - 1 >= n.upperBound, ![.NOUN, .ADJ].contains(upos(r.lowerBound - 1)) { ok = false }
            }
            // (role-at-name, role-of-name: the post in lower case, "an analyst at Rystad", "the PR
            // director of Tmall")
            if ok, cands[k].rule.id == "actor.organization.role-at-name" || cands[k].rule.id == "actor.organization.role-at-the-name"
                || cands[k].rule.id == "actor.organization.role-of-name", let r = cands[k].captures.first(where: { $0.name == "r" })?.tokens, !r.isEmpty,
               tokens[r.lowerBound].isCapitalized { ok = false }
            // (role-of-name, document-from-name: no noun after the name, which it would qualify:
            // "the director of the VOA Eurasian division")
            if ok, cands[k].rule.id == "actor.organization.role-of-name" || cands[k].rule.id == "actor.organization.document-from-name",
               n.upperBound < tokens.count, tokens[n.upperBound].kind == .word, !tokens[n.upperBound].isCapitalized, upos(n.upperBound) == .NOUN {
                ok = false
            }
            if ok {
                if titleCase[cands[k].sentence] == nil {
                    work += sentence.count
                    titleCase[cands[k].sentence] = ActorRecognizer.capitalizesItsWords(sentence, tokens)
                }
                if titleCase[cands[k].sentence]! { ok = false }
            }
            // (a sentence's first word: an acronym, or a word capitalised inside a sentence too;
            // also after an opening quotation mark)
            let opens = n.lowerBound == sentence.lowerBound || (tokens[n.lowerBound - 1].kind != .word && n.lowerBound - 1 == sentence.lowerBound)
            if ok && opens && !acronym(n.lowerBound) {
                if inside == nil {
                    var set = Set<String>()
                    // (the tokens read in place, not copied one by one)
                    tokens.withUnsafeBufferPointer { tb in
                        for s in doc.sentences {
                            work += s.tokens.count
                            for t in s.tokens.dropFirst() where tb[t].kind == .word && tb[t].isCapitalized && tb[t - 1].kind == .word { set.insert(tb[t].text) }
                        }
                    }
                    inside = set
                }
                if !inside!.contains(tokens[n.lowerBound].text) { ok = false }
            }
            // (a word the article names as a place, after a preposition of place, is a city:
            // "Charlotte officials should release the videos" beside "protests in Charlotte")
            // (a city's police is named by its place: "Troy police")
            if ok && cands[k].rule.id != "actor.organization.police-member" {
                if placed == nil {
                    var set = Set<String>()
                    work += tokens.count
                    // (the tokens read in place, and the lexicon asked by id before its entry is read)
                    tokens.withUnsafeBufferPointer { tb in
                        for t in tb.indices.dropLast() where tb[t].kind == .word && preps.hasSingle(tb[t]) && preps.firstSingle(tb[t])?["kind"] == "preposition" {
                            var u = t + 1
                            if u < tb.count && tb[u].lower == "the" { u += 1 }
                            if u < tb.count && tb[u].kind == .word && tb[u].isCapitalized { set.insert(tb[u].text) }
                        }
                    }
                    placed = set
                }
                if n.contains(where: { placed!.contains(tokens[$0].text) }) { ok = false }
            }
            if !ok {
                cands[k].dropped = true
            } else if let last = n.last.map({ tokens[$0] }), last.kind == .word {
                // the kind its last word gives, also after a hyphen ("a managing editor at
                // WCCO-TV" is a medium)
                let part = last.text.split(separator: "-").last.map(String.init) ?? last.text
                if let h = heads.firstSingle(last) ?? heads.lookup(part.lowercased()).first, let kind = ActorKind(rawValue: h["kind"] ?? ""), kind != .person {
                    cands[k].kind = kind
                }
            }
        }
    }

    /// A name a lexicon knows keeps the lexicon's kind over the kind its head word gives: "the
    /// state-run Xinhua News Agency" is the medium `media` lists ("Xinhua", alias "Xinhua News
    /// Agency"), not an organisation by "Agency" (`actor.organization.head-name` comes before
    /// `actor.media` and would win the tie of two names of the same words). One pass over the
    /// candidates: linear.
    func preferLexiconNames(_ cands: inout [Candidate], work: inout Int) {
        var known = Set<Range<Int>>()
        for c in cands where !c.dropped && (c.rule.id == "actor.media" || c.rule.id == "actor.organization") {
            work += 1
            known.insert(c.extent)
        }
        guard !known.isEmpty else { return }
        for k in cands.indices where !cands[k].dropped && (cands[k].rule.id == "actor.organization.head-name" || cands[k].rule.id == "actor.organization.head-of-name") {
            work += 1
            if known.contains(cands[k].extent) { cands[k].dropped = true }
        }
    }

    /// A country's name inside a longer name of a place that `places` lists is that place's, not
    /// the country: "in Northern Ireland", "from Xilingol in Inner Mongolia" name no Ireland or
    /// Mongolia (the place's name begins up to two words before the country's and ends with it
    /// or after it). A few lookups per country candidate: linear.
    func dropCountriesInPlaces(_ cands: inout [Candidate], doc: Document, work: inout Int) {
        let places = book.lexicons.get("places")
        let tokens = doc.tokens
        for k in cands.indices where !cands[k].dropped && cands[k].rule.id == "actor.country.name" {
            let c = cands[k].extent
            guard !c.isEmpty else { continue }
            let sentence = doc.sentences.indices.contains(cands[k].sentence) ? doc.sentences[cands[k].sentence].tokens : 0..<tokens.count
            for j in stride(from: c.lowerBound - 1, through: max(sentence.lowerBound, c.lowerBound - 2), by: -1) {
                work += 1
                guard tokens[j].kind == .word, tokens[j].isCapitalized else { break }
                if let hit = places.longest(tokens, at: j, end: sentence.upperBound), j + hit.length >= c.upperBound {
                    cands[k].dropped = true
                    break
                }
            }
        }
    }

    /// Whether the name at `r` only qualifies the noun after it: an article before it (perhaps with
    /// an age or a lower-case word between) and a word in lower case after it that the
    /// tagger reads as a noun and that is no post, title, source noun, verb of saying or stopword
    /// ("a 8-year-old Fort Worth girl", "at the Jomo Kenyatta airport"; not "Trump aide Stephen
    /// Miller", "Smith said", "Sonia Sotomayor today"), with no determiner, name, number or
    /// pronoun after it (then it is a verb the tagger missed).
    func qualifiesNoun(after r: Range<Int>, sentence: Range<Int>, doc: Document) -> Bool {
        let tokens = doc.tokens
        let tags = doc.wordClasses
        let j = r.upperBound
        guard tags.count > 0, j < sentence.upperBound, tokens[j].kind == .word, !tokens[j].isCapitalized else { return false }
        // an article opens the noun phrase before the name, with at most five words in lower
        // case, numbers or hyphens between ("a 8-year-old Fort Worth girl", "the Jomo Kenyatta
        // airport"): a person's name takes none ("running mate Tim Kaine speak at a rally", where
        // the tagger reads "speak" as a noun)
        // (an age written "8-year-old" is three tokens: "a kidnapped 8-year-old Fort Worth girl")
        var b = r.lowerBound - 1, opened = false
        while b >= sentence.lowerBound && r.lowerBound - b <= 6 {
            let t = tokens[b]
            if t.kind == .word && ["a", "an", "the"].contains(t.lower) { opened = true; break }
            guard (t.kind == .word && !t.isCapitalized) || t.kind == .number || t.text == "-" else { break }
            b -= 1
        }
        guard opened else { return false }
        let w = tags.words(ofToken: j)
        guard !w.isEmpty, tags.upos[w.lowerBound] == .NOUN else { return false }
        for name in ["member-roles", "role-nouns", "source-nouns", "titles", "sport-roles", "reporting-nouns", "reporting-verbs", "name-stopwords"] where book.lexicons.get(name).hasSingle(tokens[j]) { return false }
        // (the tagger reads a verb right after a name as a noun at times: "Billy King spun the
        // 76ers' head coach revolving door", "Constable Tim Fanning allege the … man": a word
        // that takes a determiner, a name, a number or a pronoun after it is a verb)
        if j + 1 < sentence.upperBound {
            let v = tags.words(ofToken: j + 1)
            if !v.isEmpty {
                let u = tags.upos[v.lowerBound]
                if u == .DET || u == .PROPN || u == .NUM || (u == .PRON && !["who", "which", "that", "whose"].contains(tokens[j + 1].lower)) { return false }
            }
            if tokens[j + 1].kind == .word && tokens[j + 1].isCapitalized { return false }
        }
        return true
    }

    /// Drops the persons of an article whose every name mention only qualifies a noun after it
    /// (`qualifiesNoun`): "the rescue of a 8-year-old Fort Worth girl", "a press conference at
    /// the Jomo Kenyatta airport" name a place, not a person. A person named elsewhere in
    /// another way ("Kenyatta said", "Harry Truman's library") keeps all mentions. One pass over
    /// the mentions: linear.
    func dropQualifyingPersons(_ mentions: [Mention], doc: Document, work: inout Int) -> [Mention] {
        guard doc.wordClasses.count > 0 else { return mentions }
        var qualifying = Set<String>(), other = Set<String>()
        for m in mentions where m.kind == .person {
            work += 1
            guard m.form == .name, !m.tokens.isEmpty, m.tokens.upperBound <= doc.tokens.count else {
                other.insert(m.actor)
                continue
            }
            let s = doc.sentence(containingToken: m.tokens.lowerBound)
            let sentence = doc.sentences.indices.contains(s) ? doc.sentences[s].tokens : 0..<doc.tokens.count
            if qualifiesNoun(after: m.tokens, sentence: sentence, doc: doc) { qualifying.insert(m.actor) } else { other.insert(m.actor) }
        }
        let drop = qualifying.subtracting(other)
        guard !drop.isEmpty else { return mentions }
        return mentions.filter { !($0.kind == .person && drop.contains($0.actor)) }
    }

    /// Whether a word has a capital letter after its first letter and a lower-case letter
    /// ("GiveWell", "VMware", "YouTube"; not "USA", "U.S.", "Smith" or a hyphenated word).
    static func hasInnerCapital(_ t: Token) -> Bool {
        guard t.kind == .word, !t.hasHyphen else { return false }
        var k = 0, lower = false, inner = false
        for c in t.text.unicodeScalars {
            if Tokenizer.isLower(c) { lower = true } else if k > 0 && Tokenizer.isUpper(c) { inner = true }
            if c == "-" { return false }
            k += 1
        }
        return lower && inner
    }
}
