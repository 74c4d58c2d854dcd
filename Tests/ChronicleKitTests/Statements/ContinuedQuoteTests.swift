import Testing
@testable import ChronicleKit

/// Session 21 (issue 19): a quotation that goes on after its cue, as a sentence of its own with
/// no cue ("“…,” the official said, visibly upset. “If we had intervened earlier, …”"), is a
/// statement of the same speaker; the attribution export folds it into the attribution before
/// it, as PolNeAR annotates it (a second content span).
@Suite struct ContinuedQuoteTests {
    let text = "Title\n\nA fire official spoke. “Several crucial minutes were lost,” Chief Inspector John Smith said on Monday, visibly upset. “If we had intervened earlier, the loss of life could have been prevented.” He asked not to be identified.\n"

    @Test func aQuotationAfterItsCueGoesOnWithTheSameSpeaker() {
        let a = Support.analyze(text)
        let first = a.statements.first { $0.text.contains("crucial minutes") }
        let next = a.statements.first { $0.text.contains("loss of life") }
        #expect(first?.speaker == "John Smith")
        #expect(next?.speaker == "John Smith", "\(a.statements.map { "\($0.speaker ?? "-"): \($0.text)" })")
        #expect(next?.provenance.rule == StatementFinder.continuedRule)
        #expect(next?.direct == true)
        // said on Monday: the same day as the statement before
        #expect(next?.date == first?.date)
        #expect(next?.date == "2021-02-15")
    }

    @Test func aQuotationWithinASentenceOrAfterNoQuoteIsNoContinuation() {
        // the sentence before holds no direct statement
        let a = Support.analyze("Title\n\nJohn Smith said the talks failed. “We will not give up on the people of this town.”\n")
        #expect(a.statements.allSatisfy { $0.provenance.rule != StatementFinder.continuedRule })
        // a quotation with words of its sentence outside it is not one
        let b = Support.analyze("Title\n\n“We will win,” John Smith said. The crowd chanted “we will win the next one” for hours.\n")
        #expect(b.statements.allSatisfy { $0.provenance.rule != StatementFinder.continuedRule })
    }

    @Test func theAttributionExportFoldsItIntoTheAttributionBefore() {
        let export = try! AttributionExport()
        let s = export.statements(id: "t", text: text)
        let first = s.first { $0.text.contains("crucial minutes") }
        #expect(s.allSatisfy { $0.provenance.rule != StatementFinder.continuedRule })
        #expect(first?.parts.count == 2, "\(s.map { "\($0.provenance.rule): \($0.parts)" })")
        if let p = first?.parts.last { #expect(Array(text.unicodeScalars)[p.start..<p.end].map(String.init).joined().contains("loss of life")) }
    }
}

/// Session 21 (issue 19): a source phrase that names no actor describes a source the text does
/// not name; the statement's speaker is the unnamed source and its name the description.
@Suite struct DescribedSourceTests {
    @Test func aDescriptionIsTheNameOfAnUnnamedSource() {
        let a = Support.analyze("Title\n\nThe quake shook the south. Tehran's seismologic center said the quake measured magnitude 5.9. The death toll has risen to 12, hospital officials and family members said.\n")
        let quake = a.statements.first { $0.text.contains("magnitude") }
        #expect(quake?.speaker == Actor.unnamedSource, "\(a.statements.map { "\($0.speaker ?? "-"): \($0.text)" })")
        let c = Chronology(corpus: EventGraphBuilder().build([a]))
        let names = Set(c.statements.compactMap(\.speakerName))
        #expect(names.contains("Tehran's seismologic center"), "\(names)")
        #expect(names.contains("hospital officials and family members"), "\(names)")
        // and Tehran is a place here, no alias of Iran
        #expect(a.actors.actors.values.allSatisfy { $0.mentions.allSatisfy { $0.text != "Tehran" } })
    }

    @Test func aNameOrAPronounIsNoDescription() {
        let a = Support.analyze("Title\n\nIn the end, people say they want peace. The plan is dead, it says.\n")
        #expect(a.statements.allSatisfy { $0.speaker != Actor.unnamedSource }, "\(a.statements.map { "\($0.speaker ?? "-"): \($0.text)" })")
    }
}

/// Session 22 (issue 19): a quotation left open at the end of its paragraph goes on in the next
/// paragraph that opens with a quotation mark, with the speaker of the paragraph before.
@Suite struct QuotationOverParagraphsTests {
    @Test func aQuotationLeftOpenGoesOnInTheNextParagraph() {
        let a = Support.analyze("Title\n\nCheuk Hau-yip, the commander of Kowloon West district, said: “These rioters, they are also criminals. They have to face the consequences of their acts.\n\n“Other than coming out to surrender, I don’t see that there’s any viable option for them.”\n\nThe police said the siege would go on.\n")
        let s = a.statements.first { $0.text.contains("Other than coming out") }
        #expect(s?.speaker == "Cheuk Hau-yip", "\(a.statements.map { "\($0.speaker ?? "-") [\($0.provenance.rule)]: \($0.text)" })")
        #expect(s?.provenance.rule == StatementFinder.continuedRule)
        // a closed quotation does not go on into a paragraph after another sentence
        let b = Support.analyze("Title\n\nCheuk Hau-yip said: “These rioters are criminals.” The police moved in at dawn.\n\n“Other than coming out to surrender, there is no option,” a resident said.\n")
        #expect(b.statements.first { $0.text.contains("Other than coming out") }?.speaker != "Cheuk Hau-yip")
    }
}
