extension String {
    /// A string made from Unicode scalars, written as UTF-8 directly (much faster than
    /// appending to a `String.UnicodeScalarView`).
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var bytes = 0
        for c in scalars {
            let v = c.value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        self.init(unsafeUninitializedCapacity: bytes) { buf in
            var k = 0
            for c in scalars {
                let v = c.value
                if v < 0x80 {
                    buf[k] = UInt8(v); k += 1
                } else if v < 0x800 {
                    buf[k] = UInt8(0xC0 | (v >> 6)); buf[k + 1] = UInt8(0x80 | (v & 0x3F)); k += 2
                } else if v < 0x10000 {
                    buf[k] = UInt8(0xE0 | (v >> 12)); buf[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buf[k + 2] = UInt8(0x80 | (v & 0x3F)); k += 3
                } else {
                    buf[k] = UInt8(0xF0 | (v >> 18)); buf[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buf[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[k + 3] = UInt8(0x80 | (v & 0x3F)); k += 4
                }
            }
            return k
        }
    }

    /// A string made from a slice of a scalar array: the same as the generic initializer, over
    /// the contiguous buffer (one tight pass when every scalar is ASCII).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        self = scalars.withUnsafeBufferPointer { src -> String in
            let n = src.count
            var ascii = true
            for c in src where c.value >= 0x80 { ascii = false; break }
            if ascii {
                return String(unsafeUninitializedCapacity: n) { buf in
                    for k in 0..<n { buf[k] = UInt8(truncatingIfNeeded: src[k].value) }
                    return n
                }
            }
            return String(scalars: src)
        }
    }

    /// `a + sep + b` (for a separator of one ASCII byte), written in one allocation.
    static func joined(_ a: String, _ sep: UInt8, _ b: String) -> String {
        var a = a, b = b
        return a.withUTF8 { pa in
            b.withUTF8 { pb in
                String(unsafeUninitializedCapacity: pa.count + 1 + pb.count) { buf in
                    let base = buf.baseAddress!
                    if pa.count > 0 { base.initialize(from: pa.baseAddress!, count: pa.count) }
                    base[pa.count] = sep
                    if pb.count > 0 { (base + pa.count + 1).initialize(from: pb.baseAddress!, count: pb.count) }
                    return pa.count + 1 + pb.count
                }
            }
        }
    }

    /// Whether the string is exactly the one ASCII character `byte` (no string comparison:
    /// `==` with a literal goes through Unicode comparison whenever the two differ).
    @inline(__always)
    func isByte(_ byte: UInt8) -> Bool { utf8.count == 1 && utf8.first == byte }

    /// Whether the UTF-8 form holds `byte` (over contiguous storage, without an iterator).
    func hasByte(_ byte: UInt8) -> Bool {
        var s = self
        return s.withUTF8 { $0.contains(byte) }
    }

    /// The Unicode scalars, decoded from contiguous UTF-8 in one pass (what
    /// `Array(unicodeScalars)` gives, without counting them first).
    var scalarArray: [Unicode.Scalar] {
        var s = self
        return s.withUTF8 { buf -> [Unicode.Scalar] in
            // (written in place: at most one scalar per byte; an ASCII byte is its scalar)
            [Unicode.Scalar](unsafeUninitializedCapacity: buf.count) { out, count in
                var i = 0, k = 0
                let n = buf.count
                while i < n {
                    let b0 = UInt32(buf[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        out[k] = Unicode.Scalar(UInt8(truncatingIfNeeded: b0))
                        k += 1
                        i += 1
                        continue
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(buf[i + 1] & 0x3F); i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(buf[i + 1] & 0x3F) << 6 | UInt32(buf[i + 2] & 0x3F); i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(buf[i + 1] & 0x3F) << 12 | UInt32(buf[i + 2] & 0x3F) << 6 | UInt32(buf[i + 3] & 0x3F); i += 4
                    }
                    out[k] = Unicode.Scalar(v)!
                    k += 1
                }
                count = k
            }
        }
    }

    /// The string without leading and trailing spaces and tabs (what the rule and lexicon
    /// files call whitespace), without Foundation.
    func trimmedSpaces() -> String {
        let u = utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, u[lo] == 32 || u[lo] == 9 { lo = u.index(after: lo) }
        while hi > lo { let p = u.index(before: hi); if u[p] == 32 || u[p] == 9 { hi = p } else { break } }
        if lo == u.startIndex && hi == u.endIndex { return self }
        return String(self[lo..<hi])
    }
}

extension Substring {
    func trimmedSpaces() -> String { String(self).trimmedSpaces() }
}

extension StringProtocol where SubSequence == Substring {
    /// Splits at an ASCII byte, comparing bytes rather than characters (so `\r\n` does not
    /// hide a `\n`, and no grapheme breaking is paid for).
    func splitBytes(_ separator: UInt8, omittingEmpty: Bool = false) -> [Substring] {
        var out: [Substring] = []
        let u = utf8
        // over contiguous bytes: find the separators' offsets in one tight loop, then step
        // the index by offsets (constant time on UTF-8 storage)
        let offsets: [Int]? = u.withContiguousStorageIfAvailable { buf in
            var found: [Int] = []
            for k in 0..<buf.count where buf[k] == separator { found.append(k) }
            return found
        }
        if let offsets {
            var start = u.startIndex
            var at = 0
            for k in offsets {
                let i = u.index(start, offsetBy: k - at)
                if !(omittingEmpty && start == i) { out.append(self[start..<i]) }
                start = u.index(after: i)
                at = k + 1
            }
            if !(omittingEmpty && start == u.endIndex) { out.append(self[start..<u.endIndex]) }
            return out
        }
        var start = u.startIndex
        var i = start
        while i < u.endIndex {
            if u[i] == separator {
                if !(omittingEmpty && start == i) { out.append(self[start..<i]) }
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        if !(omittingEmpty && start == u.endIndex) { out.append(self[start..<u.endIndex]) }
        return out
    }
}
