/// Times an event reaches through another phrase that is about that very time (session 26, issue
/// 18; the words are lines of `events/en/function-words.tsv`, whose examples `FunctionWordsTests`
/// runs; tests in `Tests/ChronicleKitTests/Events/EventTimeLinksTests.swift`):
/// - a relative clause on a time ("on Monday, during which two protesters were shot", "on
///   Friday night, when she was struck") tells an event of that time;
/// - an interval of less than a day before "after" or "before" ("a few hours after the Monday
///   morning shootings", "shortly after takeoff on Sunday") puts the event on the day of the
///   phrase after it;
/// - of two predicates joined by "and", each with a time ("touring the capital Thursday and
///   meeting with police leaders Friday morning"), the second takes its own.
extension TypedEventFinder {
    /// Words right after a time (a comma between or not) that open a clause on it: `time-relative`
    /// ("when", "whereupon").
    static let timeRelatives = FunctionWords.standard.words("time-relative")
    /// Prepositions that, with "which" after them, open a clause on the time before them:
    /// `time-relative-preposition` ("during which", "on which", "at which", "in which").
    static let timeRelativePrepositions = FunctionWords.standard.words("time-relative-preposition")
    /// Words before "after" or "before" that make the interval shorter than a day: `same-day-interval`
    /// ("hours", "minutes", "shortly").
    static let sameDayIntervals = FunctionWords.standard.words("same-day-interval")

    /// The time of the sentence whose relative clause event `x` is in: the time, a comma or not,
    /// then "when" (or "during which", "on which" …), then at most ten tokens with no clause break
    /// before the trigger ("The crowd gathered on Monday, during which two protesters were shot";
    /// "on the night of March 10, during which he allegedly raped …"). Nil when there is none, or
    /// when the time premodifies a noun.
    static func relativeClauseTime(_ x: Site, _ c: SentenceContext, among times: [TimeExpression]) -> TimeExpression? {
        let tk = c.tokens, s = c.sentence.tokens, a = x.site.tokens.lowerBound
        for t in times.reversed() where t.tokens.upperBound < a {
            var j = t.tokens.upperBound
            // (the time's own phrase: "on the night of March 10" ends at the time)
            if j < a, tk[j].lower == "," { j += 1 }
            guard j < a else { continue }
            var open: Int
            if timeRelatives.contains(tk[j].lower) {
                open = j + 1
            } else if timeRelativePrepositions.contains(tk[j].lower), j + 1 < s.upperBound, tk[j + 1].lower == "which" {
                open = j + 2
            } else {
                continue
            }
            guard open <= a, a - open <= 10 else { return nil }
            // (not a question's "when": "was asked on Monday when the talks would resume")
            let b = t.tokens.lowerBound
            if (max(s.lowerBound, b - 2)..<b).contains(where: { whenRelatives.contains(tk[$0].lower) }) { return nil }
            if (open..<a).contains(where: { clauseBreaks.contains(tk[$0].lower) || opensAClause($0, c) || c.timeAt[$0] >= 0 }) { return nil }
            if premodifiesANoun(t, c) { return nil }
            return t
        }
        return nil
    }

    /// The token of "after" or "before", after trigger `x` and before time `t`, that has a word of
    /// less than a day before it ("hours", "minutes", "shortly") and at most two words between it
    /// and the time (a determiner or a possessive: "a few hours after the Monday morning
    /// shootings", "shortly after takeoff on Sunday" is one word more, the noun); no clause break
    /// between the trigger and it. Nil for any other time.
    static func sameDayLink(_ x: TriggerSite, _ t: TimeExpression, _ c: SentenceContext) -> Int? {
        let tk = c.tokens, e = x.tokens.upperBound, b = t.tokens.lowerBound
        guard b > e, b - e <= 14 else { return nil }
        guard let k = (max(e + 1, b - 4)..<b).last(where: { ["after", "before"].contains(tk[$0].lower) }),
              sameDayIntervals.contains(tk[k - 1].lower) else { return nil }
        if (e..<(k - 1)).contains(where: { clauseBreaks.contains(tk[$0].lower) || opensAClause($0, c) }) { return nil }
        // (between "after" and the time: a determiner, a possessive or one noun; no verb, no comma)
        if ((k + 1)..<b).contains(where: { j in tk[j].kind != .word || c.verbTriggers.contains { $0.contains(j) } }) { return nil }
        return k
    }

    /// Whether time `t`, before event `x` with only "and" between them, is the time of the
    /// predicate before "and", and `x` has a time of its own after it in `times` (at most six
    /// tokens after the trigger, no verb event nor clause break between): "After touring the
    /// capital Thursday and meeting with police leaders Friday morning" (the meeting is Friday);
    /// "battered by Hurricane Georges in 1998 and Hurricane Katrina in 2005".
    static func timeOfTheFirstConjunct(_ t: TimeExpression, _ x: Site, _ c: SentenceContext, among times: [TimeExpression]) -> Bool {
        let tk = c.tokens, a = x.site.tokens.lowerBound, e = x.site.tokens.upperBound
        guard t.tokens.upperBound + 1 == a, tk[a - 1].lower == "and" else { return false }
        return times.contains { u in
            u.tokens.lowerBound >= e && u.tokens.lowerBound - e <= 6
                && !(e..<u.tokens.lowerBound).contains { k in clauseBreaks.contains(tk[k].lower) || c.verbTriggers.contains { $0.contains(k) } }
        }
    }

    /// Whether the trigger at token `first` of the sentence on tokens `s` comes right after a
    /// time's possessive ("Tuesday's debate", "last week's attack"): a known occasion, as "the
    /// debate" is, so that the mention joins the earlier one of its kind (`join`) and dates it
    /// ("during a televised election debate … during Tuesday's debate"; session 26, sample u).
    static func possessiveTimeBefore(_ first: Int, _ s: Range<Int>, _ tk: [Token], timeAt: [Int32]) -> Bool {
        guard first - 2 >= s.lowerBound, ["'s", "’s"].contains(tk[first - 1].lower), first - 2 < timeAt.count else { return false }
        return timeAt[first - 2] >= 0
    }

    /// Words before a present participle with no subject of its own that make it a step of the
    /// same time as the verb before them: `simultaneous-gerund` ("while", "when").
    static let simultaneousGerunds = FunctionWords.standard.words("simultaneous-gerund")

    /// Whether token `k` is such a word, with a lowercase word in -ing right after it: a time after
    /// it dates the verb event before it too ("Robert Buckley, 32, fell about 2,000 feet while
    /// climbing to a small hut … on Saturday"; "was killed while driving home on Friday").
    static func simultaneousGerund(_ k: Int, _ c: SentenceContext) -> Bool {
        let tk = c.tokens
        guard simultaneousGerunds.contains(tk[k].lower), k + 1 < c.sentence.tokens.upperBound else { return false }
        let n = tk[k + 1]
        return n.kind == .word && !n.isCapitalized && n.lower.hasSuffix("ing") && n.lower.count > 4
    }
}
