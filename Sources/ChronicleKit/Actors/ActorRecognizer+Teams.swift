/// Sports teams and competitions (docs/Actors.md, "Session 27: actors").
extension ActorRecognizer {
    /// The words of sport of the Events stage (`events/en/sport-words.tsv`: "game", "season",
    /// "playoffs", "touchdown", "coach" …), read here to tell an article about sport.
    static let teamSportWords = WordSet(RuleBook.bundledWords("events/en/sport-words.tsv"))

    /// Whether an article is about sport: three of its words or more are words of sport
    /// (`sport-words` of the Events stage in lower case, or in capitals for a league's acronym:
    /// "NFL", "NBA"; or a player's position or coach of `sport-roles`).
    /// One pass over the tokens.
    func isSportArticle(_ doc: Document, work: inout Int) -> Bool {
        let roles = book.lexicons.get("sport-roles")
        var n = 0
        work += doc.tokens.count
        let words = ActorRecognizer.teamSportWords
        return doc.tokens.withUnsafeBufferPointer { toks in
            for i in toks.indices where toks[i].kind == .word {
                if !toks[i].isCapitalized {
                    guard roles.hasSingle(toks[i]) || words.contains(toks[i]) else { continue }
                } else {
                    // (a league's acronym counts in capitals, as it is always written: "NFL", "NBA", "FIFA";
                    // not a capitalised word: "the World Cup", "Olympic")
                    guard words.contains(toks[i]), !toks[i].text.utf8.contains(where: { $0 >= 97 && $0 <= 122 }) else { continue }
                }
                n += 1
                if n >= 3 { return true }
            }
            return false
        }
    }

    /// Whether the token can be the plural that names a team's players ("Chiefs", "Yankees",
    /// "Buccaneers"): a capitalised word of letters ending in "s" (not "ss"), of four letters or
    /// more, that is no word of a group, a people, a country, a place, a head word, a title, a
    /// role, a month or weekday, a stopword, a word of sport ("Olympics", "Games") or of
    /// `competition-words` ("the Paralympics", "the Masters"), and that the
    /// article does not write in lower case.
    func isTeamPlural(_ i: Int, doc: Document, lowered: inout LowerCaseWords, work: inout Int) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, t.isCapitalized, t.text.unicodeScalars.count >= 4, t.lower.hasSuffix("s"), !t.lower.hasSuffix("ss"),
              t.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
              !ActorRecognizer.teamSportWords.contains(t) else { return false }
        for name in ActorRecognizer.notTeamWords where book.lexicons.get(name).hasSingle(t) {
            return false
        }
        return !lowered.contains(t.lower, in: doc, work: &work)
    }

    /// Checks the candidates of `actor.organization.place-team` ("the Kansas City Chiefs"): the
    /// article is about sport and the last word is a team's plural (`isTeamPlural`); else the
    /// candidate is dropped. A few tokens per candidate: linear. `sport` is `isSportArticle`,
    /// found once per article by `recognize` for this check and `learnTeams`.
    func checkTeams(_ cands: inout [Candidate], doc: Document, sport: Bool, work: inout Int) {
        guard cands.contains(where: { !$0.dropped && ($0.rule.id == "actor.organization.place-team" || $0.rule.id == "actor.organization.team-before-role") }) else { return }
        var lowered = LowerCaseWords()
        for k in cands.indices where !cands[k].dropped && cands[k].rule.id == "actor.organization.place-team" {
            work += 1
            let e = cands[k].extent
            if !sport || e.isEmpty || !isTeamPlural(e.upperBound - 1, doc: doc, lowered: &lowered, work: &work) { cands[k].dropped = true }
        }
        for k in cands.indices where !cands[k].dropped && cands[k].rule.id == "actor.organization.team-before-role" {
            work += 1
            let e = cands[k].extent
            if !sport || e.isEmpty || !isTeamName(e, doc: doc, lowered: &lowered, work: &work) { cands[k].dropped = true }
        }
    }

    /// The lexicons no word of a team's name is in (`isTeamPlural`, `isTeamName`).
    static let notTeamWords = ["groups", "countries", "countries:people", "countries:adjectives", "places", "actor-heads", "titles", "role-nouns", "source-nouns",
                               "sport-roles", "months", "weekdays", "name-stopwords", "holidays", "media", "organizations", "competition-words"]

    /// Whether the tokens `r` before a player's position can name a team that is no plural
    /// ("Red Sox" in "former Red Sox center fielder Johnny Damon"): capitalised words of letters,
    /// no capitalised word before them (nor one and "of", "&": "Hall of Fame coach"), the
    /// position in lower case, none a word of `notTeamWords`, a given name, a word of sport, or a
    /// word the article writes in lower case.
    func isTeamName(_ r: Range<Int>, doc: Document, lowered: inout LowerCaseWords, work: inout Int) -> Bool {
        let tokens = doc.tokens
        let a = r.lowerBound
        if a > 0, tokens[a - 1].kind == .word, tokens[a - 1].isCapitalized, !tokens[a].paragraphStart { return false }
        // (the tail of a longer name: "Hall of Fame coach Jack Ramsay"; a title-case headline:
        // "Philadelphia 76ers Fire Coach Jim O'Brien", the position is written in lower case)
        if a > 1, tokens[a - 1].text == "&" || tokens[a - 1].kind == .word && !tokens[a - 1].isCapitalized && tokens[a - 1].text.utf8.count <= 3,
           tokens[a - 2].kind == .word, tokens[a - 2].isCapitalized { return false }
        if r.upperBound < tokens.count, tokens[r.upperBound].isCapitalized { return false }
        let lex = book.lexicons
        for i in r {
            let t = tokens[i]
            work += 1
            guard t.kind == .word, t.isCapitalized, t.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
                  !ActorRecognizer.teamSportWords.contains(t), !lex.get("given-names").hasSingle(t) else { return false }
            for name in ActorRecognizer.notTeamWords where lex.get(name).hasSingle(t) { return false }
            if lowered.contains(t.lower, in: doc, work: &work) { return false }
        }
        return true
    }

    /// Teams named by their plural alone in an article about sport ("The Chiefs had rallied",
    /// "Colts interim coach Bruce Arians", "with the Angels"; rule `actor.team.plural`):
    /// - the plural of a team the rules named in full ("the Kansas City Chiefs" … "The Chiefs")
    ///   is a mention of that team, wherever it stands alone;
    /// - a plural no team's name ends in is a team of its own when the article writes it after
    ///   "the" at least once and uses it twice or more ("the Colts" … "Colts interim coach"),
    ///   or right before a player's position or a coach and a name ("Chargers lineman Jamal
    ///   Williams", "Browns defensive end Myles Garrett": then in any article, sport or not),
    ///   or once after "the" and a word of `opponent-words` in an article about sport ("against
    ///   the Steelers", "in 54 games with the Angels"), or, in an article about sport, right
    ///   before a person named in full, perhaps after a possessive or a position in capitals,
    ///   in a headline too ("Chargers’ Jamal Williams Arrested", "Chargers NT Jamal Williams":
    ///   `beforePlayer`; that use need not stand alone).
    /// The word is a team's plural (`isTeamPlural`), stands alone (no capitalised word right
    /// before or after it, but the sentence's first word), is no word of a person's name, and
    /// the sentence is not in title case. Two passes over the tokens: linear. `sport` is
    /// `isSportArticle` of the article (found once by `recognize`).
    func learnTeams(_ mentions: [Mention], doc: Document, sport: Bool, taken: inout [Bool], work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        guard tokens.count > 2 else { return mentions }
        let roles = book.lexicons.get("sport-roles")
        /// Whether a player's position or a coach comes right after the word at `i` (one word in
        /// lower case may come between) and a capitalised word after it: "Chargers lineman Jamal
        /// Williams", "Browns defensive end Myles Garrett" (the team of the player, in any article).
        func beforeRole(_ i: Int) -> Bool {
            var j = i + 1
            for _ in 0..<2 {
                guard j < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized else { return false }
                if let hit = roles.longest(tokens, at: j, end: min(tokens.count, j + 3)) {
                    let e = j + Int(hit.length)
                    return e < tokens.count && tokens[e].kind == .word && tokens[e].isCapitalized
                }
                j += 1
            }
            return false
        }
        var lowered = LowerCaseWords()
        // the teams named in full, by their last word
        var teams: [String: String] = [:]
        var personWords = Set<String>()
        // (the first tokens of the persons named in full: "Chargers Jamal Williams")
        var fullNames = Set<Int>()
        for m in mentions where m.tokens.upperBound <= tokens.count && !m.tokens.isEmpty {
            work += m.tokens.count
            if m.kind == .person {
                for t in m.tokens where tokens[t].kind == .word { personWords.insert(tokens[t].lower) }
                if m.form == .name && m.tokens.count >= 2 { fullNames.insert(m.tokens.lowerBound) }
            } else if m.kind == .organization, m.form == .name, m.tokens.count >= 2, isTeamPlural(m.tokens.upperBound - 1, doc: doc, lowered: &lowered, work: &work) {
                teams[tokens[m.tokens.upperBound - 1].lower] = teams[tokens[m.tokens.upperBound - 1].lower] ?? m.actor
            }
        }
        func capWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalized }
        var titleCase: [Int: Bool] = [:]
        /// Whether the plural at `i` stands right before a person named in full, perhaps after a
        /// possessive or a position in capitals, in an article about sport, the sentence's first
        /// word or after a word in lower case: "Chargers Jamal Williams arrested for DUI",
        /// "Chargers’ Jamal Williams Arrested", "Chargers NT Jamal Williams" (a headline's team
        /// and its player).
        func beforePlayer(_ i: Int) -> Bool {
            guard sport, !capWord(i - 1) || doc.sentence(containingToken: i - 1) != doc.sentence(containingToken: i) else { return false }
            var j = i + 1
            if j < tokens.count, ["'", "’", "'s", "’s"].contains(tokens[j].lower) { j += 1 }
            if fullNames.contains(j) { return true }
            return j + 1 < tokens.count && tokens[j].kind == .word && (2...3).contains(tokens[j].text.utf8.count)
                && !tokens[j].text.utf8.contains(where: { $0 < 65 || $0 > 90 }) && fullNames.contains(j + 1)
        }
        /// Whether the plural at `i` stands alone in a sentence not in title case.
        func alone(_ i: Int) -> Bool {
            let s = doc.sentence(containingToken: i)
            guard doc.sentences.indices.contains(s) else { return false }
            let sentence = doc.sentences[s].tokens
            if titleCase[s] == nil {
                work += sentence.count
                titleCase[s] = ActorRecognizer.capitalizesItsWords(sentence, tokens)
            }
            if titleCase[s]! { return false }
            // (a capitalised "The" opening the sentence: "The Chiefs had rallied")
            if i > sentence.lowerBound && capWord(i - 1) && tokens[i - 1].lower != "the" { return false }
            return !(i + 1 < sentence.upperBound && capWord(i + 1))
        }
        // the plurals no full name ends in: how often they stand alone, and whether after "the"
        var uses: [String: Int] = [:]
        var afterThe = Set<String>(), beforeRoles = Set<String>(), opponents = Set<String>()
        let opponentWords = book.lexicons.get("opponent-words")
        var plural = [Bool](repeating: false, count: tokens.count)
        work += tokens.count
        for i in tokens.indices where !taken[i] && capWord(i) && (sport || beforeRole(i)) && !personWords.contains(tokens[i].lower)
            && !personWords.contains(String(tokens[i].lower.dropLast())) && isTeamPlural(i, doc: doc, lowered: &lowered, work: &work) {
            // (before its player's name, in a headline too: `beforePlayer`)
            if !alone(i) {
                if beforePlayer(i) { plural[i] = true; beforeRoles.insert(tokens[i].lower) }
                continue
            }
            plural[i] = true
            uses[tokens[i].lower, default: 0] += 1
            if i > 0 && tokens[i - 1].lower == "the" {
                afterThe.insert(tokens[i].lower)
                // (an opponent or a side played for: "against the Steelers", "with the Angels")
                if sport && i > 1 && tokens[i - 2].kind == .word && opponentWords.hasSingle(tokens[i - 2]) { opponents.insert(tokens[i].lower) }
            }
            if beforeRole(i) { beforeRoles.insert(tokens[i].lower) }
        }
        var out = mentions
        for i in tokens.indices where plural[i] {
            work += 1
            let w = tokens[i].lower
            let actor: String
            if let team = teams[w] {
                actor = team
            } else if (afterThe.contains(w) && uses[w, default: 0] >= 2) || beforeRoles.contains(w) || opponents.contains(w) {
                actor = tokens[i].text
            } else {
                continue
            }
            taken[i] = true
            out.append(Mention(provenance: Provenance(document: doc.id, span: tokens[i].span, sentence: doc.sentence(containingToken: i), rule: "actor.team.plural"),
                               text: tokens[i].text, tokens: i..<(i + 1), actor: actor, kind: .organization, form: .name))
        }
        if sport { out += cityTeams(doc, mentions: mentions, taken: &taken, work: &work) }
        guard out.count > mentions.count else { return mentions }
        out.sort { $0.provenance.span < $1.provenance.span }
        return out
    }

    /// Teams named by their city alone in an article about sport (rule `actor.team.city`):
    /// "started to look stronger on Sunday against Tampa Bay", "an overtime loss to Atlanta",
    /// "Boston beat New York 3-1". A city or region (`places`), a capital (`countries:capitals`)
    /// or the words before the plural of a team the article names in full ("Indianapolis" of
    /// "the Indianapolis Colts") stands right after a word of `opponent-words` ("against",
    /// "beat"; two words: "loss to", "victory at"), or right before one whose `side` is `both`
    /// ("Boston beat …"), with no capitalised word after it; not in a title-case sentence. The
    /// team named in full is the actor when there is one, else the city's name is. One pass over
    /// the tokens (capitalised words only), and only in an article about sport.
    func cityTeams(_ doc: Document, mentions: [Mention], taken: inout [Bool], work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        let lex = book.lexicons
        let opponents = lex.get("opponent-words"), places = lex.get("places"), capitals = lex.get("countries:capitals")
        // the teams named in full, by the words before their plural ("Indianapolis", "Kansas City")
        var lowered = LowerCaseWords()
        var cities: [String: String] = [:]
        for m in mentions where m.kind == .organization && m.form == .name && m.tokens.count >= 2 && m.tokens.upperBound <= tokens.count {
            work += m.tokens.count
            let last = m.tokens.upperBound - 1
            guard isTeamPlural(last, doc: doc, lowered: &lowered, work: &work) else { continue }
            var a = m.tokens.lowerBound
            if tokens[a].lower == "the" { a += 1 }
            guard a < last else { continue }
            let city = doc.text(doc.span(tokens: a..<last))
            if cities[city] == nil { cities[city] = m.actor }
        }
        func capWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalized }
        var out: [Mention] = []
        var titleCase: [Int: Bool] = [:]
        var i = 0
        work += tokens.count
        while i < tokens.count {
            defer { i += 1 }
            // (no capitalised word right before it, but where a paragraph opens: "Boston beat …")
            guard capWord(i), !taken[i], !capWord(i - 1) || tokens[i].paragraphStart else { continue }
            // the city: a known place or capital, or the words of a team named in full
            var length = 0
            if let h = places.longest(tokens, at: i, end: min(tokens.count, i + 3)) { length = h.length }
            if let h = capitals.longest(tokens, at: i, end: min(tokens.count, i + 3)), h.length > length { length = h.length }
            for n in 1...2 where !cities.isEmpty && i + n <= tokens.count && (i..<(i + n)).allSatisfy({ capWord($0) }) && cities[doc.text(doc.span(tokens: i..<(i + n)))] != nil {
                length = max(length, n)
            }
            guard length > 0, !(i..<(i + length)).contains(where: { taken[$0] }), !capWord(i + length) else { continue }
            let e = i + length
            // an opponent word before it ("against", "loss to"), or one it is the subject of ("beat")
            let oneBefore = i >= 1 && tokens[i - 1].kind == .word && !tokens[i - 1].isCapitalized && opponents.hasSingle(tokens[i - 1])
            let twoBefore = i >= 2 && tokens[i - 1].kind == .word && !tokens[i - 1].isCapitalized
                && opponents.longest(tokens, at: i - 2, end: i).map { $0.length == 2 } == true
            let subject = e < tokens.count && tokens[e].kind == .word && !tokens[e].isCapitalized
                && opponents.firstSingle(tokens[e])?["side"] == "both"
            guard oneBefore || twoBefore || subject else { continue }
            let s = doc.sentence(containingToken: i)
            guard doc.sentences.indices.contains(s) else { continue }
            if titleCase[s] == nil {
                work += doc.sentences[s].tokens.count
                titleCase[s] = ActorRecognizer.capitalizesItsWords(doc.sentences[s].tokens, tokens)
            }
            if titleCase[s]! { continue }
            let name = doc.text(doc.span(tokens: i..<e))
            for k in i..<e { taken[k] = true }
            out.append(Mention(provenance: Provenance(document: doc.id, span: doc.span(tokens: i..<e), sentence: s, rule: "actor.team.city"),
                               text: name, tokens: i..<e, actor: cities[name] ?? name, kind: .organization, form: .name))
            i = e - 1
        }
        return out
    }

    /// Competitions named as leagues are no actors where the article names them only as what is
    /// played or won: an organisation whose name ends in "League" all of whose mentions stand
    /// right before a word of `competition-words` of kind `noun` ("their first ever Champions
    /// League final", "three Premier League titles") or right after one of kind `verb`, perhaps
    /// with "the" ("to have won the UEFA Champions League twice"). Any other mention ("the
    /// Premier League said") keeps them all. One pass over the mentions: linear.
    func dropCompetitions(_ mentions: [Mention], doc: Document, work: inout Int) -> [Mention] {
        let tokens = doc.tokens
        let words = book.lexicons.get("competition-words")
        return ActorRecognizer.droppingPlaces(mentions) { _, m, _ in
            guard m.kind == .organization && !m.tokens.isEmpty && m.tokens.upperBound <= tokens.count else { return .notConsidered }
            work += 1
            guard m.form == .name, tokens[m.tokens.upperBound - 1].lower == "league" else { return .acting }
            let hi = m.tokens.upperBound
            var p = m.tokens.lowerBound - 1
            if p >= 0 && tokens[p].lower == "the" { p -= 1 }
            let before = p >= 0 && tokens[p].kind == .word && !tokens[p].isCapitalized && words.firstSingle(tokens[p])?["kind"] == "verb"
            let after = hi < tokens.count && tokens[hi].kind == .word && !tokens[hi].isCapitalized && words.firstSingle(tokens[hi])?["kind"] == "noun"
            return before || after ? .place : .acting
        }
    }
}
