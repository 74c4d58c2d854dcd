import Testing
@testable import ChronicleKit

/// Session 35 (issue 19), from the speaker misses of the development samples: the subject of a
/// participle after "with", a noun after "according to" that the phrase took for a verb, a
/// description before "who", and a name after a preposition of place that is no speaker.
@Suite struct Session35StatementTests {
    func found(_ body: String) -> [CueFinderTests.Found] { CueFinderTests().found(body) }

    @Test func theNounPhraseAfterWithIsTheParticiplesSubject() throws {
        // sample g: "…, with some reports suggesting as many as 200 have been killed" was the clause's subject's
        let f = found("Stocks fell on Monday, with some analysts saying the market was overvalued.")
        #expect(f.contains { $0.cue == "saying" && $0.source == "some analysts" }, "\(f)")
        // not "with" after a verb ("replacing it with softer language calling for …")
        let h = found("The party replaced it with softer language calling for appropriate assistance.")
        #expect(!h.contains { $0.cue == "calling" && $0.source == "softer language" }, "\(h)")
        // a participle after a comma still speaks for the clause's subject
        let g = found("The minister left the meeting, saying the talks had failed.")
        #expect(g.contains { $0.cue == "saying" && $0.source == "The minister" }, "\(g)")
    }

    @Test func aNounAfterAccordingToThatLooksLikeAVerbEndsThePhrase() throws {
        // sample t: "According to the criminal charges" gave "the criminal"
        let c = try Support.chronology(["a.txt": "date 2013-09-19\n\nAccording to the criminal charges, two officers were stationed on the street that night.\n"])
        let s = try #require(c.statements.first { $0.text.contains("officers were stationed") }, "\(c.statements.map(\.text))")
        #expect(s.speakerName == "the criminal charges", "\(s.speakerName ?? "-")")
    }

    @Test func aDescriptionBeforeWhoSpeaksAsAnUnnamedSource() throws {
        // sample x: "A woman who admitted stealing …" had no speaker
        let c = try Support.chronology(["a.txt": "date 2020-01-17\n\nA woman who admitted stealing cat treats has been fined.\n"])
        let s = try #require(c.statements.first { $0.cue == "admitted" }, "\(c.statements.map(\.text))")
        #expect(s.speakerName == "A woman", "\(s.speakerName ?? "-")")
    }

    @Test func aNameAfterAPrepositionOfPlaceIsNoSpeaker() throws {
        // sample x: "a telescope atop Mauna Kea have confirmed" made "Mauna Kea" a person
        let text = "Title\n\nHONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists using a telescope atop Mauna Kea have confirmed the presence of water vapor on the surface of Europa.\n"
        let a = Support.analyze(text)
        #expect(a.actors.actors["Mauna Kea"] == nil, "\(a.actors.actors.keys.sorted())")
        #expect(!a.statements.contains { $0.speaker == "Mauna Kea" }, "\(a.statements.map { $0.speaker ?? "-" })")
        let f = found("Residents near the plant said the air smelled of smoke.")
        #expect(f.contains { $0.cue == "said" && $0.source == "Residents near the plant" }, "\(f)")
    }
}
