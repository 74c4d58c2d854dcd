/// Annotations that patterns can refer to as `<name>`: token ranges with an item index.
public struct Layers: Sendable {
    public struct Item: Sendable, Hashable {
        public var end: Int
        public var item: Int
    }
    /// The layer names patterns may use, in index order.
    public static let all = ["actor", "event", "person", "quote", "time"]

    /// The index of a layer name.
    public static func index(_ name: String) -> Int? { all.firstIndex(of: name) }

    private var items: [[Int: [Item]]] = Array(repeating: [:], count: Layers.all.count)
    public private(set) var names: Set<String> = []

    public init() {}

    /// Adds an annotation over tokens `range`, pointing at `item` of the stage's own list.
    public mutating func add(_ name: String, tokens range: Range<Int>, item: Int) {
        guard !range.isEmpty, let k = Layers.index(name) else { return }
        names.insert(name)
        let it = Item(end: range.upperBound, item: item)
        // kept longest first; equal ends in insertion order (what a stable sort would give)
        items[k][range.lowerBound, default: []].insertLongestFirst(it)
    }

    /// Declares a layer name even when it has no items (for validation).
    public mutating func declare(_ name: String) { names.insert(name) }

    /// Annotations of a layer starting at token `i`, longest first.
    public func starting(_ name: String, at i: Int) -> [Item] {
        guard let k = Layers.index(name) else { return [] }
        return items[k][i] ?? []
    }

    /// Annotations of the layer with index `k` starting at token `i`, longest first.
    func starting(index k: Int, at i: Int) -> [Item]? {
        items[k].isEmpty ? nil : items[k][i]
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

/// Matches compiled patterns against the tokens of one document by backtracking.
///
/// Token classes are evaluated at most once per token (a bit per class and token), lexicon
/// tries are walked by vocabulary id, and the backtracking state lives in two reused stacks.
public final class Matcher {
    let tokens: [Token]
    /// The vocabulary id of each token.
    let ids: [Int32]
    let book: RuleBook
    let lexicons: [Lexicon]
    let classes: [TokenClasses.Predicate]
    let layers: Layers

    struct TrailItem {
        /// The bound name's index in the pattern, or -1 for an inner lexicon/layer match.
        var name: Int32
        var lo: Int32
        var hi: Int32
        /// Lexicon index and entry index of a lexicon match (-1 if none).
        var lexicon: Int32
        var entry: Int32
        /// Layer item (-1 if none).
        var item: Int32
    }
    /// The backtracking state, behind a pointer so that the hot loop pays no exclusivity checks.
    struct State {
        var trail: [TrailItem] = []
        var hits: [LexiconHit] = []
        var steps = 0
        var bounds: Range<Int> = 0..<0
    }
    private let st: UnsafeMutablePointer<State>
    /// Per token: the classes evaluated so far, and their values (one bit per class).
    private let classKnown: UnsafeMutablePointer<UInt64>
    private let classValue: UnsafeMutablePointer<UInt64>
    /// A bound on backtracking work per attempt, so no input can make matching explode.
    let maxSteps = 20_000

    public init(tokens: [Token], book: RuleBook, layers: Layers) {
        self.tokens = tokens
        let vocab = book.vocabulary
        self.ids = tokens.map { vocab.id(of: $0) }
        self.book = book
        self.lexicons = book.lexiconList
        self.classes = book.classList
        self.layers = layers
        st = .allocate(capacity: 1)
        st.initialize(to: State())
        st.pointee.trail.reserveCapacity(32)
        st.pointee.hits.reserveCapacity(32)
        classKnown = .allocate(capacity: max(1, tokens.count))
        classKnown.initialize(repeating: 0, count: max(1, tokens.count))
        classValue = .allocate(capacity: max(1, tokens.count))
        classValue.initialize(repeating: 0, count: max(1, tokens.count))
    }

    deinit {
        st.deinitialize(count: 1)
        st.deallocate()
        classKnown.deallocate()
        classValue.deallocate()
    }

    /// Tries `pattern` at token `i` within `sentence` (compiling it first).
    public func match(_ pattern: [PatternNode], at i: Int, in sentence: Range<Int>) -> (end: Int, captures: [Capture])? {
        match(CompiledPattern.compile(pattern, book: book), at: i, in: sentence)
    }

    /// Tries `pattern` at token `i` within `sentence`; returns the match with the end that the
    /// pattern reaches first (greedy elements longest, `...` shortest).
    public func match(_ p: CompiledPattern, at i: Int, in sentence: Range<Int>) -> (end: Int, captures: [Capture])? {
        st.pointee.bounds = sentence
        st.pointee.trail.removeAll(keepingCapacity: true)
        st.pointee.hits.removeAll(keepingCapacity: true)
        st.pointee.steps = 0
        var result: (Int, [Capture])?
        _ = seq(p, p.top, p.seqLo[Int(p.top)], i) { end in
            guard end > i else { return false }
            result = (end, self.collect(p))
            return true
        }
        return result
    }

    /// Whether token `i` is in class `c` (evaluated once per token and class).
    @inline(__always)
    func inClass(_ c: Int, _ i: Int) -> Bool {
        guard c < 64 else { return classes[c](tokens, i) }
        let bit: UInt64 = 1 << UInt64(c)
        if classKnown[i] & bit != 0 { return classValue[i] & bit != 0 }
        let v = classes[c](tokens, i)
        classKnown[i] |= bit
        if v { classValue[i] |= bit }
        return v
    }

    private func collect(_ p: CompiledPattern) -> [Capture] {
        var out: [Capture] = []
        let trail = st.pointee.trail
        for t in trail where t.name >= 0 {
            let inner = trail.first { $0.name < 0 && $0.lo == t.lo && ($0.entry >= 0 || $0.item >= 0) && $0.hi <= t.hi }
            let entry = inner.flatMap { $0.entry >= 0 ? lexicons[Int($0.lexicon)].entries[Int($0.entry)] : nil }
            let item = inner.flatMap { $0.item >= 0 ? Int($0.item) : nil }
            out.append(Capture(name: p.names[Int(t.name)], tokens: Int(t.lo)..<Int(t.hi), entry: entry, item: item))
        }
        return out
    }

    /// Matches the items of sequence `s` from item `pos` on at token `i`.
    private func seq(_ p: CompiledPattern, _ s: Int32, _ pos: Int32, _ i: Int, _ k: (Int) -> Bool) -> Bool {
        guard pos < p.seqHi[Int(s)] else { return k(i) }
        return node(p, p.items[Int(pos)], i) { j in self.seq(p, s, pos + 1, j, k) }
    }

    /// Whether one node matches exactly token `i` (for `!x`).
    private func one(_ p: CompiledPattern, _ n: Int32, _ i: Int) -> Bool {
        var hit = false
        let saved = st.pointee.trail.count
        _ = node(p, n, i) { j in hit = (j == i + 1); return true }
        st.pointee.trail.removeSubrange(saved...)
        return hit
    }

    private func node(_ p: CompiledPattern, _ x: Int32, _ i: Int, _ k: (Int) -> Bool) -> Bool {
        st.pointee.steps += 1
        if st.pointee.steps > maxSteps { return false }
        let end = st.pointee.bounds.upperBound
        let n = p.nodes[Int(x)]
        switch n.op {
        case .literal:
            return i < end && ids[i] == n.a && k(i + 1)
        case .literalSet:
            return i < end && p.setContains(n.a, ids[i]) && k(i + 1)
        case .literalText:
            return i < end && p.textSets[Int(n.a)].contains(tokens[i].lower) && k(i + 1)
        case .tokenClass:
            return i < end && inClass(Int(n.a), i) && k(i + 1)
        case .lexicon:
            guard i < end else { return false }
            let lex = lexicons[Int(n.a)]
            guard lex.starts(id: ids[i]) else { return false }
            let base = st.pointee.hits.count
            lex.hits(ids, tokens, at: i, end: end, allow: n.b >= 0 ? p.masks[Int(n.b)] : nil, into: &st.pointee.hits)
            let top = st.pointee.hits.count
            defer { st.pointee.hits.removeSubrange(base...) }
            var h = base
            while h < top {
                let hit = st.pointee.hits[h]
                let j = i + Int(hit.length)
                st.pointee.trail.append(TrailItem(name: -1, lo: Int32(i), hi: Int32(j), lexicon: n.a, entry: hit.entry, item: -1))
                if k(j) { return true }
                st.pointee.trail.removeLast()
                h += 1
            }
            return false
        case .layer:
            guard let items = layers.starting(index: Int(n.a), at: i) else { return false }
            for it in items where it.end <= end {
                st.pointee.trail.append(TrailItem(name: -1, lo: Int32(i), hi: Int32(it.end), lexicon: -1, entry: -1, item: Int32(it.item)))
                if k(it.end) { return true }
                st.pointee.trail.removeLast()
            }
            return false
        case .any:
            var j = i
            while j <= end {
                if k(j) { return true }
                if st.pointee.steps > maxSteps { return false }
                j += 1
            }
            return false
        case .start:
            return i == st.pointee.bounds.lowerBound && k(i)
        case .end:
            return i == end && k(i)
        case .not:
            return i < end && !one(p, n.a, i) && k(i + 1)
        case .notAhead:
            return (i >= end || !one(p, n.a, i)) && k(i)
        case .bind:
            return node(p, n.b, i) { j in
                self.st.pointee.trail.append(TrailItem(name: n.a, lo: Int32(i), hi: Int32(j), lexicon: -1, entry: -1, item: -1))
                if k(j) { return true }
                self.st.pointee.trail.removeLast()
                return false
            }
        case .group:
            return repeatGroup(p, n, 0, i, k)
        }
    }

    private func repeatGroup(_ p: CompiledPattern, _ g: CompiledPattern.Node, _ count: Int32, _ i: Int, _ k: (Int) -> Bool) -> Bool {
        if count < g.d {
            var s = g.a
            while s < g.a + g.b {
                if seq(p, s, p.seqLo[Int(s)], i, { j in (j > i || count < g.c) && self.repeatGroup(p, g, count + 1, j, k) }) { return true }
                s += 1
            }
        }
        return count >= g.c && k(i)
    }
}
