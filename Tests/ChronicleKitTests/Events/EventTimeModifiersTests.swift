import Testing
@testable import ChronicleKit

/// Session 23 (issue 18, the dates of events): a time that premodifies a noun ("the 2016
/// election", "Trump's July 25 call", "last year's blasts") dates that noun only, and a time after
/// the "of" phrase of a legal step's or an arrest's content noun is the content's
/// (`EventTimeModifiers.swift`).
@Suite struct EventTimeModifiersTests {
    static let finder = try! TypedEventFinder()

    func analyze(_ body: String, date: String) -> DocumentAnalysis { Support.analyze("Title\n\n" + body, date: date) }

    func typed(_ body: String, date: String) -> [Event] {
        let a = analyze(body, date: date)
        return Self.finder.find(a.document, actors: a.actors, times: a.times)
    }

    func seen(_ e: [Event]) -> String { "\(e.map { ($0.text, $0.kind, $0.date ?? "-", $0.typing?.dateSource.rawValue ?? "-") })" }

    /// "the 2016 election" dates the election, not the tapping told in the same sentence; nor does
    /// "Trump's July 25 call" date the stalling of the aid.
    @Test func aTimeBeforeANounDatesOnlyThatNoun() {
        let e = typed("Sondland, a wealthy hotelier Trump tapped as his ambassador to the European Union, is entangled in efforts to get Ukraine to investigate Democrats in the 2016 election.", date: "2019-11-20")
        #expect(e.first { $0.text == "tapped" }?.date == nil, "\(seen(e))")
        #expect(e.first { $0.text == "election" }?.date == "2016", "\(seen(e))")
        let aid = typed("The envoy will face questions about the president's July 25 call as U.S. military aid was being stalled.", date: "2019-11-20")
        #expect(aid.first { $0.text == "stalled" }?.date == nil, "\(seen(aid))")
        let blasts = typed("A man was arrested in connection with last year's deadly U.S. Embassy blasts in Kenya and Tanzania and was brought to the United States for trial.", date: "1999-10-08")
        #expect(blasts.first { $0.text == "brought" }?.date == nil, "\(seen(blasts))")
    }

    /// The verbs told of the noun keep its time: a "when" clause on it, its predicate, a verb that
    /// happened in it.
    @Test func theVerbsOfTheNounKeepItsTime() {
        let call = typed("The envoy will face questions about Trump's July 25 call when he asked Ukraine President Volodymyr Zelenskiy for the investigations.", date: "2019-11-20")
        #expect(call.first { $0.text == "asked" }?.date == "2019-07-25", "\(seen(call))")
        let injured = typed("A nurse who was critically injured in the 1998 abortion clinic bombing in Birmingham attended the ceremony.", date: "1999-10-26")
        #expect(injured.first { $0.text == "injured" }?.date == "1998", "\(seen(injured))")
        // (a legal step is not: its content is another event)
        let kopp = typed("The warrant charged Kopp with attempted murder in the 1995 shooting of Dr. Hugh Short.", date: "2000-01-25")
        #expect(kopp.first { $0.text == "charged" }?.date == nil, "\(seen(kopp))")
        #expect(kopp.first { $0.text == "shooting" }?.date == "1995", "\(seen(kopp))")
    }

    /// A time after the "of" phrase of the deed a charge or an arrest is for is the deed's; a time
    /// right after the charge is the charge's.
    @Test func aTimeAfterTheContentOfAChargeIsTheContents() {
        let e = typed("Yvonne Hiller is charged with murder for the shooting deaths of two female co-workers in September 2010.", date: "2012-09-10")
        #expect(e.first { $0.text == "charged" }?.date == nil, "\(seen(e))")
        let kept = typed("An abortion foe was charged with murder Thursday in the slaying of a doctor.", date: "1999-05-07")
        #expect(kept.first { $0.text == "charged" }?.date == "1999-05-06", "\(seen(kept))")
    }

    /// A rule event dated by the sentence's nearest time is left undated when that time
    /// premodifies another noun; the noun it premodifies keeps it.
    @Test func aRuleEventTakesNoTimeOfAnotherNoun() {
        let a = analyze("He testified about a July 10 meeting at the White House when Sondland told officials they would need to deliver before the administration would agree to a meeting Zelenskiy wanted with Trump.", date: "2019-11-20")
        let meetings = a.events.filter { $0.text.hasSuffix("meeting") }.sorted { $0.triggerSpan < $1.triggerSpan }
        #expect(meetings.count == 2, "\(seen(a.events))")
        #expect(meetings.first?.date == "2019-07-10", "\(seen(a.events))")
        #expect(meetings.count == 2 && meetings[1].date == nil, "\(seen(a.events))")
    }
}
