/// The data lines of a tab-separated rule or lexicon file with a fixed set of columns.
public enum TabularFile {
    /// Each data line's cells (trimmed) with its 1-based line number; comment lines (`#`) and
    /// blank lines are skipped. A line with another number of cells is an error that names
    /// the file, the line and the columns expected.
    public static func rows(_ text: String, file: String, columns: [String]) throws -> [(line: Int, cells: [String])] {
        var out: [(line: Int, cells: [String])] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard cells.count == columns.count else {
                throw ChronicleError.lexiconSyntax(file: file, line: n + 1,
                                                   message: "\(cells.count) columns, expected \(columns.count) (\(columns.joined(separator: " ")))")
            }
            out.append((n + 1, cells))
        }
        return out
    }
}
