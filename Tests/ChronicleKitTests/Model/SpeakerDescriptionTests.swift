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

    @Test func aContinuedQuotationOfAnUnnamedSourceShowsItsDescription() throws {
        // Session 26 (samples t, u, e, y): "“He's in custody,” officers said. “We have her.”" —
        // the second quotation's source lies in the sentence before; the analysis and the store
        // read it from the article's text
        let text = "date 2019-11-19\n\nPolice arrested a man on Monday. \"He's in custody,\" officers said. \"We have her, and she is safe.\"\n"
        let c = try Support.chronology(["a.txt": text])
        let continued = try #require(c.statements.first { $0.rule == "statement.quote.continued" }, "\(c.statements.map(\.text))")
        #expect(continued.speakerName == "officers")
        let store = try Store()
        try store.save(c)
        let loaded = try store.load()
        #expect(loaded.statements.first { $0.rule == "statement.quote.continued" }?.speakerName == "officers")
        // without the article's text (a chronicle.json), the statement keeps the actor's name
        let sentence = try #require(continued.sentence)
        #expect(StatementRecord.speakerName(Actor.unnamedSource, source: continued.sourceSpan, sentence: sentence,
                                            sentenceText: continued.sentenceText) == Actor.unnamedSource)
    }

    @Test func aPronounOfTheUnnamedSourceShowsTheDescriptionBeforeIt() throws {
        // Session 26 (samples e, y): "Police say …. They say she forced her way …"
        let c = try Support.chronology(["a.txt": "date 2012-09-10\n\nPolice say that the shootings happened minutes after Hiller was suspended. They say she forced her way through security at gunpoint.\n"])
        let they = try #require(c.statements.first { $0.text.contains("forced her way") }, "\(c.statements.map(\.text))")
        #expect(they.speakerName == "Police")
        // the same in a store and in a chronicle.json read back
        let store = try Store()
        try store.save(c)
        #expect(try store.load().statements.first { $0.text.contains("forced her way") }?.speakerName == "Police")
        // "he" is no description of many people
        let d = try Support.chronology(["b.txt": "date 2012-09-10\n\nOfficials said the bridge was closed on Monday. He said the bridge would open again.\n"])
        #expect(d.statements.allSatisfy { $0.speakerName != "Officials" || !$0.text.contains("open again") })
    }
}
