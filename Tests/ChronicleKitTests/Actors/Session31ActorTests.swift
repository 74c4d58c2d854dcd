import Testing
@testable import ChronicleKit

/// Session 31 (issue 19): countries named only as places and in qualifying a noun, countries
/// acting through their armed forces.
@Suite struct Session31ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aCountryThatOnlyQualifiesNounsBesideItsPlacesIsNoActor() {
        let k = kinds("A British climber has fallen to his death in New Zealand. He was one of four men trying to climb to the hut, according to New Zealand media reports.")
        #expect(k["New Zealand"] == nil, "\(k)")
        // a country that only qualifies a noun, named nowhere as a place, stays an actor
        let c = kinds("He lives in U.S. custody.")
        #expect(c["United States"] == .country, "\(c)")
    }

    @Test func aCountryActsThroughItsSecurityForces() {
        let k = kinds("More than 100 protesters were killed in Iran unrest. Witnesses reveal a pattern of unlawful killings by Iranian security forces.")
        #expect(k["Iran"] == .country, "\(k)")
    }
}

/// Session 31 (issue 19): offices named by the post of their head in lower case.
@Suite struct Session31OfficeTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func anOfficeNamedByAPostInLowerCaseIsAnOrganisationWhenItSpeaks() {
        let k = kinds("In addition to the three fatalities, Bolivia’s public defender’s office said another 30 people had been injured.")
        #expect(k["public defender’s office"] == .organization, "\(k)")
        let c = kinds("The man died of his wounds, according to the coroner's office.")
        #expect(c["coroner's office"] == .organization, "\(c)")
        // a place, a person's office or a lawyer's names no office
        let n = kinds("He waited at the sheriff's office for an hour. His office said nothing. The attorney's office declined to comment.")
        #expect(n["sheriff's office"] == nil && n["attorney's office"] == nil, "\(n)")
    }

    @Test func thePostsOfficeAfterTheOfficesNameIsThatOffice() {
        // (its text is an alias of that office, no actor of its own)
        let k = Support.actorKinds("A New York man pleaded guilty, the U.S. Attorney’s Office for the Western District of New York announced Monday. He called her a terrorist, the prosecutor’s office said.")
        #expect(k["prosecutor’s office"] == nil, "\(k)")
        #expect(k["U.S. Attorney’s Office for the Western District of New York"] == .organization, "\(k)")
    }
}
