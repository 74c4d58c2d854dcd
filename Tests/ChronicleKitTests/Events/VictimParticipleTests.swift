import Testing
@testable import ChronicleKit

/// Session 27 (issue 18): a participle of harm or capture between a determiner and its noun tells
/// what was done to the noun (`TypedEventFinder.victimParticiple`).
@Suite struct VictimParticipleTests: TypedEventTesting {
    @Test func aParticipleBeforeItsNounIsAnEvent() {
        let girl = typed("A video showing the moment a kidnapped 8-year-old girl was rescued by police was released Monday.", date: "2019-11-18")
        #expect(girl.contains { $0.text == "kidnapped" && $0.kind == "arrest" && $0.date == nil }, "\(seen(girl))")
        let officer = typed("Hundreds attended the funeral of the slain officer in the city.", date: "2019-11-18")
        #expect(officer.contains { $0.text == "slain" && $0.kind == "violence" }, "\(seen(officer))")
    }

    @Test func notWithoutANounNorOfAnotherKind() {
        let injured = typed("The injured were taken to a hospital in the city.", date: "2019-11-18")
        #expect(!injured.contains { $0.text == "injured" }, "\(seen(injured))")
        let deported = typed("The deported families arrived in the capital.", date: "2019-11-18")
        #expect(!deported.contains { $0.text == "deported" }, "\(seen(deported))")
    }
}
