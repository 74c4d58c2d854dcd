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

    /// The non-empty lines (trimmed) of a text's head, as scalar ranges.
    static func headLines(_ s: [Unicode.Scalar]) -> [(start: Int, end: Int)] {
        var out: [(start: Int, end: Int)] = []
        var a = 0
        func add(_ b: Int) {
            var x = a, y = b
            while x < y && s[x].properties.isWhitespace { x += 1 }
            while y > x && s[y - 1].properties.isWhitespace { y -= 1 }
            if y > x { out.append((x, y)) }
        }
        for i in s.indices where s[i] == "\n" {
            add(i)
            a = i + 1
            if out.count > headLineCount { return out }
        }
        add(s.count)
        return out
    }

    /// Where an article's date came from.
    public enum Source: String, Sendable, Codable {
        /// a `date YYYY-MM-DD` line at the head of the text
        case header
        /// a sibling `NAME.dct` file
        case sidecar
        /// a dateline or byline at the head of the text ("Wednesday, January 23, 2019", "Published: …")
        case dateline
        /// a `YYYY-MM-DD` in the file name
        case fileName = "file-name"
        /// `--date`
        case argument
        /// a web page's metadata (JSON-LD, meta tags, `<time>`, URL) or a record's date field
        case page
        case record
    }

    /// How many lines (and scalars) at the head of a text are searched for a header or a dateline.
    public static let headLineCount = 15
    public static let headScalars = 3000

    /// A `date YYYY-MM-DD` line among the first lines (not only the first): the date, whether it
    /// is on the first line (the Text stage reads that one itself).
    public static func header(in text: String) -> (date: String, firstLine: Bool)? {
        let head = Array(text.unicodeScalars.prefix(headScalars))
        let lines = headLines(head)
        for (k, l) in lines.prefix(headLineCount).enumerated() {
            if let (d, _, valid) = Segmenter.dateHeader(head, from: l.start, to: l.end), valid { return (d, k == 0) }
        }
        return nil
    }

    /// The publication date a dateline or byline at the head of a text states: "Wednesday,
    /// January 23, 2019" on its own line, "Nov. 20, 2019 5:52 AM EST", "Published: 30 January
    /// 2017", "Posted on …", "13.11.2019, 23:06", "By admin - 2018-09-16". Only short lines
    /// that do not read as a sentence count (a caption or a paragraph naming a date is not a
    /// dateline). A published (or plain) date wins over an "Updated" one; without one, the
    /// update is the date.
    public static func dateline(in text: String) -> String? {
        let head = Array(text.unicodeScalars.prefix(headScalars))
        let lines = headLines(head)
        var updated: CalendarDate?
        var yearless: (month: Int, day: Int, line: [Unicode.Scalar])?
        for l in lines.prefix(headLineCount) {
            let line = Array(head[l.start..<l.end])
            // a wire dateline opens the first paragraph, however long: "KYIV, Feb 15 (Reuters) - …"
            if let w = wireDate(line) {
                if let y = w.year, let d = CalendarDate(year: y, month: w.month, day: w.day) { return d.description }
                if yearless == nil { yearless = (w.month, w.day, line) }
                continue
            }
            guard l.end - l.start <= 110 else { continue }
            let found = DatePhrase.find(line, limit: line.count)
            guard !found.isEmpty, !readsAsSentence(line) else { continue }
            if let f = found.first(where: { $0.kind == .published }) ?? found.first(where: { $0.kind == .plain }) {
                return f.date.description
            }
            if updated == nil { updated = found[0].date }
        }
        if let u = updated { return u.description }
        if let w = yearless, let y = year(of: w.month, w.day, line: w.line, head: head) {
            return CalendarDate(year: y, month: w.month, day: w.day)?.description
        }
        return nil
    }

    /// The date of a news agency's dateline at the start of a line: the place in capitals, the
    /// agency in parentheses, a dash, and the date before the agency or right after the dash:
    /// "KYIV, Feb 15, 2021 (Reuters) -", "MOSCOW, 15 February 2021 (TASS) -", "PARIS (AFP) -
    /// February 15, 2021 -". Reuters leaves the year out ("KYIV, Feb 15 (Reuters) -"): then
    /// `year` is nil. nil when the line opens with no such dateline or the dateline has no date.
    static func wireDate(_ line: [Unicode.Scalar]) -> (month: Int, day: Int, year: Int?)? {
        // the first word is in capitals: "KYIV", "NEW YORK", "WASHINGTON"
        var k = 0
        while k < line.count && line[k].properties.isAlphabetic { k += 1 }
        guard k >= 2, line[..<k].allSatisfy({ $0.properties.isUppercase }) else { return nil }
        // "(Agency)" within the first 60 scalars, then a dash
        guard let open = line.prefix(60).firstIndex(of: "("), let close = line[open...].prefix(30).firstIndex(of: ")"),
              close > open + 1, line[open + 1].properties.isAlphabetic,
              line[(open + 1)..<close].allSatisfy({ $0.properties.isAlphabetic || $0 == " " || $0 == "." || $0 == "&" || $0 == "-" }) else { return nil }
        var d = close + 1
        while d < line.count && line[d] == " " { d += 1 }
        guard d < line.count, wireDashes.contains(line[d]) else { return nil }
        while d < line.count && (wireDashes.contains(line[d]) || line[d] == " ") { d += 1 }
        // the date before the agency, or right after the dash and followed by another dash
        if let f = DatePhrase.find(Array(line[..<open]), limit: open).first { return (f.date.month, f.date.day, f.date.year) }
        let after = Array(line[d..<min(line.count, d + 40)])
        if let f = DatePhrase.find(after, limit: after.count).first, f.offset == 0,
           after.contains(where: { wireDashes.contains($0) }) {
            return (f.date.month, f.date.day, f.date.year)
        }
        // month and day without the year: "KYIV, Feb 15 (Reuters)", "LONDON, 15 Feb (Reuters)"
        let toks = DatePhrase.tokens(Array(line[..<open]), limit: open)
        for (i, t) in toks.enumerated() where t.k == .word {
            guard let m = DatePhrase.months[t.text] else { continue }
            var j = i + 1
            while j < toks.count && toks[j].k == .punct && toks[j].text == "." { j += 1 }
            if j < toks.count, let day = DatePhrase.day(toks[j]) { return (m, day, nil) }
            if i > 0, let day = DatePhrase.day(toks[i - 1]) { return (m, day, nil) }
        }
        return nil
    }

    static let wireDashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}"]

    /// The year of a dateline that gives only month and day: the year of a full date the head
    /// of the text gives (one on that day first), else one of the years it names: the one in
    /// which that day is the weekday the dateline's paragraph names ("said on Monday"), else
    /// the latest. nil when the head names no year.
    static func year(of month: Int, _ day: Int, line: [Unicode.Scalar], head: [Unicode.Scalar]) -> Int? {
        let full = DatePhrase.find(head, limit: head.count)
        if let f = full.first(where: { $0.date.month == month && $0.date.day == day }) ?? full.first { return f.date.year }
        let toks = DatePhrase.tokens(head, limit: head.count)
        let years = Set(toks.compactMap(DatePhrase.year))
        guard !years.isEmpty else { return nil }
        let named = DatePhrase.tokens(line, limit: line.count).compactMap { t in t.k == .word ? weekdays[t.text] : nil }
        if let w = named.first,
           let y = years.sorted(by: >).first(where: { CalendarDate(year: $0, month: month, day: day)?.weekday == w }) { return y }
        return years.max()
    }

    /// ISO weekday numbers (Monday 1), as `CalendarDate.weekday` gives them.
    static let weekdays: [String: Int] = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]

    /// Words a dateline or byline may hold besides names and the date.
    static let datelineWords: Set<String> = ["on", "by", "at", "and", "updated", "published", "posted", "original", "originally",
                                             "am", "pm", "a", "m", "p", "est", "edt", "gmt", "bst", "cet", "cest", "utc", "et", "pt", "ct",
                                             "mdt", "mst", "pdt", "pst", "cdt", "cst", "ago", "hours", "hour", "minutes", "min", "read", "last",
                                             "from", "the", "of", "in", "news", "staff", "reporter", "writer", "editor", "correspondent",
                                             "associated", "press", "updated:", "modified", "first", "date", "time", "local"]

    /// Whether a line is prose rather than a dateline: four or more lowercase words that are not
    /// dateline words.
    static func readsAsSentence(_ line: [Unicode.Scalar]) -> Bool {
        var count = 0
        var i = 0
        while i < line.count {
            guard line[i].properties.isAlphabetic else { i += 1; continue }
            var j = i
            var w = String.UnicodeScalarView()
            while j < line.count && line[j].properties.isAlphabetic { w.append(line[j]); j += 1 }
            let word = String(w)
            if line[i].properties.isLowercase && word.unicodeScalars.count >= 2 && !datelineWords.contains(word)
                && DatePhrase.months[word] == nil { count += 1 }
            i = j
        }
        return count >= 4
    }

    /// The article date and its source for a text read from `path`: a `date` header in the first
    /// lines, a sidecar, a dateline, a date in the file name, then `given`. `nil` date with a
    /// `.header` source means the first line's header, which the Text stage reads itself.
    public static func resolve(text: String, path: String, given: String?) -> (date: String?, source: Source?) {
        if let h = header(in: text) { return (h.firstLine ? nil : h.date, .header) }
        if let d = sidecar(path) { return (d, .sidecar) }
        if let d = firstDate(in: URL(fileURLWithPath: path).lastPathComponent) { return (d, .fileName) }
        if let d = dateline(in: text) { return (d, .dateline) }
        if let g = given { return (g, .argument) }
        return (nil, nil)
    }
}
