/// Deterministic 64-bit hashing of feature values and feature keys.
///
/// Swift's `Hasher` is seeded per process, so models and their feature keys use this instead:
/// FNV-1a over scalars for strings, a SplitMix64 finalizer to mix. Same input, same key, on
/// every machine and run, which is what makes a trained model file reproducible.
public enum FeatureHash {
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The SplitMix64 finalizer.
    @inline(__always) public static func mix(_ x0: UInt64) -> UInt64 {
        var x = x0 &+ 0x9E37_79B9_7F4A_7C15
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    /// One FNV-1a step over a scalar value.
    @inline(__always) public static func step(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of a string's scalars.
    public static func string(_ s: String) -> UInt64 {
        var h = seed
        for c in s.unicodeScalars { h = step(h, c.value) }
        return h
    }

    /// The key of template `t` with one value.
    @inline(__always) public static func key(_ t: UInt64, _ a: UInt64) -> UInt64 {
        mix(a ^ (t &* 0x9E37_79B9_7F4A_7C15))
    }

    /// The key of template `t` with two values.
    @inline(__always) public static func key(_ t: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(mix(a ^ (t &* 0x9E37_79B9_7F4A_7C15)) &+ b)
    }

    /// The key of template `t` with three values.
    @inline(__always) public static func key(_ t: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(mix(mix(a ^ (t &* 0x9E37_79B9_7F4A_7C15)) &+ b) &+ c)
    }
}

/// A small seeded PRNG (SplitMix64) for the training's shuffles and exploration.
public struct SeededRandom: Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A number in 0..<n.
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    /// A double in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
