import Testing
@testable import ChronicleKit

/// A post embedded in an article (a tweet's blockquote, as the web reader keeps it): the
/// paragraph before its signature line is a direct statement of its author, on the line's date.
@Suite struct EmbeddedPostTests {
    @Test func thePostBeforeASignatureIsItsAuthorsStatement() throws {
        let text = "date 2019-11-20\n\nOmar responds to sentencing\n\nThe congresswoman shared her letter online.\n\n"
            + "We must apply a system of compassion to criminal justice.\n\n— Rep. Ilhan Omar (@Ilhan) November 19, 2019\n\n"
            + "Tottenham named a new manager.\n\nClub statement\n\n— Tottenham Hotspur (@SpursOfficial) November 20, 2019\n"
        let a = Support.analyze(text)
        let posts = a.statements.filter { $0.provenance.rule == "statement.post.signature" }
        #expect(posts.count == 2)
        let omar = try #require(posts.first)
        #expect(omar.text == "We must apply a system of compassion to criminal justice.")
        #expect(a.actors.actors[omar.speaker ?? ""]?.name == "Ilhan Omar")
        #expect(omar.date == "2019-11-19")
        #expect(omar.direct)
        #expect(posts.last?.text == "Club statement")
        #expect(posts.last?.date == "2019-11-20")
    }

    @Test func aDashLineWithoutAHandleIsNoSignature() {
        let a = Support.analyze("date 2019-11-20\n\nTitle\n\nThe vote was delayed again.\n\n— Reporting by Jane Doe; editing by John Roe\n")
        #expect(!a.statements.contains { $0.provenance.rule == "statement.post.signature" })
    }
}
