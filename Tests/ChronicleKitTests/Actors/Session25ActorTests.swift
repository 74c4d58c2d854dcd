import Testing
@testable import ChronicleKit

/// Session 25 (issue 19): organisations named with a place or a country's adjective, players
/// named with their position, popes with their regnal number.
@Suite struct Session25ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aPlaceBeforeAnOrganisationHeadIsPartOfTheName() {
        let k = kinds("Williams was pulled over for speeding, the California Highway Patrol said. The Indian Navy justly enjoys a reputation. Gaskin told the Timaru Herald.")
        #expect(k["California Highway Patrol"] == .organization, "\(k)")
        #expect(k["Highway Patrol"] == nil, "\(k)")
        #expect(k["Indian Navy"] == .organization, "\(k)")
        #expect(k["Timaru Herald"] == .media, "\(k)")
    }

    @Test func aCountrysPoliceByItsAdjectiveIsAnOrganisation() {
        let k = kinds("Tanzanian police said on Tuesday they had arrested 14 foreigners.")
        #expect(k["Tanzanian police"] == .organization, "\(k)")
    }

    @Test func aPositionBeforeAFullNameNamesAPlayer() {
        let k = kinds("Besides the arrests, linebacker Shawne Merriman was suspended four games.")
        #expect(k["Shawne Merriman"] == .person, "\(k)")
        // a headline in title case: a single word after the position is no name
        let h = kinds("San Diego Chargers Defensive Tackle Faces DUI Charges")
        #expect(h["Faces"] == nil, "\(h)")
    }

    @Test func abbreviatedTitlesKeepTheSentenceWhole() {
        let k = kinds("The house named Hon. Funke Adedoyin as its speaker. He spoke with Msgr. Michael L. Farmer on Monday.")
        #expect(k["Funke Adedoyin"] == .person, "\(k)")
        #expect(k["Michael L. Farmer"] == .person, "\(k)")
    }

    @Test func aGivenNameThatIsAlsoAWordStartsANameInsideASentence() {
        // "Will" (name-stopwords, given: yes) before a capitalised word, not at a sentence's start;
        // a role after the comma without an article (actor.person.name-bare-role)
        let k = kinds("“It was an attempt to mislead voters,’’ Will Moy, chief executive of the fact-checking website Full Fact, told the BBC.")
        #expect(k["Will Moy"] == .person, "\(k)")
        let q = kinds("Will Brexit happen soon? Will Labour win the vote?")
        #expect(q["Will Brexit"] == nil && q["Will Labour"] == nil, "\(q)")
    }

    @Test func anOfficeInCapitalsRefersBackToItsHolder() {
        // "the DA said", "the CEO said" (role-nouns): the person with that role, not an
        // organisation named "DA" that speaks (actor.organization.acronym-speaker)
        let a = Support.analyze("Title\n\nA grandmother was killed by a drunk driver, Queens District Attorney Richard Brown said. He then ran a stop sign, the DA said. Apple CEO Tim Cook spoke on Monday. The company will grow, the CEO said.\n")
        #expect(a.statements.first { $0.text.contains("stop sign") }?.speaker == "Richard Brown", "\(a.statements)")
        #expect(a.statements.first { $0.text.contains("will grow") }?.speaker == "Tim Cook", "\(a.statements)")
        #expect(a.actors.actors["DA"] == nil && a.actors.actors["CEO"] == nil, "\(a.actors.actors.keys.sorted())")
    }
}
