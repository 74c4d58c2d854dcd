import Foundation
import Testing
@testable import ChronicleKit

/// The tree libxml2's SAX events build (issue 16, speed): the same tree libxml2's own tree
/// builder makes, without comments and the content of scripts and styles.
@Suite struct HTMLParserTests {
    /// The tree as lines: one per node, indented by depth; text in quotes.
    static func outline(_ t: HTMLTree) -> [String] {
        var depth = [Int](repeating: 0, count: t.nodes.count)
        var out: [String] = []
        for (i, n) in t.nodes.enumerated() {
            if n.parent >= 0 { depth[i] = depth[n.parent] + 1 }
            #expect(n.end > i && n.end <= t.nodes.count, "node \(i) ends at \(n.end)")
            let pad = String(repeating: " ", count: depth[i])
            out.append(pad + (n.kind == .text ? "\"\(n.text)\"" : n.name + n.attributes.map { " \($0.0)=\($0.1)" }.joined()))
        }
        return out
    }

    static func parse(_ html: String) throws -> [String] { outline(try HTMLParser.parse(Data(html.utf8), path: "t.html")) }

    @Test func impliedAndAutoClosedElements() throws {
        // no <html>, <body>, closing </p>: libxml2 adds and closes them
        #expect(try Self.parse("<title>T</title><p class=Lead>One<p>Two &amp; three") == [
            "html", " head", "  title", "   \"T\"", " body", "  p class=Lead", "   \"One\"", "  p", "   \"Two & three\"",
        ])
    }

    @Test func blanksAreDroppedWhereLibxml2sTreeBuilderDropsThem() throws {
        // a run of blanks right in an element that takes no text (section), or after one, is
        // dropped; in or after elements that take text (p, ul, li) it is kept; next to inline text too
        let t = try Self.parse("<html><body><section>\n<p>A <b>b</b> <i>i</i></p>\n</section>\n<ul>\n<li>x</li>\n</ul></body></html>")
        #expect(t == ["html", " body", "  section", "   p", "    \"A \"", "    b", "     \"b\"", "    \" \"", "    i", "     \"i\"", "   \"\n\"",
                      "  ul", "   \"\n\"", "   li", "    \"x\"", "   \"\n\""], "\(t)")
    }

    @Test func scriptsAndStylesAreEmptyJSONLDIsKept() throws {
        let t = try Self.parse("""
            <html><head><script>var x = "<p>no</p>";</script><style>p { color: red }</style>
            <script type="application/ld+json">{"datePublished": "2021-03-04"}</script></head>
            <body><noscript><p>Enable scripts</p></noscript><p>Text<!-- a comment -->after</p></body></html>
            """)
        #expect(t == ["html", " head", "  script", "  style", "  script type=application/ld+json", "   \"{\"datePublished\": \"2021-03-04\"}\"",
                      " body", "  noscript", "  p", "   \"Text\"", "   \"after\""], "\(t)")
    }

    @Test func attributesKeptAreTheOnesTheReaderUses() throws {
        let t = try Self.parse("<p ID=x onclick=\"f()\" data-x=1 hidden>Hi</p>")
        #expect(t.contains("  p id=x hidden="), "\(t)")
    }

    @Test func pageWithoutUTF8ReadsItsCharsetAndUTF8WinsOverADeclaration() throws {
        // Latin-1 bytes with a Latin-1 declaration
        var latin = Data("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8)
        latin.append(0xE9)
        latin.append(contentsOf: Array("</p></body></html>".utf8))
        let t = try HTMLParser.parse(latin, path: "l.html")
        #expect(t.nodes.contains { $0.kind == .text && $0.text == "Café" })
        // valid UTF-8 declared as Latin-1 stays UTF-8
        let u = try HTMLParser.parse(Data("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café</p></body></html>".utf8), path: "u.html")
        #expect(u.nodes.contains { $0.kind == .text && $0.text == "Café" })
    }

    @Test func whiteSpaceIsUnicodesWhiteSpaceAndTheZeroWidthSpace() {
        var differ: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            if HTMLTree.isSpace(c) != (c.properties.isWhitespace || v == 0x200B) { differ.append(v) }
        }
        #expect(differ.isEmpty, "\(differ.map { String($0, radix: 16) })")
    }

    @Test func collapseWorksOnBytes() {
        #expect(HTMLTree.collapse("  a\u{A0}\u{A0}b\u{200B}c \n\t d\u{2003}é  ") == "a b c d é")
        #expect(HTMLTree.collapse("\u{3000}日本\u{3000}語") == "日本 語")
        #expect(HTMLTree.collapse("") == "")
        #expect(HTMLTree.collapse(" \u{85} ") == "")
        #expect(HTMLTree.has("a display:none b", "display:none") && !HTMLTree.has("display", "display:none") && HTMLTree.has("x", ""))
        #expect(HTMLTree.has("café au lait", "é au"))
    }
}

/// The parser's UTF-8 test (which decides whether a page's own charset declaration is read)
/// decides as the standard library does.
@Suite struct UTF8CheckTests {
    @Test func decidesAsStringValidatingDoes() {
        // a fixed pseudo-random walk over byte strings: ASCII runs, well-formed sequences of
        // every length, and the ill-formed kinds (overlong, surrogate, past U+10FFFF, cut short,
        // stray continuation bytes)
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return seed >> 33 }
        let pieces: [[UInt8]] = [
            Array("plain ascii text ".utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8), Array("\u{10FFFF}".utf8), Array("\u{D7FF}".utf8),
            [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xBF], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3], [0x00], [0x7F],
        ]
        var checked = 0, valid = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(next() % 12) {
                if next() % 4 == 0 {
                    bytes.append(UInt8(truncatingIfNeeded: next()))
                } else {
                    bytes += pieces[Int(next() % UInt64(pieces.count))]
                }
            }
            let expected = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
            let got = bytes.withUnsafeBufferPointer { HTMLParser.isUTF8($0) }
            #expect(got == expected, "\(bytes)")
            checked += 1
            if expected { valid += 1 }
        }
        // both kinds were tried, many times
        #expect(valid > 2_000 && checked - valid > 2_000)
        #expect(HTMLParser.isUTF8(UnsafeBufferPointer(start: nil, count: 0)))
    }
}
