/// UTF-8 text written piece by piece into bytes. Appending to a `String` costs a few hundred
/// instructions a piece (it keeps its counts and flags up to date), to bytes about a copy: this
/// matters for answers of thousands of rows.
struct UTF8Output {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Appends a literal.
    mutating func append(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    mutating func append(_ s: String) {
        var copy = s
        copy.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ n: Int) { append(String(n)) }

    /// Appends `s` as a JSON string (`JSON.escape`).
    mutating func appendJSON(_ s: String) { JSON.escape(s, into: &bytes) }

    /// Appends valid UTF-8 text as a JSON string.
    mutating func appendJSON(utf8 text: UnsafeBufferPointer<UInt8>) { JSON.escape(utf8: text, into: &bytes) }

    /// The text (the bytes are valid UTF-8: they come from strings and literals).
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
