import Testing
@testable import ChronicleKit

/// Verbs the trigger lexicon does not know, read from the tags of the default analysis
/// (`Document.tags`): a past tense, a participle after its auxiliary, a headline's present.
@Suite struct GenericVerbsTests {
    func generic(_ body: String, date: String = "2019-11-20") -> [(String, String?)] {
        Support.analyze("Title\n\n" + body, date: date).events
            .filter { $0.provenance.rule == "trigger.other.verb" }
            .map { ($0.text, $0.date) }
    }

    @Test func aPastTenseAParticipleAfterItsAuxiliaryAndAHeadlinesPresent() {
        // (2019 news pages of sample g)
        // (verbs of the 2019 news pages of sample g the trigger lexicon does not know)
        let dumped = generic("A storm system dumped heavy rain on the coast on Wednesday.")
        #expect(dumped.contains { $0.0 == "dumped" && $0.1 == "2019-11-20" }, "\(dumped)")
        let boarded = generic("The passengers of the special aircraft boarded the plane in Mexico.")
        #expect(boarded.contains { $0.0 == "boarded" }, "\(boarded)")
        let overrun = generic("The rebels have overrun the town.")
        #expect(overrun.contains { $0.0 == "overrun" }, "\(overrun)")
        let headline = Support.analyze("Airline trims its forecast\n\nThe news came on Monday.", date: "2019-11-20").events
        #expect(headline.contains { $0.provenance.rule == "trigger.other.verb" && $0.text == "trims" }, "\(headline.map(\.text))")
    }

    @Test func noEventVerbsSayingAdjectivesAndInfinitivesAreNone() {
        let none = generic("The minister seemed tired and wanted a rest. He said the plan was good. Police guarded the barricaded fuel plant to protect it. The company is headquartered in Delhi.")
        #expect(!none.contains { ["seemed", "wanted", "said", "barricaded", "protect", "headquartered", "was"].contains($0.0) }, "\(none)")
        // a verb before the event noun it takes leaves the event to the noun
        let attended = Support.analyze("Title\n\nThe minister attended a conference on Monday.", date: "2019-11-20").events
        #expect(attended.map(\.text) == ["conference"], "\(attended.map(\.text))")
        // nor what did not happen
        #expect(generic("\"We will not be silenced,\" the minister said. He could be charged. They had hoped to be rescued.").isEmpty)
        // a present tense outside a headline is no event either
        #expect(generic("Soldiers patrol the streets every night.").isEmpty)
    }

    @Test func withoutTypedEventsNothingIsTagged() throws {
        var p = try Pipeline()
        p.addsTypedEvents = false
        let a = p.analyze(id: "a.txt", text: "Title\n\nThe government ousted the president.", date: "2019-11-20")
        #expect(a.document.tags.count == 0)
        #expect(!a.events.contains { $0.provenance.rule == "trigger.other.verb" })
    }

    /// Session 27: a gerund after "after", "upon", "since", "before" or "by" is the verb's event
    /// ("one day after placing leading rusher Chris Ivory on injured reserve"), and a lexicon verb's
    /// gerund there is its entry's ("countered by asking for an eight-year contract"); not a verb of
    /// no event ("after being", "after having").
    @Test func aGerundAfterAPrepositionIsAnEvent() {
        let placing = generic("The Saints made that move only one day after placing leading rusher Chris Ivory on injured reserve.")
        #expect(placing.contains { $0.0 == "placing" }, "\(placing)")
        let asking = Support.analyze("Title\n\nIt was then that agent Scott Boras countered by asking for an eight-year contract worth $200 million.", date: "2008-12-19").events
        #expect(asking.contains { $0.text == "asking" && $0.kind == "call" }, "\(asking.map { ($0.text, $0.kind) })")
        let none = generic("After being questioned for hours and after having dinner, he went home.")
        #expect(!none.contains { ["being", "having"].contains($0.0) }, "\(none)")
    }

    /// Session 28: the infinitive an attempt or a decision governs is its event ("tried to board
    /// an Ethiopian-flagged vessel", "the Federal Reserve's decision to cut"), dated by its clause; not the
    /// infinitive of a plan or a wish ("wanted to leave", "plans to build").
    @Test func theVerbAnAttemptOrADecisionGovernsIsAnEvent() {
        let board = generic("The pirates tried to board an Ethiopian-flagged vessel in the Gulf of Aden on Friday.")
        #expect(board.contains { $0.0 == "board" && $0.1 == "2019-11-15" }, "\(board)")
        let rein = generic("Beijing attempted to rein in public solar subsidies at the end of May last year.")
        #expect(rein.contains { $0.0 == "rein" }, "\(rein)")
        let cut = generic("The Federal Reserve's decision to cut its benchmark interest rate by a quarter-point last month should keep rates low.")
        #expect(cut.contains { $0.0 == "cut" && $0.1 == "2019-10" }, "\(cut)")
        let none = generic("The minister wanted to leave. The company plans to build a plant. He tried to be calm.")
        #expect(!none.contains { ["leave", "build", "be"].contains($0.0) }, "\(none)")
    }

    /// Session 28: a past progressive is an event ("were patrolling"); not one of a verb of no
    /// event ("was expecting", "were trying to") nor a present progressive.
    @Test func aPastProgressiveIsAnEvent() {
        let patrolling = generic("Authorities were patrolling the streets on Saturday.")
        #expect(patrolling.contains { $0.0 == "patrolling" && $0.1 == "2019-11-16" }, "\(patrolling)")
        let walking = generic("Raj Chohan was walking along parked cars when she was struck by a car.")
        #expect(walking.contains { $0.0 == "walking" }, "\(walking)")
        let none = generic("He was expecting to die that night. They were trying to flee. Police are searching for the driver.")
        #expect(!none.contains { ["expecting", "trying", "searching"].contains($0.0) }, "\(none)")
    }

    /// Session 28: a participle after its noun with a calendar time of its own phrase is an event
    /// of that time ("launched by the U.S. government in 2011"); one with no time is a state or a
    /// description ("a company owned by the state", "the plan drafted by the ministry").
    @Test func aReducedPassiveWithItsTimeIsAnEvent() {
        let drafted = generic("The roadmap drafted by the ministry in March sets new targets.")
        #expect(drafted.contains { $0.0 == "drafted" && $0.1 == "2019-03" }, "\(drafted)")
        let built = generic("The bridge built in 1932 was closed.")
        #expect(built.contains { $0.0 == "built" && $0.1 == "1932" }, "\(built)")
        let none = generic("A company owned by the state runs the port. The plan drafted by the ministry sets new targets.")
        #expect(!none.contains { ["owned", "drafted"].contains($0.0) }, "\(none)")
    }

    /// Session 30: a participle set off by a comma after its noun, with its own time, is an event
    /// too ("The rule, finalized in December, made …"); without a time it stays none.
    @Test func aReducedPassiveAfterACommaWithItsTimeIsAnEvent() {
        let finalized = generic("The rule, finalized in December, made the consultations optional.", date: "2009-03-03")
        #expect(finalized.contains { $0.0 == "finalized" && $0.1 == "2008-12" }, "\(finalized)")
        let none = generic("The rule, finalized by the agency, made the consultations optional.", date: "2009-03-03")
        #expect(!none.contains { $0.0 == "finalized" }, "\(none)")
    }

    /// Session 30: a simple past the tagger reads as a participle (no auxiliary, its subject
    /// before it and its object after it) is an event; a participle after its noun with no
    /// object ("a vehicle driven by …") and a bare form ("let the process run its course") stay none.
    @Test func aSimplePastTaggedAsAParticipleIsAnEvent() {
        let emptied = generic("In December 2008, three men emptied almost all of the stock of gems from the store.", date: "2009-03-03")
        #expect(emptied.contains { $0.0 == "emptied" && $0.1 == "2008-12" }, "\(emptied)")
        let none = generic("Officers stopped a vehicle driven by a woman. We will let the legal process run its course.")
        #expect(!none.contains { ["driven", "run"].contains($0.0) }, "\(none)")
    }

    /// Session 31: the subject's phrase may end in an adjective the tagger reads as the word
    /// before the verb ("teachers wearing red surrounded the Statehouse"); a participle after its
    /// noun with no object stays none.
    @Test func aSimplePastAfterAnAdjectiveIsAnEvent() {
        let surrounded = generic("Several thousand teachers wearing red surrounded the Indiana Statehouse on Tuesday to call for better pay.", date: "2019-11-19")
        #expect(surrounded.contains { $0.0 == "surrounded" && $0.1 == "2019-11-19" }, "\(surrounded)")
        let none = generic("The protesters were angry, surrounded by police near the building.")
        #expect(!none.contains { $0.0 == "surrounded" }, "\(none)")
    }

    /// Session 28: "to" bars a verb only as its own infinitive marker: "according to the
    /// emergencies ministry recovered at least ten survivors" is a past.
    @Test func aToOfAnotherPhraseDoesNotBarAPast() {
        let recovered = generic("Rescuers, working in temperatures well below freezing, according to the emergencies ministry recovered at least ten survivors from the debris on Monday.")
        #expect(recovered.contains { $0.0 == "recovered" && $0.1 == "2019-11-18" }, "\(recovered)")
        #expect(generic("They had hoped to be rescued.").isEmpty)
    }

    /// Session 28: a present with a calendar time after it in its clause is a schedule, an event
    /// still to come (planned, so that a day months ahead stays ahead); an aspect verb too
    /// ("continues"); not a present with no time ("Soldiers patrol the streets every night").
    @Test func aPresentWithItsCalendarTimeIsASchedule() {
        let a = Support.analyze("Title\n\nThe musicians will tour together during the trek, which kicks off June 9th in West Palm Beach. It ends December 3rd.", date: "2019-11-19").events
        let kicks = a.first { $0.text == "kicks" }
        #expect(kicks?.typing?.status == .planned && kicks?.date == "2020-06-09", "\(a.map { ($0.text, $0.date ?? "-", $0.typing?.status.rawValue ?? "-") })")
        #expect(a.contains { $0.text == "ends" && $0.date == "2019-12-03" }, "\(a.map { ($0.text, $0.date ?? "-") })")
        #expect(generic("Soldiers patrol the streets every night.").isEmpty)
        // (not a year alone, nor a word before a name: "the receiver Vincent Jackson was arrested on Jan. 6")
        #expect(!generic("Nigel Hacker runs a design firm at 2016 Ontario.").contains { $0.0 == "runs" })
    }

    /// Session 28: an attempt at what a verb of no event tells is the attempt's event ("tried to
    /// force their way"), not an attempt at a state ("tried to be calm"); "will" and a verb with a
    /// calendar time after it is a schedule, of the next such day ("will be inaugurated on May 3" in November is next May).
    @Test func anAttemptAtAVerbOfNoEventAndAFutureWithItsTime() {
        let tried = generic("Protesters tried to force their way into a theater in Paris on Friday. He tried to be calm.")
        #expect(tried.filter { $0.0 == "tried" }.count == 1 && tried.contains { $0.0 == "tried" && $0.1 == "2019-11-15" }, "\(tried)")
        let a = Support.analyze("Title\n\nThe new terminal will be inaugurated on May 3. Prices will rise.", date: "2019-11-19").events
        #expect(a.contains { $0.text == "inaugurated" && $0.date == "2020-05-03" && $0.typing?.status == .planned }, "\(a.map { ($0.text, $0.date ?? "-") })")
        #expect(!a.contains { $0.text == "rise" }, "\(a.map { ($0.text, $0.date ?? "-") })")
    }
}
