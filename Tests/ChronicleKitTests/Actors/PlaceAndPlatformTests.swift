import Testing
@testable import ChronicleKit

/// Session 21 (issue 19): a capital stands for its country only where it acts; a platform's
/// account is no actor; a person named in an apposition after a role.
@Suite struct PlaceAndPlatformTests {
    func names(_ text: String) -> [String: ActorKind] {
        var out: [String: ActorKind] = [:]
        for a in Support.analyze("Title\n\n" + text + "\n").actors.actors.values { for m in a.mentions { out[m.text] = a.kind } }
        return out
    }

    @Test func aCapitalThatActsIsItsCountryAndAPlaceIsNot() {
        let acting = names("Vilnius has called on Moscow to release all prisoners.")
        #expect(acting["Vilnius"] == .country && acting["Moscow"] == .country, "\(acting)")
        let place = names("Paris also witnessed another dramatic robbery on Sunday night. Four men hit a jewellery store in central Paris. The island is 940 miles south of Tehran. Tehran's seismologic center said the quake was strong.")
        #expect(place["Paris"] == nil && place["Tehran"] == nil, "\(place)")
    }

    @Test func aPlatformsAccountIsNoActor() {
        let n = names("On its Twitter account, Etisalat Misr said services would be restored.")
        #expect(n["Twitter"] == nil, "\(n)")
    }

    @Test func aNameInAnAppositionAfterARoleIsAPerson() {
        let n = names("Another provincial official, Ghasem Karami, told reporters the toll was low. Heidar Alishvandi, the governor of Qeshm, was quoted as saying teams were deployed.")
        #expect(n["Ghasem Karami"] == .person && n["Heidar Alishvandi"] == .person, "\(n)")
    }

    @Test func ratingAgenciesAreOrganizations() {
        let n = names("But Moody's Investor Services, a major ratings agency, put Portugal's bond rating on review.")
        #expect(n["Moody's Investor Services"] == .organization, "\(n)")
    }
}
