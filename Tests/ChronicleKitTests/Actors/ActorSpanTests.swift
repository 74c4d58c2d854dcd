import Testing
@testable import ChronicleKit

/// Issue 19, item 1: names end where the country or organisation before them ends, kinds come
/// from head words, products are no actors, and sources the text does not name (from the parse)
/// are an explicit unnamed source.
@Suite struct ActorSpanTests {
    func analyze(_ text: String) -> DocumentAnalysis { Support.analyzeParsed("Title\n\n" + text) }

    @Test func titleToOrganisationBeforeNameGivesThreeActors() {
        let a = analyze("Former UK Ambassador to the United Nations Jonathan Reed told reporters that the vote was close.").actors.actors
        #expect(a["Jonathan Reed"]?.kind == .person, "\(a.keys.sorted())")
        #expect(a["Jonathan Reed"]?.role?.contains("Ambassador") == true)
        #expect(a["Jonathan Reed"]?.role?.hasPrefix("Former") == true)
        #expect(a["United Kingdom"]?.kind == .country)
        #expect(a["United Nations"]?.kind == .organization)
        #expect(!a.keys.contains { $0.hasPrefix("Nations") })
    }

    @Test func countryBeforeAPersonIsItsOwnActor() {
        let an = analyze("Foreign Minister of Kenya Alfred Mutua said on Tuesday that the border would reopen.")
        #expect(an.actors.actors["Alfred Mutua"]?.kind == .person, "\(an.actors.actors.keys.sorted())")
        #expect(an.actors.actors["Kenya"]?.kind == .country)
        #expect(an.statements.first?.speaker == "Alfred Mutua")
        // every mention keeps its span
        let doc = an.document
        for m in an.actors.mentions { #expect(doc.text(m.provenance.span) == m.text) }
    }

    @Test func aGivenNameThatIsACountryStaysInTheName() {
        let a = analyze("Jordan Peterson said the lecture was cancelled.").actors.actors
        #expect(a["Jordan Peterson"]?.kind == .person, "\(a.keys.sorted())")
    }

    @Test func headWordsDecideTheKind() {
        let a = analyze("Oxfam International said the aid had arrived late. Nairobi Herald reported that the strike ended.").actors.actors
        #expect(a["Oxfam International"]?.kind == .organization, "\(a.map { "\($0.key): \($0.value.kind)" })")
        #expect(a["Nairobi Herald"]?.kind == .media)
    }

    @Test func productsAreNotActors() {
        let a = analyze("An Airbus A320 jet landed safely in Lisbon. Airbus said the engines were fine.").actors.actors
        #expect(a["Airbus"]?.mentions.count == 1, "\(a.keys.sorted())")
    }

    @Test func unnamedSourcesFromTheParse() {
        let an = analyze("Officials said the bridge would reopen in May. According to sources, the minister will resign.")
        let unnamed = an.actors.mentions.filter { $0.form == .unnamed }
        #expect(unnamed.map(\.text) == ["Officials", "sources"])
        #expect(unnamed.allSatisfy { $0.actor == Actor.unnamedSource && $0.provenance.rule == "actor.unnamed-source" })
        for m in unnamed { #expect(an.document.text(m.provenance.span) == m.text) }
    }

    @Test func withoutAParseUnnamedSourcesComeFromTheStatements() {
        var p = Support.pipeline
        p.runsSyntax = false
        let an = p.analyze(id: "t.txt", text: "Title\n\nOfficials said the bridge would reopen in May. The bridge is old.", date: "2021-02-15")
        // only the source of a statement, once
        let unnamed = an.actors.mentions.filter { $0.form == .unnamed }
        #expect(unnamed.map(\.text) == ["Officials"])
        #expect(unnamed.first?.provenance.rule == "actor.unnamed-source")
        #expect(an.statements.first?.speaker == Actor.unnamedSource)
    }
}
