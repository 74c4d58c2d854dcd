import Testing
@testable import ChronicleKit

/// Session 33 (issue 19): a group named by a country's adjective and a plural noun of its
/// members (`group-members`, rule `actor.group.demonym-members`).
@Suite struct Session33ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aDemonymBeforeMembersOfAMovementIsAGroup() {
        // sample t: the group is named as written, and speaks
        let a = kinds("But Miami's volatile Cuban exiles continued to vow they would block any attempt to take the boy.")
        #expect(a["Cuban exiles"] == .group, "\(a)")
        let s = Support.analyze("Title\n\nSyrian rebels said they had taken the airport.\n").statements
        #expect(s.contains { $0.speaker == "Syrian rebels" }, "\(s.map { $0.speaker ?? "-" })")
        // officials and troops are the country's, no group of their own
        let b = kinds("Cuban officials said the boy would return, and Russian troops crossed the border.")
        #expect(b["Cuban officials"] != .group && b["Russian troops"] != .group, "\(b)")
    }
}
