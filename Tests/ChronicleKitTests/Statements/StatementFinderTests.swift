import Testing
@testable import ChronicleKit

@Suite struct StatementFinderTests {
    func statements(_ text: String) -> [(String, String?, Bool, String?)] {
        let a = Support.analyze("Title\n\nForeign Minister John Smith arrived on Monday.\n\n" + text)
        return a.statements.map { ($0.text, $0.speaker, $0.direct, $0.cue) }
    }

    @Test(arguments: [
        ("\"We will win,\" Smith said.", "We will win", true),
        ("“We will win,” said Minister Smith.", "We will win", true),
        ("Smith said: \"We will win.\"", "We will win.", true),
        ("Smith said that Russia used the courts.", "Russia used the courts", false),
        ("He also noted that the talks had failed.", "the talks had failed", false),
        ("The talks had failed, he said.", "The talks had failed", false),
        ("The talks had failed, according to Smith.", "The talks had failed", false),
        ("According to Smith, the talks had failed.", "the talks had failed", false),
        ("Smith praised the deal, noting that it was fair.", "it was fair", false),
        ("Smith said Russia used the courts against its critics.", "Russia used the courts against its critics", false),
    ])
    func finds(_ c: (String, String, Bool)) {
        let found = statements(c.0)
        #expect(found.contains { $0.0 == c.1 && $0.1 == "John Smith" && $0.2 == c.2 }, "\(c.0): \(found)")
    }

    @Test func splitQuoteIsOneStatement() {
        let found = statements("“We will not give up,” he said, “and we will win.”")
        #expect(found.count == 1)
        #expect(found.first?.1 == "John Smith")
        #expect(found.first?.0.hasPrefix("We will not give up") == true)
        #expect(found.first?.0.hasSuffix("and we will win.") == true)
    }

    @Test func titlesInQuotesAreNotStatements() {
        let found = statements("He spoke at a panel \"Human Rights in Crimea\" in Vilnius.")
        #expect(found.isEmpty)
    }

    @Test func statementDateIsTheSentenceDateElseTheArticleDate() {
        let a = Support.analyze("Title\n\nForeign Minister John Smith said on February 10 that talks failed. Minister Jane Doe said that talks resumed.")
        #expect(a.statements.map(\.date) == ["2021-02-10", "2021-02-15"])
        // (the lead's day carries to its own speaker's later statements: `SayingDayTests`)
        let b = Support.analyze("Title\n\nForeign Minister John Smith said on February 10 that talks failed. Smith said that talks resumed.")
        #expect(b.statements.map(\.date) == ["2021-02-10", "2021-02-10"])
    }

    /// A statement's date is a day: the part of the day of "Monday night" is dropped (a
    /// governor's tweet in a news article of 2019-11-19, session 20 sample).
    @Test func statementDateIsADayWithoutThePartOfTheDay() {
        let a = Support.analyze("Title\n\n“Meth is a serious problem in SD,” Governor Kristi Noem tweeted Monday night. Noem said on Tuesday morning that the campaign was working.", date: "2019-11-19")
        #expect(a.statements.map(\.date) == ["2019-11-18", "2019-11-19"], "\(a.statements.map(\.date))")
        #expect(StatementFinder.day("2019-11-18TNI") == "2019-11-18" && StatementFinder.day("2019-11-18T14:30") == "2019-11-18")
        #expect(StatementFinder.day("2019-11") == "2019-11" && StatementFinder.day("2019-W46") == "2019-W46")
    }
}

@Suite struct LayoutAttributionTests {
    @Test func quoteFollowedByDashAndName() {
        let a = Support.analyze("Title\n\n“Fear. I am truly afraid of what comes next.” ― Karen Bobadilla.\n")
        #expect(a.statements.count == 1)
        #expect(a.statements.first?.speaker == "Karen Bobadilla")
        #expect(a.statements.first?.provenance.rule == "statement.quote.dash")
        #expect(a.statements.first?.direct == true)
    }

    @Test func quoteOpeningAParagraphAfterACueAndColon() {
        let a = Support.analyze("Title\n\nForeign Minister John Smith continued:\n\n\"The health issue overall is very much a partisan issue.\"\n")
        #expect(a.statements.first { $0.provenance.rule == "statement.quote.after-colon" }?.speaker == "John Smith")
    }

    @Test func aQuoteAfterANounParagraphIsNotAttributed() {
        let a = Support.analyze("Title\n\nThe list:\n\n\"Item one, item two and item three.\"\n")
        #expect(a.statements.isEmpty)
    }
}
