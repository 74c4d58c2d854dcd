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
}
