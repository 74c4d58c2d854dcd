import Testing
@testable import ChronicleKit

/// Session 38 (issue 19): an article about sport told by a league's acronym in capitals, and a
/// team's plural right before its player's name (ActorRecognizer+Teams.swift).
@Suite struct Session38ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aLeaguesAcronymInCapitalsTellsAnArticleAboutSport() {
        // ECB+ dev 35_3: "NFL" three times and "fullback", and "the Chargers" was no team
        let a = kinds("Two years ago, the Chargers won an NFL special award. A former fullback helped start the program in other NFL cities. The NFL said the Chargers would keep it.")
        #expect(a["Chargers"] == .organization, "\(a)")
        // the same text without the acronyms is about no sport
        let b = kinds("Two years ago, the Chargers won a special award. A former fullback helped start the program in other cities. The board said the Chargers would keep it.")
        #expect(b["Chargers"] == nil, "\(b)")
    }

    @Test func aTeamsPluralBeforeItsPlayersNameIsTheTeam() {
        // ECB+ dev 35_8: "Chargers Jamal Williams arrested for DUI", "Chargers NT Jamal Williams"
        let a = kinds("In the NFL tradition of drinking and driving, Chargers NT Jamal Williams is doing his part. Football is the ultimate team game and the quarterback was arrested last month.")
        #expect(a["Chargers"] == .organization, "\(a)")
        #expect(a["Jamal Williams"] == .person, "\(a)")
        // not outside sport: a plural before two names in an article about no sport
        let b = kinds("The council met on Monday. Neighbours John Smith and Mary Jones said the plan would go ahead.")
        #expect(b["Neighbours"] == nil, "\(b)")
    }
}
