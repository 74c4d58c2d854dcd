import Testing
@testable import ChronicleKit

@Suite struct ActorRecognizerTests {
    func actors(_ text: String) -> [String: Actor] { Support.analyze("Title\n\n" + text).actors.actors }

    @Test func aReporterOfABylineIsAPersonButAHeadingOrADeskIsNot() {
        let a = Support.analyze("Sondland faces questions\n\nBy LISA MASCARO and ERIC TUCKER\n\nWASHINGTON (AP) — He testified.\n").actors.actors
        #expect(a["Lisa Mascaro"]?.kind == .person && a["Lisa Mascaro"]?.role == "author", "\(a.keys.sorted())")
        #expect(a["Eric Tucker"]?.kind == .person)
        let b = Support.analyze("Woman fined for theft\n\nBy Antrim Court Reporter\n\nA woman was fined.\n").actors.actors
        #expect(!b.keys.contains { $0.contains("Reporter") }, "\(b.keys.sorted())")
        let c = Support.analyze("Actors strike\n\nDARK CLOUD\n\nThe strike began.\n").actors.actors
        #expect(!c.keys.contains { $0.lowercased().contains("cloud") }, "\(c.keys.sorted())")
    }

    @Test func titledPersonThenSurnameThenPronounAndRoleNoun() {
        let a = Support.analyze("Title\n\nGerman Foreign Minister Annalena Baerbock arrived. Baerbock met the press. She said little. The minister left.")
        let m = a.actors.mentions.filter { $0.actor == "Annalena Baerbock" }
        #expect(m.map(\.form) == [.name, .surname, .pronoun, .roleNoun])
        #expect(a.actors.actors["Annalena Baerbock"]?.role == "Foreign Minister of Germany")
        #expect(a.actors.actors["Annalena Baerbock"]?.aliases.contains("the minister") == true)
    }

    @Test func capitalsAreGovernmentsOnlyOutsideLocativeUse() {
        let a = actors("Vilnius has called on Moscow to act. The talks were held in Vilnius.")
        #expect(a["Lithuania"]?.mentions.count == 1)
        #expect(a["Russia"]?.kind == .country)
    }

    @Test func organisationsMediaGroupsAndMinistries() {
        let a = actors("The UN and the OSCE condemned it, Reuters reported. MFA Ukraine said Crimean Tatars are persecuted. The Russian Foreign Ministry denied it.")
        #expect(a["United Nations"]?.kind == .organization)
        #expect(a["OSCE"]?.kind == .organization)
        #expect(a["Reuters"]?.kind == .media)
        #expect(a["Ministry of Foreign Affairs of Ukraine"]?.kind == .organization)
        #expect(a["Ministry of Foreign Affairs of Russia"]?.kind == .organization)
        #expect(a["Crimean Tatars"]?.kind == .group)
    }

    @Test func placesAndCapitalisedWordsAreNotActors() {
        let a = actors("Memo\n\nIn Crimea and Donbas, Read more about the Declaration.")
        #expect(a.isEmpty, "\(a.keys.sorted())")
    }

    @Test func pronounWithNoCompatiblePersonStaysUnresolved() {
        let a = Support.analyze("Title\n\nHe said the talks failed.")
        #expect(a.actors.mentions.isEmpty)
        #expect(a.statements.first?.speaker == nil)
    }

    @Test func slugsAreStableAsciiIds() {
        #expect(Actor.slug("Emir-Usein Kuku") == "emir-usein-kuku")
        #expect(Actor.slug("Côte d'Ivoire") == "cote-d-ivoire")
    }
}
