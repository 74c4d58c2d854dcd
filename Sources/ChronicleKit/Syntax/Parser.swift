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
    /// The sets of the labels of each word's left and right children (bit `label & 63`),
    /// read by the rich templates (`Parser.richKeys`).
    var ls: [UInt64] = [], rs: [UInt64] = []

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
        fill(&ls, 0); fill(&rs, 0)
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
            ls[h] |= Parser.labelBit(lab)
        } else {
            rc2[h] = rc1[h]; rc1[h] = Int32(d)
            if nr[h] < 255 { nr[h] += 1 }
            rs[h] |= Parser.labelBit(lab)
        }
    }
}

/// The dependency parser: greedy arc-hybrid transitions scored by an averaged perceptron
/// over a compact set of templates (after Zhang and Nivre 2011), trained with a dynamic oracle
/// (Goldberg and Nivre 2012, 2013). Each arc gets its UD relation from a second perceptron at
/// the moment it is made, so later decisions see the labels of the children. A model trained
/// globally for beam search (`beamWidth` > 1, the committed one since session 24) is decoded by
/// `beamParse` (BeamSearch.swift) with that width.
public struct Parser: Sendable {
    public static let shift = 0, left = 1, right = 2
    /// The transition templates of the basic set (`Templates.basic`).
    public static let featureCount = 46
    /// The templates the rich set adds (`richKeys`; docs/Syntax.md, "Session 25: rich features").
    public static let richFeatureCount = 34
    public static let labelFeatureCount = 18

    /// The transition templates a model was trained with; the parser file records it.
    public enum Templates: UInt32, Sendable, CaseIterable {
        /// The 46 templates of sessions 7–24 (`transitionKeys`).
        case basic = 0
        /// Those and the 34 of `richKeys` (Zhang and Nivre 2011, Table 1, adapted to arc-hybrid).
        case rich = 1

        /// How many transition keys a configuration has.
        public var featureCount: Int { self == .rich ? Parser.featureCount + Parser.richFeatureCount : Parser.featureCount }
    }

    public let transitions: LinearModel
    public let labeler: LinearModel
    /// The id of the `root` relation (given to the root's dependent, never predicted).
    public let rootLabel: Int
    /// The width of the beam `parse` decodes with (1: greedy; docs/Syntax.md, "Session 24: beam
    /// search").
    public let beamWidth: Int
    /// The width of the beam the transition model was trained for (1: greedy).
    public let trainingWidth: Int
    /// The transition templates the model was trained with.
    public let templates: Templates

    /// The first step of the distance templates (133, 134, 135) for distances 0...8.
    let distPrefixes: [UInt64]

    /// A parser decoding with a beam of `beamWidth`, trained with a beam of `trainingWidth`
    /// (`beamWidth` when not given).
    public init(transitions: LinearModel, labeler: LinearModel, rootLabel: Int, beamWidth: Int = 1, trainingWidth: Int? = nil,
                templates: Templates = .basic) {
        self.transitions = transitions
        self.labeler = labeler
        self.rootLabel = rootLabel
        self.beamWidth = max(1, beamWidth)
        self.trainingWidth = max(1, trainingWidth ?? beamWidth)
        self.templates = templates
        distPrefixes = [133, 134, 135].flatMap { (t: UInt64) in (0...8).map { Self.first(t, UInt64($0)) } }
    }

    /// The same model, decoding with a beam of `width`.
    public func decoding(width: Int) -> Parser {
        Parser(transitions: transitions, labeler: labeler, rootLabel: rootLabel, beamWidth: width, trainingWidth: trainingWidth, templates: templates)
    }

    /// The bit of a label (id + 1) in a label set.
    @inline(__always) static func labelBit(_ l: UInt8) -> UInt64 { l == 0 ? 0 : 1 &<< UInt64(l & 63) }

    static let none: UInt64 = 0x6E6F_6E65
    @inline(__always) static func dist(_ a: Int, _ b: Int) -> UInt64 {
        let d = abs(a - b)
        return d <= 4 ? UInt64(d) : d <= 7 ? 5 : d <= 12 ? 6 : 7
    }

    /// The transition features of a configuration (`templates.featureCount` keys). `w` and `t`
    /// hold the word and tag values of words 0...n (0: the root).
    @inline(__always)
    public static func features(_ st: ParseState, _ w: UnsafePointer<UInt64>, _ t: UnsafePointer<UInt64>, _ k: UnsafeMutablePointer<UInt64>,
                                templates: Templates = .basic) {
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
        Parser.transitionKeys(TemplateValues(s0w: s0w, s0t: s0t, s1w: s1w, s1t: s1t, s2t: s2t, b0w: b0w, b0t: b0t, b1w: b1w, b1t: b1t, b2t: b2t,
                                             s0lc1t: T(s0lc1), s0rc1t: T(s0rc1), s1rc1t: T(s1rc1), b0lc1t: T(b0lc1), d01: d01, d10: d10,
                                             s0nl: s0nl, s0nr: s0nr, s1nr: s1nr, b0nl: b0nl,
                                             s0lc1l: L(s0lc1), s0lc2l: L(s0lc2), s0rc1l: L(s0rc1), s0rc2l: L(s0rc2), s1rc1l: L(s1rc1), s1lc1l: L(s1lc1),
                                             b0lc1l: L(b0lc1), b0lc2l: L(b0lc2)), k)
        guard templates == .rich else { return }
        let s0ls = s0 >= 0 ? st.ls[s0] : 0, s0rs = s0 >= 0 ? st.rs[s0] : 0, b0ls = b0 >= 0 ? st.ls[b0] : 0
        Parser.richKeys(RichValues(s0w: s0w, s0t: s0t, b0w: b0w, b0t: b0t, d01: d01, s0nl: s0nl, s0nr: s0nr, b0nl: b0nl,
                                   s0lc1w: W(s0lc1), s0lc1t: T(s0lc1), s0lc1l: L(s0lc1), s0rc1w: W(s0rc1), s0rc1t: T(s0rc1), s0rc1l: L(s0rc1),
                                   b0lc1w: W(b0lc1), b0lc1t: T(b0lc1), b0lc1l: L(b0lc1),
                                   s0lc2w: W(s0lc2), s0lc2t: T(s0lc2), s0lc2l: L(s0lc2), s0rc2w: W(s0rc2), s0rc2t: T(s0rc2), s0rc2l: L(s0rc2),
                                   b0lc2w: W(b0lc2), b0lc2t: T(b0lc2), b0lc2l: L(b0lc2), s0ls: s0ls, s0rs: s0rs, b0ls: b0ls), k + featureCount)
    }

    /// The values the 34 rich templates read (`richKeys`), however a configuration is kept.
    public struct RichValues {
        var s0w, s0t, b0w, b0t, d01, s0nl, s0nr, b0nl: UInt64
        var s0lc1w, s0lc1t, s0lc1l, s0rc1w, s0rc1t, s0rc1l, b0lc1w, b0lc1t, b0lc1l: UInt64
        var s0lc2w, s0lc2t, s0lc2l, s0rc2w, s0rc2t, s0rc2l, b0lc2w, b0lc2t, b0lc2l: UInt64
        var s0ls, s0rs, b0ls: UInt64
    }

    /// The keys of the 34 templates of Zhang and Nivre (2011, Table 1) that the basic set does
    /// not have, adapted to arc-hybrid (s0 has children on both sides, b0 on its left only; s0
    /// has no head yet, so their S0h templates are s1's, already in the basic set): distance
    /// with the words and tags of s0 and b0 (146–149), valency (150–152), the word, tag and
    /// label of the leftmost and rightmost children of s0 and the leftmost of b0 (153–161) and
    /// of the second ones (162–170), the tags of s0 or b0 with their two outermost children on a
    /// side (171–173), and the label sets of s0's and b0's children with their word or tag
    /// (174–179). The same for the trainer's `features`, the lattice's `transitionKeys` and
    /// the decoder's `beamParse`.
    @inline(__always)
    static func richKeys(_ v: RichValues, _ k: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        k[0] = H.key(146, v.s0t, v.d01)
        k[1] = H.key(147, v.b0w, v.d01)
        k[2] = H.key(148, v.b0t, v.d01)
        k[3] = H.key(149, v.s0w, v.b0w, v.d01)
        k[4] = H.key(150, v.s0t, v.s0nr)
        k[5] = H.key(151, v.s0w, v.s0nl)
        k[6] = H.key(152, v.b0w, v.b0nl)
        k[7] = H.key(153, v.s0lc1w)
        k[8] = H.key(154, v.s0lc1t)
        k[9] = H.key(155, v.s0lc1l)
        k[10] = H.key(156, v.s0rc1w)
        k[11] = H.key(157, v.s0rc1t)
        k[12] = H.key(158, v.s0rc1l)
        k[13] = H.key(159, v.b0lc1w)
        k[14] = H.key(160, v.b0lc1t)
        k[15] = H.key(161, v.b0lc1l)
        k[16] = H.key(162, v.s0lc2w)
        k[17] = H.key(163, v.s0lc2t)
        k[18] = H.key(164, v.s0lc2l)
        k[19] = H.key(165, v.s0rc2w)
        k[20] = H.key(166, v.s0rc2t)
        k[21] = H.key(167, v.s0rc2l)
        k[22] = H.key(168, v.b0lc2w)
        k[23] = H.key(169, v.b0lc2t)
        k[24] = H.key(170, v.b0lc2l)
        k[25] = H.key(171, v.s0t, v.s0lc1t, v.s0lc2t)
        k[26] = H.key(172, v.s0t, v.s0rc1t, v.s0rc2t)
        k[27] = H.key(173, v.b0t, v.b0lc1t, v.b0lc2t)
        k[28] = H.key(174, v.s0w, v.s0rs)
        k[29] = H.key(175, v.s0t, v.s0rs)
        k[30] = H.key(176, v.s0w, v.s0ls)
        k[31] = H.key(177, v.s0t, v.s0ls)
        k[32] = H.key(178, v.b0w, v.b0ls)
        k[33] = H.key(179, v.b0t, v.b0ls)
    }

    /// The values the 46 transition templates read, however a configuration is kept (`features`
    /// from a `ParseState`, `BeamSearch.transitionKeys` from its shared stack nodes): words and
    /// tags of s0–s2 and b0–b2, the tags and labels of the children the templates read, the
    /// distances and valencies.
    public struct TemplateValues {
        var s0w, s0t, s1w, s1t, s2t, b0w, b0t, b1w, b1t, b2t: UInt64
        var s0lc1t, s0rc1t, s1rc1t, b0lc1t: UInt64
        var d01, d10, s0nl, s0nr, s1nr, b0nl: UInt64
        var s0lc1l, s0lc2l, s0rc1l, s0rc2l, s1rc1l, s1lc1l, b0lc1l, b0lc2l: UInt64
    }

    /// The keys of the 46 transition templates (after Zhang and Nivre 2011; docs/Syntax.md).
    @inline(__always)
    static func transitionKeys(_ v: TemplateValues, _ k: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        k[0] = H.key(100, v.s0w)
        k[1] = H.key(101, v.s0t)
        k[2] = H.key(102, v.s0w, v.s0t)
        k[3] = H.key(103, v.s1w)
        k[4] = H.key(104, v.s1t)
        k[5] = H.key(105, v.s1w, v.s1t)
        k[6] = H.key(106, v.b0w)
        k[7] = H.key(107, v.b0t)
        k[8] = H.key(108, v.b0w, v.b0t)
        k[9] = H.key(109, v.b1w)
        k[10] = H.key(110, v.b1t)
        k[11] = H.key(111, v.b1w, v.b1t)
        k[12] = H.key(112, v.b2t)
        k[13] = H.key(113, v.s2t)
        k[14] = H.key(114, v.s0w, v.b0w)
        k[15] = H.key(115, v.s0w, v.b0t)
        k[16] = H.key(116, v.s0t, v.b0w)
        k[17] = H.key(117, v.s0t, v.b0t)
        k[18] = H.key(118, v.s0w, v.s0t, v.b0t)
        k[19] = H.key(119, v.s0t, v.b0w, v.b0t)
        k[20] = H.key(120, v.s1w, v.s0w)
        k[21] = H.key(121, v.s1t, v.s0t)
        k[22] = H.key(122, v.b0t, v.b1t)
        k[23] = H.key(123, v.s0t, v.b0t, v.b1t)
        k[24] = H.key(124, v.s1t, v.s0t, v.b0t)
        k[25] = H.key(125, v.s2t, v.s1t, v.s0t)
        k[26] = H.key(126, v.b0t, v.b1t, v.b2t)
        k[27] = H.key(127, v.s0t, v.s0lc1t, v.b0t)
        k[28] = H.key(128, v.s0t, v.s0rc1t, v.b0t)
        k[29] = H.key(129, v.s1t, v.s0t, v.s0lc1t)
        k[30] = H.key(130, v.s1t, v.s1rc1t, v.s0t)
        k[31] = H.key(131, v.s0t, v.b0t, v.b0lc1t)
        k[32] = H.key(132, v.s1t, v.s0t, v.s0rc1t)
        k[33] = H.key(133, v.d01, v.s0w)
        k[34] = H.key(134, v.d01, v.s0t, v.b0t)
        k[35] = H.key(135, v.d10, v.s1t, v.s0t)
        k[36] = H.key(136, v.s0w, v.s0nr)
        k[37] = H.key(137, v.s0t, v.s0nl)
        k[38] = H.key(138, v.s1t, v.s1nr)
        k[39] = H.key(139, v.b0t, v.b0nl)
        k[40] = H.key(140, v.s0t, v.s0lc1l, v.s0lc2l)
        k[41] = H.key(141, v.s0t, v.s0rc1l, v.s0rc2l)
        k[42] = H.key(142, v.s1t, v.s1rc1l, v.s1lc1l)
        k[43] = H.key(143, v.b0t, v.b0lc1l, v.b0lc2l)
        k[44] = H.key(144, v.b0w, v.s1t, v.s0t)
        k[45] = H.key(145, v.s0w, v.b0w, v.b1t)
    }

    /// The keys of the 32 transition templates that read two positions or more, from the
    /// prefixes the words keep (`ps0`, `ps1`, `ps2`, `pb0`: s0, s1, s2, b0), the distance
    /// prefixes `dp` and the configuration's values `v` (the same keys as `transitionKeys`, in
    /// another order: `pairKeys`, then `restKeys`; the greedy `parse` and `beamParse` alike).
    @inline(__always)
    static func prefixedKeys(_ v: TemplateValues, _ ps0: UnsafePointer<UInt64>, _ ps1: UnsafePointer<UInt64>, _ ps2: UnsafePointer<UInt64>,
                             _ pb0: UnsafePointer<UInt64>, _ dp: UnsafePointer<UInt64>, _ keys: UnsafeMutablePointer<UInt64>) {
        pairKeys(v, ps0, pb0, dp, keys)
        restKeys(v, ps0, ps1, ps2, pb0, dp, keys + pairKeyCount)
    }

    /// How many of the prefixed keys `pairKeys` gives.
    static let pairKeyCount = 12

    /// The keys of the 12 templates that read only s0 and the buffer (b0, b1, b2, and the
    /// distance of s0 to b0): functions of the two word positions s0 and b0 alone, so a beam
    /// search scores them once per pair (`beamParse`).
    @inline(__always)
    static func pairKeys(_ v: TemplateValues, _ ps0: UnsafePointer<UInt64>, _ pb0: UnsafePointer<UInt64>, _ dp: UnsafePointer<UInt64>,
                         _ keys: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        keys[0] = H.mix(ps0[0] &+ v.b0w)  // 114
        keys[1] = H.mix(ps0[1] &+ v.b0t)  // 115
        keys[2] = H.mix(ps0[5] &+ v.b0w)  // 116
        keys[3] = H.mix(ps0[6] &+ v.b0t)  // 117
        keys[4] = H.mix(ps0[2] &+ v.b0t)  // 118
        keys[5] = H.mix(H.mix(ps0[7] &+ v.b0w) &+ v.b0t)  // 119
        keys[6] = H.mix(pb0[24] &+ v.b1t)  // 122
        keys[7] = H.mix(H.mix(ps0[8] &+ v.b0t) &+ v.b1t)  // 123
        keys[8] = H.mix(H.mix(pb0[25] &+ v.b1t) &+ v.b2t)  // 126
        keys[9] = H.mix(dp[Int(v.d01)] &+ v.s0w)  // 133
        keys[10] = H.mix(H.mix(dp[9 + Int(v.d01)] &+ v.s0t) &+ v.b0t)  // 134
        keys[11] = H.mix(H.mix(ps0[4] &+ v.b0w) &+ v.b1t)  // 145
    }

    /// The keys of the other 20 prefixed templates (those that read s1, s2 or children).
    @inline(__always)
    static func restKeys(_ v: TemplateValues, _ ps0: UnsafePointer<UInt64>, _ ps1: UnsafePointer<UInt64>, _ ps2: UnsafePointer<UInt64>,
                         _ pb0: UnsafePointer<UInt64>, _ dp: UnsafePointer<UInt64>, _ keys: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        keys[0] = H.mix(ps1[15] &+ v.s0w)  // 120
        keys[1] = H.mix(ps1[16] &+ v.s0t)  // 121
        keys[2] = H.mix(H.mix(ps1[17] &+ v.s0t) &+ v.b0t)  // 124
        keys[3] = H.mix(H.mix(ps2[23] &+ v.s1t) &+ v.s0t)  // 125
        keys[4] = H.mix(H.mix(ps0[9] &+ v.s0lc1t) &+ v.b0t)  // 127
        keys[5] = H.mix(H.mix(ps0[10] &+ v.s0rc1t) &+ v.b0t)  // 128
        keys[6] = H.mix(H.mix(ps1[18] &+ v.s0t) &+ v.s0lc1t)  // 129
        keys[7] = H.mix(H.mix(ps1[19] &+ v.s1rc1t) &+ v.s0t)  // 130
        keys[8] = H.mix(H.mix(ps0[11] &+ v.b0t) &+ v.b0lc1t)  // 131
        keys[9] = H.mix(H.mix(ps1[20] &+ v.s0t) &+ v.s0rc1t)  // 132
        keys[10] = H.mix(H.mix(dp[18 + Int(v.d10)] &+ v.s1t) &+ v.s0t)  // 135
        keys[11] = H.mix(ps0[3] &+ v.s0nr)  // 136
        keys[12] = H.mix(ps0[12] &+ v.s0nl)  // 137
        keys[13] = H.mix(ps1[21] &+ v.s1nr)  // 138
        keys[14] = H.mix(pb0[26] &+ v.b0nl)  // 139
        keys[15] = H.mix(H.mix(ps0[13] &+ v.s0lc1l) &+ v.s0lc2l)  // 140
        keys[16] = H.mix(H.mix(ps0[14] &+ v.s0rc1l) &+ v.s0rc2l)  // 141
        keys[17] = H.mix(H.mix(ps1[22] &+ v.s1rc1l) &+ v.s1lc1l)  // 142
        keys[18] = H.mix(H.mix(pb0[27] &+ v.b0lc1l) &+ v.b0lc2l)  // 143
        keys[19] = H.mix(H.mix(pb0[28] &+ v.s1t) &+ v.s0t)  // 144
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
        /// The result of the last sentence parsed, for words 0...n: the head of each word
        /// (-1 for the root) and its relation, label id + 1.
        public internal(set) var head: [Int32] = []
        public internal(set) var label: [UInt8] = []
        /// The configuration's arrays (see `parse`), the words' feature prefixes, and their
        /// word and tag values with the "none" row after the last word.
        var work: [Int32] = []
        var prefixes: [UInt64] = []
        var wx: [UInt64] = [], tx: [UInt64] = []
        var keys = [UInt64](repeating: 0, count: 128)
        var scores = [Int32](repeating: 0, count: 256)
        /// The slots a scoring pass finds (`LinearModel.Tables.score`: 3 × the keys).
        var found = [UInt64](repeating: 0, count: 3 * 128)
        /// Moves made and feature keys scored over every sentence parsed with this scratch:
        /// each word is shifted once and attached once, so both grow linearly with the words.
        public internal(set) var moves = 0, scoredFeatures = 0
        /// Beam search: the items and nodes of the last sentence, the beam, and
        /// the items made over every sentence (at most the width × 2 per word).
        var lattice = BeamLattice()
        var beam: [Int32] = [], nextBeam: [Int32] = []
        /// The labels of the arcs of the sentence being parsed (beam search).
        var labelMemo = LabelMemo()
        /// The scores of the (s0, b0) pairs of the sentence being parsed (beam search).
        var pairMemo = PairMemo()
        public internal(set) var beamStates = 0
        public init() {}
    }

    // MARK: - Parsing
    //
    // `parse` gives the moves and labels that `features`, `labelFeatures` and the two models
    // give (the trainer's path), with less work per configuration:
    // - The 14 templates that read one word only (its word, tag or both, as s0, s1, s2, b0,
    //   b1 or b2) are scored once per word when the sentence starts: each word keeps the
    //   three transition scores of each of its six roles ("role sums"), and a configuration
    //   starts from the sums of the words in its roles. A key is a function of the values
    //   only, and Int32 sums wrap, so the scores are the same integers.
    // - A key is `mix(mix(mix(a ^ t·φ) + b) + c)`; its first step depends on the template
    //   and the first value only, so each word keeps the first step of the 29 templates
    //   whose first value is its word or tag ("prefixes"), and the distance templates keep
    //   theirs per distance. A configuration mixes 51 times instead of 102.
    // - An absent word (an empty stack or buffer position, a missing child) is the row
    //   `n + 1`, whose word and tag are "none", label 0 and children absent, so the features
    //   read it without a branch.

    /// Per-word prefixes: the first step of templates 114, 115, 118 (two steps: word and
    /// tag), 136, 145 (the word as s0), 116, 117, 119, 123, 127, 128, 131, 137, 140, 141 (the
    /// tag as s0), 120 (the word as s1), 121, 124, 129, 130, 132, 138, 142 (the tag as s1),
    /// 125 (the tag as s2), 122, 126, 139, 143 (the tag as b0) and 144 (the word as b0).
    static let prefixCount = 29
    /// The role sums of a word: three scores for each of s0, s1, b0, b1, b2, s2.
    static let roleSumCount = 18

    @inline(__always) static func first(_ t: UInt64, _ a: UInt64) -> UInt64 { FeatureHash.mix(a ^ (t &* 0x9E37_79B9_7F4A_7C15)) }

    /// The prefixes of a word with word value `wv` and tag value `tv`.
    @inline(__always)
    static func prefixes(_ wv: UInt64, _ tv: UInt64, _ out: UnsafeMutablePointer<UInt64>) {
        out[0] = first(114, wv); out[1] = first(115, wv)
        // template 118 is (s0 word, s0 tag, b0 tag): its first two steps are the word's
        out[2] = FeatureHash.mix(first(118, wv) &+ tv)
        out[3] = first(136, wv); out[4] = first(145, wv)
        out[5] = first(116, tv); out[6] = first(117, tv); out[7] = first(119, tv); out[8] = first(123, tv)
        out[9] = first(127, tv); out[10] = first(128, tv); out[11] = first(131, tv); out[12] = first(137, tv)
        out[13] = first(140, tv); out[14] = first(141, tv)
        out[15] = first(120, wv)
        out[16] = first(121, tv); out[17] = first(124, tv); out[18] = first(129, tv); out[19] = first(130, tv)
        out[20] = first(132, tv); out[21] = first(138, tv); out[22] = first(142, tv)
        out[23] = first(125, tv)
        out[24] = first(122, tv); out[25] = first(126, tv); out[26] = first(139, tv); out[27] = first(143, tv)
        out[28] = first(144, wv)
    }

    /// The role sums of a word with word value `wv` and tag value `tv`.
    @inline(__always)
    func roleSums(_ wv: UInt64, _ tv: UInt64, _ out: UnsafeMutablePointer<Int32>) {
        typealias H = FeatureHash
        let m = transitions
        // s0, s1, b0, b1: word, tag, both
        var t: UInt64 = 100
        for r in 0..<4 {
            let v = m.weights3(H.key(t, wv)) &+ m.weights3(H.key(t + 1, tv)) &+ m.weights3(H.key(t + 2, wv, tv))
            out[3 * r] = v[0]; out[3 * r + 1] = v[1]; out[3 * r + 2] = v[2]
            t += 3
        }
        let b2 = m.weights3(H.key(112, tv)), s2 = m.weights3(H.key(113, tv))
        out[12] = b2[0]; out[13] = b2[1]; out[14] = b2[2]
        out[15] = s2[0]; out[16] = s2[1]; out[17] = s2[2]
    }

    /// The prefixes and role sums of words by (word, tag) value, kept by one annotator:
    /// direct-mapped, 1,024 entries, an entry serving only the same two values.
    public final class WordCache {
        static let slots = 1024
        let values: UnsafeMutablePointer<UInt64>
        let sums: UnsafeMutablePointer<Int32>
        var used = [Bool](repeating: false, count: WordCache.slots)

        public init() {
            values = .allocate(capacity: Self.slots * (2 + Parser.prefixCount))
            sums = .allocate(capacity: Self.slots * Parser.roleSumCount)
        }
        deinit {
            values.deallocate()
            sums.deallocate()
        }
    }

    /// The prefixes and role sums of the word with values (`x`, `y`), from the cache if it has
    /// them.
    @inline(__always)
    func wordRow(_ x: UInt64, _ y: UInt64, _ pr: UnsafeMutablePointer<UInt64>, _ sr: UnsafeMutablePointer<Int32>, _ cache: WordCache?) {
        let P = Self.prefixCount, R = Self.roleSumCount
        guard let cache else {
            Self.prefixes(x, y, pr)
            roleSums(x, y, sr)
            return
        }
        let slot = Int(truncatingIfNeeded: ((x ^ (y &* 0xBF58_476D_1CE4_E5B9)) &* 0x9E37_79B9_7F4A_7C15) >> 54)
        let cv = cache.values + (2 + P) * slot, cs = cache.sums + R * slot
        if cache.used[slot] && cv[0] == x && cv[1] == y {
            pr.update(from: cv + 2, count: P)
            sr.update(from: cs, count: R)
        } else {
            Self.prefixes(x, y, pr)
            roleSums(x, y, sr)
            cv[0] = x; cv[1] = y
            (cv + 2).update(from: pr, count: P)
            cs.update(from: sr, count: R)
            cache.used[slot] = true
        }
    }

    /// The first best label other than the root's (`scores[root]` is overwritten).
    @inline(__always)
    static func bestLabel(_ scores: UnsafeMutablePointer<Int32>, _ lc: Int, root: Int) -> Int {
        scores[root] = Int32.min
        var lab = LinearModel.argmax(scores, lc)
        if lab == root {
            // every score is Int32.min
            lab = -1
            var best = Int32.min
            for l in 0..<lc where l != root && (lab < 0 || scores[l] > best) { lab = l; best = scores[l] }
            if lab < 0 { lab = 0 }
        }
        return lab
    }

    /// Parses one sentence of `n` words; the result is in `scratch.head` and `scratch.label`.
    public func parse(_ n: Int, _ w: UnsafePointer<UInt64>, _ t: UnsafePointer<UInt64>, _ scratch: inout Scratch) {
        parse(n, w, t, &scratch, cache: nil)
    }

    /// `parse`, with a cache that keeps the words' prefixes and role sums between sentences.
    public func parse(_ n: Int, _ w: UnsafePointer<UInt64>, _ t: UnsafePointer<UInt64>, _ scratch: inout Scratch, cache: WordCache?) {
        if beamWidth > 1 || templates != .basic {
            // width 1 makes the greedy parse's moves; the rich templates are scored there only
            beamParse(n, w, t, &scratch, cache: cache, width: beamWidth)
            return
        }
        let lc = labeler.classes
        if scratch.scores.count < max(lc, 3) { scratch.scores = [Int32](repeating: 0, count: max(lc, 3)) }
        let rows = n + 2, none = n + 1
        let P = Self.prefixCount, R = Self.roleSumCount
        scratch.work.removeAll(keepingCapacity: true)
        scratch.work.append(contentsOf: repeatElement(0, count: (9 + R) * rows))
        scratch.prefixes.removeAll(keepingCapacity: true)
        scratch.prefixes.append(contentsOf: repeatElement(0, count: P * rows))
        scratch.wx.removeAll(keepingCapacity: true)
        scratch.tx.removeAll(keepingCapacity: true)
        for i in 0...n { scratch.wx.append(w[i]); scratch.tx.append(t[i]) }
        scratch.wx.append(Self.none)
        scratch.tx.append(Self.none)
        var moves = 0, scored = 0
        let root = rootLabel
        scratch.work.withUnsafeMutableBufferPointer { wb in
        scratch.prefixes.withUnsafeMutableBufferPointer { pb in
        scratch.wx.withUnsafeBufferPointer { wxb in
        scratch.tx.withUnsafeBufferPointer { txb in
        scratch.keys.withUnsafeMutableBufferPointer { kb in
        scratch.scores.withUnsafeMutableBufferPointer { sb in
        distPrefixes.withUnsafeBufferPointer { db in
            let dp = db.baseAddress!
            let keys = kb.baseAddress!, scores = sb.baseAddress!
            let wv = wxb.baseAddress!, tv = txb.baseAddress!
            let pre = pb.baseAddress!
            let base = wb.baseAddress!
            let head = base, label = base + rows, lc1 = base + 2 * rows, lc2 = base + 3 * rows, rc1 = base + 4 * rows
            let rc2 = base + 5 * rows, nl = base + 6 * rows, nr = base + 7 * rows, stack = base + 8 * rows
            let sums = base + 9 * rows
            // words 0...n and the none row
            for i in 0..<rows {
                head[i] = -1
                lc1[i] = Int32(none); lc2[i] = Int32(none); rc1[i] = Int32(none); rc2[i] = Int32(none)
                wordRow(wv[i], tv[i], pre + P * i, sums + R * i, cache)
            }
            var sp = 1, b = 1
            stack[0] = 0
            typealias H = FeatureHash
            @inline(__always) func dist(_ a: Int, _ b: Int) -> Int {
                let d = abs(a - b)
                return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7
            }
            while !(b > n && sp == 1) {
                let s0 = Int(stack[sp - 1]), s1 = sp > 1 ? Int(stack[sp - 2]) : -1
                let vs = b <= n, vl = b <= n && s0 != 0, vr = sp >= 2 && (s1 != 0 || b > n)
                var move: Int
                if vs && !vl && !vr { move = Parser.shift }
                else if vr && !vs && !vl { move = Parser.right }
                else {
                    let r1 = s1 >= 0 ? s1 : none, r2 = sp > 2 ? Int(stack[sp - 3]) : none
                    let b0 = b <= n ? b : none, b1 = b + 1 <= n ? b + 1 : none, b2 = b + 2 <= n ? b + 2 : none
                    // the one-word templates, from the role sums
                    let q0 = sums + R * s0, q1 = sums + R * r1 + 3, q2 = sums + R * b0 + 6, q3 = sums + R * b1 + 9
                    let q4 = sums + R * b2 + 12, q5 = sums + R * r2 + 15
                    for c in 0..<3 { scores[c] = q0[c] &+ q1[c] &+ q2[c] &+ q3[c] &+ q4[c] &+ q5[c] }
                    let s0w = wv[s0], s0t = tv[s0], s1t = tv[r1]
                    let b0w = wv[b0], b0t = tv[b0], b1t = tv[b1], b2t = tv[b2]
                    let s0lc1 = Int(lc1[s0]), s0lc2 = Int(lc2[s0]), s0rc1 = Int(rc1[s0]), s0rc2 = Int(rc2[s0])
                    let s1rc1 = Int(rc1[r1]), s1lc1 = Int(lc1[r1]), b0lc1 = Int(lc1[b0]), b0lc2 = Int(lc2[b0])
                    let d01 = b0 != none ? dist(s0, b0) : 8
                    let d10 = s1 >= 0 ? dist(s1, s0) : 8
                    let ps0 = pre + P * s0, ps1 = pre + P * r1, ps2 = pre + P * r2, pb0 = pre + P * b0
                    Parser.prefixedKeys(TemplateValues(s0w: s0w, s0t: s0t, s1w: 0, s1t: s1t, s2t: 0, b0w: b0w, b0t: b0t, b1w: 0, b1t: b1t, b2t: b2t,
                                                       s0lc1t: tv[s0lc1], s0rc1t: tv[s0rc1], s1rc1t: tv[s1rc1], b0lc1t: tv[b0lc1],
                                                       d01: UInt64(d01), d10: UInt64(d10),
                                                       s0nl: UInt64(truncatingIfNeeded: nl[s0]), s0nr: UInt64(truncatingIfNeeded: nr[s0]),
                                                       s1nr: UInt64(truncatingIfNeeded: nr[r1]), b0nl: UInt64(truncatingIfNeeded: nl[b0]),
                                                       s0lc1l: UInt64(truncatingIfNeeded: label[s0lc1]), s0lc2l: UInt64(truncatingIfNeeded: label[s0lc2]),
                                                       s0rc1l: UInt64(truncatingIfNeeded: label[s0rc1]), s0rc2l: UInt64(truncatingIfNeeded: label[s0rc2]),
                                                       s1rc1l: UInt64(truncatingIfNeeded: label[s1rc1]), s1lc1l: UInt64(truncatingIfNeeded: label[s1lc1]),
                                                       b0lc1l: UInt64(truncatingIfNeeded: label[b0lc1]), b0lc2l: UInt64(truncatingIfNeeded: label[b0lc2])),
                                        ps0, ps1, ps2, pb0, dp, keys)
                    transitions.score(keys, 32, scores)
                    scored &+= Parser.featureCount
                    move = -1
                    var best = Int32.min
                    for m in 0..<3 where (m == 0 ? vs : m == 1 ? vl : vr) && (move < 0 || scores[m] > best) { move = m; best = scores[m] }
                }
                var lab = 0
                let d = s0, h = move == Parser.left ? b : s1
                if move != Parser.shift {
                    if h == 0 { lab = root } else {
                        // the labeler's features (`labelFeatures`)
                        let dw = wv[d], dt = tv[d], hw = wv[h], ht = tv[h]
                        let dir: UInt64 = h < d ? 1 : 2
                        let ds = UInt64(dist(h, d))
                        let dlc = Int(lc1[d]), drc = Int(rc1[d])
                        let sib = h < d ? Int(rc1[h]) : Int(lc1[h])
                        keys[0] = H.key(200, dw)
                        keys[1] = H.key(201, dt)
                        keys[2] = H.key(202, dw, dt)
                        keys[3] = H.key(203, hw)
                        keys[4] = H.key(204, ht)
                        keys[5] = H.key(205, hw, ht)
                        keys[6] = H.key(206, dt, ht, dir)
                        keys[7] = H.key(207, dw, ht, dir)
                        keys[8] = H.key(208, dt, hw, dir)
                        keys[9] = H.key(209, dir, ds)
                        keys[10] = H.key(210, dt, ht, ds &+ dir &* 16)
                        keys[11] = H.key(211, dt, UInt64(truncatingIfNeeded: label[dlc]), tv[dlc])
                        keys[12] = H.key(212, dt, UInt64(truncatingIfNeeded: label[drc]), tv[drc])
                        keys[13] = H.key(213, tv[d - 1], dt, tv[d + 1])
                        keys[14] = H.key(214, ht, tv[h + 1], dir)
                        keys[15] = H.key(215, ht, UInt64(truncatingIfNeeded: label[sib]), dir)
                        keys[16] = H.key(216, dw, hw)
                        keys[17] = H.key(217, dt, UInt64(truncatingIfNeeded: nl[d]) &* 256 &+ UInt64(truncatingIfNeeded: nr[d]), dir)
                        scores.update(repeating: 0, count: lc)
                        labeler.score(keys, Parser.labelFeatureCount, scores)
                        scored &+= Parser.labelFeatureCount
                        lab = Self.bestLabel(scores, lc, root: root)
                    }
                }
                switch move {
                case Parser.shift:
                    stack[sp] = Int32(b)
                    sp += 1
                    b += 1
                case Parser.left:
                    sp -= 1
                    head[d] = Int32(h)
                    label[d] = Int32(lab + 1)
                    lc2[h] = lc1[h]; lc1[h] = Int32(d)
                    if nl[h] < 255 { nl[h] += 1 }
                default:
                    sp -= 1
                    head[d] = Int32(h)
                    label[d] = Int32(lab + 1)
                    rc2[h] = rc1[h]; rc1[h] = Int32(d)
                    if nr[h] < 255 { nr[h] += 1 }
                }
                moves += 1
            }
        }}}}}}}
        scratch.moves += moves
        scratch.scoredFeatures += scored
        scratch.head.removeAll(keepingCapacity: true)
        scratch.label.removeAll(keepingCapacity: true)
        scratch.head.append(contentsOf: scratch.work[0...n])
        for i in 0...n { scratch.label.append(UInt8(truncatingIfNeeded: scratch.work[rows + i])) }
    }
}
