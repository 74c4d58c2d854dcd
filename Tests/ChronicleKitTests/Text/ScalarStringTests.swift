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
}
