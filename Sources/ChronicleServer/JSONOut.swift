/// A compact JSON writer into UTF-8 bytes. Strings are escaped for JSON and, beyond that, `<`,
/// `>`, `&`, `'` and U+2028/2029 are written as `\u` escapes, so an article's text can never
/// close a tag or a script if a page ever put the JSON into HTML.
struct JSONOut {
    var bytes: [UInt8] = []
    /// Whether the next value in the current array or object needs a comma first.
    private var needsComma = false

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func comma() {
        if needsComma { bytes.append(0x2C) }
        needsComma = true
    }

    mutating func open(_ c: UInt8) {
        comma()
        bytes.append(c)
        needsComma = false
    }

    mutating func close(_ c: UInt8) {
        bytes.append(c)
        needsComma = true
    }

    mutating func objectStart() { open(0x7B) }
    mutating func objectEnd() { close(0x7D) }
    mutating func arrayStart() { open(0x5B) }
    mutating func arrayEnd() { close(0x5D) }

    /// A key of the current object (the value follows).
    mutating func key(_ k: String) {
        comma()
        JSONOut.string(k, into: &bytes)
        bytes.append(0x3A)
        needsComma = false
    }

    mutating func string(_ s: String?) {
        comma()
        guard let s else { bytes += Array("null".utf8); return }
        JSONOut.string(s, into: &bytes)
    }

    mutating func int(_ i: Int?) {
        comma()
        bytes += Array((i.map(String.init) ?? "null").utf8)
    }

    mutating func double(_ d: Double) {
        comma()
        bytes += Array((d.isFinite ? String(d) : "null").utf8)
    }

    mutating func bool(_ b: Bool?) {
        comma()
        bytes += Array((b.map { $0 ? "true" : "false" } ?? "null").utf8)
    }

    /// Already serialized JSON (a value).
    mutating func raw(_ json: [UInt8]) {
        comma()
        bytes += json
    }

    mutating func field(_ k: String, _ s: String?) { key(k); string(s) }
    mutating func field(_ k: String, _ i: Int?) { key(k); int(i) }
    mutating func field(_ k: String, _ b: Bool?) { key(k); bool(b) }
    mutating func field(_ k: String, _ d: Double) { key(k); double(d) }
    mutating func field(_ k: String, strings: [String]) {
        key(k)
        arrayStart()
        for s in strings { string(s) }
        arrayEnd()
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    static func string(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { u in
            var i = 0
            let n = u.count
            while i < n {
                let b = u[i]
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0x00..<0x20, 0x3C, 0x3E, 0x26, 0x27:
                    out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
                case 0xE2 where i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9):
                    // U+2028/U+2029: valid JSON, but a line end in older JavaScript
                    out += Array((u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 2
                default: out.append(b)
                }
                i += 1
            }
        }
        out.append(0x22)
    }
}
