import Foundation
import Testing
@testable import ChronicleKit

/// The page's declared language (`<html lang>`) and `<time pubdate>` reach the reader (issue
/// 16): the tree keeps `lang` on `<html>` and `pubdate` on `<time>`, with or without the byte
/// pass before libxml2; and the language detector's word table.
@Suite struct PageLanguageAndTimeTests {
    static func article(_ html: String) throws -> Inputs.Article {
        try ArticleReader().htmlArticle(try HTMLParser.parse(Data(html.utf8), path: "p.html"), path: "p.html", id: "p")
    }

    /// A script to empty, so the byte pass rewrites the page (without one it leaves it alone).
    static let script = "<script>var a = 1;</script>"

    @Test func theTreeKeepsLangOnHtmlAndPubdateOnTimeOnly() throws {
        // a page the byte pass leaves alone, and one it rewrites
        let plain = "<html lang=\"pt-BR\"><body><p>Olá</p><time pubdate datetime=\"2020-03-01\">1 March</time></body></html>"
        #expect(HTMLPrefilterTests.filter(plain) == nil)
        let rewritten = "<html lang=\"pt-BR\" data-x=1><body>\(Self.script)<p lang=fr data-y=2>Olá</p><time pubdate datetime=\"2020-03-01\" data-z=3>1 March</time></body></html>"
        #expect(HTMLPrefilterTests.filter(rewritten)?.hasPrefix("<html lang=\"pt-BR\"><body><script></script><p>Olá</p><time pubdate datetime=\"2020-03-01\">") == true)
        for page in [plain, rewritten] {
            let t = try HTMLParser.parse(Data(page.utf8), path: "t.html")
            #expect(t.nodes.first { $0.name == "html" }?.attribute("lang") == "pt-BR")
            #expect(t.nodes.first { $0.name == "p" }?.attribute("lang") == nil)
            let time = try #require(t.nodes.first { $0.name == "time" })
            #expect(time.attribute("pubdate") == "")
            #expect(time.attribute("datetime") == "2020-03-01")
        }
        // a tag the byte pass copies as it is (a value with "="): the tree builder keeps them only there too
        let odd = try HTMLParser.parse(Data("<p lang=fr title=a=b>x</p><span pubdate title=a=b>y</span>".utf8), path: "o.html")
        #expect(odd.nodes.first { $0.name == "p" }?.attribute("lang") == nil)
        #expect(odd.nodes.first { $0.name == "span" }?.attribute("pubdate") == nil)
    }

    @Test func languageCodesArePrimarySubtags() {
        #expect(HTMLArticleExtractor.languageCode("en-US") == "en")
        #expect(HTMLArticleExtractor.languageCode(" PT_br ") == "pt")
        #expect(HTMLArticleExtractor.languageCode("fil") == "fil")
        #expect(HTMLArticleExtractor.languageCode("") == nil)
        #expect(HTMLArticleExtractor.languageCode("english") == nil)
        #expect(HTMLArticleExtractor.languageCode("x1") == nil)
    }

    @Test func theDeclaredLanguageIsTakenWhenTheTextCannotTell() throws {
        // too little text for the detector: the page's own declaration
        let short = try Self.article("<html lang=\"pt-BR\"><body>\(Self.script)<article><p>Lisboa 2020.</p></article></body></html>")
        #expect(short.lang == "pt")
        let none = try Self.article("<html><body><article><p>Lisboa 2020.</p></article></body></html>")
        #expect(none.lang == "und")
        // enough text: the detector wins over a wrong declaration
        let english = try Self.article("""
            <html lang="de"><body><article><p>The minister said on Monday that the new bridge would be opened in the spring, and that \
            the work on the road to the harbour was going to be finished before the end of the year.</p></article></body></html>
            """)
        #expect(english.lang == "en")
    }

    @Test func timePubdateWinsOverOtherTimesAndLosesToMetaTags() throws {
        let body = "<article><p>The council met again and put the vote off for a month, after a long debate about the harbour.</p></article>"
        for cut in ["", Self.script] {
            let times = "<time datetime=\"2020-03-05\">5 March</time><time pubdate datetime=\"2020-03-01\">1 March</time>"
            let page = try Self.article("<html><body>\(cut)\(times)\(body)</body></html>")
            #expect(page.date == "2020-03-01")
            #expect(page.dateDetail == "time")
            let meta = try Self.article("<html><head><meta property=\"article:published_time\" content=\"2020-02-20\"></head><body>\(cut)\(times)\(body)</body></html>")
            #expect(meta.date == "2020-02-20")
            #expect(meta.dateDetail == "meta")
            // itemprop=datePublished on a time element counts as a meta tag would
            let item = try Self.article("<html><body>\(cut)<time datetime=\"2020-03-05\">5 March</time><time itemprop=\"datePublished\" datetime=\"2020-02-27\">27 Feb</time>\(body)</body></html>")
            #expect(item.date == "2020-02-27")
            #expect(item.dateDetail == "meta")
        }
    }
}
