import Foundation
import Testing
@testable import ChronicleKit

/// The table writers against their plain definitions (Foundation's replacing, character
/// counts), on cells made to hit every case: quotes with and without a combining mark after
/// them, CR LF, pipes, long cells cut in the middle of a cluster.
@Suite struct TableTests {
    static func csvRow(_ cells: [String]) -> String {
        cells.map { c in
            c.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + c.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : c
        }.joined(separator: ",") + "\r\n"
    }

    static func markdown(_ header: [String], _ rows: [[String]]) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ") }
        var out = "| " + header.map(cell).joined(separator: " | ") + " |\n|" + header.map { _ in "---|" }.joined() + "\n"
        for r in rows { out += "| " + r.map(cell).joined(separator: " | ") + " |\n" }
        return out
    }

    static func text(_ header: [String], _ rows: [[String]], maxWidth: Int = 70) -> String {
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

    static let cells = ["plain", "", "a, b", "say \"hi\"", "a\"\u{301}b", "\"\u{308}\"", "line\nbreak", "cr\r\nlf", "\r\u{301}\n", "pipe | here",
                        "|\u{301}", "e\u{301}\u{301}", "🇺🇸🇫🇷", String(repeating: "long text ", count: 9),
                        String(repeating: "x", count: 68) + "e\u{301}\u{301}tail", String(repeating: "y", count: 69) + "\u{301}z", "\u{600}…"]

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
