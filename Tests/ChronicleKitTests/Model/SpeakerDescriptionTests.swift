import Foundation
import Testing
@testable import ChronicleKit

/// The name shown for a statement's speaker (`StatementRecord.speakerName`): the actor's name,
/// and for the unnamed source the words its sentence describes it with (session 20: "The
/// regional health commission said …" is the commission's, not an "unnamed source"'s).
@Suite struct SpeakerDescriptionTests {
    @Test func theUnnamedSourceIsNamedByItsDescription() {
        let text = "The regional health commission said no one has shown symptoms."
        let sentence = Span(100, 100 + text.unicodeScalars.count)
        // the source span "The regional health commission" (offsets in the document)
        let name = StatementRecord.speakerName(Actor.unnamedSource, source: Span(100, 130), sentence: sentence, sentenceText: text)
        #expect(name == "The regional health commission")
        // a pronoun keeps the actor's name; so does a span outside the sentence
        #expect(StatementRecord.speakerName(Actor.unnamedSource, source: Span(100, 104), sentence: sentence, sentenceText: "They said so.") == Actor.unnamedSource)
        #expect(StatementRecord.speakerName(Actor.unnamedSource, source: Span(90, 130), sentence: sentence, sentenceText: text) == Actor.unnamedSource)
        // a named actor keeps its name
        #expect(StatementRecord.speakerName("Dmytro Kuleba", source: Span(100, 130), sentence: sentence, sentenceText: text) == "Dmytro Kuleba")
    }

    @Test func anAnalysisAndItsChronologyShowTheDescription() throws {
        let c = try Support.chronology(["a.txt": "date 2020-07-06\n\nPlague case reported in China\n\nHealth officials in the region said a third case of the plague had been reported. Industry experts expect interest rates to remain low."])
        let names = c.statements.compactMap(\.speakerName)
        #expect(names.contains("Health officials in the region") || names.contains("Health officials"), "\(c.statements.map { ($0.speakerName ?? "-", $0.text) })")
        #expect(names.contains("Industry experts"), "\(c.statements.map { ($0.speakerName ?? "-", $0.text) })")
    }

    @Test func aRelativeClauseIsNoPartOfTheDescription() {
        // Session 25 (sample t): "a senior government official who saw the confessions of suspects said"
        let text = "A senior government official who saw the confessions of suspects said the group planned it."
        let sentence = Span(0, text.unicodeScalars.count)
        let source = Span(0, "A senior government official who saw the confessions of suspects".unicodeScalars.count)
        #expect(StatementRecord.speakerName(Actor.unnamedSource, source: source, sentence: sentence, sentenceText: text) == "A senior government official")
    }
}
