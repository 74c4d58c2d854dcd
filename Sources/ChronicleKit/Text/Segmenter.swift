/// Finds the parts of an article that are not body text: a `date YYYY-MM-DD` header, the
/// title line, teasers ("Read also…"), bylines ("Author: X") and stray lines ("op").
///
/// The prefixes it looks for come from the `boilerplate` lexicon (`surface<TAB>kind`).
public struct Segmenter: Sendable {
    /// Teaser and byline prefixes, as written (case-sensitive), with their kind.
    public var prefixes: [(text: [Unicode.Scalar], kind: String)]

    public init(boilerplate: Lexicon) {
        prefixes = boilerplate.entries.map { (Segmenter.written($0.surface), $0.value) }
            .sorted { $0.text.count > $1.text.count }
    }

    /// A lexicon surface as written: its tokens with a space between two words only ("Author:",
    /// not "Author :").
    static func written(_ tokens: [String]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for t in tokens {
            if let last = out.last, let first = t.unicodeScalars.first, Tokenizer.isLetter(last) || Tokenizer.isDigit(last),
               Tokenizer.isLetter(first) || Tokenizer.isDigit(first) { out.append(" ") }
            out.append(contentsOf: t.unicodeScalars)
        }
        return out
    }

    public struct Result: Sendable {
        public var title: Span?
        public var date: String?
        public var dateSpan: Span?
        public var boilerplate: [Boilerplate] = []
        /// Names given in bylines ("Author: UNIAN"), for the Actors stage to classify.
        public var bylines: [Span] = []
        /// Problems that do not stop the analysis (an impossible header date).
        public var warnings: [String] = []
    }

    struct Line { var start: Int; var end: Int }

    static func lines(_ s: [Unicode.Scalar]) -> [Line] {
        var out: [Line] = []
        var start = 0
        s.withUnsafeBufferPointer { b in
            for i in 0..<b.count where b[i].value == 10 {
                out.append(Line(start: start, end: i))
                start = i + 1
            }
        }
        out.append(Line(start: start, end: s.count))
        return out
    }

    static func trim(_ s: [Unicode.Scalar], _ l: Line) -> Line {
        var a = l.start, b = l.end
        while a < b && Tokenizer.isSpace(s[a]) { a += 1 }
        while b > a && Tokenizer.isSpace(s[b - 1]) { b -= 1 }
        return Line(start: a, end: b)
    }

    public func segment(_ s: [Unicode.Scalar]) -> Result {
        var r = Result()
        let lines = Segmenter.lines(s).map { Segmenter.trim(s, $0) }.filter { $0.end > $0.start }
        guard let first = lines.first else { return r }
        var titleLine = first
        // `date YYYY-MM-DD` header, alone or in front of the title
        if let (date, end, valid) = Segmenter.dateHeader(s, from: first.start, to: first.end) {
            if valid {
                r.date = date
                r.dateSpan = Span(first.start, end)
            } else {
                r.warnings.append("the date header '\(date)' is not a real date; the article is analyzed without a date")
            }
            r.boilerplate.append(Boilerplate(span: Span(first.start, end), rule: valid ? "text.header.date" : "text.header.bad-date"))
            var t = end
            while t < first.end && Tokenizer.isSpace(s[t]) { t += 1 }
            titleLine = t < first.end ? Line(start: t, end: first.end) : (lines.count > 1 ? lines[1] : Line(start: first.end, end: first.end))
        }
        // a dateline above the headline, as a page copied from a browser gives it ("November 19, 2019
        // / 12:21 AM / Updated 14 hours ago"): not body, and not the title
        if let k = lines.firstIndex(where: { $0.start >= titleLine.start }), k + 2 < lines.count,
           Segmenter.isDatelineOnly(s, titleLine) {
            r.boilerplate.append(Boilerplate(span: Span(titleLine.start, titleLine.end), rule: "text.dateline"))
            titleLine = lines[k + 1]
        }
        if lines.count > 1 && titleLine.end > titleLine.start { r.title = Span(titleLine.start, titleLine.end) }
        for (idx, l) in lines.enumerated() {
            // bylines and teasers (also in parentheses: "(Reporting by …; Editing by …)")
            let at = s[l.start] == "(" ? l.start + 1 : l.start
            for p in prefixes where Segmenter.hasPrefix(s, at, l.end, p.text) && !Segmenter.wordGoesOn(s, at + p.text.count, l.end, after: p.text) {
                if p.kind == "caption" {
                    r.boilerplate.append(Boilerplate(span: Span(l.start, l.end), rule: "text.caption"))
                } else if p.kind == "byline" {
                    r.boilerplate.append(Boilerplate(span: Span(l.start, l.end), rule: "text.byline"))
                    var a = at + p.text.count
                    while a < l.end && (Tokenizer.isSpace(s[a]) || s[a] == ":") { a += 1 }
                    if a < l.end { r.bylines.append(Span(a, l.end)) }
                } else {
                    // a teaser runs to a glued word boundary ("agreementsIn") or the line end
                    var e = l.end
                    var j = at + p.text.count + 1
                    while j < l.end {
                        if s[j].properties.isUppercase && s[j - 1].properties.isLowercase && Tokenizer.isLetter(s[j - 1]) && j > at + p.text.count + 2 {
                            e = j
                            break
                        }
                        j += 1
                    }
                    r.boilerplate.append(Boilerplate(span: Span(l.start, e), rule: "text.teaser"))
                }
                break
            }
            // a byline of names at the head: "By LISA MASCARO, MARY CLARE JALONICK and ERIC
            // TUCKER", or a name alone in capitals under the headline ("JANIE HAR")
            if idx > 0 && idx < ArticleDate.headLineCount && l.start != titleLine.start,
               !r.boilerplate.contains(where: { $0.span.start == l.start }),
               let names = Segmenter.bylineNames(s, l) {
                r.boilerplate.append(Boilerplate(span: Span(l.start, l.end), rule: "text.byline"))
                r.bylines += names
                continue
            }
            // stray lines: a few lowercase letters alone, e.g. a leftover "op" at the end, or a
            // reading time ("5 Min Read") under the headline
            let len = l.end - l.start
            if len <= 3 && idx > 0 && (l.start..<l.end).allSatisfy({ s[$0].properties.isLowercase }) {
                r.boilerplate.append(Boilerplate(span: Span(l.start, l.end), rule: "text.stray"))
            } else if idx > 0 && idx < ArticleDate.headLineCount && len <= 24 && Segmenter.isReadingTime(s, l) {
                r.boilerplate.append(Boilerplate(span: Span(l.start, l.end), rule: "text.stray"))
            }
        }
        r.boilerplate += Segmenter.markup(s)
        r.boilerplate.sort { $0.span < $1.span }
        // overlapping pieces (a tag inside a teaser) are merged
        var merged: [Boilerplate] = []
        for b in r.boilerplate {
            if let last = merged.last, last.span.end > b.span.start {
                if last.rule == "text.markup.inline" { merged[merged.count - 1].rule = b.rule }
                merged[merged.count - 1].span.end = max(last.span.end, b.span.end)
            } else {
                merged.append(b)
            }
        }
        r.boilerplate = merged
        return r
    }

    /// HTML or XML markup left in a text (tags, comments, the content of script and style
    /// elements) and terminal escape sequences are not body.
    static func markup(_ s: [Unicode.Scalar]) -> [Boilerplate] {
        var out: [Boilerplate] = []
        var i = 0
        let n = s.count
        while i < n {
            // (the text between tags is passed over in the buffer: most scalars start nothing)
            s.withUnsafeBufferPointer { b in
                while i < n, b[i].value != 0x1B, b[i].value != 0x3C { i += 1 }
            }
            guard i < n else { break }
            // a terminal escape sequence (ESC [ params final) pasted with the text
            if s[i].value == 0x1B, i + 1 < n, s[i + 1] == "[" {
                var j = i + 2
                while j < n && j - i < 32 && !(s[j].value >= 0x40 && s[j].value <= 0x7E) { j += 1 }
                if j < n && j - i < 32 {
                    out.append(Boilerplate(span: Span(i, j + 1), rule: "text.markup.inline"))
                    i = j + 1
                    continue
                }
            }
            guard s[i] == "<", i + 1 < n, Tokenizer.isLetter(s[i + 1]) || s[i + 1] == "/" || s[i + 1] == "!" else { i += 1; continue }
            var j = i + 1
            while j < n && s[j] != ">" && s[j] != "<" && s[j] != "\n" && j - i < 2000 { j += 1 }
            guard j < n, s[j] == ">" else { i += 1; continue }
            var name = ""
            for c in s[(i + 1)..<j] { if Tokenizer.isLetter(c) { name.unicodeScalars.append(c) } else if !name.isEmpty { break } }
            let lower = name.lowercased()
            var end = j + 1
            if (lower == "script" || lower == "style") && s[i + 1] != "/" {
                // skip to the closing tag
                let close = Array("</\(lower)".unicodeScalars)
                var k = end
                while k + close.count <= n {
                    if (0..<close.count).allSatisfy({ Character(s[k + $0]).lowercased() == Character(close[$0]).lowercased() }) { break }
                    k += 1
                }
                while k < n && s[k] != ">" { k += 1 }
                end = min(n, k + 1)
            }
            // block elements end a paragraph; anything else (b, a, span, an inline script) does not
            let block: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
                                      "title", "head", "body", "html", "section", "article", "header", "footer", "blockquote", "hr", "pre", "figure", "figcaption"]
            out.append(Boilerplate(span: Span(i, end), rule: block.contains(lower) ? "text.markup" : "text.markup.inline"))
            i = end
        }
        return out
    }

    /// The words of a line, lowercased, and whether it holds a digit.
    static func words(_ s: [Unicode.Scalar], _ l: Line) -> (words: [String], digit: Bool) {
        var out: [String] = []
        var digit = false
        var i = l.start
        while i < l.end {
            if Tokenizer.isDigit(s[i]) { digit = true }
            guard s[i].properties.isAlphabetic else { i += 1; continue }
            var w = String.UnicodeScalarView()
            while i < l.end && s[i].properties.isAlphabetic { w.append(s[i]); i += 1 }
            out.append(String(w).lowercased())
        }
        return (out, digit)
    }

    /// A short line that is a date and nothing else a sentence or a name would hold: months,
    /// weekdays, clock times, "Updated", "Published", "ago" ("November 19, 2019 / 12:21 AM /
    /// Updated 14 hours ago", "Wednesday, January 23, 2019").
    static func isDatelineOnly(_ s: [Unicode.Scalar], _ l: Line) -> Bool {
        guard l.end - l.start <= 110 else { return false }
        let (ws, _) = words(s, l)
        guard ws.allSatisfy({ DatePhrase.months[$0] != nil || ArticleDate.weekdays[$0] != nil || ArticleDate.datelineWords.contains($0) }) else { return false }
        return !DatePhrase.find(Array(s[l.start..<l.end]), limit: l.end - l.start).isEmpty
    }

    /// The names of a byline line: "By" and one to four names of two to four capitalised words
    /// each, joined by commas, "and" or "&" ("By Jane Roe and John Doe", "By LISA MASCARO, ERIC
    /// TUCKER"), or one name of two to four words all in capitals alone on the line ("JANIE
    /// HAR"). Nil for anything else: a sentence ("By Monday the talks had failed") has lowercase
    /// words, digits or punctuation a list of names does not.
    static func bylineNames(_ s: [Unicode.Scalar], _ l: Line) -> [Span]? {
        guard l.end - l.start <= 100 else { return nil }
        let by = hasPrefix(s, l.start, l.end, ["B", "y", " "]) || hasPrefix(s, l.start, l.end, ["B", "Y", " "])
        var names: [Span] = []
        var start = -1, end = -1, words = 0
        var allCaps = true
        // a separator ends a name of two to four words
        func close() -> Bool {
            guard start >= 0, (2...4).contains(words) else { return false }
            names.append(Span(start, end))
            start = -1; words = 0
            return true
        }
        var i = by ? l.start + 3 : l.start
        while i < l.end {
            let c = s[i]
            if Tokenizer.isSpace(c) { i += 1; continue }
            if c == "," || c == "&" {
                guard close() else { return nil }
                i += 1; continue
            }
            guard Tokenizer.isLetter(c) else { return nil }
            var j = i
            var lower = false
            while j < l.end && (Tokenizer.isLetter(s[j]) || s[j] == "." || s[j] == "'" || s[j] == "’" || s[j] == "-") {
                if s[j].properties.isLowercase { lower = true }
                j += 1
            }
            let w = String(String.UnicodeScalarView(s[i..<j]))
            if w == "and" || w == "AND" {
                guard close() else { return nil }
            } else {
                guard c.properties.isUppercase else { return nil }
                if lower { allCaps = false }
                if start < 0 { start = i }
                end = j; words += 1
            }
            i = j
        }
        guard close(), names.count <= 4 else { return nil }
        // without "By", only one name written all in capitals
        return by || (allCaps && names.count == 1) ? names : nil
    }

    /// A reading time alone on a line: a number and "min read" ("5 Min Read", "3 min read").
    static func isReadingTime(_ s: [Unicode.Scalar], _ l: Line) -> Bool {
        let (ws, digit) = words(s, l)
        return digit && ws.last == "read" && ws.count <= 3 && ws.allSatisfy { ["min", "mins", "minute", "minutes", "read"].contains($0) }
    }

    static func hasPrefix(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ p: [Unicode.Scalar]) -> Bool {
        guard b - a >= p.count else { return false }
        for k in 0..<p.count where s[a + k] != p[k] { return false }
        return true
    }

    /// Whether a prefix ending in a letter runs on into a lowercase letter at `k` (before `b`):
    /// "Author" is a byline, "Authorities said …" a sentence ("Read alsoUkraine …", glued to
    /// the next title, is still a teaser).
    static func wordGoesOn(_ s: [Unicode.Scalar], _ k: Int, _ b: Int, after p: [Unicode.Scalar]) -> Bool {
        guard k < b, let last = p.last, Tokenizer.isLetter(last) else { return false }
        return s[k].properties.isLowercase
    }

    /// `date YYYY-MM-DD` at `a`: the ISO date, the end of the header, and whether the date is real.
    static func dateHeader(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> (String, Int, Bool)? {
        var i = a
        while i < b && (s[i].value == 0xFEFF) { i += 1 }
        let word: [Unicode.Scalar] = ["d", "a", "t", "e"]
        guard hasPrefix(s, i, b, word) || hasPrefix(s, i, b, ["D", "a", "t", "e"]) else { return nil }
        i += 4
        if i < b && s[i] == ":" { i += 1 }
        guard i < b && Tokenizer.isSpace(s[i]) else { return nil }
        while i < b && Tokenizer.isSpace(s[i]) { i += 1 }
        guard i + 10 <= b else { return nil }
        var d = String.UnicodeScalarView()
        d.append(contentsOf: s[i..<(i + 10)])
        let str = String(d)
        let shape = str.unicodeScalars.enumerated().allSatisfy { k, c in k == 4 || k == 7 ? c == "-" : Tokenizer.isDigit(c) }
        guard shape else { return nil }
        return (str, i + 10, CalendarDate(iso: str) != nil)
    }
}
