/// An open-addressing table from 64-bit keys (never 0) to 64-bit values, built once and
/// read without allocation: the lemma and feature lookups of the syntax stage.
public struct KeyTable: Sendable {
    let mask: Int
    let keys: [UInt64]
    let values: [UInt64]

    /// A table of the pairs (keys must be distinct and non-zero).
    public init(_ pairs: [(UInt64, UInt64)]) {
        var cap = 16
        while cap < pairs.count * 2 { cap <<= 1 }
        mask = cap - 1
        var k = [UInt64](repeating: 0, count: cap), v = [UInt64](repeating: 0, count: cap)
        for (key, value) in pairs {
            var i = Int(truncatingIfNeeded: key) & (cap - 1)
            while k[i] != 0 && k[i] != key { i = (i + 1) & (cap - 1) }
            k[i] = key
            v[i] = value
        }
        keys = k
        values = v
    }

    @inline(__always) public func get(_ key: UInt64) -> UInt64? {
        keys.withUnsafeBufferPointer { kp in
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let k = kp[i]
                if k == key { return values[i] }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    /// A key made non-zero.
    @inline(__always) public static func nonZero(_ k: UInt64) -> UInt64 { k == 0 ? 1 : k }
}
