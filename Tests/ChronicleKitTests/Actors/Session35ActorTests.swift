import Testing
@testable import ChronicleKit

/// Session 35 (issue 19): teams named by their city alone in an article about sport
/// (`cityTeams`, rule `actor.team.city`).
@Suite struct Session35ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aCityAfterAnOpponentWordIsATeamInAnArticleAboutSport() {
        // sample z: "against Tampa Bay", "an overtime loss to Atlanta"
        let a = kinds("The running back started to look stronger on Sunday against Tampa Bay, when he had 70 yards rushing. "
            + "He was hurt in an overtime loss to Atlanta in Week 3 and missed nine games of the season before the playoffs.")
        #expect(a["Tampa Bay"] == .organization, "\(a)")
        #expect(a["Atlanta"] == .organization, "\(a)")
        // the subject of "beat" too
        let b = kinds("Boston beat New York 3-1 on Sunday night, the team's fifth win of the season, as the coach rested two players.")
        #expect(b["Boston"] == .organization && b["New York"] == .organization, "\(b)")
    }

    @Test func aCityAfterAnOpponentWordIsTheTeamTheArticleNamesInFull() {
        let a = Support.analyze("Title\n\nThe Indianapolis Colts won the game in overtime, the coach said after the season's last touchdown.\n\n"
            + "Denver had lost to Indianapolis twice this season.\n").actors
        #expect(a.mentions.contains { $0.text == "Indianapolis" && $0.actor == "Indianapolis Colts" }, "\(a.mentions.map { "\($0.text)=\($0.actor)" })")
    }

    @Test func aCityIsNoTeamOutsideSportOrAfterOtherWords() {
        // not an article about sport
        let a = kinds("The senator campaigned against Boston and its mayor on Monday.")
        #expect(a["Boston"] == nil, "\(a)")
        // an article about sport, but the city is where something happened
        let b = kinds("The coach said the game in Atlanta was the best of the season, with a touchdown in the last minute.")
        #expect(b["Atlanta"] == nil, "\(b)")
    }
}
