import Testing
@testable import ChronicleKit

/// Session 33 (issue 19): a group named by a country's adjective and a plural noun of its
/// members (`group-members`, rule `actor.group.demonym-members`); a team that is no plural
/// named before a player's position (`actor.organization.team-before-role`).
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

    @Test func aNameBeforeAPlayersPositionIsATeamInAnArticleAboutSport() {
        // sample z: "Sox" is no plural of four letters, so only the position tells the team
        let sport = " The Red Sox lost the game in the playoffs and the championship went to the Yankees."
        let a = kinds("Boras represented former Red Sox center fielder Johnny Damon." + sport)
        #expect(a["Red Sox"] == .organization && a["Johnny Damon"] == .person, "\(a)")
        // not outside sport, nor a country before the position
        let b = kinds("Boras represented former Red Sox center fielder Johnny Damon at the hearing on Monday.")
        #expect(b["Red Sox"] == nil, "\(b)")
        let c = kinds("Brazil star Neymar was among the fans." + sport)
        #expect(c["Brazil"] == .country, "\(c)")
        // nor the tail of a longer name, nor a title-case headline
        let d = kinds("O'Brien is the son-in-law of Hall of Fame coach Jack Ramsay." + sport)
        #expect(d["Fame"] == nil, "\(d)")
    }
}
