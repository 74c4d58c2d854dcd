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
