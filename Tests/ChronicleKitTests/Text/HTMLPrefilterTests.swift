import Foundation
import Testing
@testable import ChronicleKit

/// The byte pass before libxml2 (issue 16, speed): what it cuts, what it leaves, and that the
/// tree libxml2 then builds is the one it builds from the whole page.
@Suite struct HTMLPrefilterTests {
    static func filter(_ s: String) -> String? {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBytes { HTMLPrefilter.filter($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func scriptStyleAndCommentContentsGo() {
        #expect(Self.filter("<p>a<script src=x>if (a < b) { f('</p>') }</script>b<STYLE>p{}</Style><!-- c --></p>")
                == "<p>a<script src=x></script>b<STYLE></Style><!----></p>")
    }

    @Test func jsonLDStaysAndPagesWithNothingToCutAreLeftAlone() {
        let ld = #"<script type="application/ld+json">{"datePublished": "2020-01-05"}</script>"#
        #expect(Self.filter(ld + "<p>x</p>") == nil)
        #expect(Self.filter("<p>plain</p><!---->") == nil)
    }

    @Test func aScriptEndsAtTheFirstClosingScriptTagAsInLibxml2() {
        #expect(Self.filter("<script>a</scriptx>b</script>c") == "<script></scriptx>b</script>c")
    }

    @Test func tagsInsideAttributeValuesAndSelfClosedScriptsAreNotCut() {
        // "<script" inside a quoted value is no tag; "<script/>" has no content
        #expect(Self.filter(#"<a title="<script>">x</a><script/><p>kept</p><style>s</style>"#)
                == #"<a title="<script>">x</a><script/><p>kept</p><style></style>"#)
    }

    @Test func nestedSVGAndNavigationEndAtTheirMatchingEndTag() {
        #expect(Self.filter("<nav><ul><li><nav>in</nav>still</li></ul></nav><p>after</p><svg><g><svg><path d=x/></svg></g></svg>z")
                == "<nav></nav><p>after</p><svg></svg>z")
    }

    @Test func unterminatedPartsAreLeftToTheParser() {
        #expect(Self.filter("<p>a</p><script>never closed") == nil)
        #expect(Self.filter("<style>x</style><p>a<!-- never closed") == "<style></style><p>a<!-- never closed")
    }

    @Test func utf16PagesAreLeftAlone() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("<script>x</script>".utf8).flatMap { [$0, 0] }
        #expect(bytes.withUnsafeBytes { HTMLPrefilter.filter($0) } == nil)
    }

    @Test func theTreeIsTheOneOfTheWholePage() throws {
        // libxml2 with and without the pass: the same tree (comments still split texts; the
        // tree builder skips what is inside scripts, styles, svg and noscript anyway)
        let page = """
            <html><head><title>T</title><script>var s = "<div>";</script>
            <meta property="og:title" content="OG"></head><body><div class=a>one<!-- ad -->two<svg><title>icon</title></svg>
            <noscript><img src=x></noscript><p>three</p><style>.a{}</style></div></body></html>
            """
        let filtered = try HTMLParser.parse(Data(page.utf8), path: "t.html")
        let whole = TreeBuilder()
        #expect(Array(page.utf8).withUnsafeBytes { HTMLParser.parse($0, into: whole) })
        whole.finish()
        #expect(HTMLParserTests.outline(filtered) == HTMLParserTests.outline(whole.tree))
        #expect(HTMLParserTests.outline(filtered).contains("   \"one\"") && HTMLParserTests.outline(filtered).contains("   \"two\""))
    }
}
