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

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        // most strings need no escape: append them whole (0xE2 starts U+2028/U+2029)
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0xE2 }) {
            out += s
            out += "\""
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
