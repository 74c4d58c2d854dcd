import Testing
@testable import ChronicleKit

/// Session 22 (issue 19): "he said" / "she said" right after another person's statement goes on
/// with that speaker (`StatementFinder.pronounSpeakers`), not with the person the salience of
/// coreference favours.
@Suite struct PronounSpeakerTests {
    func statements(_ text: String) -> [Statement] { Support.analyze("Title\n\n" + text + "\n", date: "2000-03-28").statements }
    func show(_ s: [Statement]) -> String { "\(s.map { "\($0.speaker ?? "-") [\($0.provenance.rule)]: \($0.text)" })" }

    @Test func aPronounAfterAStatementGoesOnWithItsSpeaker() {
        let s = statements("President Fidel Castro said Tuesday his government was worried. Castro said a group in Miami was studying the plan. Castro said his government had shared its concerns. In Miami, the boy's great-uncle, Lazaro Gonzalez, denied that he would send Elian out of the country. “It never even entered my mind,” he said. “This is my home.”")
        #expect(s.first { $0.text.contains("entered my mind") }?.speaker == "Lazaro Gonzalez", "\(show(s))")
        // the continued quotation follows it
        #expect(s.first { $0.text.contains("This is my home") }?.speaker == "Lazaro Gonzalez", "\(show(s))")
    }

    @Test func anUnresolvedPronounTakesThePersonWhoSpokeJustBefore() {
        let s = statements("Genesee County Sheriff Robert Pickell said the suspect surrendered peacefully. Upon arrest, police seized a shotgun and several shells, he said.")
        #expect(s.first { $0.text.contains("shotgun") }?.speaker == "Robert Pickell", "\(show(s))")
    }

    @Test func aPronounOfTheOtherGenderOrAfterAnOrganisationKeepsItsOwn() {
        // "he" is not Regina Benjamin, whose name is a woman's
        let s = statements("James Rohack praised the choice. Regina Benjamin said the clinic would stay open. But awards are not her main focus, he said.")
        #expect(s.first { $0.text.contains("awards") }?.speaker != "Regina Benjamin", "\(show(s))")
        // an organisation that spoke before is no "he"
        let t = statements("Reuters reported that the plan had failed. ‘‘It is over,’’ he said.")
        #expect(t.first { $0.text.contains("It is over") }?.speaker != "Reuters", "\(show(t))")
    }

    @Test func aPersonTheSentenceNamesKeepsThePronoun() {
        // "he" is Jones, named in the sentence outside what was said
        let s = statements("Tom Smith said the talks had failed. When Bill Jones arrived at the meeting, he said the deal was off.")
        #expect(s.first { $0.text.contains("the deal was off") }?.speaker != "Tom Smith", "\(show(s))")
    }
}
