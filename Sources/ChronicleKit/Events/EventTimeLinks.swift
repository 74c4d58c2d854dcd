/// Times an event reaches through another phrase that is about that very time (session 26, issue
/// 18; the words are lines of `events/en/function-words.tsv`, whose examples `FunctionWordsTests`
/// runs; tests in `Tests/ChronicleKitTests/Events/EventTimeLinksTests.swift`):
/// - a relative clause on a time ("on Monday, during which two protesters were shot", "on
///   Friday night, when she was struck") tells an event of that time;
/// - an interval of less than a day before "after" or "before" ("a few hours after the Monday
///   morning shootings", "shortly after takeoff on Sunday") puts the event on the day of the
///   phrase after it;
/// - of two predicates joined by "and", each with a time ("touring the capital Thursday and
///   meeting with police leaders Friday morning"), the second takes its own;
/// - (session 29) a time inside a phrase fronted before the sentence's first comma ("Following a
///   two-day trial in September, a jury … convicted", "In the final seconds of last week's game,
///   Garrett pulled off …") dates the main clause after the comma, as "On Monday," does.
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
    /// Words of a short interval that, in a phrase opening a sentence and ending in "later" or
    /// "after", make the sentence a sequel of the same day: `same-day-sequel` (session 32).
    static let sameDaySequelWords = FunctionWords.standard.words("same-day-sequel")
    /// The word that ends such a phrase, right before its comma: `same-day-sequel-end` ("later",
    /// "after", "afterward", "afterwards"; session 33: until then a list in the code).
    static let sameDaySequelEnds = FunctionWords.standard.words("same-day-sequel-end")

    /// Whether sentence `s` opens with a phrase of a short interval that tells what came next on
    /// the same day (session 32; `carryOccasion`): at most four words, one of `same-day-sequel`,
    /// the last one of `same-day-sequel-end` ("later", "after", "afterward", "afterwards"), then a comma ("A short time later,
    /// officers stopped a vehicle driven by …", "Minutes later, …", "Shortly afterwards, …"; not
    /// "Two days later," nor "Later,", which tell no interval of the same day). The index of the
    /// comma, nil when there is none. Reads at most five tokens.
    static func sameDaySequel(_ s: Range<Int>, _ tk: [Token]) -> Int? {
        // (the comma and the word before it first, so that a sentence that opens otherwise costs no
        // look-up)
        var j = s.lowerBound
        while j < s.upperBound, j < s.lowerBound + 5, tk[j].kind == .word { j += 1 }
        guard j > s.lowerBound, j < s.upperBound, tk[j].lower == ",", sameDaySequelEnds.contains(tk[j - 1].lower),
              (s.lowerBound..<(j - 1)).contains(where: { sameDaySequelWords.contains(tk[$0].lower) }) else { return nil }
        return j
    }

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
            if (open..<a).contains(where: { clauseBreaks.contains(tk[$0]) || opensAClause($0, c) || c.timeAt[$0] >= 0 }) { return nil }
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
        if (e..<(k - 1)).contains(where: { clauseBreaks.contains(tk[$0]) || opensAClause($0, c) }) { return nil }
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
                && !(e..<u.tokens.lowerBound).contains { k in clauseBreaks.contains(tk[k]) || c.verbTriggers.contains { $0.contains(k) } }
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

    /// Prepositions that open a phrase fronted before the sentence's first comma whose time is the
    /// main clause's time: `fronted-phrase-opener` ("in", "on", "at", "during", "amid").
    static let frontedPhraseOpeners = FunctionWords.standard.words("fronted-phrase-opener")
    /// Prepositions that open a fronted phrase of a step right before the main clause ("following",
    /// "after"): its time dates the main clause only when it is a month or a day and names the
    /// phrase's own time, no noun's premodifier ("After the 2016 election, …" is no date of what
    /// follows): `fronted-step-opener`.
    static let frontedStepOpeners = FunctionWords.standard.words("fronted-step-opener")

    /// The calendar time inside a phrase fronted before the sentence's first comma, for event `x`
    /// of the clause after that comma (session 29): the sentence opens with a word of
    /// `fronted-phrase-opener` or `fronted-step-opener`, its first comma comes within 16 tokens, the
    /// phrase before it holds exactly one calendar time that ends at most six tokens before the
    /// comma, and no verb event nor finite verb with its subject ("After he met Putin on Monday,"
    /// is a clause, whose time the existing rules read). "Following a two-day trial in September,
    /// a federal jury … deliberated … before convicting Webb" (September); "In the final seconds of
    /// last week's Browns-Steelers game in Cleveland, Garrett pulled off Rudolph's helmet" (the
    /// week: a time that premodifies the phrase's noun is the phrase's occasion). Nil otherwise.
    /// Reads at most the 16 tokens of the phrase, only in a sentence that opens with such a word.
    static func frontedPhraseTime(_ x: Site, _ c: SentenceContext) -> TimeExpression? {
        let tk = c.tokens, s = c.sentence.tokens, o = s.lowerBound
        guard !s.isEmpty, !c.calendarTimes.isEmpty else { return nil }
        let opener = tk[o].lower
        let step = frontedStepOpeners.contains(opener)
        guard step || frontedPhraseOpeners.contains(opener) else { return nil }
        guard let comma = ((o + 1)..<min(s.upperBound, o + 17)).first(where: { tk[$0].lower == "," }),
              comma < x.site.tokens.lowerBound else { return nil }
        let inside = c.calendarTimes.filter { $0.tokens.lowerBound > o && $0.tokens.upperBound <= comma }
        guard inside.count == 1, let t = inside.first, comma - t.tokens.upperBound <= 6 else { return nil }
        if endsAPeriod(t.tokens, in: s, tk) { return nil }
        let phrase = (o + 1)..<comma
        if c.verbTriggers.contains(where: { $0.lowerBound < comma }) || finiteVerbBetween(phrase, c) { return nil }
        if phrase.contains(where: { clauseBreaks.contains(tk[$0]) && !(c.timeAt[$0] >= 0) }) { return nil }
        // (not an event of a content clause after the main verb: "In a Monday interview, she pointed
        // out that her work demonstrates …")
        if (comma..<x.site.tokens.lowerBound).contains(where: { tk[$0].lower == "that" && !isDeterminer($0, c) }) { return nil }
        // (nor a clause of its own after "and" and a subject, "In 2002, she became president …, and she
        // has received numerous awards", nor a perfect)
        // (nor what a verb of saying after the comma reports: "In a long verbal attack read on Iraqi
        // television Thursday, Saddam … said a shooting war could produce body bags")
        if (comma..<x.site.tokens.lowerBound).contains(where: { opensAClause($0, c) || sayingForms.contains(tk[$0].lower) }) || perfect(x.site, c) != nil { return nil }
        // (nor the content of a legal step, an accusation or a call after the comma: "… before
        // convicting Webb of kidnapping the girl" is not of the trial's month)
        // (a gerund after "for", "of", "over" or "against" is the reason or the content of the verb
        // before it, whatever that verb is: "On The Steve Harvey Morning Show on Tuesday, Clinton
        // criticized … officer Betty Shelby for shooting and killing Terence Crutcher")
        let a = x.site.tokens.lowerBound
        if a - 1 > comma, ["of", "for", "over", "against"].contains(tk[a - 1].lower), tk[a].lower.hasSuffix("ing") { return nil }
        if a - 1 > comma, ["of", "for", "with", "over", "against"].contains(tk[a - 1].lower),
           c.verbTriggers.indices.contains(where: { n in
               c.verbTriggers[n].upperBound <= a && a - c.verbTriggers[n].upperBound <= 6 && n < c.verbTriggerKinds.count && contentKinds.contains(c.verbTriggerKinds[n])
           }) { return nil }
        if step {
            guard let v = t.value, v.count == 7 || v.count == 10, !premodifiesANoun(t, c) else { return nil }
        }
        return t
    }
}
