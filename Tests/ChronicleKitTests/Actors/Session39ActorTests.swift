import Testing
@testable import ChronicleKit

/// Session 39 (issue 19): actors and speakers.
@Suite struct Session39ActorTests {
    @Test func aGivenNameAfterAKinshipNounAloneLaterIsThatPerson() {
        // "her husband Bill" (rule `actor.person.kin-given-name`) … "Bill said": the bare given
        // name later is the same person
        let d = Support.analyze("Title\n\nThe singer thanked her husband Bill for his support. Bill was in the front row on Friday.\n")
        let b = d.actors.mentions.filter { $0.actor == "Bill" && $0.form != .pronoun }
        #expect(b.count == 2, "\(d.actors.mentions.map { ($0.text, $0.actor) })")
        // a full name that ends in the word, or a capitalised word after it, keeps it apart
        let e = Support.analyze("Title\n\nLopez and his brother Kristian were arrested. Kristian Lopez said nothing.\n")
        #expect(e.actors.mentions.filter { $0.actor == "Kristian" && $0.text == "Kristian" && $0.provenance.span.start > 50 }.isEmpty,
                "\(e.actors.mentions.map { ($0.text, $0.actor, $0.provenance.span.start) })")
    }
}
