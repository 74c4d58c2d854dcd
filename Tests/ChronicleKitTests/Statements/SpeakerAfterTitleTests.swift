import Testing
@testable import ChronicleKit

/// "according to the Travis County Republican Party chair Matt Mackowiak": the person named after
/// an organisation and a title speaks, not the organisation; an organisation alone still does.
@Suite struct SpeakerAfterTitleTests {
    static let cases: [(String, String)] = [
        ("The plan is dead, according to Travis County Republican Party chair Matt Mackowiak.", "Matt Mackowiak"),
        ("The plan is dead, according to Amnesty International's director Anna Neistat.", "Anna Neistat"),
        ("The plan is dead, according to the United Nations.", "United Nations"),
    ]

    @Test(arguments: cases.indices) func speakerAfterAnOrganisationAndATitle(_ k: Int) {
        let (sentence, speaker) = SpeakerAfterTitleTests.cases[k]
        let a = Support.analyze("Title\n\n" + sentence)
        #expect(a.statements.count == 1, "\(a.statements.map(\.text))")
        #expect(a.statements.first?.speaker == speaker, "\(sentence): \(a.statements.map { $0.speaker ?? "-" })")
        if let st = a.statements.first, let src = st.sourceSpan {
            #expect(a.document.text(src).hasSuffix(speaker), "\(a.document.text(src))")
        }
    }
}

/// "A Pentagon spokesman said": the organisation or country named before a person's role noun
/// speaks through it (as in "a spokesman for the Pentagon said"); "the Cuban leader said": the
/// person whose role names Cuba (session 17, the TempEval-3 news).
@Suite struct SpeakerThroughARoleTests {
    @Test func anOrganisationSpeaksThroughItsSpokesman() {
        let a = Support.analyze("Title\n\nA Pentagon spokesman said the strike was legal. An IBM spokeswoman said sales rose.")
        #expect(a.statements.map { $0.speaker } == ["Pentagon", "IBM"], "\(a.statements.map { $0.speaker ?? "-" })")
        // the source span stays the whole phrase
        #expect(a.statements.first.flatMap { $0.sourceSpan.map(a.document.text) } == "A Pentagon spokesman")
    }

    @Test func aNationalityBeforeARoleNeedsThePersonOfThatCountry() {
        let a = Support.analyze("Title\n\nCuban President Fidel Castro spoke to students on Monday. Bill Clinton met his aides. The Cuban leader said the boy would return.")
        #expect(a.statements.first?.speaker == "Fidel Castro", "\(a.statements.map { $0.speaker ?? "-" })")
        // no person's role names Iraq: nobody
        let b = Support.analyze("Title\n\nPresident Bill Clinton met his aides on Monday. The Iraqi leader said the inspectors would leave.")
        #expect(b.statements.first?.speaker != "Bill Clinton", "\(b.statements.map { $0.speaker ?? "-" })")
    }
}
