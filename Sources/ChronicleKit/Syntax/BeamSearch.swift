/// Beam search for the arc-hybrid parser (Zhang and Clark 2008; Zhang and Nivre 2011), with
/// configurations that share structure with their parents, so that a step costs O(1) per
/// beam item and a sentence O(K·n): no configuration is ever copied.
///
/// - A stack is a chain of `BeamNode`s: each holds its word, what the feature templates read
///   of its children (the two leftmost and two rightmost children, their labels, the number
///   of children on each side) and the node below it. SHIFT pushes a node, RIGHT replaces the
///   top two by a new copy of the second (one more right child), LEFT pops one: at most one
///   node per move.
/// - A `BeamItem` is a configuration: its parent item and the move (and label) that made it,
///   its stack's top node, the front of the buffer with its left children (only the front
///   of the buffer ever has children) and its score.
/// - The heads and labels are read back by following the parent items of the best final one.
///
/// Word `n + 1` is the "none" row (word and tag "none", no children, label 0), node 0 the
/// empty stack below the root, so absent positions are read without a branch, as in
/// `Parser.parse`.
struct BeamNode: Sendable {
    var word: Int32
    var below: Int32 = 0
    /// Words on the stack from this node down (the root's node: 1).
    var depth: Int32 = 0
    var lc1: Int32, lc2: Int32, rc1: Int32, rc2: Int32
    /// The labels (id + 1) of lc1, lc2, rc1, rc2.
    var ll1: UInt8 = 0, ll2: UInt8 = 0, rl1: UInt8 = 0, rl2: UInt8 = 0
    var nl: UInt8 = 0, nr: UInt8 = 0
    /// The sets of the labels of the left and right children (`Parser.labelBit`).
    var ls: UInt64 = 0, rs: UInt64 = 0

    @inline(__always) init(word: Int32, none: Int32) {
        self.word = word
        lc1 = none; lc2 = none; rc1 = none; rc2 = none
    }
}

struct BeamItem: Sendable {
    var parent: Int32
    var top: Int32
    /// The front of the buffer (`n + 1`: empty).
    var b: Int32
    /// The move that made the item (-1: the start) and the label (id + 1) of the arc it made.
    var move: Int8
    var label: UInt8
    /// The front of the buffer and its left children.
    var b0: BeamNode
    var score: Double
}

/// A candidate of a beam step: the item at `pos` in the beam followed by `move`.
struct BeamCandidate: Sendable {
    var score: Double
    var move: Int32
    var pos: Int32

    /// Higher score first, then the move order (SHIFT, LEFT, RIGHT), then the beam position:
    /// a total order, so the beam is the same whatever order the candidates come in.
    @inline(__always) func precedes(_ o: BeamCandidate) -> Bool {
        score != o.score ? score > o.score : move != o.move ? move < o.move : pos < o.pos
    }

    /// Adds `c` to the `count` candidates at `top` (sorted, best first; room for `k` + 1) if it
    /// is among the best `k`: the same as the array version, without an array.
    @inline(__always) static func insert(_ c: BeamCandidate, into top: UnsafeMutablePointer<BeamCandidate>, count: inout Int, k: Int) {
        if count == k {
            guard c.precedes(top[k - 1]) else { return }
            count -= 1
        }
        var i = count
        count += 1
        while i > 0 && c.precedes(top[i - 1]) { top[i] = top[i - 1]; i -= 1 }
        top[i] = c
    }

    /// Adds `c` to `top` (sorted, best first) if it is among the best `k`.
    @inline(__always) static func insert(_ c: BeamCandidate, into top: inout [BeamCandidate], k: Int) {
        if top.count == k {
            guard c.precedes(top[k - 1]) else { return }
            top.removeLast()
        }
        var i = top.count
        top.append(c)
        while i > 0 && c.precedes(top[i - 1]) { top[i] = top[i - 1]; i -= 1 }
        top[i] = c
    }
}

/// The items and nodes of one sentence's beam search; every item stays until the next
/// sentence, so the best one's moves can be read back.
struct BeamLattice: Sendable {
    var n = 0
    var none: Int32 = 1
    var nodes: [BeamNode] = []
    var items: [BeamItem] = []

    /// Starts a sentence of `n` words: node 0 is the empty stack, node 1 the root, item 0 the
    /// start.
    mutating func reset(_ n: Int, capacity: Int = 0) {
        self.n = n
        none = Int32(n + 1)
        nodes.removeAll(keepingCapacity: true)
        items.removeAll(keepingCapacity: true)
        if capacity > 0 {
            nodes.reserveCapacity(capacity + 2)
            items.reserveCapacity(capacity + 1)
        }
        var empty = BeamNode(word: none, none: none)
        empty.depth = 0
        nodes.append(empty)
        var root = BeamNode(word: 0, none: none)
        root.depth = 1
        nodes.append(root)
        items.append(BeamItem(parent: -1, top: 1, b: 1, move: -1, label: 0, b0: BeamNode(word: n >= 1 ? 1 : none, none: none), score: 0))
    }

    /// Whether SHIFT, LEFT and RIGHT are valid (as `ParseState.valid`).
    @inline(__always) func valid(_ it: BeamItem) -> (Bool, Bool, Bool) {
        let s0 = nodes[Int(it.top)]
        let inBuffer = Int(it.b) <= n
        return (inBuffer, inBuffer && s0.word != 0, s0.depth >= 2 && (nodes[Int(s0.below)].word != 0 || !inBuffer))
    }

    /// The item that `move` (with `label`, id + 1, for an arc) makes from item `p`.
    @discardableResult
    mutating func apply(_ p: Int, _ move: Int, _ label: UInt8, score: Double) -> Int {
        let it = items[p]
        var next = BeamItem(parent: Int32(p), top: it.top, b: it.b, move: Int8(move), label: label, b0: it.b0, score: score)
        let s0 = nodes[Int(it.top)]
        switch move {
        case Parser.shift:
            var node = it.b0
            node.below = it.top
            node.depth = s0.depth + 1
            nodes.append(node)
            next.top = Int32(nodes.count - 1)
            next.b = it.b + 1
            next.b0 = BeamNode(word: Int(next.b) <= n ? next.b : none, none: none)
        case Parser.left:
            next.top = s0.below
            next.b0.lc2 = next.b0.lc1; next.b0.ll2 = next.b0.ll1
            next.b0.lc1 = s0.word; next.b0.ll1 = label
            if next.b0.nl < 255 { next.b0.nl += 1 }
            next.b0.ls |= Parser.labelBit(label)
        default:
            var h = nodes[Int(s0.below)]
            h.rc2 = h.rc1; h.rl2 = h.rl1
            h.rc1 = s0.word; h.rl1 = label
            if h.nr < 255 { h.nr += 1 }
            h.rs |= Parser.labelBit(label)
            nodes.append(h)
            next.top = Int32(nodes.count - 1)
        }
        items.append(next)
        return items.count - 1
    }

    /// The (head, dependent) of the arc `move` makes from item `p`.
    @inline(__always) func arc(_ p: Int, _ move: Int) -> (Int, Int) {
        let it = items[p], s0 = nodes[Int(it.top)]
        return (move == Parser.left ? Int(it.b) : Int(nodes[Int(s0.below)].word), Int(s0.word))
    }

    /// The heads (-1 for the root) and labels (id + 1) of words 0...n along the moves that
    /// made item `last`.
    func read(_ last: Int, head: inout [Int32], label: inout [UInt8]) {
        head.removeAll(keepingCapacity: true)
        label.removeAll(keepingCapacity: true)
        head.append(contentsOf: repeatElement(-1, count: n + 1))
        label.append(contentsOf: repeatElement(0, count: n + 1))
        var i = last
        while i > 0 {
            let it = items[i]
            let p = Int(it.parent)
            if Int(it.move) != Parser.shift {
                let (h, d) = arc(p, Int(it.move))
                head[d] = Int32(h)
                label[d] = it.label
            }
            i = p
        }
    }

    /// The moves that made item `last`, first to last.
    func moves(_ last: Int) -> [Int] {
        var out: [Int] = []
        var i = last
        while i > 0 { out.append(Int(items[i].move)); i = Int(items[i].parent) }
        return out.reversed()
    }

    /// The transition features of item `i` (the keys of `Parser.features` for the same
    /// configuration, `templates.featureCount` of them); `w` and `t` hold words 0...n and the
    /// none row.
    func transitionKeys(_ i: Int, _ w: UnsafePointer<UInt64>, _ t: UnsafePointer<UInt64>, _ k: UnsafeMutablePointer<UInt64>,
                        templates: Parser.Templates = .basic) {
        let it = items[i]
        let n0 = nodes[Int(it.top)], n1 = nodes[Int(n0.below)], n2 = nodes[Int(n1.below)]
        let none = Int(none)
        let s0 = Int(n0.word), s1 = Int(n1.word), s2 = Int(n2.word)
        let bb = Int(it.b)
        let b0 = bb <= n ? bb : none, b1 = bb + 1 <= n ? bb + 1 : none, b2 = bb + 2 <= n ? bb + 2 : none
        let bn = it.b0
        let s0w = w[s0], s0t = t[s0], s1w = w[s1], s1t = t[s1], s2t = t[s2]
        let b0w = w[b0], b0t = t[b0], b1w = w[b1], b1t = t[b1], b2t = t[b2]
        let d01: UInt64 = b0 != none ? Parser.dist(s0, b0) : 8
        let d10: UInt64 = s1 != none ? Parser.dist(s1, s0) : 8
        Parser.transitionKeys(Parser.TemplateValues(s0w: s0w, s0t: s0t, s1w: s1w, s1t: s1t, s2t: s2t, b0w: b0w, b0t: b0t, b1w: b1w, b1t: b1t, b2t: b2t,
                                                    s0lc1t: t[Int(n0.lc1)], s0rc1t: t[Int(n0.rc1)], s1rc1t: t[Int(n1.rc1)], b0lc1t: t[Int(bn.lc1)],
                                                    d01: d01, d10: d10, s0nl: UInt64(n0.nl), s0nr: UInt64(n0.nr), s1nr: UInt64(n1.nr), b0nl: UInt64(bn.nl),
                                                    s0lc1l: UInt64(n0.ll1), s0lc2l: UInt64(n0.ll2), s0rc1l: UInt64(n0.rl1), s0rc2l: UInt64(n0.rl2),
                                                    s1rc1l: UInt64(n1.rl1), s1lc1l: UInt64(n1.ll1), b0lc1l: UInt64(bn.ll1), b0lc2l: UInt64(bn.ll2)), k)
        guard templates == .rich else { return }
        Parser.richKeys(Self.richValues(n0, bn, s0: s0, b0: b0, d01: d01, w, t), k + Parser.featureCount)
    }

    /// The values of the rich templates for top node `n0` and buffer front `bn` (word `b0`).
    @inline(__always)
    static func richValues(_ n0: BeamNode, _ bn: BeamNode, s0: Int, b0: Int, d01: UInt64, _ w: UnsafePointer<UInt64>, _ t: UnsafePointer<UInt64>) -> Parser.RichValues {
        let l1 = Int(n0.lc1), l2 = Int(n0.lc2), r1 = Int(n0.rc1), r2 = Int(n0.rc2), bl1 = Int(bn.lc1), bl2 = Int(bn.lc2)
        return Parser.RichValues(s0w: w[s0], s0t: t[s0], b0w: w[b0], b0t: t[b0], d01: d01, s0nl: UInt64(n0.nl), s0nr: UInt64(n0.nr), b0nl: UInt64(bn.nl),
                                 s0lc1w: w[l1], s0lc1t: t[l1], s0lc1l: UInt64(n0.ll1), s0rc1w: w[r1], s0rc1t: t[r1], s0rc1l: UInt64(n0.rl1),
                                 b0lc1w: w[bl1], b0lc1t: t[bl1], b0lc1l: UInt64(bn.ll1),
                                 s0lc2w: w[l2], s0lc2t: t[l2], s0lc2l: UInt64(n0.ll2), s0rc2w: w[r2], s0rc2t: t[r2], s0rc2l: UInt64(n0.rl2),
                                 b0lc2w: w[bl2], b0lc2t: t[bl2], b0lc2l: UInt64(bn.ll2), s0ls: n0.ls, s0rs: n0.rs, b0ls: bn.ls)
    }

    /// What the labeler's features read of the arc `move` makes from item `p`, in three words:
    /// the head and dependent, the dependent's nearest children on each side, and the labels
    /// of those children, its child counts and the label of the head's child nearest to it on
    /// its side. Every key of `labelKeys` is a function of these (and of the sentence), so
    /// two arcs with the same three words get the same label.
    @inline(__always) func labelContext(_ p: Int, _ move: Int) -> (UInt64, UInt64, UInt64) {
        let it = items[p]
        let dn = nodes[Int(it.top)]
        let h: Int32, sibLabel: UInt8
        if move == Parser.left {
            h = it.b
            sibLabel = it.b0.ll1
        } else {
            let hn = nodes[Int(dn.below)]
            h = hn.word
            sibLabel = hn.rl1
        }
        let a = UInt64(UInt32(bitPattern: h)) | UInt64(UInt32(bitPattern: dn.word)) << 32
        let b = UInt64(UInt32(bitPattern: dn.lc1)) | UInt64(UInt32(bitPattern: dn.rc1)) << 32
        let c = UInt64(dn.ll1) | UInt64(dn.rl1) << 8 | UInt64(dn.nl) << 16 | UInt64(dn.nr) << 24 | UInt64(sibLabel) << 32
        return (a, b, c)
    }

    /// The labeler's features for the arc `move` makes from item `p` (the keys of
    /// `Parser.labelFeatures`).
    func labelKeys(_ p: Int, _ move: Int, _ w: UnsafePointer<UInt64>, _ t: UnsafePointer<UInt64>, _ k: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        let it = items[p]
        let dn = nodes[Int(it.top)]
        let d = Int(dn.word)
        let h: Int, sibLabel: UInt8
        if move == Parser.left {
            h = Int(it.b)
            sibLabel = it.b0.ll1
        } else {
            let hn = nodes[Int(dn.below)]
            h = Int(hn.word)
            sibLabel = hn.rl1
        }
        let dw = w[d], dt = t[d], hw = w[h], ht = t[h]
        let dir: UInt64 = h < d ? 1 : 2
        let ds = Parser.dist(h, d)
        k[0] = H.key(200, dw)
        k[1] = H.key(201, dt)
        k[2] = H.key(202, dw, dt)
        k[3] = H.key(203, hw)
        k[4] = H.key(204, ht)
        k[5] = H.key(205, hw, ht)
        k[6] = H.key(206, dt, ht, dir)
        k[7] = H.key(207, dw, ht, dir)
        k[8] = H.key(208, dt, hw, dir)
        k[9] = H.key(209, dir, ds)
        k[10] = H.key(210, dt, ht, ds &+ dir &* 16)
        k[11] = H.key(211, dt, UInt64(dn.ll1), t[Int(dn.lc1)])
        k[12] = H.key(212, dt, UInt64(dn.rl1), t[Int(dn.rc1)])
        k[13] = H.key(213, t[d - 1], dt, t[d + 1])
        k[14] = H.key(214, ht, t[h + 1], dir)
        k[15] = H.key(215, ht, UInt64(sibLabel), dir)
        k[16] = H.key(216, dw, hw)
        k[17] = H.key(217, dt, UInt64(dn.nl) &* 256 &+ UInt64(dn.nr), dir)
    }
}

extension Parser {
    /// Parses one sentence by beam search of width `width` (`parse` calls it with the model's
    /// `beamWidth` when that is above 1; width 1 makes the greedy parse's moves). The
    /// per-word work is `parse`'s: role sums, key prefixes, the word cache.
    func beamParse(_ n: Int, _ w: UnsafePointer<UInt64>, _ t: UnsafePointer<UInt64>, _ scratch: inout Scratch, cache: WordCache?, width: Int) {
        let K = max(1, width)
        let lc = labeler.classes
        if scratch.scores.count < max(lc, 8) { scratch.scores = [Int32](repeating: 0, count: max(lc, 8)) }
        let rows = n + 2, none = n + 1
        let P = Self.prefixCount, R = Self.roleSumCount
        scratch.work.removeAll(keepingCapacity: true)
        scratch.work.append(contentsOf: repeatElement(0, count: R * rows))
        scratch.prefixes.removeAll(keepingCapacity: true)
        scratch.prefixes.append(contentsOf: repeatElement(0, count: P * rows))
        scratch.wx.removeAll(keepingCapacity: true)
        scratch.tx.removeAll(keepingCapacity: true)
        for i in 0...n { scratch.wx.append(w[i]); scratch.tx.append(t[i]) }
        scratch.wx.append(Self.none)
        scratch.tx.append(Self.none)
        scratch.lattice.reset(n, capacity: K * 2 * n)
        scratch.beam.removeAll(keepingCapacity: true)
        scratch.beam.append(0)
        var scored = 0
        let root = rootLabel
        let rich = templates == .rich, featureCount = templates.featureCount
        let generation = scratch.labelMemo.next()
        scratch.pairMemo.start(generation)
        // moved out of the scratch (and back at the end), so that no array is copied
        var lattice = scratch.lattice, beam = scratch.beam, next = scratch.nextBeam
        scratch.lattice = BeamLattice()
        scratch.beam = []; scratch.nextBeam = []
        scratch.work.withUnsafeMutableBufferPointer { wb in
        scratch.prefixes.withUnsafeMutableBufferPointer { pb in
        scratch.wx.withUnsafeBufferPointer { wxb in
        scratch.tx.withUnsafeBufferPointer { txb in
        scratch.keys.withUnsafeMutableBufferPointer { kb in
        scratch.scores.withUnsafeMutableBufferPointer { sb in
        distPrefixes.withUnsafeBufferPointer { db in
        scratch.labelMemo.entries.withUnsafeMutableBufferPointer { mb in
        scratch.pairMemo.entries.withUnsafeMutableBufferPointer { pmb in
        scratch.found.withUnsafeMutableBufferPointer { fb in
        transitions.withTables { tt in
        labeler.withTables { lt in
            let memo = mb.baseAddress!, found = fb.baseAddress!, pairMemo = pmb.baseAddress!
            let dp = db.baseAddress!
            let keys = kb.baseAddress!, scores = sb.baseAddress!
            let wv = wxb.baseAddress!, tv = txb.baseAddress!
            let pre = pb.baseAddress!, sums = wb.baseAddress!
            for i in 0..<rows { wordRow(wv[i], tv[i], pre + P * i, sums + R * i, cache) }
            typealias H = FeatureHash
            @inline(__always) func dist(_ a: Int, _ b: Int) -> Int {
                let d = abs(a - b)
                return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7
            }
            // the candidates of a step, best first (`BeamCandidate.insert`)
            withUnsafeTemporaryAllocation(of: BeamCandidate.self, capacity: K + 1) { tb in
            let top = tb.baseAddress!
            for _ in 0..<(2 * n) {
                var topCount = 0
                for pos in 0..<beam.count {
                    let it = lattice.items[Int(beam[pos])]
                    let (vs, vl, vr) = lattice.valid(it)
                    scores[0] = 0; scores[1] = 0; scores[2] = 0
                    if (vs ? 1 : 0) + (vl ? 1 : 0) + (vr ? 1 : 0) >= 2 {
                        // `parse`'s scoring, reading the children from the nodes
                        let n0 = lattice.nodes[Int(it.top)], n1 = lattice.nodes[Int(n0.below)]
                        let bn = it.b0
                        let s0 = Int(n0.word), r1 = Int(n1.word), r2 = Int(lattice.nodes[Int(n1.below)].word)
                        let b = Int(it.b)
                        let b0 = b <= n ? b : none, b1 = b + 1 <= n ? b + 1 : none, b2 = b + 2 <= n ? b + 2 : none
                        let q0 = sums + R * s0, q1 = sums + R * r1 + 3, q2 = sums + R * b0 + 6, q3 = sums + R * b1 + 9
                        let q4 = sums + R * b2 + 12, q5 = sums + R * r2 + 15
                        for c in 0..<3 { scores[c] = q0[c] &+ q1[c] &+ q2[c] &+ q3[c] &+ q4[c] &+ q5[c] }
                        let s0w = wv[s0], s0t = tv[s0], s1t = tv[r1]
                        let b0w = wv[b0], b0t = tv[b0], b1t = tv[b1], b2t = tv[b2]
                        let d01 = b0 != none ? dist(s0, b0) : 8
                        let d10 = r1 != none ? dist(r1, s0) : 8
                        let ps0 = pre + P * s0, ps1 = pre + P * r1, ps2 = pre + P * r2, pb0 = pre + P * b0
                        let v = Parser.TemplateValues(s0w: s0w, s0t: s0t, s1w: 0, s1t: s1t, s2t: 0, b0w: b0w, b0t: b0t, b1w: 0, b1t: b1t, b2t: b2t,
                                                      s0lc1t: tv[Int(n0.lc1)], s0rc1t: tv[Int(n0.rc1)], s1rc1t: tv[Int(n1.rc1)], b0lc1t: tv[Int(bn.lc1)],
                                                      d01: UInt64(d01), d10: UInt64(d10),
                                                      s0nl: UInt64(n0.nl), s0nr: UInt64(n0.nr), s1nr: UInt64(n1.nr), b0nl: UInt64(bn.nl),
                                                      s0lc1l: UInt64(n0.ll1), s0lc2l: UInt64(n0.ll2), s0rc1l: UInt64(n0.rl1), s0rc2l: UInt64(n0.rl2),
                                                      s1rc1l: UInt64(n1.rl1), s1lc1l: UInt64(n1.ll1), b0lc1l: UInt64(bn.ll1), b0lc2l: UInt64(bn.ll2))
                        // the 12 templates of s0 and the buffer alone: scored once per (s0, b0)
                        // pair of the sentence, kept in the pair memo (4 words an entry: the
                        // sentence's generation, the pair, the three sums)
                        let pair = UInt64(UInt32(truncatingIfNeeded: s0)) | UInt64(UInt32(truncatingIfNeeded: b0)) << 32
                        let pe = pairMemo + 4 &* Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - PairMemo.bits))
                        if pe[0] == generation && pe[1] == pair {
                            scores[0] &+= Int32(truncatingIfNeeded: pe[2])
                            scores[1] &+= Int32(truncatingIfNeeded: pe[2] >> 32)
                            scores[2] &+= Int32(truncatingIfNeeded: pe[3])
                            scored &-= Parser.pairKeyCount
                        } else {
                            Parser.pairKeys(v, ps0, pb0, dp, keys)
                            let ps = scores + 4
                            ps[0] = 0; ps[1] = 0; ps[2] = 0
                            tt.score(keys, Parser.pairKeyCount, ps, found)
                            pe[0] = generation; pe[1] = pair
                            pe[2] = UInt64(UInt32(bitPattern: ps[0])) | UInt64(UInt32(bitPattern: ps[1])) << 32
                            pe[3] = UInt64(UInt32(bitPattern: ps[2]))
                            scores[0] &+= ps[0]; scores[1] &+= ps[1]; scores[2] &+= ps[2]
                        }
                        Parser.restKeys(v, ps0, ps1, ps2, pb0, dp, keys)
                        let restCount = 32 - Parser.pairKeyCount
                        if rich {
                            Parser.richKeys(BeamLattice.richValues(n0, bn, s0: s0, b0: b0, d01: UInt64(d01), wv, tv), keys + restCount)
                            tt.score(keys, restCount + Parser.richFeatureCount, scores, found)
                        } else {
                            tt.score(keys, restCount, scores, found)
                        }
                        scored &+= featureCount
                    }
                    for m in 0..<3 where m == 0 ? vs : m == 1 ? vl : vr {
                        BeamCandidate.insert(BeamCandidate(score: it.score + Double(scores[m]), move: Int32(m), pos: Int32(pos)), into: top, count: &topCount, k: K)
                    }
                }
                next.removeAll(keepingCapacity: true)
                for ci in 0..<topCount {
                    let c = top[ci]
                    let p = Int(beam[Int(c.pos)]), move = Int(c.move)
                    var lab: UInt8 = 0
                    if move != Parser.shift {
                        let (h, _) = lattice.arc(p, move)
                        if h == 0 { lab = UInt8(root + 1) } else {
                            // the same arc with the same children is often made by several
                            // items (and steps): its label is kept in the sentence's memo
                            let (ca, cb, cc) = lattice.labelContext(p, move)
                            let slot = Int(truncatingIfNeeded: (((ca &* 0x9E37_79B9_7F4A_7C15) ^ (cb &* 0xBF58_476D_1CE4_E5B9) ^ cc) &* 0x94D0_49BB_1331_11EB)
                                           >> UInt64(64 - LabelMemo.bits))
                            let e = memo + 4 &* slot
                            if e[0] == generation && e[1] == ca && e[2] == cb && e[3] & 0xFF_FFFF_FFFF == cc {
                                lab = UInt8(truncatingIfNeeded: e[3] >> 48)
                            } else {
                                lattice.labelKeys(p, move, wv, tv, keys)
                                scores.update(repeating: 0, count: lc)
                                lt.score(keys, Parser.labelFeatureCount, scores, found)
                                scored &+= Parser.labelFeatureCount
                                lab = UInt8(truncatingIfNeeded: Self.bestLabel(scores, lc, root: root) + 1)
                                e[0] = generation; e[1] = ca; e[2] = cb; e[3] = cc | UInt64(lab) << 48
                            }
                        }
                    }
                    next.append(Int32(lattice.apply(p, move, lab, score: c.score)))
                }
                swap(&beam, &next)
            }
            }
        }}}}}}}}}}}}
        lattice.read(Int(beam[0]), head: &scratch.head, label: &scratch.label)
        scratch.beamStates += lattice.items.count - 1
        scratch.lattice = lattice
        scratch.beam = beam
        scratch.nextBeam = next
        scratch.moves += 2 * n
        scratch.scoredFeatures += scored
    }
}

/// The summed scores of the 12 transition templates of s0 and the buffer (`Parser.pairKeys`)
/// by (s0, b0) pair: direct-mapped, four words an entry (the sentence's generation, the pair,
/// the three sums), so an entry serves only the same pair in the same sentence, whose twelve
/// keys are the same.
struct PairMemo: Sendable {
    static let bits = 10
    var entries = [UInt64](repeating: 0, count: 4 << PairMemo.bits)
    var generation: UInt64 = 0

    /// Starts a sentence with the label memo's generation (cleared when it wraps around).
    mutating func start(_ g: UInt64) {
        if g < generation { entries.withUnsafeMutableBufferPointer { $0.update(repeating: 0) } }
        generation = g
    }
}

/// The labels of one sentence's arcs by what the labeler reads of them
/// (`BeamLattice.labelContext`): direct-mapped, four words an entry (the sentence's
/// generation, the three context words with the label in the top byte of the third), so an
/// entry serves only the same arc with the same children in the same sentence.
struct LabelMemo: Sendable {
    static let bits = 9
    var entries = [UInt64](repeating: 0, count: 4 << LabelMemo.bits)
    var generation: UInt64 = 0

    /// A new sentence's generation (entries of earlier ones no longer match).
    mutating func next() -> UInt64 {
        generation &+= 1
        if generation == 0 {
            entries.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            generation = 1
        }
        return generation
    }
}
