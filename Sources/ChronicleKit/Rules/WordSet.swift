/// A set of lowercase words for the loops that ask about one token after another: most words
/// are told apart by their first and last bytes, without hashing the string, and the rest are
/// asked of the `Set<String>`.
///
/// The answer is exactly `Set<String>.contains`: when every word of the set is ASCII, a string
/// that begins and ends with ASCII bytes can equal one of them (in Swift's canonical
/// equivalence) only if it begins and ends with the same bytes, since an ASCII character is its
/// own decomposition and no mark goes before the first character or after the last.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    public let words: Set<String>
    /// Bit `first << 7 | last` for the ASCII first and last bytes of each word.
    private let ends: [UInt64]
    private let asciiOnly: Bool

    public init(_ words: Set<String>) {
        self.words = words
        var ends = [UInt64](repeating: 0, count: 256)
        var ascii = true
        for w in words {
            guard let f = w.utf8.first, let l = w.utf8.last, w.utf8.allSatisfy({ $0 < 0x80 }) else { ascii = false; continue }
            let k = Int(f) << 7 | Int(l)
            ends[k >> 6] |= 1 << UInt64(k & 63)
        }
        self.ends = ends
        asciiOnly = ascii
    }

    public init(arrayLiteral words: String...) { self.init(Set(words)) }

    @inline(__always)
    public func contains(_ w: String) -> Bool {
        if asciiOnly, let f = w.utf8.first, f < 0x80, let l = w.utf8.last, l < 0x80 {
            let k = Int(f) << 7 | Int(l)
            if ends[k >> 6] & (1 << UInt64(k & 63)) == 0 { return false }
        }
        return words.contains(w)
    }
}
