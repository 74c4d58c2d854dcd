import Testing
@testable import ChronicleKit

/// Session 21 (issue 19): a statement's date is the day of the attribution, not any date of its
/// sentence, and the day the lead statement gives carries to its speaker's later statements.
@Suite struct SayingDayTests {
    func statements(_ text: String) -> [Statement] { Support.analyze("Title\n\n" + text + "\n", date: "2010-05-05").statements }

    @Test func aDateFarFromTheCueIsNoDayOfSaying() {
        let s = statements("“A demonstration is one thing and murder is quite another,” Prime Minister George Papandreou thundered in Parliament during a session to discuss the spending cuts he announced Sunday.")
        let quote = s.first { $0.provenance.rule == "statement.quote.source-cue" }
        #expect(quote?.speaker == "George Papandreou")
        #expect(quote?.date == "2010-05-05", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
    }

    @Test func aDateOpeningTheSentenceIsTheDayOrYearOfSaying() {
        let s = statements("In 2009, police said they had recovered 80 percent of the haul. On Monday, officials said the road was open.")
        #expect(s.first { $0.text.contains("haul") }?.date == "2009", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
        #expect(s.first { $0.text.contains("road") }?.date == "2010-05-03")
    }

    @Test func theLeadsDayCarriesToItsSpeakersLaterStatements() {
        let s = statements("The United States had the right to defend its citizens, New Zealand said Monday in response to the attacks. Terrorism is an indiscriminate killer, New Zealand said. Other countries have argued that the strikes were illegal.")
        #expect(s.first { $0.text.contains("killer") }?.date == "2010-05-03", "\(s.map { "\($0.date ?? "-"): \($0.text)" })")
        #expect(s.first { $0.text.contains("illegal") }?.date == "2010-05-05")
    }
}
