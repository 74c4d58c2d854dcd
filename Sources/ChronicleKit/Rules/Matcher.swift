import Foundation
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

    /// Per layer, its annotations in the order they were added (the matcher indexes them by
    /// start token once; keeping them flat makes adding one an append).
    fileprivate var entries: [[(start: Int, item: Item)]] = Array(repeating: [], count: Layers.all.count)
    public private(set) var names: Set<String> = []
    /// The layers (by index) already in `names`, so adding an item hashes no name.
    private var named: UInt8 = 0

    public init() {}

    /// Adds an annotation over tokens `range`, pointing at `item` of the stage's own list.
    public mutating func add(_ name: String, tokens range: Range<Int>, item: Int) {
        guard !range.isEmpty, let k = Layers.index(name) else { return }
        add(index: k, tokens: range, item: item)
    }

    /// `add(_:tokens:item:)` for the layer with index `k` in `Layers.all`.
    public mutating func add(index k: Int, tokens range: Range<Int>, item: Int) {
        guard !range.isEmpty, k >= 0, k < Layers.all.count else { return }
        if named & (1 << UInt8(k)) == 0 { names.insert(Layers.all[k]); named |= 1 << UInt8(k) }
        entries[k].append((range.lowerBound, Item(end: range.upperBound, item: item)))
    }

    /// Declares a layer name even when it has no items (for validation).
    public mutating func declare(_ name: String) {
        names.insert(name)
        if let k = Layers.index(name) { named |= 1 << UInt8(k) }
    }

    /// The index in `all` of each layer name (`index(_:)` without the search).
    public static let actor = 0, event = 1, person = 2, quote = 3, time = 4

    /// Annotations of a layer starting at token `i`, longest first (equal ends in the order
    /// they were added).
    public func starting(_ name: String, at i: Int) -> [Item] {
        guard let k = Layers.index(name) else { return [] }
        var out: [Item] = []
        for e in entries[k] where e.start == i { out.insertLongestFirst(e.item) }
        return out
    }

    /// Per token (`count + 1` slots), where its annotations of layer `k` start in the returned
    /// list, and the list: each token's annotations longest first, equal ends in the order they
    /// were added (what `starting` gives). Nil when the layer is empty.
    func indexed(_ k: Int, tokens count: Int) -> (start: UnsafeMutablePointer<Int32>, items: [Item])? {
        let es = entries[k]
        guard !es.isEmpty else { return nil }
        let start = UnsafeMutablePointer<Int32>.allocate(capacity: count + 2)
        start.initialize(repeating: 0, count: count + 2)
        for e in es where e.start >= 0 && e.start <= count { start[e.start + 1] += 1 }
        for i in 0...count { start[i + 1] += start[i] }
        var list = [Item](repeating: Item(end: 0, item: 0), count: Int(start[count + 1]))
        var fill = [Int32](repeating: 0, count: count + 1)
        for e in es where e.start >= 0 && e.start <= count {
            // insert into the token's slots, longest first, after equal ends
            let lo = Int(start[e.start])
            var x = lo + Int(fill[e.start])
            while x > lo && list[x - 1].end < e.item.end { list[x] = list[x - 1]; x -= 1 }
            list[x] = e.item
            fill[e.start] += 1
        }
        return (start, list)
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
/// The search is depth-first in continuation-passing style, with the continuations as data:
/// "what to do after this element" is a `Frame` in an arena (go on with the sequence, close a
/// named slot, count a group round, accept the match), so matching allocates nothing and
/// retains nothing. Token classes are evaluated at most once per token (a bit per class and
/// token), lexicon tries are walked by vocabulary id, and layers are indexed per token.
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

    /// A continuation: what to do with the token position an element reached.
    struct Frame {
        enum Kind: UInt8 {
            /// Accept the match if it is not empty (b: the first token).
            case top
            /// Go on with item b of sequence a.
            case seq
            /// Record slot a from token b to here, then go on.
            case bind
            /// One more round of group node a (b: rounds so far, c: the round's first token).
            case round
            /// Record whether one node matched exactly token b (for `!x`), or (a = 1) any tokens
            /// from token b on (for `~<layer>`: "said last year" has a time at "last").
            case one
        }
        var kind: Kind
        var a: Int32
        var b: Int32
        var c: Int32
        var parent: Int32
    }

    /// The backtracking state, behind a pointer so that the hot loop pays no exclusivity checks.
    struct State {
        var trail: [TrailItem] = []
        var hits: [LexiconHit] = []
        var steps = 0
        /// The steps of every attempt so far, one more per attempt (`work`).
        var totalSteps = 0
        var bounds: Range<Int> = 0..<0
        var frames: UnsafeMutablePointer<Frame>
        var frameCount = 0
        var frameCapacity: Int
        var oneHit = false
        var result: (end: Int, captures: [Capture])?
        // the pattern being matched
        var nodes: UnsafeMutablePointer<CompiledPattern.Node>
        var seqLo: UnsafeMutablePointer<Int32>
        var seqHi: UnsafeMutablePointer<Int32>
        var items: UnsafeMutablePointer<Int32>
        /// For what is rarely needed: text literals, entry masks, slot names.
        var pattern: Unmanaged<CompiledPattern>
        /// The sentence whose token ids are stamped in `seen` (for `present`).
        var sentence: Range<Int> = -1 ..< -1
        var stamp: Int32 = 0
        var seen: UnsafeMutablePointer<Int32>?
        var seenCapacity = 0
        var lexiconStamp: [Int32] = []
        var lexiconPresent: [Bool] = []
        /// The same for token classes (`present(class:)`).
        var classStamp: [Int32] = []
        var classPresent: [Bool] = []
        /// The union of `lexBits` over the entered sentence.
        var sentenceLexBits: UInt64 = 0
        /// Per-token bits that one candidate index remembers (`memo`, `remember`).
        var memoOwner: ObjectIdentifier?
        var memoKnown: UnsafeMutablePointer<Bool>?
        var memoBits: UnsafeMutablePointer<UInt64>?
    }
    private let st: UnsafeMutablePointer<State>
    private let idp: UnsafeMutablePointer<Int32>
    /// Per token, the lexicons (of the first 64) that have a surface starting with it.
    private let lexBits: UnsafeMutablePointer<UInt64>
    /// Whether the vocabulary has `lexiconBits` (a rule book frozen by `RuleBook.freeze`).
    let hasLexBits: Bool
    /// Per token, the bit of its kind; per class, the kinds its members can have.
    private let kindBit: UnsafeMutablePointer<UInt8>
    private let classKinds: [UInt8]
    /// Per token: the classes evaluated so far, and their values (one bit per class).
    private let classKnown: UnsafeMutablePointer<UInt64>
    private let classValue: UnsafeMutablePointer<UInt64>
    /// Per layer (nil if empty) and token: where the token's items start in `layerItems`.
    private let layerStart: [UnsafeMutablePointer<Int32>?]
    private let layerItems: [[Layers.Item]]
    /// A bound on backtracking work per attempt, so no input can make matching explode.
    let maxSteps = 20_000
    /// The candidate indexes' sentence state (`scratch(for:)`): `scratchCount` of them, the
    /// one asked last at `lastScratch`.
    private var scratches = UnsafeMutablePointer<CandidateScratch>.allocate(capacity: 4)
    private var scratchCount = 0, scratchCapacity = 4, lastScratch = 0

    /// The work of every `match` so far: its backtracking steps, plus one per attempt (the
    /// stages add it to their `StageWork`).
    public var work: Int { st.pointee.totalSteps }

    public init(tokens: [Token], book: RuleBook, layers: Layers) {
        self.tokens = tokens
        let vocab = book.vocabulary
        self.book = book
        self.lexicons = book.lexiconList
        self.classes = book.classList
        self.layers = layers
        let n = max(1, tokens.count)
        idp = .allocate(capacity: n)
        idp.initialize(repeating: -1, count: n)
        kindBit = .allocate(capacity: n)
        kindBit.initialize(repeating: 0, count: n)
        lexBits = .allocate(capacity: n)
        lexBits.initialize(repeating: 0, count: n)
        let vocabBits = vocab.lexiconBits
        hasLexBits = vocabBits.count == vocab.count
        // one pass over the tokens, read field by field (a token copy retains two strings)
        var ids: [Int32] = []
        ids.reserveCapacity(tokens.count)
        for k in tokens.indices {
            let id = vocab.id(of: tokens[k])
            ids.append(id)
            idp[k] = id
            kindBit[k] = 1 << tokens[k].kind.rawValue
            if hasLexBits && id >= 0 && Int(id) < vocabBits.count { lexBits[k] = vocabBits[Int(id)] }
        }
        self.ids = ids
        classKinds = book.classKinds.count == book.classList.count ? book.classKinds : [UInt8](repeating: TokenClasses.anyKind, count: book.classList.count)
        let empty = CompiledPattern.empty
        st = .allocate(capacity: 1)
        st.initialize(to: State(frames: .allocate(capacity: 64), frameCapacity: 64, nodes: empty.nodePtr,
                                seqLo: empty.seqLoPtr, seqHi: empty.seqHiPtr, items: empty.itemPtr,
                                pattern: Unmanaged.passUnretained(empty)))
        st.pointee.trail.reserveCapacity(32)
        st.pointee.hits.reserveCapacity(32)
        classKnown = .allocate(capacity: n)
        classKnown.initialize(repeating: 0, count: n)
        classValue = .allocate(capacity: n)
        classValue.initialize(repeating: 0, count: n)
        var starts: [UnsafeMutablePointer<Int32>?] = []
        var flat: [[Layers.Item]] = []
        for k in 0..<Layers.all.count {
            guard let (start, list) = layers.indexed(k, tokens: tokens.count) else { starts.append(nil); flat.append([]); continue }
            starts.append(start)
            flat.append(list)
        }
        layerStart = starts
        layerItems = flat
    }

    deinit {
        if let seen = st.pointee.seen {
            StampPool.shared.give(StampPool.Buffer(pointer: seen, capacity: st.pointee.seenCapacity, stamp: st.pointee.stamp))
        }
        st.pointee.memoKnown?.deallocate()
        st.pointee.memoBits?.deallocate()
        st.pointee.frames.deallocate()
        dropScratches()
        scratches.deallocate()
        st.deinitialize(count: 1)
        st.deallocate()
        idp.deallocate()
        lexBits.deallocate()
        kindBit.deallocate()
        classKnown.deallocate()
        classValue.deallocate()
        for p in layerStart { p?.deallocate() }
    }

    /// Tries `pattern` at token `i` within `sentence` (compiling it first).
    public func match(_ pattern: [PatternNode], at i: Int, in sentence: Range<Int>) -> (end: Int, captures: [Capture])? {
        match(CompiledPattern.compile(pattern, book: book), at: i, in: sentence)
    }

    /// Tries `pattern` at token `i` within `sentence`; returns the match with the end that the
    /// pattern reaches first (greedy elements longest, `...` shortest).
    public func match(_ p: CompiledPattern, at i: Int, in sentence: Range<Int>) -> (end: Int, captures: [Capture])? {
        withExtendedLifetime(p) {
            st.pointee.bounds = sentence
            // (emptied only when not empty: `removeAll` of an empty array is a call each time)
            if !st.pointee.trail.isEmpty { st.pointee.trail.removeAll(keepingCapacity: true) }
            if !st.pointee.hits.isEmpty { st.pointee.hits.removeAll(keepingCapacity: true) }
            st.pointee.steps = 0
            st.pointee.frameCount = 0
            st.pointee.result = nil
            st.pointee.nodes = p.nodePtr
            st.pointee.seqLo = p.seqLoPtr
            st.pointee.seqHi = p.seqHiPtr
            st.pointee.items = p.itemPtr
            st.pointee.pattern = Unmanaged.passUnretained(p)
            let top = push(Frame(kind: .top, a: 0, b: Int32(i), c: 0, parent: -1))
            _ = seq(p.top, p.seqLoPtr[Int(p.top)], i, top)
            st.pointee.totalSteps += st.pointee.steps + 1
            let r = st.pointee.result
            st.pointee.result = nil
            return r
        }
    }

    /// Whether token `i` is in class `c` (evaluated once per token and class).
    @inline(__always)
    func inClass(_ c: Int, _ i: Int) -> Bool {
        if classKinds[c] & kindBit[i] == 0 { return false }
        guard c < 64 else { return classes[c](tokens, i) }
        let bit: UInt64 = 1 << UInt64(c)
        if classKnown[i] & bit != 0 { return classValue[i] & bit != 0 }
        let v = classes[c](tokens, i)
        classKnown[i] |= bit
        if v { classValue[i] |= bit }
        return v
    }

    /// What candidate index `index` keeps for the entered sentence (made on first use; a
    /// matcher serves one stage, whose few indexes each keep their own).
    @inline(__always)
    func scratch(for index: CandidateIndex) -> UnsafeMutablePointer<CandidateScratch> {
        let owner = ObjectIdentifier(index)
        var sc = scratches + lastScratch
        if lastScratch >= scratchCount || sc.pointee.owner != owner { sc = findScratch(index) }
        CandidateScratch.sync(sc, st.pointee.stamp)
        return sc
    }

    private func findScratch(_ index: CandidateIndex) -> UnsafeMutablePointer<CandidateScratch> {
        let owner = ObjectIdentifier(index)
        for k in 0..<scratchCount where scratches[k].owner == owner { lastScratch = k; return scratches + k }
        if scratchCount == scratchCapacity {
            let bigger = UnsafeMutablePointer<CandidateScratch>.allocate(capacity: scratchCapacity * 2)
            bigger.moveInitialize(from: scratches, count: scratchCount)
            scratches.deallocate()
            scratches = bigger
            scratchCapacity *= 2
        }
        (scratches + scratchCount).initialize(to: CandidateScratch(owner: owner, rules: index.reqSetStart.count - 1,
                                                                   lists: index.sharedStart.count - 1, capacity: index.sharedFlat.count))
        lastScratch = scratchCount
        scratchCount += 1
        return scratches + lastScratch
    }

    /// Frees the candidate indexes' sentence state.
    private func dropScratches() {
        for k in 0..<scratchCount { scratches[k].deallocate() }
        scratches.deinitialize(count: scratchCount)
        scratchCount = 0
        lastScratch = 0
    }

    /// Makes `sentence` the one that `present` answers for (stamps its token ids once). Asked
    /// at every token, and most often for the sentence already entered: that test is inlined.
    @inline(__always)
    func enter(sentence: Range<Int>) {
        if st.pointee.sentence != sentence { stamp(sentence: sentence) }
    }

    /// `enter(sentence:)` of another sentence.
    @inline(never)
    private func stamp(sentence: Range<Int>) {
        let s = st
        if s.pointee.seen == nil {
            let buffer = StampPool.shared.take(count: max(1, book.vocabulary.count))
            s.pointee.seen = buffer.pointer
            s.pointee.seenCapacity = buffer.capacity
            s.pointee.stamp = buffer.stamp
            s.pointee.lexiconStamp = [Int32](repeating: buffer.stamp, count: lexicons.count)
            s.pointee.lexiconPresent = [Bool](repeating: false, count: lexicons.count)
            s.pointee.classStamp = [Int32](repeating: buffer.stamp, count: classes.count)
            s.pointee.classPresent = [Bool](repeating: false, count: classes.count)
        }
        if s.pointee.stamp == Int32.max {
            // stamps wrapped: start over from clean buffers
            s.pointee.seen!.update(repeating: 0, count: s.pointee.seenCapacity)
            for k in s.pointee.lexiconStamp.indices { s.pointee.lexiconStamp[k] = 0 }
            for k in s.pointee.classStamp.indices { s.pointee.classStamp[k] = 0 }
            s.pointee.stamp = 0
            dropScratches()
        }
        s.pointee.sentence = sentence
        s.pointee.stamp += 1
        let seen = s.pointee.seen!, stamp = s.pointee.stamp
        var union: UInt64 = 0
        for j in sentence where j < tokens.count {
            union |= lexBits[j]
            if idp[j] >= 0 { seen[Int(idp[j])] = stamp }
        }
        s.pointee.sentenceLexBits = union
    }

    /// The bits that `owner` remembered for token `i`, if any (tokens past the end have none set).
    @inline(__always)
    func memo(owner: ObjectIdentifier, at i: Int) -> UInt64? {
        let s = st
        let n = tokens.count + 1
        if s.pointee.memoOwner != owner {
            if s.pointee.memoKnown == nil {
                s.pointee.memoKnown = .allocate(capacity: n)
                s.pointee.memoBits = .allocate(capacity: n)
            }
            s.pointee.memoKnown!.initialize(repeating: false, count: n)
            s.pointee.memoBits!.initialize(repeating: 0, count: n)
            s.pointee.memoOwner = owner
        }
        guard i < tokens.count else { return 0 }
        return s.pointee.memoKnown![i] ? s.pointee.memoBits![i] : nil
    }

    /// Remembers `bits` for token `i` (after `memo` returned nil).
    @inline(__always)
    func remember(_ bits: UInt64, at i: Int) {
        st.pointee.memoKnown![i] = true
        st.pointee.memoBits![i] = bits
    }

    /// Whether a token of the entered sentence has vocabulary id `id`.
    @inline(__always)
    func present(id: Int32) -> Bool {
        guard id >= 0, let seen = st.pointee.seen else { return false }
        return seen[Int(id)] == st.pointee.stamp
    }

    /// Whether a token of the entered sentence starts a surface of lexicon `k`.
    func present(lexicon k: Int) -> Bool {
        let s = st
        if k < Vocabulary.lexiconBitCount && hasLexBits { return s.pointee.sentenceLexBits & (1 << UInt64(k)) != 0 }
        if s.pointee.lexiconStamp[k] == s.pointee.stamp { return s.pointee.lexiconPresent[k] }
        let lex = lexicons[k]
        var v = false
        for j in s.pointee.sentence where j < tokens.count && lex.starts(id: idp[j]) { v = true; break }
        s.pointee.lexiconStamp[k] = s.pointee.stamp
        s.pointee.lexiconPresent[k] = v
        return v
    }

    /// Whether a token of the entered sentence is in class `c` (looked for up to the first one,
    /// once per sentence and class; each token's answer is kept, as in `inClass`).
    func present(class c: Int) -> Bool {
        let s = st
        if s.pointee.classStamp[c] == s.pointee.stamp { return s.pointee.classPresent[c] }
        var v = false
        for j in s.pointee.sentence where j < tokens.count && inClass(c, j) { v = true; break }
        s.pointee.classStamp[c] = s.pointee.stamp
        s.pointee.classPresent[c] = v
        return v
    }

    /// Token `i`'s kind, as a bit (`1 << kind.rawValue`); `i` is one of the tokens.
    @inline(__always)
    func kindBits(_ i: Int) -> UInt8 { kindBit[i] }

    /// Token `i`'s bits in `Vocabulary.lexiconBits` (valid when `hasLexBits`).
    @inline(__always)
    func tokenBits(_ i: Int) -> UInt64 { lexBits[i] }

    /// Whether token `i` starts a surface of lexicon `k` (`lexicons[k].starts(id: ids[i])`).
    @inline(__always)
    func startsLexicon(_ k: Int, at i: Int) -> Bool {
        if k < Vocabulary.lexiconBitCount && hasLexBits { return lexBits[i] & (1 << UInt64(k)) != 0 }
        return lexicons[k].starts(id: idp[i])
    }

    /// Whether layer `k` has an annotation starting at token `i`.
    @inline(__always)
    func hasLayer(_ k: Int, at i: Int) -> Bool {
        guard let start = layerStart[k], i <= tokens.count else { return false }
        return start[i] < start[i + 1]
    }

    private func collect() -> [Capture] {
        var out: [Capture] = []
        let trail = st.pointee.trail
        for t in trail where t.name >= 0 {
            let inner = trail.first { $0.name < 0 && $0.lo == t.lo && ($0.entry >= 0 || $0.item >= 0) && $0.hi == t.hi }
            let entry = inner.flatMap { $0.entry >= 0 ? lexicons[Int($0.lexicon)].entries[Int($0.entry)] : nil }
            let item = inner.flatMap { $0.item >= 0 ? Int($0.item) : nil }
            out.append(Capture(name: st.pointee.pattern.takeUnretainedValue().names[Int(t.name)], tokens: Int(t.lo)..<Int(t.hi), entry: entry, item: item))
        }
        return out
    }

    @inline(__always)
    private func push(_ f: Frame) -> Int32 {
        let s = st
        if s.pointee.frameCount == s.pointee.frameCapacity {
            let bigger = UnsafeMutablePointer<Frame>.allocate(capacity: s.pointee.frameCapacity * 2)
            bigger.moveInitialize(from: s.pointee.frames, count: s.pointee.frameCount)
            s.pointee.frames.deallocate()
            s.pointee.frames = bigger
            s.pointee.frameCapacity *= 2
        }
        s.pointee.frames[s.pointee.frameCount] = f
        s.pointee.frameCount += 1
        return Int32(s.pointee.frameCount - 1)
    }

    /// Frees frame `f` and every frame above it.
    @inline(__always)
    private func pop(_ f: Int32) { st.pointee.frameCount = Int(f) }

    /// Goes on from token `j` with continuation `k`.
    private func resume(_ k: Int32, _ j: Int) -> Bool {
        let f = st.pointee.frames[Int(k)]
        switch f.kind {
        case .seq:
            return seq(f.a, f.b, j, f.parent)
        case .bind:
            st.pointee.trail.append(TrailItem(name: f.a, lo: f.b, hi: Int32(j), lexicon: -1, entry: -1, item: -1))
            if resume(f.parent, j) { return true }
            st.pointee.trail.removeLast()
            return false
        case .round:
            let g = st.pointee.nodes[Int(f.a)]
            return (j > Int(f.c) || f.b < g.c) && repeatGroup(f.a, f.b + 1, j, f.parent)
        case .top:
            guard j > Int(f.b) else { return false }
            st.pointee.result = (j, collect())
            return true
        case .one:
            st.pointee.oneHit = f.a == 1 ? j > Int(f.b) : j == Int(f.b) + 1
            return true
        }
    }

    /// The id of the literal that continuation `k` tries first, if it goes straight to one
    /// (through slot ends and sequence ends); `Int32.min` otherwise.
    @inline(__always)
    private func nextLiteral(_ k: Int32) -> Int32 {
        var k = k
        while k >= 0 {
            let f = st.pointee.frames[Int(k)]
            switch f.kind {
            case .bind:
                k = f.parent
            case .seq:
                if f.b < st.pointee.seqHi[Int(f.a)] {
                    let n = st.pointee.nodes[Int(st.pointee.items[Int(f.b)])]
                    return n.op == .literal ? n.a : Int32.min
                }
                k = f.parent
            case .top, .round, .one:
                return Int32.min
            }
        }
        return Int32.min
    }

    /// Matches the items of sequence `s` from item `pos` on at token `i`, then `k`.
    private func seq(_ s: Int32, _ pos: Int32, _ i: Int, _ k: Int32) -> Bool {
        let hi = st.pointee.seqHi[Int(s)]
        guard pos < hi else { return resume(k, i) }
        let x = st.pointee.items[Int(pos)]
        // the last item goes straight on to `k`
        if pos + 1 == hi { return node(x, i, k) }
        let f = push(Frame(kind: .seq, a: s, b: pos + 1, c: 0, parent: k))
        let r = node(x, i, f)
        pop(f)
        return r
    }

    /// Whether one node matches exactly token `i` (for `!x`).
    private func one(_ n: Int32, _ i: Int, anyLength: Bool = false) -> Bool {
        let saved = st.pointee.trail.count
        let outer = st.pointee.oneHit
        st.pointee.oneHit = false
        let f = push(Frame(kind: .one, a: anyLength ? 1 : 0, b: Int32(i), c: 0, parent: -1))
        _ = node(n, i, f)
        pop(f)
        let hit = st.pointee.oneHit
        st.pointee.oneHit = outer
        st.pointee.trail.removeSubrange(saved...)
        return hit
    }

    private func node(_ x: Int32, _ i: Int, _ k: Int32) -> Bool {
        let s = st
        s.pointee.steps += 1
        if s.pointee.steps > maxSteps { return false }
        let end = s.pointee.bounds.upperBound
        let n = s.pointee.nodes[Int(x)]
        switch n.op {
        case .literal:
            return i < end && idp[i] == n.a && resume(k, i + 1)
        case .tokenClass:
            return i < end && inClass(Int(n.a), i) && resume(k, i + 1)
        case .literalSet:
            return i < end && s.pointee.pattern.takeUnretainedValue().setContains(n.a, idp[i]) && resume(k, i + 1)
        case .literalText:
            return i < end && s.pointee.pattern.takeUnretainedValue().textSets[Int(n.a)].contains(tokens[i].lower) && resume(k, i + 1)
        case .lexicon:
            guard i < end else { return false }
            return lexicon(n, i, end, k)
        case .layer:
            guard let start = layerStart[Int(n.a)] else { return false }
            var x = Int(start[i])
            let top = Int(start[i + 1])
            while x < top {
                let it = layerItems[Int(n.a)][x]
                x += 1
                guard it.end <= end else { continue }
                s.pointee.trail.append(TrailItem(name: -1, lo: Int32(i), hi: Int32(it.end), lexicon: -1, entry: -1, item: Int32(it.item)))
                if resume(k, it.end) { return true }
                s.pointee.trail.removeLast()
            }
            return false
        case .any:
            // when a literal comes next, a position without it fails at that literal after one
            // step: such positions are counted, not tried (same result, same step count)
            let next = nextLiteral(k)
            var j = i
            while j <= end {
                if next != Int32.min && (j >= end || idp[j] != next) {
                    s.pointee.steps += 1
                } else if resume(k, j) {
                    return true
                }
                if s.pointee.steps > maxSteps { return false }
                j += 1
            }
            return false
        case .start:
            return i == s.pointee.bounds.lowerBound && resume(k, i)
        case .end:
            return i == end && resume(k, i)
        case .not:
            return i < end && !one(n.a, i) && resume(k, i + 1)
        case .notAhead:
            // (an item of a layer is ahead whatever its length: `~<time>` before "last year")
            return (i >= end || !one(n.a, i, anyLength: s.pointee.nodes[Int(n.a)].op == .layer)) && resume(k, i)
        case .bind:
            let f = push(Frame(kind: .bind, a: n.a, b: Int32(i), c: 0, parent: k))
            let r = node(n.b, i, f)
            pop(f)
            return r
        case .group:
            return repeatGroup(x, 0, i, k)
        }
    }

    private func lexicon(_ n: CompiledPattern.Node, _ i: Int, _ end: Int, _ k: Int32) -> Bool {
        guard startsLexicon(Int(n.a), at: i) else { return false }
        let lex = lexicons[Int(n.a)]
        let base = st.pointee.hits.count
        lex.hits(ids, tokens, at: i, end: end, allow: n.b >= 0 ? st.pointee.pattern.takeUnretainedValue().masks[Int(n.b)] : nil, into: &st.pointee.hits)
        let top = st.pointee.hits.count
        // (the few hits are dropped one by one: `removeSubrange` is a general replace)
        defer { while st.pointee.hits.count > base { st.pointee.hits.removeLast() } }
        var h = base
        while h < top {
            let hit = st.pointee.hits[h]
            let j = i + Int(hit.length)
            st.pointee.trail.append(TrailItem(name: -1, lo: Int32(i), hi: Int32(j), lexicon: n.a, entry: hit.entry, item: -1))
            if resume(k, j) { return true }
            st.pointee.trail.removeLast()
            h += 1
        }
        return false
    }

    /// Rounds `count` and on of group node `gx` at token `i` (greedy: more rounds first), then `k`.
    private func repeatGroup(_ gx: Int32, _ count: Int32, _ i: Int, _ k: Int32) -> Bool {
        let g = st.pointee.nodes[Int(gx)]
        if count < g.d {
            let f = push(Frame(kind: .round, a: gx, b: count, c: Int32(i), parent: k))
            var s = g.a
            while s < g.a + g.b {
                if seq(s, st.pointee.seqLo[Int(s)], i, f) { pop(f); return true }
                s += 1
            }
            pop(f)
        }
        return count >= g.c && resume(k, i)
    }
}

/// Stamp buffers indexed by vocabulary id (`Matcher.enter`), reused from one matcher to the
/// next so that each is zeroed once, not once per document and stage. A buffer comes back
/// with the last stamp used in it; stamps only grow, so old marks never look current.
final class StampPool: @unchecked Sendable {
    struct Buffer {
        var pointer: UnsafeMutablePointer<Int32>
        var capacity: Int
        var stamp: Int32
    }
    static let shared = StampPool()
    private let lock = NSLock()
    private var free: [Buffer] = []

    func take(count: Int) -> Buffer {
        lock.lock()
        defer { lock.unlock() }
        if let k = free.lastIndex(where: { $0.capacity >= count }) { return free.remove(at: k) }
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: count)
        p.initialize(repeating: 0, count: count)
        return Buffer(pointer: p, capacity: count, stamp: 0)
    }

    func give(_ b: Buffer) {
        lock.lock()
        defer { lock.unlock() }
        // a few per thread are enough; more are freed
        if free.count < 16 { free.append(b) } else { b.pointer.deallocate() }
    }
}
