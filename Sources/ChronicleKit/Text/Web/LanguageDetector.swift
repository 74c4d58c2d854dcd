import Foundation

/// A small language detector: the script of the letters first (Hangul, kana, Han, Arabic,
/// Hebrew, Greek, Thai, Devanagari), then, for Latin and Cyrillic text, which language's
/// function words are most frequent (lists in `Resources/stopwords/LANG.txt`). Looks at the
/// first 20,000 scalars, so its cost is bounded. Answers an ISO 639-1 code, or "und" when the
/// text has too few words to tell.
public struct LanguageDetector: Sendable {
    /// Stop words of each language.
    public let lists: [(lang: String, words: Set<String>)]

    public init(lists: [(lang: String, words: Set<String>)]) { self.lists = lists }

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
        var word = String.UnicodeScalarView()
        func endWord() {
            guard !word.isEmpty else { return }
            let w = String(word).lowercased()
            guard w.utf8.count <= 12 else { word = String.UnicodeScalarView(); words += 1; return }
            words += 1
            for k in lists.indices where lists[k].words.contains(w) { counts[k] += 1 }
            word = String.UnicodeScalarView()
        }
        for c in text.unicodeScalars.prefix(20_000) {
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
                word.append(c)
            } else if c == "'" || c == "’" {
                endWord()
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
            let isCyrillic = lists[k].words.contains { $0.unicodeScalars.first.map { (0x400...0x4FF).contains($0.value) } ?? false }
            if (cyrillic > latin) != isCyrillic { continue }
            if counts[k] > bestCount { bestCount = counts[k]; best = k }
        }
        guard best >= 0, bestCount * 20 >= words || bestCount >= 3 else { return "und" }
        return lists[best].lang
    }
}
