import Testing
@testable import ChronicleKit

/// A month and day without a year take the year closest to the article date that the tense
/// allows (issue 16, item 5: "December 27th" in an article of 2020-01-05 is 2019-12-27).
@Suite struct MonthDayYearTests {
    static let cases: [(String, String)] = [
        ("The minister said the talks that began on December 27th had failed.", "2019-12-27"),
        ("On December 27th, the minister met his counterpart.", "2019-12-27"),
        ("The vote on December 27th is disputed, officials say.", "2019-12-27"),
        // "set for" is a planned status (as "scheduled for"): the date may lie ahead
        ("The vote is set for December 27th, officials say.", "2020-12-27"),
        ("Police arrested dozens on Dec. 27 in the capital.", "2019-12-27"),
        ("He has been in custody since December 27.", "2019-12-27"),
        ("The minister will travel to Paris on December 27th.", "2020-12-27"),
        ("A ceasefire until January 3rd was agreed.", "2020-01-03"),
        // "-eed" is no past form in "succeed" (it is in "agreed")
        ("Schwarz will succeed Davison on December 27th.", "2020-12-27"),
        ("The company agreed on December 27th to sell the unit.", "2019-12-27"),
    ]

    @Test(arguments: cases.indices) func yearOfAMonthDay(_ k: Int) {
        let (sentence, value) = MonthDayYearTests.cases[k]
        let a = Support.analyze("Title\n\n" + sentence, date: "2020-01-05")
        #expect(a.times.map(\.value).contains(value), "\(sentence): \(a.times.map(\.value))")
    }
}
