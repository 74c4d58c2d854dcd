/// The data lines of a tab-separated rule or lexicon file with a fixed set of columns.
public enum TabularFile {
    /// Each data line's cells (trimmed) with its 1-based line number; comment lines (`#`) and
    /// blank lines are skipped. A line with another number of cells is an error that names
    /// the file, the line and the columns expected.
    public static func rows(_ text: String, file: String, columns: [String]) throws -> [(line: Int, cells: [String])] {
        // (on the UTF-8 bytes: splitting and trimming by Character cost more than the rest of
        // loading the trigger lexicon; session 20. A cell that starts or ends with a non-ASCII
        // byte is trimmed by Foundation's whitespace set, as before.)
        var out: [(line: Int, cells: [String])] = []
        let bytes = Array(text.utf8)
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        func cell(_ a: Int, _ b: Int) -> String {
            var a = a, b = b
            while a < b, isBlank(bytes[a]) { a += 1 }
            while b > a, isBlank(bytes[b - 1]) { b -= 1 }
            let s = String(decoding: bytes[a..<b], as: UTF8.self)
            if a < b, bytes[a] >= 0x80 || bytes[b - 1] >= 0x80 { return s.trimmingCharacters(in: .whitespaces) }
            return s
        }
        var start = 0
        var n = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            n += 1
            defer { start = end + 1 }
            var last = end
            if last > start, bytes[last - 1] == 0x0D { last -= 1 }
            if last > start, bytes[start] == 0x23 { continue }
            if (start..<last).allSatisfy({ isBlank(bytes[$0]) }) { continue }
            var cells: [String] = []
            var a = start
            for k in start...last where k == last || bytes[k] == 0x09 {
                cells.append(cell(a, k))
                a = k + 1
            }
            guard cells.count == columns.count else {
                throw ChronicleError.lexiconSyntax(file: file, line: n,
                                                   message: "\(cells.count) columns, expected \(columns.count) (\(columns.joined(separator: " ")))")
            }
            out.append((n, cells))
        }
        return out
    }
}
