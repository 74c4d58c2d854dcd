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
