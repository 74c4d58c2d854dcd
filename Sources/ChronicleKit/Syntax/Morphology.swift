/// Lemmas and morphological features: a lookup of (form, tag) pairs seen in training, then,
/// for other words, the lemma rule of the longest known (suffix, tag) and the features most
/// often seen with the tag. Learned from the treebank by `SyntaxTrainer`.
public struct Morphology: Sendable {
    /// Lemma strings the lookup refers to.
    public let lemmas: [String]
    /// FEATS strings ("_" is the empty set).
    public let feats: [String]
    /// (lowercase form, tag class) → lemma id (high 32 bits; all ones: the form itself) and
    /// feats id (low 32 bits).
    let known: KeyTable
    /// (suffix, tag class, suffix length) → rule id.
    let suffixRules: KeyTable
    /// Rules: scalars to strip from the end, and what to append.
    public let ruleStrip: [UInt8]
    public let ruleAppend: [String]
    /// The feats of an unknown word of each tag class.
    public let defaultFeats: [UInt32]
    /// Whether a tag class is a proper noun (its lemma keeps the case of the form).
    public let properClass: [Bool]

    public static let sameAsForm: UInt64 = 0xFFFF_FFFF

    public init(lemmas: [String], feats: [String], known: [(UInt64, UInt64)], suffixRules: [(UInt64, UInt64)],
                ruleStrip: [UInt8], ruleAppend: [String], defaultFeats: [UInt32], properClass: [Bool]) {
        self.lemmas = lemmas
        self.feats = feats
        self.known = KeyTable(known)
        self.suffixRules = KeyTable(suffixRules)
        self.ruleStrip = ruleStrip
        self.ruleAppend = ruleAppend
        self.defaultFeats = defaultFeats
        self.properClass = properClass
    }

    @inline(__always) public static func knownKey(_ lower: UInt64, _ tag: Int) -> UInt64 {
        KeyTable.nonZero(FeatureHash.key(300, lower, UInt64(tag)))
    }
    @inline(__always) public static func suffixKey(_ suffix: UInt64, _ tag: Int, _ length: Int) -> UInt64 {
        KeyTable.nonZero(FeatureHash.key(301 + UInt64(length), suffix, UInt64(tag)))
    }

    /// The feats id of a word.
    @inline(__always) public func featsId(_ w: WordHashes, _ tag: Int) -> Int {
        if let v = known.get(Self.knownKey(w.lower, tag)) { return Int(v & 0xFFFF_FFFF) }
        return tag < defaultFeats.count ? Int(defaultFeats[tag]) : 0
    }

    /// The lemma of a word with its form and tag class.
    public func lemma(_ form: String, _ w: WordHashes, _ tag: Int) -> String { lemmaAndFeats(form, w, tag).lemma }

    /// The lemma and feats id of a word with its form and tag class: one lookup of the pair
    /// for both.
    public func lemmaAndFeats(_ form: String, _ w: WordHashes, _ tag: Int) -> (lemma: String, feats: Int) {
        let proper = tag < properClass.count && properClass[tag]
        if let v = known.get(Self.knownKey(w.lower, tag)) {
            let feats = Int(v & 0xFFFF_FFFF)
            let id = v >> 32
            if id == Self.sameAsForm { return (proper ? form : Self.lower(form), feats) }
            let l = lemmas[Int(id)]
            // a proper noun keeps the case it is written in when the lemma is just its form
            if proper && l.lowercased() == Self.lower(form).lowercased() { return (form, feats) }
            return (l, feats)
        }
        let feats = tag < defaultFeats.count ? Int(defaultFeats[tag]) : 0
        let base = proper ? form : Self.lower(form)
        let n = Int(w.length)
        for k in stride(from: min(5, n), through: 1, by: -1) {
            let suf: UInt64
            switch k { case 1: suf = w.suf1; case 2: suf = w.suf2; case 3: suf = w.suf3; case 4: suf = w.suf4; default: suf = w.suf5 }
            if let r = suffixRules.get(Self.suffixKey(suf, tag, k)) {
                return (Self.apply(base, strip: Int(ruleStrip[Int(r)]), append: ruleAppend[Int(r)]), feats)
            }
        }
        return (base, feats)
    }

    /// The form with straight quotes, lowercased (ASCII fast path).
    public static func lower(_ s: String) -> String {
        var ascii = true, upper = false, curly = false
        for b in s.utf8 {
            if b >= 128 { ascii = false; break }
            if b >= 65 && b <= 90 { upper = true }
        }
        if ascii { return upper ? s.lowercased() : s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            let v = WordHashes.normalize(c.value)
            if v != c.value { curly = true }
            out.append(Unicode.Scalar(v) ?? c)
        }
        let t = curly ? String(out) : s
        return t.lowercased()
    }

    /// Strips `strip` scalars from the end and appends `append`.
    public static func apply(_ s: String, strip: Int, append: String) -> String {
        // the common case: the scalars to strip are ASCII, so they are the last bytes
        var s = s
        let fast: String? = s.withUTF8 { b in
            let n = b.count
            guard strip <= n else { return nil }
            var i = n - strip
            while i < n { if b[i] >= 0x80 { return nil }; i += 1 }
            var a = append
            if n - strip + a.utf8.count == 0 { return "" }
            return a.withUTF8 { ab in
                String(unsafeUninitializedCapacity: n - strip + ab.count) { out in
                    let keep = n - strip
                    if keep > 0 { UnsafeMutableRawPointer(out.baseAddress!).copyMemory(from: b.baseAddress!, byteCount: keep) }
                    if ab.count > 0 { UnsafeMutableRawPointer(out.baseAddress! + keep).copyMemory(from: ab.baseAddress!, byteCount: ab.count) }
                    return keep + ab.count
                }
            }
        }
        if let fast { return fast }
        let u = s.unicodeScalars
        guard strip <= u.count else { return s }
        var out = String.UnicodeScalarView(u.prefix(u.count - strip))
        out.append(contentsOf: append.unicodeScalars)
        return String(out)
    }

    func write(_ w: inout ByteWriter, known pairs: [(UInt64, UInt64)], suffix rules: [(UInt64, UInt64)]) {
        w.strings(lemmas)
        w.strings(feats)
        w.u32(UInt32(pairs.count))
        for (k, v) in pairs { w.u64(k); w.u64(v) }
        w.u32(UInt32(rules.count))
        for (k, v) in rules { w.u64(k); w.u64(v) }
        w.u32(UInt32(ruleStrip.count))
        w.bytes(ruleStrip)
        w.strings(ruleAppend)
        w.u32(UInt32(defaultFeats.count))
        for f in defaultFeats { w.u32(f) }
        w.bytes(properClass.map { $0 ? 1 : 0 })
    }

    static func read(_ r: inout ByteReader) throws -> Morphology {
        let lemmas = try r.strings(), feats = try r.strings()
        func pairs() throws -> [(UInt64, UInt64)] {
            let n = Int(try r.u32())
            guard n < 1 << 24 else { throw r.error("table too large") }
            let flat = try r.u64s(2 * n)
            return (0..<n).map { (flat[2 * $0], flat[2 * $0 + 1]) }
        }
        let known = try pairs(), rules = try pairs()
        let nr = Int(try r.u32())
        let strip = try r.bytes(nr)
        let append = try r.strings()
        let nd = Int(try r.u32())
        let defaults = try r.u32s(nd)
        let proper = try r.bytes(nd).map { $0 != 0 }
        guard append.count == nr, known.allSatisfy({ ($0.1 >> 32 == sameAsForm || Int($0.1 >> 32) < lemmas.count) && Int($0.1 & 0xFFFF_FFFF) < feats.count }),
              rules.allSatisfy({ Int($0.1) < nr }), defaults.allSatisfy({ Int($0) < feats.count }) else {
            throw r.error("inconsistent morphology tables")
        }
        return Morphology(lemmas: lemmas, feats: feats, known: known, suffixRules: rules, ruleStrip: strip, ruleAppend: append,
                          defaultFeats: defaults, properClass: proper)
    }
}
