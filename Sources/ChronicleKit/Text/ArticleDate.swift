import Foundation

/// Where an article's date comes from when the text has no `date` header: a sibling
/// `NAME.dct` file, else a `YYYY-MM-DD` in the file name (as archives often name files), else
/// the date given on the command line.
public enum ArticleDate {
    /// Whether the text starts with a `date YYYY-MM-DD` header of a real date.
    public static func hasHeader(_ text: String) -> Bool {
        let head = Array(text.unicodeScalars.prefix(64))
        var i = 0
        while i < head.count && (Tokenizer.isSpace(head[i])) { i += 1 }
        guard let (_, _, valid) = Segmenter.dateHeader(head, from: i, to: head.count) else { return false }
        return valid
    }

    /// The first real `YYYY-MM-DD` in a sibling `.dct` file.
    public static func sidecar(_ path: String) -> String? {
        let url = URL(fileURLWithPath: path).deletingPathExtension().appendingPathExtension("dct")
        guard let s = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return firstDate(in: s)
    }

    /// The first real `YYYY-MM-DD` in a text (a file name, a sidecar).
    public static func firstDate(in s: String) -> String? {
        let c = Array(s.utf8)
        guard c.count >= 10 else { return nil }
        func digit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        for i in 0...(c.count - 10) {
            guard digit(c[i]), digit(c[i + 1]), digit(c[i + 2]), digit(c[i + 3]), c[i + 4] == 45, digit(c[i + 5]), digit(c[i + 6]),
                  c[i + 7] == 45, digit(c[i + 8]), digit(c[i + 9]) else { continue }
            if i > 0 && digit(c[i - 1]) { continue }
            if i + 10 < c.count && digit(c[i + 10]) { continue }
            let d = String(decoding: c[i..<(i + 10)], as: UTF8.self)
            if CalendarDate(iso: d) != nil { return d }
        }
        return nil
    }

    /// The date to use for an article at `path` whose text has no header: sidecar, file name, then `given`.
    public static func fallback(path: String, given: String?) -> String? {
        sidecar(path) ?? firstDate(in: URL(fileURLWithPath: path).lastPathComponent) ?? given
    }
}
