import Testing
@testable import ChronicleKit

/// Session 32 (issue 19): widely known organisations and media that no head word names, and
/// common given names of modern news the lexicon did not know.
@Suite struct Session32ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aKnownCompanyWithNoHeadWordIsAnOrganisation() {
        let a = kinds("Tickets go on sale Friday at 10 a.m. local time via Live Nation.")
        #expect(a["Live Nation"] == .organization, "\(a)")
        let b = kinds("MSCI’s broadest index of Asia-Pacific shares outside Japan rose 0.5%.")
        #expect(b["MSCI"] == .organization, "\(b)")
    }

    @Test func aKnownMediumIsAMedium() {
        let a = kinds("He has been working as a pundit for Sky Sports since his sacking.")
        #expect(a["Sky Sports"] == .media, "\(a)")
        let b = kinds("The chief executive told Fast Company that the plan would work.")
        #expect(b["Fast Company"] == .media, "\(b)")
    }

    @Test func aCommonGivenNameMakesAPerson() {
        let a = kinds("Being the heir to Peyton Manning in Indianapolis is heady stuff for a rookie.")
        #expect(a["Peyton Manning"] == .person, "\(a)")
        let b = kinds("The United States lost to Canada after Vasek Pospisil edged Reilly Opelka in two sets.")
        #expect(b["Vasek Pospisil"] == .person, "\(b)")
        // (a family name that is also a place's: the given name makes the person)
        let c = kinds("The film starred Denzel Washington and Meryl Streep.")
        #expect(c["Denzel Washington"] == .person && c["Meryl Streep"] == .person, "\(c)")
    }

    @Test func aCarMakerBeforeAModelIsNoActor() {
        // (car makers are left out of `organizations`: their name mostly qualifies a car)
        let a = kinds("The driver fled in his gray 2013 Toyota Camry after the crash.")
        #expect(a["Toyota"] == nil, "\(a)")
    }
}
