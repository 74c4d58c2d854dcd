import Foundation

/// The part-of-speech tagger: a greedy left-to-right averaged perceptron over hashed features
/// (Collins 2002), each word's class being its UPOS and Penn tag together, so the Penn tag's
/// tense and number carry into the morphological features.
public struct Tagger: Sendable {
    public let model: LinearModel
    /// The ambiguity class of frequent training words: lowercase form → hash of the set of
    /// tag classes seen with it (after the lexicons of TnT, Brants 2000), for the current word
    /// and the two after it.
    public let ambiguity: KeyTable
    /// The pairs of `ambiguity`, as stored.
    public let ambiguityPairs: [(UInt64, UInt64)]

    public init(model: LinearModel, ambiguity: [(UInt64, UInt64)]) {
        self.model = model
        self.ambiguity = KeyTable(ambiguity)
        ambiguityPairs = ambiguity
        // the weights of feature 0 (the bias, the same for every word), added once here
        var b = [Int32](repeating: 0, count: max(1, model.classes))
        var k0 = FeatureHash.key(0, 0)
        b.withUnsafeMutableBufferPointer { bp in model.score(&k0, 1, bp.baseAddress!) }
        bias = b
    }

    /// The scores of the bias feature (feature 0), which every word starts from.
    let bias: [Int32]
    /// Who this tagger's weights are, for the word caches kept between documents
    /// (`WordCache.Pool`): copies of the tagger share it.
    let identity = Identity()
    public final class Identity: Sendable {}

    /// The number of feature keys per word.
    public static let featureCount = 33
    static let noClass: UInt64 = 0x414D_4230

    /// The ambiguity-class value of a word.
    @inline(__always) public func ambiguityClass(_ w: WordHashes) -> UInt64 {
        ambiguity.get(KeyTable.nonZero(w.lower)) ?? Self.noClass
    }

    /// The feature keys of word `i` of a sentence, given the classes of the two words before
    /// (`classes` for "none").
    @inline(__always)
    public static func features(_ w: UnsafeBufferPointer<WordHashes>, _ a: UnsafePointer<UInt64>, _ i: Int, _ p1: UInt64, _ p2: UInt64,
                                _ k: UnsafeMutablePointer<UInt64>) {
        let n = w.count
        let cur = w[i]
        let prev = i > 0 ? w[i - 1] : WordHashes.boundary
        let prev2 = i > 1 ? w[i - 2] : WordHashes.boundary
        let next = i + 1 < n ? w[i + 1] : WordHashes.boundary
        let next2 = i + 2 < n ? w[i + 2] : WordHashes.boundary
        typealias H = FeatureHash
        k[0] = H.key(0, 0)
        k[1] = H.key(1, cur.norm)
        k[2] = H.key(2, cur.suf1)
        k[3] = H.key(3, cur.suf2)
        k[4] = H.key(4, cur.suf3)
        k[5] = H.key(5, cur.suf4)
        k[6] = H.key(6, cur.suf5)
        k[7] = H.key(7, cur.pre1)
        k[8] = H.key(8, cur.pre2)
        k[9] = H.key(9, cur.pre3)
        k[10] = H.key(10, cur.shape)
        k[11] = H.key(11, p1)
        k[12] = H.key(12, p2)
        k[13] = H.key(13, p1, p2)
        k[14] = H.key(14, p1, cur.norm)
        k[15] = H.key(15, prev.norm)
        k[16] = H.key(16, prev.suf3)
        k[17] = H.key(17, prev2.norm)
        k[18] = H.key(18, next.norm)
        k[19] = H.key(19, next.suf3)
        k[20] = H.key(20, next2.norm)
        k[21] = H.key(21, prev.norm, cur.norm)
        k[22] = H.key(22, cur.norm, next.norm)
        k[23] = H.key(23, UInt64(cur.flags), i == 0 ? 1 : 0)
        k[24] = H.key(24, cur.exact)
        k[25] = H.key(25, next.shape)
        k[26] = H.key(26, p1, cur.suf3)
        k[27] = H.key(27, cur.suf3, next.norm)
        let a0 = a[i], a1 = i + 1 < n ? a[i + 1] : noClass, a2 = i + 2 < n ? a[i + 2] : noClass
        k[28] = H.key(28, a0)
        k[29] = H.key(29, a1)
        k[30] = H.key(30, a2)
        k[31] = H.key(31, p1, a0)
        k[32] = H.key(32, a0, a1)
    }

    /// The keys of the 12 templates of `features` that read only the word itself (1–10, 24,
    /// 28), given its ambiguity class `a0`.
    @inline(__always)
    static func wordFeatures(_ cur: WordHashes, _ a0: UInt64, _ k: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        k[0] = H.key(1, cur.norm)
        k[1] = H.key(2, cur.suf1)
        k[2] = H.key(3, cur.suf2)
        k[3] = H.key(4, cur.suf3)
        k[4] = H.key(5, cur.suf4)
        k[5] = H.key(6, cur.suf5)
        k[6] = H.key(7, cur.pre1)
        k[7] = H.key(8, cur.pre2)
        k[8] = H.key(9, cur.pre3)
        k[9] = H.key(10, cur.shape)
        k[10] = H.key(24, cur.exact)
        k[11] = H.key(28, a0)
    }

    /// The keys of the 3 templates of `features` that read only the two tags before (11–13).
    @inline(__always)
    static func tagFeatures(_ p1: UInt64, _ p2: UInt64, _ k: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        k[0] = H.key(11, p1)
        k[1] = H.key(12, p2)
        k[2] = H.key(13, p1, p2)
    }

    /// The keys of the other 17 templates of `features` (all but the bias, `wordFeatures` and
    /// `tagFeatures`).
    @inline(__always)
    static func contextFeatures(_ w: UnsafeBufferPointer<WordHashes>, _ a: UnsafePointer<UInt64>, _ i: Int, _ p1: UInt64,
                                _ k: UnsafeMutablePointer<UInt64>) {
        let n = w.count
        let cur = w[i]
        let prev = i > 0 ? w[i - 1] : WordHashes.boundary
        let prev2 = i > 1 ? w[i - 2] : WordHashes.boundary
        let next = i + 1 < n ? w[i + 1] : WordHashes.boundary
        let next2 = i + 2 < n ? w[i + 2] : WordHashes.boundary
        typealias H = FeatureHash
        k[0] = H.key(14, p1, cur.norm)
        k[1] = H.key(15, prev.norm)
        k[2] = H.key(16, prev.suf3)
        k[3] = H.key(17, prev2.norm)
        k[4] = H.key(18, next.norm)
        k[5] = H.key(19, next.suf3)
        k[6] = H.key(20, next2.norm)
        k[7] = H.key(21, prev.norm, cur.norm)
        k[8] = H.key(22, cur.norm, next.norm)
        k[9] = H.key(23, UInt64(cur.flags), i == 0 ? 1 : 0)
        k[10] = H.key(25, next.shape)
        k[11] = H.key(26, p1, cur.suf3)
        k[12] = H.key(27, cur.suf3, next.norm)
        let a0 = a[i], a1 = i + 1 < n ? a[i + 1] : noClass, a2 = i + 2 < n ? a[i + 2] : noClass
        k[13] = H.key(29, a1)
        k[14] = H.key(30, a2)
        k[15] = H.key(31, p1, a0)
        k[16] = H.key(32, a0, a1)
    }

    /// The summed weights of a word's `wordFeatures`, kept per word by one annotator (words
    /// repeat: function words, punctuation, the names of an article). Direct-mapped; an entry
    /// serves a word only when all twelve values those templates read are equal, so the scores
    /// are the integers that scoring the features gives.
    public final class WordCache {
        static let slots = 1024, width = 12
        let classes: Int
        let values: UnsafeMutablePointer<UInt64>
        let sums: UnsafeMutablePointer<Int32>
        /// Whether each slot holds a word (a pointer: no array access per word).
        let used: UnsafeMutablePointer<Bool>
        /// The summed scores of `tagFeatures` by the pair of tags before (direct-mapped,
        /// `pairSlots` rows; `pairKey` holds the pair + 1 a row serves, 0 for none).
        static let pairSlots = 256
        let pairs: UnsafeMutablePointer<Int32>
        let pairKey: UnsafeMutablePointer<UInt64>

        public init(classes: Int) {
            self.classes = classes
            values = .allocate(capacity: Self.slots * Self.width)
            sums = .allocate(capacity: Self.slots * max(1, classes))
            used = .allocate(capacity: Self.slots)
            used.initialize(repeating: false, count: Self.slots)
            pairs = .allocate(capacity: Self.pairSlots * max(1, classes))
            pairKey = .allocate(capacity: Self.pairSlots)
            pairKey.initialize(repeating: 0, count: Self.pairSlots)
        }
        deinit {
            values.deallocate()
            sums.deallocate()
            used.deallocate()
            pairs.deallocate()
            pairKey.deallocate()
        }

        /// Word caches kept from one document to the next, per tagger (a cache's sums are its
        /// tagger's weights, and an entry serves only the word it was made for, so a warm cache
        /// gives the same scores as a cold one, with fewer features scored).
        final class Pool: @unchecked Sendable {
            static let shared = Pool()
            private let lock = NSLock()
            private var free: [(owner: Identity, cache: WordCache)] = []

            func take(for tagger: Tagger) -> WordCache {
                lock.lock()
                defer { lock.unlock() }
                if let k = free.lastIndex(where: { $0.owner === tagger.identity }) { return free.remove(at: k).cache }
                return WordCache(classes: tagger.model.classes)
            }

            func give(_ cache: WordCache, for tagger: Tagger) {
                lock.lock()
                defer { lock.unlock() }
                free.append((tagger.identity, cache))
                // (at most a cache per core kept)
                if free.count > 16 { free.removeFirst() }
            }
        }
    }

    /// Tags the words of one sentence into `out` (one class per word). `scores` holds at
    /// least `model.classes` Int32s. With a cache (of this model's classes), the word-only
    /// templates are scored once per word and kept, and the templates of the two tags before
    /// once per pair of tags (`tagFeatures`, 256 direct-mapped rows).
    public func tag(_ w: UnsafeBufferPointer<WordHashes>, _ out: UnsafeMutablePointer<UInt16>, _ scores: UnsafeMutablePointer<Int32>,
                    cache: WordCache?) {
        guard let cache, cache.classes == model.classes else { return tag(w, out, scores) }
        let c = model.classes
        let none = UInt64(c)
        var p1 = none, p2 = none
        let W = WordCache.width
        // keys (17), the probes' scratch (3 × 17) and the ambiguity classes of the sentence, in
        // one allocation; the model's arrays taken as pointers once per sentence
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 68 + w.count) { kb in
            let keys = kb.baseAddress!, found = keys + 17, amb = keys + 68
            for i in 0..<w.count { amb[i] = ambiguityClass(w[i]) }
            let used = cache.used, pairKey = cache.pairKey
            bias.withUnsafeBufferPointer { bb in
              model.withTables { tables in
                let bias = bb.baseAddress!
                for i in 0..<w.count {
                    let cur = w[i], a0 = amb[i]
                    let slot = Int(truncatingIfNeeded: ((cur.exact ^ a0) &* 0x9E37_79B9_7F4A_7C15) >> 54)
                    let v = cache.values + W * slot, sums = cache.sums + c * slot
                    if !(used[slot] && v[0] == cur.norm && v[1] == cur.suf1 && v[2] == cur.suf2 && v[3] == cur.suf3
                        && v[4] == cur.suf4 && v[5] == cur.suf5 && v[6] == cur.pre1 && v[7] == cur.pre2 && v[8] == cur.pre3
                        && v[9] == cur.shape && v[10] == cur.exact && v[11] == a0) {
                        v[0] = cur.norm; v[1] = cur.suf1; v[2] = cur.suf2; v[3] = cur.suf3; v[4] = cur.suf4; v[5] = cur.suf5
                        v[6] = cur.pre1; v[7] = cur.pre2; v[8] = cur.pre3; v[9] = cur.shape; v[10] = cur.exact; v[11] = a0
                        used[slot] = true
                        sums.update(repeating: 0, count: c)
                        Self.wordFeatures(cur, a0, keys)
                        tables.score(keys, W, sums, found)
                    }
                    // the scores of the two tags before, kept by their pair
                    let pk = (p1 << 16 | p2) &+ 1
                    let ps = Int(truncatingIfNeeded: (pk &* 0x9E37_79B9_7F4A_7C15) >> 56)
                    let pr = cache.pairs + c * ps
                    if pairKey[ps] != pk {
                        pr.update(repeating: 0, count: c)
                        Self.tagFeatures(p1, p2, keys)
                        tables.score(keys, 3, pr, found)
                        pairKey[ps] = pk
                    }
                    Self.sum(scores, bias, sums, pr, c)
                    Self.contextFeatures(w, amb, i, p1, keys)
                    tables.score(keys, 17, scores, found)
                    let best = LinearModel.argmax(scores, c)
                    out[i] = UInt16(best)
                    p2 = p1
                    p1 = UInt64(best)
                }
              }
            }
        }
    }

    /// `d` = `a` + `b` + `e` over `c` scores, eight at a time.
    @inline(__always)
    static func sum(_ d: UnsafeMutablePointer<Int32>, _ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>, _ e: UnsafePointer<Int32>, _ c: Int) {
        let dr = UnsafeMutableRawPointer(d), ar = UnsafeRawPointer(a), br = UnsafeRawPointer(b), er = UnsafeRawPointer(e)
        var j = 0
        while j &+ 8 <= c {
            let o = 4 &* j
            let v = ar.loadUnaligned(fromByteOffset: o, as: SIMD8<Int32>.self) &+ br.loadUnaligned(fromByteOffset: o, as: SIMD8<Int32>.self)
                &+ er.loadUnaligned(fromByteOffset: o, as: SIMD8<Int32>.self)
            dr.storeBytes(of: v, toByteOffset: o, as: SIMD8<Int32>.self)
            j &+= 8
        }
        while j < c { d[j] = a[j] &+ b[j] &+ e[j]; j &+= 1 }
    }

    /// Tags the words of one sentence into `out` (one class per word). `scores` holds at
    /// least `model.classes` Int32s.
    public func tag(_ w: UnsafeBufferPointer<WordHashes>, _ out: UnsafeMutablePointer<UInt16>, _ scores: UnsafeMutablePointer<Int32>) {
        let c = model.classes
        let none = UInt64(c)
        var p1 = none, p2 = none
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.featureCount + w.count) { kb in
            let keys = kb.baseAddress!, amb = keys + Self.featureCount
            for i in 0..<w.count { amb[i] = ambiguityClass(w[i]) }
            for i in 0..<w.count {
                Self.features(w, amb, i, p1, p2, keys)
                bias.withUnsafeBufferPointer { scores.update(from: $0.baseAddress!, count: c) }
                model.score(keys + 1, Self.featureCount - 1, scores)
                let best = LinearModel.argmax(scores, c)
                out[i] = UInt16(best)
                p2 = p1
                p1 = UInt64(best)
            }
        }
    }
}
