/// The hashed views of one word that the tagger, the parser and the lemmatizer read: computed
/// once per word, so feature extraction only combines integers.
public struct WordHashes: Sendable {
    /// The form as written (curly quotes and apostrophes made straight).
    public var exact: UInt64 = 0
    /// The lowercase form.
    public var lower: UInt64 = 0
    /// The lowercase form, or a class for numbers ("1,000" and "2,500" share it).
    public var norm: UInt64 = 0
    /// Lowercase suffixes of 1...4 scalars.
    public var suf1: UInt64 = 0, suf2: UInt64 = 0, suf3: UInt64 = 0, suf4: UInt64 = 0, suf5: UInt64 = 0
    /// Lowercase prefixes of 1...3 scalars.
    public var pre1: UInt64 = 0, pre2: UInt64 = 0, pre3: UInt64 = 0
    /// The word's shape: X for uppercase, x for lowercase, d for digits, runs cut at 3.
    public var shape: UInt64 = 0
    /// Bit 0: first letter uppercase; bit 1: all letters uppercase; bit 2: has a digit;
    /// bit 3: has a hyphen; bit 4: has a letter.
    public var flags: UInt8 = 0
    /// Length in scalars, capped at 255.
    public var length: UInt8 = 0

    public init() {}

    /// The sentinel before and after a sentence.
    public static let boundary: WordHashes = {
        var w = WordHashes()
        let h = FeatureHash.string("<S>")
        w.exact = h; w.lower = h; w.norm = h; w.suf1 = h; w.suf2 = h; w.suf3 = h; w.suf4 = h; w.suf5 = h
        w.pre1 = h; w.pre2 = h; w.pre3 = h; w.shape = h
        return w
    }()

    /// Straight forms of curly quotes and apostrophes, which the treebanks mostly write straight.
    @inline(__always) static func normalize(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return 0x27
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB: return 0x22
        default: return v
        }
    }

    @inline(__always) static func lowercase(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        if v < 128 { return v >= 65 && v <= 90 ? v + 32 : v }
        if c.properties.isUppercase, let l = c.properties.lowercaseMapping.unicodeScalars.first { return l.value }
        return v
    }

    /// Hashes of a word given as scalars; `buffer` is scratch space reused between calls.
    public static func of<S: Sequence>(_ scalars: S, buffer: inout [UInt32]) -> WordHashes where S.Element == Unicode.Scalar {
        buffer.removeAll(keepingCapacity: true)
        var w = WordHashes()
        var exact = FeatureHash.seed, lower = FeatureHash.seed, shape = FeatureHash.seed
        var lastClass: UInt32 = 0, run = 0
        var upperFirst = false, anyLower = false, anyUpper = false, digit = false, hyphen = false, letter = false
        var n = 0
        for c0 in scalars {
            let v = normalize(c0.value)
            let c = Unicode.Scalar(v) ?? c0
            exact = FeatureHash.step(exact, v)
            let l = lowercase(c)
            lower = FeatureHash.step(lower, l)
            buffer.append(l)
            var cls: UInt32
            if v < 128 {
                if v >= 65 && v <= 90 { cls = 88; anyUpper = true; letter = true; if n == 0 { upperFirst = true } }
                else if v >= 97 && v <= 122 { cls = 120; anyLower = true; letter = true }
                else if v >= 48 && v <= 57 { cls = 100; digit = true }
                else { cls = v; if v == 45 { hyphen = true } }
            } else if c.properties.isAlphabetic {
                letter = true
                if c.properties.isUppercase { cls = 88; anyUpper = true; if n == 0 { upperFirst = true } } else { cls = 120; anyLower = true }
            } else { cls = 0x2A }
            if cls == lastClass { run += 1 } else { run = 1; lastClass = cls }
            if run <= 3 { shape = FeatureHash.step(shape, cls) }
            n += 1
        }
        w.exact = exact
        w.lower = lower
        w.shape = shape
        w.length = UInt8(min(n, 255))
        w.flags = (upperFirst ? 1 : 0) | (anyUpper && !anyLower ? 2 : 0) | (digit ? 4 : 0) | (hyphen ? 8 : 0) | (letter ? 16 : 0)
        w.norm = digit && !letter ? FeatureHash.mix(shape ^ 0x4E55_4D00) : lower
        let b = buffer
        affixes(&w, count: b.count) { b[$0] }
        return w
    }

    /// The suffix (1...5) and prefix (1...3) hashes of a lowercase form of `m` scalars, read
    /// by `at` (a short form repeats its whole hash in the longer ones).
    @inline(__always)
    static func affixes(_ w: inout WordHashes, count m: Int, _ at: (Int) -> UInt32) {
        var h = FeatureHash.seed
        var k = 0
        while k < 5 && k < m {
            h = FeatureHash.step(h, at(m - 1 - k))
            switch k { case 0: w.suf1 = h; case 1: w.suf2 = h; case 2: w.suf3 = h; case 3: w.suf4 = h; default: w.suf5 = h }
            k += 1
        }
        if m < 5 { w.suf5 = h; if m < 4 { w.suf4 = h }; if m < 3 { w.suf3 = h }; if m < 2 { w.suf2 = h } }
        h = FeatureHash.seed ^ 0x5052_4500
        k = 0
        while k < 3 && k < m {
            h = FeatureHash.step(h, at(k))
            switch k { case 0: w.pre1 = h; case 1: w.pre2 = h; default: w.pre3 = h }
            k += 1
        }
        if m < 3 { w.pre3 = h; if m < 2 { w.pre2 = h } }
    }

    /// Hashes of a word given as a string (ASCII words read byte by byte, with the same values;
    /// `buffer` is left as it was then).
    public static func of(_ s: String, buffer: inout [UInt32]) -> WordHashes {
        if let w = s.utf8.withContiguousStorageIfAvailable({ ascii($0) }), let w { return w }
        return of(s.unicodeScalars, buffer: &buffer)
    }

    /// `of(_:buffer:)` for a word of ASCII bytes (nil when a byte is not ASCII): no scalar
    /// decoding and no buffer, the lowercase bytes read in place.
    static func ascii(_ b: UnsafeBufferPointer<UInt8>) -> WordHashes? {
        var w = WordHashes()
        var exact = FeatureHash.seed, lower = FeatureHash.seed, shape = FeatureHash.seed
        var lastClass: UInt32 = 0, run = 0
        var upperFirst = false, anyLower = false, anyUpper = false, digit = false, hyphen = false, letter = false
        let m = b.count
        @inline(__always) func low(_ v: UInt32) -> UInt32 { v >= 65 && v <= 90 ? v + 32 : v }
        for n in 0..<m {
            let v = UInt32(b[n])
            if v >= 128 { return nil }
            exact = FeatureHash.step(exact, v)
            lower = FeatureHash.step(lower, low(v))
            var cls: UInt32
            if v >= 65 && v <= 90 { cls = 88; anyUpper = true; letter = true; if n == 0 { upperFirst = true } }
            else if v >= 97 && v <= 122 { cls = 120; anyLower = true; letter = true }
            else if v >= 48 && v <= 57 { cls = 100; digit = true }
            else { cls = v; if v == 45 { hyphen = true } }
            if cls == lastClass { run += 1 } else { run = 1; lastClass = cls }
            if run <= 3 { shape = FeatureHash.step(shape, cls) }
        }
        w.exact = exact
        w.lower = lower
        w.shape = shape
        w.length = UInt8(min(m, 255))
        w.flags = (upperFirst ? 1 : 0) | (anyUpper && !anyLower ? 2 : 0) | (digit ? 4 : 0) | (hyphen ? 8 : 0) | (letter ? 16 : 0)
        w.norm = digit && !letter ? FeatureHash.mix(shape ^ 0x4E55_4D00) : lower
        affixes(&w, count: m) { low(UInt32(b[$0])) }
        return w
    }
}
