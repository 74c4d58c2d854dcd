import Foundation
import Testing
@testable import ChronicleKit

/// TempEval-style phenomena: extents, types and values of the Time stage alone.
@Suite struct TimeEvalPhenomenaTests {
    static let stage = TimeStage(book: Support.pipeline.book)

    func times(_ text: String, dct: String = "1989-11-02") -> [(String, String, String?)] {
        Self.stage.run(id: "t.txt", text: text, date: dct).times.map { ($0.text, $0.type, $0.value) }
    }

    @Test(arguments: [
        ("Net income rose 5% in the third quarter.", "the third quarter", "DATE", "1989-Q3"),
        ("The company posted third-quarter earnings of $5 million.", "third-quarter", "DATE", "1989-Q3"),
        ("Sales fell in the second quarter of 1988.", "the second quarter of 1988", "DATE", "1988-Q2"),
        ("Exports dropped sharply in January.", "January", "DATE", "1989-01"),
        ("The board will meet again in January.", "January", "DATE", "1990-01"),
        ("He returned home last Friday.", "last Friday", "DATE", "1989-10-27"),
        ("The bank sold 30-year bonds on Monday.", "30-year", "DURATION", "P30Y"),
        ("A two-year study found no effect.", "two-year", "DURATION", "P2Y"),
        ("The market closes early each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"),
        ("Polls close at 10 p.m. Wednesday.", "10 p.m. Wednesday", "TIME", "1989-11-01T22:00"),
        ("Crime has fallen in recent years.", "recent years", "DURATION", "PXY"),
        ("It was founded in the mid-1980s.", "the mid-1980s", "DATE", "198"),
        ("The family left Cuba in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
        ("Stores were crowded on Thanksgiving Day.", "Thanksgiving Day", "DATE", "1989-11-23"),
        ("The talks lasted twenty four hours.", "twenty four hours", "DURATION", "PT24H"),
        ("The trial lasted 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("The magazine is published weekly.", "weekly", "SET", "P1W"),
    ])
    func phenomenon(_ c: (String, String, String, String)) {
        let found = times(c.0)
        #expect(found.contains { $0.0 == c.1 && $0.1 == c.2 && $0.2 == c.3 }, "\(c.0): \(found)")
    }

    @Test func aYearEarlierKeepsTheGranularityOfTheQuarterSpokenOf() {
        let found = times("Profit rose to $5 million in the third quarter from $4 million a year earlier.")
        #expect(found.contains { $0.0 == "a year earlier" && $0.2 == "1988-Q3" }, "\(found)")
    }

    @Test func aYearEarlierAfterTheNineMonthsIsAYear() {
        let found = times("Profit rose in the third quarter from a year earlier. For the nine months, net rose 5% from $4 million a year earlier. In the first nine months, sales fell from the 1988 period.")
        #expect(found.map(\.2) == ["1989-Q3", "1988-Q3", "P9M", "1988", "P9M", "1988"], "\(found)")
        // naming a quarter again brings the quarter back
        let again = times("For the nine months, net rose. In the third quarter, net fell from a year earlier.")
        #expect(again.last.map { $0.0 == "a year earlier" && $0.2 == "1988-Q3" } == true, "\(again)")
    }

    @Test func thatYearIsTheYearTheTextLastNamed() {
        let found = times("Imports totaled $37 million in 1988, a small share of all imports that year.", dct: "1989-11-02")
        #expect(found.map(\.2) == ["1988", "1988"], "\(found)")
        let later = times("She fled to Florida in June 1998 and returned to Cuba later that year.", dct: "2000-01-28")
        #expect(later.last.map { $0.0 == "later that year" && $0.2 == "1998" } == true, "\(later)")
        // "this year's third quarter" is a quarter the text names itself
        let q = times("In this year's third quarter, net was $10.5 million, compared with $10.3 million a year earlier.", dct: "1989-10-26")
        #expect(q.last.map { $0.0 == "a year earlier" && $0.2 == "1988-Q3" } == true, "\(q)")
    }

    @Test func theLatestQuarterHasEnded() {
        let found = times("It expects a fourth-quarter charge. In the latest quarter, it lost $7 million.", dct: "1989-11-02")
        #expect(found.map(\.2) == ["1989-Q4", "1989-Q3"], "\(found)")
    }

    @Test func theYearAndTheYearEnded() {
        let found = times("Revenue was $76 million for the year ended March 31. Sales for the full year rose 13%.", dct: "1989-11-01")
        #expect(found.contains { $0.0 == "the year" && $0.1 == "DURATION" && $0.2 == "P1Y" }, "\(found)")
        #expect(found.contains { $0.0 == "the full year" && $0.2 == "1989" }, "\(found)")
        #expect(times("It hopes to cut costs by the end of the year.").first.map { $0.0 == "the end of the year" && $0.2 == "1989" } == true)
    }

    @Test func extentKeepsTheArticleOfAYearAgoQuarter() {
        let found = times("Profit rose to $5 million in the third quarter. In the year-ago quarter it earned $4 million.")
        #expect(found.contains { $0.0 == "the year-ago quarter" && $0.2 == "1988-Q3" }, "\(found)")
        #expect(times("The bank sold the 30-year bonds.").first?.0 == "30-year")
    }

    @Test func irregularPastVerbsMarkThePast() {
        // without a tense marker a January in a November article is the next one; "brought" is past
        let found = times("In January, the hospital brought in a new chief executive.", dct: "1989-10-27")
        #expect(found.first.map { $0.0 == "January" && $0.2 == "1989-01" } == true, "\(found)")
    }

    @Test func seasonsSpelledYearsCurrentAndSoon() {
        #expect(times("Demand stayed weak well into the summer.", dct: "1989-10-26").first.map { $0.0 == "the summer" && $0.2 == "1989-SU" } == true)
        #expect(times("Prices fell in the winter of nineteen ninety-four.", dct: "1998-02-23").first.map { $0.0 == "the winter of nineteen ninety-four" && $0.2 == "1994-WI" } == true)
        #expect(times("It cited current market conditions.").first.map { $0.0 == "current" && $0.2 == "PRESENT_REF" } == true)
        #expect(times("Prosecutors may soon seek an indictment.").first.map { $0.0 == "soon" && $0.2 == "FUTURE_REF" } == true)
        #expect(times("The trickle soon became a flood.").isEmpty)
        #expect(times("Protesters held a daily rally.").first.map { $0.0 == "daily" && $0.1 == "SET" && $0.2 == "P1D" } == true)
    }

    @Test func theQuarterRefersToTheQuarterTheTextNamed() {
        let found = times("Sales rose in the second quarter. In the quarter, costs fell.")
        #expect(found.map(\.2) == ["1989-Q2", "1989-Q2"], "\(found)")
    }

    @Test func aDayLaterIsADurationAndTheFollowingDayIsAnchoredToTheText() {
        let found = times("He was arrested on May 3, 1988, and released the following day.")
        #expect(found.contains { $0.0 == "the following day" && $0.2 == "1988-05-04" }, "\(found)")
        let later = times("He was released two days later.")
        #expect(later.first.map { $0.0 == "two days" && $0.2 == "P2D" } == true, "\(later)")
    }

    @Test func amountModifiersJoinAmountsNotDates() {
        #expect(times("The siege lasted about two years.").first?.0 == "about two years")
        #expect(times("He talked about the future.").first?.0 == "the future")
        #expect(times("Rates rose over the past two weeks.").first?.0 == "the past two weeks")
    }

    @Test func agesAndRatesAreNotTimes() {
        #expect(times("Mr. Smith, 52 years old, will retire.").isEmpty)
        #expect(times("The plan costs $1.76 a year per share.").isEmpty)
        #expect(times("The firm cut its quarterly dividend.").isEmpty)
    }

    @Test func firstLineAndCarriageReturnsKeepOffsets() {
        let text = "\r\nFriday, Oct. 27, 1989: markets fell\r\nStocks fell on Thursday.\r\n"
        let r = Self.stage.run(id: "d.txt", text: text, date: "1989-10-30")
        let scalars = Array(text.unicodeScalars)
        for t in r.times {
            let s = t.provenance.span
            #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == t.text)
        }
        #expect(r.times.map(\.text) == ["Friday, Oct. 27, 1989", "Thursday"])
    }

    @Test func jsonLinesCarryTheSystemFormat() {
        let r = Self.stage.run(id: "wsj_0001.txt", text: "Sales rose in 1988.", date: "1989-11-02")
        #expect(TimeReport.jsonl(r) == "{\"doc\":\"wsj_0001\",\"start\":14,\"end\":18,\"type\":\"DATE\",\"value\":\"1988\",\"text\":\"1988\"}\n")
    }

    @Test func theDCTComesFromASiblingFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("time-dct-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Talks resumed yesterday.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "1998-02-06\n".write(to: dir.appendingPathComponent("a.dct"), atomically: true, encoding: .utf8)
        let r = try Self.stage.run(path: dir.appendingPathComponent("a.txt").path)
        #expect(r.times.first?.value == "1998-02-05")
    }
}
