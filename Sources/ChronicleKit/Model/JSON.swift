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
        let plain = copy.withUTF8 { bytes in !bytes.indices.contains { k in escapeSequence(bytes, at: k) != nil } }
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
    /// bytes between escapes are appended in runs.
    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var copy = s
        copy.withUTF8 { bytes in
            var pending = 0  // the first byte not appended yet
            var k = 0
            while k < bytes.count {
                guard let (escaped, width) = escapeSequence(bytes, at: k) else {
                    k += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending..<k]))
                out.append(contentsOf: escaped.utf8)
                k += width
                pending = k
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending...]))
        }
        out.append(0x22)
    }

    /// The escape of the character that starts at `bytes[k]` and how many bytes it spans, or
    /// nil when it needs none (0xE2 starts U+2028/U+2029 and many characters that need none).
    @inline(__always)
    private static func escapeSequence(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> (String, Int)? {
        let b = bytes[k]
        guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 else { return nil }
        switch b {
        case 0x22: return ("\\\"", 1)
        case 0x5C: return ("\\\\", 1)
        case 0x0A: return ("\\n", 1)
        case 0x0D: return ("\\r", 1)
        case 0x09: return ("\\t", 1)
        case 0xE2:
            guard k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9 else { return nil }
            return (bytes[k + 2] == 0xA8 ? "\\u2028" : "\\u2029", 3)
        case let b:
            let hex = String(b, radix: 16)
            return ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, 1)
        }
    }
}
