import Testing
@testable import ChronicleKit

/// Session 26 (issue 18, the dates of events): a relative clause on a time, an interval of less
/// than a day before "after", and the second of two predicates joined by "and" with a time each
/// (`EventTimeLinks.swift`).
@Suite struct EventTimeLinksTests: TypedEventTesting {
    /// "on Monday, during which …", "on Friday night, when …": the clause's events take the time.
    @Test func aClauseOnATimeTakesIt() {
        let during = typed("The crowd gathered in the square on Monday, during which two protesters were shot by police.", date: "2019-11-20")
        #expect(date(during, "shot") == "2019-11-18", "\(seen(during))")
        let when = typed("She was walking home on Friday night, when she was struck twice by a car.", date: "2019-11-20")
        #expect(date(when, "struck") == "2019-11-15", "\(seen(when))")
        // (the clause's own time comes first)
        let own = typed("He lived in the city until 1994, when he was arrested in March 1995 by the police.", date: "2009-01-10")
        #expect(date(own, "arrested") == "1995-03", "\(seen(own))")
    }

    /// Not a question's "when", a clause that opens another after "when", nor a time that
    /// premodifies a noun.
    @Test func notAQuestionNorAnotherClause() {
        let asked = typed("The minister was asked on Monday when the talks would resume.", date: "2019-11-20")
        #expect(date(asked, "talks") == .some(nil), "\(seen(asked))")
        let other = typed("The crowd gathered in the square on Monday, when police said that two protesters were shot.", date: "2019-11-20")
        #expect(date(other, "shot") == .some(nil), "\(seen(other))")
    }

    /// "a few hours after the Monday morning shootings", "shortly after takeoff on Sunday": the
    /// event is of the phrase's day.
    @Test func hoursAfterIsTheSameDay() {
        let hours = typed("LaCalamita had been arrested following a high-speed chase a few hours after the Monday morning shootings at the office.", date: "2007-04-11")
        #expect(date(hours, "arrested") == "2007-04-09", "\(seen(hours))")
        let shortly = typed("The plane crashed shortly after takeoff on Sunday, killing all 150 people on board.", date: "2019-11-20")
        #expect(date(shortly, "crashed") == "2019-11-17", "\(seen(shortly))")
        // (days or weeks are another day: the premodified time stays the noun's)
        let days = typed("The suspect was detained two days after the Monday morning shooting at the school.", date: "2019-11-20")
        #expect(date(days, "detained") == .some(nil), "\(seen(days))")
    }

    /// "touring the capital Thursday and meeting with police leaders Friday morning": the meeting
    /// is Friday; with no time of its own, a predicate after "and" keeps the one before.
    @Test func theSecondConjunctTakesItsOwnTime() {
        let two = typed("The director toured the capital Thursday and met with police leaders Friday morning.", date: "1998-08-21")
        #expect(date(two, "met") == "1998-08-21", "\(seen(two))")
        #expect(date(two, "toured") == "1998-08-20", "\(seen(two))")
        let one = typed("Police arrested the man on Monday and charged him with fraud.", date: "2019-11-20")
        #expect(date(one, "charged") == "2019-11-18", "\(seen(one))")
    }

    /// "during Tuesday's debate" names the debate told before ("a televised election debate"):
    /// one event, of Tuesday; a mention after a time that is no possessive stays apart.
    @Test func aTimesPossessiveJoinsTheEarlierMention() {
        let e = typed("The party was accused on Wednesday of deceiving voters during a televised election debate between the two leaders. Its account posted a series of tweets during Tuesday's debate.", date: "2019-11-20")
        let debates = e.filter { $0.text == "debate" }
        #expect(debates.count == 1 && debates.first?.date == "2019-11-19" && debates.first?.mentions.count == 2, "\(seen(e))")
        let apart = typed("The party was accused on Wednesday of deceiving voters during a televised election debate between the two leaders. Its account posted a series of tweets during a debate on Tuesday.", date: "2019-11-20")
        #expect(apart.filter { $0.text == "debate" }.count == 2, "\(seen(apart))")
    }

    /// Session 29: a time inside a phrase fronted before the first comma dates the clause after it,
    /// a gerund step and a second verb too, and a time premodifying the phrase's noun is its
    /// occasion ("In the final seconds of last week's game, …").
    @Test func aFrontedPhrasesTimeDatesTheClauseAfterIt() {
        let trial = typed("Following a two-day trial in September, a federal jury deliberated for less than ten minutes before convicting Webb of kidnapping the girl.", date: "2019-11-19")
        #expect(date(trial, "convicting") == "2019-09", "\(seen(trial))")
        let game = typed("In the final seconds of last week’s Browns-Steelers game in Cleveland, Browns defensive end Myles Garrett pulled off Steelers quarterback Mason Rudolph’s helmet.", date: "2019-11-18")
        #expect(date(game, "pulled") == "2019-W46", "\(seen(game))")
        // (what a verb of saying after the comma reports is not of the phrase's time)
        let said = typed("In a long verbal attack read on Iraqi television Thursday, Saddam repeatedly called Bush a liar and said a shooting war could produce body bags.", date: "1990-08-16")
        #expect(date(said, "war") == .some(nil), "\(seen(said))")
        // (nor a gerund after "for": the reason of the verb before it)
        let reason = typed("On a morning show on Tuesday, Clinton criticized the officer for shooting a man in Tulsa.", date: "2016-09-21")
        #expect(date(reason, "shooting") != "2016-09-20", "\(seen(reason))")
    }

    /// Not a noun's premodifier after "after" or "following", not an event of a relative clause after
    /// the comma.
    @Test func notAClauseNorAStepsPremodifier() {
        let election = typed("After the 2016 election, the party's leaders pushed for new rules and hired lawyers.", date: "2019-11-19")
        #expect(date(election, "hired") == .some(nil), "\(seen(election))")
        let relative = typed("In a statement on Monday, the ministry named the man who had attacked the convoy.", date: "2019-11-20")
        #expect(date(relative, "attacked") == .some(nil), "\(seen(relative))")
    }

    /// Session 32: a sentence opened by a same-day sequel ("A short time later,") goes on with the
    /// day of the story's occasion across paragraphs and up to six sentences on; "Two days later,"
    /// does not.
    @Test func aSameDaySequelGoesOnWithTheDay() {
        let body = "Police arrested six people on Monday during a drug investigation.\n\nOfficers searched a house.\n\nA dog was brought in.\n\nStory continues below.\n\n"
        let e = typed(body + "A short time later, officers stopped a vehicle near the school.", date: "2023-11-08")
        let stop = e.first { $0.text.hasPrefix("stopped") }
        #expect(stop?.date == "2023-11-06" && stop?.typing?.dateSource == .occasion, "\(seen(e))")
        let days = typed(body + "Two days later, officers stopped a vehicle near the school.", date: "2023-11-08")
        #expect(days.first { $0.text.hasPrefix("stopped") }?.date == nil, "\(seen(days))")
        let tk = Support.analyze("Title\n\nMinutes later, the police arrived.", date: "2023-11-08").document
        #expect(TypedEventFinder.sameDaySequel(tk.sentences.last!.tokens, tk.tokens) != nil)
    }
}
