import Foundation

/// Writes rows of cells as CSV (RFC 4180), Markdown or an aligned text table.
public enum Table {
    /// One CSV record: fields with a comma, quote, CR or LF are quoted, quotes doubled; CRLF ends it.
    public static func csvRow(_ cells: [String]) -> String {
        var out = ""
        csvRow(cells, into: &out)
        return out
    }

    /// Whether a spreadsheet would take a cell starting with this byte for a formula (OWASP's
    /// list for CSV injection: `=`, `+`, `-`, `@`, tab, carriage return).
    @inline(__always)
    static func startsFormula(_ b: UInt8?) -> Bool {
        b == 0x3D || b == 0x2B || b == 0x2D || b == 0x40 || b == 0x09 || b == 0x0D
    }

    /// A cell a spreadsheet could run as a formula is made text, as OWASP recommends: a single
    /// quote before it (and the cell quoted).
    static func csvCell(_ c: String) -> (text: String, quote: Bool) {
        if startsFormula(c.utf8.first) { return ("'" + c, true) }
        return (c, false)
    }

    static func csvRow(_ cells: [String], into out: inout String) {
        for (k, c0) in cells.enumerated() {
            if k > 0 { out += "," }
            let (c, neutralised) = csvCell(c0)
            if neutralised || c.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                // every quote doubled, also one a combining mark follows (Foundation's replacing
                // works on characters and would leave that one alone, and a reader would end the
                // field there)
                out += "\""
                if c.utf8.contains(0x22) {
                    for u in c.unicodeScalars {
                        if u == "\"" { out += "\"\"" } else { out.unicodeScalars.append(u) }
                    }
                } else {
                    out += c
                }
                out += "\""
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

    /// One row of a Markdown table, each cell through `markdownCell`.
    static func markdownRow(_ cells: [String]) -> String {
        "| " + cells.map(markdownCell).joined(separator: " | ") + " |\n"
    }

    /// What Markdown writes for an ASCII byte of a cell (nil: the byte itself). A renderer
    /// would otherwise take `|` for a column, `<…>` for raw HTML (`<script>`, `<img onerror>`),
    /// `[…](…)` for a link, `` ` `` for code; a backslash is doubled so that it escapes nothing.
    /// Control characters (line ends, tab, ESC) become spaces.
    @inline(__always)
    static func markdownEscape(_ b: UInt8) -> StaticString? {
        switch b {
        case 0x5C: return "\\\\"
        case 0x7C: return "\\|"
        case 0x3C: return "&lt;"
        case 0x3E: return "&gt;"
        case 0x26: return "&amp;"
        case 0x60: return "\\`"
        case 0x5B: return "\\["
        case 0x5D: return "\\]"
        case 0x00..<0x20, 0x7F: return " "
        default: return nil
        }
    }

    /// Whether a scalar past ASCII breaks a line or is a control character: C1 controls (NEL
    /// among them), U+2028 and U+2029.
    @inline(__always)
    static func isWideBreak(_ c: Unicode.Scalar) -> Bool {
        (0x80...0x9F).contains(c.value) || c == "\u{2028}" || c == "\u{2029}"
    }

    /// A cell of a Markdown table: its text, never markup (see `markdownEscape`).
    public static func markdownCell(_ s: String) -> String {
        // most cells have nothing to replace
        guard s.utf8.contains(where: { markdownEscape($0) != nil || $0 == 0xC2 || $0 == 0xE2 }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        for c in s.unicodeScalars {
            if c.isASCII, let e = markdownEscape(UInt8(c.value)) {
                out += e.description
            } else if isWideBreak(c) {
                out += " "
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Whether a terminal would act on `c` instead of showing it: C0 and C1 controls (ESC
    /// starts colour, cursor and OSC title sequences), DEL, line and paragraph separators, and
    /// the bidirectional controls that reorder what is shown.
    @inline(__always)
    static func isTerminalControl(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x061C || v == 0x200E || v == 0x200F
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// An aligned plain-text table; long cells are cut to `maxWidth` characters.
    /// A cell on one line, cut to `maxWidth` characters, with its width (counted once).
    /// Control characters (see `isTerminalControl`) become spaces.
    static func clip(_ s: String, maxWidth: Int = 70) -> (text: String, width: Int) {
        let flat = s.unicodeScalars.contains(where: isTerminalControl)
            ? String(String.UnicodeScalarView(s.unicodeScalars.map { isTerminalControl($0) ? " " : $0 })) : s
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
