import Testing
@testable import ChronicleKit

/// Session 27 (issue 19): sports teams and clubs, competitions, platforms named as places,
/// persons by a relative clause or a coordinated person, country pairs, channel numbers.
@Suite struct Session27ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aCityAndAPluralAreATeamInAnArticleAboutSport() {
        let k = kinds("Luck threw for 205 yards and a touchdown, and the Colts beat the Kansas City Chiefs 20-13 in the game. The Chiefs had rallied behind their quarterback. The Colts open the playoffs next week, and Colts coach Bruce Arians was pleased.")
        #expect(k["Kansas City Chiefs"] == .organization, "\(k)")
        // the plural alone is the team named in full
        #expect(k["Chiefs"] == .organization, "\(k)")
        // a plural no full name ends in, after "the" and used twice, is a team of its own
        #expect(k["Colts"] == .organization, "\(k)")
        #expect(k["Kansas City"] == nil, "\(k)")
    }

    @Test func noTeamOutsideSportOrOfAnotherKind() {
        // no article about sport: the city's plural is no team
        let n = kinds("The Kansas City Chiefs will meet the mayor on Monday about the new stadium.")
        #expect(n["Kansas City Chiefs"] == nil, "\(n)")
        // a group, an occasion of sport
        let g = kinds("Texas Democrats said the game was over, the season had ended and the playoffs were lost. The Beijing Olympics opened with a match.")
        #expect(g["Texas Democrats"] != .organization && g["Beijing Olympics"] == nil, "\(g)")
    }

    @Test func clubWordsMakeClubsOfCitiesAndNames() {
        let k = kinds("He has managed FC Porto, Inter Milan and Real Madrid. He was sacked by Manchester United in December. Tottenham Hotspur announced the appointment on Wednesday.")
        #expect(k["FC Porto"] == .organization, "\(k)")
        #expect(k["Inter Milan"] == .organization, "\(k)")
        #expect(k["Real Madrid"] == .organization, "\(k)")
        #expect(k["Manchester United"] == .organization, "\(k)")
        #expect(k["Tottenham Hotspur"] == .organization, "\(k)")
        // "Real Madrid" is no mention of Spain
        #expect(k["Spain"] == nil, "\(k)")
        let n = kinds("As Paris police searched the area, real estate prices rose in Madrid. He flew with United Airlines.")
        #expect(n["As Paris"] == nil && n["Real Madrid"] == nil, "\(n)")
    }

    @Test func aLeagueNamedOnlyAsWhatIsWonIsNoActor() {
        let k = kinds("He led Spurs to their first Champions League final. He is one of three managers to have won the UEFA Champions League twice.")
        #expect(k["Champions League"] == nil && k["UEFA Champions League"] == nil, "\(k)")
        let a = kinds("The National League said it would investigate the club. The National League title went to Wrexham.")
        #expect(a["National League"] == .organization, "\(a)")
    }

    @Test func aPlatformNamedOnlyWhereSomethingIsPostedIsNoActor() {
        let k = kinds("Then, last week, Taylor Swift posted on Twitter accusing the label of blocking her. One user on Weibo, China's version of Twitter, posted a question.")
        #expect(k["Twitter"] == nil, "\(k)")
        let a = kinds("Twitter said it would suspend the accounts. She posted on Twitter.")
        #expect(a["Twitter"] == .organization, "\(a)")
    }

    @Test func aRelativeClauseWithWhoMakesAPerson() {
        let k = kinds("The other backs are fourth-year pro DeShawn Wynn, who was signed on Tuesday, and rookie Joique Bell, who was signed Wednesday.")
        #expect(k["DeShawn Wynn"] == .person, "\(k)")
        #expect(k["Joique Bell"] == .person, "\(k)")
        let p = kinds("The approach is likely to placate nervous Democrats on Capitol Hill, who have argued that it helps.")
        #expect(p["Capitol Hill"] == nil, "\(p)")
        let n = kinds("Her first albums were released through Big Machine, which was bought out earlier this year.")
        #expect(n["Big Machine"] != .person, "\(n)")
    }

    @Test func aNameCoordinatedWithAPersonIsAPerson() {
        let k = kinds("Braun has worked with the likes of Kanye West and Kim Kardashian in the past.")
        #expect(k["Kanye West"] == .person, "\(k)")
    }

    @Test func twoCountriesOfOneHyphenatedWordAreActors() {
        let k = kinds("Investors hope for a possible resolution of the US-China trade impasse. Talks on a China-US trade deal went on.")
        #expect(k["United States"] == .country, "\(k)")
        #expect(k["China"] == .country, "\(k)")
        let n = kinds("The Austro-Hungarian empire fell, and the Coca-Cola company grew.")
        #expect(n.values.allSatisfy { $0 != .country }, "\(n)")
    }

    @Test func aChannelNumberBeforeAVerbOfSayingIsAMedium() {
        let k = kinds("NBC 5 has edited the video to exclude graphic content. Sources told SportsCenter 5's Mike Lynch more about the talks.")
        #expect(k["NBC 5"] == .media, "\(k)")
        #expect(k["SportsCenter 5"] == .media, "\(k)")
        let n = kinds("Article 50 says that a member state may withdraw.")
        #expect(n["Article 50"] == nil, "\(n)")
    }

    @Test func anAgeBeforeANameAndANounQualifiesTheNoun() {
        let k = kinds("A video showing the dramatic moment a kidnapped 8-year-old Fort Worth girl was rescued by police was released Monday.")
        #expect(k["Fort Worth"] == nil, "\(k)")
    }

    @Test func aTownBeforeItsStateIsNoConjunctOfAList() {
        let k = kinds("The companies are: SpaceX, Hawthorne, California; Blue Origin, Kent, Washington. The company that runs the AMAs, Dick Clark Productions, denies that anything was sorted.")
        #expect(k["Hawthorne"] == nil, "\(k)")
        #expect(k["AMAs"] == nil, "\(k)")
    }

    @Test func aHyphenatedNewspaperIsAMedium() {
        let k = kinds("McDermott spoke on Wednesday night in an exclusive interview with The World-Herald.")
        #expect(k["World-Herald"] == .media, "\(k)")
        let n = kinds("The Coca-Cola company said sales rose.")
        #expect(n["Coca-Cola"] != .media, "\(n)")
    }

    @Test func aUnitAfterAnOrganisationsPossessiveIsAnOrganisation() {
        let k = kinds("Paganini is a planetary scientist at NASA's Goddard Space Flight Center in Greenbelt, Maryland.")
        #expect(k["Goddard Space Flight Center"] == .organization, "\(k)")
    }

    @Test func anOccupationBeforeANameMakesAPerson() {
        let k = kinds("Big Machine was bought out by a company owned by talent manager Scooter Braun earlier this year.")
        #expect(k["Scooter Braun"] == .person, "\(k)")
    }

    @Test func aHeadWordWrittenInLowerCaseElsewhereStillEndsAConjunct() {
        let k = kinds("NASA announced the selection of SpaceX, Ceres Robotics and Tyvak Nano-Satellite Systems, Inc. to join its program, instead of owning the delivery systems.")
        #expect(k["Tyvak Nano-Satellite Systems"] == .organization, "\(k)")
    }

    @Test func aPlayersPositionTellsAnArticleAboutSport() {
        // "first baseman" and "baseball" with "games": the teams of the city are named
        let k = kinds("The Red Sox offered free agent first baseman Mark Teixeira a deal. He hit 33 homers in 54 games last season. Boras represented Johnny Damon, who signed with the New York Yankees in 2005. Eight years is a long time in baseball.")
        #expect(k["New York Yankees"] == .organization, "\(k)")
        let w = kinds("The free agent first baseman played 54 games in baseball. One of his hometown teams, the Washington Nationals, has made a huge offer.")
        #expect(w["Washington Nationals"] == .organization, "\(w)")
    }

    @Test func aGivenNameAloneBetweenOrganisationsOfAListIsOne() {
        let k = kinds("He is renowned for his tactical prowess and has managed FC Porto, Inter Milan, Chelsea, Real Madrid and Manchester United.")
        #expect(k["Chelsea"] == .organization, "\(k)")
        let p = kinds("The prize went to Google, Chelsea Clinton and Microsoft. She thanked Google and Chelsea.")
        #expect(p["Chelsea"] != .organization, "\(p)")
    }

    @Test func aPlatformSomeoneTookToIsAPlace() {
        let k = kinds("T-Swift took to Twitter to air her grievances with the label.")
        #expect(k["Twitter"] == nil, "\(k)")
    }

    @Test func aFamilyNameAfterADemonymAndAnOfficeIsAPerson() {
        let k = kinds("Once Trump released the transcript of his July 25th call with Ukrainian president Zelensky, the nation learned the truth.")
        #expect(k["Zelensky"] == .person, "\(k)")
    }
}
