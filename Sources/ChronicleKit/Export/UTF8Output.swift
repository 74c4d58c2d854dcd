/// UTF-8 text written piece by piece into bytes. Appending to a `String` costs a few hundred
/// instructions a piece (it keeps its counts and flags up to date), to an array of bytes a
/// hundred or two (its generic `append(contentsOf:)`), here about a copy: this matters for
/// answers of thousands of rows.
final class UTF8Output: ByteSink {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The bytes written.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// The text (the bytes are valid UTF-8: they come from strings, literals and checked bytes).
    var text: String { String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self) }

    /// Room for `n` more bytes.
    @inline(__always)
    private func reserve(_ n: Int) {
        guard count + n > capacity else { return }
        let grown = max(capacity * 2, count + n)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.update(from: storage, count: count)
        storage.deallocate()
        storage = moved
        capacity = grown
    }

    func appendByte(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage + count).update(from: from, count: bytes.count)
        count += bytes.count
    }

    /// Appends `byte` `n` times.
    func append(repeating byte: UInt8, count n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (storage + count).update(repeating: byte, count: n)
        count += n
    }

    /// Appends a literal.
    func append(_ s: StaticString) {
        appendBytes(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    func append(_ s: String) {
        var copy = s
        copy.withUTF8 { appendBytes($0) }
    }

    /// Appends a number in decimal (as `String(n)` writes it).
    func append(_ n: Int) {
        guard n >= 0 else { return append(String(n)) }
        var digits = 1, rest = n / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        reserve(digits)
        var v = n
        for k in stride(from: count + digits - 1, through: count, by: -1) {
            storage[k] = UInt8(0x30 + v % 10)
            v /= 10
        }
        count += digits
    }

    /// Forgets the bytes written from `start` on.
    func truncate(to start: Int) {
        precondition(start <= count)
        count = start
    }

    /// The bytes from `start`, `count` long (valid until the next append).
    func bytes(_ start: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage + start, count: count)
    }

    /// Appends `s` as a JSON string (`JSON.escape`).
    func appendJSON(_ s: String) {
        var copy = s
        copy.withUTF8 { appendJSON(utf8: $0) }
    }

    /// Appends valid UTF-8 text as a JSON string.
    func appendJSON(utf8 text: UnsafeBufferPointer<UInt8>) {
        var sink = self
        JSON.escape(utf8: text, to: &sink)
    }

    /// Appends a row text as a JSON string: its bytes when they are valid UTF-8 (checked only
    /// past ASCII), else the string they make.
    func appendJSON(_ text: RowText) {
        text.withUTF8 { bytes in
            let start = count
            var sink = self
            guard JSON.escape(utf8: bytes, to: &sink), !UTF8Check.isValid(bytes) else { return }
            truncate(to: start)
            appendJSON(String(decoding: bytes, as: UTF8.self))
        }
    }
}
