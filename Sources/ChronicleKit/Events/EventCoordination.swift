extension TypedEventFinder {
    /// Words that join a predicate to the one before it, sharing its subject: `coordinated-predicate`
    /// of `events/en/function-words.tsv` ("and", "but").
    static let predicateJoiners = FunctionWords.standard.words("coordinated-predicate")
    /// Adverbs that move a joined predicate to a time of its own: `coordinate-stop` ("later",
    /// "then", "eventually": "was detained on Tuesday but later released").
    static let coordinateStops = FunctionWords.standard.words("coordinate-stop")

    /// The clause breaks (a comma, "but") that join verb event `x` to the predicate before it, so
    /// that a time before them, of that predicate, is `x`'s too (session 25, sample t and u): a
    /// predicate joined by "but" or ", and" with no subject of its own, the verb in the past or a
    /// passive with "was"/"were" and at most two adverbs between ("tried to enter California on
    /// May 16 but was caught by police"; "the problems began … on Tuesday, and were resolved at
    /// approximately 09:40"), or a present participle after a comma ("on Thursday thwarted a
    /// multi-boat attack …, apprehending 26 Somali pirates"). Not after a stop adverb ("but later
    /// released"), a perfect or a modal (the walk stops at "has", "had", "will": no joiner),
    /// nor for an event that is not told as done (or as reported: "According to SEACOM, the
    /// problems began …"). Empty when there is no such join.
    static func predicateJoin(_ x: Site, _ c: SentenceContext) -> Set<Int> {
        guard !x.site.isNoun, x.status == .happened || x.status == .reported else { return [] }
        let tk = c.tokens, s = c.sentence.tokens, a = x.site.tokens.lowerBound
        guard a - 1 > s.lowerBound else { return [] }
        let syn = c.doc.wordClasses
        func xpos(_ k: Int) -> String? {
            guard syn.count > 0, k + 1 < syn.tokenWord.count else { return nil }
            let w = Int(syn.tokenWord[k])
            return w < Int(syn.tokenWord[k + 1]) && w < syn.count ? syn.xpos(w) : nil
        }
        // a present participle after a comma
        if tk[a - 1].lower == ",", xpos(a) == "VBG" { return [a - 1] }
        guard x.site.isPast else { return [] }
        var j = a - 1, adverbs = 0
        while j > s.lowerBound, j >= a - 3 {
            let w = tk[j].lower
            if coordinateStops.contains(w) { return [] }
            if w == "was" || w == "were" { j -= 1; continue }
            if tk[j].kind == .word, adverbs < 2, xpos(j).map({ $0.hasPrefix("RB") }) ?? false { adverbs += 1; j -= 1; continue }
            break
        }
        guard j < a, predicateJoiners.contains(tk[j].lower) else { return [] }
        var out: Set<Int> = [j]
        if j - 1 > s.lowerBound, tk[j - 1].lower == "," { out.insert(j - 1) }
        return out
    }

    /// Whether the word right after time `t` is a noun, a name, an adjective or a number (by the
    /// tags of `Document.tags`): the time premodifies it ("the 2005 Tony Awards"); through times
    /// joined by "and", "or" or a comma ("both the 2004 and 2005 Tony Awards").
    static func premodifiesANoun(_ t: TimeExpression, _ c: SentenceContext) -> Bool {
        var k = t.tokens.upperBound
        let syn = c.doc.wordClasses, tk = c.tokens, s = c.sentence.tokens
        var n = 0
        while n < 4, k + 1 < s.upperBound, ["and", "or", ","].contains(tk[k].lower), c.timeAt[k + 1] >= 0 {
            k = max(k + 2, c.times[Int(c.timeAt[k + 1])].tokens.upperBound)
            n += 1
        }
        guard k < s.upperBound, syn.count > 0, k + 1 < syn.tokenWord.count else { return false }
        let w = Int(syn.tokenWord[k])
        return w < Int(syn.tokenWord[k + 1]) && w < syn.count && [.NOUN, .PROPN, .ADJ, .NUM].contains(syn.upos[w])
    }

    /// Whether time `t` comes right after a verb of saying ("said Monday", "said on Tuesday") before
    /// event `x` of the reported clause, and `x` is told as still to come or as done before the
    /// saying (a past perfect): the time is the saying's, not the event's ("officials said Monday
    /// they will order the Miami relatives …"; "police said on Tuesday they had arrested 14
    /// foreigners"; session 25, sample t). An event in the simple past keeps it ("said Monday they
    /// arrested …" tells no other time).
    static func sayingTimeBefore(_ t: TimeExpression, _ x: Site, _ c: SentenceContext) -> Bool {
        let tk = c.tokens, s = c.sentence.tokens, b = t.tokens.lowerBound
        guard t.tokens.upperBound <= x.site.tokens.lowerBound, b > s.lowerBound else { return false }
        guard x.status == .planned || x.status == .hypothetical || perfect(x.site, c) == .past else { return false }
        let v = tk[b].lower == "on" || tk[b - 1].lower == "on" ? (tk[b].lower == "on" ? b - 1 : b - 2) : b - 1
        guard v >= s.lowerBound, sayingForms.contains(tk[v].lower) else { return false }
        // (no other verb event between the time and the trigger: the time is the saying's, and
        // the trigger is the first event of what was said)
        return !c.verbTriggers.contains { $0.lowerBound >= t.tokens.upperBound && $0.upperBound <= x.site.tokens.lowerBound }
    }
}

extension TypedEventFinder {
    /// Whether token `k`, a "that" right after time `t`, closes a cleft that puts the time on the
    /// clause after it: "It was not until Tuesday that Castro revealed …", "It was on Friday that
    /// the talks collapsed" (session 25, sample e). "it", a form of "be" ("was", "is", "'s"), then
    /// at most "not", "only", "until", "on", "in" or "at" before the time. The event is the first
    /// verb event after "that" (a later one, "revealed that the concerns had been shared", is of
    /// another clause).
    static func cleftThat(_ k: Int, _ t: TimeExpression, _ x: Site, _ c: SentenceContext) -> Bool {
        let tk = c.tokens, s = c.sentence.tokens
        guard tk[k].lower == "that", k == t.tokens.upperBound, !x.site.isNoun, x.site.tokens.lowerBound > k else { return false }
        var j = t.tokens.lowerBound - 1
        while j > s.lowerBound, j >= t.tokens.lowerBound - 3, cleftFillers.contains(tk[j].lower) { j -= 1 }
        guard j > s.lowerBound, cleftVerbs.contains(tk[j].lower), tk[j - 1].lower == "it" else { return false }
        return !c.verbTriggers.contains { $0.lowerBound > k && $0.upperBound <= x.site.tokens.lowerBound }
    }

    /// The words of a cleft before its time (`cleft-filler` of `events/en/function-words.tsv`)
    /// and its forms of "be" (`cleft-verb`).
    static let cleftFillers = FunctionWords.standard.words("cleft-filler")
    static let cleftVerbs = FunctionWords.standard.words("cleft-verb")
}

extension TypedEventFinder {
    /// Whether time `t`, after planned event `x`, ended more than a month before the article's day:
    /// a thing still to come is not of a past time, which is another phrase's ("said Friday it
    /// would investigate the … genocide of … Tutsis in Rwanda nearly four years ago": the genocide's;
    /// session 25, TempEval-3). A verb not in the past only: a noun takes its status from the verb
    /// that governs it ("would resolve part of a broad investigation … in the past year"), and a
    /// past form tells a done thing ("warns that such groups grew rapidly last year"). A time
    /// before the trigger is left to the other rules.
    /// (session 36: a complement planned by the verb that governs it keeps a time right after it,
    /// "personally invited him to visit her in January 2012": at most three tokens between, none
    /// a noun of the tags, so that the time is no other noun's)
    static func pastTimeOfAPlan(_ t: TimeExpression, _ x: Site, _ c: SentenceContext) -> Bool {
        guard x.status == .planned, !x.site.isNoun, !x.site.isPast, t.tokens.lowerBound >= x.site.tokens.upperBound, let v = t.value, let d = c.doc.date,
              let day = CalendarDate(iso: String(d.prefix(10))), let last = lastDay(String(v.prefix(10))) else { return false }
        guard last < day.adding(days: -31) else { return false }
        return !(x.complementOf != nil && plannedByItsGovernor(x.site.tokens.upperBound..<t.tokens.lowerBound, c))
    }

    /// Whether the tokens between a complement and a time after it are at most three words, none
    /// a noun of the tags ("to visit her in", "to meet Suu Kyi in"): the time is the complement's.
    static func plannedByItsGovernor(_ r: Range<Int>, _ c: SentenceContext) -> Bool {
        let tk = c.tokens
        let syn = c.doc.wordClasses
        guard r.count <= 3, syn.count > 0 else { return false }
        for k in r {
            guard tk[k].kind == .word, k + 1 < syn.tokenWord.count else { return false }
            let w = Int(syn.tokenWord[k])
            if w < Int(syn.tokenWord[k + 1]), w < syn.upos.count, syn.upos[w] == .NOUN { return false }
        }
        return true
    }
}

extension TypedEventFinder {
    /// Whether verb event `y` is joined to verb event `x`, the event right before it in its
    /// sentence, as a second predicate of the same subject (session 32): a word of
    /// `coordinated-predicate` ("and", "but") right before `y`, both told in the simple past as
    /// done, and between `x` and that word only its object's words (no punctuation, no clause
    /// word, no other event): "killed an off-duty police officer and maimed a nurse", "loaded a
    /// shell into the chamber and shot". A subject of its own ("and the driver fled"), an
    /// auxiliary or an adverb ("and has been released", "but later released") is no such join.
    static func joinsThePredicateBefore(_ y: Site, _ x: Site, _ c: SentenceContext) -> Bool {
        let tk = c.tokens
        let a = x.site.tokens.upperBound, j = y.site.tokens.lowerBound - 1
        guard !x.site.isNoun, !y.site.isNoun, x.site.isPast, y.site.isPast, x.status == .happened, y.status == .happened,
              j >= a, j - a <= 10, predicateJoiners.contains(tk[j].lower) else { return false }
        return (a..<j).allSatisfy { k in (tk[k].kind == .word || tk[k].kind == .number) && !clauseBreaks.contains(tk[k]) && !predicateJoiners.contains(tk[k].lower) }
    }

    /// Gives each undated verb event joined to the verb event before it (`joins`, in the order of
    /// `events`; `joinsThePredicateBefore`) that event's own date: a second predicate of the same
    /// subject tells the same occasion ("Eric Rudolph has been on the run since the January 1998
    /// bombing of a Birmingham abortion clinic that killed an off-duty police officer and maimed a
    /// nurse": the maiming is of January 1998 as the killing is). Only a date the first predicate
    /// has from the text (its clause, its sentence, a relative clause, the story's occasion, or
    /// its own first predicate), never a fallback. One pass over the events, after the occasion is
    /// carried.
    static func shareCoordinatedDates(_ events: inout [Event], joins: [Bool]) {
        for k in events.indices where k > 0 && k < joins.count && joins[k] {
            guard events[k].date == nil, let src = events[k].typing?.dateSource, src == .none || src == .article,
                  events[k - 1].provenance.sentence == events[k].provenance.sentence, let d = events[k - 1].date,
                  let from = events[k - 1].typing?.dateSource, [.clause, .sentence, .relative, .occasion, .coordinated].contains(from) else { continue }
            events[k].date = d
            events[k].typing?.dateSource = .coordinated
            events[k].typing?.fallbackDate = nil
        }
    }
}
