import Testing
@testable import ChronicleKit

/// Session 26 (issue 19), from the statement misses of the development samples: a clause that
/// opens with "this" after a verb of saying, and a role noun naming no one the text named.
@Suite struct Session26StatementTests {
    func statements(_ text: String) -> [Statement] { Support.analyze("Title\n\n" + text + "\n", date: "2009-02-01").statements }

    @Test func aClauseOpeningWithThisIsWhatWasSaid() {
        // sample t: "they said this city could erupt in violence"
        let s = statements("Elected officials met on Monday. They said this city could erupt in violence.")
        #expect(s.contains { $0.text == "this city could erupt in violence" }, "\(s.map(\.text))")
        // … but "this" standing for what was said, or a noun phrase without a verb, is not
        let t = statements("The mayor said this at a news conference. The President emphasized this experience in his remarks.")
        #expect(!t.contains { $0.text.hasPrefix("this") }, "\(t.map(\.text))")
    }

    @Test func aRoleNounNamingNoOneIsTheUnnamedSourceAHeGoesTo() throws {
        // "The mayor warned …, and he said …": the mayor is no one the text named; "he" is the mayor
        let c = try Support.chronology(["a.txt": "date 2009-02-01\n\nThe mayor warned that the city was broke, and he said the council could not pay the workers.\n"])
        let he = try #require(c.statements.first { $0.text.contains("council") }, "\(c.statements.map(\.text))")
        #expect(he.speakerName == "The mayor")
        // a person named before keeps "he" ("The president's roots" names no one new either)
        let d = statements("Barack Obama visited Hawaii. The president's Pacific roots came into play. He said few people understood the stakes.")
        #expect(d.first { $0.text.contains("stakes") }?.speaker == "Barack Obama", "\(d.map { ($0.speaker ?? "-", $0.text) })")
    }

    @Test func aContentEndsBeforeACoordinatedAttributionWithAnArticle() {
        // ", and the officials said …" is a statement of its own, no part of the one before
        let s = statements("Elected officials warned that they should expect little help, and the officials said this city could erupt in violence.")
        #expect(s.contains { $0.text == "they should expect little help" }, "\(s.map(\.text))")
        #expect(s.contains { $0.text == "this city could erupt in violence" })
    }
}
