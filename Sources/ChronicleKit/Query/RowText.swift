import Foundation

/// The UTF-8 bytes of the long texts of one query answer (ids, texts, sentences), one after
/// another in chunks. Its rows point into them (`RowText`): a `String` per text, made and
/// checked as a query reads the store, was a fifth of the time of a query over all 15k
/// statements of PolNeAR train; the formatters write the bytes out as they are, and a `String`
/// is only made for code that asks for one.
final class TextBuffer {
    private var chunk: TextChunk

    /// Bytes per chunk (below the size from which `malloc` maps fresh memory); a longer text
    /// has a chunk of its own.
    static let chunkSize = 64 << 10

    init() { chunk = TextChunk(capacity: TextBuffer.chunkSize) }

    /// Appends text from the store as it is (valid UTF-8 or not), and gives the row text for it.
    func append(_ text: UnsafeBufferPointer<UInt8>) -> RowText {
        if chunk.count + text.count > chunk.capacity {
            chunk = TextChunk(capacity: max(TextBuffer.chunkSize, text.count))
        }
        return chunk.append(text)
    }
}

/// Bytes of a `TextBuffer`: only appended, while an answer is read and before its rows are handed
/// out, never changed after.
final class TextChunk: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<UInt8>
    let capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        precondition(capacity <= Int(UInt32.max), "a text of over 4 GB")
        self.capacity = capacity
        storage = .allocate(capacity: max(capacity, 1))
    }

    deinit { storage.deallocate() }

    /// The bytes from `start`, `count` long.
    func bytes(_ start: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage + start, count: count)
    }

    /// Appends bytes that fit.
    fileprivate func append(_ text: UnsafeBufferPointer<UInt8>) -> RowText {
        let start = count
        if let from = text.baseAddress, !text.isEmpty { (storage + count).update(from: from, count: text.count) }
        count += text.count
        return RowText(self, start: UInt32(start), count: UInt32(text.count))
    }
}

/// A text of a query row: a `String`, or bytes in its answer's `TextBuffer`, as the store has
/// them. The text is what `String(decoding:as: UTF8.self)` makes of the bytes (as GRDB reads
/// text): `string` makes that, and the writers of bytes check that the bytes are valid UTF-8
/// (they nearly always are: Chronicle writes its texts from strings) and else write the string.
struct RowText: Sendable, Equatable {
    private enum Storage: Sendable {
        case string(String)
        case buffer(TextChunk, start: UInt32, count: UInt32)
    }

    private var storage: Storage

    init(_ string: String) { storage = .string(string) }

    fileprivate init(_ buffer: TextChunk, start: UInt32, count: UInt32) {
        storage = .buffer(buffer, start: start, count: count)
    }

    /// The text as a string (made anew for text in a buffer).
    var string: String {
        switch storage {
        case .string(let s): return s
        case .buffer: return withUTF8 { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Calls `body` with the text's bytes (valid UTF-8 or not: see `withValidUTF8`).
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .string(var s):
            return try s.withUTF8(body)
        case .buffer(let buffer, let start, let count):
            return try withExtendedLifetime(buffer) { try body(buffer.bytes(Int(start), Int(count))) }
        }
    }

    /// Calls `body` with the text as valid UTF-8 bytes: its bytes when they are valid, else the
    /// bytes of `string`.
    func withValidUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var result: R?
        let valid = try withUTF8 { bytes -> Bool in
            guard UTF8Check.isValid(bytes) else { return false }
            result = try body(bytes)
            return true
        }
        if valid, let result { return result }
        var repaired = string
        return try repaired.withUTF8(body)
    }

    /// Whether the text is these bytes.
    func hasBytes(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        withUTF8 { $0.count == other.count && ($0.isEmpty || memcmp($0.baseAddress!, other.baseAddress!, $0.count) == 0) }
    }

    /// Equal as strings are (canonical equivalence).
    static func == (a: RowText, b: RowText) -> Bool { a.string == b.string }
}

/// UTF-8 validation, eight bytes at a time over ASCII.
enum UTF8Check {
    /// Whether `bytes` are valid UTF-8 (what `String(decoding:as:)` keeps unchanged): no
    /// overlong forms, no surrogates, nothing past U+10FFFF.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var k = 0
        while k < n {
            // ASCII runs, 32 then 8 bytes at a time
            let high: UInt64 = 0x8080_8080_8080_8080
            while k + 32 <= n, (raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: k + 8, as: UInt64.self)
                                | raw.loadUnaligned(fromByteOffset: k + 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: k + 24, as: UInt64.self)) & high == 0 {
                k += 32
            }
            if k == n { break }
            if k + 8 <= n, raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) & high == 0 {
                k += 8
                continue
            }
            let b = base[k]
            if b < 0x80 {
                k += 1
                continue
            }
            func continuation(_ j: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool { j < n && range.contains(base[j]) }
            switch b {
            case 0xC2...0xDF:
                guard continuation(k + 1) else { return false }
                k += 2
            case 0xE0...0xEF:
                let second: ClosedRange<UInt8> = b == 0xE0 ? 0xA0...0xBF : b == 0xED ? 0x80...0x9F : 0x80...0xBF
                guard continuation(k + 1, second), continuation(k + 2) else { return false }
                k += 3
            case 0xF0...0xF4:
                let second: ClosedRange<UInt8> = b == 0xF0 ? 0x90...0xBF : b == 0xF4 ? 0x80...0x8F : 0x80...0xBF
                guard continuation(k + 1, second), continuation(k + 2), continuation(k + 3) else { return false }
                k += 4
            default:
                return false
            }
        }
        return true
    }
}
