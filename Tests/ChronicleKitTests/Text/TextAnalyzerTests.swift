import Foundation
import Testing
@testable import ChronicleKit

@Suite struct TextAnalyzerTests {
    let text = TextAnalyzer(book: Support.pipeline.book)

    @Test func dateHeaderTitleAndBoilerplate() {
        let raw = " date 2021-02-15 A title here.\n\nRead alsoSomebody: Teaser textIn his address, X spoke.\n\nAuthor: UNIAN\n\nop"
        let d = text.analyze(id: "a.txt", text: raw)
        #expect(d.date == "2021-02-15")
        #expect(d.title.map(d.text) == "A title here.")
        let bp = d.boilerplate.map { d.text($0.span) }
        #expect(bp.contains("Read alsoSomebody: Teaser text"))
        #expect(bp.contains("Author: UNIAN"))
        #expect(bp.contains("op"))
        // no token comes from boilerplate, and the teaser does not glue to the next sentence
        #expect(!d.tokens.contains { d.isBoilerplate($0.span) })
        #expect(d.sentences.map { d.text($0.span) }.contains("In his address, X spoke."))
    }

    @Test func aBylineOfNamesIsNoBodyAndGivesEachName() {
        let d = text.analyze(id: "a.txt", text: "Sondland faces questions\n\nBy LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER\n\nWASHINGTON (AP) — He testified.\n")
        #expect(d.bylines.map(d.text) == ["LISA MASCARO", "MARY CLARE JALONICK", "ERIC TUCKER"])
        #expect(!d.sentences.contains { d.text($0.span).contains("MASCARO") })
        // a name alone in capitals under the headline
        let e = text.analyze(id: "b.txt", text: "Power shutoff begins\n\nJANIE HAR\n\nSAN FRANCISCO (AP) — Power was cut.\n")
        #expect(e.bylines.map(e.text) == ["JANIE HAR"])
        // a sentence that opens with "By" or a line in capitals that is no list of names stays
        let f = text.analyze(id: "c.txt", text: "Talks fail\n\nBy Monday the talks had failed.\n\nTHE TALKS FAILED AGAIN TODAY IN GENEVA\n")
        #expect(f.bylines.isEmpty, "\(f.bylines.map(f.text))")
    }

    @Test func aBylinePrefixEndsAtAWordBoundary() {
        // "Authorities …" opens a sentence, not an "Author" byline (PolNeAR dev, Washington Post)
        let d = text.analyze(id: "a.txt", text: "Video of the shooting\n\nAuthorities have said officers encountered Scott because they were searching for another man.\n\nAuthor Jane Doe\n")
        let bp = d.boilerplate.map { d.text($0.span) }
        #expect(!bp.contains { $0.hasPrefix("Authorities") }, "\(bp)")
        #expect(bp.contains("Author Jane Doe"))
        #expect(d.sentences.contains { d.text($0.span).hasPrefix("Authorities have said") })
    }

    @Test func aContinuationLineIsPageFurniture() {
        // "Story continues below gallery" (a web DEV page) is no sentence: "continues" was a cue
        let d = text.analyze(id: "a.txt", text: "Title\n\nThe minister resigned on Monday.\n\nStory continues below gallery\n\nShe said she would stay in politics.\n")
        let bp = d.boilerplate.map { d.text($0.span) }
        #expect(bp.contains("Story continues below gallery"), "\(bp)")
        #expect(!d.sentences.contains { d.text($0.span).contains("continues") })
        #expect(d.sentences.contains { d.text($0.span) == "She said she would stay in politics." })
    }

    @Test func aWireStorysCreditsAreNoBody() {
        // Reuters credits (web DEV, PolNeAR dev): the reporters and editors are no actors of the story
        let raw = "Title\n\nThe minister resigned on Monday.\n\nReporting by Rodrigo Campos; additional reporting by Stephanie Kelly; Editing by Nick Zieminski\n\n(Reporting by Valerie Volcovici; Editing by Will Dunham.)\n\nAssociated Press writers Alan Fram and Zeke Miller contributed to this report.\n"
        let a = Support.analyze(raw)
        let bp = a.document.boilerplate.map { a.document.text($0.span) }
        #expect(bp.contains { $0.hasPrefix("Reporting by Rodrigo Campos") } && bp.contains { $0.hasPrefix("(Reporting by Valerie") }, "\(bp)")
        #expect(!a.actors.actors.values.contains { ["Rodrigo Campos", "Nick Zieminski", "Will Dunham", "Alan Fram", "Zeke Miller"].contains($0.name) }, "\(a.actors.actors.values.map(\.name))")
    }

    @Test func aDatelineAboveTheHeadlineACaptionAndAReadingTimeAreNoBody() {
        // a Reuters page copied from a browser (web DEV datelines): the dateline line is not the
        // title, and the photo caption's photographer and the reading time are no story
        let raw = "November 19, 2019 / 12:21 AM / Updated 14 hours ago\n\nOil drags lower, stocks drift near highs\n\n5 Min Read\n\nFILE PHOTO: President Jane Doe speaks in Paris, France, January 16, 2020. Julien Roe/Pool via REUTERS\n\nNEW YORK (Reuters) - Oil prices fell sharply on Tuesday.\n"
        let a = Support.analyze(raw)
        let d = a.document
        #expect(d.title.map(d.text) == "Oil drags lower, stocks drift near highs")
        let bp = d.boilerplate.map { "\($0.rule) \(d.text($0.span))" }
        #expect(bp.contains("text.dateline November 19, 2019 / 12:21 AM / Updated 14 hours ago"), "\(bp)")
        #expect(bp.contains("text.stray 5 Min Read"), "\(bp)")
        #expect(bp.contains { $0.hasPrefix("text.caption FILE PHOTO: President Jane Doe") }, "\(bp)")
        #expect(!a.actors.actors.values.contains { $0.name == "Julien Roe" || $0.name == "Jane Doe" }, "\(a.actors.actors.values.map(\.name))")
        #expect(d.sentences.contains { d.text($0.span).hasSuffix("Oil prices fell sharply on Tuesday.") })
        // prefixes that end in a colon ("Photo:", "Source:") are found as written
        let c = text.analyze(id: "a.txt", text: "Title\n\nPhoto: Jane Roe\n\nThe minister resigned on Monday.\n")
        #expect(c.boilerplate.contains { c.text($0.span) == "Photo: Jane Roe" }, "\(c.boilerplate)")
        // a headline that names a date with other words stays the headline
        let h = text.analyze(id: "a.txt", text: "Talks set for January 23, 2019\n\nThe talks will open in Geneva.\n\nMore follows.\n")
        #expect(h.title.map(h.text) == "Talks set for January 23, 2019")
        // a sentence about reading stays a sentence
        let r = text.analyze(id: "a.txt", text: "Title\n\nRead 5 minutes a day.\n\nMore.\n")
        #expect(!r.boilerplate.contains { $0.rule == "text.stray" })
    }

    @Test func impossibleHeaderDateIsNotADate() {
        let d = text.analyze(id: "a.txt", text: "date 2021-02-30 Title\n\nBody text here.")
        #expect(d.date == nil)
    }

    @Test func tokensKeepOffsetsAbbreviationsAndPossessives() {
        let d = text.analyze(id: "a.txt", text: "Title\n\nMr. Smith met U.S. envoys in Kyiv’s centre on Feb. 3, 2021.")
        let words = d.tokens.map(\.text)
        #expect(words.contains("Mr."))
        #expect(words.contains("U.S."))
        #expect(words.contains("’s"))
        #expect(words.contains("Feb."))
        for t in d.tokens { #expect(d.text(t.span) == t.text) }
        #expect(d.sentences.count == 2)
    }

    @Test func sentencesDoNotSplitInsideQuotes() {
        let d = text.analyze(id: "a.txt", text: "Title\n\n“We won. We will win again,” said Smith. Then he left.")
        let s = d.sentences.map { d.text($0.span) }
        #expect(s.contains("“We won. We will win again,” said Smith."))
        #expect(s.contains("Then he left."))
        #expect(d.quotes.count == 1)
        #expect(d.quotes.first.map { d.text($0.inner) } == "We won. We will win again")
    }

    @Test func unbalancedQuoteMakesNoQuotation() {
        let d = text.analyze(id: "a.txt", text: "Title\n\nHe said \"this never closes.\n\nNext paragraph.")
        #expect(d.quotes.isEmpty)
    }

    @Test func readerRejectsEmptyBinaryAndBadUTF8() throws {
        let r = TextReader()
        #expect(throws: ChronicleError.emptyFile(path: "e.txt")) { try r.decode(.init(), path: "e.txt") }
        #expect(throws: ChronicleError.emptyFile(path: "w.txt")) { try r.decode(.init(" \n\t ".utf8), path: "w.txt") }
        #expect(throws: ChronicleError.notUTF8(path: "l.txt")) { try r.decode(.init([0x66, 0xE9, 0x74, 0xE9]), path: "l.txt") }
        #expect(throws: ChronicleError.binaryFile(path: "b.bin")) { try r.decode(.init([0x89, 0x50, 0x00, 0x47]), path: "b.bin") }
        #expect(try r.decode(.init("ok".utf8), path: "o.txt") == "ok")
    }

    @Test func tokensKnowWhetherTheyHoldAHyphen() throws {
        let d = text.analyze(id: "a.txt", text: "Title\n\nA two-week, 30-year pact - signed in mid-2020 by Jean-Marc Ayrault’s aide-de-camp in Zürich-Süd — and well‐known.")
        // (a number keeps no hyphen: "30", "-", "year")
        #expect(d.tokens.filter(\.hasHyphen).map(\.text) == ["two-week", "-", "-", "mid-2020", "Jean-Marc", "aide-de-camp", "Zürich-Süd"])
        // on real articles: the flag is exactly "the text holds U+002D"
        let dir = Support.fixtures.appendingPathComponent("polnear-dev")
        var hyphenated = 0
        for f in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() {
            let doc = try Support.pipeline.analyze(path: dir.appendingPathComponent(f).path).document
            for t in doc.tokens { #expect(t.hasHyphen == t.text.utf8.contains(45), "\(f): \(t.text)") }
            hyphenated += doc.tokens.filter(\.hasHyphen).count
        }
        #expect(hyphenated > 100)
    }
}

@Suite struct ArticleDateTests {
    @Test func headerSidecarFileNameThenGiven() throws {
        #expect(ArticleDate.hasHeader(" date 2021-02-15 Title"))
        #expect(!ArticleDate.hasHeader("date 2021-02-30 Title"))
        #expect(!ArticleDate.hasHeader("Title 2021-02-15"))
        #expect(ArticleDate.firstDate(in: "breitbart_2016-09-12_stealth.txt") == "2016-09-12")
        #expect(ArticleDate.firstDate(in: "x_2016-13-12_y_2017-01-02.txt") == "2017-01-02")
        #expect(ArticleDate.firstDate(in: "12016-09-120") == nil)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-date-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("news_2016-09-12.txt")
        #expect(ArticleDate.fallback(path: a.path, given: "2020-01-01") == "2016-09-12")
        try "2015-05-05\n".write(to: dir.appendingPathComponent("news_2016-09-12.dct"), atomically: true, encoding: .utf8)
        #expect(ArticleDate.fallback(path: a.path, given: nil) == "2015-05-05")
        #expect(ArticleDate.fallback(path: dir.appendingPathComponent("plain.txt").path, given: "2020-01-01") == "2020-01-01")
    }


    @Test func anAbbreviationsPeriodEndsTheSentenceBeforeAnOpeningWord() {
        // Session 26: "a.m."/"U.S." keep their period, which also ends the sentence before "It",
        // "The", "But"; not before a name, a weekday or an organisation's head
        let d = Support.analyze("Title\n\nThe quake struck at 4 a.m. It said the damage was light. Troops returned to the U.S. The Pentagon said so. He left at 6 p.m. Monday with U.S. Army troops.").document
        let s = d.sentences.map { d.text($0.span) }
        #expect(s.contains("It said the damage was light."), "\(s)")
        #expect(s.contains("The Pentagon said so."), "\(s)")
        #expect(s.contains("He left at 6 p.m. Monday with U.S. Army troops."), "\(s)")
    }
}
