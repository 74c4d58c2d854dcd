import Foundation
import Testing
@testable import ChronicleKit

/// Datelines and bylines at the head of plain text (issue 16, item 2).
@Suite struct DatelineTests {
    static let heads: [(String, String?)] = [
        ("Boris Johnson elected leader\n\nWednesday, July 24, 2019\n\nConservative Party members voted on Tuesday.", "2019-07-24"),
        ("PG&E begins shutoff\n\nJANIE HAR\nNov. 20, 2019 Updated: Nov. 21, 2019 1:35 a.m.\n\nSAN FRANCISCO (AP) — Power was cut.", "2019-11-20"),
        ("Published: 30 January 2017\n\nDrug reaction and the rheumatologist", "2017-01-30"),
        ("Items we wanted\n\nPosted on September 21, 2020 by Adi Tzlil\n\nThe dawn of the internet.", "2020-09-21"),
        ("How to retire early\n\n13.11.2019, 23:06\n\nfacebook", "2019-11-13"),
        ("SNP minister\n\nPublished: 17:55, 8 Nov 2023\nUpdated: 18:06, 9 Nov 2023\n\nA minister.", "2023-11-08"),
        ("Kidnapping rescue\n\nUpdated on: November 19, 2019 / 10:07 AM / CBS News\n\nPolice released video.", "2019-11-19"),
        ("Stock falls\n\nUpdated Nov. 19, 2019 8:21 am ET / Original Nov. 18, 2019 8:02 am ET", "2019-11-18"),
        ("Light festival\n\nBy admin - 2018-09-16\n\nAs of 29 November 2018, thirty artworks will light up the city.", "2018-09-16"),
        ("Cat treats\n\nPublished 9th Nov 2023, 09:34 GMT\n", "2023-11-09"),
        // a clock time joined to the year by a dash; a two-digit year after "Posted"
        ("Dairy building was uninsured\n\nAugust 8, 2012-4:43 pm\n\nThe fire destroyed the warehouse on Tuesday.", "2012-08-08"),
        // … or by a slash (session 25)
        ("Obama nominates doctor\n\nWashington D. C., Jul 13, 2009/02:00 pm (CNA)\n\nPresident Obama has announced a nominee.", "2009-07-13"),
        ("Teen confesses\n\nFirst Posted: 10/25/11 06:44 PM ET Updated: 12/25/11 05:12 AM ET\n\nAn 18-year old confessed.", "2011-10-25"),
        ("Teen confesses\n\nPosted: 25/10/11\n\nAn 18-year old confessed.", "2011-10-25"),
        // a two-digit year with no word that makes the line a byline is no date
        ("Scores\n\n10/25/11\n\nThe team won.", nil),
        // a caption or a sentence naming a date is no dateline
        ("Protest at theater\n\nFILE PHOTO: the president delivers his wishes to the military during a ceremony near Orleans, France, January 16, 2020. Pool via REUTERS\n\nJanuary 18, 2020\n\nPARIS (Reuters) – Protesters gathered.", "2020-01-18"),
        // news agencies' datelines open the first paragraph, however long it is
        ("Kuleba meets Blinken\n\nKYIV, Feb. 15, 2021 (Reuters) - Ukraine's foreign minister said on Monday that Russia must release the jailed leaders of the Crimean Tatars.", "2021-02-15"),
        ("Talks in Moscow\n\nMOSCOW, 15 February 2021 (TASS) - Russia's foreign ministry said on Monday it would answer the sanctions in kind.", "2021-02-15"),
        ("France acts\n\nPARIS (AFP) - February 15, 2021 - France said on Monday it would send envoys to the region within the week.", "2021-02-15"),
        // Reuters leaves the year out: the year the text names in which Feb 15 is the Monday it names
        ("Ukraine says Russia must free Tatar leaders\n\nKYIV, Feb 15 (Reuters) - Ukraine's foreign minister said on Monday that Russia, which annexed Crimea in 2014, must free the leaders jailed since 2021.", "2021-02-15"),
        ("Ukraine says Russia must free Tatar leaders\n\nKYIV, Feb 15 (Reuters) - Ukraine's foreign minister said that Russia must free them.", nil),
        ("Sultan dies\n\nOn Friday, the sultan died aged 79 and was buried on January 11, 2020 in the family cemetery.", nil),
        ("A talk\n\nThe meeting took place in the capital on 5 March 2021 after weeks of talks and delays.", nil),
    ]

    @Test(arguments: heads.indices) func dateline(_ k: Int) {
        #expect(ArticleDate.dateline(in: DatelineTests.heads[k].0) == DatelineTests.heads[k].1, "\(DatelineTests.heads[k].0)")
    }

    @Test func dateHeaderUnderTheTitle() {
        let text = "Participating states denounce detentions\ndate 2021-02-15\n\nOn Monday the minister spoke."
        #expect(ArticleDate.header(in: text)?.date == "2021-02-15")
        #expect(ArticleDate.header(in: text)?.firstLine == false)
        let r = ArticleDate.resolve(text: text, path: "/nowhere/a.txt", given: "2020-01-01")
        #expect(r.date == "2021-02-15" && r.source == .header)
        // the first-line header is left to the Text stage
        let first = ArticleDate.resolve(text: "date 2021-02-15 Title\n\nBody.", path: "/nowhere/a.txt", given: nil)
        #expect(first.date == nil && first.source == .header)
    }

    @Test func datelineBeforeGivenDateAfterFileName() {
        let text = "Title\n\nTuesday, April 16, 2019\n\nThe roof caught fire yesterday."
        #expect(ArticleDate.resolve(text: text, path: "/x/notre-dame.txt", given: "2020-01-01") == ("2019-04-16", .dateline))
        #expect(ArticleDate.resolve(text: text, path: "/x/2019-04-17-notre-dame.txt", given: nil) == ("2019-04-17", .fileName))
        #expect(ArticleDate.resolve(text: "Title\n\nNo date here at all.", path: "/x/a.txt", given: "2020-01-01") == ("2020-01-01", .argument))
    }

    @Test func datesInValues() {
        #expect(DatePhrase.parseValue("2019-11-20T05:52:20-05:00")?.description == "2019-11-20")
        #expect(DatePhrase.parseValue("20191120")?.description == "2019-11-20")
        #expect(DatePhrase.parseValue("November 20, 2019")?.description == "2019-11-20")
        #expect(DatePhrase.parseValue("2019-02-30") == nil)
        #expect(DatePhrase.parseValue("soon") == nil)
    }

    @Test func analyzedArticleGetsTheDatelineDateAndItsSource() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Fire at the cathedral\n\nTuesday, April 16, 2019\n\nThe roof caught fire yesterday, officials said.".write(to: dir.appendingPathComponent("fire.txt"), atomically: true, encoding: .utf8)
        let (corpus, problems, notes) = Analyzer(pipeline: Support.pipeline).analyzeNoting(inputs: [dir.path])
        #expect(problems.isEmpty)
        let doc = try #require(corpus.documents.first?.document)
        #expect(doc.date == "2019-04-16")
        #expect(doc.dateSource == "dateline")
        #expect(notes.undated.isEmpty)
        // "yesterday" resolves against the dateline
        #expect(corpus.documents[0].times.contains { $0.value == "2019-04-15" })
    }
}
