import Testing
@testable import ChronicleKit

/// Session 34 (issue 19): an organisation named in apposition after a noun and a relative clause
/// (`actor.organization.noun-clause-appositive`) and after "parent organization"
/// (`actor.organization.company-appositive`); a word inside a longer unknown name is no surname;
/// "they" after two people joined by "and" outside a subject.
@Suite struct Session34ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func anOrganisationInAppositionAfterANounAndARelativeClauseSpeaksAndIsTheCompany() {
        // sample v: "Big Machine" was a person the Statements stage made, so "the company" had no referent
        let text = "Title\n\nThe group that owns most of her music, Big Machine, says she will be allowed to play her old tracks.\n\n"
            + "But the company says she didn't need their permission in the first place.\n"
        let a = Support.analyze(text)
        #expect(a.actors.actors["Big Machine"]?.kind == .organization, "\(a.actors.actors.keys.sorted())")
        let s = a.statements.first { $0.text.contains("permission") }
        #expect(s?.speaker == "Big Machine", "\(a.statements.map { $0.speaker ?? "-" })")
        // a name said between commas after a clause is no organisation when a verb of saying follows it
        let b = kinds("The company that built the plant, Smith said, would appeal.")
        #expect(b["Smith"] != .organization, "\(b)")
    }

    @Test func aParentOrganisationInAppositionIsAnOrganisation() {
        let a = kinds("The charity’s parent organization, Evidence Action, leads two of the programs.")
        #expect(a["Evidence Action"] == .organization, "\(a)")
    }

    @Test func aWordInsideALongerUnknownNameIsNoSurname() {
        // sample h: "Evidence Action Beta" gave the surname "Action" of "Evidence Action" at every mention
        let text = "Title\n\nWe said GiveWell and Evidence Action believe the programs are promising.\n\n"
            + "We recommended a grant to Evidence Action Beta to create a program.\n"
        let a = Support.analyze(text).actors
        let inside = a.mentions.filter { a.actors[$0.actor] != nil && $0.text == "Action" }
        #expect(inside.isEmpty, "\(a.mentions.map { "\($0.text)=\($0.actor)" })")
        // a surname next to a weekday or a function word is still one
        let b = Support.analyze("Title\n\nJohn Smith said the plant would close.\n\nWhen Smith spoke Tuesday, the workers left.\n").actors
        #expect(b.mentions.contains { $0.text == "Smith" && $0.actor == "John Smith" }, "\(b.mentions.map { "\($0.text)=\($0.actor)" })")
    }

    @Test func theyAfterTwoPeopleJoinedByAndGoesToThePair() {
        // sample v: a role word in lower case before the second name ("and congresswoman …")
        let text = "Title\n\nHer post got the attention of two big-name Democratic politicians: Senator Elizabeth Warren and congresswoman Alexandria Ocasio-Cortez.\n\n"
            + "They criticised Scooter Braun's company and the effect big businesses can have.\n"
        let a = Support.analyze(text)
        let s = a.statements.first { $0.cue == "criticised" }
        #expect(s?.speaker == "Elizabeth Warren", "\(a.statements.map { ($0.cue ?? "-") + ":" + ($0.speaker ?? "-") })")
        // a pair that is the object of the verb
        let b = Support.analyze("Title\n\nThe governor met John Smith and Mary Jones on Monday.\n\nThey said the plant would stay open.\n")
        #expect(b.statements.first { $0.cue == "said" }?.speaker == "John Smith", "\(b.statements.map { $0.speaker ?? "-" })")
    }

    @Test func aCountryAfterFromAndAPluralNounQualifiesIt() {
        // sample t: the origin of people goes with the country's other mentions, here places
        let a = kinds("Officials said the boy should go back to Cuba. His father would be accompanied by other family members from Cuba.")
        #expect(a["Cuba"] == nil, "\(a)")
        // a mention that acts keeps them all
        let b = kinds("Cuba said the boy should come home. His father would be accompanied by other family members from Cuba.")
        #expect(b["Cuba"] == .country, "\(b)")
    }

    @Test func teamsWhoseNameEndsInANumberAreOrganisations() {
        // ECB+ dev (topic 5): "76ers" is a number token, no team plural
        let a = kinds("The Philadelphia 76ers fired coach Maurice Cheeks on Saturday. The 49ers won the game.")
        #expect(a["Philadelphia 76ers"] == .organization && a["San Francisco 49ers"] == .organization, "\(a)")
    }

    @Test func aTeamsPluralOnceAfterAnOpponentWordIsATeamInAnArticleAboutSport() {
        // samples z and ECB+ dev: "in 54 games with the Angels", "a playoff … against the Steelers"
        let a = kinds("Jackson will play in Sunday's playoff game against the Steelers. The coach said the season had been long.")
        #expect(a["Steelers"] == .organization, "\(a)")
        // not outside sport
        let b = kinds("The council voted against the Hendersons on Monday and the mayor said the plan would go ahead.")
        #expect(b["Hendersons"] == nil, "\(b)")
    }
}
