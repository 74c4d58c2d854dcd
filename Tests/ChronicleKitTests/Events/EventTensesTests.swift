import Testing
@testable import ChronicleKit

/// Session 24 (issue 18, the dates of events): what an event's tense says of the times it can take
/// (`EventTenses.swift`).
@Suite struct EventTensesTests: TypedEventTesting {
    /// A present perfect or a present passive takes no time longer than a day that ended before
    /// the article's day; a day, a "since" phrase and a time of the present are kept.
    @Test func aPresentPerfectTakesNoPastPeriod() {
        let e = typed("Another man has been arrested in connection with the bombings of U.S. embassies in Kenya and Tanzania last year that killed 224 people.", date: "1999-10-08")
        #expect(date(e, "arrested") == .some(nil), "\(seen(e))")
        let hiller = typed("Yvonne Hiller is charged with murder for the shooting deaths of two female co-workers in September 2010.", date: "2013-06-10")
        #expect(date(hiller, "charged") == .some(nil), "\(seen(hiller))")
        // (kept: a day, a time that holds the article's day, the simple past)
        let day = typed("The suspect has been arrested on Sunday in Lagos.", date: "2019-11-20")
        #expect(date(day, "arrested") == "2019-11-17", "\(seen(day))")
        let week = typed("Police have arrested six people this week in the city.", date: "2019-11-20")
        #expect(date(week, "arrested") == "2019-W47", "\(seen(week))")
        let past = typed("Another man was arrested in connection with the bombings last year.", date: "1999-10-08")
        #expect(date(past, "arrested") == "1998", "\(seen(past))")
    }

    /// A past perfect across "that" from a time is not of that time; in its own clause it is.
    @Test func aPastPerfectIsBeforeTheTimeItDependsOn() {
        let e = typed("It was not until Tuesday that Castro revealed that those concerns had been shared directly with the U.S. government.", date: "2000-03-28")
        #expect(e.contains { $0.text == "shared" } && date(e, "shared") == .some(nil), "\(seen(e))")
        let own = typed("Police said the man had been arrested on Monday in Paris.", date: "2019-11-20")
        #expect(date(own, "arrested") == "2019-11-18", "\(seen(own))")
    }

    /// "and" before a subject pronoun opens a clause: the time before it is not that clause's; a
    /// verb joined by "and" alone shares it.
    @Test func andWithASubjectOpensAClause() {
        let e = typed("Police charged him on Monday and he will appear before magistrates.", date: "2013-06-10")
        #expect(date(e, "appear") == .some(nil), "\(seen(e))")
        let shared = typed("Police arrested a man on Monday and charged him with murder.", date: "2013-06-10")
        #expect(date(shared, "charged") == "2013-06-10", "\(seen(shared))")
    }

    /// A time after the finite verb of a clause of its own (no "that") is that verb's; the fronted
    /// time dates the main event.
    @Test func aTimeOfAnEmbeddedClauseIsItsVerbs() {
        let e = typed("In April 2003, Gigante pleaded guilty to charges he feigned mental illness in 1997, adding three years to his sentence.", date: "2005-12-19")
        #expect(date(e, "pleaded") == "2003-04", "\(seen(e))")
        // (a verb joined by "and" shares the event's time)
        let joined = typed("The gunman robbed and killed the driver on Monday.", date: "2013-06-10")
        #expect(date(joined, "robbed") == "2013-06-10", "\(seen(joined))")
    }

    /// A perfect done "by" a time was done before it: no date; a year the text writes is not moved
    /// to the year before, though after the article's day.
    @Test func byATimeAndAWrittenYear() {
        let e = typed("In Colorado, where cannabis had been legalized by 2016, sales rose.", date: "2019-11-20")
        #expect(e.contains { $0.text == "legalized" } && date(e, "legalized") == .some(nil), "\(seen(e))")
        let film = typed("Lionsgate is also under pressure to meet a previously announced November 2013 release date for Catching Fire.", date: "2012-04-09")
        #expect(film.contains { $0.date == "2013-11" } && !film.contains { $0.date == "2012-11" }, "\(seen(film))")
    }

    /// A verb in the simple past takes the time of the "when" clause after it (one time); not a
    /// perfect, nor after a verb that asks.
    @Test func aWhenClauseIsTheSameTime() {
        let e = typed("In addition, 73 soldiers were killed en route to Lebanon when two military helicopters crashed in February 1997.", date: "1998-03-01")
        #expect(date(e, "killed") == "1997-02", "\(seen(e))")
        let perfect = typed("Many soldiers have died when helicopters crashed in February 1997.", date: "1998-03-01")
        #expect(date(perfect, "died") == .some(nil), "\(seen(perfect))")
        // (a participle on a noun, and a "when" clause the time is not in, take none)
        let test = typed("Results from a blood-alcohol test administered when Williams was arrested were released Wednesday.", date: "2009-04-02")
        #expect(date(test, "administered") != "2009-04-01", "\(seen(test))")
    }

    /// Session 29: a "when" clause reaches a time up to 26 tokens away; "as" and "while" with a past
    /// progressive are such a clause too.
    @Test func aProgressiveClauseOfTheSameTimeReachesFarther() {
        let far = typed("A female pedestrian was struck by a motorist when she was crossing Queens Plaza North near 27th Street a little before 10 p.m. on Friday.", date: "2013-09-16")
        #expect(date(far, "struck") == "2013-09-13", "\(seen(far))")
        let walking = typed("Webb grabbed the little girl as she and her mother were walking down Fort Worth's 6th Avenue near the old bridge on May 18.", date: "2019-11-19")
        #expect(date(walking, "grabbed") == "2019-05-18", "\(seen(walking))")
        // (a progressive of another clause, after a comma, is not the same time)
        let other = typed("A female pedestrian was struck by a motorist near the bridge, police said, and officers who were searching the area all night found the car abandoned in a garage on Friday.", date: "2013-09-16")
        #expect(date(other, "struck") == .some(nil), "\(seen(other))")
    }

    /// A noun event opening its sentence as the subject of a dated verb event takes its day; a time
    /// after a relative "that" dates no event of the main clause.
    @Test func aSubjectNounAndARelativeThat() {
        let storm = typed("A storm system dumped about 2 inches (50.8 millimeters) of rain in the San Diego County area on Tuesday and more was expected Wednesday.", date: "2019-11-20")
        #expect(date(storm, "storm") == "2019-11-19", "\(seen(storm))")
        let fire = typed("Voluntary evacuation warnings were issued for a few communities in an area of Orange and Riverside counties that was burned in a wildfire last year.", date: "2019-11-20")
        #expect(date(fire, "evacuation") == .some(nil), "\(seen(fire))")
        #expect(date(fire, "wildfire") == "2018", "\(seen(fire))")
    }

    @Test func theLastDayOfAValue() {
        #expect(TypedEventFinder.lastDay("1998")?.description == "1998-12-31")
        #expect(TypedEventFinder.lastDay("2010-09")?.description == "2010-09-30")
        #expect(TypedEventFinder.lastDay("2019-12")?.description == "2019-12-31")
        #expect(TypedEventFinder.lastDay("2019-W46")?.description == "2019-11-17")
        #expect(TypedEventFinder.lastDay("2019-11-18")?.description == "2019-11-18")
        #expect(TypedEventFinder.lastDay("199") == nil)
    }

    /// A warrant executed or served is a legal step, no killing.
    @Test func anExecutedWarrantIsNoKilling() {
        let e = typed("Officers executed a search warrant Monday evening on a detached garage.", date: "2019-11-20")
        #expect(e.contains { $0.typing?.type == "legal" } && !e.contains { $0.typing?.type == "violence" }, "\(seen(e))")
        let k = typed("The regime executed three activists.", date: "2019-11-20")
        #expect(k.contains { $0.typing?.type == "violence" }, "\(seen(k))")
    }

    /// Session 27: a time after "until" (at most "the end of" between) ends a period and dates no
    /// event, a rule event's neither; a clause on it still takes it.
    @Test func aTimeThatEndsAPeriodIsNoDate() {
        let a = Support.analyze("Title\n\nJose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager until the end of the 2022/23 season.", date: "2019-11-20")
        #expect(a.events.contains { $0.text.contains("deal") } && !a.events.contains { $0.date?.hasPrefix("2022") == true }, "\(seen(a.events))")
        let through = typed("The two sides signed a contract through 2025.", date: "2019-11-20")
        #expect(through.contains { $0.text == "signed" } && through.first { $0.text == "signed" }?.date == nil, "\(seen(through))")
        // ("not until": the event happened then)
        let notUntil = typed("The climbers could not be rescued until Tuesday morning.", date: "2019-11-20")
        #expect(notUntil.contains { $0.text == "rescued" && $0.date == "2019-11-19" }, "\(seen(notUntil))")
        let when = typed("He lived in the city until Tuesday, when he was arrested by the police.", date: "2019-11-20")
        #expect(date(when, "arrested") == "2019-11-19", "\(seen(when))")
    }

    /// Session 27: another predicate's finite auxiliary and verb between a verb event and a time
    /// after it: the time is that predicate's ("the moment a girl was rescued by police was
    /// released Monday"); a predicate joined by "and" shares it.
    @Test func aSecondPredicateTakesTheTimeAfterIt() {
        let video = typed("A video showing the moment a kidnapped girl was rescued by police was released Monday.", date: "2019-11-20")
        #expect(video.contains { $0.text == "rescued" } && date(video, "rescued") == .some(nil), "\(seen(video))")
        let joined = typed("The man was arrested and was charged with murder on Monday.", date: "2019-11-20")
        #expect(date(joined, "charged") == "2019-11-18", "\(seen(joined))")
    }
}
