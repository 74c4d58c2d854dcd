/// What an event's tense says of the times it can take (session 24, issue 18):
/// - a present perfect ("has been arrested", "have signed") or a present passive ("is charged",
///   "are held") tells a state of the article's present: a time that ended before the article's
///   day and is longer than a day ("last year", "in September 2010", "last week") is not its time
///   but that of another phrase of the sentence ("Another man has been arrested in connection with
///   the bombings … last year"; "is charged with murder for the shooting deaths of two co-workers
///   in September 2010"). A day is kept: "has been arrested on Sunday" is common in news.
/// - a perfect done "by" a time was done before it, on no day the text gives ("cannabis had been
///   legalized by 2016").
/// - a past perfect ("had been shared") is told before the time of the clause it depends on: a
///   time outside its own clause, across "that", does not date it ("it was not until Tuesday that
///   Castro revealed that those concerns had been shared").
/// - "and" before a subject pronoun opens a clause of its own: "Police have this morning charged
///   him and he will appear before magistrates" (the appearing is not this morning).
/// The words are those of `events/en/function-words.tsv` (sets `perfect-present`, `perfect-past`,
/// `present-passive`, `clause-subject`).
extension TypedEventFinder {
    enum Perfect { case present, past, presentPassive }

    static let perfectPresent = FunctionWords.standard.words("perfect-present")
    static let perfectPast = FunctionWords.standard.words("perfect-past")
    static let presentPassive = FunctionWords.standard.words("present-passive")
    static let clauseSubjects = FunctionWords.standard.words("clause-subject")

    /// The perfect (or present passive) a verb trigger is told in: its auxiliary among the three
    /// words before it, adverbs and "been" between ("has also been arrested", "had been shared",
    /// "is charged"). Nil for a noun, a simple tense or anything else.
    static func perfect(_ x: TriggerSite, _ c: SentenceContext) -> Perfect? {
        guard !x.isNoun else { return nil }
        let tk = c.tokens, s = c.sentence.tokens
        let a = x.tokens.lowerBound
        // (a participle: a past form, or a word in -ed/-en)
        let w = tk[a].lower
        guard x.isPast || w.hasSuffix("ed") || w.hasSuffix("en") else { return nil }
        var j = a - 1, been = false
        while j >= s.lowerBound, j >= a - 4 {
            let v = tk[j].lower
            if perfectPresent.contains(v) || (been && (v == "'s" || v == "’s")) { return .present }
            if perfectPast.contains(v) { return .past }
            if !been, presentPassive.contains(v) { return .presentPassive }
            if v == "been" { been = true; j -= 1; continue }
            guard tk[j].kind == .word, v.hasSuffix("ly") || GenericVerbs.adverbs.contains(v) else { return nil }
            j -= 1
        }
        return nil
    }

    /// Whether time `t` is ruled out for event `x` by `x`'s present perfect or present passive:
    /// the time ends before the article's day and is longer than a day, and is no "since" phrase.
    static func presentRulesOut(_ t: TimeExpression, _ x: TriggerSite, _ c: SentenceContext) -> Bool {
        // (a perfect done "by" a time was done before it: "cannabis had been legalized by 2016",
        // "has been completed by 2010")
        let b0 = t.tokens.lowerBound
        if (c.tokens[b0].lower == "by" || (b0 > c.sentence.tokens.lowerBound && c.tokens[b0 - 1].lower == "by")),
           let p = perfect(x, c), p != .presentPassive { return true }
        guard let v = t.value, v.count < 10, let d = c.doc.date, let day = CalendarDate(iso: String(d.prefix(10))),
              let p = perfect(x, c), p != .past, let last = lastDay(v), last < day else { return false }
        let b = t.tokens.lowerBound
        return !(c.tokens[b].lower == "since" || (b > c.sentence.tokens.lowerBound && c.tokens[b - 1].lower == "since"))
    }

    /// Whether the tokens `r` between event `x` and a time hold "that" while `x` is told in the
    /// past perfect: the time is another clause's.
    static func pastPerfectAcross(_ r: Range<Int>, _ x: TriggerSite, _ c: SentenceContext) -> Bool {
        r.contains { c.tokens[$0].lower == "that" } && perfect(x, c) == .past
    }

    /// Whether token `k` is "and" before a subject pronoun: a clause of its own begins.
    static func opensAClause(_ k: Int, _ c: SentenceContext) -> Bool {
        c.tokens[k].lower == "and" && k + 1 < c.sentence.tokens.upperBound && clauseSubjects.contains(c.tokens[k + 1].lower)
    }

    /// The last day of a TIMEX3 date value: a year's 31 December, a month's last day, a day itself,
    /// a week's Sunday, a quarter's, half's or season's last day; nil for any other value.
    static func lastDay(_ v: String) -> CalendarDate? {
        if v.count == 4, let y = Int(v) { return CalendarDate(year: y, month: 12, day: 31) }
        guard let first = firstDay(v), let y = Int(v.prefix(4)) else { return nil }
        let rest = v.dropFirst(5)
        if let m = Int(rest.prefix(2)) {
            if rest.count >= 5 { return first }
            return (m == 12 ? CalendarDate(year: y + 1, month: 1, day: 1) : CalendarDate(year: y, month: m + 1, day: 1))?.adding(days: -1)
        }
        switch rest.prefix(1) {
        case "W": return first.adding(days: 6)
        case "H": return first.adding(days: 181)
        default: return first.adding(days: 90)
        }
    }
}

extension TypedEventFinder {
    /// Whether the tokens `r` between an event and a time after it hold a finite verb of a clause
    /// of its own (the tags of `Document.tags`, or of the parse): a content clause without "that"
    /// or a relative clause without a pronoun, its subject a pronoun or a name ("plead guilty to
    /// charges he feigned mental illness in the 1990s", "the plan Obama announced Sunday"). The
    /// time is that verb's. A verb joined
    /// by "and", "or" or a comma shares the event's subject and is no clause of its own
    /// ("arrested and charged him on Monday"), nor is an auxiliary or a form of "be" (session 24).
    static func finiteVerbBetween(_ r: Range<Int>, _ c: SentenceContext) -> Bool {
        let syn = c.doc.wordClasses
        guard syn.count > 0, let tables = syn.tables else { return false }
        let tk = c.tokens, s = c.sentence.tokens
        for k in r where k > s.lowerBound && k + 1 < syn.tokenWord.count && tk[k].kind == .word {
            let w = Int(syn.tokenWord[k])
            guard w < Int(syn.tokenWord[k + 1]), w < syn.upos.count, syn.upos[w] == .VERB else { continue }
            let f = tables.verbFlags[Int(syn.feats[w])]
            guard f == SyntaxTables.finitePast || f == SyntaxTables.finitePresent else { continue }
            let p = tk[k - 1].lower
            if ["and", "or", ",", "to"].contains(p) || GenericVerbs.auxiliaries.contains(p) || GenericVerbs.notHappened.contains(p) { continue }
            // (its subject right before it, inside the span: a pronoun or a name; after a common
            // noun the tagger's past tense is often a participle, "his speech delivered on March 5")
            guard k - 1 >= r.lowerBound else { continue }
            let pw = Int(syn.tokenWord[k - 1])
            guard pw < syn.upos.count, [.PRON, .PROPN].contains(syn.upos[pw]) else { continue }
            return true
        }
        return false
    }
}

extension TypedEventFinder {
    /// Words before "when" that make it no "at the same time as": a verb whose content it asks or
    /// tells ("asked when …", "revealed when …"): set `when-relative`.
    static let whenRelatives = FunctionWords.standard.words("when-relative")
    /// Words that, with a past progressive after them, open a clause of the same time as the verb
    /// event before them, as "when" does: `simultaneous-clause` ("as", "while"; session 29).
    static let simultaneousClauses = FunctionWords.standard.words("simultaneous-clause")

    /// Whether token `k` of the tokens between a verb event told in the simple past and a time after
    /// it is a "when" that makes the two events one time: "73 soldiers were killed en route to
    /// Lebanon when two military helicopters crashed last February", "perished when their boat
    /// sank … in late November". The time of the "when" clause dates the event (session 24).
    /// (The verb is a finite past or a passive after "was"/"were", not a participle on a noun: "a
    /// blood-alcohol test administered when Williams was arrested were released Wednesday"; and the
    /// "when" clause holds one finite verb before the time, so that the time is its own.)
    /// (Session 29: "as" and "while" too, with a past progressive in the clause, "was" or "were" and
    /// a form in -ing: "Webb grabbed the little girl as she and her mother were walking down 6th
    /// Avenue … on May 18"; set `simultaneous-clause`.)
    static func sameTimeWhen(_ k: Int, _ x: Site, _ c: SentenceContext, time: Int) -> Bool {
        let tk = c.tokens
        if tk[k].lower != "when" {
            guard simultaneousClauses.contains(tk[k].lower), k + 2 < time,
                  ((k + 1)..<(time - 1)).contains(where: { ["was", "were"].contains(tk[$0].lower) && tk[$0 + 1].lower.hasSuffix("ing") && tk[$0 + 1].lower.count > 4 }) else { return false }
        }
        // (session 33: a reported event too, "According to evidence presented at trial, Webb grabbed
        // the little girl as she and her mother were walking down … at 6:38 p.m. on Saturday, May 18",
        // now that the time layer reads the clock and its date as one expression)
        // (a reported one only with a time its preposition opens, `fronted-phrase-opener`: "struck by
        // a gray 2013 Toyota Camry, …, according to cops" gives no 2013)
        // (session 34: or with a clock time, which premodifies no noun: "was struck and killed by a
        // motorist when she was crossing Queens Plaza North … a little before 10 p.m. on Friday,
        // according to police")
        guard k > c.sentence.tokens.lowerBound, !x.site.isNoun, x.site.isPast,
              x.status == .happened || x.status == .reported && time > k + 1 && (frontedPhraseOpeners.contains(tk[time - 1].lower) || isClockTime(time, c)),
              !whenRelatives.contains(tk[k - 1].lower), perfect(x.site, c) == nil else { return false }
        let syn = c.doc.wordClasses
        guard syn.count > 0, let tables = syn.tables else { return false }
        // (a verb group: a finite verb or auxiliary, or a past participle after no auxiliary, which
        // the tagger gives a verb in the past it reads as reduced: "when two helicopters crashed in
        // February 1997")
        func finite(_ i: Int) -> Bool {
            guard i + 1 < syn.tokenWord.count else { return false }
            let w = Int(syn.tokenWord[i])
            guard w < Int(syn.tokenWord[i + 1]), w < syn.upos.count, syn.upos[w] == .VERB || syn.upos[w] == .AUX else { return false }
            let f = tables.verbFlags[Int(syn.feats[w])]
            if f == SyntaxTables.participlePast { return i > c.sentence.tokens.lowerBound && !GenericVerbs.auxiliaries.contains(tk[i - 1]) }
            return f == SyntaxTables.finitePast || f == SyntaxTables.finitePresent
        }
        let a = x.site.tokens.lowerBound
        let passive = a > c.sentence.tokens.lowerBound && ["was", "were"].contains(tk[a - 1].lower)
        guard finite(a) || passive else { return false }
        return ((k + 1)..<time).filter(finite).count == 1
    }
}

extension TypedEventFinder {
    /// Whether the time starting at token `t` is a clock time (TIMEX3 type TIME: "10 p.m. on Friday").
    static func isClockTime(_ t: Int, _ c: SentenceContext) -> Bool {
        guard t < c.timeAt.count, c.timeAt[t] >= 0 else { return false }
        return c.times[Int(c.timeAt[t])].type == "TIME"
    }

    /// Whether token `k` is tagged a determiner ("that area"), by the tags of `Document.tags` or of
    /// the parse; without tags, "that" is read as opening a clause.
    static func isDeterminer(_ k: Int, _ c: SentenceContext) -> Bool {
        let syn = c.doc.wordClasses
        guard syn.count > 0, k + 1 < syn.tokenWord.count else { return false }
        let w = Int(syn.tokenWord[k])
        return w < Int(syn.tokenWord[k + 1]) && w < syn.upos.count && syn.upos[w] == .DET
    }
}

/// Session 27 (issue 18): a time that ends a period, and a second predicate between an event and
/// a time after it.
/// - "until", "till", "through" before a time (at most "the end of" between: `function-words.tsv`,
///   sets `period-end`, `period-end-filler`) make it the end of a period, no day of an event:
///   "Jose Mourinho has agreed a deal to replace Mauricio Pochettino … until the end of the
///   2022/23 season" is not of 2022. A clause on it still takes it ("until Tuesday, when he was
///   released": `relativeClauseTime`).
/// - a finite auxiliary and its verb between a verb event that has its own finite verb and a time
///   after it are another predicate, whose time it is: "A video showing the moment a kidnapped girl
///   was rescued by police was released Monday" (the rescue was not on Monday). Not after "and",
///   "or", "but" or a comma (a predicate joined to the event's: "was arrested and was charged on
///   Monday").
extension TypedEventFinder {
    static let periodEnds = FunctionWords.standard.words("period-end")
    static let periodEndFillers = FunctionWords.standard.words("period-end-filler")

    /// Whether the time on tokens `time` of the sentence on tokens `s` ends a period: a word of
    /// `period-end` opens it or stands before it, at most four words of `period-end-filler` between.
    static func endsAPeriod(_ time: Range<Int>, in s: Range<Int>, _ tk: [Token]) -> Bool {
        guard !time.isEmpty else { return false }
        var j = time.lowerBound - 1
        var at: Int? = periodEnds.contains(tk[time.lowerBound].lower) ? time.lowerBound : nil
        while at == nil, j >= s.lowerBound, j >= time.lowerBound - 5 {
            let w = tk[j].lower
            if periodEnds.contains(w) { at = j; break }
            guard periodEndFillers.contains(w) else { return false }
            j -= 1
        }
        guard let u = at else { return false }
        // ("not until": the event happened then, "could not be rescued until the next morning")
        var k = u - 1
        while k >= s.lowerBound, k >= u - 8, tk[k].lower != "," {
            if negations.contains(tk[k]) || tk[k].lower.hasSuffix("n't") { return false }
            k -= 1
        }
        return true
    }

    /// Whether the tokens `r` between verb event `x` and a time after it hold the finite
    /// auxiliary of another predicate and that predicate's verb, `x` having a finite verb of its
    /// own (it is one, or a finite auxiliary stands among the three words before it); the tags of
    /// `Document.tags`, or of the parse.
    static func secondPredicateBetween(_ r: Range<Int>, _ x: TriggerSite, _ c: SentenceContext) -> Bool {
        let syn = c.doc.wordClasses
        guard !x.isNoun, syn.count > 0, let tables = syn.tables else { return false }
        let tk = c.tokens, s = c.sentence.tokens
        func word(_ k: Int) -> Int? {
            guard k >= s.lowerBound, k < s.upperBound, k + 1 < syn.tokenWord.count, tk[k].kind == .word else { return nil }
            let w = Int(syn.tokenWord[k])
            return w < Int(syn.tokenWord[k + 1]) && w < syn.upos.count ? w : nil
        }
        func finite(_ k: Int) -> UPOS? {
            guard let w = word(k), syn.upos[w] == .VERB || syn.upos[w] == .AUX else { return nil }
            let f = tables.verbFlags[Int(syn.feats[w])]
            return f == SyntaxTables.finitePast || f == SyntaxTables.finitePresent ? syn.upos[w] : nil
        }
        let a = x.tokens.lowerBound
        // (a participle after a determiner modifies its noun and has no predicate of its own: "a
        // kidnapped 8-year-old girl was rescued by police was released Monday")
        let modifier = a > s.lowerBound && determiners.contains(tk[a - 1])
        guard modifier || finite(a) == .VERB || (max(s.lowerBound, a - 3)..<a).contains(where: { finite($0) == .AUX }) else { return false }
        for k in r where k > r.lowerBound && finite(k) == .AUX {
            if ["and", "or", "but", ",", "then"].contains(tk[k - 1].lower) { continue }
            // (a clause opened by a word of its own is left to the rules of such clauses: "the
            // contract he signed when he was hired … on April 21, 2004")
            if (r.lowerBound..<k).contains(where: { clauseBreaks.contains(tk[$0]) || subordinators.contains(tk[$0].lower) }) { return false }
            // (its verb may be the last word before the time, which a caller may leave out of `r`)
            var j = k + 1
            if j < s.upperBound, tk[j].lower.hasSuffix("ly") || GenericVerbs.adverbs.contains(tk[j].lower) { j += 1 }
            if j <= r.upperBound, let w = word(j), syn.upos[w] == .VERB { return true }
        }
        return false
    }
}
