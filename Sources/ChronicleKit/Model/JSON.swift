/// A JSON value with ordered object keys, written deterministically.
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool { a.serialized() == b.serialized() }

    public static func str(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }
    public static func span(_ s: Span?) -> JSON { s.map { .array([.int($0.start), .int($0.end)]) } ?? .null }
    public static func strings(_ a: [String]) -> JSON { .array(a.map(JSON.string)) }

    /// Compact when `indent` is nil, else pretty with that many spaces; arrays of scalars stay on one line.
    public func serialized(indent: Int? = 1) -> String {
        var out = ""
        write(&out, indent: indent, level: 0)
        return out
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    private func write(_ out: inout String, indent: Int?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let a):
            if a.isEmpty { out += "[]"; return }
            if indent == nil || a.allSatisfy(\.isScalar) {
                out += "["
                for (k, v) in a.enumerated() {
                    if k > 0 { out += indent == nil ? "," : ", " }
                    v.write(&out, indent: indent, level: level + 1)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (k, v) in a.enumerated() {
                out += String(repeating: " ", count: (level + 1) * indent!)
                v.write(&out, indent: indent, level: level + 1)
                out += k + 1 < a.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: level * indent!) + "]"
        case .object(let o):
            if o.isEmpty { out += "{}"; return }
            if indent == nil || level >= 2 {
                out += "{"
                for (k, (key, v)) in o.enumerated() {
                    if k > 0 { out += indent == nil ? "," : ", " }
                    JSON.escape(key, into: &out)
                    out += indent == nil ? ":" : ": "
                    v.write(&out, indent: indent, level: level + 1)
                }
                out += "}"
                return
            }
            out += "{\n"
            for (k, (key, v)) in o.enumerated() {
                out += String(repeating: " ", count: (level + 1) * indent!)
                JSON.escape(key, into: &out)
                out += ": "
                v.write(&out, indent: indent, level: level + 1)
                out += k + 1 < o.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: level * indent!) + "}"
        }
    }

    /// Appends `s` as a JSON string: quotes, backslashes and control characters escaped, and
    /// U+2028/U+2029 too (JavaScript reads them as line ends). Most strings need no escape and
    /// are appended whole.
    static func escape(_ s: String, into out: inout String) {
        var copy = s
        let plain = copy.withUTF8 { bytes in !bytes.indices.contains { escape(endingAt: $0, in: bytes) != nil } }
        if plain {
            out += "\""
            out += s
            out += "\""
        } else {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.utf8.count + 16)
            escape(s, into: &bytes)
            out += String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Appends `s` as a JSON string to UTF-8 bytes (as `escape(_:into:)` for a string does): the
    /// bytes between escapes are appended in runs, found eight bytes at a time.
    static func escape(_ s: String, into out: inout [UInt8]) {
        var copy = s
        copy.withUTF8 { escape(utf8: $0, into: &out) }
    }

    /// Appends valid UTF-8 text as a JSON string (as `escape(_:into:)` appends a string of it).
    static func escape(utf8 bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) { escape(utf8: bytes, to: &out) }

    /// Appends valid UTF-8 text as a JSON string to any byte sink; tells whether the text has
    /// a byte past ASCII (text of ASCII only is valid UTF-8 as it is).
    @inline(__always) @discardableResult
    static func escape<Sink: ByteSink>(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout Sink) -> Bool {
        out.appendByte(0x22)
        let n = bytes.count
        var pending = 0  // the first byte not appended yet
        var k = 0
        var seen: UInt64 = 0  // the bits of every byte
        while k < n {
            // eight bytes, or the last few padded with spaces (which need no escape)
            let word: UInt64
            if k + 8 <= n {
                word = UnsafeRawPointer(bytes.baseAddress! + k).loadUnaligned(as: UInt64.self)
            } else if n >= 8 {
                // the last eight bytes, those before `k` (scanned already) made spaces
                let last = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + n - 8).loadUnaligned(as: UInt64.self))
                let kept: UInt64 = ~0 << (8 * UInt64(8 - (n - k)))
                word = last & kept | 0x2020_2020_2020_2020 & ~kept
            } else {
                var w: UInt64 = 0x2020_2020_2020_2020
                for j in k..<n { w = w & ~(0xFF << (8 * UInt64(j - k))) | UInt64(bytes[j]) << (8 * UInt64(j - k)) }
                word = w
            }
            seen |= word
            if !mayNeedEscape(word) {
                k += 8
                continue
            }
            for last in k..<min(k + 8, n) {
                guard let (escaped, width) = escape(endingAt: last, in: bytes) else { continue }
                // the bytes of a character before its last are never escapes: the run is whole
                out.appendBytes(UnsafeBufferPointer(rebasing: bytes[pending..<(last + 1 - width)]))
                var replacement = escaped
                replacement.withUTF8 { out.appendBytes($0) }
                pending = last + 1
            }
            k = min(k + 8, n)
        }
        if pending < n { out.appendBytes(UnsafeBufferPointer(rebasing: bytes[pending...])) }
        out.appendByte(0x22)
        return seen & 0x8080_8080_8080_8080 != 0
    }

    /// Whether any of the eight bytes of `word` may end a character that needs an escape: one
    /// below 0x20, a quote, a backslash, or 0xA8/0xA9 (U+2028/U+2029 end with them, as do a few
    /// other characters). Bit tricks test all eight at once, exactly.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let hasControl = (word &- ones &* 0x20) & ~word & highs != 0
        return hasControl || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
            || hasZeroByte((word & (ones &* 0xFE)) ^ (ones &* 0xA8))
    }

    /// The escape of the character whose last byte is `bytes[k]` and how many bytes it spans, or
    /// nil when it needs none.
    @inline(__always)
    private static func escape(endingAt k: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (String, Int)? {
        switch bytes[k] {
        case 0x22: return ("\\\"", 1)
        case 0x5C: return ("\\\\", 1)
        case 0x0A: return ("\\n", 1)
        case 0x0D: return ("\\r", 1)
        case 0x09: return ("\\t", 1)
        case 0xA8, 0xA9:
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9
            guard k >= 2, bytes[k - 2] == 0xE2, bytes[k - 1] == 0x80 else { return nil }
            return (bytes[k] == 0xA8 ? "\\u2028" : "\\u2029", 3)
        case let b where b < 0x20:
            let hex = String(b, radix: 16)
            return ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, 1)
        default:
            return nil
        }
    }
}

/// Where UTF-8 text is written byte by byte or in runs.
protocol ByteSink {
    mutating func appendByte(_ byte: UInt8)
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteSink where Element == UInt8 {
    mutating func appendByte(_ byte: UInt8) { append(byte) }
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}
