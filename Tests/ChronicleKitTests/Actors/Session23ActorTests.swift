import Testing
@testable import ChronicleKit

/// Session 23 (issue 19): the offices of officials named by their title, buildings and grounds
/// named only as places (`ActorRecognizer+Places.swift`, `dropPlaceSites`).
@Suite struct Session23ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func anOfficialsOfficeIsAnOrganisationWithTheDistrictItServes() {
        let k = kinds("A New York man pleaded guilty to charges, the U.S. Attorney’s Office for the Western District of New York announced Monday.")
        #expect(k["U.S. Attorney’s Office for the Western District of New York"] == .organization, "\(k)")
        let ny = kinds("WeWork is being investigated. The New York State Attorney General’s office declined to comment.")
        #expect(ny["New York State Attorney General’s office"] == .organization, "\(ny)")
        // a title in lower case names no office by a name of its own; as a source it is an
        // office named by the post (session 31: `actor.organization.post-office`)
        let low = kinds("The attorney's office declined to comment.")
        #expect(low.values.allSatisfy { $0 != .organization }, "\(low)")
        let source = kinds("The district attorney's office declined to comment.")
        #expect(source["district attorney's office"] == .organization, "\(source)")
    }

    @Test func aBuildingNamedOnlyAsAPlaceIsNoActor() {
        let k = kinds("Police said the demonstrators inside the Polytechnic University in Hong Kong had no option but to surrender. The two victims were treated at the Carlton Hotel on Friday.")
        #expect(k["Polytechnic University"] == nil, "\(k)")
        #expect(k["Carlton Hotel"] == nil, "\(k)")
    }

    @Test func aBuildingThatActsAnywhereStaysAnActor() {
        let k = kinds("Students gathered at the Polytechnic University on Monday. The Polytechnic University said classes were cancelled. Wayne State University announced a new president.")
        #expect(k["Polytechnic University"] == .organization, "\(k)")
        #expect(k["Wayne State University"] == .organization, "\(k)")
        // "at" makes no place of a country
        let c = kinds("The sanctions were aimed at Iran.")
        // "at" after a noun is an affiliation: the university stays an actor
        let a = kinds("\"It is unclear,\" said Michael Oppenheimer, a professor of geosciences at Princeton University.")
        #expect(a["Princeton University"] == .organization, "\(a)")
        #expect(c["Iran"] == .country, "\(c)")
    }

    @Test func aNameInAListOfOrganisationsIsAnOrganisation() {
        let k = kinds("The cut affected Mobinil, Vodafone, and Etisalat networks across parts of Alexandria.")
        #expect(k["Mobinil"] == .organization, "\(k)")
        let after = kinds("The outage hit Zentrix and Vodafone on Monday.")
        #expect(after["Zentrix"] == .organization, "\(after)")
    }

    @Test func aCommaAloneOrAPersonOrAPlaceMakesNoOrganisation() {
        let k = kinds("Meanwhile, Vodafone said services would be restored. Vodafone and Cairo were hit. Vodafone and John Zentrix met.")
        #expect(k["Meanwhile"] == nil && k["Cairo"] != .organization, "\(k)")
        #expect(k["John Zentrix"] != .organization && k["Zentrix"] != .organization, "\(k)")
        // a person's surname, the end of a name after "of", someone of a medium
        let p = kinds("Hillary Clinton spoke. Trump consolidates the support of the Republican Party and Clinton recovers. Unions, including the American Federation of Teachers and the AFL-CIO, endorsed her. CNN's Zorba Quill and Fox News' Chris Wallace asked.")
        #expect(p["Clinton"] != .organization && p["Teachers"] == nil && p["Zorba Quill"] != .media, "\(p)")
        // a list inside a name with "of" is no list of organisations
        let inName = kinds("A spokesman for the Bureau of Zentrix, Quorbal, Firearms and Explosives said so.")
        #expect(inName["Quorbal"] == nil, "\(inName)")
    }

    @Test func aCountryThatGivesARankIsNoActor() {
        let k = kinds("The suit was filed by Mahmud Abubakar Magaji, a Senior Advocate of Nigeria, on behalf of the lawmakers.")
        #expect(k["Nigeria"] == nil, "\(k)")
        let acting = kinds("The President of Nigeria met the lawmakers. The laws of Nigeria changed.")
        #expect(acting["Nigeria"] == .country, "\(acting)")
    }
}
