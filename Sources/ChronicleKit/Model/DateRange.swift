/// The span of days a TIMEX3 date value covers, for ordering dates of different precision.
public struct DateRange: Sendable, Hashable, Comparable {
    public var first: Int
    public var last: Int

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`, `YYYY-Qn`, `YYYY-Hn`, seasons
    /// (`YYYY-SU`), decades (`YYY`) and centuries (`YY`); nil for anything else.
    public init?(value: String) {
        let v = value.split(separator: "T").first.map(String.init) ?? value
        let p = v.split(separator: "-").map(String.init)
        // ASCII digits only: `isNumber` also holds for "½" and "٣", which `Int` does not read
        guard let head = p.first, head.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let y = Int(head) else { return nil }
        func day(_ y: Int, _ m: Int, _ d: Int) -> Int { CalendarDate(year: y, month: m, day: d)?.dayNumber ?? 0 }
        switch (head.count, p.count) {
        case (2, 1): first = day(y * 100, 1, 1); last = day(y * 100 + 99, 12, 31)
        case (3, 1): first = day(y * 10, 1, 1); last = day(y * 10 + 9, 12, 31)
        case (4, 1): first = day(y, 1, 1); last = day(y, 12, 31)
        case (4, _):
            let s = p[1]
            if let m = Int(s), (1...12).contains(m) {
                if p.count >= 3, let d = Int(p[2]), let c = CalendarDate(year: y, month: m, day: d) {
                    first = c.dayNumber; last = c.dayNumber
                } else {
                    first = day(y, m, 1); last = day(y, m, CalendarDate.daysIn(year: y, month: m))
                }
            } else if s.hasPrefix("W"), let w = Int(s.dropFirst()), (1...53).contains(w) {
                let jan4 = CalendarDate(year: y, month: 1, day: 4)!
                let monday = jan4.dayNumber - (jan4.weekday - 1) + (w - 1) * 7
                first = monday; last = monday + 6
            } else if s.hasPrefix("Q"), let q = Int(s.dropFirst()), (1...4).contains(q) {
                first = day(y, q * 3 - 2, 1); last = day(y, q * 3, CalendarDate.daysIn(year: y, month: q * 3))
            } else if s.hasPrefix("H"), let h = Int(s.dropFirst()), (1...2).contains(h) {
                first = day(y, h * 6 - 5, 1); last = day(y, h * 6, CalendarDate.daysIn(year: y, month: h * 6))
            } else {
                switch s {
                case "SP": first = day(y, 3, 1); last = day(y, 5, 31)
                case "SU": first = day(y, 6, 1); last = day(y, 8, 31)
                case "FA": first = day(y, 9, 1); last = day(y, 11, 30)
                case "WI": first = day(y, 12, 1); last = day(y + 1, 2, 28)
                default: return nil
                }
            }
        default: return nil
        }
    }

    /// Ordered by midpoint; on a tie the finer (shorter) range first.
    public static func < (a: DateRange, b: DateRange) -> Bool {
        let ma = a.first + a.last, mb = b.first + b.last
        return ma != mb ? ma < mb : (a.last - a.first) < (b.last - b.first)
    }

    /// Sorts TIMEX3 values chronologically; values that are not calendar dates go last.
    public static func sorted(_ values: [String]) -> [String] {
        values.sorted { a, b in
            switch (DateRange(value: a), DateRange(value: b)) {
            case let (x?, y?): return x != y ? x < y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a < b
            }
        }
    }
}
