import Foundation
import Testing
@testable import ChronicleKit

/// Web pages, corpora and the language detector (issue 16, items 1, 3, 4).
@Suite struct ArticleReaderTests {
    static var web: String { Support.fixtures.appendingPathComponent("web").path }

    static func read(_ name: String, fields: ArticleReader.Fields = .init()) -> ([Inputs.Article], [ChronicleError]) {
        var out: [Inputs.Article] = []
        var problems: [ChronicleError] = []
        let path = (web as NSString).appendingPathComponent(name)
        Inputs.forEachArticle([Inputs.File(path: path, id: name)], date: nil, reader: ArticleReader(fields: fields), problem: { problems.append($0) }) { out.append($0) }
        return (out, problems)
    }

    @Test func pageWithoutFurniture() throws {
        let (a, p) = ArticleReaderTests.read("article.html")
        #expect(p.isEmpty)
        let page = try #require(a.first)
        #expect(page.title == "Ministers agree on grain corridor")
        #expect(page.date == "2021-02-15")  // JSON-LD wins over the meta tag's 2021-02-14
        #expect(page.dateDetail == "json-ld")
        #expect(page.authors == ["Jane Doe", "John Roe"])
        #expect(page.outlet == "The Harbour Times")
        #expect(page.lang == "en")
        let body = String(page.text.unicodeScalars.dropFirst(page.bodyStart))
        #expect(body.hasPrefix("Foreign Minister John Smith said on Monday"))
        #expect(body.hasSuffix("would end the deal."))
        // four paragraphs, kept apart
        #expect(body.components(separatedBy: "\n\n").count == 4)
        for furniture in ["Politics", "Advertisement", "Share on", "Related stories", "Reader one", "Copyright", "tracking", "By Jane Doe"] {
            #expect(!page.text.contains(furniture), "\(furniture)")
        }
        // the document text is the title line, a blank line and the body
        #expect(page.text.hasPrefix("Ministers agree on grain corridor\n\nForeign Minister"))
    }

    @Test func gzipPageReadsLikeThePlainOne() throws {
        let (a, _) = ArticleReaderTests.read("article.html")
        let (b, p) = ArticleReaderTests.read("article-gz.html.gz")
        #expect(p.isEmpty)
        #expect(a.first?.text == b.first?.text)
        #expect(b.first?.date == "2021-02-15")
    }

    @Test func blogOfSpansLogoAndFooterDate() throws {
        let (a, p) = ArticleReaderTests.read("blog-spans.html")
        #expect(p.isEmpty)
        let page = try #require(a.first)
        #expect(page.title == "Storm closes the port")  // not the logo h1, not the site part of <title>
        #expect(page.text.contains("The port authority closed the harbour on Tuesday"))
        #expect(page.text.contains("opened three shelters"))
        #expect(!page.text.contains("February 2020"))
        #expect(page.date == "2020-03-03")
    }

    @Test func badPages() throws {
        let (s, ps) = ArticleReaderTests.read("scripts-only.html")
        #expect(s.isEmpty)
        #expect(ps.count == 1 && (ps.first?.errorDescription ?? "").contains("scripts-only.html: the page has no article text"))
        let (m, pm) = ArticleReaderTests.read("malformed.html")
        #expect(pm.isEmpty)
        #expect(m.first?.text.contains("citing cracks found by engineers") == true)
        #expect(m.first?.text.contains("several million euros") == true)
        let (l, pl) = ArticleReaderTests.read("latin1.html")
        #expect(pl.isEmpty)
        #expect(l.first?.title == "Café news")
        #expect(l.first?.text.contains("The café on the main square") == true)
    }

    @Test func utcTimestampTakesThePagesOwnTimeZone() throws {
        #expect(HTMLArticleExtractor.timestamp("2023-11-09T02:11:03+00:00").map { [$0.minute, $0.offset] } == [131, 0])
        #expect(HTMLArticleExtractor.timestamp("2020-05-02T02:54:29.000Z").map { [$0.minute, $0.offset] } == [174, 0])
        #expect(HTMLArticleExtractor.timestamp("2023-11-08T21:11-0500").map { [$0.minute, $0.offset] } == [1271, -300])
        #expect(HTMLArticleExtractor.timestamp("2023-11-08") == nil)
        func page(_ meta: String, _ time: String) throws -> String? {
            let html = "<html><head><meta property=\"article:published_time\" content=\"\(meta)\"></head><body><article>"
                + "<time datetime=\"\(time)\">Nov 8</time><p>The police said on Wednesday night that two people were stabbed in the street.</p></article></body></html>"
            return HTMLArticleExtractor().extract(try HTMLParser.parse(Data(html.utf8), path: "p.html")).date
        }
        // 02:11 UTC on the 9th is 21:11 on the 8th in the page's own zone (-05:00)
        #expect(try page("2023-11-09T02:11:03+00:00", "2023-11-08T21:11:03-05:00") == "2023-11-08")
        // past midnight there too, or no other zone on the page: the UTC day stays
        #expect(try page("2023-11-09T07:11:03+00:00", "2023-11-09T02:11:03-05:00") == "2023-11-09")
        #expect(try page("2023-11-09T02:11:03Z", "2023-11-09T02:11:03Z") == "2023-11-09")
        // east of UTC, late in the UTC day: the next day
        #expect(try page("2021-02-14T22:30:00Z", "2021-02-15T01:30:00+03:00") == "2021-02-15")
    }

    @Test func aContentSystemsEmptyDateIsNoDate() throws {
        // a Gannett page's JSON-LD has "datePublished": "0001-01-01T00:00:00Z" (web DEV): the date
        // comes from the next source, here the URL
        func page(_ ld: String) throws -> (String?, String?) {
            let html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"\(ld)\", \"dateModified\": \"\(ld)\"}</script>"
                + "<link rel=\"canonical\" href=\"https://example.com/story/news/2019/11/19/teachers-protest/123/\"></head><body><article>"
                + "<p>Several thousand teachers surrounded the Statehouse on Tuesday to call for better pay and school funding.</p></article></body></html>"
            let r = HTMLArticleExtractor().extract(try HTMLParser.parse(Data(html.utf8), path: "p.html"))
            return (r.date, r.dateSource)
        }
        #expect(try page("0001-01-01T00:00:00Z") == ("2019-11-19", "url"))
        #expect(try page("1970-01-01T00:00:00Z") == ("2019-11-19", "url"))
        #expect(try page("2019-11-19T17:02:11Z") == ("2019-11-19", "json-ld"))
        #expect(DatePhrase.parseValue("1969-12-31T19:00:00-05:00") == nil)
        #expect(DatePhrase.parseValue("1912-04-16") == CalendarDate(year: 1912, month: 4, day: 16))
    }

    @Test func embeddedPostsStayAndShareBarsGo() throws {
        let para = "<p>The senator said on Tuesday that the chamber would adjourn for a week, in honour of two former members who died.</p>"
        let html = "<html><body><article class=\"story\">" + para + para
            + "<div class=\"share twitter\"><a href=\"#\">Share on Twitter</a> Tweet this now</div>"
            + "<blockquote class=\"twitter-tweet\"><p>Senate resolves to observe a minute of silence in honour of the departed.</p>— The Senate (@Senate) October 9, 2018</blockquote>"
            + para + "<div class=\"recent-posts\"><p>An older story about the budget vote, with its own long excerpt that is not this article.</p></div></article></body></html>"
        let text = HTMLArticleExtractor().extract(try HTMLParser.parse(Data(html.utf8), path: "t.html")).paragraphs.joined(separator: "\n")
        #expect(text.contains("Senate resolves to observe a minute of silence"))
        #expect(!text.contains("Tweet this now"))
        #expect(!text.contains("older story"))
    }

    @Test func hugePageIsReadWholeAndBounded() throws {
        // 30,000 paragraphs (about 4 MB of markup): read in one pass, the text kept whole
        var html = "<html><head><title>Long page</title></head><body><div class=\"content\">"
        for k in 0..<30_000 { html += "<p>Paragraph \(k) says that the council met again, and that the vote was put off once more.</p>" }
        html += "</div></body></html>"
        let tree = try HTMLParser.parse(Data(html.utf8), path: "big.html")
        let a = try ArticleReader(maxBytes: 8 << 20).htmlArticle(tree, path: "big.html", id: "big.html")
        #expect(a.text.components(separatedBy: "\n\n").count == 30_001)
        // nested 1,500 deep: read (the copy out of libxml2 is iterative, no recursion to overflow)
        func nested(_ k: Int) -> Data {
            Data((String(repeating: "<div>", count: k) + "<p>Deep text that is long enough to be a paragraph of the article here.</p>"
                  + String(repeating: "</div>", count: k)).utf8)
        }
        let t2 = try HTMLParser.parse(nested(1_500), path: "deep.html")
        #expect(HTMLArticleExtractor().extract(t2).paragraphs.joined().contains("Deep text"))
        // 50,000 deep: past libxml2's depth limit the parser stops; nothing crashes
        let t3 = try HTMLParser.parse(nested(50_000), path: "deeper.html")
        _ = HTMLArticleExtractor().extract(t3)
    }

    @Test func jsonLinesWithABrokenLine() throws {
        let (a, p) = ArticleReaderTests.read("corpus.jsonl")
        #expect(a.map(\.recordId) == ["r1", "r3"])
        #expect(a.map(\.date) == ["2021-03-01", "2021-03-03"])
        #expect(a[0].title == "Talks resume" && a[0].url == "https://example.org/r1")
        #expect(a[1].title == "Ports reopen")  // headline, body: default fields
        #expect(a[0].id == "corpus.jsonl#r1")
        let messages = p.compactMap(\.errorDescription)
        #expect(messages.count == 2)
        #expect(messages[0].hasSuffix("corpus.jsonl:2: not a JSON object; the line is skipped"))
        #expect(messages[1].contains("corpus.jsonl:4: the record has no text"))
    }

    @Test func chosenFields() throws {
        let (a, _) = ArticleReaderTests.read("corpus.jsonl", fields: .init(text: "body", date: "date"))
        #expect(a.map(\.recordId) == ["r3"])
        #expect(a.first?.date == "2021-03-03")
        let (b, pb) = ArticleReaderTests.read("corpus.jsonl", fields: .init(text: "text", id: "url"))
        #expect(b.first?.recordId == "https://example.org/r1")
        #expect(pb.count == 3)
    }

    @Test func wikinewsCSV() throws {
        let (a, p) = ArticleReaderTests.read("wikinews.csv")
        #expect(a.map(\.title) == ["Council closes bridge", "Storm, then calm", "Mayor opens shelter"])
        #expect(a.map(\.date) == ["2019-01-23", "2019-01-24", "2019-01-26"])
        #expect(a.map(\.line) == [2, 3, 6])  // a quoted text over two lines counts both
        #expect(a[1].text == "Storm, then calm\n\nWinds fell on Thursday, and ferries ran again.\nThe port reopened.")
        #expect(p.compactMap(\.errorDescription) == ["\(ArticleReaderTests.web)/wikinews.csv:5: the row has 2 field(s), the header 3; skipped"])
    }

    @Test func languages() {
        let d = LanguageDetector.standard
        #expect(d.detect("The minister said on Monday that the talks would go on, and that he was hopeful about the result.") == "en")
        #expect(d.detect("Le ministre a déclaré lundi que les négociations se poursuivraient et qu'il était optimiste sur le résultat.") == "fr")
        #expect(d.detect("Der Minister sagte am Montag, dass die Gespräche weitergehen und er mit dem Ergebnis zufrieden sei.") == "de")
        #expect(d.detect("Министр заявил в понедельник, что переговоры будут продолжены и что он надеется на результат.") == "ru")
        #expect(d.detect("장관은 월요일 회담이 계속될 것이며 결과에 대해 낙관한다고 말했다.") == "ko")
        #expect(d.detect("ok") == "und")
    }

    @Test func nonEnglishArticleSkipsTheRuleStagesUnlessForced() {
        var a = Inputs.Article(path: "f.txt", id: "f.txt", text: "Le ministre John Smith a déclaré lundi que les négociations se poursuivraient.", date: "2021-02-15")
        a.lang = "fr"
        let skipped = Support.pipeline.analyze(a)
        #expect(skipped.actors.mentions.isEmpty && skipped.times.isEmpty)
        let forced = Support.pipeline.analyze(a, force: true)
        #expect(!forced.actors.mentions.isEmpty)
    }

    @Test func sameNameInTwoFoldersIsTwoDocuments() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ids-\(UUID().uuidString)")
        let fm = FileManager.default
        for sub in ["2021/01", "2021/02"] { try fm.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true) }
        defer { try? fm.removeItem(at: dir) }
        try "January\n\nThe council met on Monday.".write(to: dir.appendingPathComponent("2021/01/a.txt"), atomically: true, encoding: .utf8)
        try "February\n\nThe council met again on Monday.".write(to: dir.appendingPathComponent("2021/02/a.txt"), atomically: true, encoding: .utf8)
        try "Top\n\nA top-level article.".write(to: dir.appendingPathComponent("top.txt"), atomically: true, encoding: .utf8)
        try "notes".write(to: dir.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let (files, problems, skipped) = Inputs.expandFiles([dir.path])
        #expect(problems.isEmpty)
        #expect(files.map(\.id) == ["2021/01/a.txt", "2021/02/a.txt", "top.txt"])
        #expect(skipped.map { ($0.path as NSString).lastPathComponent } == ["notes.md"])
        // the same file name given twice from two folders: both kept, named by their paths
        let two = Inputs.expandFiles([dir.appendingPathComponent("2021/01/a.txt").path, dir.appendingPathComponent("2021/02/a.txt").path])
        #expect(Set(two.files.map(\.id)).count == 2)
        // a store keeps both
        let store = try Store()
        let ingestor = Ingestor(pipeline: Support.pipeline, store: store)
        let s = ingestor.ingest(inputs: [dir.path])
        #expect(s.added == 3 && s.problems.isEmpty)
        #expect(s.notes.skipped.count == 1)
    }
}
