import Testing
@testable import ChronicleKit

/// Issue 19, item 3 and issue 17, item 6: speakers from the parse.
@Suite struct ParseSpeakerTests {
    func statements(_ text: String) -> [Statement] { Support.analyzeParsed("Title\n\n" + text).statements }

    @Test func unnamedSourcesSpeakExplicitly() {
        let s = statements("Officials said the bridge would reopen in May. According to sources, the minister will resign.")
        #expect(s.count == 2)
        #expect(s.allSatisfy { $0.speaker == Actor.unnamedSource }, "\(s.map { $0.speaker ?? "-" })")
        #expect(s.allSatisfy { $0.sourceSpan != nil })
    }

    @Test func nestedAttributionKeepsTheOuterSpeaker() {
        let s = statements("Friends of Maria Lopez claimed that she had been poisoned.")
        #expect(s.count == 1)
        #expect(s.first?.speaker != "Maria Lopez", "\(s.map { $0.speaker ?? "-" })")
        #expect(s.first?.speaker == Actor.unnamedSource)
    }

    @Test func quotedAsSayingGivesThePassiveSubject() {
        let s = statements("Senator Ruth Adams was quoted as saying that the budget was exhausted.")
        #expect(s.map(\.speaker) == ["Ruth Adams"], "\(s.map { "\($0.speaker ?? "-"): \($0.text)" })")
        #expect(s.first?.text == "the budget was exhausted")
        // (the cue finder reads it without the parse too: `CueFinder`, "was quoted by X as saying")
        #expect(["statement.parse.quoted-as-saying", "statement.cue.quoted-as-saying"].contains(s.first?.provenance.rule ?? ""))
    }

    @Test func aNounReadingIsNoCue() {
        let s = statements("Rebel attacks on the convoy killed two drivers.")
        #expect(!s.contains { $0.cue == "attacks" }, "\(s.map { "\($0.cue ?? "-"): \($0.text)" })")
    }

    @Test func pronounSpeakerResolvesToTheEarlierPerson() {
        let s = statements("Senator Ruth Adams visited the port. She said the cranes were too old.")
        #expect(s.first?.speaker == "Ruth Adams")
    }
}
