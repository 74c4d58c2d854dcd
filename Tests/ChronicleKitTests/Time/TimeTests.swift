import Testing
@testable import ChronicleKit

@Suite struct TimeTests {
    func times(_ text: String, date: String? = "2021-02-15") -> [(String, String, String?)] {
        Support.analyze("Title\n\n" + text, date: date).times.map { ($0.text, $0.type, $0.value) }
    }

    @Test(arguments: [
        ("On February 15, he spoke.", "February 15", "2021-02-15"),
        ("It began in October 2020.", "October 2020", "2020-10"),
        ("It was signed on 15 February 2021.", "15 February 2021", "2021-02-15"),
        ("They will meet this year.", "this year", "2021"),
        ("He visited Kyiv last week.", "last week", "2021-W06"),
        ("They met last month.", "last month", "2021-01"),
        ("The vote is next year.", "next year", "2022"),
        ("He said yesterday it was over.", "yesterday", "2021-02-14"),
        ("The talks resumed on Monday.", "Monday", "2021-02-15"),
        ("The talks resumed on Friday.", "Friday", "2021-02-12"),
        ("Talks will resume on Friday.", "Friday", "2021-02-19"),
        // a deadline is ahead, unless a past perfect or a past passive puts it behind
        ("She urged lawmakers to pass the bill by Friday.", "Friday", "2021-02-19"),
        ("He said the report had been finished by Friday.", "Friday", "2021-02-12"),
        ("The deal was completed by Friday.", "Friday", "2021-02-12"),
        // "plans" after a past verb or a determiner is a noun, not a future
        ("Obama announced plans Friday to resume the reviews.", "Friday", "2021-02-12"),
        ("The company said its plans Friday were final.", "Friday", "2021-02-12"),
        ("The minister plans Friday to resume the reviews.", "Friday", "2021-02-19"),
        ("The law passed two years ago.", "two years ago", "2019"),
        ("The war lasted three years.", "three years", "P3Y"),
        ("He spent a decade in prison.", "a decade", "P10Y"),
        ("The council meets every year.", "every year", "P1Y"),
        ("They meet weekly.", "weekly", "P1W"),
        ("It grew in the 1990s.", "the 1990s", "199"),
        ("Profits fell in the second quarter of 1998.", "the second quarter of 1998", "1998-Q2"),
        ("About 100 people are currently held.", "currently", "PRESENT_REF"),
        ("The vote begins at 3 p.m. today.", "3 p.m.", "2021-02-15T15:00"),
        // a clock time glued to its am/pm (2019 news pages)
        ("The plane landed at 6am today.", "6am", "2021-02-15T06:00"),
        ("The vote begins at 6:30PM today.", "6:30PM", "2021-02-15T18:30"),
        ("The talks will resume this summertime.", "this summertime", "2021-SU"),
        // a house number before a street is no year
        ("He lived at 1909 Jolinda Drive in 2014.", "2014", "2014"),
        // a 24-hour clock of four figures, with a zone or converted to one (wire copy)
        ("The quake struck at 1353 (1023 GMT) on Monday.", "1353", "2021-02-15T13:53"),
        ("The quake struck at 1353 (1023 GMT) on Monday.", "1023 GMT", "2021-02-15T10:23"),
        ("Troops crossed the border at 0500 hours.", "0500 hours", "2021-02-15T05:00"),
        // "set for", "set to", "slated": planned, so a weekday is ahead
        ("Talks are set for Friday evening.", "Friday evening", "2021-02-19TEV"),
        ("The leaders are set to meet on Friday.", "Friday", "2021-02-19"),
        ("A vote is slated for Friday.", "Friday", "2021-02-19"),
        ("Police set up roadblocks on Friday.", "Friday", "2021-02-12"),
        // 24-hour clocks with a colon, a zone or "at"; a clock with its day; a month with "last year"
        ("Polls closed at about 19:00 local time.", "19:00 local time", "2021-02-15T19:00"),
        ("The vote closes today at 10:30 BST.", "today at 10:30 BST", "2021-02-15T10:30"),
        ("Updated November 19, 2019 / 12:21 AM by the desk.", "November 19, 2019 / 12:21 AM", "2019-11-19T00:21"),
        ("Posted 17:55, 8 Nov 2020 by the desk.", "17:55, 8 Nov 2020", "2020-11-08T17:55"),
        ("Posted 9th Nov 2020, 09:34 GMT by the desk.", "9th Nov 2020, 09:34 GMT", "2020-11-09T09:34"),
        ("Sales peaked in May last year.", "May last year", "2020-05"),
        // a duration of several units
        ("He ran it in 1 hour 59 minutes 40.2 seconds.", "1 hour 59 minutes 40.2 seconds", "PT1H59M40.2S"),
        ("He served two years and six months in prison.", "two years and six months", "P2Y6M"),
        // a clock alone is on the day the story last named, within the week before the article
        ("The roof caught fire yesterday. The fire started at 19:00 local time.", "19:00 local time", "2021-02-14T19:00"),
        ("The plant opened on 3 May 2001. The vote begins at 3 p.m.", "3 p.m.", "2021-02-15T15:00"),
        ("The offensive stalled in winter.", "winter", "2020-WI"),
        // (session 33) the day of the story told vaguely, midday, "the next year" of a past story,
        // a clock with its weekday and its day of the month
        ("He was arrested on Monday. Late in the day, his lawyers emerged.", "Late in the day", "2021-02-15"),
        ("The suspect is to appear before a judge at midday.", "midday", "2021-02-15T12:00"),
        ("He was abducted in August 2016. The next year, his captors released two videos.", "The next year", "2017"),
        ("Growth will slow in the next year.", "the next year", "2022"),
        ("He grabbed the girl at 6:38 p.m. on Saturday, May 18.", "6:38 p.m. on Saturday, May 18", "2020-05-18T18:38"),
    ])
    func valueOf(_ c: (String, String, String)) {
        let found = times(c.0)
        #expect(found.contains { $0.0 == c.1 && $0.2 == c.2 }, "\(c.0): \(found)")
    }

    @Test func aHouseNumberAndAWordWithDigitsAreNoTimes() {
        #expect(times("He lived at 1909 Jolinda Drive.").isEmpty, "\(times("He lived at 1909 Jolinda Drive."))")
        // four figures after "at" without a zone are no clock ("closed at 1353" may be an index)
        #expect(!times("The index closed at 1353 on Monday.").contains { $0.1 == "TIME" })
        // "4am" in a longer word, or digits before another suffix, is no clock time
        #expect(!times("The G20am summit and the 3G network.").contains { $0.1 == "TIME" })
    }

    @Test func relativeDatesWithoutAnArticleDateKeepPlaceholders() {
        let found = times("They will meet this year.", date: nil)
        #expect(found.first?.2 == "XXXX")
        // a weekday without an article date is that weekday of an unknown week
        #expect(times("The sultan died on Friday.", date: nil).first?.2 == "XXXX-WXX-5")
    }

    @Test func modifierJoinsTheExpression() {
        let t = Support.analyze("Title\n\nThe siege lasted more than three years.").times.first
        #expect(t?.text == "more than three years")
        #expect(t?.mod == "MORE_THAN")
    }

    @Test func datesOfDifferentPrecisionSortByMidpoint() {
        #expect(DateRange.sorted(["2021", "2021-02-15", "2020-10", "2021-W06", "199"]) == ["199", "2020-10", "2021-W06", "2021-02-15", "2021"])
    }

    @Test func calendarArithmetic() throws {
        let d = try #require(CalendarDate(iso: "2021-02-15"))
        #expect(d.weekday == 1)
        #expect(d.isoWeek.week == 7)
        #expect(d.adding(days: 14).description == "2021-03-01")
        #expect(CalendarDate(iso: "2020-02-29") != nil)
        #expect(CalendarDate(iso: "2021-02-29") == nil)
    }
}

@Suite struct TimeSpanTests {
    @Test func noTwoExpressionsShareASpan() {
        let t = Support.analyze("Title\n\nSales rose in the October-to-December quarter and in January-March.").times
        let spans = t.map(\.provenance.span)
        #expect(Set(spans).count == spans.count)
        for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.end <= b.start) }
    }

    @Test func markerShapesAdmitEveryMarkerWordAndRejectMostOthers() {
        for w in TimeTagger.sentenceTenseWords.keys { #expect(TimeTagger.mayBeMarker(w), "\(w)") }
        let others = ["the", "minister", "of", "foreign", "affairs", "ukraine", "2021", ",", "quarterly", "x"]
        #expect(others.filter(TimeTagger.mayBeMarker).count <= 2)
        #expect(!TimeTagger.mayBeMarker(""))
        #expect(!TimeTagger.mayBeMarker("internationalization"))
    }

    /// Amounts too large for an integer (or whose multiple is) give an unknown amount, never a
    /// trap: a fuzzer found "232888…888.888 week" (a decimal beyond Int.max).
    @Test(arguments: [
        "It lasted 232888888888888888888888888.888 weeks.",
        "It lasted 9000000000000000000 millennia.",
        "It lasted 9223372036854775807 decades.",
        "It lasted 922337203685477580 centuries.",
        "It lasted 9223372036854775807 fortnights.",
        "It happened 9223372036854775807 years ago.",
        "It happened 9223372036854775807 days ago.",
        "It happened 9223372036854775807 months ago.",
        "It happened 9223372036854775807 weeks ago.",
        "It happened 9223372036854775807 hours ago.",
        "It will happen in 9223372036854775807 years.",
        "It will happen in 9223372036854775807 days.",
        "It will happen 9223372036854775807 weeks from now.",
        "It happened 9223372036854775807 years later.",
        "It happened in the 9223372036854775807th century.",
        "It lasted 1e308 days.",
        "It lasted 99999999999999999999999 and a half years.",
        "It lasted 9223372036854775807 1/2 years.",
    ])
    func hugeAmountsDoNotTrap(_ sentence: String) {
        for date in ["2021-02-15", nil] {
            let a = Support.analyze("Title\n\n" + sentence, date: date)
            for t in a.times {
                #expect(a.document.text(t.provenance.span) == t.text)
                if let v = t.value { #expect(!v.isEmpty && !v.contains(" "), "\(t.text): \(v)") }
            }
        }
    }
}
