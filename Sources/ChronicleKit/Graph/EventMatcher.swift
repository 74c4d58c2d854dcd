/// Decides whether two event mentions from different articles report the same event: the
/// same coarse kind, compatible dates, shared actors, and similar names or triggers.
public struct EventMatcher: Sendable {
    public init() {}

    /// What `same` compares of an event, worked out once per event: a corpus compares each new
    /// event with many earlier ones, so names are normalized, dates parsed and content words
    /// numbered before, not in, the comparisons.
    struct Key: Sendable {
        var kind: String
        /// The normalized name (`EventDetector.normalize`).
        var name: String?
        var date: String?
        var range: DateRange?
        /// The content words (`words`) as ids of one `WordIds`, sorted, each once.
        var words: [Int32]

        /// The key of `e`, whose normalized name and content words (`words(e)`) are given.
        init(_ e: Event, name: String?, words: Set<String>, ids: inout WordIds) {
            kind = e.coarseKind
            self.name = name
            self.words = ids.ids(words)
            setDate(e.date)
        }

        mutating func setDate(_ d: String?) {
            date = d
            range = d.flatMap { DateRange(value: $0) }
        }
    }

    /// Numbers words in the order they are met.
    struct WordIds {
        var table: [String: Int32] = [:]

        /// The sorted ids of a set of words.
        mutating func ids(_ words: Set<String>) -> [Int32] {
            var out: [Int32] = []
            out.reserveCapacity(words.count)
            for w in words {
                if let id = table[w] { out.append(id) } else {
                    let id = Int32(table.count)
                    table[w] = id
                    out.append(id)
                }
            }
            out.sort()
            return out
        }
    }

    /// Content words of an event's name or text, lowercased.
    static func words(_ e: Event) -> Set<String> {
        let text = e.name ?? e.text
        if let ascii = asciiWords(text) { return ascii }
        return Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { !stopWords.contains($0) })
    }

    /// `words` of an ASCII text, read byte by byte (an ASCII character is a letter or a number
    /// exactly when it is A–Z, a–z or 0–9); nil when the text is not ASCII.
    static func asciiWords(_ text: String) -> Set<String>? {
        var text = text
        return text.withUTF8 { b -> Set<String>? in
            var out = Set<String>()
            var word: [UInt8] = []
            func flush() {
                guard !word.isEmpty else { return }
                let w = String(decoding: word, as: UTF8.self)
                if !stopWords.contains(w) { out.insert(w) }
                word.removeAll(keepingCapacity: true)
            }
            for c in b {
                if c >= 0x80 { return nil }
                if c >= 65 && c <= 90 { word.append(c + 32) } else if (c >= 97 && c <= 122) || (c >= 48 && c <= 57) { word.append(c) } else { flush() }
            }
            flush()
            return out
        }
    }

    /// Words left out of `words` (built once, not per call).
    static let stopWords: Set<String> = ["the", "a", "an", "of", "on", "in", "to", "for", "and", "at", "by", "with", "its", "their", "this", "that"]

    /// Whether the dates can be the same day or period: equal, or one inside the other.
    public static func compatible(_ a: String?, _ b: String?) -> Bool {
        compatible(a, a.flatMap { DateRange(value: $0) }, b, b.flatMap { DateRange(value: $0) })
    }

    /// `compatible`, with each date's range parsed before.
    static func compatible(_ a: String?, _ x: DateRange?, _ b: String?, _ y: DateRange?) -> Bool {
        guard let a, let b else { return true }
        if a == b { return true }
        guard let x, let y else { return false }
        return (x.first <= y.first && y.last <= x.last) || (y.first <= x.first && x.last <= y.last)
    }

    public func same(_ a: Event, _ b: Event) -> Bool {
        var ids = WordIds()
        let ka = Key(a, name: a.name.map(EventDetector.normalize), words: EventMatcher.words(a), ids: &ids)
        let kb = Key(b, name: b.name.map(EventDetector.normalize), words: EventMatcher.words(b), ids: &ids)
        return same(ka, a.actors.sorted(), kb, b.actors.sorted())
    }

    /// `same` on the events' keys and sorted actor lists (an actor may be listed more than once;
    /// it counts once, as in a set).
    func same(_ a: Key, _ actorsA: [String], _ b: Key, _ actorsB: [String]) -> Bool {
        guard a.kind == b.kind else { return false }
        if let x = a.name, let y = b.name { return x == y }
        guard EventMatcher.compatible(a.date, a.range, b.date, b.range) else { return false }
        // an undated mention joins only with the same name words and the same actors
        let shared = EventMatcher.sharedCount(actorsA, actorsB)
        guard shared > 0 else { return false }
        guard !a.words.isEmpty, !b.words.isEmpty else { return false }
        let common = EventMatcher.sharedCount(a.words, b.words)
        let jaccard = Double(common) / Double(a.words.count + b.words.count - common)
        // (two events without a name, such as two "accused" of the trigger lexicon, have the
        // same words whatever they report: undated, they need two actors in common, not one: "U.S.
        // Marshals … arrested a football player accused of killing" is no "Esper accuses China")
        if a.date == nil || b.date == nil {
            let needed = a.name == nil && b.name == nil ? 2 : min(2, min(actorsA.count, actorsB.count))
            return jaccard >= 0.5 && shared >= needed
        }
        return jaccard >= 0.5
    }

    /// How many distinct elements two sorted lists share (as `Set(a).intersection(b).count`).
    static func sharedCount<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if b[j] < a[i] { j += 1 } else {
                let x = a[i]
                n += 1
                while i < a.count && a[i] == x { i += 1 }
                while j < b.count && b[j] == x { j += 1 }
            }
        }
        return n
    }
}
