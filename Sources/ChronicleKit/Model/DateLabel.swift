/// A TIMEX3 date value as a reader would write it: "27 Dec 2019", "week 39, 2019",
/// "Jan 2020, night", "summer 2016", "Q3 2016", "1960s" (value `196`), "19th century" (value
/// `18`, as TimeML writes "the 19th century"). A value it does not know is shown as it is, so
/// nothing is ever hidden behind a guess. Every display of a date to people goes through it
/// (timeline and event graph, `timeline` table and Markdown, the reports, `serve`); machine
/// formats (JSON, JSONL, TimeML, CSV) keep the value.
public enum DateLabel {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let parts = ["MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"]
    static let seasons = ["SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"]

    /// The label of `value`; `value` itself when it is no date this knows.
    public static func human(_ value: String) -> String {
        // the time of day: `T` and a part of day (`TMO`) or a clock time (`T14:30`)
        var dateText = Substring(value), time: String?
        if let t = value.firstIndex(of: "T"), t != value.startIndex {
            dateText = value[..<t]
            let rest = value[value.index(after: t)...]
            if let p = parts[String(rest)] {
                time = p
            } else if rest.count >= 5, rest.utf8.prefix(5).enumerated().allSatisfy({ $0.offset == 2 ? $0.element == UInt8(ascii: ":") : (0x30...0x39).contains($0.element) }) {
                time = String(rest.prefix(5))
            } else {
                return value
            }
        }
        guard let date = dateLabel(dateText) else { return value }
        return time.map { date + ", " + $0 } ?? date
    }

    /// "1st", "2nd", "3rd", "11th", "21st".
    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    /// The label of an optional value; `undated` for none.
    public static func human(_ value: String?, undated: String) -> String { value.map(human) ?? undated }

    static func number(_ s: Substring) -> Int? {
        guard !s.isEmpty, s.count <= 9, s.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(s)
    }

    static func dateLabel(_ v: Substring) -> String? {
        let p = v.split(separator: "-", omittingEmptySubsequences: false)
        guard let head = p.first, let y = number(head) else { return nil }
        switch (head.count, p.count) {
        case (2, 1): return ordinal(y + 1) + " century"
        case (3, 1): return "\(y)0s"
        case (4, 1): return "\(y)"
        case (4, _): break
        default: return nil
        }
        let s = p[1]
        if let m = number(s), s.count == 2, (1...12).contains(m) {
            if p.count == 2 { return "\(months[m - 1]) \(y)" }
            if p.count == 3, p[2].count == 2, let d = number(p[2]), (1...CalendarDate.daysIn(year: y, month: m)).contains(d) {
                return "\(d) \(months[m - 1]) \(y)"
            }
            return nil
        }
        if s.hasPrefix("W"), let w = number(s.dropFirst()), (1...53).contains(w) {
            if p.count == 2 { return "week \(w), \(y)" }
            if p.count == 3, p[2] == "WE" { return "weekend of week \(w), \(y)" }
            return nil
        }
        guard p.count == 2 else { return nil }
        if s.hasPrefix("Q"), let q = number(s.dropFirst()), (1...4).contains(q) { return "Q\(q) \(y)" }
        if s.hasPrefix("H"), let h = number(s.dropFirst()), (1...2).contains(h) { return (h == 1 ? "first" : "second") + " half of \(y)" }
        if let season = seasons[String(s)] { return "\(season) \(y)" }
        return nil
    }
}
