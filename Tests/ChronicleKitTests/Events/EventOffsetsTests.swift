import Testing
@testable import ChronicleKit

/// Session 33 (issue 18, the dates of events): an event dated by its distance from another event
/// of its sentence, a day told as relative to an event that takes no carried day, a comparison
/// right before a time, and a motion to a named country or organization as a visit
/// (`EventOffsets.swift`, `EventFixtures.swift`).
@Suite struct EventOffsetsTests: TypedEventTesting {
    /// "one day after placing …": the anchor event after "after" takes the dated event's day less
    /// the distance; "hours before" keeps the day.
    @Test func anEventAtADistanceFromADatedOneTakesItsDay() {
        let after = typed("The team placed its quarterback on injured reserve on Tuesday, one day after placing its leading rusher there.", date: "2023-11-08")
        #expect(date(after, "placing") == "2023-11-06", "\(seen(after))")
        #expect(after.first { $0.text.hasPrefix("placing") }?.typing?.dateSource == .offset)
        let week = typed("The company fired its chief executive on Monday, two weeks after hiring a new finance chief.", date: "2023-11-08")
        #expect(date(week, "hiring") == "2023-10-23", "\(seen(week))")
        let hours = typed("Police arrested the driver on Tuesday, two hours before charging him.", date: "2023-11-08")
        #expect(date(hours, "charging") == "2023-11-07", "\(seen(hours))")
    }

    /// No distance, or a date of no day for days: nothing moves.
    @Test func noDistanceOrNoDayMovesNothing() {
        let none = typed("The team placed its quarterback on injured reserve on Tuesday after placing its leading rusher there.", date: "2023-11-08")
        #expect(date(none, "placing") != .some("2023-11-06"), "\(seen(none))")
        let month = typed("The team placed its quarterback on injured reserve in October, one day after placing its leading rusher there.", date: "2023-11-08")
        #expect(date(month, "placing") == .some(nil), "\(seen(month))")
    }

    /// "The day before X, …" tells another day than the story's: no day carried from before.
    @Test func theDayBeforeAnEventTakesNoCarriedDay() {
        let e = typed("Police arrested six people on Monday. The day before the raid, officers searched a house near the school.", date: "2023-11-08")
        #expect(date(e, "searched") == .some(nil), "\(seen(e))")
        let plain = typed("Police arrested six people on Monday. Officers searched a house near the school.", date: "2023-11-08")
        #expect(date(plain, "searched") == "2023-11-06", "\(seen(plain))")
    }

    /// "as early as Friday": the two "as" are no clause break.
    @Test func aComparisonBeforeATimeIsNoClauseBreak() {
        let e = typed("The father will travel to the United States from Cuba as early as Friday, officials said.", date: "2023-11-08")
        #expect(date(e, "travel to") == "2023-11-10" && e.first { $0.text.hasPrefix("travel to") }?.typing?.dateSource == .clause, "\(seen(e))")
    }

    /// A reported event reaches the time of a same-time clause that a preposition opens; not a year
    /// that premodifies a noun.
    @Test func aReportedEventReachesTheTimeOfASameTimeClause() {
        let e = typed("According to evidence presented at trial, Webb grabbed the little girl as she and her mother were walking down Fort Worth's 6th Avenue at 6:38 p.m. on Saturday, May 18.", date: "2019-11-20")
        #expect(date(e, "grabbed") == "2019-05-18", "\(seen(e))")
        let car = typed("Chohan was walking alongside parked cars on 117th Street when she was struck by a gray 2013 Toyota Camry, which then sped off, according to cops.", date: "2013-09-19")
        #expect(date(car, "walking") != .some("2013"), "\(seen(car))")
    }

    /// "came to" a named country or organization is a visit; "came to power", "came to an end" are none.
    @Test func aMotionToANamedPlaceIsAVisit() {
        let visit = typed("Ambassadors of 30 African countries came to the State Department to offer condolences.", date: "2023-11-08")
        #expect(visit.contains { $0.text == "came to" && $0.kind == "visit" }, "\(seen(visit))")
        for text in ["The party came to power in 2010.", "The talks came to an end on Monday.", "Allies came to the aid of the rebels."] {
            let e = typed(text, date: "2023-11-08")
            #expect(!e.contains { $0.kind == "visit" }, "\(text): \(seen(e))")
        }
    }

    /// Session 34: the analysis with the parse (the demonstrative's noun and the participles are the
    /// parse's readings).
    func parsed(_ body: String, date: String) -> [Event] {
        let a = Support.analyzeParsed("Title\n\n" + body, date: date)
        return TypedEventSupport.finder.find(a.document, actors: a.actors, times: a.times)
    }

    /// "minutes after" with no number keeps the other event's date; the other may be a definite noun
    /// that names an event told before ("the shootings": September 2010); a bare "days after" moves
    /// nothing (its distance is unknown).
    @Test func minutesAfterADefiniteMentionKeepItsDate() {
        let e = typed("Hiller is charged with murder for the shooting deaths of two co-workers in September 2010.\n\nHiller is also charged with attempted murder for allegedly shooting and injuring a third co-worker.\n\nPolice say that the shootings happened minutes after Hiller was suspended from her job.", date: "2012-11-01")
        #expect(date(e, "suspended") == "2010-09" && e.first { $0.text == "suspended" }?.typing?.dateSource == .offset, "\(seen(e))")
        let days = typed("Hiller is charged with murder for the shooting deaths of two co-workers in September 2010.\n\nHiller is also charged with attempted murder for allegedly shooting and injuring a third co-worker.\n\nPolice say that the shootings happened days after Hiller was suspended from her job.", date: "2012-11-01")
        #expect(days.first { $0.text == "suspended" }?.typing?.dateSource != .offset, "\(seen(days))")
        let plain = typed("The guard was shot on Tuesday, minutes after the prisoners escaped.", date: "2023-11-08")
        #expect(date(plain, "escaped") == "2023-11-07", "\(seen(plain))")
    }

    /// "made that move only one day after placing …": no event before the distance, a demonstrative
    /// noun there refers to the sentence before, whose event's day the distance moves.
    @Test func aDemonstrativeAnchorTakesTheDayOfTheSentenceBefore() {
        let e = parsed("Thomas was placed on injured reserve on Wednesday because of his injured ankle. The Saints made that move only one day after placing leading rusher Chris Ivory on injured reserve.", date: "2011-01-06")
        #expect(date(e, "placing") == "2011-01-04", "\(seen(e))")
        // (no event and no demonstrative before the distance: nothing refers back)
        let none = parsed("Thomas was placed on injured reserve on Wednesday because of his injured ankle. The Saints were busy only one day after placing leading rusher Chris Ivory on injured reserve.", date: "2011-01-06")
        #expect(date(none, "placing") != .some("2011-01-04"), "\(seen(none))")
    }

    /// A testimony before a legislature's committee is its hearing, a meeting; at a trial it stays legal.
    @Test func aTestimonyBeforeACommitteeIsAMeeting() {
        let e = typed("Volker and Morrison testified side-by-side before the House Intelligence Committee on Tuesday.", date: "2019-11-20")
        #expect(e.contains { $0.text == "testified" && $0.kind == "meeting" }, "\(seen(e))")
        let trial = typed("The former aide testified at his trial on Tuesday.", date: "2019-11-20")
        #expect(trial.contains { $0.text == "testified" && $0.kind == "legal" }, "\(seen(trial))")
    }

    /// A motion is a visit only with a doer that travels: not goods (nor the tagger's "Mexico
    /// exports" of "goods that Mexico exports come to …").
    @Test func aMotionOfThingsIsNoVisit() {
        for text in ["The goods that Mexico exports come to the European Union.", "Cheap goods came to the State Department on Tuesday."] {
            let e = parsed(text, date: "2016-09-28")
            #expect(!e.contains { $0.kind == "visit" }, "\(text): \(seen(e))")
        }
        for text in ["His father came to the State Department on Tuesday.", "Ambassadors of 30 African countries came to the State Department to offer condolences."] {
            let e = parsed(text, date: "2016-09-28")
            #expect(e.contains { $0.kind == "visit" }, "\(text): \(seen(e))")
        }
    }

    /// An invitation to act is a request; a participle of one before its noun is none.
    @Test func anInvitationIsARequestButNotAsAModifier() {
        let e = parsed("The police had invited only Melaye and Murray-Bruce to appear before the command.", date: "2018-10-09")
        #expect(e.contains { $0.text == "invited" && $0.kind == "call" }, "\(seen(e))")
        let adj = parsed("The two invited witnesses backed up that assessment.", date: "2018-10-09")
        #expect(!adj.contains { $0.text == "invited" }, "\(seen(adj))")
        // (a verb after a comma stays one, whatever the parse's relation)
        let verb = parsed("Jan Egeland, the UN relief coordinator, demanded parties to the conflict to allow aid workers free movement.", date: "2018-10-09")
        #expect(verb.contains { $0.text == "demanded" && $0.kind == "call" }, "\(seen(verb))")
    }

    /// A reported event reaches the clock time of its same-time clause, whatever word opens the
    /// time ("a little before 10 p.m. on Friday"); a year before a noun stays out.
    @Test func aReportedEventReachesAClockTimeOfItsSameTimeClause() {
        let e = typed("A female pedestrian was struck and killed by a motorist when she was crossing Queens Plaza North near 27th Street a little before 10 p.m. on Friday, according to police.", date: "2013-09-16")
        #expect(date(e, "struck") == "2013-09-13", "\(seen(e))")
    }
}
