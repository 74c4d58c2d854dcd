import Testing
@testable import ChronicleKit

/// Session 26 (issue 19): organisations named by the post of one of their people, names that
/// only qualify a noun, places at a sentence's start, head words, family names used as subjects.
@Suite struct Session26ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aNameBeforeAPostAndAPersonIsAnOrganisation() {
        let k = kinds("“Oil will stay cheap,” Rystad analyst Louise Dickson said.")
        #expect(k["Rystad"] == .organization, "\(k)")
        #expect(k["Louise Dickson"] == .person, "\(k)")
        let s = kinds("An SNP cabinet minister racked up charges; SNP cabinet minister Michael Matheson apologised.")
        #expect(s["SNP"] == .organization, "\(s)")
        // an adjective, a country's adjective or a place names no organisation
        let n = kinds("Democratic presidential candidate Joe Biden spoke on Monday. Brazilian striker Gabriel Jesus scored twice. Texas governor Greg Abbott signed the bill.")
        #expect(n["Democratic"] == nil && n["Brazilian"] == nil && n["Texas"] != .organization, "\(n)")
        // a sentence's first word only when the article capitalises it inside a sentence too; a
        // capitalised post only after an acronym
        let f = kinds("Defense attorney Jerome Fenton argued that the evidence was weak. A grandmother was killed, Queens District Attorney Richard Brown said. AMA President J. James Rohack said Dr. Benjamin has an impressive record.")
        #expect(f["Defense"] == nil && f["Queens District"] == nil, "\(f)")
        #expect(f["AMA"] == .organization, "\(f)")
        // a word of a person's name in the article, or a two-letter abbreviation, is no organisation
        let c = kinds("Hillary Clinton spoke in Ohio. Clinton spokesman Nick Merrill said she was pleased. He named Clinton’s top IT staffer Bryan Pagliano.")
        #expect(c["Clinton"] == .person && c["IT"] == nil, "\(c)")
    }

    @Test func aLocalPoliceBeforeATitledOfficerIsAnOrganisation() {
        let k = kinds("The gunman entered the office and fired, Troy police Sgt. Barry Whiteside testified.")
        #expect(k["Troy police"] == .organization, "\(k)")
        #expect(k["Barry Whiteside"] == .person, "\(k)")
    }

    @Test func aNameBeforeItsOfficialsIsAnOrganisation() {
        let k = kinds("The Hollywood Reporter says Ross is set to meet with Lionsgate officials on Monday.")
        #expect(k["Lionsgate"] == .organization, "\(k)")
        let n = kinds("Ukrainian officials said the talks had failed. The protests in Charlotte went on, and Charlotte officials should release the videos.")
        #expect(n["Ukrainian"] == nil && n["Charlotte"] == nil, "\(n)")
    }

    @Test func aNameThatOnlyQualifiesANounIsNoPerson() {
        let k = kinds("Police released video of the rescue of a 8-year-old Fort Worth girl who was kidnapped. Freeh spoke at a press conference at the Jomo Kenyatta airport before returning home.")
        #expect(k["Fort Worth"] == nil, "\(k)")
        #expect(k["Jomo Kenyatta"] == nil, "\(k)")
        // named as the subject of a verb, the same words are a person
        let p = kinds("Jomo Kenyatta led Kenya to independence in 1963.")
        #expect(p["Jomo Kenyatta"] == .person, "\(p)")
        // a verb the tagger reads as a noun keeps the person ("spun" before "the")
        let v = kinds("Billy King spun the head coach revolving door again yesterday, pushing out Jim O'Brien. The voters saw Clinton’s running mate Tim Kaine speak at a recent rally.")
        #expect(v["Billy King"] == .person && v["Tim Kaine"] == .person, "\(v)")
    }

    @Test func aPrepositionOpeningTheSentenceMakesAPlace() {
        let k = kinds("At the Harry Truman Library in Independence, the three foreign ministers signed the documents.")
        #expect(k["Harry Truman Library"] == nil, "\(k)")
        let p = kinds("The Harry Truman Library said it would open on Monday.")
        #expect(p["Harry Truman Library"] == .organization, "\(p)")
    }

    @Test func headWordsOfLegislaturesClinicsDiocesesAndPrecincts() {
        let k = kinds("The Indiana Legislature passed the bill. The National Assembly resumed on Tuesday. She founded the Coden Rural Health Clinic in Alabama in 1990. He is the rector of the Archdiocese of Mobile. Two officers from the 102nd Precinct were stationed there. They appealed to the 11th Circuit Court of Appeals in Atlanta.")
        #expect(k["Indiana Legislature"] == .organization, "\(k)")
        #expect(k["National Assembly"] == .organization, "\(k)")
        #expect(k["Coden Rural Health Clinic"] == .organization, "\(k)")
        #expect(k["Archdiocese of Mobile"] == .organization, "\(k)")
        #expect(k["102nd Precinct"] == .organization, "\(k)")
        #expect(k["11th Circuit Court of Appeals"] == .organization, "\(k)")
        // a region named with a country's name is no company of that country
        let r = kinds("The new patient from Xilingol in Inner Mongolia hunted and ate a wild rabbit. Police in Northern Ireland said the man fled.")
        #expect(r["Inner Mongolia"] == nil && r["Mongolia"] == nil && r["Ireland"] == nil, "\(r)")
    }

    @Test func aFamilyNameUsedAsASubjectMakesTheFullNameAPerson() {
        let k = kinds("The house where Adolf Hitler was born will become a police station. Although Hitler was born in Braunau in 1889, Austria argued for decades that it was a victim.")
        #expect(k["Adolf Hitler"] == .person, "\(k)")
        #expect(k["Hitler"] == .person, "\(k)")
    }
}

extension Session26ActorTests {
    @Test func aSingleLetterIsNoActor() {
        let k = kinds("Argentina comfortably got past Chile 3-0 in Group C, with Guido Pella beating Nicolas Jarry. The Group E victory came after Mikhail Kukushkin won.")
        #expect(k["C"] == nil && k["E"] == nil, "\(k)")
        #expect(k["Guido Pella"] == .person, "\(k)")
        let g = kinds("Pyongyang fired three missiles while the leaders of the G7 group of world economies held a summit.")
        #expect(g["G7"] != nil, "\(g)")
    }
}

extension Session26ActorTests {
    @Test func aNameALexiconKnowsKeepsItsKindOverItsHeadWord() {
        let k = kinds("The patient was hospitalized, according to the state-run Xinhua News Agency.")
        #expect(k["Xinhua"] == .media, "\(k)")
    }

    @Test func companiesByTheirSectorWord() {
        let k = kinds("Pilgrim Foods said it would cut jobs. Acme Therapeutics rose 5 percent. Tata Steel said output grew.")
        #expect(k["Pilgrim Foods"] == .organization && k["Acme Therapeutics"] == .organization && k["Tata Steel"] == .organization, "\(k)")
    }
}

extension Session26ActorTests {
    @Test func aPostAtANameNamesTheOrganisation() {
        let k = kinds("“Prices will rise further,” said Jane Doe, an analyst at Rystad. The forecast was cut, said Kenneth Lee, chief economist with Daiwa.")
        #expect(k["Rystad"] == .organization && k["Daiwa"] == .organization, "\(k)")
        // the kind its last word gives, also after a hyphen
        let m = kinds("“It was horrible to see,” said Angela Benson, a managing editor at WCCO-TV.")
        #expect(m["WCCO-TV"] == .media, "\(m)")
        // a post that serves a person: its "for" names no organisation
        let n = kinds("“We will appeal,” said John Smith, a lawyer for Williams.")
        #expect(n["Williams"] != .organization, "\(n)")
    }
}
