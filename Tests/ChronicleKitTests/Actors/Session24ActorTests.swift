import Testing
@testable import ChronicleKit

/// Session 24 (issue 19): people named after a country's possessive, royal titles, and speakers
/// inside a participle phrase after the subject.
@Suite struct Session24ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aCountrysPossessiveBeforeTwoProperNounsNamesAPerson() {
        let k = kinds("Serbia’s Novak Djokovic and Britain’s Andy Murray will make their first appearances on Tuesday.")
        #expect(k["Novak Djokovic"] == .person, "\(k)")
        // a place after the possessive, with no verb after it, is no person
        let m = kinds("He spent two nights in an ice cave on New Zealand's Mt Cook after seeing his brother fall.")
        #expect(m["Mt Cook"] == nil, "\(m)")
    }

    @Test func aRoyalTitleBeforeOneGivenNameIsPartOfTheName() {
        let k = kinds("Maitlis asked how Andrew, Queen Elizabeth II's third child, could be so sure.")
        #expect(k["Queen Elizabeth II"] == .person, "\(k)")
        #expect(k["Elizabeth II"] == nil, "\(k)")
    }

    @Test func anActorInsideAParticiplePhraseDoesNotSpeak() {
        let a = Support.analyze("Title\n\nExperts quoted by Reuters said the deal was close. The authors of the research published in the journal JAMA Psychiatry argued that the policies have provided benefits. Officials of the Reuters bureau said nothing else.\n")
        let experts = a.statements.first { $0.text.hasPrefix("the deal was close") }
        #expect(experts?.speaker == Actor.unnamedSource, "\(a.statements)")
        #expect(experts.flatMap { $0.sourceSpan.map { a.document.text($0) } } == "Experts")
        let authors = a.statements.first { $0.text.contains("the policies have provided benefits") }
        #expect(authors.flatMap { $0.sourceSpan.map { a.document.text($0) } } == "The authors of the research", "\(a.statements)")
        // the actor speaks when no participle comes before it
        let r = Support.analyze("Title\n\nReuters said the deal was close.\n")
        #expect(r.statements.first?.speaker == "Reuters", "\(r.statements)")
    }
}

/// An acronym the article defines in parentheses after a name (session 24).
@Suite struct DefinedAcronymTests {
    @Test func anAcronymDefinedInParenthesesIsTheNamedActor() {
        let a = Support.analyze("Title\n\nThe International Renewable Energy Agency (IRENA) said costs fell. According to data released by IRENA in August, capacity grew.\n")
        let names = Set(a.actors.actors.values.map(\.name))
        #expect(names.contains("International Renewable Energy Agency") && !names.contains("IRENA"), "\(names)")
        let s = a.statements.first { $0.text.contains("capacity grew") }
        #expect(s?.speaker == "International Renewable Energy Agency", "\(a.statements)")
        // a word in capitals that no name defines stays apart
        let b = Support.analyze("Title\n\nThe Agency for Energy said costs fell. IRENA said prices rose.\n")
        #expect(b.statements.first { $0.text.contains("prices rose") }?.speaker != "Agency for Energy", "\(b.statements)")
    }
}
