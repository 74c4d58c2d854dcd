import Foundation

/// A trained linear classifier in compact form: the averaged perceptron's weights, pruned
/// and quantized to Int16, behind an open-addressing table of feature keys.
///
/// A feature is stored under the high 32 bits of its 64-bit key (features whose keys share
/// them are merged when the model is made: a few dozen in a million). A feature's home slot
/// is `key32 × capacity >> 32` (any capacity, about twice the features), probed linearly.
///
/// - Dense (at most 6 classes, the parser's transitions): a slot is two UInt64s, the key and
///   the first two weights, then the other four; a feature costs one cache line and no
///   second lookup.
/// - Sparse (the tagger's and labeler's many classes): a slot is one UInt64, the key, the
///   first entry (24 bits) and the entry count (8 bits); an entry is one UInt32, class (high
///   16 bits) and weight (low 16). A feature with entries for an eighth of the classes or
///   more, and at least 8 (`usesRow`: the bias, frequent words and suffixes, the previous
///   tags) instead gets a row of weights for every class (entry count 0, the 24 bits give
///   the row), widened to Int32 and added eight classes at a time with SIMD, summed over all
///   of a word's rows in registers (about 5 instructions per 8 classes against 7 an entry):
///   the same sums, fewer instructions.
///
/// Scoring a feature is one probe and a few adds into Int32 scores: no dictionary, no
/// allocation, no floating point. The file holds the features' arrays (keys, counts,
/// entries), each read in one copy; the table is built from them in one pass.
public struct LinearModel: Sendable {
    public let classes: Int
    public let featureCount: Int
    /// Slots in the table.
    let capacity: Int
    /// Whether each slot holds the weights (two words per slot).
    let dense: Bool
    let slots: [UInt64]
    let entries: [UInt32]
    /// The weight rows of the sparse features with many entries, `rowStride` weights each
    /// (Int16 weights widened to Int32 when the model is made, so a row adds without
    /// conversions).
    let rows: [Int32]
    let rowStride: Int

    public static let denseClasses = 6
    /// Whether a sparse model's feature with `n` entries gets a weight row.
    @inline(__always) public static func usesRow(_ n: Int, classes: Int) -> Bool { n >= max(8, classes / 8) }

    /// The stored key of a feature key: its high 32 bits, never 0.
    @inline(__always) public static func short(_ k: UInt64) -> UInt32 {
        let f = UInt32(truncatingIfNeeded: k >> 32)
        return f == 0 ? 1 : f
    }

    /// The home slot of a stored key.
    @inline(__always) static func home(_ fp: UInt32, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(fp) &* UInt64(capacity)) >> 32)
    }

    /// A model from features sorted by (short, distinct) key, each with its (class, weight)
    /// entries (features out of order are sorted first).
    public init(classes: Int, keys: [UInt32], counts: [UInt8], entries: [UInt32]) {
        var ascending = true
        keys.withUnsafeBufferPointer { b in
            var i = 1
            while i < b.count { if b[i - 1] >= b[i] { ascending = false; break }; i += 1 }
        }
        if ascending {
            self.init(classes: classes, ascendingKeys: keys, counts: counts, entries: entries)
            return
        }
        var first = [Int](repeating: 0, count: keys.count)
        var sum = 0
        for i in 0..<keys.count { first[i] = sum; sum += Int(counts[i]) }
        let order = keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        self.init(classes: classes, ascendingKeys: order.map { keys[$0] }, counts: order.map { counts[$0] },
                  entries: order.flatMap { entries[first[$0]..<first[$0] + Int(counts[$0])] })
    }

    /// A model from features in ascending key order.
    init(classes: Int, ascendingKeys keys: [UInt32], counts: [UInt8], entries: [UInt32]) {
        self.classes = classes
        featureCount = keys.count
        dense = classes <= Self.denseClasses
        let cap = max(16, keys.count * 2 + 1)
        capacity = cap
        let stride = dense ? 2 : 1
        var slots = [UInt64](repeating: 0, count: cap * stride)
        var rows: [Int16] = []
        let rs = (classes + 7) / 8 * 8
        // the keys go in ascending order, so that along a run of slots the keys ascend and a
        // probe stops at the first larger key (an absent feature costs about as much as a
        // present one; Amble and Knuth 1974, "Ordered hash tables")
        var start = 0
        for (i, k) in keys.enumerated() {
            var j = Self.home(k, cap)
            while slots[j * stride] != 0 { j += 1; if j == cap { j = 0 } }
            let n = Int(counts[i])
            if dense {
                // weights at their bit offsets: class 0 at 16 and 1 at 0 of the first word,
                // classes 2...5 at 0, 16, 32, 48 of the second
                var a = UInt64(k) << 32, b: UInt64 = 0
                for e in entries[start..<start + n] {
                    let c = Int(e >> 16), v = UInt64(e & 0xFFFF)
                    if c < 2 { a |= v << (c == 0 ? 16 : 0) } else { b |= v << UInt64(16 * (c - 2)) }
                }
                slots[2 * j] = a
                slots[2 * j + 1] = b
            } else if Self.usesRow(n, classes: classes) {
                let r = rows.count / rs
                rows.append(contentsOf: repeatElement(0, count: rs))
                for e in entries[start..<start + n] { rows[r * rs + Int(e >> 16)] &+= Int16(bitPattern: UInt16(e & 0xFFFF)) }
                slots[j] = (UInt64(k) << 32) | (UInt64(r) << 8)
            } else {
                slots[j] = (UInt64(k) << 32) | (UInt64(start) << 8) | UInt64(n)
            }
            start += n
        }
        self.slots = slots
        self.entries = dense ? [] : entries
        self.rows = rows.map { Int32($0) }
        rowStride = rs
    }

    @inline(__always) static func weight(_ v: UInt64) -> Int32 { Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: v))) }

    /// Adds the weights of `n` features to `scores` (one Int32 per class).
    ///
    /// In passes, so that the memory loads of different features overlap instead of
    /// waiting for each other: the home slot of every feature, then the probing (rarely more
    /// than one step), then the adds: (class, weight) entries one by one, and the weight rows
    /// eight classes at a time, each group of eight summed over all the rows in registers and
    /// stored once. Integer sums wrap, so their order does not change them.
    @inline(__always)
    public func score(_ keys: UnsafePointer<UInt64>, _ n: Int, _ scores: UnsafeMutablePointer<Int32>) {
        guard n > 0 else { return }
        slots.withUnsafeBufferPointer { sb in
            let sp = sb.baseAddress!
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3 * n) { fb in
                let found = fb.baseAddress!
                if dense {
                    scoreDense(keys, n, scores, sp, found)
                } else {
                    entries.withUnsafeBufferPointer { eb in
                        rows.withUnsafeBufferPointer { rb in
                            scoreSparse(keys, n, scores, sp, found, eb.baseAddress, rb.baseAddress)
                        }
                    }
                }
            }
        }
    }

    /// The model's arrays as pointers, for a run of `score` calls inside `withTables` (a
    /// parser's sentence): no array access, retain or temporary allocation per call.
    struct Tables {
        let model: LinearModel
        let sp: UnsafePointer<UInt64>
        let ep: UnsafePointer<UInt32>?
        let rp: UnsafePointer<Int32>?

        /// `LinearModel.score`, with `found` holding 3 × `n` words.
        @inline(__always)
        func score(_ keys: UnsafePointer<UInt64>, _ n: Int, _ scores: UnsafeMutablePointer<Int32>, _ found: UnsafeMutablePointer<UInt64>) {
            guard n > 0 else { return }
            if model.dense { model.scoreDense(keys, n, scores, sp, found) } else { model.scoreSparse(keys, n, scores, sp, found, ep, rp) }
        }
    }

    /// Runs `body` with the model's arrays as pointers.
    @inline(__always)
    func withTables<R>(_ body: (Tables) -> R) -> R {
        slots.withUnsafeBufferPointer { sb in
            entries.withUnsafeBufferPointer { eb in
                rows.withUnsafeBufferPointer { rb in body(Tables(model: self, sp: sb.baseAddress!, ep: eb.baseAddress, rp: rb.baseAddress)) }
            }
        }
    }

    /// The three weights of one feature of a dense 3-class model (zeros if it is absent): one
    /// probe, for features scored once and kept.
    @inline(__always)
    func weights3(_ key: UInt64) -> SIMD4<Int32> {
        slots.withUnsafeBufferPointer { sb in
            let sp = sb.baseAddress!
            let fp = UInt64(Self.short(key))
            var i = Int(truncatingIfNeeded: (fp &* UInt64(truncatingIfNeeded: capacity)) >> 32)
            var s = sp[2 &* i]
            while (s >> 32) &- 1 < fp &- 1 {
                i &+= 1
                if i == capacity { i = 0 }
                s = sp[2 &* i]
            }
            guard s >> 32 == fp else { return SIMD4<Int32>() }
            return SIMD4(Self.weight(s >> 16), Self.weight(s), Self.weight(sp[2 &* i &+ 1]), 0)
        }
    }

    /// `score` for a dense model; `found` holds 2 × `n` words.
    @inline(__always)
    func scoreDense(_ keys: UnsafePointer<UInt64>, _ n: Int, _ scores: UnsafeMutablePointer<Int32>, _ sp: UnsafePointer<UInt64>,
                    _ found: UnsafeMutablePointer<UInt64>) {
        let cap = capacity, cap64 = UInt64(truncatingIfNeeded: capacity)
        var f = 0
        while f < n {
            let i = Int(truncatingIfNeeded: (UInt64(Self.short(keys[f])) &* cap64) >> 32)
            found[2 &* f] = sp[2 &* i]
            found[2 &* f &+ 1] = UInt64(truncatingIfNeeded: i)
            f &+= 1
        }
        let c = classes
        if c == 3 {
            // the parser's transitions: sums in registers, one store at the end
            var a0: Int32 = 0, a1: Int32 = 0, a2: Int32 = 0
            f = 0
            while f < n {
                // keys ascend along a run: stop at the key or the first larger one (an empty
                // slot counts as the largest)
                let fp = UInt64(Self.short(keys[f])) &- 1
                var s = found[2 &* f]
                var i = Int(truncatingIfNeeded: found[2 &* f &+ 1])
                while (s >> 32) &- 1 < fp {
                    i &+= 1
                    if i == cap { i = 0 }
                    s = sp[2 &* i]
                }
                if (s >> 32) &- 1 == fp {
                    a0 &+= Self.weight(s >> 16)
                    a1 &+= Self.weight(s)
                    a2 &+= Self.weight(sp[2 &* i &+ 1])
                }
                f &+= 1
            }
            scores[0] &+= a0
            scores[1] &+= a1
            scores[2] &+= a2
            return
        }
        for f in 0..<n {
            let fp = UInt64(Self.short(keys[f])) &- 1
            var s = found[2 &* f]
            var i = Int(truncatingIfNeeded: found[2 &* f &+ 1])
            while (s >> 32) &- 1 < fp {
                i &+= 1
                if i == cap { i = 0 }
                s = sp[2 &* i]
            }
            guard (s >> 32) &- 1 == fp else { continue }
            scores[0] &+= Self.weight(s >> 16)
            if c > 1 { scores[1] &+= Self.weight(s) }
            if c > 2 {
                let t = sp[2 &* i &+ 1]
                scores[2] &+= Self.weight(t)
                if c > 3 { scores[3] &+= Self.weight(t >> 16) }
                if c > 4 { scores[4] &+= Self.weight(t >> 32) }
                if c > 5 { scores[5] &+= Self.weight(t >> 48) }
            }
        }
    }

    /// `score` for a sparse model; `found` holds 3 × `n` words.
    @inline(__always)
    func scoreSparse(_ keys: UnsafePointer<UInt64>, _ n: Int, _ scores: UnsafeMutablePointer<Int32>, _ sp: UnsafePointer<UInt64>,
                     _ found: UnsafeMutablePointer<UInt64>, _ ep: UnsafePointer<UInt32>?, _ rp: UnsafePointer<Int32>?) {
        let cap = capacity, cap64 = UInt64(truncatingIfNeeded: capacity)
        var f = 0
        while f < n {
            let i = Int(truncatingIfNeeded: (UInt64(Self.short(keys[f])) &* cap64) >> 32)
            found[2 &* f] = sp[i]
            found[2 &* f &+ 1] = UInt64(truncatingIfNeeded: i)
            f &+= 1
        }
        // probing: the slots of features with entries go to found[0..<ne], the row offsets
        // of features with rows to found[2n..<2n + nr] (writes never pass the reads)
        var ne = 0, nr = 0
        let rowList = found + 2 &* n
        let rs = rowStride
        f = 0
        while f < n {
            let fp = UInt64(Self.short(keys[f])) &- 1
            var s = found[2 &* f]
            var i = Int(truncatingIfNeeded: found[2 &* f &+ 1])
            while (s >> 32) &- 1 < fp {
                i &+= 1
                if i == cap { i = 0 }
                s = sp[i]
            }
            if (s >> 32) &- 1 == fp {
                if s & 0xFF == 0 {
                    rowList[nr] = ((s >> 8) & 0xFF_FFFF) &* UInt64(truncatingIfNeeded: rs)
                    nr &+= 1
                } else {
                    found[ne] = s
                    ne &+= 1
                }
            }
            f &+= 1
        }
        f = 0
        while f < ne {
            let s = found[f]
            var e = Int(truncatingIfNeeded: (s >> 8) & 0xFF_FFFF)
            let end = e &+ Int(truncatingIfNeeded: s & 0xFF)
            while e < end {
                let v = ep![e]
                scores[Int(truncatingIfNeeded: v >> 16)] &+= Int32(Int16(truncatingIfNeeded: v))
                e &+= 1
            }
            f &+= 1
        }
        guard nr > 0, let rp else { return }
        // the rows: eight classes at a time, summed over every row in registers
        let c = classes, vectors = c / 8
        let sr = UnsafeMutableRawPointer(scores), rr = UnsafeRawPointer(rp)
        var j = 0
        while j < vectors {
            var acc = sr.loadUnaligned(fromByteOffset: 32 &* j, as: SIMD8<Int32>.self)
            var r = 0
            while r < nr {
                acc &+= rr.loadUnaligned(fromByteOffset: 4 &* Int(truncatingIfNeeded: rowList[r]) &+ 32 &* j, as: SIMD8<Int32>.self)
                r &+= 1
            }
            sr.storeBytes(of: acc, toByteOffset: 32 &* j, as: SIMD8<Int32>.self)
            j &+= 1
        }
        var k = 8 &* vectors
        while k < c {
            var a = scores[k]
            var r = 0
            while r < nr {
                a &+= rp[Int(truncatingIfNeeded: rowList[r]) &+ k]
                r &+= 1
            }
            scores[k] = a
            k &+= 1
        }
    }

    /// The first class with the highest of `c` scores (`c` ≥ 1): the same class as a scan
    /// that keeps the first maximum, with the maximum found eight classes at a time.
    @inline(__always)
    public static func argmax(_ s: UnsafePointer<Int32>, _ c: Int) -> Int {
        let raw = UnsafeRawPointer(s)
        var best = Int32.min
        var j = 0
        if c >= 8 {
            var m = raw.loadUnaligned(as: SIMD8<Int32>.self)
            j = 8
            while j &+ 8 <= c {
                let v = raw.loadUnaligned(fromByteOffset: 4 &* j, as: SIMD8<Int32>.self)
                m.replace(with: v, where: v .> m)
                j &+= 8
            }
            best = m.max()
        }
        while j < c { if s[j] > best { best = s[j] }; j &+= 1 }
        j = 0
        let b = SIMD8<Int32>(repeating: best)
        while j &+ 8 <= c {
            if any(raw.loadUnaligned(fromByteOffset: 4 &* j, as: SIMD8<Int32>.self) .== b) { break }
            j &+= 8
        }
        while s[j] != best { j &+= 1 }
        return j
    }

    static let magic: UInt32 = 0x4D4C_4843  // "CHLM"

    /// The features in key order: stored key, then (class, weight) entries, read back from the
    /// table (a model keeps only its table in memory).
    func features() -> (keys: [UInt32], counts: [UInt8], entries: [UInt32]) {
        let stride = dense ? 2 : 1
        var found: [(UInt32, Int)] = []
        found.reserveCapacity(featureCount)
        for i in 0..<capacity where slots[stride * i] != 0 { found.append((UInt32(truncatingIfNeeded: slots[stride * i] >> 32), i)) }
        found.sort { $0.0 < $1.0 }
        var keys: [UInt32] = [], counts: [UInt8] = [], out: [UInt32] = []
        for (k, i) in found {
            keys.append(k)
            if dense {
                let s = slots[2 * i], t = slots[2 * i + 1]
                let w = [s >> 16, s, t, t >> 16, t >> 32, t >> 48].map { UInt16(truncatingIfNeeded: $0) }
                var n: UInt8 = 0
                for c in 0..<classes where w[c] != 0 { out.append(UInt32(c) << 16 | UInt32(w[c])); n += 1 }
                counts.append(n)
            } else {
                let s = slots[i]
                let start = Int((s >> 8) & 0xFF_FFFF), n = Int(s & 0xFF)
                if n == 0 {
                    var m: UInt8 = 0
                    for c in 0..<classes where rows[start * rowStride + c] != 0 {
                        out.append(UInt32(c) << 16 | UInt32(UInt16(truncatingIfNeeded: rows[start * rowStride + c])))
                        m += 1
                    }
                    counts.append(m)
                } else {
                    out.append(contentsOf: entries[start..<start + n])
                    counts.append(UInt8(n))
                }
            }
        }
        return (keys, counts, out)
    }

    /// The model as bytes (little-endian): magic, classes, feature count, entry count, then
    /// the features' keys (ascending), their entry counts and their entries, each an array
    /// as it lies in memory. The slot table is rebuilt when the model is read (one pass over
    /// the keys): half the bytes of storing it.
    public func serialized() -> [UInt8] {
        let (keys, counts, out) = features()
        var w = ByteWriter()
        w.u32(Self.magic)
        w.u32(UInt32(classes))
        w.u32(UInt32(keys.count))
        w.u32(UInt32(out.count))
        w.u32s(keys)
        w.bytes(counts)
        w.u32s(out)
        return w.data
    }

    /// Reads a model written by `serialized()`: each array in one copy, checked in one pass
    /// (keys ascending and non-zero, counts adding up, classes in range), then the table.
    public init(reading r: inout ByteReader) throws {
        guard try r.u32() == Self.magic else { throw r.error("not a Chronicle linear model") }
        let classes = Int(try r.u32())
        let n = Int(try r.u32()), m = Int(try r.u32())
        guard n < 1 << 24, m < 1 << 24, classes > 0, classes <= 65535 else { throw r.error("model too large") }
        let keys = try r.u32s(n)
        let counts = try r.bytes(n)
        let entries = try r.u32s(m)
        var sum = 0, ordered = true, inRange = true
        var last: UInt32 = 0
        for i in 0..<n {
            sum += Int(counts[i])
            if keys[i] <= last { ordered = false }
            last = keys[i]
        }
        for e in entries where Int(e >> 16) >= classes { inRange = false }
        guard sum == m, ordered, inRange else { throw r.error("inconsistent model") }
        self.init(classes: classes, ascendingKeys: keys, counts: counts, entries: entries)
    }
}

/// Writes little-endian integers and strings into a byte array.
public struct ByteWriter: Sendable {
    public var data: [UInt8] = []
    public init() {}
    public mutating func u8(_ v: UInt8) { data.append(v) }
    public mutating func u16(_ v: UInt16) { data.append(UInt8(v & 0xFF)); data.append(UInt8(v >> 8)) }
    public mutating func u32(_ v: UInt32) { for s in stride(from: 0, to: 32, by: 8) { data.append(UInt8((v >> UInt32(s)) & 0xFF)) } }
    public mutating func u64(_ v: UInt64) { for s in stride(from: 0, to: 64, by: 8) { data.append(UInt8((v >> UInt64(s)) & 0xFF)) } }
    public mutating func bytes(_ b: [UInt8]) { data += b }
    public mutating func string(_ s: String) { let u = Array(s.utf8); u32(UInt32(u.count)); data += u }
    public mutating func strings(_ ss: [String]) { u32(UInt32(ss.count)); for s in ss { string(s) } }
    /// The values as little-endian bytes, in one copy.
    public mutating func u64s(_ vs: [UInt64]) {
        #if _endian(little)
        vs.withUnsafeBytes { data.append(contentsOf: $0) }
        #else
        for v in vs { u64(v) }
        #endif
    }
    public mutating func u32s(_ vs: [UInt32]) {
        #if _endian(little)
        vs.withUnsafeBytes { data.append(contentsOf: $0) }
        #else
        for v in vs { u32(v) }
        #endif
    }
}

/// Reads what `ByteWriter` wrote; every read checks the bounds.
public struct ByteReader {
    let data: [UInt8]
    var at = 0
    let name: String
    public init(_ data: [UInt8], name: String) { self.data = data; self.name = name }
    func error(_ m: String) -> ChronicleError { .badInput(path: name, message: "\(m) at byte \(at)") }
    mutating func need(_ n: Int) throws { if n < 0 || at + n > data.count { throw error("truncated") } }
    public mutating func u8() throws -> UInt8 { try need(1); at += 1; return data[at - 1] }
    public mutating func u16() throws -> UInt16 { try need(2); at += 2; return UInt16(data[at - 2]) | UInt16(data[at - 1]) << 8 }
    public mutating func u32() throws -> UInt32 {
        try need(4)
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(data[at + i]) << UInt32(8 * i) }
        at += 4
        return v
    }
    public mutating func u64() throws -> UInt64 {
        try need(8)
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(data[at + i]) << UInt64(8 * i) }
        at += 8
        return v
    }
    public mutating func bytes(_ n: Int) throws -> [UInt8] { try need(n); at += n; return Array(data[at - n..<at]) }
    /// `n` little-endian values, copied in bulk.
    mutating func bulk<T: FixedWidthInteger>(_ n: Int, _: T.Type) throws -> [T] {
        let size = MemoryLayout<T>.size
        guard n >= 0, n <= (data.count - at) / size else { throw error("truncated") }
        let out = [T](unsafeUninitializedCapacity: n) { buf, done in
            data.withUnsafeBytes { raw in
                if n > 0 { UnsafeMutableRawPointer(buf.baseAddress!).copyMemory(from: raw.baseAddress! + at, byteCount: n * size) }
            }
            done = n
        }
        at += n * size
        #if _endian(big)
        return out.map { T(littleEndian: $0) }
        #else
        return out
        #endif
    }
    public mutating func u32s(_ n: Int) throws -> [UInt32] { try bulk(n, UInt32.self) }
    public mutating func u64s(_ n: Int) throws -> [UInt64] { try bulk(n, UInt64.self) }
    public mutating func string() throws -> String {
        let n = Int(try u32())
        return String(decoding: try bytes(n), as: UTF8.self)
    }
    public mutating func strings() throws -> [String] {
        let n = Int(try u32())
        guard n < 1 << 24 else { throw error("too many strings") }
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }
}
