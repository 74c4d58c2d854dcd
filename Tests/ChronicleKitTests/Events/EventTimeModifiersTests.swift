import Testing
@testable import ChronicleKit

/// Session 23 (issue 18, the dates of events): a time that premodifies a noun ("the 2016
/// election", "Trump's July 25 call", "last year's blasts") dates that noun only
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

    /// A time after an arrest's content keeps dating the arrest ("arrested for investigation of
    /// DUI on Jan. 6"), and a time that is a model year dates no verb ("struck Chohan with his 2013
    /// Toyota Camry").
    @Test func otherPhrasesKeepOrLoseTheirTime() {
        let e = typed("Chargers receiver Vincent Jackson was arrested for investigation of DUI on Jan. 6.", date: "2009-02-01")
        #expect(e.first { $0.text == "arrested" }?.date == "2009-01-06", "\(seen(e))")
        let car = typed("A driver struck Chohan with his 2013 Toyota Camry as she walked along parked cars.", date: "2013-08-10")
        #expect(car.first { $0.text == "struck" }?.date == nil, "\(seen(car))")
        let award = typed("She received the 2000 National Caring Award from the foundation.", date: "2009-07-14")
        #expect(award.first { $0.text == "received" }?.date == "2000", "\(seen(award))")
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

    /// Session 27: the "of" phrase of a verb's object is that noun's, and its time is no date of
    /// the verb ("released the transcript of his July 25th call"); a phrase of the clause keeps it
    /// ("was selected in the second round of the 1978 NBA Draft").
    @Test func theOfPhraseOfAnObjectIsTheObjectsNoun() {
        let released = typed("Once Trump released the transcript of his July 25th call with the Ukrainian president, the nation learned the truth.", date: "2019-11-20")
        #expect(released.contains { $0.text == "released" } && released.first { $0.text == "released" }?.date == nil, "\(seen(released))")
        let round = typed("He was drafted in the second round of the 1978 NBA Draft by the Boston Celtics.", date: "2009-07-14")
        #expect(round.first { $0.text == "drafted" }?.date == "1978", "\(seen(round))")
    }
}
