/// Decides whether two event mentions from different articles report the same event: the
/// same coarse kind, compatible dates, shared actors, and similar names or triggers.
public struct EventMatcher: Sendable {
    public init() {}

    /// Content words of an event's name or text, lowercased.
    static func words(_ e: Event) -> Set<String> {
        Set((e.name ?? e.text).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { !stopWords.contains($0) })
    }

    /// Words left out of `words` (built once, not per call).
    static let stopWords: Set<String> = ["the", "a", "an", "of", "on", "in", "to", "for", "and", "at", "by", "with", "its", "their", "this", "that"]

    /// Whether the dates can be the same day or period: equal, or one inside the other.
    public static func compatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        if a == b { return true }
        guard let x = DateRange(value: a), let y = DateRange(value: b) else { return false }
        return (x.first <= y.first && y.last <= x.last) || (y.first <= x.first && x.last <= y.last)
    }

    public func same(_ a: Event, _ b: Event) -> Bool {
        same(a, b, words: { EventMatcher.words(a) }, { EventMatcher.words(b) })
    }

    /// `same`, with the content words of each event given (so a caller comparing one event
    /// with many can compute each event's words once).
    func same(_ a: Event, _ b: Event, words wordsA: () -> Set<String>, _ wordsB: () -> Set<String>) -> Bool {
        guard a.coarseKind == b.coarseKind else { return false }
        if let x = a.name, let y = b.name { return EventDetector.normalize(x) == EventDetector.normalize(y) }
        guard EventMatcher.compatible(a.date, b.date) else { return false }
        // an undated mention joins only with the same name words and the same actors
        let shared = Set(a.actors).intersection(b.actors)
        guard !shared.isEmpty else { return false }
        let wa = wordsA(), wb = wordsB()
        guard !wa.isEmpty, !wb.isEmpty else { return false }
        let jaccard = Double(wa.intersection(wb).count) / Double(wa.union(wb).count)
        if a.date == nil || b.date == nil { return jaccard >= 0.5 && shared.count >= min(2, min(a.actors.count, b.actors.count)) }
        return jaccard >= 0.5
    }
}
