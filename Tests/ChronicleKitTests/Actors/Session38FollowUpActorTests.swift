import Testing
@testable import ChronicleKit

/// Session 38, follow-up (issue 19): a person named by one capitalised word right after a
/// lower-case noun of a person (rule `actor.person.noun-before-one-name`), that word alone later
/// (`unifyPersons`), and the sport check found once per article (`isSportArticle`).
@Suite struct Session38FollowUpActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aOneWordNameAfterANounOfAPersonIsAPerson() {
        let a = kinds("Brazil star Neymar was among the fans. The club said midfielder Pogba would miss the match, and the singer Adele cancelled a show. Canadian rapper Drake topped the chart.")
        for n in ["Neymar", "Pogba", "Adele", "Drake"] { #expect(a[n] == .person, "\(n): \(a)") }
        #expect(a["Brazil"] == .country, "\(a)")
        // no place, organisation, medium or holiday a lexicon knows, and no word of a longer name
        let b = kinds("The official Moscow line did not change. Economists Reuters polled expect a cut. The family Christmas card was sent. An official Kremlin Press Service statement said the talks would resume. The company Foxconn said it would grow.")
        for n in ["Moscow", "Reuters", "Christmas", "Kremlin", "Foxconn"] { #expect(a[n] != .person && b[n] != .person, "\(n): \(b)") }
    }

    @Test func theOneWordNameAloneLaterIsThatPerson() {
        // ECB+ (sample y): "his elder brother Vitali. Vitali was in his brother's corner"
        let d = Support.analyze("Title\n\nKlitschko shares the heavyweight ranks with his elder brother Vitali. Vitali was in his brother's corner as usual.\n")
        let v = d.actors.mentions.filter { $0.actor == "Vitali" && $0.form != .pronoun }
        #expect(v.count == 2, "\(d.actors.mentions.map { ($0.text, $0.actor) })")
        // a full name the article gives takes the one word
        let e = Support.analyze("Title\n\nPaul Pogba trained on Monday. The club said midfielder Pogba would miss the match.\n")
        #expect(e.actors.actors["Pogba"] == nil, "\(e.actors.actors.keys.sorted())")
        #expect(e.actors.actors["Paul Pogba"]?.kind == .person, "\(e.actors.actors.keys.sorted())")
    }

    @Test func theSportCheckIsFoundOncePerArticle() {
        // the same teams as before: a team by its plural before a player (`learnTeams`) and a
        // team named in full that `checkTeams` keeps
        let a = kinds("The Kansas City Chiefs beat the Raiders in the game. Chiefs quarterback Patrick Mahomes threw three touchdowns this season.")
        #expect(a["Kansas City Chiefs"] == .organization, "\(a)")
        #expect(a["Patrick Mahomes"] == .person, "\(a)")
        let b = kinds("The Kansas City Chiefs met the mayor on Monday. The council said the plan would go ahead.")
        #expect(b["Kansas City Chiefs"] == nil, "\(b)")
    }
}
