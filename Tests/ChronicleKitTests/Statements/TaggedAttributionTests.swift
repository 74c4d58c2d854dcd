import Testing
@testable import ChronicleKit

/// Session 30 (issue 19): `chronicle attributions` (`AttributionExport`) runs the Syntax stage
/// as `chronicle analyze` does (the tagger, `Document.tags`), so both commands read the same word
/// classes and find the same attributions; and the statement readings the tags changed: a
/// form the tagger reads as a noun is a verb before "that" and a clause ("Video shows that …"),
/// a preposition a verb takes for its object is what was said ("commented on …"), a name before
/// an apposition after a quotation speaks.
@Suite struct TaggedAttributionTests {
    func found(_ body: String) -> [CueFinderTests.Found] { CueFinderTests().found(body) }

    @Test func theExportReadsTheTagsAsTheAnalysisDoes() {
        let text = "Title\n\nAbortion protests in seven states drew thousands on Sunday. Video shows that Crutcher had his hands in the air, contradicting the police. Environmentalists worry that the cost could fall to taxpayers.\n"
        let export = try! AttributionExport()
        let exported = export.statements(id: "t.txt", text: text)
        let analyzed = Support.analyze(text).statements
        // (the export turns off no stage the analysis runs before the statements: the same cues)
        #expect(exported.map(\.cueSpan) == analyzed.map(\.cueSpan), "\(exported.map(\.cue)) vs \(analyzed.map(\.cue))")
        // a noun the tagger reads is no cue: "Abortion protests in seven states"
        #expect(!exported.contains { $0.cue == "protests" }, "\(exported.map(\.cue))")
    }

    @Test func aNounFormBeforeThatAndAClauseIsAVerb() {
        let f = found("Video shows that Crutcher had his hands in the air. A new poll shows that Trump remains in a tight race.")
        #expect(f.contains { $0.cue == "shows" && $0.source == "Video" && $0.content.hasPrefix("Crutcher had his hands") }, "\(f)")
        #expect(f.contains { $0.cue == "shows" && $0.source == "A new poll" && $0.content.hasPrefix("Trump remains") }, "\(f)")
        // (people before a base form that is a noun of the lexicon too, and "that")
        let w = found("Should the company run into trouble, environmentalists worry that the cost of reclaiming the mines could fall to taxpayers.")
        #expect(w.contains { $0.cue == "worry" && $0.source == "environmentalists" && $0.content.hasPrefix("the cost of reclaiming") }, "\(w)")
        // (a noun after a determiner stays a noun: "the claims that he made")
        let n = found("He repeated the claims that he made in May.")
        #expect(!n.contains { $0.cue == "claims" }, "\(n)")
        // (nor a noun after a verb's object: "tried to calm market fears that …")
        let m = found("European Union officials tried to calm market fears that Greece's debt crisis was spreading.")
        #expect(!m.contains { $0.cue == "fears" }, "\(m)")
    }

    @Test func aPrepositionTheVerbTakesForItsObjectIsWhatWasSaid() {
        let f = found("Trump has also commented on Crutcher’s death. He warned against potential hackers from China.")
        #expect(f.contains { $0.cue == "commented" && $0.content == "on Crutcher’s death" }, "\(f)")
        #expect(f.contains { $0.cue == "warned" && $0.content.hasPrefix("against potential hackers") }, "\(f)")
        // (a place or an occasion after the verb is still no content)
        let g = found("Tim Morrison testified before the committee Tuesday about the events.")
        #expect(!g.contains { $0.content.contains("the committee") }, "\(g)")
    }

    @Test func aNameBeforeAnAppositionAfterAQuotationSpeaks() {
        let f = found("“The pirate skiffs reversed course and tried to flee the area,” Captain Manohar Nambiar, Chief Public Relations Officer, Defence, said.")
        #expect(f.first { $0.cue == "said" }?.speaker == "Manohar Nambiar", "\(f)")
    }
}
