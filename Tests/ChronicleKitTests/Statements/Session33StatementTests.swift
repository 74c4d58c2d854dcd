import Testing
@testable import ChronicleKit

/// Session 33 (issue 19), from the speaker misses of the development samples: a subject whose
/// place follows two prepositions joined by "and", and a passive cue with "not" between.
@Suite struct Session33StatementTests {
    func found(_ body: String) -> [CueFinderTests.Found] { CueFinderTests().found(body) }

    @Test func twoJoinedPrepositionsAfterTheSubjectsNoun() throws {
        // sample t: the head of the subject is "officials", not the place after "around"
        let f = found("Elected officials in and around Miami warned U.S. immigration officials Wednesday that they should expect little help from the police.")
        #expect(f.contains { $0.cue == "warned" && $0.source == "Elected officials in and around Miami" }, "\(f)")
        // … and a pronoun after it speaks as the officials did (their description is its name)
        let c = try Support.chronology(["a.txt": "date 2000-03-29\n\nElected officials in and around Miami warned U.S. immigration officials Wednesday that they should expect little help from the police, and they said this city could erupt in violence.\n"])
        let they = try #require(c.statements.first { $0.text.hasPrefix("this city") }, "\(c.statements.map(\.text))")
        #expect(they.speakerName == "Elected officials in and around Miami")
    }

    @Test func aNegatedPassiveCueHasNoSubjectSource() throws {
        // sample y: "… is not thought to cause …" is no saying of its subject; "they wrote" goes on
        // with the authors who spoke before it
        let c = try Support.chronology(["a.txt": "date 2019-11-19\n\nUsing weed occasionally is not thought to cause substantial problems, the authors said. But long-term, heavy use is linked to physical and psychological problems, they wrote.\n"])
        #expect(!c.statements.contains { $0.cue == "thought" && $0.speaker != nil }, "\(c.statements.map { ($0.cue ?? "-", $0.speakerName ?? "-") })")
        let they = try #require(c.statements.first { $0.cue == "wrote" }, "\(c.statements.map(\.text))")
        #expect(they.speakerName == "the authors")
    }
}
