import Testing
@testable import ChronicleKit

/// Session 25 (issue 18, the dates of events): a predicate joined to the one before it shares its
/// time; a time of a verb of saying does not date a reported event still to come or done before
/// it (`EventCoordination.swift`).
@Suite struct EventCoordinationTests: TypedEventTesting {
    /// A present participle after a comma, and a predicate after "but" or ", and" with no subject
    /// of its own, take the time of the predicate before them.
    @Test func aJoinedPredicateSharesTheTime() {
        let p = typed("The navy on Thursday thwarted an attack by pirates on merchant ships, arresting 26 suspects and seizing weapons.", date: "2011-11-11")
        #expect(date(p, "arresting") == "2011-11-10", "\(seen(p))")
        let but = typed("He tried to enter California on May 16 but was caught by police and deported.", date: "2019-11-20")
        #expect(date(but, "caught") == "2019-05-16", "\(seen(but))")
        let comma = typed("The problems began at around 08:30 am on Tuesday, and were resolved at approximately 09:40.", date: "2011-08-18")
        #expect(date(comma, "resolved") == "2011-08-16", "\(seen(comma))")
    }

    /// Not with a subject of its own, a stop adverb, a perfect, or an event that is not done (two
    /// times in each sentence, so that no sentence-wide time dates the event).
    @Test func aClauseOfItsOwnKeepsNoTime() {
        for (text, word) in [("Police stopped the car on Tuesday, but the driver was arrested, officials said on Wednesday.", "arrested"),
                             ("The man was detained on Tuesday at the airport but was later charged with fraud, police said on Wednesday.", "charged"),
                             ("The man was detained on Tuesday, but has been released, officials said on Wednesday.", "released"),
                             ("The man was detained on Tuesday, but will be released, officials said on Wednesday.", "released")] {
            let e = typed(text, date: "2019-11-20")
            #expect(date(e, word) == .some(nil), "\(text): \(seen(e))")
        }
        // (the same sentence with a joined predicate: the time is shared)
        let joined = typed("The man was detained on Tuesday at the airport but was charged with fraud, police said on Wednesday.", date: "2019-11-20")
        #expect(date(joined, "charged") == "2019-11-19", "\(seen(joined))")
    }

    /// A time reached across the join counts only when the event's own clause has none, and never
    /// one that premodifies a noun.
    @Test func theJoinedPredicatesOwnTimeComesFirst() {
        let own = typed("Benjamin received the Nelson Mandela Award in 1998, and was elected to the board of trustees in 1995.", date: "2009-07-13")
        #expect(date(own, "elected") == "1995", "\(seen(own))")
        let modifier = typed("He emceed both the 2004 and 2005 Tony Awards, and was elected to the board of the academy.", date: "2008-12-12")
        #expect(date(modifier, "elected") == .some(nil), "\(seen(modifier))")
    }

    /// Session 32: a verb joined by "and" to the verb event before it, with no subject of its own,
    /// takes that event's date wherever it came from (here a relative clause on a dated noun);
    /// not after an adverb or a subject of its own (`shareCoordinatedDates`).
    @Test func aSecondPredicateTakesTheFirstOnesDate() {
        let rel = typed("Rudolph has been on the run since the January 1998 bombing of a clinic that killed an off-duty police officer and maimed a nurse.", date: "1999-05-06")
        #expect(date(rel, "killed") == "1998-01", "\(seen(rel))")
        #expect(date(rel, "maimed") == "1998-01", "\(seen(rel))")
        #expect(rel.first { $0.text.hasPrefix("maimed") }?.typing?.dateSource == .coordinated, "\(seen(rel))")
        for (text, word) in [("Rudolph has been on the run since the January 1998 bombing of a clinic that killed an off-duty police officer and later maimed a nurse.", "maimed"),
                             ("Rudolph has been on the run since the January 1998 bombing of a clinic that killed an off-duty police officer, and a nurse was maimed.", "maimed")] {
            let e = typed(text, date: "1999-05-06")
            #expect(date(e, word) == .some(nil), "\(text): \(seen(e))")
        }
    }

    /// Session 32: "later" right after "and" orders two predicates of one sentence; it does not
    /// point the sentence away from the story's day, which the sentence before told.
    @Test func laterAfterAndKeepsTheStorysDay() {
        let e = typed("Police arrested six people on Monday during a drug investigation. Officers conducted a traffic stop near the school and later arrested a woman.", date: "2023-11-08")
        let second = e.last { $0.text.hasPrefix("arrested") }
        #expect(second?.date == "2023-11-06" && second?.typing?.dateSource == .occasion, "\(seen(e))")
        // (a "later" of its own still points elsewhere)
        let own = typed("Police arrested six people on Monday during a drug investigation. Officers later arrested a woman near the school.", date: "2023-11-08")
        #expect(own.last { $0.text.hasPrefix("arrested") }?.date == nil, "\(seen(own))")
    }

    /// "said Monday they will …", "said on Tuesday they had …": the time is the saying's.
    @Test func aSayingTimeDoesNotDateAFutureOrEarlierEvent() {
        let will = typed("With a tense Miami waiting, federal immigration officials said Monday they will order the relatives to turn the boy over to his father.", date: "2000-04-03")
        #expect(date(will, "order") == .some(nil), "\(seen(will))")
        let had = typed("Tanzanian police said on Tuesday they had arrested 14 foreigners in their search for bombers.", date: "1998-08-12")
        #expect(date(had, "arrested") == .some(nil), "\(seen(had))")
        // (kept: an event in the simple past, and a time of the event's own clause)
        // (nor a past time after an event still to come: the genocide's, not the investigation's)
        let plan = typed("The Organization of African Unity said Friday it would investigate the genocide of more than 500,000 Tutsis in Rwanda nearly four years ago.", date: "1998-02-27")
        #expect(date(plan, "investigate") == .some(nil), "\(seen(plan))")
        let noun = typed("The tentative pact would resolve part of a broad investigation of the company in the past year.", date: "1989-10-25")
        #expect(date(noun, "investigation") == "1988-W43" || date(noun, "investigation") == "1988", "\(seen(noun))")
        let future = typed("The ministers said they will hold talks with the rebels on March 20.", date: "1998-02-27")
        #expect(date(future, "talks") == "1998-03-20" || date(future, "hold") == "1998-03-20", "\(seen(future))")
        let past = typed("Tanzanian police said on Tuesday they arrested 14 foreigners in their search for bombers.", date: "1998-08-12")
        #expect(date(past, "arrested") == "1998-08-11", "\(seen(past))")
    }
}
