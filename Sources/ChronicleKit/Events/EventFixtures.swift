/// Fixtures of sport (session 31): a verb of `sport-fixtures.tsv` ("takes on", "plays",
/// "stopped") tells a game only in a story of sport (its sentence, or the article's headline,
/// reports sport) and only with a named opponent as its object; and a fixture told in the present
/// with no time of its own is on the day of the plan the sentence before tells ("Serbia's Novak
/// Djokovic and Britain's Andy Murray will make their first appearance on Wednesday." / "Serbia
/// takes on Japan and Britain plays the Netherlands.").
extension TypedEventFinder {
    /// Entries that tell a game only in a story of sport, with a named opponent as their object
    /// (`sport-fixtures.tsv`: "Serbia takes on Japan", "Britain plays the Netherlands"; session 31).
    static let sportFixtures = RuleBook.bundledWords("events/en/sport-fixtures.tsv")
    /// Whether site `x` is a fixture of sport that tells no game, and so no event: a noun, or a
    /// verb with no named opponent as its object ("Nadal will play in the final"; "Serbia takes on
    /// Japan" is a game).
    static func tellsNoGame(_ x: Site) -> Bool {
        sportFixtures.contains(x.site.entry.id) && (x.site.isNoun || !x.args.contains { $0.role == "target" && $0.actor != nil })
    }

    /// Entries of motion that tell a visit only with a named country or organization right after
    /// them (`motion-visits.tsv`: "came to the State Department"; session 33).
    static let motionVisits = RuleBook.bundledWords("events/en/motion-visits.tsv")
    /// Whether site `x` is a motion that reaches no named country or organization, and so no
    /// visit: the token after it ("the" read over) starts no actor mention of those kinds ("came to
    /// power", "came to the aid of", "came to an end"; "came to the State Department", "could come
    /// to the U.S. from Cuba" are visits).
    static func arrivesNowhere(_ x: Site, _ c: SentenceContext) -> Bool {
        // (the kind first: a set look-up hashes the id, and most sites are no visit)
        guard x.site.entry.kind == "visit", motionVisits.contains(x.site.entry.id) else { return false }
        // (session 34: and a doer that travels: "goods that Mexico exports come to the United States"
        // is no visit)
        if let agent = x.args.first(where: { $0.role == "agent" }), !isTraveller(agent, c) { return true }
        let s = c.sentence.tokens
        var j = x.site.tokens.upperBound
        if j < s.upperBound, c.tokens[j].lower == "the" { j += 1 }
        guard j < s.upperBound, c.mentionAt[j] >= 0 else { return true }
        let m = c.actors.mentions[Int(c.mentionAt[j])]
        // (the mention starts there, or at the "the" read over)
        guard m.tokens.lowerBound >= x.site.tokens.upperBound else { return true }
        return m.kind != .country && m.kind != .organization
    }

    /// Nouns of people (the one-word entries of the statements' `source-nouns` lexicon: "father",
    /// "ambassadors", "people") that can be a traveller, besides `LocalRoleFinder.peopleNouns`.
    static let personNouns: Set<String> = {
        guard let book = try? RuleBook.standard() else { return [] }
        return Set(book.lexicons.get("source-nouns").entries.filter { $0.surface.count == 1 }.map { $0.surface[0].lowercased() })
    }()

    /// Whether an agent can travel. With the parse, by the head word of its phrase (the word whose
    /// head lies outside it; with the tags only, the word before its first preposition): a pronoun, a name, an actor's mention, or a noun of people by its
    /// lemma ("Ambassadors of 30 African countries", "his father", "who"); not "Mexico exports"
    /// (the tagger's reading of "goods that Mexico exports come to …") nor "Cheap goods". Without
    /// a parse, by its words: an actor, a pronoun, a capitalized word after the first, or a noun of
    /// people. Read for a motion visit only.
    static func isTraveller(_ a: EventTyping.Argument, _ c: SentenceContext) -> Bool {
        let parsed = c.doc.syntax.count > 0
        let syn = parsed ? c.doc.syntax : c.doc.tags
        let s = c.sentence.tokens
        if syn.count > 0, s.upperBound < syn.tokenWord.count,
           let first = s.first(where: { c.tokens[$0].span.start >= a.span.start }),
           let last = s.last(where: { c.tokens[$0].span.end <= a.span.end }), first <= last {
            let words = Int(syn.tokenWord[first])..<Int(syn.tokenWord[last + 1])
            // (the head word: by the parse, or with tags only the word before the first preposition,
            // conjunction or punctuation after the first word, else the last)
            let head = parsed ? words.first(where: { !words.contains(Int(syn.head[$0])) })
                : words.dropFirst().first(where: { [.ADP, .SCONJ, .PUNCT, .CCONJ].contains(syn.upos[$0]) }).map { $0 - 1 } ?? words.last
            guard let h = head else { return false }
            switch syn.upos[h] {
            case .PRON, .PROPN: return true
            case .NOUN:
                let t = Int(syn.wordToken[h])
                if t < c.mentionAt.count, c.mentionAt[t] >= 0 { return true }
                let l = syn.lemma[h].lowercased()
                return LocalRoleFinder.peopleNouns.contains(l) || personNouns.contains(l) || personNouns.contains(c.tokens[t].lower)
            default: return false
            }
        }
        if a.actor != nil { return true }
        let words = a.text.split(separator: " ")
        if words.count == 1, let w = words.first, travellerPronouns.contains(w.lowercased()) { return true }
        for (k, w) in words.enumerated() {
            if k > 0, w.first?.isUppercase == true { return true }
            let l = w.lowercased()
            if LocalRoleFinder.peopleNouns.contains(l) || personNouns.contains(l) { return true }
        }
        return false
    }
    /// Pronouns that name someone who can travel: `traveller-pronoun` of `function-words.tsv`.
    static let travellerPronouns = FunctionWords.standard.words("traveller-pronoun")

    /// Whether the article's headline (its sentences inside `Document.title`) reports sport
    /// (`reportsSport`): "Nadal keeps Spain alive against Russia in Davis Cup Finals" makes
    /// "Serbia takes on Japan and Britain plays the Netherlands" a story of sport. Read once per
    /// article, and only for a fixture of sport.
    static func headlineReportsSport(_ doc: Document, mentionAt: [Int32], timeAt: [Int32], actors: ActorLayer, times: [TimeExpression]) -> Bool {
        guard let title = doc.title else { return false }
        for s in doc.sentences {
            guard title.contains(s.span) else { break }
            if reportsSport(SentenceContext(doc: doc, sentence: s, mentionAt: mentionAt, timeAt: timeAt, actors: actors, times: times)) { return true }
        }
        return false
    }

    /// The day a fixture in the present with no time of its own takes (date source `occasion`):
    /// that of the first planned event dated to a day after the article's in the sentence right
    /// before it, of the same paragraph. `fixtures` marks the events (in order) that are such
    /// fixtures; one pass over the events.
    static func carryFixtureDay(_ events: inout [Event], fixtures: [Bool], doc: Document) {
        guard fixtures.contains(true), let article = doc.date.map({ String($0.prefix(10)) }) else { return }
        // the planned day of the last sentence seen: (sentence, day)
        var plan: (sentence: Int, day: String)?
        for k in events.indices {
            let n = events[k].provenance.sentence
            if k < fixtures.count, fixtures[k], events[k].date == nil, let p = plan, p.sentence == n - 1,
               doc.sentences.indices.contains(n), doc.sentences[n].paragraph == doc.sentences[p.sentence].paragraph,
               let src = events[k].typing?.dateSource, src == .none || src == .article {
                events[k].date = p.day
                events[k].typing?.dateSource = .occasion
                events[k].typing?.fallbackDate = nil
            }
            if plan?.sentence != n, events[k].typing?.status == .planned, let d = events[k].date, d.utf8.count == 10, d > article {
                plan = (n, d)
            }
        }
    }
}
