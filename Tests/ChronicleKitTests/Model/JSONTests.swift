import Testing
@testable import ChronicleKit

/// `JSON.escape` against the plain definition, one character at a time, on strings made to put
/// every escape at every place in the eight-byte words it scans.
@Suite struct JSONTests {
    /// The definition: quotes, backslashes and control characters escaped, and U+2028/U+2029.
    static func reference(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// Pieces that need an escape, that look like one in part (0xE2, 0xA8, 0xA9 in other
    /// characters), and plain ones of one to four bytes.
    static let pieces = ["a", "Zz", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{0}", "\u{2028}", "\u{2029}", "\u{2027}",
                         "\u{202A}", "“", "”", "’", "—", "€", "é", "©", "¨", "\u{E2}", "日本", "🎉", " ", "0123456"]

    /// Strings of up to 40 pieces from a fixed pseudo-random sequence.
    static var samples: [String] {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        var out = ["", "plain text with no escape at all", String(repeating: "“quoted” ", count: 9)]
        for _ in 0..<3000 {
            out.append((0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined())
        }
        return out
    }

    @Test func escapesAsTheDefinitionSays() {
        for s in Self.samples {
            var text = ""
            JSON.escape(s, into: &text)
            #expect(text == Self.reference(s), "\(Array(s.utf8))")
            var bytes: [UInt8] = []
            JSON.escape(s, into: &bytes)
            #expect(bytes == Array(Self.reference(s).utf8), "\(Array(s.utf8))")
        }
    }

    @Test func appendsAfterWhatIsThere() {
        var bytes = Array("x:".utf8)
        JSON.escape("a\u{2028}b", into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "x:\"a\\u2028b\"")
    }
}
