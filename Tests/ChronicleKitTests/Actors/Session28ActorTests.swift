import Testing
@testable import ChronicleKit

/// Session 28 (issue 19): organisations named by a short form of their name, by the people who
/// hold their shares or use their services, by a post "of" them; persons in a dash apposition.
@Suite struct Session28ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    /// The actor each mention's text belongs to.
    func actorOf(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for a in Support.analyze("Title\n\n" + text + "\n").actors.actors.values {
            for m in a.mentions { out[m.text] = a.name }
        }
        return out
    }

    @Test func theFirstWordOfAnOrganisationNamesItElsewhere() {
        // before the full name and after it
        let a = actorOf("Tottenham said in a statement that the manager had left. The club thanked him. — Tottenham Hotspur (@SpursOfficial) November 20, 2019. Later Tottenham's players trained.")
        #expect(a["Tottenham"] == "Tottenham Hotspur", "\(a)")
        let b = actorOf("Amnesty International published a report on Monday. Amnesty said the arrests were unlawful.")
        #expect(b["Amnesty"] == "Amnesty International", "\(b)")
    }

    @Test func noShortFormForAPlaceACommonWordOrTwoOrganisations() {
        // a place named after a preposition, a city of the lexicons
        let p = kinds("Tottenham Hotspur announced the appointment. Fans gathered in Tottenham on Wednesday.")
        #expect(p["Tottenham"] == nil, "\(p)")
        let m = kinds("Manchester United sacked the manager. Manchester said nothing.")
        #expect(m["Manchester"] == nil, "\(m)")
        // two organisations that begin with one word
        let t = kinds("Acme Logistics and Acme Robotics merged on Monday. Acme said the deal would close soon.")
        #expect(t["Acme"] == nil, "\(t)")
    }

    @Test func theInitialsOfAnOrganisationNameIt() {
        let a = actorOf("The Coastal Fisheries Protection Agency said the boats were seized. CFPA inspectors boarded two of them, CFPA said.")
        #expect(a["CFPA"] == "Coastal Fisheries Protection Agency", "\(a)")
    }

    @Test func investorsAndCustomersNameTheirCompany() {
        let k = kinds("Amazon is now letting you listen to music free, and Spotify investors are already nervous. The firm was launched to help Microsoft woo VMware customers.")
        #expect(k["Spotify"] == .organization, "\(k)")
        #expect(k["VMware"] == .organization, "\(k)")
        let n = kinds("Chinese investors sold their shares, and Texas customers complained.")
        #expect(n["Chinese"] == nil && n["Texas"] != .organization, "\(n)")
    }

    @Test func aPostOfAnInstitutionNamesIt() {
        let k = kinds("Peng Mei, PR director of Tmall, the retail site owned by Alibaba, responded to the allegations.")
        #expect(k["Tmall"] == .organization, "\(k)")
        let n = kinds("He is a professor of Economics at the school. The president of Ukraine met the envoy.")
        #expect(n["Economics"] == nil, "\(n)")
        #expect(n["Ukraine"] != .organization, "\(n)")
        // a name that qualifies a noun after it
        let q = kinds("“It is deplorable,” said Elez Biberaj, the director of the VOA Eurasian division.")
        #expect(q["VOA Eurasian"] == nil, "\(q)")
    }

    @Test func aDashAppositionWithARoleMakesAPerson() {
        let k = kinds("Peng Mei — project manager for communications on Singles Day — responded to the allegations in a post.")
        #expect(k["Peng Mei"] == .person, "\(k)")
        let n = kinds("The Grand Canyon — a national park of the United States — drew visitors.")
        #expect(n["Grand Canyon"] != .person, "\(n)")
    }

    @Test func anInfirmaryIsAnInstitution() {
        let k = kinds("He sought advice from Owen Dempsey, a chest doctor at the Aberdeen Royal Infirmary.")
        #expect(k["Aberdeen Royal Infirmary"] == .organization, "\(k)")
    }

    @Test func aPluralBeforeAPlayersPositionIsHisTeam() {
        // no article about sport needed: the position says it
        let k = kinds("Chargers lineman Jamal Williams faces DUI charges after his arrest early Sunday.")
        #expect(k["Chargers"] == .organization, "\(k)")
        #expect(k["Jamal Williams"] == .person, "\(k)")
        let n = kinds("Democrats lineman Jamal Williams was there. The Williams family said nothing.")
        #expect(n["Democrats"] != .organization, "\(n)")
    }

    @Test func aCountryBeforeAPartOfItsLandIsAPlace() {
        let k = kinds("A climber who watched his brother fall over the edge of New Zealand's highest mountain is devastated. The body was found in New Zealand on Sunday.")
        #expect(k["New Zealand"] == nil, "\(k)")
        let i = kinds("He died on New Zealand's South Island after a fall.")
        #expect(i["New Zealand"] == nil, "\(i)")
        // the country's own coast guard, and a country that acts elsewhere
        let a = kinds("The U.S. will provide Vietnam's coast guard with a surplus ship.")
        #expect(a["Vietnam"] == .country, "\(a)")
        let b = kinds("New Zealand protested on Monday. Climbers fell from New Zealand's highest peak.")
        #expect(b["New Zealand"] == .country, "\(b)")
    }

    @Test func anInitialBeforeTheGivenNameIsPartOfTheName() {
        let k = kinds("AMA President J. James Rohack welcomed the choice.")
        #expect(k["J. James Rohack"] == .person, "\(k)")
        let n = kinds("They chose Plan B. Sarah Jones liked the plan.")
        #expect(n["Sarah Jones"] == .person, "\(n)")
    }

    @Test func aMediumIsToldByEmailOrInAnInterview() {
        let k = kinds("“Think Donald Trump rather than Barack Obama,” Owen Dempsey told Gizmodo by email.")
        #expect(k["Gizmodo"] == .media, "\(k)")
        // a person's family name is the person's
        let p = kinds("Owen Dempsey met the minister. The minister later told Dempsey by phone that the deal was off.")
        #expect(p["Dempsey"] != .media, "\(p)")
    }
}
