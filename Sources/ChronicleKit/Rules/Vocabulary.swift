/// The lowercase token forms that any lexicon or rule can name, each with a small integer id.
///
/// The rule book builds it once from every lexicon surface and every pattern literal; the
/// tokenizer then gives each token the id of its lowercase form with one hash lookup, so that
/// matching compares integers and walks tries by array index instead of hashing strings.
/// A form that no rule or lexicon names gets `Vocabulary.unknown`: nothing can match it by
/// its form, only by a class (`#cap`, `#num`, …) or a layer.
public final class Vocabulary: @unchecked Sendable {
    /// The id of a form no rule or lexicon names.
    public static let unknown: Int32 = -1
    /// The id of a token that was made without a vocabulary (looked up when matched).
    public static let unassigned: Int32 = .min

    private var ids: [String: Int32] = [:]
    public private(set) var forms: [String] = []

    public init() {}

    public var count: Int { forms.count }

    /// The id of a lowercase form, adding it when new (only while the rule book loads).
    @discardableResult
    func add(_ lower: String) -> Int32 {
        if let id = ids[lower] { return id }
        let id = Int32(forms.count)
        ids[lower] = id
        forms.append(lower)
        return id
    }

    /// For each id, bit `k` (k < `lexiconBitCount`) set when lexicon `k` of the rule book's
    /// `lexiconList` has a surface starting with it, and bit `lexiconBitCount + n` set when the
    /// `n`th rule set's candidate index lists rules under it (`CandidateIndex.vocabBit`). One
    /// load per token answers both, instead of a cache miss per lexicon- or vocabulary-sized
    /// table (`Lexicon.starts(id:)`, the index's id table). Filled by `RuleBook.freeze`.
    public internal(set) var lexiconBits: [UInt64] = []
    /// How many lexicons have a bit in `lexiconBits` (the rest are asked directly).
    public static let lexiconBitCount = 56

    /// After `seal`: an open-addressing table of form indices (-1: empty) under a byte hash,
    /// cheaper than the dictionary's seeded string hashing on every token.
    private var slots: [Int32] = []
    private var mask = 0

    /// Builds the lookup table; no form is added afterwards.
    func seal() {
        var n = 16
        while n < forms.count * 2 { n <<= 1 }
        slots = [Int32](repeating: -1, count: n)
        mask = n - 1
        for (k, f) in forms.enumerated() {
            var x = Vocabulary.hash(f) & mask
            while slots[x] >= 0 { x = (x + 1) & mask }
            slots[x] = Int32(k)
        }
    }

    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let hashPrime: UInt64 = 0x100_0000_01b3

    /// FNV-1a over the UTF-8 bytes.
    @inline(__always)
    static func hash(_ s: String) -> Int { finish(state(s)) }

    /// The FNV-1a state after every UTF-8 byte of `s` (`Token.lowerHash`).
    @inline(__always)
    public static func state(_ s: String) -> UInt64 {
        var h = hashSeed
        for b in s.utf8 { h = (h ^ UInt64(b)) &* hashPrime }
        return h
    }

    /// The FNV-1a state of a token's lowercase form: the one the tokenizer kept, else computed.
    @inline(__always)
    public static func state(of t: Token) -> UInt64 { t.lowerHash != 0 ? t.lowerHash : state(t.lower) }

    /// The table hash from an FNV-1a state (`hash` is `finish` of the state after every byte).
    @inline(__always)
    static func finish(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    /// The id of a lowercase form, or `unknown`.
    public func id(_ lower: String) -> Int32 {
        guard !slots.isEmpty else { return ids[lower] ?? Vocabulary.unknown }
        return id(lower, hash: Vocabulary.hash(lower))
    }

    /// The id of a lowercase form whose `hash` the caller computed, or `unknown`.
    @inline(__always)
    func id(_ lower: String, hash: Int) -> Int32 {
        guard !slots.isEmpty else { return ids[lower] ?? Vocabulary.unknown }
        var x = hash & mask
        while true {
            let k = slots[x]
            if k < 0 { return Vocabulary.unknown }
            if forms[Int(k)] == lower { return k }
            x = (x + 1) & mask
        }
    }

    /// The id of a token's lowercase form in this vocabulary (which need not be the one that gave
    /// the token its `id`), hashed with the state the tokenizer kept.
    @inline(__always)
    func id(lowerOf t: Token) -> Int32 {
        guard !slots.isEmpty else { return ids[t.lower] ?? Vocabulary.unknown }
        return id(t.lower, hash: Vocabulary.finish(Vocabulary.state(of: t)))
    }

    /// The id of a token: the one the tokenizer gave it, else a lookup of its lowercase form.
    @inline(__always)
    public func id(of token: Token) -> Int32 { token.id != Vocabulary.unassigned ? token.id : id(token.lower) }
}
