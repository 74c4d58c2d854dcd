/// Countries named only as places (docs/Actors.md, "Session 22: actors").
extension ActorRecognizer {
    /// A country is an actor of an article only where the article names it as more than a
    /// place. A mention of rule `actor.country.name` or `actor.country.capital` is a place when
    /// - a word of `place-prepositions` comes before it, perhaps with "the" and a direction
    ///   ("bombings in Kenya", "across Canada", "in southern Iran"), or a direction alone
    ///   ("struck southern Iran");
    /// - it follows a city and a comma ("in Cape Town, South Africa,", the dateline "NAIROBI,
    ///   Kenya (AP)": a capitalised word that is no mention or ends an organisation's name with
    ///   "in": "the U.S. Embassy in Pretoria, South Africa,", then a comma; no "the" before the
    ///   country: "Surgeon General, the United States government's …");
    /// - it is coordinated with a place ("in Kenya and Tanzania", "in Nairobi, Kenya, and Dar es
    ///   Salaam, Tanzania", "in seven states and Italy", "via Moscow and Paris": the conjunct
    ///   before it is a place, or up to four words or numbers that are no mention after a
    ///   preposition of place, and no verb of saying after it);
    /// - a part of its land follows it, after "'s" or as the noun it qualifies ("New Zealand's
    ///   highest peak", "New Zealand's South Island", "in New Zealand mountains"; `landAfter`).
    /// - it is the goal or the origin of a journey: "to" or "from" after a word of going, sending
    ///   or coming of `motion-words`, perhaps with "back" or an object between ("fled to Mexico",
    ///   "send him back to Cuba", "immigrants from Vietnam"; `journeyEnd`);
    /// - a capital is part of another place's name: a capitalised word that is no mention or title
    ///   right before it ("the Little Havana home").
    /// A country that gives a rank or an honour is no actor either: "a" or "an", capitalised
    /// words, "of" and the country ("a Senior Advocate of Nigeria").
    /// A country named as the subject of someone's role is no actor either: a role noun of
    /// `role-nouns` or `source-nouns` after it and a capitalised word or a possessive before it
    /// ("former White House Russia adviser Fiona Hill", "Trump's Ukraine envoy"; not "U.S. envoy
    /// Kurt Volker said", "the U.S. envoy").
    /// A name before "'s" acts ("Tanzania's capital" aside, `landAfter`); a name before a noun it
    /// qualifies (a lower-case word that is no stopword, verb or past form in "-ed": "in U.S.
    /// custody", "New Zealand media reports", "in New Zealand fall"), or after "from" and a noun
    /// in the plural ("other family members from Cuba", "imports from China"; session 34), is a `qualifier`: it goes
    /// with the country's other mentions (session 31). The mentions of a country some of whose
    /// mentions in the article are places and none acts are dropped; any mention that acts (a
    /// subject, an object, a possessive, "of Turkmenistan", a capital or "the Kenyan government")
    /// keeps them all. One pass over the mentions, a few tokens around each: linear.
    func dropPlaceCountries(_ mentions: [Mention], doc: Document, work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        guard mentions.contains(where: { $0.kind == .country }) else { return mentions }
        let preps = book.lexicons.get("place-prepositions")
        let stop = book.lexicons.get("name-stopwords")
        var at = [Int32](repeating: -1, count: tokens.count)
        for (k, m) in mentions.enumerated() where m.tokens.upperBound <= tokens.count {
            work += m.tokens.count
            for t in m.tokens { at[t] = Int32(k) }
        }
        func kind(_ i: Int) -> String? {
            guard i >= 0, tokens[i].kind == .word, !tokens[i].isCapitalized else { return nil }
            return preps.firstSingle(tokens[i])?["kind"]
        }
        /// Whether a place preposition ends right before `i` (past "the" and a direction).
        func prepositionBefore(_ i: Int, from lo: Int) -> Bool {
            var p = i - 1
            if p >= lo && tokens[p].lower == "the" { p -= 1 }
            if p >= lo && kind(p) == "direction" { p -= 1 }
            if p >= lo && tokens[p].lower == "the" { p -= 1 }
            // (a sentence's first word is capitalised: "In Mexico, he hid for a year")
            return p >= lo && (kind(p) == "preposition" || (p == lo && tokens[p].kind == .word && preps.firstSingle(tokens[p])?["kind"] == "preposition"))
        }
        let verbs = book.lexicons.get("reporting-verbs")
        let tags = doc.wordClasses
        let roles = book.lexicons.get("role-nouns"), sources = book.lexicons.get("source-nouns")
        /// Whether the word at `i` is a noun the country's name qualifies ("in U.S. custody"): a
        /// word in lower case that is no stopword, no verb of `reporting-verbs` and no past form
        /// in "-ed" ("the bombings in Kenya and Tanzania killed 224 people").
        /// (Where the analysis has the tags, a word the tagger reads as a verb, an auxiliary or a
        /// function word qualifies nothing either: "immigrants from Vietnam make up a third", "his
        /// return to Cuba was delayed".)
        func qualifies(_ i: Int) -> Bool {
            let t = tokens[i]
            guard !t.isCapitalized && !stop.hasSingle(t) && !t.lower.hasSuffix("ed") && !verbs.hasSingle(t) else { return false }
            guard tags.count > 0 else { return true }
            let w = tags.words(ofToken: i)
            guard !w.isEmpty else { return true }
            let u = tags.upos[w.lowerBound]
            return u == .NOUN || u == .ADJ || u == .PROPN || u == .NUM || u == .X
        }
        /// Whether mention `o` is an organisation whose name ends in "in" and a city ("the U.S.
        /// Embassy in Pretoria, South Africa": the country after it is that city's).
        func endsInCity(_ o: Int) -> Bool {
            let m = mentions[o]
            return m.kind == .organization && m.tokens.count >= 3 && m.tokens.dropLast().contains { tokens[$0].lower == "in" }
        }
        let land = book.lexicons.get("place-nouns"), heads = book.lexicons.get("actor-heads"), places = book.lexicons.get("places")
        /// Whether a part of the country's land follows its name ending before `hi`: "'s" or
        /// nothing, at most two words the tagger reads as adjectives ("highest", "northern"), then
        /// a noun of `place-nouns` that ends its phrase (no noun, proper noun or capitalised word
        /// after it: "Vietnam's coast guard" is the country's), or after "'s" a capitalised place:
        /// one of `places`, "Mount" or "Mt", or up to three capitalised words that end in a head
        /// word of kind `none` ("South Island", "Aoraki Mount Cook National Park").
        func landAfter(_ hi: Int, sentence: Range<Int>) -> Bool {
            guard hi < sentence.upperBound, tags.count > 0 else { return false }
            func upos(_ t: Int) -> UPOS? {
                let w = tags.words(ofToken: t)
                return w.isEmpty ? nil : tags.upos[w.lowerBound]
            }
            var j = hi
            let possessive = ["'s", "’s"].contains(tokens[j].lower)
            if possessive { j += 1 }
            var adjectives = 0
            while j < sentence.upperBound && adjectives < 2 && tokens[j].kind == .word && !tokens[j].isCapitalized && upos(j) == .ADJ {
                j += 1
                adjectives += 1
            }
            guard j < sentence.upperBound, tokens[j].kind == .word else { return false }
            if !tokens[j].isCapitalized {
                guard land.hasSingle(tokens[j]) else { return false }
                let n = j + 1
                return !(n < sentence.upperBound && tokens[n].kind == .word && (tokens[n].isCapitalized || upos(n) == .NOUN || upos(n) == .PROPN))
            }
            guard possessive else { return false }
            if places.longest(tokens, at: j, end: sentence.upperBound) != nil || ["mount", "mt", "mt."].contains(tokens[j].lower) { return true }
            var e = j
            while e < sentence.upperBound && e < j + 5 && tokens[e].kind == .word && tokens[e].isCapitalized { e += 1 }
            return e > j && heads.firstSingle(tokens[e - 1])?["kind"] == "none"
        }
        let motion = book.lexicons.get("motion-words"), titles = book.lexicons.get("titles")
        /// Whether the word at `i` is a word of going, sending or coming of `motion-words` (by the
        /// tagger's lemma, of the entry's word class: "fled", "sent", "return", "immigrants").
        func moves(_ i: Int) -> Bool {
            guard tags.count > 0, tokens[i].kind == .word else { return false }
            let w = tags.words(ofToken: i)
            guard w.count == 1 else { return false }
            let u = tags.upos[w.lowerBound]
            // (the surface form too: the lemmatizer misses some irregular forms, "fled")
            for e in motion.lookup(tags.lemma[w.lowerBound].lowercased()) + motion.lookup(tokens[i].lower) {
                if e["kind"] == "verb" ? (u == .VERB || u == .AUX) : u == .NOUN { return true }
            }
            return false
        }
        /// Whether the name at `lo` is the goal or the origin of a journey: "to" or "from" (and
        /// "the") before it, after a word of `motion-words`, perhaps with "back" between ("may
        /// have fled to Mexico", "should go back to Cuba", "his return to Cuba", "immigrants from
        /// Vietnam"), or with an object between: a personal pronoun in the object case, a person's
        /// name or the goal of another journey ("send him back to Cuba", "repatriate Elian
        /// Gonzalez to Cuba", "come to the U.S. from Cuba"). At most a few tokens back: constant.
        func journeyEnd(_ lo: Int, from s0: Int) -> Bool {
            var p = lo - 1
            if p >= s0 && tokens[p].lower == "the" { p -= 1 }
            guard p > s0, tokens[p].lower == "to" || tokens[p].lower == "from" else { return false }
            p -= 1
            for _ in 0..<2 {
                if tokens[p].lower == "back" && p > s0 { p -= 1 }
                if moves(p) { return true }
                // an object between the word and "to" / "from"
                if ["him", "her", "them", "it", "us", "me"].contains(tokens[p].lower) {
                    p -= 1
                } else if at[p] >= 0, mentions[Int(at[p])].kind == .person || mentions[Int(at[p])].kind == .country {
                    let o = mentions[Int(at[p])]
                    p = o.tokens.lowerBound - 1
                    if o.kind == .country {
                        // (the goal of another journey: "to the U.S. from Cuba")
                        if p >= s0 && tokens[p].lower == "the" { p -= 1 }
                        guard p > s0, tokens[p].lower == "to" || tokens[p].lower == "from" else { return false }
                        p -= 1
                    }
                } else {
                    return false
                }
                guard p >= s0 else { return false }
            }
            return moves(p)
        }
        /// Whether "from" (and "the") comes right before `lo` after a noun in the plural for the
        /// tagger.
        func originAfterPlural(_ lo: Int, from s0: Int) -> Bool {
            guard tags.count > 0 else { return false }
            var p = lo - 1
            if p >= s0 && tokens[p].lower == "the" { p -= 1 }
            guard p > s0, tokens[p].lower == "from", tokens[p - 1].kind == .word, !tokens[p - 1].isCapitalized else { return false }
            let w = tags.words(ofToken: p - 1)
            return w.count == 1 && tags.upos[w.lowerBound] == .NOUN && tags.feature(w.lowerBound, "Number") == "Plur"
        }
        return ActorRecognizer.droppingPlaces(mentions) { k, m, readings in
            guard m.kind == .country else { return .notConsidered }
            work += 1
            guard (m.form == .name && m.provenance.rule == "actor.country.name") || (m.form == .capital && m.provenance.rule == "actor.country.capital"),
                  !m.tokens.isEmpty, m.tokens.upperBound <= tokens.count else {
                return .acting
            }
            let s = doc.sentence(containingToken: m.tokens.lowerBound)
            let sentence = doc.sentences.indices.contains(s) ? doc.sentences[s].tokens : 0..<tokens.count
            let lo = m.tokens.lowerBound, hi = m.tokens.upperBound
            // (a noun it qualifies after it: the name is the country's, not a place)
            // (the subject of a role: "former White House Russia adviser Fiona Hill", "Trump's
            // Ukraine envoy": a role noun after it, a capitalised word or a possessive before it)
            if m.form == .name, hi < sentence.upperBound, lo > sentence.lowerBound, tokens[hi].kind == .word, !tokens[hi].isCapitalized,
               roles.hasSingle(tokens[hi]) || sources.hasSingle(tokens[hi]),
               ["'s", "’s"].contains(tokens[lo - 1].lower) || (tokens[lo - 1].kind == .word && tokens[lo - 1].isCapitalized) {
                return .place
            }
            // (a rank or honour the country gives: "a Senior Advocate of Nigeria": "a" or "an", one
            // to four capitalised words that are no mention, "of" and perhaps "the" before it)
            if m.form == .name {
                var p = lo - 1
                if p > sentence.lowerBound && tokens[p].lower == "the" { p -= 1 }
                if p > sentence.lowerBound && tokens[p].lower == "of" {
                    var q = p - 1
                    while q >= sentence.lowerBound && p - q <= 4 && tokens[q].kind == .word && tokens[q].isCapitalized && at[q] < 0 && !["a", "an"].contains(tokens[q].lower) { q -= 1 }
                    if q >= sentence.lowerBound && q < p - 1 && ["a", "an"].contains(tokens[q].lower) {
                        return .place
                    }
                }
            }
            // (a part of its land after its possessive or as the noun it qualifies: "New Zealand's
            // highest peak", "New Zealand's South Island", "in New Zealand mountains")
            if m.form == .name && landAfter(hi, sentence: sentence) {
                return .place
            }
            // (its possessive before a market named by one to three capitalised words: "Japan’s
            // Nikkei futures")
            if m.form == .name, hi + 2 < sentence.upperBound, ["'s", "’s"].contains(tokens[hi].lower) {
                var e = hi + 1
                while e < sentence.upperBound && e < hi + 4 && tokens[e].kind == .word && tokens[e].isCapitalized { e += 1 }
                if e > hi + 1 && marketNounAfter(e, sentence: sentence, doc: doc) {
                    return .place
                }
            }
            // (a capital right after a capitalised word that is no mention, no title and not the
            // sentence's first word is part of another place's name: "the Little Havana home")
            if m.form == .capital, lo - 1 > sentence.lowerBound, at[lo - 1] < 0, tokens[lo - 1].kind == .word, tokens[lo - 1].isCapitalized,
               !titles.hasSingle(tokens[lo - 1]) {
                return .place
            }
            if hi < sentence.upperBound, tokens[hi].kind == .word, ["'s", "’s"].contains(tokens[hi].lower) {
                return .acting
            }
            if hi < sentence.upperBound, tokens[hi].kind == .word, qualifies(hi) {
                return .qualifier
            }
            // (a direction alone makes a region of it: "a quake struck southern Iran")
            var isPlace = prepositionBefore(lo, from: sentence.lowerBound) || (lo > sentence.lowerBound && kind(lo - 1) == "direction")
                || journeyEnd(lo, from: sentence.lowerBound)
            if !isPlace, lo - 2 >= sentence.lowerBound, tokens[lo - 1].text == ",", tokens[lo].isCapitalized, at[lo - 2] < 0 || endsInCity(Int(at[lo - 2])),
               tokens[lo - 2].kind == .word, tokens[lo - 2].isCapitalized {
                // a city and a comma before it
                isPlace = true
            } else if !isPlace, lo - 1 > sentence.lowerBound, ["and", "or", ","].contains(tokens[lo - 1].lower) {
                // a conjunct of a place
                var c = lo - 1
                if tokens[c].lower != "," { c -= 1 }
                if c > sentence.lowerBound && tokens[c].text == "," { c -= 1 }
                if c >= sentence.lowerBound, at[c] >= 0 {
                    let o = Int(at[c])
                    isPlace = o < k && mentions[o].kind == .country && readings[o] == .place
                } else if tokens[lo - 1].lower != ",", !(hi < sentence.upperBound && verbs.hasSingle(tokens[hi])) {
                    // words or numbers that are no mention after a preposition of place ("in seven
                    // states and Italy", "via Moscow and Paris"; not before a verb of saying:
                    // "… in the city and Russia said")
                    var b = c
                    while b >= sentence.lowerBound && c - b < 4 && at[b] < 0 && kind(b) != "preposition"
                            && (tokens[b].kind == .word || tokens[b].kind == .number) { b -= 1 }
                    isPlace = b >= sentence.lowerBound && b < c && kind(b) == "preposition"
                }
            }
            // (the origin of people or things named by a plural noun before "from": "other family
            // members from Cuba", "imports from China"; it qualifies the noun, as "in U.S. custody")
            if !isPlace, m.form == .name, originAfterPlural(lo, from: sentence.lowerBound) {
                return .qualifier
            }
            return isPlace ? .place : .acting
        }
    }
}

/// Buildings and grounds named only as places (docs/Actors.md, "Session 23: actors").
extension ActorRecognizer {
    /// An organisation whose name also names a building or grounds (its last head word is marked
    /// `site` in `actor-heads`: "University", "Hospital", "Hotel", "Center") is no actor of an
    /// article that names it only as a place: every mention of it is a name right after a word
    /// of `place-prepositions` of kind `preposition` or `site`, perhaps with "the" and a
    /// direction between ("the demonstrators inside the Polytechnic University", "was treated at
    /// Beaumont Hospital"; "at" only after a word the tagger tags no noun: "a professor at
    /// Princeton University" is an affiliation, which keeps the actor), and no "'s" after it ("at the hospital's gate" is still a place;
    /// "the University's statement" is not). Any other mention ("the Polytechnic University
    /// said", "by Wayne State University") keeps them all. One pass over the mentions, a few
    /// tokens around each: linear.
    func dropPlaceSites(_ mentions: [Mention], doc: Document, work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        let heads = book.lexicons.get("actor-heads")
        let preps = book.lexicons.get("place-prepositions")
        let tags = doc.wordClasses
        /// Whether the word at `p` is a noun for the tagger ("a professor at", "students at").
        func noun(_ p: Int) -> Bool {
            guard p >= 0, tags.count > 0 else { return false }
            let w = tags.words(ofToken: p)
            return !w.isEmpty && (tags.upos[w.lowerBound] == .NOUN || tags.upos[w.lowerBound] == .PROPN)
        }
        func prepositionAt(_ p: Int, from lo: Int) -> Bool {
            // (a sentence's first word is capitalised: "At the Harry Truman Library in
            // Independence, the ministers signed": a place, as there is no noun before it)
            if p == lo, tokens[p].kind == .word, tokens[p].isCapitalized, let k = preps.firstSingle(tokens[p])?["kind"] { return k == "preposition" || k == "site" }
            guard p >= lo, tokens[p].kind == .word, !tokens[p].isCapitalized, let k = preps.firstSingle(tokens[p])?["kind"] else { return false }
            // "at" after a noun is an affiliation, not a place ("a professor at Princeton
            // University", "her residency at the Medical Center"); after a verb or an adjective
            // it is ("treated at Beaumont Hospital", "pronounced dead at Mount Sinai Hospital")
            if k == "site" { return tags.count > 0 && p > lo && !noun(p - 1) }
            return k == "preposition"
        }
        func isDirection(_ p: Int, from lo: Int) -> Bool {
            p >= lo && tokens[p].kind == .word && !tokens[p].isCapitalized && preps.firstSingle(tokens[p])?["kind"] == "direction"
        }
        return ActorRecognizer.droppingPlaces(mentions) { _, m, _ in
            guard m.kind == .organization else { return .notConsidered }
            work += m.tokens.count
            guard m.form == .name, !m.tokens.isEmpty, m.tokens.upperBound <= tokens.count,
                  let head = m.tokens.last(where: { tokens[$0].kind == .word && tokens[$0].isCapitalized && heads.hasSingle(tokens[$0]) }),
                  heads.firstSingle(tokens[head])?["site"] == "yes" else {
                return .acting
            }
            let s = doc.sentence(containingToken: m.tokens.lowerBound)
            let sentence = doc.sentences.indices.contains(s) ? doc.sentences[s].tokens : 0..<tokens.count
            let lo = m.tokens.lowerBound, hi = m.tokens.upperBound
            if hi < sentence.upperBound, ["'s", "’s"].contains(tokens[hi].lower), !prepositionAt(lo - 1, from: sentence.lowerBound) {
                return .acting
            }
            var p = lo - 1
            if p >= sentence.lowerBound && tokens[p].lower == "the" { p -= 1 }
            if isDirection(p, from: sentence.lowerBound) { p -= 1 }
            if p >= sentence.lowerBound && tokens[p].lower == "the" { p -= 1 }
            return prepositionAt(p, from: sentence.lowerBound) ? .place : .acting
        }
    }
}

/// How one filter of the actors stage reads a mention (`droppingPlaces`).
enum PlaceReading {
    /// The filter does not judge this mention (another kind, another form).
    case notConsidered
    /// The mention names the actor only as a place, a market, a platform or a competition.
    case place
    /// The mention names the actor as one that acts: it keeps all the actor's mentions.
    case acting
    /// The mention only qualifies a noun after it ("New Zealand media reports", "a New Zealand
    /// fall"): it neither makes the actor act nor a place; it goes with the actor's other
    /// mentions (dropped when one is a place and none acts).
    case qualifier
}

extension ActorRecognizer {
    /// The mentions less those that `read` reads as `.place` of actors that no mention read as
    /// `.acting` names: an actor that acts anywhere in the article keeps all its mentions
    /// (`dropPlaceCountries`, `dropPlaceSites`, `dropMarketNames`, `dropPlacePlatforms`,
    /// `dropCompetitions`). `read` is called once per mention, in order, with the readings of
    /// the mentions before it. One pass over the mentions and one over those kept: linear.
    static func droppingPlaces(_ mentions: [Mention], read: (_ k: Int, _ m: Mention, _ readings: [PlaceReading]) -> PlaceReading) -> [Mention] {
        var readings: [PlaceReading] = []
        readings.reserveCapacity(mentions.count)
        var acting = Set<String>(), placed = Set<String>()
        for (k, m) in mentions.enumerated() {
            let r = read(k, m, readings)
            readings.append(r)
            switch r {
            case .acting: acting.insert(m.actor)
            case .place: placed.insert(m.actor)
            case .qualifier, .notConsidered: break
            }
        }
        guard !placed.isEmpty else { return mentions }
        var out: [Mention] = []
        out.reserveCapacity(mentions.count)
        for (k, m) in mentions.enumerated() {
            let dropped = (readings[k] == .place || (readings[k] == .qualifier && placed.contains(m.actor))) && !acting.contains(m.actor)
            if !dropped { out.append(m) }
        }
        return out
    }
}

/// Markets, indices and paper named by an organisation's name (docs/Actors.md, "Session 29: actors").
extension ActorRecognizer {
    /// Whether a word of `market-nouns` comes right after a name ending before `hi` (a noun for
    /// the tagger where the analysis has the tags): "Nikkei futures", "Treasury yields".
    func marketNounAfter(_ hi: Int, sentence: Range<Int>, doc: Document) -> Bool {
        let tokens = doc.tokens
        guard hi < sentence.upperBound, tokens[hi].kind == .word, !tokens[hi].isCapitalized, book.lexicons.get("market-nouns").hasSingle(tokens[hi]) else { return false }
        let tags = doc.wordClasses
        guard tags.count > 0 else { return true }
        let w = tags.words(ofToken: hi)
        return !w.isEmpty && tags.upos[w.lowerBound] == .NOUN
    }

    /// An organisation or medium is no actor of an article that names it only right before a
    /// noun of `market-nouns`: a market, an index or the paper it issues ("Japan’s Nikkei
    /// futures NKc1 lost 0.66%", "Long-dated U.S. Treasury yields slipped"); any other mention
    /// ("the Nikkei reported", "the Treasury said") keeps them all. A country whose only reading
    /// is its possessive before such a name is dropped with the places (`dropPlaceCountries`).
    /// One pass over the mentions: linear.
    func dropMarketNames(_ mentions: [Mention], doc: Document, work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        return ActorRecognizer.droppingPlaces(mentions) { _, m, _ in
            guard m.kind == .organization || m.kind == .media else { return .notConsidered }
            work += 1
            guard m.form == .name, !m.tokens.isEmpty, m.tokens.upperBound <= tokens.count else { return .acting }
            let s = doc.sentence(containingToken: m.tokens.lowerBound)
            let sentence = doc.sentences.indices.contains(s) ? doc.sentences[s].tokens : 0..<tokens.count
            return marketNounAfter(m.tokens.upperBound, sentence: sentence, doc: doc) ? .place : .acting
        }
    }
}

/// Platforms named only as where something is posted (docs/Actors.md, "Session 27: actors").
extension ActorRecognizer {
    /// A social media platform of `platforms` is no actor of an article that names it only as
    /// the place where people post: every mention of it stands right after a preposition of that
    /// lexicon ("on", "via", "onto", "across", "from", "of", "to": "took to Twitter", "Taylor Swift posted on Twitter", "sent out the following
    /// message on Twitter", "one user on Weibo", "China's version of Twitter"). A mention as a
    /// subject, an object or a possessive ("Twitter said it would suspend the accounts",
    /// "Twitter's rules") keeps them all. One pass over the mentions: linear.
    func dropPlacePlatforms(_ mentions: [Mention], doc: Document, work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        let platforms = book.lexicons.get("platforms")
        return ActorRecognizer.droppingPlaces(mentions) { _, m, _ in
            guard (m.kind == .organization || m.kind == .media) && !m.tokens.isEmpty && m.tokens.upperBound <= tokens.count else { return .notConsidered }
            work += m.tokens.count
            guard m.tokens.count == 1, platforms.firstSingle(tokens[m.tokens.lowerBound])?["kind"] == "platform" else { return .acting }
            let p = m.tokens.lowerBound - 1
            return p >= 0 && tokens[p].kind == .word && !tokens[p].isCapitalized && platforms.firstSingle(tokens[p])?["kind"] == "preposition" ? .place : .acting
        }
    }
}
