import Testing
@testable import ChronicleKit

/// Statements the layout attributes (`Statements/Transcripts.swift`) and nouns of saying after a
/// possessor (`reporting-nouns`), on sentences of news articles (PolNeAR train).
@Suite struct LayoutStatementTests {
    func statements(_ text: String) -> (Document, [Statement]) {
        let export = try! AttributionExport()
        return (Document(id: "t", text: text), export.statements(id: "t", text: text))
    }

    static let transcript = "Fallin: Trump is trying to heal.\n\n"
        + "Oklahoma Gov. Mary Fallin spoke with CNN about Donald Trump.\n\n"
        + "JAKE TAPPER: Donald Trump released a video on Friday talking about racial healing. Take a listen.\n\n"
        + "(BEGIN VIDEO CLIP.)\n\n"
        + "TRUMP: The deaths of Alton Sterling in Louisiana and Philando Castile in Minnesota, also make clear how much more work we have to do.\n\n"
        + "(END VIDEO CLIP.)\n\n"
        + "TAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\n"
        + "FALLIN: I think he is trying to campaign as a racial healer. I think that has been part of his message.\n"

    @Test func transcriptTurnsAreTheirSpeakersStatements() {
        let (doc, all) = statements(Self.transcript)
        let turns = all.filter { $0.provenance.rule == "statement.transcript.label" }
        #expect(turns.count == 4, "\(turns.map(\.text))")
        #expect(turns.map { $0.sourceSpan.map { doc.text($0) } ?? "" } == ["JAKE TAPPER", "TRUMP", "TAPPER", "FALLIN"])
        #expect(turns.first?.text == "Donald Trump released a video on Friday talking about racial healing. Take a listen")
        // a label names the person actor whose name ends in it
        #expect(turns[1].speaker == "Donald Trump")
        #expect(turns[3].speaker == "Mary Fallin")
        #expect(turns.allSatisfy { $0.cue == ":" })
    }

    @Test func aLoneCapitalsNoteIsNoTurn() {
        let text = "Former DNC chairman calls for contingency plan\n\n"
            + "Don Fowler said the party should prepare a plan.\n\n"
            + "CLARIFICATION: The first sentence has been clarified to reflect that Fowler is calling for a process.\n"
        let (_, all) = statements(text)
        #expect(!all.contains { $0.provenance.rule == "statement.transcript.label" })
    }

    @Test func aParagraphAfterAVerbOfSayingAndAColonIsItsSubjects() {
        let text = "Cruz attacks the moderators\n\n"
            + "Ted Cruz spoke at the debate in Boulder on Wednesday.\n\n"
            + "Cruz continued:\n\n"
            + "You look at the questions: Donald Trump, are you a comic book villain? Ben Carson, can you do math?\n\n"
            + "The crowd cheered.\n"
        let (doc, all) = statements(text)
        let f = all.first { $0.provenance.rule == "statement.reported.after-colon" }
        #expect(f?.text == "You look at the questions: Donald Trump, are you a comic book villain? Ben Carson, can you do math", "\(all.map(\.text))")
        #expect(f?.speaker == "Ted Cruz")
        #expect(f?.cue == "continued")
        #expect(f?.sourceSpan.map { doc.text($0) } == "Cruz")
        // a colon after no verb of saying attributes nothing
        let (_, none) = statements("Budget talks\n\nThe plan has three parts:\n\nLower taxes, fewer rules and more roads for the state.\n")
        #expect(!none.contains { $0.provenance.rule == "statement.reported.after-colon" })
    }

    @Test func possessorOfANounOfSayingSpeaks() {
        let (doc, all) = statements("Debate recap\n\nRubio's claim that Cruz is in favor of legalizing illegal immigrants was not true.\n")
        let f = all.first { $0.cue == "claim" }
        #expect(f?.text == "Cruz is in favor of legalizing illegal immigrants was not true", "\(all.map(\.text))")
        #expect(f?.sourceSpan.map { doc.text($0) } == "Rubio")
        #expect(f?.provenance.rule == "statement.cue.possessive-noun")
        // a possessive pronoun: its actor speaks
        let (_, her) = statements("Auto bailout\n\nHillary Clinton spoke in Detroit. She doubled down on her claim that Sanders had voted against the auto industry bailout.\n")
        let g = her.first { $0.cue == "claim" }
        #expect(g?.speaker == "Hillary Clinton", "\(her.map(\.text))")
        #expect(g?.text == "Sanders had voted against the auto industry bailout")
    }

    @Test func aNounOfSayingWithoutPossessorOrClauseNamesNoOne() {
        let (_, a) = statements("Fact check\n\nThe claim that crime is rising was repeated on Monday.\n")
        #expect(!a.contains { $0.cue == "claim" })
        // a relative clause after the noun is no content
        let (_, b) = statements("Fact check\n\nTrump's claims that were debunked by reporters kept circulating.\n")
        #expect(!b.contains { $0.cue == "claims" })
    }

    @Test func aVerbOfSayingAfterANameBeforeThatIsAVerb() {
        let (doc, all) = statements("Reagan Democrats\n\nViguerie notes that Reagan Democrats can play a key role in a 2016 Republican Presidential victory.\n")
        let f = all.first { $0.cue == "notes" }
        #expect(f?.text == "Reagan Democrats can play a key role in a 2016 Republican Presidential victory", "\(all.map(\.text))")
        #expect(f?.sourceSpan.map { doc.text($0) } == "Viguerie")
    }
}
