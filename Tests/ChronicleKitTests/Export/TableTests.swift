import Foundation
import Testing
@testable import ChronicleKit

/// The table writers against their plain definitions (Foundation's replacing, character
/// counts), on cells made to hit every case: quotes with and without a combining mark after
/// them, CR LF, pipes, long cells cut in the middle of a cluster.
@Suite struct TableTests {
    /// A string with each scalar mapped (scalar by scalar, never by character: a combining
    /// mark after `"` or `|` does not hide it from a reader).
    static func map(_ s: String, _ f: (Unicode.Scalar) -> String) -> String { s.unicodeScalars.map(f).joined() }

    static func csvRow(_ cells: [String]) -> String {
        cells.map { c0 in
            // OWASP: a cell starting with = + - @ tab or CR gets a single quote and is quoted
            let formula = ["=", "+", "-", "@", "\t", "\r"].contains(c0.unicodeScalars.first.map(String.init) ?? "")
            let c = formula ? "'" + c0 : c0
            return formula || c.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + map(c) { $0 == "\"" ? "\"\"" : String($0) } + "\"" : c
        }.joined(separator: ",") + "\r\n"
    }

    static func markdown(_ header: [String], _ rows: [[String]]) -> String {
        func cell(_ s: String) -> String {
            map(s) { u in
                switch u {
                case "\\": return "\\\\"
                case "|": return "\\|"
                case "<": return "&lt;"
                case ">": return "&gt;"
                case "&": return "&amp;"
                case "`": return "\\`"
                case "[": return "\\["
                case "]": return "\\]"
                default: return u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u == "\u{2028}" || u == "\u{2029}" ? " " : String(u)
                }
            }
        }
        var out = "| " + header.map(cell).joined(separator: " | ") + " |\n|" + header.map { _ in "---|" }.joined() + "\n"
        for r in rows { out += "| " + r.map(cell).joined(separator: " | ") + " |\n" }
        return out
    }

    static func text(_ header: [String], _ rows: [[String]], maxWidth: Int = 70) -> String {
        func clip(_ s: String) -> String {
            let bidi: Set<UInt32> = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029]
            let flat = map(s) { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || bidi.contains($0.value) ? " " : String($0) }
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

    static let cells = ["plain", "", "a, b", "say \"hi\"", "a\"\u{301}b", "\"\u{308}\"", "line\nbreak", "cr\r\nlf", "\r\u{301}\n", "pipe | here",
                        "|\u{301}", "e\u{301}\u{301}", "🇺🇸🇫🇷", String(repeating: "long text ", count: 9),
                        String(repeating: "x", count: 68) + "e\u{301}\u{301}tail", String(repeating: "y", count: 69) + "\u{301}z", "\u{600}…",
                        "=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\u{1B}]0;title\u{7}\u{1B}[31mred", "<script>alert(1)</script>",
                        "[a](javascript:x)", "back\\|slash", "a`b&c", "nel\u{85}ls\u{2028}\u{202E}rtl", "\u{C}ff"]

    static var rows: [[String]] {
        (0..<cells.count).map { k in (0..<4).map { cells[(k + $0 * 5) % cells.count] } }
    }

    @Test func writersGiveWhatTheDefinitionsGive() {
        let header = ["a", "b|c", "d\ne", "f"]
        #expect(Table.csv(header, Self.rows) == ([header] + Self.rows).map(Self.csvRow).joined())
        for r in Self.rows { #expect(Table.csvRow(r) == Self.csvRow(r)) }
        #expect(Table.markdown(header, Self.rows) == Self.markdown(header, Self.rows))
        #expect(Table.text(header, Self.rows) == Self.text(header, Self.rows))
        #expect(Table.text(header, Self.rows, maxWidth: 5) == Self.text(header, Self.rows, maxWidth: 5))
    }
}
