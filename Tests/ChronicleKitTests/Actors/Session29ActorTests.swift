import Testing
@testable import ChronicleKit

/// Session 29 (issue 19): countries named only as the goal or the origin of a journey, capitals
/// inside another place's name.
@Suite struct Session29ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aCountryAJourneyGoesToOrComesFromIsAPlace() {
        // a verb of going or sending, "to" (perhaps "back") and the country
        let f = kinds("The man questioned in the shooting death of a doctor may have fled to Mexico, a newspaper said. Investigators think he may be in Mexico.")
        #expect(f["Mexico"] == nil, "\(f)")
        let s = kinds("The Afghan government freed three Taliban prisoners and sent them to Qatar on Tuesday.")
        #expect(s["Qatar"] == nil, "\(s)")
        // an object between: a pronoun, a person's name; a noun of a journey
        let c = kinds("Officials plan to send him back to Cuba. They would not repatriate John Smith to Cuba by force, and his return to Cuba was delayed.")
        #expect(c["Cuba"] == nil, "\(c)")
        let o = kinds("Immigrants from Vietnam make up a third of the town's population.")
        #expect(o["Vietnam"] == nil, "\(o)")
    }

    @Test func aCountryThatActsOrReceivesKeepsItsMentions() {
        // a word of giving or saying is no journey ("aid to Greece", "a letter to Iran")
        let g = kinds("The lenders agreed to send aid to Greece, and the minister wrote a letter to Iran.")
        #expect(g["Greece"] == .country, "\(g)")
        #expect(g["Iran"] == .country, "\(g)")
        // the country acts elsewhere in the article: every mention stays
        let m = kinds("The suspect fled to Mexico. Mexico said it would extradite him.")
        #expect(m["Mexico"] == .country, "\(m)")
    }

    @Test func aCapitalInsideAnotherPlacesNameIsNoCountry() {
        let h = kinds("Crowds gathered outside the Little Havana home of the boy's relatives on Monday.")
        #expect(h["Cuba"] == nil && h["Havana"] == nil, "\(h)")
        let n = kinds("Havana said the boy should come home.")
        #expect(n["Cuba"] == .country || n["Havana"] == .country, "\(n)")
    }

    @Test func theNameOfAnAdministrationIsItsLeaderElsewhere() {
        let k = kinds("The Obama administration approached him about the post. I confirmed yesterday that Obama has offered the job, and Obama's aides said so.")
        #expect(k["Obama"] == .person, "\(k)")
        #expect(k["Obama administration"] == .organization, "\(k)")
        // a word of a lexicon or one the article writes in lower case is no leader's name
        let n = kinds("The Washington administration building was closed. Washington is cold in winter.")
        #expect(n["Washington"] != .person, "\(n)")
    }
}

extension Session29ActorTests {
    @Test func aNameBeforeAMarketNounNamesAMarketNoActor() {
        let k = kinds("Emerging market stocks rose. Japan’s Nikkei futures lost 0.66%. Long-dated U.S. Treasury yields slipped as risk appetite weakened.")
        #expect(k["Nikkei"] == nil, "\(k)")
        #expect(k["Japan"] == nil, "\(k)")
        #expect(k["Treasury Department"] == nil && k["U.S. Treasury"] == nil, "\(k)")
        // the organisation acts elsewhere: it stays
        let n = kinds("U.S. Treasury yields slipped. The Treasury Department said it would sell more debt.")
        #expect(n["Treasury Department"] == .organization, "\(n)")
    }
}
