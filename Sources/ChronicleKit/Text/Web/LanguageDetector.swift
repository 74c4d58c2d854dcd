import Foundation

/// A small language detector: the script of the letters first (Hangul, kana, Han, Arabic,
/// Hebrew, Greek, Thai, Devanagari), then, for Latin and Cyrillic text, which language's
/// function words are most frequent (lists in `Resources/stopwords/LANG.txt`). Looks at the
/// first 20,000 scalars, so its cost is bounded. Answers an ISO 639-1 code, or "und" when the
/// text has too few words to tell.
public struct LanguageDetector: Sendable {
    /// Stop words of each language.
    public let lists: [(lang: String, words: Set<String>)]

    /// Which lists hold a word (bit k: list k), so a word is looked up once, not once a list.
    let index: WordTable
    /// Whether a list is of Cyrillic words.
    let cyrillicLists: [Bool]

    public init(lists: [(lang: String, words: Set<String>)]) {
        let lists = Array(lists.prefix(64))
        self.lists = lists
        var index: [String: UInt64] = [:]
        for (k, l) in lists.enumerated() { for w in l.words { index[w, default: 0] |= 1 << UInt64(k) } }
        self.index = WordTable(index)
        cyrillicLists = lists.map { l in l.words.contains { $0.unicodeScalars.first.map { (0x400...0x4FF).contains($0.value) } ?? false } }
    }

    /// The bundled lists.
    public static let standard: LanguageDetector = {
        var lists: [(String, Set<String>)] = []
        if let root = try? RuleBook.resourceRoot() {
            let dir = root.appendingPathComponent("stopwords")
            for f in ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() where f.hasSuffix(".txt") {
                guard let text = try? String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8) else { continue }
                let words = Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
                lists.append((String(f.dropLast(4)), words))
            }
        }
        return LanguageDetector(lists: lists)
    }()

    /// The language of `text`.
    public func detect(_ text: String) -> String {
        var latin = 0, cyrillic = 0, other: [String: Int] = [:], letters = 0
        var counts = [Int](repeating: 0, count: lists.count)
        var words = 0
        // the word's UTF-8 bytes, ASCII letters lowercased as they come
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var wordASCII = true
        func endWord() {
            guard !word.isEmpty else { return }
            defer { word.removeAll(keepingCapacity: true); wordASCII = true }
            words += 1
            let bits: UInt64
            if wordASCII {
                // (lowercased as it came; no String is made)
                bits = word.withUnsafeBufferPointer { index.bits(of: $0) }
            } else {
                var w = String(decoding: word, as: UTF8.self).lowercased()
                bits = w.withUTF8 { index.bits(of: $0) }
            }
            var b = bits
            while b != 0 {
                counts[b.trailingZeroBitCount] += 1
                b &= b - 1
            }
        }
        var seen = 0
        for c in text.unicodeScalars {
            seen += 1
            if seen > 20_000 { break }
            let v = c.value
            if v < 0x80 ? ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) : c.properties.isAlphabetic {
                letters += 1
                switch v {
                case 0x41...0x24F: latin += 1
                case 0x400...0x4FF: cyrillic += 1
                case 0xAC00...0xD7AF, 0x1100...0x11FF: other["ko", default: 0] += 1
                case 0x3040...0x30FF: other["ja", default: 0] += 1
                case 0x4E00...0x9FFF: other["zh", default: 0] += 1
                case 0x600...0x6FF: other["ar", default: 0] += 1
                case 0x590...0x5FF: other["he", default: 0] += 1
                case 0x370...0x3FF: other["el", default: 0] += 1
                case 0xE00...0xE7F: other["th", default: 0] += 1
                case 0x900...0x97F: other["hi", default: 0] += 1
                default: break
                }
                if v < 0x80 {
                    word.append(UInt8(v | 0x20))
                } else {
                    wordASCII = false
                    UTF8.encode(c) { word.append($0) }
                }
            } else {
                endWord()
            }
        }
        endWord()
        guard letters >= 20 else { return "und" }
        if let (lang, n) = other.max(by: { $0.value < $1.value }), n * 2 > letters {
            // kana with Han is Japanese; Han alone Chinese
            if lang == "zh", (other["ja"] ?? 0) * 10 > n { return "ja" }
            return lang
        }
        guard words >= 5 else { return "und" }
        var best = -1, bestCount = 0
        for k in lists.indices {
            if (cyrillic > latin) != cyrillicLists[k] { continue }
            if counts[k] > bestCount { bestCount = counts[k]; best = k }
        }
        guard best >= 0, bestCount * 20 >= words || bestCount >= 3 else { return "und" }
        return lists[best].lang
    }
}

/// Stop words by their UTF-8 bytes (at most `WordTable.maxBytes`), packed into two integers,
/// in an open-addressing table: a word of the text is looked up without making a `String` or
/// hashing one (the detector looks up every word of the first 20,000 scalars of a page).
struct WordTable: Sendable {
    /// Longer words are in no list the detector reads (the longest stop word has 12 bytes).
    static let maxBytes = 12
    private var lo: [UInt64]
    private var hi: [UInt64]
    private var values: [UInt64]
    private let mask: Int

    init(_ words: [String: UInt64]) {
        var size = 16
        while size < words.count * 2 { size *= 2 }
        lo = [UInt64](repeating: 0, count: size)
        hi = [UInt64](repeating: 0, count: size)
        values = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for (w, v) in words {
            var w = w
            w.withUTF8 { u in
                guard let (a, b) = WordTable.pack(u) else { return }
                var k = WordTable.slot(a, b) & mask
                while hi[k] != 0 && (lo[k] != a || hi[k] != b) { k = (k + 1) & mask }
                lo[k] = a
                hi[k] = b
                values[k] |= v
            }
        }
    }

    /// The bytes as two integers (the length in the top byte, so no packed word is 0); nil
    /// when the word is empty or too long.
    @inline(__always) static func pack(_ u: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        let n = u.count
        guard n > 0, n <= maxBytes else { return nil }
        var a: UInt64 = 0, b = UInt64(n) << 56
        for k in 0..<min(n, 8) { a |= UInt64(u[k]) << UInt64(8 * k) }
        if n > 8 { for k in 8..<n { b |= UInt64(u[k]) << UInt64(8 * (k - 8)) } }
        return (a, b)
    }

    @inline(__always) static func slot(_ a: UInt64, _ b: UInt64) -> Int {
        Int(truncatingIfNeeded: ((a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F)) >> 32)
    }

    /// The lists (bits) that hold the word whose bytes are `u`; 0 for none.
    @inline(__always) func bits(of u: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let (a, b) = WordTable.pack(u) else { return 0 }
        var k = WordTable.slot(a, b) & mask
        while hi[k] != 0 {
            if lo[k] == a && hi[k] == b { return values[k] }
            k = (k + 1) & mask
        }
        return 0
    }
}
