import Testing
@testable import ChronicleKit

/// Corpus-wide event identity (issue 19, item 4): events merge only when kind, date,
/// participants and place agree.
@Suite struct EventClustersTests {
    static func item(_ doc: String, _ kind: String, _ trigger: String, date: String? = nil, people: Set<String> = [], places: Set<String> = []) -> EventClusters.Item {
        EventClusters.Item(doc: doc, kind: kind, trigger: trigger, date: date, participants: people, places: places)
    }

    @Test func oneArrestToldByThreeOutletsIsOneEvent() {
        let items = [Self.item("a", "arrest", "arrest", date: "2021-01-17", people: ["navalny"]),
                     Self.item("b", "arrest", "detain", date: "2021-01-17", people: ["navalny"]),
                     Self.item("c", "arrest", "arrest", people: ["navalny"], places: ["moscow"])]
        let c = EventClusters().clusters(items)
        #expect(c == [0, 0, 0])
    }

    @Test func kindDateParticipantsOrPlaceThatDisagreeKeepEventsApart() {
        let items = [Self.item("a", "vote", "vote", date: "2019-12-18", people: ["house"]),
                     Self.item("b", "vote", "vote", date: "2020-01-05", people: ["house"]),   // another date
                     Self.item("c", "vote", "vote", date: "2019-12-18", people: ["parliament"]),  // other participants
                     Self.item("d", "meeting", "vote", date: "2019-12-18", people: ["house"]),  // another kind
                     Self.item("e", "vote", "vote", date: "2019-12-18", people: ["house"], places: ["baghdad"]),
                     Self.item("f", "vote", "vote", date: "2019-12-18", people: ["house"], places: ["washington"])]
        let c = EventClusters().clusters(items)
        #expect(c[1] != c[0])
        #expect(c[2] != c[0])
        #expect(c[3] != c[0])
        #expect(c[4] != c[5])
        #expect(c[0] == c[4] || c[0] == c[5])
    }

    @Test func onlyTheKindInCommonIsNotEnough() {
        let c = EventClusters().clusters([Self.item("a", "violence", "attack"), Self.item("b", "violence", "shoot")])
        #expect(c[0] != c[1])
    }

    @Test func stems() {
        #expect(EventClusters.stem("arrested") == "arrest")
        #expect(EventClusters.stem("Arrests") == "arrest")
        #expect(EventClusters.stem("shooting") == "shoot")
        #expect(EventClusters.key("Lindsay Lohan") == "lohan")
    }
}
