/// Finds calendar dates written out in a short piece of text: "Wednesday, January 23, 2019",
/// "Nov. 20, 2019", "9th Nov 2023", "30 January 2017", "2018-09-16", "13.11.2019", and tells
/// whether a date is the publication ("Published", "Posted", "Original") or an update
/// ("Updated", "Modified"). Used for datelines and bylines of plain text and for the dates of
/// web pages (meta values, `<time>`, visible bylines). Linear in the text.
public enum DatePhrase {
    /// What the words before a date say it is.
    public enum Kind: Sendable, Equatable { case published, plain, updated }

    /// One date found: the day, its kind, and where it starts (scalar offset) in the text.
    public struct Found: Sendable, Equatable {
        public var date: CalendarDate
        public var kind: Kind
        public var offset: Int
    }

    struct Tok {
        enum K { case word, number, numeric, punct }
        var k: K
        var text: String   // lowercased for words
        var offset: Int
        /// A number's value; for a `numeric` token (digits with . - / between) its parts.
        var parts: [Int] = []
        var seps: [Unicode.Scalar] = []
        var ordinal = false
        var digits: [Int] = []
    }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let publishedWords: Set<String> = ["published", "posted", "original", "originally", "created", "issued", "dated", "released", "publication", "veröffentlicht", "publié"]
    static let updatedWords: Set<String> = ["updated", "update", "modified", "edited", "revised", "aktualisiert", "changed"]

    static func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func tokens(_ s: [Unicode.Scalar], limit: Int) -> [Tok] {
        var out: [Tok] = []
        var i = 0
        let n = min(s.count, limit)
        while i < n {
            let c = s[i]
            if isDigit(c) {
                // digits, maybe with . - / between groups of digits; an ordinal suffix (9th)
                var j = i
                var parts: [Int] = [], seps: [Unicode.Scalar] = [], digits: [Int] = []
                while true {
                    var v = 0, d = 0
                    while j < n && isDigit(s[j]) && d < 9 { v = v * 10 + Int(s[j].value - 48); d += 1; j += 1 }
                    while j < n && isDigit(s[j]) { j += 1; d += 1 }
                    parts.append(v)
                    digits.append(d)
                    if j + 1 < n && (s[j] == "." || s[j] == "-" || s[j] == "/") && isDigit(s[j + 1]) && parts.count < 3
                        // (a clock time after a dash or a slash is no part of the date: "Nov 20, 2019-05:52",
                        // "Jul 13, 2009/02:00 pm")
                        && !((s[j] == "-" || s[j] == "/") && startsClock(s, j + 1, n)) {
                        seps.append(s[j])
                        j += 1
                        continue
                    }
                    break
                }
                var t = Tok(k: parts.count > 1 ? .numeric : .number, text: "", offset: i)
                t.parts = parts
                t.seps = seps
                t.digits = digits
                if parts.count == 1 && j + 1 < n {
                    var suf = String(s[j]).lowercased()
                    suf += String(s[j + 1]).lowercased()
                    if ["st", "nd", "rd", "th"].contains(suf) && (j + 2 >= n || !isLetter(s[j + 2])) {
                        t.ordinal = true
                        j += 2
                    }
                }
                out.append(t)
                i = j
            } else if isLetter(c) {
                var j = i
                var w = String.UnicodeScalarView()
                while j < n && isLetter(s[j]) { w.append(s[j]); j += 1 }
                out.append(Tok(k: .word, text: String(w).lowercased(), offset: i))
                i = j
            } else if c == " " || c == "\t" || c.properties.isWhitespace {
                i += 1
            } else {
                out.append(Tok(k: .punct, text: String(c), offset: i))
                i += 1
            }
        }
        return out
    }

    /// Whether one or two digits and a colon start at `k`: a clock time after a dash
    /// ("August 8, 2012-4:43 pm"), not the next part of a numeric date.
    static func startsClock(_ s: [Unicode.Scalar], _ k: Int, _ n: Int) -> Bool {
        var j = k
        while j < n && j - k < 3 && isDigit(s[j]) { j += 1 }
        return j - k <= 2 && j < n && s[j] == ":"
    }

    static func year(_ t: Tok) -> Int? {
        guard t.k == .number, !t.ordinal, t.digits.first == 4, let v = t.parts.first, (1900...2100).contains(v) else { return nil }
        return v
    }

    static func day(_ t: Tok) -> Int? {
        guard t.k == .number, let d = t.digits.first, d <= 2, let v = t.parts.first, (1...31).contains(v) else { return nil }
        return v
    }

    /// Every full date (day, month and year) in `text`, in order.
    public static func find(in text: String, limit: Int = 4096) -> [Found] {
        find(Array(text.unicodeScalars.prefix(limit)), limit: limit)
    }

    /// Every full date in the scalars, in order.
    public static func find(_ s: [Unicode.Scalar], limit: Int = 4096) -> [Found] {
        let toks = tokens(s, limit: limit)
        var out: [Found] = []
        var kind = Kind.plain
        var i = 0
        // skips "," "." and "of"/"the" between the parts of a date
        func next(_ k: Int) -> Int {
            var j = k + 1
            while j < toks.count && ((toks[j].k == .punct && (toks[j].text == "," || toks[j].text == "."))
                                     || (toks[j].k == .word && (toks[j].text == "of" || toks[j].text == "the"))) && j - k < 4 { j += 1 }
            return j
        }
        while i < toks.count {
            let t = toks[i]
            if t.k == .word {
                if publishedWords.contains(t.text) { kind = .published }
                else if updatedWords.contains(t.text) { kind = .updated }
                // Month Day, Year
                if let m = months[t.text] {
                    let a = next(i)
                    if a < toks.count, let d = day(toks[a]) {
                        let b = next(a)
                        if b < toks.count, let y = year(toks[b]), let date = CalendarDate(year: y, month: m, day: d) {
                            out.append(Found(date: date, kind: kind, offset: t.offset))
                            i = b + 1
                            continue
                        }
                    }
                }
            } else if t.k == .number, let d = day(t) {
                // Day Month Year
                let a = next(i)
                if a < toks.count, toks[a].k == .word, let m = months[toks[a].text] {
                    let b = next(a)
                    if b < toks.count, let y = year(toks[b]), let date = CalendarDate(year: y, month: m, day: d) {
                        out.append(Found(date: date, kind: kind, offset: t.offset))
                        i = b + 1
                        continue
                    }
                }
            } else if t.k == .numeric, t.parts.count == 3, Set(t.seps).count == 1 {
                let p = t.parts, sep = t.seps[0]
                var date: CalendarDate?
                if t.digits[0] == 4 {
                    if sep != "." || true { date = CalendarDate(year: p[0], month: p[1], day: p[2]) }   // 2018-09-16, 2018/09/16
                } else if t.digits[2] == 4 && t.digits[0] <= 2 && t.digits[1] <= 2 {
                    if sep == "/" && p[0] <= 12 {
                        date = CalendarDate(year: p[2], month: p[0], day: p[1])                    // 11/19/2019 (US)
                    } else {
                        date = CalendarDate(year: p[2], month: p[1], day: p[0])                    // 13.11.2019, 19/11/2019
                    }
                } else if t.digits[2] == 2 && t.digits[0] <= 2 && t.digits[1] <= 2 && sep == "/" && kind != .plain {
                    // a two-digit year only after "Posted", "Published", "Updated" …: "First Posted:
                    // 10/25/11 06:44 PM ET" (US month first unless the first part cannot be a month)
                    let y = p[2] < 50 ? 2000 + p[2] : 1900 + p[2]
                    date = p[0] <= 12 ? CalendarDate(year: y, month: p[0], day: p[1]) : CalendarDate(year: y, month: p[1], day: p[0])
                }
                if let date, (1900...2100).contains(date.year) {
                    out.append(Found(date: date, kind: kind, offset: t.offset))
                }
            } else if t.k == .punct && (t.text == "/" || t.text == "|") {
                // "Updated … / Original …": a new part of the line starts plain again
                if kind == .updated { kind = .plain }
            }
            i += 1
        }
        return out
    }

    /// A content system's empty date rather than a publication date: the zero time of Go and .NET
    /// ("0001-01-01T00:00:00Z" in a Gannett page's JSON-LD), any year before 1800, the Unix epoch
    /// (1970-01-01, or 1969-12-31 in an American time zone).
    public static func isPlaceholder(_ d: CalendarDate) -> Bool {
        d.year < 1800 || (d.year == 1970 && d.month == 1 && d.day == 1) || (d.year == 1969 && d.month == 12 && d.day == 31)
    }

    /// An ISO-8601 timestamp or date at the start of a value ("2019-11-20T05:52:20-05:00",
    /// "2019-11-20"), else the first full date written out in it.
    public static func parseValue(_ v: String) -> CalendarDate? {
        let s = Array(v.unicodeScalars.prefix(200))
        var i = 0
        while i < s.count && s[i].properties.isWhitespace { i += 1 }
        if i + 10 <= s.count {
            var iso = String.UnicodeScalarView()
            iso.append(contentsOf: s[i..<(i + 10)])
            if let d = CalendarDate(iso: String(iso)), i + 10 == s.count || !isDigit(s[i + 10]) { return isPlaceholder(d) ? nil : d }
        }
        // compact 20191120
        if i + 8 <= s.count && (i..<(i + 8)).allSatisfy({ isDigit(s[$0]) }) && (i + 8 == s.count || !isDigit(s[i + 8])) {
            let n = (i..<(i + 8)).reduce(0) { $0 * 10 + Int(s[$1].value - 48) }
            if let d = CalendarDate(year: n / 10000, month: n / 100 % 100, day: n % 100), (1990...2100).contains(d.year) { return d }
        }
        return find(s, limit: 200).first?.date
    }
}
