/// Annotations that patterns can refer to as `<name>`: token ranges with an item index.
public struct Layers: Sendable {
    public struct Item: Sendable, Hashable {
        public var end: Int
        public var item: Int
    }
    private var items: [String: [Int: [Item]]] = [:]
    public private(set) var names: Set<String> = []

    public init() {}

    /// Adds an annotation over tokens `range`, pointing at `item` of the stage's own list.
    public mutating func add(_ name: String, tokens range: Range<Int>, item: Int) {
        guard !range.isEmpty else { return }
        names.insert(name)
        let it = Item(end: range.upperBound, item: item)
        // kept longest first; equal ends in insertion order (what a stable sort would give)
        items[name, default: [:]][range.lowerBound, default: []].insertLongestFirst(it)
    }

    /// Declares a layer name even when it has no items (for validation).
    public mutating func declare(_ name: String) { names.insert(name) }

    /// Annotations of a layer starting at token `i`, longest first.
    public func starting(_ name: String, at i: Int) -> [Item] {
        items[name]?[i] ?? []
    }
}

extension Array where Element == Layers.Item {
    mutating func insertLongestFirst(_ it: Layers.Item) {
        var k = count
        while k > 0 && self[k - 1].end < it.end { k -= 1 }
        insert(it, at: k)
    }
}

/// What one named slot of a successful match covers.
public struct Capture: Sendable, Hashable {
    public var name: String
    public var tokens: Range<Int>
    public var entry: LexiconEntry?
    public var item: Int?
}

/// A successful match of a rule.
public struct Match: Sendable {
    public var rule: Int
    public var tokens: Range<Int>
    public var captures: [Capture]

    public func capture(_ name: String) -> Capture? { captures.first { $0.name == name } }
}

/// Matches patterns against the tokens of one sentence by backtracking.
public final class Matcher {
    let tokens: [Token]
    let lexicons: LexiconStore
    let classes: TokenClasses
    let layers: Layers
    var bounds: Range<Int> = 0..<0
    private var trail: [(name: String?, range: Range<Int>, entry: LexiconEntry?, item: Int?)] = []
    private var steps = 0
    /// A bound on backtracking work per attempt, so no input can make matching explode.
    let maxSteps = 20_000

    public init(tokens: [Token], lexicons: LexiconStore, classes: TokenClasses, layers: Layers) {
        self.tokens = tokens
        self.lexicons = lexicons
        self.classes = classes
        self.layers = layers
    }

    /// Tries `pattern` at token `i` within `sentence`; returns the match with the end that the
    /// pattern reaches first (greedy elements longest, `...` shortest).
    public func match(_ pattern: [PatternNode], at i: Int, in sentence: Range<Int>) -> (end: Int, captures: [Capture])? {
        bounds = sentence
        trail.removeAll(keepingCapacity: true)
        steps = 0
        var result: (Int, [Capture])?
        _ = seq(pattern[...], i) { end in
            guard end > i else { return false }
            result = (end, self.collect())
            return true
        }
        return result
    }

    private func collect() -> [Capture] {
        var out: [Capture] = []
        for t in trail {
            guard let name = t.name else { continue }
            let inner = trail.first { $0.name == nil && $0.range.lowerBound == t.range.lowerBound && ($0.entry != nil || $0.item != nil) && $0.range.upperBound <= t.range.upperBound }
            out.append(Capture(name: name, tokens: t.range, entry: inner?.entry, item: inner?.item))
        }
        return out
    }

    private func seq(_ nodes: ArraySlice<PatternNode>, _ i: Int, _ k: (Int) -> Bool) -> Bool {
        guard let first = nodes.first else { return k(i) }
        let rest = nodes.dropFirst()
        return node(first, i) { j in self.seq(rest, j, k) }
    }

    /// Whether one node matches exactly token `i` (for `!x`).
    private func one(_ n: PatternNode, _ i: Int) -> Bool {
        var hit = false
        let saved = trail.count
        _ = node(n, i) { j in hit = (j == i + 1); return true }
        trail.removeSubrange(saved...)
        return hit
    }

    private func node(_ n: PatternNode, _ i: Int, _ k: (Int) -> Bool) -> Bool {
        steps += 1
        if steps > maxSteps { return false }
        let end = bounds.upperBound
        switch n {
        case .literal(let words):
            return i < end && words.contains(tokens[i].lower) && k(i + 1)
        case .tokenClass(let name):
            guard i < end, let p = classes[name] else { return false }
            return p(tokens, i) && k(i + 1)
        case .lexicon(let name, let filter):
            guard i < end, let lex = lexicons[name] else { return false }
            for (len, entries) in lex.matches(tokens, at: i, end: end) {
                let ok = filter.isEmpty ? entries : entries.filter { e in filter.allSatisfy { ($0.key == "value" ? e.value : e.attrs[$0.key]).map($0.value.contains) ?? false } }
                guard let e = ok.first else { continue }
                trail.append((nil, i..<(i + len), e, nil))
                if k(i + len) { return true }
                trail.removeLast()
            }
            return false
        case .layer(let name):
            for it in layers.starting(name, at: i) where it.end <= end {
                trail.append((nil, i..<it.end, nil, it.item))
                if k(it.end) { return true }
                trail.removeLast()
            }
            return false
        case .any:
            var j = i
            while j <= end {
                if k(j) { return true }
                if steps > maxSteps { return false }
                j += 1
            }
            return false
        case .sentenceStart:
            return i == bounds.lowerBound && k(i)
        case .sentenceEnd:
            return i == end && k(i)
        case .not(let inner):
            return i < end && !one(inner, i) && k(i + 1)
        case .notAhead(let inner):
            return (i >= end || !one(inner, i)) && k(i)
        case .bind(let name, let inner):
            return node(inner, i) { j in
                self.trail.append((name, i..<j, nil, nil))
                if k(j) { return true }
                self.trail.removeLast()
                return false
            }
        case .group(let alts, let lo, let hi):
            return repeatGroup(alts, lo, hi, 0, i, k)
        }
    }

    private func repeatGroup(_ alts: [[PatternNode]], _ lo: Int, _ hi: Int, _ count: Int, _ i: Int, _ k: (Int) -> Bool) -> Bool {
        if count < hi {
            for alt in alts {
                if seq(alt[...], i, { j in (j > i || count < lo) && self.repeatGroup(alts, lo, hi, count + 1, j, k) }) { return true }
            }
        }
        return count >= lo && k(i)
    }
}
