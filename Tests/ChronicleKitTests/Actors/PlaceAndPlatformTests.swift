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

    @Test func companiesNamedMidSentenceAreOrganizations() {
        let n = names("Thieves stormed a subsidiary of the France's rail operator SNCF. Users face problems due to damage in Telecom Egypt's cables. Uhuru is owned by the ruling Chama Cha Mapinduzi party. Vodafone Egypt said some users face problems.")
        #expect(n["SNCF"] == .organization && n["Telecom Egypt"] == .organization, "\(n)")
        #expect(n["Chama Cha Mapinduzi"] == .organization && n["Vodafone Egypt"] == .organization, "\(n)")
        // a given name before a country stays a person's name
        #expect(names("He met Michael Jordan in Atlanta.")["Michael Jordan"] == .person)
    }

    @Test func aCountryAndAMediumsHeadNameAMedium() {
        let n = names("On Wednesday, Bushnell and Kimotho met again, Prudence Bushnell told Kenya Television.")
        #expect(n["Kenya Television"] == .media, "\(n)")
    }

    @Test func aNameInAnAppositionKeepsItsFirstWord() {
        let n = names("Immigration officials escorted the Libyan, Atif Issa Enhamed, to the airport.")
        #expect(n["Atif Issa Enhamed"] == .person, "\(n)")
    }

    @Test func anAdministrationAChamberCommitteeAndAnEmbassyAreOrganizations() {
        let n = names("The president put on hold a Bush administration regulation. Rep. Nick Rahall chairs the House Natural Resources Committee. A U.S. Embassy official said the blast was a bomb. The Food and Drug Administration approved the drug.")
        #expect(n["Bush administration"] == .organization, "\(n)")
        #expect(n["House Natural Resources Committee"] == .organization, "\(n)")
        #expect(n["U.S. Embassy"] == .organization, "\(n)")
        #expect(n["Food and Drug Administration"] == .organization && n["Drug Administration"] == nil, "\(n)")
    }

    @Test func twoWordsAfterAPrepositionOfPlaceThatSpeakAreAPlace() {
        let n = names("A spokeswoman for Beaumont Hospital in Royal Oak said the three victims were taken to the hospital.")
        #expect(n["Royal Oak"] == nil, "\(n)")
    }
}
