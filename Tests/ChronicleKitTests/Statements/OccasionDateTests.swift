import Testing
@testable import ChronicleKit

/// The day a statement was said when its own sentence names none (StatementFinder.occasionDates):
/// the lede's day for the lede's speaker, and an earlier occasion that keeps the article's date. The article is dated Wednesday 2021-02-17.
@Suite struct OccasionDateTests {
    func dates(_ body: String) -> [(String, String?)] {
        let a = Support.analyze("Title\n\n" + body + "\n", date: "2021-02-17")
        return a.statements.map { ($0.text, $0.date) }
    }

    @Test func theLedesSpeakerSpokeOnTheLedesDay() {
        let d = dates("President Joe Biden announced plans on Tuesday to resume the scientific reviews of old projects. During a visit to the department, Biden said the review process had been undermined by his predecessors.")
        #expect(d.contains { $0.0.contains("review process") && $0.1 == "2021-02-16" }, "\(d)")
    }

    @Test func anotherSpeakerOrAnEarlierOccasionKeepsTheArticlesDate() {
        let d = dates("President Joe Biden announced plans on Tuesday to resume the scientific reviews of old projects. While on the campaign trail, Biden said he would fight to keep the protections. Senator Mary Smith said the reviews would delay many projects.")
        #expect(d.contains { $0.0.contains("fight to keep") && $0.1 == "2021-02-17" }, "\(d)")
        #expect(d.contains { $0.0.contains("delay many projects") && $0.1 == "2021-02-17" }, "\(d)")
    }

    @Test func aLedeDayAWeekOrMoreBeforeIsNoStoryDay() {
        let d = dates("President Joe Biden announced plans on February 2 to resume the scientific reviews of old projects. During a visit to the department, Biden said the review process had been undermined by his predecessors.")
        #expect(d.contains { $0.0.contains("review process") && $0.1 == "2021-02-17" }, "\(d)")
    }

    @Test func aDeadlineAfterTheArticlesDayIsNoDayOfSaying() {
        let d = dates("German Chancellor Angela Merkel told lawmakers in Berlin that they must pass the bill by Friday.")
        #expect(d.contains { $0.1 == "2021-02-17" }, "\(d)")
        #expect(!d.contains { $0.1 == "2021-02-19" }, "\(d)")
    }
}
