import Testing
@testable import ChronicleKit

/// Session 22 (issue 19): people no lexicon knows found by an age or a family name
/// (`ActorRecognizer+PersonEvidence.swift`), countries named only as places
/// (`ActorRecognizer+Places.swift`), and organisations and media named in ways no rule read.
@Suite struct PersonEvidenceTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text) }

    @Test func aCountryOfOriginAndAVerbAfterTwoCapitalisedWordsMakeThemAPerson() {
        let a = Support.analyze("Title\n\nYesterday, Eliud Kipchoge from Kenya ran a marathon in less than two hours. Kipchoge ran in Vienna.\n")
        #expect(a.actors.actors["Eliud Kipchoge"]?.kind == .person, "\(a.actors.actors.keys.sorted())")
        // no verb after the country, or an organisation's head word: no person
        let k = kinds("Exports to Nuevo Leon from Mexico rose. The Central Bank of Kenya raised rates.")
        #expect(k["Nuevo Leon"] != .person && k["Central Bank"] != .person, "\(k)")
    }

    @Test func anAgeBeforeOrAfterTwoCapitalisedWordsMakesThemAPerson() {
        let a = Support.analyze("Title\n\nThe shooting claimed the life of 34-year old Zurana Horton on Friday. Horton died instantly.\n")
        let p = a.actors.actors["Zurana Horton"]
        #expect(p?.kind == .person, "\(a.actors.actors.keys.sorted())")
        #expect(p?.mentions.count == 2, "\(p?.mentions.map(\.text) ?? [])")
        #expect(kinds("Police arrested Kwame Osei, 41, at his home.")["Kwame Osei"] == .person)
        #expect(kinds("A 27-year-old Tundra Vale was hurt.")["Tundra Vale"] == .person)
        #expect(kinds("Kwame Osei (41) was arrested.")["Kwame Osei"] == .person)
    }

    @Test func aSurnameGivenAloneWithAnAgeFindsTheFullName() {
        let a = Support.analyze("Title\n\nThe suspect -- Khalfan Khamis Mohamed -- was scheduled to appear before a judge. Mohamed, 24, allegedly rented a house.\n")
        let p = a.actors.actors["Khalfan Khamis Mohamed"]
        #expect(p?.kind == .person, "\(a.actors.actors.keys.sorted())")
        #expect(p?.aliases.contains("Mohamed") == true)
    }

    @Test func aSurnameThatHeOrSheGoesOnWithFindsTheFullName() {
        let k = kinds("Exiles might take Tundra Vale to another country. Vale died instantly when she tried to protect students.")
        #expect(k["Tundra Vale"] == .person, "\(k)")
        let car = kinds("Police said Anthony LaCalamita fled. A shotgun was found in the silver Ford Fusion LaCalamita was driving. LaCalamita sat nearby and he did not react.")
        #expect(car["Ford Fusion LaCalamita"] == nil, "\(car)")
        let it = kinds("The Grand Arcade was closed. Arcade shares fell when it reported a loss.")
        #expect(it["Grand Arcade"] != .person, "\(it)")
    }

    @Test func aFamilyNameOfAPersonNamedInFullMakesARelative() {
        let k = kinds("Exiles might take Elian Gonzalez to another country. In Miami, the boy's great-uncle, Lazaro Gonzalez, denied it.")
        #expect(k["Elian Gonzalez"] == .person, "\(k)")
        // the end of the person's own name is no relative
        let same = kinds("Amanda A. Kostro Miller, a dietitian, gave advice. But you may want clearance first, says Kostro Miller.")
        #expect(same["Kostro Miller"] == nil, "\(same)")
    }

    @Test func noAgeOrFamilyNameMakesNoPerson() {
        // a place with a number, a street, a headline, words the article writes in lower case
        let k = kinds("The match ended Arsenal 2, Chelsea 1. Flooding hit Baker Street, 12, on Monday. Lazaro Gonzalez visited the Gonzalez Foundation. The Grand Prairie, 21, was closed; the grand prairie is large.")
        #expect(k["Baker Street"] == nil && k["Grand Prairie"] == nil && k["Prairie"] == nil, "\(k)")
        #expect(k.keys.filter { $0.hasSuffix("Gonzalez") && $0 != "Lazaro Gonzalez" } .allSatisfy { k[$0] != .person }, "\(k)")
        let h = kinds("Andrew Lopez Confesses To Murder Of Zurana Horton, 34, In Brooklyn")
        #expect(h["Zurana Horton"] == nil, "\(h)")
    }
}

@Suite struct CountryPlaceTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text) }

    @Test func aCountryNamedOnlyAsAPlaceIsNoActor() {
        let k = kinds("The bombings in Kenya and Tanzania killed 224 people. He was wanted across Canada. A quake struck southern Iran. He faces charges in seven states and Italy. The U.S. Embassy in Pretoria, South Africa, had no comment.")
        for c in ["Kenya", "Tanzania", "Canada", "Iran", "Italy", "South Africa"] { #expect(k[c] == nil, "\(c): \(k)") }
    }

    @Test func aCapitalCoordinatedWithAPlaceIsNoActor() {
        let k = kinds("I boarded a flight on May 15 and reached Mexico via Moscow and Paris. Officials met in the city and Russia said nothing.")
        #expect(k["France"] == nil, "\(k)")
        #expect(k["Russia"] == .country, "\(k)")
    }

    @Test func aCountryThatIsTheSubjectOfARoleIsNoActor() {
        let k = kinds("Vindman was told so, said another witness, former White House Russia adviser Fiona Hill. Trump's Ukraine envoy resigned.")
        #expect(k["Russia"] == nil && k["Ukraine"] == nil, "\(k)")
        let acting = kinds("U.S. envoy Kurt Volker said the talks failed.")
        #expect(acting["United States"] == .country, "\(acting)")
    }

    @Test func aDatelineCountryIsAPlace() {
        let k = kinds("NAIROBI, Kenya (AP) _ Suspected bombs exploded outside the embassy.")
        #expect(k["Kenya"] == nil, "\(k)")
    }

    @Test func aCountryThatActsAnywhereInTheArticleStaysAnActor() {
        let k = kinds("The bombings in Kenya killed 213 people. Kenya asked for help. Protests spread in Greece. Greece's debt crisis deepened. Elections in Turkmenistan were held. The law of Turkmenistan changed. He lives in U.S. custody.")
        for c in ["Kenya", "Greece", "Turkmenistan", "United States"] { #expect(k[c] == .country, "\(c): \(k)") }
        let seeds = kinds("Lithuania calls on Russia to release all Ukrainians illegally convicted in Russia. Canada initiated the declaration.")
        #expect(seeds["Russia"] == .country && seeds["Canada"] == .country, "\(seeds)")
    }
}

@Suite struct Session22OrganizationTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func anEmbassyNamesItsCityAndNoArticle() {
        let k = kinds("The U.S. Embassy in Pretoria, South Africa, had no comment. A bomb went off at the American Embassy in Tanzania's capital.")
        #expect(k["U.S. Embassy in Pretoria"] == .organization, "\(k)")
        #expect(k["The U.S. Embassy"] == nil && k["The U.S. Embassy in Pretoria"] == nil, "\(k)")
        #expect(k["American Embassy"] == .organization, "\(k)")
    }

    @Test func aNounCalledANameIsThatKindOfActor() {
        let k = kinds("Lopez and his brother are believed to be members of a gang called 8 Block.")
        #expect(k["8 Block"] == .group, "\(k)")
        #expect(kinds("A group called for the minister to resign.").values.allSatisfy { $0 != .group && $0 != .organization })
    }

    @Test func aLocalPapersNameBeforeItsVerbIsAMedium() {
        let k = kinds("The Anchorage Daily News reports the value of the building at $380,600.")
        #expect(k["Anchorage Daily News"] == .media, "\(k)")
    }

    @Test func companiesOfTheLexiconsSheriffsOfficesAndTitledNames() {
        let k = kinds("Pacific Gas & Electric Co. was set to begin shutting off power. Executives from AT&T, Comcast/Xfinity, T-Mobile and others spoke. A Bartholomew County Sheriff’s Department canine alerted to drugs. The suit was filed by the President of the Senate, Bukola Saraki, and others.")
        #expect(k["Pacific Gas and Electric"] == .organization && k["AT&T"] == .organization && k["T-Mobile"] == .organization, "\(k)")
        #expect(k["Comcast"] == .organization, "\(k)")
        #expect(k["Bartholomew County Sheriff’s Department"] == .organization, "\(k)")
        #expect(k["Bukola Saraki"] == .person, "\(k)")
        let t = kinds("Officers from the Joint Narcotics Enforcement Team executed a search warrant.")
        #expect(t["Joint Narcotics Enforcement Team"] == .organization, "\(t)")
    }

    @Test func magistratesAndHyphenatedAmericansAreActors() {
        let k = kinds("He will appear before Furness District Magistrates. A group of Cuban-Americans in Miami was studying the plan.")
        #expect(k["Furness District Magistrates"] == .organization, "\(k)")
        #expect(k["Cuban-Americans"] == .group, "\(k)")
    }
}
