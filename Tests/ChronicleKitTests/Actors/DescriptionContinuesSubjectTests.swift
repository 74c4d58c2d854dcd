import Testing
@testable import ChronicleKit

/// A description that opens its sentence ("The company …") goes on with the subject of the
/// sentence before when that one fits, however salient another actor of its kind was just before
/// (session 29, sample h: "The company published a blog post that said …" after "Amazon is now
/// letting you listen to music free …" was given to WeWork, named twice in the paragraph before).
@Suite struct DescriptionContinuesSubjectTests {
    func statements(_ text: String) -> [Statement] { Support.analyze("Title\n\n" + text + "\n", date: "2019-11-18").statements }

    @Test func theCompanyOpeningASentenceIsTheSubjectBefore() {
        let s = statements("SoftBank has told WeWork executives that WeWork must turn a profit, as SoftBank attempts to rescue WeWork.\n\nAmazon is now letting you listen to music free on smartphones. The company published a blog post that said customers without a subscription could now listen for free.")
        let st = s.first { $0.text.contains("customers without a subscription") }
        #expect(st?.speaker == "Amazon", "\(s.map { ($0.speaker ?? "-", $0.text) })")
    }

    @Test func aSubjectOfAnotherKindLeavesTheMostSalient() {
        // (the subject before is a person: "the company" goes to the company named before)
        let s = statements("Amazon sold more music last year than ever. John Smith is now its chief of music. The company said that sales rose by a third.")
        let st = s.first { $0.text.contains("sales rose") }
        #expect(st?.speaker == "Amazon", "\(s.map { ($0.speaker ?? "-", $0.text) })")
    }
}
