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

    /// The keys of the templates of `features` that read one neighbour alone, by its place
    /// (`role`: 1 the word before, 2 the one before that, 3 the word after, 4 the one after
    /// that), given its ambiguity class `a` (`noClass` for a sentence boundary). Returns the
    /// number of keys (2, 1, 4, 2).
    @inline(__always)
    static func neighbourFeatures(_ w: WordHashes, _ a: UInt64, role: Int, _ k: UnsafeMutablePointer<UInt64>) -> Int {
        typealias H = FeatureHash
        switch role {
        case 1:
            k[0] = H.key(15, w.norm)
            k[1] = H.key(16, w.suf3)
            return 2
        case 2:
            k[0] = H.key(17, w.norm)
            return 1
        case 3:
            k[0] = H.key(18, w.norm)
            k[1] = H.key(19, w.suf3)
            k[2] = H.key(25, w.shape)
            k[3] = H.key(29, a)
            return 4
        default:
            k[0] = H.key(20, w.norm)
            k[1] = H.key(30, a)
            return 2
        }
    }

    /// The keys of the 11 templates of `features` that read the tags before or two words
    /// together (all but the bias, `wordFeatures` and `neighbourFeatures`).
    @inline(__always)
    static func restFeatures(_ w: UnsafeBufferPointer<WordHashes>, _ a: UnsafePointer<UInt64>, _ i: Int, _ p1: UInt64, _ p2: UInt64,
                             _ k: UnsafeMutablePointer<UInt64>) {
        let n = w.count
        let cur = w[i]
        let prev = i > 0 ? w[i - 1] : WordHashes.boundary
        let next = i + 1 < n ? w[i + 1] : WordHashes.boundary
        typealias H = FeatureHash
        k[0] = H.key(11, p1)
        k[1] = H.key(12, p2)
        k[2] = H.key(13, p1, p2)
        k[3] = H.key(14, p1, cur.norm)
        k[4] = H.key(21, prev.norm, cur.norm)
        k[5] = H.key(22, cur.norm, next.norm)
        k[6] = H.key(23, UInt64(cur.flags), i == 0 ? 1 : 0)
        k[7] = H.key(26, p1, cur.suf3)
        k[8] = H.key(27, cur.suf3, next.norm)
        let a0 = a[i], a1 = i + 1 < n ? a[i + 1] : noClass
        k[9] = H.key(31, p1, a0)
        k[10] = H.key(32, a0, a1)
    }

    /// The summed weights of a word's `wordFeatures` and of its four `neighbourFeatures` roles
    /// (five score rows a word), kept per word by one annotator (words repeat: function words,
    /// punctuation, the names of an article). Direct-mapped; an entry serves a word only when
    /// all twelve values those templates read are equal, so the scores are the integers that
    /// scoring the features gives.
    public final class WordCache {
        static let slots = 1024, width = 12, rows = 5
        let classes: Int
        let values: UnsafeMutablePointer<UInt64>
        /// Per slot, `rows` × `classes` sums: the word itself, then as the word before, the
        /// one before that, the word after and the one after that.
        let sums: UnsafeMutablePointer<Int32>
        /// The four neighbour rows of a sentence boundary (filled on first use).
        let boundary: UnsafeMutablePointer<Int32>
        var boundaryReady = false
        /// Whether each slot holds a word (a pointer: no array access per word).
        let used: UnsafeMutablePointer<Bool>

        public init(classes: Int) {
            self.classes = classes
            values = .allocate(capacity: Self.slots * Self.width)
            sums = .allocate(capacity: Self.slots * Self.rows * max(1, classes))
            boundary = .allocate(capacity: 4 * max(1, classes))
            used = .allocate(capacity: Self.slots)
            used.initialize(repeating: false, count: Self.slots)
        }
        deinit {
            values.deallocate()
            sums.deallocate()
            boundary.deallocate()
            used.deallocate()
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

    /// Adds `c` scores of `s` to `d`.
    @inline(__always) static func add(_ d: UnsafeMutablePointer<Int32>, _ s: UnsafePointer<Int32>, _ c: Int) {
        var j = 0
        while j < c { d[j] &+= s[j]; j &+= 1 }
    }

    /// Tags the words of one sentence into `out` (one class per word). `scores` holds at
    /// least `model.classes` Int32s. With a cache (of this model's classes), the templates
    /// that read one word alone (`wordFeatures`, `neighbourFeatures`) are scored once per word
    /// and kept: a first pass adds each word's five rows to the scores of the word and of its
    /// neighbours (the bias and the boundary rows first), then the greedy pass adds the 11
    /// `restFeatures`. The sums are integer sums that wrap, so they are the scores of
    /// `features`, in another order.
    public func tag(_ w: UnsafeBufferPointer<WordHashes>, _ out: UnsafeMutablePointer<UInt16>, _ scores: UnsafeMutablePointer<Int32>,
                    cache: WordCache?) {
        guard let cache, cache.classes == model.classes else { return tag(w, out, scores) }
        let n = w.count
        guard n > 0 else { return }
        let c = model.classes
        let none = UInt64(c)
        var p1 = none, p2 = none
        let W = WordCache.width, R = WordCache.rows
        // keys (20), the probes' scratch (3 × 20) and the ambiguity classes of the sentence in
        // one allocation, the static scores of the words in another; the model's arrays taken
        // as pointers once per sentence
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 80 + n) { kb in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: n * c) { stb in
                let keys = kb.baseAddress!, found = keys + 20, amb = keys + 80
                let st = stb.baseAddress!
                for i in 0..<n { amb[i] = ambiguityClass(w[i]) }
                let used = cache.used
                model.withTables { tables in
                    let bnd = cache.boundary
                    if !cache.boundaryReady {
                        bnd.update(repeating: 0, count: 4 * c)
                        for role in 1...4 {
                            let m = Self.neighbourFeatures(WordHashes.boundary, Self.noClass, role: role, keys)
                            tables.score(keys, m, bnd + c * (role - 1), found)
                        }
                        cache.boundaryReady = true
                    }
                    bias.withUnsafeBufferPointer { bb in
                        for i in 0..<n { (st + c * i).update(from: bb.baseAddress!, count: c) }
                    }
                    Self.add(st, bnd, c)
                    Self.add(st, bnd + c, c)
                    if n > 1 { Self.add(st + c, bnd + c, c) }
                    Self.add(st + c * (n - 1), bnd + 2 * c, c)
                    Self.add(st + c * (n - 1), bnd + 3 * c, c)
                    if n > 1 { Self.add(st + c * (n - 2), bnd + 3 * c, c) }
                    for j in 0..<n {
                        let cur = w[j], a0 = amb[j]
                        let slot = Int(truncatingIfNeeded: ((cur.exact ^ a0) &* 0x9E37_79B9_7F4A_7C15) >> 54)
                        let v = cache.values + W * slot, e = cache.sums + R * c * slot
                        if !(used[slot] && v[0] == cur.norm && v[1] == cur.suf1 && v[2] == cur.suf2 && v[3] == cur.suf3
                            && v[4] == cur.suf4 && v[5] == cur.suf5 && v[6] == cur.pre1 && v[7] == cur.pre2 && v[8] == cur.pre3
                            && v[9] == cur.shape && v[10] == cur.exact && v[11] == a0) {
                            v[0] = cur.norm; v[1] = cur.suf1; v[2] = cur.suf2; v[3] = cur.suf3; v[4] = cur.suf4; v[5] = cur.suf5
                            v[6] = cur.pre1; v[7] = cur.pre2; v[8] = cur.pre3; v[9] = cur.shape; v[10] = cur.exact; v[11] = a0
                            used[slot] = true
                            e.update(repeating: 0, count: R * c)
                            Self.wordFeatures(cur, a0, keys)
                            tables.score(keys, W, e, found)
                            for role in 1...4 {
                                let m = Self.neighbourFeatures(cur, a0, role: role, keys)
                                tables.score(keys, m, e + c * role, found)
                            }
                        }
                        Self.add(st + c * j, e, c)
                        if j + 1 < n { Self.add(st + c * (j + 1), e + c, c) }
                        if j + 2 < n { Self.add(st + c * (j + 2), e + 2 * c, c) }
                        if j >= 1 { Self.add(st + c * (j - 1), e + 3 * c, c) }
                        if j >= 2 { Self.add(st + c * (j - 2), e + 4 * c, c) }
                    }
                    for i in 0..<n {
                        scores.update(from: st + c * i, count: c)
                        Self.restFeatures(w, amb, i, p1, p2, keys)
                        tables.score(keys, 11, scores, found)
                        let best = LinearModel.argmax(scores, c)
                        out[i] = UInt16(best)
                        p2 = p1
                        p1 = UInt64(best)
                    }
                }
            }
        }
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
