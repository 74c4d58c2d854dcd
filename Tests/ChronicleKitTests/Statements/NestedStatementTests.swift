import Testing
@testable import ChronicleKit

/// Issue 19 item 3: a verb of saying inside what another one reports is not a second
/// statement (PolNeAR annotates none), and a quotation's content stays inside its marks.
@Suite struct NestedStatementTests {
    @Test func saidHeThoughtIsOneStatementOfTheOuterSpeaker() {
        let a = Support.analyze("Title\n\nDonald Trump, her Republican opponent, bemoaned the unrest in Charlotte and said he thought that drugs were a \"very, very big factor\" in the violence.\n")
        #expect(a.statements.count == 1, "\(a.statements.map { ($0.text, $0.cue) })")
        #expect(a.statements.first?.speaker == "Donald Trump")
        #expect(a.statements.first?.cue == "said")
        #expect(a.statements.first?.text.hasPrefix("he thought that drugs") == true)
    }

    @Test func aCueInsideAQuotationDoesNotTakeTheQuotationsSpeaker() {
        let a = Support.analyze("""
            Clinton Goes After Trump.

            If it worked against Mitt Romney, it might just work against Donald Trump. At least that’s what the Clinton campaign now hopes.
            The Democratic nominee attacked her opponent as a fraud during the debate Monday night.
            “He started his business with $14 million borrowed from his father, and he really believes that the more you help wealthy people, the better off we’ll be. I don’t buy that,” Clinton said.

            """)
        let quoted = a.statements.filter { $0.text.contains("wealthy people") }
        #expect(quoted.count == 1, "\(a.statements.map { ($0.text, $0.speaker, $0.cue) })")
        #expect(quoted.first?.cue == "said")
        #expect(quoted.first?.text.contains("He started his business") == true)
        #expect(quoted.first?.text.contains("Clinton said") == false)
    }

    @Test func aQuotationAttributedByADashKeepsItsSpeakerOverACueInside() {
        let a = Support.analyze("""
            Title

            Donald Trump spoke. Voters watched.

            ”Mr. Trump’s performance on this debate confirms where he stands. He is very confident of himself. He said it over and over, he is very proud of his actions, while avoiding the questions he was being asked.” ― Veronica Cruz

            """)
        let quoted = a.statements.filter { $0.text.contains("over and over") }
        #expect(quoted.count == 1, "\(a.statements.map { ($0.text, $0.speaker, $0.cue) })")
        #expect(quoted.first?.speaker == "Veronica Cruz")
        #expect(quoted.first?.provenance.rule == "statement.quote.dash")
    }
}
