import Testing
@testable import ChronicleKit

/// Session 22 (issue 18, the dates of events): clues a reader dates an event by that the clause
/// scan missed: a date set off by commas before its noun, an "including" phrase between a verb
/// and its time, a relative clause that tells how a noun event went, and a definite mention of
/// another day that is another event.
@Suite struct EventDateCluesTests {
    static let finder = try! TypedEventFinder()

    func typed(_ body: String, date: String? = "1999-06-07") -> [Event] {
        let a = Support.analyze("Title\n\n" + body, date: date)
        return Self.finder.find(a.document, actors: a.actors, times: a.times)
    }

    func seen(_ e: [Event]) -> String { "\(e.map { ($0.text, $0.kind, $0.date ?? "-", $0.typing?.dateSource.rawValue ?? "-") })" }

    /// "The Aug. 7, 1998, bombings": a date with its year, set off by commas before a noun after
    /// a determiner, is the noun's; not a time before a comma that ends a fronted phrase.
    @Test func aDateBeforeItsNounDatesIt() {
        let e = typed("The Aug. 7, 1998, bombings killed more than 200 people, including 12 Americans.")
        #expect(e.first { $0.text == "bombings" }?.date == "1998-08-07", "\(seen(e))")
        let pan = typed("Two Libyans were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103 over Scotland.")
        #expect(pan.first { $0.text == "bombing" }?.date == "1988-12-21", "\(seen(pan))")
        // (a fronted time before a comma is the sentence's, not a noun's after it)
        let fronted = typed("In 1998, bombings of two embassies shook East Africa.")
        #expect(fronted.first { $0.text == "bombings" }?.typing?.dateSource != .clause, "\(seen(fronted))")
    }

    /// "killed 224 people, including 12 Americans, on Aug. 7, 1998": the commas of an
    /// "including" phrase keep the time in the verb's clause.
    @Test func anIncludingPhraseKeepsTheTimeInTheClause() {
        let e = typed("Terrorists killed 224 people, including 12 Americans, on Aug. 7, 1998.")
        #expect(e.first { $0.text == "killed" }?.date == "1998-08-07", "\(seen(e))")
        // (another comma, of a clause, still ends it)
        let other = typed("Terrorists killed 224 people, officials said on Aug. 9, 1998.")
        #expect(other.first { $0.text == "killed" }?.typing?.dateSource != .clause, "\(seen(other))")
    }

    /// A noun event and the relative clause on it that tells how it went share its day, either
    /// way; a passive or a perfect in the clause tells another event.
    @Test func aRelativeClauseOnANounEventSharesItsDay() {
        let e = typed("White heads a team that is prosecuting the bombings which killed 224 people, including 12 Americans, on Aug. 7, 1998.")
        let bombings = e.first { $0.text == "bombings" }
        #expect(bombings?.date == "1998-08-07" && bombings?.typing?.dateSource == .relative, "\(seen(e))")
        // (after a verb whose content is no other event, the time is shared: the earthquake killed
        // them in February; the hearing was the testifying's Tuesday)
        let quake = typed("More than 600 were killed in the city of Zarand in February in an earthquake with a magnitude of 6.4.", date: "2005-11-28")
        #expect(quake.first { $0.text == "earthquake" }?.date == "2005-02", "\(seen(quake))")
        let year = typed("The quake, which struck at 1353 (1023 GMT), was felt in Oman.", date: "2005-11-27")
        #expect(!year.contains { $0.date == "1353" }, "\(seen(year))")
        // (a time right before the noun is the noun's own, whatever verb comes before it)
        let kopp = typed("The Canadian warrant charged Kopp with attempted murder in the 1995 shooting of Dr. Hugh Short.")
        #expect(kopp.first { $0.text == "shooting" }?.date == "1995", "\(seen(kopp))")
        let olympic = typed("He also is charged in three Atlanta attacks, including the 1996 Olympic bombing that killed one person.")
        let killed = olympic.first { $0.text == "killed" }
        #expect(killed?.date == "1996" && killed?.typing?.dateSource == .relative, "\(seen(olympic))")
        let pan = typed("The agents were charged in the bombing of Pan Am Flight 103 that killed 259 people on Dec. 21, 1988.")
        #expect(pan.first { $0.text == "bombing" }?.date == "1988-12-21", "\(seen(pan))")
        // (a passive in the relative clause is another event: the condemning was on Monday)
        let passive = typed("Officials investigated the attack which was condemned on Monday by the council.")
        #expect(passive.first { $0.text == "attack" }?.date == nil, "\(seen(passive))")
    }

    /// "arrested on Tuesday for the shooting that took place last Friday": the shooting is of
    /// Friday, not Tuesday's; a definite mention of another day joins no earlier event of its kind.
    @Test func aMentionOfAnotherDayIsAnotherEvent() {
        let e = typed("The suspect was among three teens arrested on Tuesday for the shooting that took place last Friday outside a school.", date: "2011-10-25")
        let shooting = e.first { $0.text == "shooting" }
        #expect(shooting?.date == "2011-10-21" && shooting?.typing?.dateSource == .relative, "\(seen(e))")
        let two = typed("Gunmen attacked a police station in Kabul on Monday. Officials linked them to the attack that took place in March at a market.", date: "2011-10-25")
        #expect(two.filter { $0.kind == "military" }.map { $0.date ?? "-" } == ["2011-10-24", "2011-03"], "\(seen(two))")
        // (a definite mention of the same day still joins: "the attack" is Monday's attack)
        let same = typed("Gunmen attacked a police station on Monday. The attack on Monday left two officers wounded.", date: "2011-10-25")
        #expect(same.filter { $0.kind == "military" }.count == 1, "\(seen(same))")
    }
}

/// Session 22: the most missed mentions of ECB+ train (fires, arson, heists, damage), and the
/// services a fire names, which are no events.
@Suite struct FireEventTests {
    static let finder = try! TypedEventFinder()

    func typed(_ body: String) -> [Event] {
        let a = Support.analyze("Title\n\n" + body, date: "2012-08-08")
        return Self.finder.find(a.document, actors: a.actors, times: a.times)
    }

    @Test func fireIsAnEventNotItsServices() {
        let e = typed("The fire that destroyed the warehouse started shortly after midnight on Tuesday.")
        #expect(e.contains { $0.text == "fire" && $0.kind == "other" }, "\(e.map { ($0.text, $0.kind) })")
        for text in ["A spokesman for the fire department said the cause was unknown.", "Fire crews arrived within minutes.",
                     "A fire alarm sounded in the building.", "The fire chief praised the firefighters."] {
            #expect(!typed(text).contains { $0.text.lowercased() == "fire" }, "\(text): \(typed(text).map { ($0.text, $0.kind) })")
        }
        // (the phrases that hold "fire" keep their kinds)
        #expect(typed("Gunmen opened fire on a bus on Monday.").contains { $0.text == "opened fire" && $0.kind == "military" })
        #expect(typed("Protesters set fire to the building.").contains { $0.kind == "coerce" })
    }
}

/// Session 22: the day a later sentence carries (`carryOccasion`) and a gerund phrase before
/// another event's verb.
@Suite struct OccasionKindTests {
    static let finder = try! TypedEventFinder()

    func typed(_ body: String, date: String) -> [Event] {
        let a = Support.analyze("Title\n\n" + body, date: date)
        return Self.finder.find(a.document, actors: a.actors, times: a.times)
    }

    func seen(_ e: [Event]) -> String { "\(e.map { ($0.text, $0.kind, $0.date ?? "-", $0.typing?.dateSource.rawValue ?? "-") })" }

    /// A death carries the day of the shooting told in the sentence before, not that of the
    /// arrest told with it; an event of another kind carries the main event's.
    @Test func anEventCarriesTheDayOfItsKind() {
        let e = typed("The suspect was among three teens arrested on Tuesday for the shooting that took place last Friday outside a school. Horton died instantly from a shot in the face.",
                      date: "2011-10-25")
        #expect(e.first { $0.text == "died" }?.date == "2011-10-21", "\(seen(e))")
        let other = typed("Police arrested three teens on Tuesday for the shooting that took place last Friday. They charged the teens with murder.", date: "2011-10-25")
        #expect(other.first { $0.text == "charged" }?.date == "2011-10-25", "\(seen(other))")
    }

    /// Session 27: an event of a clause after the main clause takes the carried day only with the
    /// main event ("released the video when officers … arrested him" is no day of the conviction);
    /// a "when" clause after a progressive is the occasion itself and keeps it.
    @Test func aClauseAfterTheMainClauseGoesWithIt() {
        let video = typed("The man was convicted in federal court on Thursday.\n\nProsecutors released the video when officers rescued the girl and arrested him.", date: "2019-11-18")
        #expect(video.contains { $0.text == "arrested" } && video.first { $0.text == "arrested" }?.date == nil, "\(seen(video))")
        let talking = typed("On Aug. 7, the ambassador and the minister had just ended a news conference near the embassy. They were talking when the bomb went off, killing 247 people.", date: "1998-08-26")
        #expect(talking.first { $0.text == "went off" }?.date == "1998-08-07", "\(seen(talking))")
    }

    /// Session 29: a month or a week is an occasion too ("Earlier this month, NASA announced …" /
    /// "Workers completed installation …"); a year is not.
    @Test func aMonthOrAWeekIsCarriedAsTheOccasion() {
        let month = typed("Earlier this month, NASA announced the newest milestone in the development of its rocket. At the assembly facility in New Orleans, workers completed installation of the four engines.", date: "2019-11-18")
        #expect(month.first { $0.text == "completed" }?.date == "2019-11", "\(seen(month))")
        let week = typed("The defensive end attacked the quarterback last week in Cleveland. He then swung the helmet at him, hitting him in the head.", date: "2019-11-18")
        #expect(week.first { $0.text == "swung" }?.date == "2019-W46", "\(seen(week))")
        let year = typed("Last year, the company announced a plan to expand in Asia. Workers completed the new plant near Hanoi.", date: "2019-11-18")
        #expect(year.first { $0.text == "completed" }?.date == nil, "\(seen(year))")
        // (a present passive takes no month before: "is charged" tells the present)
        let charged = typed("Yvonne Hiller shot two co-workers at the plant in September 2010. Hiller is also charged with attempted murder.", date: "2012-09-10")
        #expect(charged.contains { $0.text == "charged" } && charged.first { $0.text == "charged" }?.date == nil, "\(seen(charged))")
        #expect(TypedEventFinder.carriesAsOccasion("2019-W46", articleDate: "2019-11-18") && !TypedEventFinder.carriesAsOccasion("2019-W48", articleDate: "2019-11-18")
                && !TypedEventFinder.carriesAsOccasion("2019", articleDate: "2019-11-18") && !TypedEventFinder.carriesAsOccasion("2019-SU", articleDate: "2019-11-18")
                && TypedEventFinder.carriesAsOccasion("2019-10-31", articleDate: "2019-11-18") && !TypedEventFinder.carriesAsOccasion("2019-12", articleDate: "2019-11-18"))
    }

    /// With no main event of its own day, a sentence whose dated events share one day carries it.
    @Test func aSentenceWhoseEventsShareADayCarriesIt() {
        let e = typed("Comeaux was in a wheelchair Nov. 30 when he pulled a gun on two guards during a transfer. The guards were forced to drive to the Baytown area, where Comeaux took their weapons, handcuffed them together and ran away.",
                      date: "2009-12-07")
        #expect(e.first { $0.text == "handcuffed" }?.date == "2009-11-30", "\(seen(e))")
    }

    /// The steps of the police are one occasion across short paragraphs: a search dated by its
    /// paragraph gives its day to the arrest told in the next (session 24); a call does not take it.
    @Test func aSearchGivesItsDayToTheArrest() {
        let e = typed("Officers from the narcotics team executed a search warrant Monday evening on a detached garage.\n\nOfficers arrested Christopher D. Battin, 33, who resides at the house, Harris said.",
                      date: "2019-11-20")
        #expect(e.first { $0.text == "arrested" }?.date == "2019-11-18", "\(seen(e))")
        let call = typed("Officers from the narcotics team executed a search warrant Monday evening on a detached garage.\n\nThe mayor called on residents to report drug dealers.", date: "2019-11-20")
        #expect(call.first { $0.kind == "call" }?.date == nil, "\(seen(call))")
    }

    /// Web pages give a story one sentence a paragraph: the day reaches across paragraphs of at
    /// most two sentences; not out of a longer paragraph into the next.
    @Test func theDayReachesAcrossShortParagraphs() {
        let e = typed("Police arrested six people Monday during a narcotics investigation.\n\nOfficers also arrested Christopher L. Tays after stopping his vehicle, Harris said.",
                      date: "2019-11-20")
        #expect(e.filter { $0.text == "arrested" }.map { $0.date ?? "-" } == ["2019-11-18", "2019-11-18"], "\(seen(e))")
        // (there only an event of a kind the first paragraph dated: not a source's call)
        let call = typed("Three people died in clashes at a fuel plant on Tuesday.\n\nThe ombudsman's office called on the government to withdraw the troops.", date: "2019-11-20")
        #expect(call.first { $0.kind == "call" }?.date == nil, "\(seen(call))")
        let long = typed("Police arrested six people Monday. Officers seized drugs at the house. Officers searched the car.\n\nOfficers arrested Christopher Battin, Harris said.",
                         date: "2019-11-20")
        #expect(long.last { $0.text == "arrested" }?.date == nil, "\(seen(long))")
    }

    /// "…, the U.S. Attorney's Office announced Monday": the time of the attribution is the
    /// saying's, not the event's; a time of the event's own clause still dates it.
    @Test func theTimeOfTheAttributionIsTheSayings() {
        let e = typed("A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar, the U.S. Attorney's Office announced Monday.",
                      date: "2019-11-18")
        #expect(e.first { $0.text == "pleaded guilty" }?.date == nil, "\(seen(e))")
        #expect(e.first { $0.text == "announced" }?.date == "2019-11-18", "\(seen(e))")
        let own = typed("Police arrested six people Monday in a drug investigation, Harris said on Tuesday.", date: "2019-11-20")
        #expect(own.first { $0.text == "arrested" }?.date == "2019-11-18", "\(seen(own))")
        #expect(TypedEventFinder.sayingForms.isSuperset(of: ["said", "announced", "told"]))
    }

    /// A day shortly after the article's is that day, not the year before ("by Thursday
    /// morning" on a Wednesday); a date far after it is the year before ("December 27" in January).
    @Test func aDayShortlyAfterTheArticlesIsKept() {
        let e = typed("Albright invited the ministers to a ceremony on Nov. 22 in Independence.", date: "2019-11-20")
        #expect(e.first { $0.text == "ceremony" }?.date == "2019-11-22", "\(seen(e))")
        let sentenced = typed("He faces up to 75 years in prison when he's sentenced Dec. 7.", date: "2019-11-20")
        #expect(sentenced.first { $0.text == "sentenced" }?.date == "2019-12-07", "\(seen(sentenced))")
        // (a verb in the past tells a day before the article's: the year before)
        let killed = typed("The deputy was killed on Dec. 7 while investigating an attack.", date: "2019-11-20")
        #expect(killed.first { $0.text == "killed" }?.date == "2018-12-07", "\(seen(killed))")
        let far = typed("Police said the suspect was arrested on December 27 in Oakland.", date: "2020-01-10")
        #expect(far.first { $0.text == "arrested" }?.date == "2019-12-27", "\(seen(far))")
    }

    /// "after pulling off a daring escape during a prison transfer was captured Monday": the
    /// escape is not of Monday; "after robbing and killing him on Monday" shares it.
    @Test func aGerundPhraseBeforeAnotherVerbTakesNotItsTime() {
        let e = typed("A convicted sex offender who was the subject of a weeklong manhunt after pulling off a daring escape during a prison transfer was captured Monday.",
                      date: "2009-12-07")
        #expect(e.first { $0.text == "escape" }?.date == nil, "\(seen(e))")
        #expect(e.first { $0.text == "captured" }?.date == "2009-12-07", "\(seen(e))")
        let joined = typed("The men were arrested after robbing and killing a shopkeeper on Monday.", date: "2009-12-09")
        #expect(joined.first { $0.text == "robbing" || $0.text == "killing" }?.date == "2009-12-07", "\(seen(joined))")
    }
}

/// Session 22: a headline's news that happened joins no body event that may or may not happen.
@Suite struct HeadlineJoinTests {
    @Test func aHeadlinesNewsJoinsNoHypotheticalBodyEvent() throws {
        let finder = try TypedEventFinder()
        let a = Support.analyze("China deploys troops in Hong Kong\n\nPolice said the protesters had no option. Liu said the army could be deployed in Beijing.", date: "2019-11-19")
        let e = finder.find(a.document, actors: a.actors, times: a.times)
        #expect(e.contains { $0.text == "deploys" } && e.contains { $0.text == "deployed" }, "\(e.map { ($0.text, $0.typing?.status.rawValue ?? "-") })")
        // (a body event that happened still takes the headline as its mention)
        let b = Support.analyze("China deploys troops in Hong Kong\n\nChina deployed troops in Hong Kong on Tuesday.", date: "2019-11-19")
        let f = finder.find(b.document, actors: b.actors, times: b.times)
        #expect(f.filter { $0.kind == "military" }.count == 1 && f.first { $0.kind == "military" }?.mentions.count == 2, "\(f.map { ($0.text, $0.mentions.count) })")
    }
}
