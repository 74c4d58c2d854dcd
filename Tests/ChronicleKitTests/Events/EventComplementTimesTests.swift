import Testing
@testable import ChronicleKit

/// Session 38 (follow-up): a time inside the complement of "after", "following", "since",
/// "before" ("followed", "preceded") dates the event inside it, not the governing event
/// (`EventComplementTimes.swift`; the rule event's nearest time kept by `combine` dated both).
@Suite struct EventComplementTimesTests {
    func events(_ body: String) -> [Event] { Support.analyze("Title\n\n" + body, date: "2021-03-10").events }

    func seen(_ e: [Event]) -> String { "\(e.map { ($0.text, $0.date ?? "-", $0.typing?.dateSource.rawValue ?? "-") })" }

    @Test func aTimeInsideTheComplementDatesTheEventInside() {
        let arrest = events("The arrest of the activists came after the killing of a journalist in January.")
        #expect(arrest.first { $0.text == "arrest" }.map { $0.date == nil } == true, "\(seen(arrest))")
        #expect(arrest.first { $0.text == "killing" }?.date == "2021-01", "\(seen(arrest))")
        let protests = events("The protests followed the election of a new president in December.")
        #expect(protests.first { $0.text == "protests" }.map { $0.date == nil } == true, "\(seen(protests))")
        let withdrew = events("The army withdrew its troops following the signing of a peace deal in 2019.")
        #expect(withdrew.first { $0.text == "withdrew" }.map { $0.date == nil } == true, "\(seen(withdrew))")
        #expect(withdrew.first { $0.text == "signing" }?.date == "2019", "\(seen(withdrew))")
    }

    /// The time of the preposition itself, and a time of the governing clause, still date it.
    @Test func aTimeOfTheGoverningClauseStillDatesIt() {
        let own = events("Police arrested 36 people on Tuesday after the killing of a journalist in January.")
        #expect(own.first { $0.text == "arrested" }?.date == "2021-03-09", "\(seen(own))")
        let hour = events("The attack came after 10 p.m. on Tuesday.")
        #expect(hour.first { $0.text == "attack" }?.date == "2021-03-09", "\(seen(hour))")
    }
}

/// Session 39: "before" and a phrase that only names someone is where the event took place, not
/// an earlier event (`TypedEventFinder.namesSomeone`); a rule event whose nearest time is another
/// event's takes no time (was the next nearest one).
@Suite struct EventComplementTimesSession39Tests {
    func events(_ body: String) -> [Event] { Support.analyze("Title\n\n" + body, date: "2021-03-10").events }

    func seen(_ e: [Event]) -> String { "\(e.map { ($0.text, $0.date ?? "-", $0.typing?.dateSource.rawValue ?? "-") })" }

    @Test func beforeSomeoneNamedIsNoComplement() {
        let bare = events("Kurt Volker and Tim Morrison testified before the House Intelligence Committee Tuesday.")
        #expect(bare.first { $0.text == "testified" }?.date == "2021-03-09", "\(seen(bare))")
        let on = events("Two former officials testified before the House Intelligence Committee on Tuesday about the inquiry.")
        #expect(on.first { $0.text == "testified" }?.date == "2021-03-09", "\(seen(on))")
        // an event inside the phrase still makes it a complement
        let hearing = events("The arrest of the activists came before the hearing of the Supreme Court on Monday.")
        #expect(hearing.first { $0.text == "arrest" }.map { $0.date == nil } == true, "\(seen(hearing))")
    }

    @Test func aRuleEventTakesNoOtherTimeThanTheComplementsOne() {
        let e = events("Aung San Suu Kyi, who had spent 15 years under house arrest before being freed in 2010, invited him to visit her in January 2012.")
        #expect(e.first { $0.text.contains("arrest") }.map { $0.date != "2012-01" } == true, "\(seen(e))")
    }
}

/// Session 39 (follow-up): a time that another phrase or clause owns dates no event outside it.
@Suite struct EventComplementTimesSession39FollowUpTests {
    func events(_ body: String) -> [Event] { Support.analyze("Title\n\n" + body, date: "2021-03-10").events }

    func seen(_ e: [Event]) -> String { "\(e.map { ($0.text, $0.date ?? "-", $0.typing?.status.rawValue ?? "-") })" }

    @Test func aTimeInsideAnEventsNounPhraseIsThatEventsOnly() {
        let e = events("Officials have repeated since the beginning of the invasion on February 24 that the sanctions cannot be part of the talks.")
        #expect(e.first { $0.text == "invasion" }?.date == "2021-02-24", "\(seen(e))")
        #expect(e.first { $0.text == "talks" }.map { $0.date == nil } == true, "\(seen(e))")
    }

    @Test func aSinceTimeDatesOnlyItsOwnClause() {
        let e = events("The two sides have not held direct talks since January 12, and the crisis has been deepened by the bombing of the port.")
        #expect(e.first { $0.text.contains("talks") }?.date == "2021-01-12", "\(seen(e))")
        #expect(e.first { $0.text == "bombing" }.map { $0.date == nil } == true, "\(seen(e))")
    }

    @Test func aPotentialEventHasNotHappened() {
        let e = events("The two delegations are to meet this Friday in Geneva to begin drawing up a framework for a possible deal.")
        let deal = e.first { $0.text == "deal" }
        #expect(deal?.typing?.status == .planned, "\(seen(e))")
        // no past reading of "this Friday": the coming one or none
        #expect(deal.map { $0.date == nil || $0.date == "2021-03-12" } == true, "\(seen(e))")
    }
}
