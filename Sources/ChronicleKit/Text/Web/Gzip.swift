import CLibDeflate
import Foundation

/// Reads gzip files (saved web pages, `.html.gz`) with libdeflate: the whole file in one read,
/// inflated in one call straight into one buffer sized from the gzip trailer (ISIZE), with the
/// CRC-32 checked. libdeflate inflates about twice as fast as zlib, and no chunked buffer
/// grows and is copied on the way. This is the only Swift file that imports CLibDeflate.
public enum Gzip {
    /// The decompressed bytes of a gzip file, all its members in order; a file that is not gzip
    /// (no gzip magic number) is returned as it is, as zlib's `gzread` does. A file that is
    /// damaged, cut short or not gzip after its magic number is `unreadable`; one that inflates
    /// past `limit` bytes is `tooLarge` (a gzip bomb stays bounded: the buffer never grows
    /// past `limit`).
    public static func readFile(path: String, limit: Int) throws -> Data {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ChronicleError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try decompress(data, path: path, limit: limit)
    }

    /// Whether bytes start with the gzip magic number (1f 8b).
    public static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// See `readFile`.
    public static func decompress(_ data: Data, path: String, limit: Int) throws -> Data {
        guard isGzip(data) else { return data }
        let bad = ChronicleError.unreadable(path: path, reason: "not readable gzip or text")
        // a member is at least a 10-byte header and an 8-byte trailer
        guard data.count >= 18 else { throw bad }
        guard let d = libdeflate_alloc_decompressor() else { throw ChronicleError.unreadable(path: path, reason: "out of memory") }
        defer { libdeflate_free_decompressor(d) }
        return try data.withUnsafeBytes { raw -> Data in
            let input = raw.bindMemory(to: UInt8.self)
            let n = input.count
            // the last member's size modulo 2^32: the whole size for a one-member file
            let isize = Int(input[n - 4]) | Int(input[n - 3]) << 8 | Int(input[n - 2]) << 16 | Int(input[n - 1]) << 24
            // (a trailer past the limit is not believed at once: a file cut short ends in other bytes)
            var capacity = min(max(isize, 4096), limit)
            guard var out = malloc(max(capacity, 1)) else { throw ChronicleError.unreadable(path: path, reason: "out of memory") }
            var owned = true
            defer { if owned { free(out) } }
            var inPos = 0, outPos = 0
            while inPos < n {
                var inUsed = 0, outUsed = 0
                let result = libdeflate_gzip_decompress_ex(d, input.baseAddress! + inPos, n - inPos, out + outPos, capacity - outPos, &inUsed, &outUsed)
                switch result {
                case LIBDEFLATE_SUCCESS:
                    inPos += inUsed
                    outPos += outUsed
                    // what follows the last member and is not another one (padding) is ignored, as gzread does
                    if n - inPos < 18 || input[inPos] != 0x1F || input[inPos + 1] != 0x8B { inPos = n }
                case LIBDEFLATE_INSUFFICIENT_SPACE:
                    if capacity >= limit { throw ChronicleError.tooLarge(path: path, bytes: isize > limit ? isize : limit + 1, limit: limit) }
                    // the trailer lied (several members, or 4 GB or more): grow and inflate the member again
                    capacity = min(max(capacity * 2, 1 << 16), limit)
                    guard let grown = realloc(out, capacity) else { throw ChronicleError.unreadable(path: path, reason: "out of memory") }
                    out = grown
                default:
                    throw bad
                }
            }
            owned = false
            return Data(bytesNoCopy: out, count: outPos, deallocator: .free)
        }
    }
}
