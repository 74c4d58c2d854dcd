import Foundation

/// A trained linear classifier in compact form: the averaged perceptron's weights, pruned
/// and quantized to Int16, behind an open-addressing table of feature keys.
///
/// A feature is stored under the high 32 bits of its 64-bit key (features whose keys share
/// them are merged when the model is made: a few dozen in a million). A slot is one UInt64:
/// those 32 bits, then the first entry (24 bits) and the entry count (8 bits). An entry is one UInt32: class (high 16 bits) and weight (low
/// 16). Scoring a feature is one probe and a run of adds into Int32 scores: no dictionary,
/// no allocation, no floating point.
public struct LinearModel: Sendable {
    public let classes: Int
    let mask: Int
    let slots: [UInt64]
    let entries: [UInt32]
    /// The features in key order with their entries, as stored in the file.
    public var featureCount: Int { featureKeys.count }
    let featureKeys: [UInt32]
    let featureCounts: [UInt8]

    /// The stored key of a feature key: its high 32 bits, never 0.
    @inline(__always) public static func short(_ k: UInt64) -> UInt32 {
        let f = UInt32(truncatingIfNeeded: k >> 32)
        return f == 0 ? 1 : f
    }

    /// A model from features sorted by (short, distinct) key, each with its (class, weight) entries.
    public init(classes: Int, keys: [UInt32], counts: [UInt8], entries: [UInt32]) {
        self.classes = classes
        featureKeys = keys
        featureCounts = counts
        self.entries = entries
        var cap = 16
        while cap < keys.count * 2 { cap <<= 1 }
        mask = cap - 1
        var slots = [UInt64](repeating: 0, count: cap)
        var start = 0
        for (i, k) in keys.enumerated() {
            var j = Int(k) & (cap - 1)
            while slots[j] != 0 { j = (j + 1) & (cap - 1) }
            slots[j] = (UInt64(k) << 32) | (UInt64(start) << 8) | UInt64(counts[i])
            start += Int(counts[i])
        }
        self.slots = slots
    }

    /// Adds the weights of `n` features to `scores` (one Int32 per class).
    ///
    /// In three passes, so that the memory loads of different features overlap instead of
    /// waiting for each other: the first slot of every feature, then the probing (rarely more
    /// than one step), then the entries.
    @inline(__always)
    public func score(_ keys: UnsafePointer<UInt64>, _ n: Int, _ scores: UnsafeMutablePointer<Int32>) {
        slots.withUnsafeBufferPointer { sp in
            entries.withUnsafeBufferPointer { ep in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { found in
                    let m = mask
                    for f in 0..<n { found[f] = sp[Int(Self.short(keys[f])) & m] }
                    for f in 0..<n {
                        let fp = UInt64(Self.short(keys[f]))
                        var s = found[f]
                        var i = Int(fp) & m
                        while s != 0 && s >> 32 != fp {
                            i = (i + 1) & m
                            s = sp[i]
                        }
                        found[f] = s
                    }
                    for f in 0..<n {
                        let s = found[f]
                        let start = Int((s >> 8) & 0xFF_FFFF), end = start + Int(s & 0xFF)
                        var e = start
                        while e < end {
                            let v = ep[e]
                            scores[Int(v >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: v)))
                            e += 1
                        }
                    }
                }
            }
        }
    }

    static let magic: UInt32 = 0x4D4C_4843  // "CHLM"

    /// The model as bytes (little-endian): magic, classes, feature count, keys, counts, entries.
    public func serialized() -> [UInt8] {
        var w = ByteWriter()
        w.u32(Self.magic)
        w.u32(UInt32(classes))
        w.u32(UInt32(featureKeys.count))
        w.u32(UInt32(entries.count))
        for k in featureKeys { w.u32(k) }
        w.bytes(featureCounts)
        for e in entries { w.u32(e) }
        return w.data
    }

    /// Reads a model written by `serialized()`.
    public init(reading r: inout ByteReader) throws {
        guard try r.u32() == Self.magic else { throw r.error("not a Chronicle linear model") }
        let classes = Int(try r.u32())
        let n = Int(try r.u32()), m = Int(try r.u32())
        guard n < 1 << 24, m < 1 << 24, classes <= 65535 else { throw r.error("model too large") }
        let keys = try r.u32s(n)
        let counts = try r.bytes(n)
        let entries = try r.u32s(m)
        guard counts.reduce(0, { $0 + Int($1) }) == m, !keys.contains(0), zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }), entries.allSatisfy({ Int($0 >> 16) < classes }) else {
            throw r.error("inconsistent model")
        }
        self.init(classes: classes, keys: keys, counts: counts, entries: entries)
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
    public mutating func u32s(_ n: Int) throws -> [UInt32] {
        try need(4 * n)
        var out = [UInt32](repeating: 0, count: n)
        data.withUnsafeBytes { raw in
            for i in 0..<n { out[i] = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + 4 * i, as: UInt32.self)) }
        }
        at += 4 * n
        return out
    }
    public mutating func u64s(_ n: Int) throws -> [UInt64] {
        try need(8 * n)
        var out = [UInt64](repeating: 0, count: n)
        data.withUnsafeBytes { raw in
            for i in 0..<n { out[i] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8 * i, as: UInt64.self)) }
        }
        at += 8 * n
        return out
    }
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
