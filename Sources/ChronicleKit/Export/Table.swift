import Foundation

/// Writes rows of cells as CSV (RFC 4180), Markdown or an aligned text table.
public enum Table {
    /// One CSV record: fields with a comma, quote, CR or LF are quoted, quotes doubled; CRLF ends it.
    public static func csvRow(_ cells: [String]) -> String {
        cells.map { c in
            c.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + c.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : c
        }.joined(separator: ",") + "\r\n"
    }

    public static func csv(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map(csvRow).joined()
    }

    /// Parses CSV text (RFC 4180) back into records.
    public static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r" && chars.first == "\n" {
                chars.removeFirst()
                row.append(field); rows.append(row); row = []; field = ""
            } else if c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    public static func markdown(_ header: [String], _ rows: [[String]]) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ") }
        var out = "| " + header.map(cell).joined(separator: " | ") + " |\n|" + header.map { _ in "---|" }.joined() + "\n"
        for r in rows { out += "| " + r.map(cell).joined(separator: " | ") + " |\n" }
        return out
    }

    /// An aligned plain-text table; long cells are cut to `maxWidth` characters.
    public static func text(_ header: [String], _ rows: [[String]], maxWidth: Int = 70) -> String {
        func clip(_ s: String) -> String {
            let flat = s.replacingOccurrences(of: "\n", with: " ")
            return flat.count > maxWidth ? String(flat.prefix(maxWidth - 1)) + "…" : flat
        }
        let all = ([header] + rows).map { $0.map(clip) }
        var widths = [Int](repeating: 0, count: header.count)
        for r in all { for (k, c) in r.enumerated() where k < widths.count { widths[k] = max(widths[k], c.count) } }
        var out = ""
        for (i, r) in all.enumerated() {
            out += r.enumerated().map { k, c in k == r.count - 1 ? c : c + String(repeating: " ", count: widths[k] - c.count) }.joined(separator: "  ") + "\n"
            if i == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }
}
