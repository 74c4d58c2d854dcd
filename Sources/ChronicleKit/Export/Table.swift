import Foundation

/// Writes rows of cells as CSV (RFC 4180), Markdown or an aligned text table.
public enum Table {
    /// One CSV record: fields with a comma, quote, CR or LF are quoted, quotes doubled; CRLF ends it.
    public static func csvRow(_ cells: [String]) -> String {
        var out = ""
        csvRow(cells, into: &out)
        return out
    }

    static func csvRow(_ cells: [String], into out: inout String) {
        for (k, c) in cells.enumerated() {
            if k > 0 { out += "," }
            if c.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                // (Foundation's replacing leaves a quote alone when a combining mark follows it)
                out += "\"" + (c.utf8.contains(0x22) ? c.replacingOccurrences(of: "\"", with: "\"\"") : c) + "\""
            } else {
                out += c
            }
        }
        out += "\r\n"
    }

    public static func csv(_ header: [String], _ rows: [[String]]) -> String {
        var out = ""
        csvRow(header, into: &out)
        for r in rows { csvRow(r, into: &out) }
        return out
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
        var out = markdownHeader(header)
        for r in rows { out += markdownRow(r) }
        return out
    }

    static func markdownHeader(_ header: [String]) -> String {
        markdownRow(header) + "|" + header.map { _ in "---|" }.joined() + "\n"
    }

    /// One row of a Markdown table: `|` escaped, line ends made spaces.
    static func markdownRow(_ cells: [String]) -> String {
        func cell(_ s: String) -> String {
            // most cells have nothing to replace
            guard s.utf8.contains(where: { $0 == 0x7C || $0 == 0x0D || $0 == 0x0A }) else { return s }
            return s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        return "| " + cells.map(cell).joined(separator: " | ") + " |\n"
    }

    /// An aligned plain-text table; long cells are cut to `maxWidth` characters.
    /// A cell on one line, cut to `maxWidth` characters, with its width (counted once).
    static func clip(_ s: String, maxWidth: Int = 70) -> (text: String, width: Int) {
        let flat = s.utf8.contains(0x0A) ? s.replacingOccurrences(of: "\n", with: " ") : s
        let width = flat.count
        guard width > maxWidth else { return (flat, width) }
        let cut = String(flat.prefix(maxWidth - 1)) + "…"
        return (cut, cut.count)
    }

    public static func text(_ header: [String], _ rows: [[String]], maxWidth: Int = 70) -> String {
        let all = ([header] + rows).map { $0.map { clip($0, maxWidth: maxWidth) } }
        var widths = [Int](repeating: 0, count: header.count)
        for r in all { for (k, c) in r.enumerated() where k < widths.count { widths[k] = max(widths[k], c.width) } }
        var out = ""
        for (i, r) in all.enumerated() {
            for (k, c) in r.enumerated() {
                if k > 0 { out += "  " }
                out += c.text
                if k != r.count - 1 { out += String(repeating: " ", count: widths[k] - c.width) }
            }
            out += "\n"
            if i == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }
}
