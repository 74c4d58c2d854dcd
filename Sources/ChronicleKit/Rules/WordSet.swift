/// A set of lowercase words for the loops that ask about one token after another: most words
/// are told apart by their first and last bytes, without hashing the string, and the rest are
/// asked of the `Set<String>`.
///
/// The answer is exactly `Set<String>.contains`: when every word of the set is ASCII, a string
/// that begins and ends with ASCII bytes can equal one of them (in Swift's canonical
/// equivalence) only if it begins and ends with the same bytes, since an ASCII character is its
/// own decomposition and no mark goes before the first character or after the last.
///
/// A token is asked by the FNV-1a state of its lowercase form that the tokenizer keeps
/// (`Token.lowerHash`, ASCII tokens only): one probe of a small table of the words' states, and
/// the strings are compared only when a state is there, so a token that is no word of the set
/// costs no string work at all (`contains(_:)` of a `Token`; session 36). Two ASCII strings are
/// equal exactly when their bytes are, so this is `Set<String>.contains(token.lower)` too.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    public let words: Set<String>
    /// Bit `first << 7 | last` for the ASCII first and last bytes of each word.
    private let ends: [UInt64]
    private let asciiOnly: Bool
    /// Open addressing over `Vocabulary.finish` of each word's FNV-1a state (0: empty), a power of
    /// two at least twice the words; `stateWords` holds the word of each used slot.
    private let states: [UInt64]
    private let stateWords: [String]
    private let stateMask: Int
    /// Whether an ASCII token is a word of the set exactly when its state and bytes are in the
    /// table: no word outside it can equal an ASCII string (`mayEqualASCII`).
    private let tokenTable: Bool

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
        var n = 8
        while n < words.count * 2 { n <<= 1 }
        var states = [UInt64](repeating: 0, count: n)
        var stateWords = [String](repeating: "", count: n)
        // (sorted: the table is the same on every run)
        for w in words.sorted() where w.utf8.allSatisfy({ $0 < 0x80 }) {
            let h = Vocabulary.state(w)
            var x = Vocabulary.finish(h) & (n - 1)
            while states[x] != 0 { x = (x + 1) & (n - 1) }
            states[x] = h
            stateWords[x] = w
        }
        self.states = states
        self.stateWords = stateWords
        stateMask = n - 1
        tokenTable = words.allSatisfy { w in w.utf8.allSatisfy { $0 < 0x80 } || !WordSet.mayEqualASCII(w) }
    }

    /// Whether a word with other characters than ASCII could still equal an ASCII string in
    /// Swift's canonical equivalence: only through the three characters whose canonical form is
    /// an ASCII one (U+037E GREEK QUESTION MARK is ";", U+1FEF GREEK VARIA is "`", U+212A KELVIN
    /// SIGN is "K"), so a word with any other non-ASCII scalar cannot ("’s" cannot be "'s").
    static func mayEqualASCII(_ w: String) -> Bool {
        w.unicodeScalars.allSatisfy { $0.isASCII || $0.value == 0x37E || $0.value == 0x1FEF || $0.value == 0x212A }
    }

    /// Whether the token's lowercase form is a word of the set (`contains(token.lower)`).
    @inline(__always)
    public func contains(_ t: Token) -> Bool {
        let h = t.lowerHash
        guard tokenTable, h != 0 else { return contains(t.lower) }
        var x = Vocabulary.finish(h) & stateMask
        while true {
            let s = states[x]
            if s == 0 { return false }
            if s == h && stateWords[x] == t.lower { return true }
            x = (x + 1) & stateMask
        }
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
