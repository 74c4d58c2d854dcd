import Testing
@testable import ChronicleKit

@Suite struct EventDetectorTests {
    @Test func meetingDatedByItsSentenceWithItsActors() {
        let a = Support.analyze("Title\n\nOn March 3, Foreign Minister John Smith attended a summit in Paris.")
        let e = a.events.first { $0.kind == "meeting" }
        #expect(e?.date == "2021-03-03")
        #expect(e?.actors == ["John Smith"])
    }

    @Test func namedDeclarationTakesTheDateOfItsCreationNotOfTheMeeting() {
        let a = Support.analyze("Title\n\nOn February 15, ministers met at a conference to launch the \"Declaration on Free Media\". In May 2019, Canada initiated the \"Declaration on Free Media\".")
        let decl = a.events.filter { $0.coarseKind == "declaration" }
        #expect(decl.count == 1)
        #expect(decl.first?.date == "2019-05")
        #expect(decl.first?.mentions.count == 2)
        #expect(a.events.first { $0.kind == "meeting" }?.date == "2021-02-15")
    }

    @Test func eventsNeverFallBackToTheArticleDate() {
        let a = Support.analyze("Title\n\nThe minister attended a conference.")
        #expect(a.events.count == 1)
        #expect(a.events.first?.date == nil)
    }

    /// A rule event takes its time at a day's precision, as a typed event does: "a summit on
    /// Monday morning" is the day, not the morning (session 24).
    @Test func aRuleEventIsDatedToTheDay() {
        let a = Support.analyze("Title\n\nForeign Minister John Smith attended a summit in Paris on Monday morning.", date: "2021-03-03")
        // (the rules' events alone, before the typed events are folded in)
        let rules = EventDetector(book: try! RuleBook.standard()).detect(a.document, actors: a.actors, times: a.times)
        let e = rules.first { $0.kind == "meeting" }
        #expect(e?.date == "2021-03-01", "\(rules.map { ($0.text, $0.date ?? "-") })")
        #expect(a.times.contains { $0.value == "2021-03-01TMO" })
    }

    @Test func callOnSomeoneToDoSomething() {
        let a = Support.analyze("Title\n\nVilnius has called on Moscow to release all prisoners.")
        let e = a.events.first
        #expect(e?.kind == "call")
        #expect(e?.actors == ["Lithuania", "Russia"])
    }
}
