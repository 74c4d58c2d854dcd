/// Checks dates given on the command line.
public enum DateArgument {
    /// Whether the text is a real calendar day written `YYYY-MM-DD`.
    public static func isValid(_ s: String) -> Bool { CalendarDate(iso: s) != nil }

    /// The days of a date bound written `YYYY`, `YYYY-MM` (a real month) or `YYYY-MM-DD` (a real
    /// day: `2021-02-30` is none); nil for anything else.
    public static func bound(_ s: String) -> DateRange? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }) else { return nil }
        let y = Int(parts[0])!
        if parts.count == 1 { return DateRange(value: s) }
        guard let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        if parts.count == 2 { return DateRange(value: s) }
        guard let d = CalendarDate(year: y, month: m, day: Int(parts[2])!) else { return nil }
        return DateRange(first: d.dayNumber, last: d.dayNumber)
    }

    /// What is wrong with a window's bounds, in one line (a bound that is no date, or a start
    /// after the end), or nil when both are fine. `names` are what the bounds are called.
    public static func windowProblem(from: String?, to: String?, names: (String, String) = ("--from", "--to")) -> String? {
        for (name, value) in [(names.0, from), (names.1, to)] {
            if let value, bound(value) == nil {
                return "\(name) '\(value)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD, a real month and day)"
            }
        }
        if let from, let to, let a = bound(from), let b = bound(to), a.first > b.last {
            return "\(names.0) '\(from)' is after \(names.1) '\(to)': the window is empty"
        }
        return nil
    }
}
