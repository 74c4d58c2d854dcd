import Testing
@testable import ChronicleKit

/// Session 35 (issue 18): a distance from an anchor event that has no date of its own ("the day
/// before Buckley's death", "a week after the attack") finds the anchor's day through its other
/// mentions (`TypedEventFinder.chainDay`, `EventOffsets.swift`); and what an invitation asks for is
/// planned, not demanded (`invitation-call` of `function-words.tsv`).
@Suite struct EventChainDatesTests: TypedEventTesting {
    func parsed(_ body: String, date: String) -> [Event] {
        let a = Support.analyzeParsed("Title\n\n" + body, date: date)
        return TypedEventSupport.finder.find(a.document, actors: a.actors, times: a.times)
    }

    /// "The day before Buckley's death": the possessor's last event with a day before it dates the
    /// death; the event the phrase opens is the day before.
    @Test func theDayBeforeAPossessorsDeathIsTheDayBeforeHisFall() {
        let e = typed("Robert Buckley fell about 2,000 feet from a ridge on Saturday, police said. The day before Buckley's death another climber, Duncan Rait, died after slipping from a ridge.", date: "2013-09-16")
        #expect(date(e, "died") == "2013-09-13", "\(seen(e))")
        #expect(e.first { $0.text == "died" }?.typing?.dateSource == .offset, "\(seen(e))")
    }

    /// "a week after the attack": the definite noun's earlier mention has the day.
    @Test func aWeekAfterADefiniteMentionCountsFromItsEarlierDay() {
        let e = typed("Gunmen attacked a police station in the capital on November 6. A week after the attack, the government closed the border.", date: "2023-11-20")
        #expect(date(e, "closed") == "2023-11-13", "\(seen(e))")
    }

    /// No mention of the anchor with a day: nothing moves.
    @Test func anAnchorWithNoDatedMentionMovesNothing() {
        let e = typed("The day before Buckley's death another climber, Duncan Rait, died after slipping from a ridge.", date: "2013-09-16")
        #expect(e.first { $0.text == "died" }?.typing?.dateSource != .offset, "\(seen(e))")
    }

    /// An invitation asks for something planned: "invited the delegates to take part in its inaugural
    /// Summit", "invited the leaders to a summit"; a demand stays demanded.
    @Test func whatAnInvitationAsksForIsPlanned() {
        let e = parsed("The minister invited the participating delegates to take part in its inaugural Summit this year.", date: "2021-02-15")
        #expect(e.contains { $0.text.hasPrefix("take part") && $0.typing?.status == .planned }, "\(e.map { ($0.text, $0.typing?.status.rawValue ?? "-") })")
        let noun = parsed("The president invited the leaders of the region to a summit in Paris.", date: "2021-02-15")
        #expect(noun.contains { $0.text == "summit" && $0.typing?.status == .planned }, "\(noun.map { ($0.text, $0.typing?.status.rawValue ?? "-") })")
        let visit = parsed("The minister invited the delegates to visit Kyiv.", date: "2021-02-15")
        #expect(visit.contains { $0.text == "visit" && $0.typing?.status == .planned }, "\(visit.map { ($0.text, $0.typing?.status.rawValue ?? "-") })")
        let demand = parsed("The council urged both sides to visit Kyiv.", date: "2021-02-15")
        #expect(demand.contains { $0.text == "visit" && $0.typing?.status == .demanded }, "\(demand.map { ($0.text, $0.typing?.status.rawValue ?? "-") })")
    }
}
