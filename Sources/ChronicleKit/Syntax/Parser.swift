/// The configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta
/// 2011) over one sentence: a stack, the front of the buffer, and the arcs made so far with
/// what the feature templates read of them (two leftmost and two rightmost children,
/// the number of children on each side). Word 0 is the root, words 1...n the sentence.
public struct ParseState: Sendable {
    public var n = 0
    public var stack: [Int32] = []
    /// The front of the buffer; `n + 1` when the buffer is empty.
    public var b = 1
    public var head: [Int32] = []
    /// The relation of each word to its head: label id + 1 (0: none yet).
    public var label: [UInt8] = []
    var lc1: [Int32] = [], lc2: [Int32] = [], rc1: [Int32] = [], rc2: [Int32] = []
    var nl: [UInt8] = [], nr: [UInt8] = []

    public init() {}

    /// Starts a sentence of `n` words.
    public mutating func reset(_ n: Int) {
        self.n = n
        stack.removeAll(keepingCapacity: true)
        stack.append(0)
        b = 1
        func fill<T>(_ a: inout [T], _ v: T) {
            a.removeAll(keepingCapacity: true)
            a.append(contentsOf: repeatElement(v, count: n + 1))
        }
        fill(&head, -1); fill(&label, 0)
        fill(&lc1, -1); fill(&lc2, -1); fill(&rc1, -1); fill(&rc2, -1)
        fill(&nl, 0); fill(&nr, 0)
    }

    public var isFinal: Bool { b > n && stack.count == 1 }

    @inline(__always) var s0: Int { Int(stack[stack.count - 1]) }
    @inline(__always) var s1: Int { stack.count > 1 ? Int(stack[stack.count - 2]) : -1 }
    @inline(__always) var s2: Int { stack.count > 2 ? Int(stack[stack.count - 3]) : -1 }

    /// SHIFT, LEFT (b0 → s0) and RIGHT (s1 → s0), as the root allows: the root never gets a
    /// head, and gets its one dependent only when the buffer is empty.
    @inline(__always) public func valid(_ move: Int) -> Bool {
        switch move {
        case Parser.shift: return b <= n
        case Parser.left: return b <= n && s0 != 0
        default: return stack.count >= 2 && (s1 != 0 || b > n)
        }
    }

    /// Applies a move, making `label` (id + 1) the label of an arc it makes; returns the
    /// (head, dependent) of that arc, or nil for SHIFT.
    @discardableResult
    public mutating func apply(_ move: Int, label lab: UInt8) -> (Int, Int)? {
        switch move {
        case Parser.shift:
            stack.append(Int32(b))
            b += 1
            return nil
        case Parser.left:
            let d = s0, h = b
            stack.removeLast()
            attach(h, d, lab, left: true)
            return (h, d)
        default:
            let d = s0, h = s1
            stack.removeLast()
            attach(h, d, lab, left: false)
            return (h, d)
        }
    }

    @inline(__always) mutating func attach(_ h: Int, _ d: Int, _ lab: UInt8, left: Bool) {
        head[d] = Int32(h)
        label[d] = lab
        if left {
            lc2[h] = lc1[h]; lc1[h] = Int32(d)
            if nl[h] < 255 { nl[h] += 1 }
        } else {
            rc2[h] = rc1[h]; rc1[h] = Int32(d)
            if nr[h] < 255 { nr[h] += 1 }
        }
    }
}

/// The dependency parser: greedy arc-hybrid transitions scored by an averaged perceptron
/// over a compact set of templates (after Zhang and Nivre 2011), trained with a dynamic oracle
/// (Goldberg and Nivre 2012, 2013). Each arc gets its UD relation from a second perceptron at
/// the moment it is made, so later decisions see the labels of the children.
public struct Parser: Sendable {
    public static let shift = 0, left = 1, right = 2
    public static let featureCount = 46
    public static let labelFeatureCount = 18

    public let transitions: LinearModel
    public let labeler: LinearModel
    /// The id of the `root` relation (given to the root's dependent, never predicted).
    public let rootLabel: Int

    public init(transitions: LinearModel, labeler: LinearModel, rootLabel: Int) {
        self.transitions = transitions
        self.labeler = labeler
        self.rootLabel = rootLabel
    }

    static let none: UInt64 = 0x6E6F_6E65
    @inline(__always) static func dist(_ a: Int, _ b: Int) -> UInt64 {
        let d = abs(a - b)
        return d <= 4 ? UInt64(d) : d <= 7 ? 5 : d <= 12 ? 6 : 7
    }

    /// The transition features of a configuration. `w` and `t` hold the word and tag values
    /// of words 0...n (0: the root).
    @inline(__always)
    public static func features(_ st: ParseState, _ w: UnsafePointer<UInt64>, _ t: UnsafePointer<UInt64>, _ k: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        let n = st.n
        let s0 = st.s0, s1 = st.s1, s2 = st.s2
        let b0 = st.b <= n ? st.b : -1, b1 = st.b + 1 <= n ? st.b + 1 : -1, b2 = st.b + 2 <= n ? st.b + 2 : -1
        @inline(__always) func W(_ i: Int) -> UInt64 { i >= 0 ? w[i] : none }
        @inline(__always) func T(_ i: Int) -> UInt64 { i >= 0 ? t[i] : none }
        @inline(__always) func L(_ i: Int) -> UInt64 { i >= 0 ? UInt64(st.label[i]) : 0 }
        let s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), s2t = T(s2)
        let b0w = W(b0), b0t = T(b0), b1w = W(b1), b1t = T(b1), b2t = T(b2)
        let s0lc1 = s0 >= 0 ? Int(st.lc1[s0]) : -1, s0lc2 = s0 >= 0 ? Int(st.lc2[s0]) : -1
        let s0rc1 = s0 >= 0 ? Int(st.rc1[s0]) : -1, s0rc2 = s0 >= 0 ? Int(st.rc2[s0]) : -1
        let s1rc1 = s1 >= 0 ? Int(st.rc1[s1]) : -1, s1lc1 = s1 >= 0 ? Int(st.lc1[s1]) : -1
        let b0lc1 = b0 >= 0 ? Int(st.lc1[b0]) : -1, b0lc2 = b0 >= 0 ? Int(st.lc2[b0]) : -1
        let d01 = b0 >= 0 && s0 >= 0 ? dist(s0, b0) : 8
        let d10 = s1 >= 0 ? dist(s1, s0) : 8
        let s0nl = s0 >= 0 ? UInt64(st.nl[s0]) : 0, s0nr = s0 >= 0 ? UInt64(st.nr[s0]) : 0
        let s1nr = s1 >= 0 ? UInt64(st.nr[s1]) : 0, b0nl = b0 >= 0 ? UInt64(st.nl[b0]) : 0
        k[0] = H.key(100, s0w)
        k[1] = H.key(101, s0t)
        k[2] = H.key(102, s0w, s0t)
        k[3] = H.key(103, s1w)
        k[4] = H.key(104, s1t)
        k[5] = H.key(105, s1w, s1t)
        k[6] = H.key(106, b0w)
        k[7] = H.key(107, b0t)
        k[8] = H.key(108, b0w, b0t)
        k[9] = H.key(109, b1w)
        k[10] = H.key(110, b1t)
        k[11] = H.key(111, b1w, b1t)
        k[12] = H.key(112, b2t)
        k[13] = H.key(113, s2t)
        k[14] = H.key(114, s0w, b0w)
        k[15] = H.key(115, s0w, b0t)
        k[16] = H.key(116, s0t, b0w)
        k[17] = H.key(117, s0t, b0t)
        k[18] = H.key(118, s0w, s0t, b0t)
        k[19] = H.key(119, s0t, b0w, b0t)
        k[20] = H.key(120, s1w, s0w)
        k[21] = H.key(121, s1t, s0t)
        k[22] = H.key(122, b0t, b1t)
        k[23] = H.key(123, s0t, b0t, b1t)
        k[24] = H.key(124, s1t, s0t, b0t)
        k[25] = H.key(125, s2t, s1t, s0t)
        k[26] = H.key(126, b0t, b1t, b2t)
        k[27] = H.key(127, s0t, T(s0lc1), b0t)
        k[28] = H.key(128, s0t, T(s0rc1), b0t)
        k[29] = H.key(129, s1t, s0t, T(s0lc1))
        k[30] = H.key(130, s1t, T(s1rc1), s0t)
        k[31] = H.key(131, s0t, b0t, T(b0lc1))
        k[32] = H.key(132, s1t, s0t, T(s0rc1))
        k[33] = H.key(133, d01, s0w)
        k[34] = H.key(134, d01, s0t, b0t)
        k[35] = H.key(135, d10, s1t, s0t)
        k[36] = H.key(136, s0w, s0nr)
        k[37] = H.key(137, s0t, s0nl)
        k[38] = H.key(138, s1t, s1nr)
        k[39] = H.key(139, b0t, b0nl)
        k[40] = H.key(140, s0t, L(s0lc1), L(s0lc2))
        k[41] = H.key(141, s0t, L(s0rc1), L(s0rc2))
        k[42] = H.key(142, s1t, L(s1rc1), L(s1lc1))
        k[43] = H.key(143, b0t, L(b0lc1), L(b0lc2))
        k[44] = H.key(144, b0w, s1t, s0t)
        k[45] = H.key(145, s0w, b0w, b1t)
    }

    /// The features for labelling the arc `h` → `d`.
    @inline(__always)
    public static func labelFeatures(_ st: ParseState, _ h: Int, _ d: Int, _ w: UnsafePointer<UInt64>, _ t: UnsafePointer<UInt64>,
                                     _ k: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        let n = st.n
        @inline(__always) func T(_ i: Int) -> UInt64 { i >= 0 && i <= n ? t[i] : none }
        @inline(__always) func L(_ i: Int) -> UInt64 { i >= 0 ? UInt64(st.label[i]) : 0 }
        let dw = w[d], dt = t[d], hw = w[h], ht = t[h]
        let dir: UInt64 = h < d ? 1 : 2
        let ds = dist(h, d)
        let dlc = Int(st.lc1[d]), drc = Int(st.rc1[d])
        let sib = h < d ? Int(st.rc1[h]) : Int(st.lc1[h])
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
        k[11] = H.key(211, dt, L(dlc), T(dlc))
        k[12] = H.key(212, dt, L(drc), T(drc))
        k[13] = H.key(213, T(d - 1), dt, T(d + 1))
        k[14] = H.key(214, ht, T(h + 1), dir)
        k[15] = H.key(215, ht, L(sib), dir)
        k[16] = H.key(216, dw, hw)
        k[17] = H.key(217, dt, UInt64(st.nl[d]) &* 256 &+ UInt64(st.nr[d]), dir)
    }

    /// Scratch space for parsing, reused across sentences.
    public struct Scratch: Sendable {
        public var state = ParseState()
        var keys = [UInt64](repeating: 0, count: 64)
        var scores = [Int32](repeating: 0, count: 256)
        /// Moves made and feature keys scored over every sentence parsed with this scratch:
        /// each word is shifted once and attached once, so both grow linearly with the words.
        public internal(set) var moves = 0, scoredFeatures = 0
        public init() {}
    }

    /// Parses one sentence of `n` words; the result is in `scratch.state` (`head`, `label`).
    public func parse(_ n: Int, _ w: UnsafePointer<UInt64>, _ t: UnsafePointer<UInt64>, _ scratch: inout Scratch) {
        scratch.state.reset(n)
        let lc = labeler.classes
        if scratch.scores.count < max(lc, 3) { scratch.scores = [Int32](repeating: 0, count: max(lc, 3)) }
        let root = rootLabel
        scratch.keys.withUnsafeMutableBufferPointer { kb in
            scratch.scores.withUnsafeMutableBufferPointer { sb in
                let keys = kb.baseAddress!, scores = sb.baseAddress!
                while !scratch.state.isFinal {
                    let vs = scratch.state.valid(Parser.shift), vl = scratch.state.valid(Parser.left), vr = scratch.state.valid(Parser.right)
                    var move: Int
                    if vs && !vl && !vr { move = Parser.shift }
                    else if vr && !vs && !vl { move = Parser.right }
                    else {
                        Parser.features(scratch.state, w, t, keys)
                        scores[0] = 0; scores[1] = 0; scores[2] = 0
                        transitions.score(keys, Parser.featureCount, scores)
                        scratch.scoredFeatures += Parser.featureCount
                        move = -1
                        var best = Int32.min
                        for m in 0..<3 where (m == 0 ? vs : m == 1 ? vl : vr) && (move < 0 || scores[m] > best) { move = m; best = scores[m] }
                    }
                    var lab = 0
                    if move != Parser.shift {
                        let h = move == Parser.left ? scratch.state.b : scratch.state.s1
                        let d = scratch.state.s0
                        if h == 0 { lab = root } else {
                            Parser.labelFeatures(scratch.state, h, d, w, t, keys)
                            scores.update(repeating: 0, count: lc)
                            labeler.score(keys, Parser.labelFeatureCount, scores)
                            scratch.scoredFeatures += Parser.labelFeatureCount
                            var best = Int32.min
                            lab = -1
                            for l in 0..<lc where l != root && (lab < 0 || scores[l] > best) { lab = l; best = scores[l] }
                            if lab < 0 { lab = 0 }
                        }
                    }
                    scratch.state.apply(move, label: UInt8(lab + 1))
                    scratch.moves += 1
                }
            }
        }
    }
}
