import Foundation

/// Corpus-wide event identity for `chronicle events --jsonl` (`"cluster"`): events of several
/// articles are one event only when their kind, date, participants and place agree.
///
/// - Same kind (the compact kind of the typing, else the rule kind), always.
/// - Dates: when both have one they must be compatible (equal, or one inside the other).
/// - Places: when both name one they must share a word.
/// - Participants: when both have some they must share one (by the last word of the actor's
///   name or of the argument's phrase, so "Lindsay Lohan" and "Lohan" agree).
/// - And something positive beyond the kind: a shared participant, place or (exact) date, or
///   the same trigger word (stem).
///
/// Candidates come from blocks (kind + participant, kind + place, kind + date, kind + trigger
/// ), each holding at most `blockLimit` recent events, so the cost stays
/// linear in the number of events.
public struct EventClusters: Sendable {
    public struct Item: Sendable {
        public var doc: String
        public var kind: String
        public var trigger: String
        public var date: String?
        public var participants: Set<String>
        public var places: Set<String>

        public init(doc: String, kind: String, trigger: String, date: String?, participants: Set<String>, places: Set<String>) {
            self.doc = doc; self.kind = kind; self.trigger = trigger; self.date = date; self.participants = participants; self.places = places
        }

        /// The item of an exported event (`EventExport`).
        public init(doc: String, event e: Event) {
            let t = e.typing
            var people = Set(e.actors.compactMap(EventClusters.key))
            var places: Set<String> = []
            for a in t?.arguments ?? [] {
                if a.role == "place" {
                    places.formUnion(EventClusters.words(a.text))
                } else if let k = EventClusters.key(a.actor ?? a.text) {
                    people.insert(k)
                }
            }
            self.init(doc: doc, kind: t?.type ?? e.kind, trigger: EventClusters.stem(t?.trigger ?? e.text), date: e.date, participants: people, places: places)
        }
    }

    public var blockLimit = 64

    public init() {}

    /// The last word of a name or phrase, lowercased ("Lindsay Lohan" → "lohan"); nil for none.
    static func key(_ s: String) -> String? {
        let w = words(s)
        return w.last
    }

    static let stop: Set<String> = ["the", "a", "an", "of", "in", "on", "at", "and", "to", "for", "his", "her", "its", "their", "he", "she",
                                    "it", "they", "him", "them", "who", "which", "that", "this", "by", "with", "from"]

    static func words(_ s: String) -> [String] {
        s.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { !stop.contains($0) && $0.count > 1 }
    }

    /// A crude stem of a trigger word: lowercased, without "-ing", "-ed", "-s" endings.
    static func stem(_ s: String) -> String {
        var w = s.lowercased()
        for suffix in ["ing", "ed", "es", "s"] where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
            w.removeLast(suffix.count)
            break
        }
        return w
    }

    /// No conflict: same kind, compatible dates, places and participants (when both have them).
    static func compatible(_ a: Item, _ b: Item) -> Bool {
        guard a.kind == b.kind, EventMatcher.compatible(a.date, b.date) else { return false }
        if !a.places.isEmpty && !b.places.isEmpty && a.places.isDisjoint(with: b.places) { return false }
        if !a.participants.isEmpty && !b.participants.isEmpty && a.participants.isDisjoint(with: b.participants) { return false }
        return true
    }

    static func agree(_ a: Item, _ b: Item) -> Bool {
        guard a.kind == b.kind else { return false }
        guard EventMatcher.compatible(a.date, b.date) else { return false }
        if !a.places.isEmpty && !b.places.isEmpty && a.places.isDisjoint(with: b.places) { return false }
        let sharedPeople = !a.participants.isDisjoint(with: b.participants)
        if !a.participants.isEmpty && !b.participants.isEmpty && !sharedPeople { return false }
        if sharedPeople { return true }
        if !a.places.isDisjoint(with: b.places) { return true }
        if let x = a.date, x == b.date { return true }
        return a.trigger == b.trigger
    }

    /// The cluster of each item: the index of its cluster's first item.
    public func clusters(_ items: [Item]) -> [Int] {
        var parent = Array(items.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var blocks: [String: [Int]] = [:]
        var members = items.indices.map { [$0] }
        for (i, it) in items.enumerated() {
            var keys = it.participants.map { "p\u{0}\(it.kind)\u{0}\($0)" } + it.places.map { "l\u{0}\(it.kind)\u{0}\($0)" }
            if let d = it.date { keys.append("d\u{0}\(it.kind)\u{0}\(d)") }
            keys.append("t\u{0}\(it.kind)\u{0}\(it.trigger)")
            for key in keys.sorted() {
                for j in blocks[key] ?? [] where find(i) != find(j) && EventClusters.agree(items[j], it) {
                    let (ri, rj) = (find(i), find(j))
                    // every member of both clusters must agree (no place or date conflict through a third event)
                    guard members[ri].prefix(32).allSatisfy({ a in members[rj].prefix(32).allSatisfy { b in EventClusters.compatible(items[a], items[b]) } }) else { continue }
                    let (lo, hi) = (min(ri, rj), max(ri, rj))
                    parent[hi] = lo
                    members[lo] += members[hi]
                    members[hi] = []
                }
                blocks[key, default: []].append(i)
                if blocks[key]!.count > blockLimit { blocks[key]!.removeFirst() }
            }
        }
        return items.indices.map(find)
    }
}
