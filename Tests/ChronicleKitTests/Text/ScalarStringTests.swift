import Testing
@testable import ChronicleKit

/// The byte-level string helpers give what the standard library's views give.
@Suite struct ScalarStringTests {
    static let samples = ["", "plain ASCII", "Kuleba’s “call” — 2021", "Zürich, Ελλάδα, Україна", "emoji 👩‍👩‍👧 and 𝄞", "e\u{301}\r\n\u{FEFF}x"]

    @Test(arguments: samples) func scalarArrayDecodesLikeTheScalarView(_ s: String) {
        #expect(s.scalarArray == Array(s.unicodeScalars))
        #expect(String(scalars: s.scalarArray) == s)
    }

    @Test(arguments: samples) func hasByteLikeTheUTF8View(_ s: String) {
        for b: UInt8 in [45, 32, 0xE2, 0x80, 10] { #expect(s.hasByte(b) == s.utf8.contains(b)) }
    }

    /// `splitBytes` against splitting the UTF-8 bytes by hand, for strings and substrings.
    @Test(arguments: samples) func splitBytesLikeSplittingTheBytes(_ s: String) {
        func reference(_ t: Substring, _ sep: UInt8, _ omit: Bool) -> [String] {
            Array(t.utf8).split(separator: sep, omittingEmptySubsequences: omit).map { String(decoding: $0, as: UTF8.self) }
        }
        let variants: [Substring] = [Substring(s), s.dropFirst(), Substring("|a||b|"), Substring("x\r\ny\n\nz"), Substring("")]
        for t in variants {
            for sep: UInt8 in [10, 124, 32, 45] {
                for omit in [false, true] {
                    let want = reference(t, sep, omit)
                    #expect(t.splitBytes(sep, omittingEmpty: omit).map(String.init) == want, "\(t.debugDescription) split at \(sep)")
                }
            }
        }
    }
    @Test func isByteAndJoined() {
        #expect("-".isByte(45) && !"--".isByte(45) && !"".isByte(45) && !"–".isByte(45))
        #expect(String.joined("doc_1", 58, "t-3-9") == "doc_1:t-3-9")
        #expect(String.joined("", 58, "") == ":")
        #expect(String.joined("Zoë", 32, "Müller") == "Zoë Müller")
    }
}
