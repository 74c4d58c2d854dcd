import Testing
@testable import ChronicleKit

/// Session 35 (issue 19): teams named by their city alone in an article about sport
/// (`cityTeams`, rule `actor.team.city`); a name's first word alone when it is no given name
/// ("Xi" after "Xi Jinping"); an organisation by its possessive before a post only an
/// organisation has (`actor.organization.possessive-post`).
@Suite struct Session35ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aCityAfterAnOpponentWordIsATeamInAnArticleAboutSport() {
        // sample z: "against Tampa Bay", "an overtime loss to Atlanta"
        let a = kinds("The running back started to look stronger on Sunday against Tampa Bay, when he had 70 yards rushing. "
            + "He was hurt in an overtime loss to Atlanta in Week 3 and missed nine games of the season before the playoffs.")
        #expect(a["Tampa Bay"] == .organization, "\(a)")
        #expect(a["Atlanta"] == .organization, "\(a)")
        // the subject of "beat" too
        let b = kinds("Boston beat New York 3-1 in extra innings on Sunday, the fifth game in a row the team won before the playoffs.")
        #expect(b["Boston"] == .organization && b["New York"] == .organization, "\(b)")
    }

    @Test func aCityAfterAnOpponentWordIsTheTeamTheArticleNamesInFull() {
        let a = Support.analyze("Title\n\nThe Kansas City Chiefs won the game in overtime, the coach said after the season's last touchdown.\n\n"
            + "The quarterback had lost to Kansas City twice in the playoffs.\n").actors
        #expect(a.mentions.contains { $0.text == "Kansas City" && $0.actor == "Kansas City Chiefs" }, "\(a.mentions.map { "\($0.text)=\($0.actor)" })")
    }

    @Test func aCityIsNoTeamOutsideSportOrAfterOtherWords() {
        // not an article about sport
        let a = kinds("The senator campaigned against Boston and its mayor on Monday.")
        #expect(a["Boston"] == nil, "\(a)")
        // an article about sport, but the city is where something happened
        let b = kinds("The coach said the game in Atlanta was the best of the season, with a touchdown in the last minute.")
        #expect(b["Atlanta"] == nil, "\(b)")
    }

    @Test func aFirstWordThatIsNoGivenNameIsThePersonLater() {
        // sample y: "President Xi Jinping of China …" then "Xi's problem is simple.", "Xi and his comrades"
        let a = Support.analyze("Title\n\nPresident Xi Jinping of China is likely to deploy troops.\n\nXi's problem is simple. To be sure, Xi and his comrades do not want to send the army.\n").actors
        #expect(a.mentions.filter { $0.text == "Xi" && $0.actor == "Xi Jinping" }.count == 2, "\(a.mentions.map { "\($0.text)=\($0.actor)" })")
        // a known given name alone is no mention of the full name
        let b = Support.analyze("Title\n\nJohn Smith said the plant would close.\n\nLater, John told the workers it would not.\n").actors
        #expect(!b.mentions.contains { $0.text == "John" && $0.provenance.rule == "actor.person.surname" }, "\(b.mentions.map { "\($0.text)=\($0.actor)" })")
    }

    @Test func aPossessiveBeforeAPostOnlyAnOrganisationHasIsAnOrganisation() {
        let a = kinds("Meetup's chief executive said the layoffs were painful.")
        #expect(a["Meetup"] == .organization, "\(a)")
        let b = kinds("The company's chief executive said the layoffs were painful.")
        #expect(b["The"] == nil && b["The company"] == nil, "\(b)")
    }
}
