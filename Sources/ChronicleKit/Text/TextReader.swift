import Foundation

/// Reads an article file into a `Document`, rejecting what is not text with a clear error.
public struct TextReader: Sendable {
    /// Files larger than this are refused: they are not news articles, and refusing keeps one
    /// stray dump from stalling a batch.
    public var maxBytes: Int

    public init(maxBytes: Int = 8 << 20) { self.maxBytes = maxBytes }

    /// Decodes bytes as UTF-8 text. A UTF-8 BOM is kept (it is scalar 0, as the contract says).
    public func decode(_ data: Data, path: String) throws -> String {
        if data.isEmpty { throw ChronicleError.emptyFile(path: path) }
        if data.count >= 2 && ((data[data.startIndex] == 0xFF && data[data.startIndex + 1] == 0xFE)
            || (data[data.startIndex] == 0xFE && data[data.startIndex + 1] == 0xFF)) {
            // UTF-16 with a BOM: decode it; offsets are scalars of the decoded text.
            if let s = String(data: data, encoding: .utf16) { return try check(s, path: path) }
            throw ChronicleError.notUTF8(path: path)
        }
        let hasNul = data.withUnsafeBytes { raw in raw.prefix(8192).contains(0) }
        if hasNul { throw ChronicleError.binaryFile(path: path) }
        guard let s = String(validatingUTF8Data: data) else { throw ChronicleError.notUTF8(path: path) }
        return try check(s, path: path)
    }

    private func check(_ s: String, path: String) throws -> String {
        if s.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0.value == 0xFEFF }) {
            throw ChronicleError.emptyFile(path: path)
        }
        return s
    }

    /// Checks that `path` is a regular file within the size limit; returns its size.
    @discardableResult
    public func check(path: String) throws -> Int {
        var st = stat()
        if stat(path, &st) != 0 {
            let e = errno
            if e == ELOOP { throw ChronicleError.unreadable(path: path, reason: "a symbolic link loop") }
            if e == EACCES { throw ChronicleError.unreadable(path: path, reason: "permission denied") }
            throw ChronicleError.fileNotFound(path: path)
        }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw ChronicleError.notAFile(path: path) }
        if (st.st_mode & S_IFMT) != S_IFREG {
            throw ChronicleError.unreadable(path: path, reason: "not a regular file")
        }
        if Int(st.st_size) > maxBytes {
            throw ChronicleError.tooLarge(path: path, bytes: Int(st.st_size), limit: maxBytes)
        }
        return Int(st.st_size)
    }

    /// Reads one file's bytes (a regular file within the size limit).
    public func readData(path: String) throws -> Data {
        try check(path: path)
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ChronicleError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Reads one file from disk.
    public func read(path: String) throws -> String {
        try decode(try readData(path: path), path: path)
    }
}

extension String {
    /// Strict UTF-8 decoding: nil when the bytes are not valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        let decoded: String? = data.withUnsafeBytes { raw in
            String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self)
        }
        guard let decoded else { return nil }
        self = decoded
    }
}
