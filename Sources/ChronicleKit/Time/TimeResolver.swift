import Foundation

/// Stage 2b: anchors each expression's spec to the article date and writes its TIMEX3 value.
///
/// Relative expressions ("this year", "last week", "Monday") are resolved against the
/// article date; without one their value keeps `X` placeholders, as TimeML does.
public struct TimeResolver: Sendable {
    public init() {}

    public func resolve(_ times: [TimeExpression], documentDate: String?) -> [TimeExpression] {
        let anchor = documentDate.flatMap(CalendarDate.init(iso:))
        return times.map { t in
            var t = t
            t.value = value(t.spec, type: t.type, anchor: anchor, tense: t.tense)
            return t
        }
    }

    static func number(_ s: String?) -> Int? {
        guard let s else { return nil }
        if s == "a" || s == "an" || s == "one" { return 1 }
        return Int(s.replacingOccurrences(of: ",", with: ""))
    }

    static func month(_ s: String?) -> Int? { number(s) }

    static func day(_ s: String?) -> Int? {
        guard var s else { return nil }
        for suf in ["st", "nd", "rd", "th"] where s.hasSuffix(suf) { s.removeLast(2) }
        return Int(s)
    }

    /// The TIMEX3 value of one spec.
    public func value(_ spec: [String: String], type: String, anchor: CalendarDate?, tense: TimeExpression.Tense) -> String? {
        if let ref = spec["ref"] { return ref }
        if let set = spec["set"] {
            if set == "every", let u = spec["unit"] { return TimeResolver.setValue(u) }
            return set
        }
        if let n = spec["dur"], let u = spec["dunit"] { return TimeResolver.duration(n, u) }
        if let d = spec["decade"] {
            let digits = d.filter(\.isNumber)
            if digits.count == 4 { return String(digits.prefix(3)) }
            if digits.count == 2, let v = Int(digits) { return (v >= 30 ? "19" : "20") + String(digits.prefix(1)) }
            return nil
        }
        // relative to the anchor
        if let relS = spec["rel"], let unit = spec["unit"] {
            let rel = relS.hasPrefix("-") ? -(TimeResolver.number(String(relS.dropFirst())) ?? 1) : (TimeResolver.number(relS) ?? 0)
            guard let a = anchor else { return TimeResolver.placeholder(unit) }
            var base: String
            switch unit {
            case "day":
                base = a.adding(days: rel).description
            case "week", "fortnight":
                let w = a.adding(days: 7 * rel).isoWeek
                base = "\(pad4(w.year))-W\(pad2(w.week))"
            case "weekend":
                let w = a.adding(days: 7 * rel).isoWeek
                base = "\(pad4(w.year))-W\(pad2(w.week))-WE"
            case "month":
                let m = a.year * 12 + (a.month - 1) + rel
                base = "\(pad4(m / 12))-\(pad2(m % 12 + 1))"
            case "quarter":
                let q = a.year * 4 + (a.month - 1) / 3 + rel
                base = "\(pad4(q / 4))-Q\(q % 4 + 1)"
            case "half":
                let h = a.year * 2 + (a.month - 1) / 6 + rel
                base = "\(pad4(h / 2))-H\(h % 2 + 1)"
            case "decade":
                base = "\(a.year / 10 + rel)"
            case "century":
                base = "\(a.year / 100 + rel)"
            case "hour", "minute":
                base = a.description
            default:
                base = pad4(a.year + rel)
            }
            if let s = spec["season"] { base = pad4(a.year + rel) + "-" + s }
            if let pod = spec["pod"] { base += "T" + pod }
            return base
        }
        if let wd = TimeResolver.number(spec["weekday"]) {
            guard let a = anchor else { return "XXXX-XX-XX" + (spec["pod"].map { "T" + $0 } ?? "") }
            var diff = wd - a.weekday
            switch tense {
            case .past, .present:
                if diff > 0 { diff -= 7 }
                if tense == .present && diff < -3 { diff += 7 }
            case .future:
                if diff < 0 { diff += 7 }
            }
            return a.adding(days: diff).description + (spec["pod"].map { "T" + $0 } ?? "")
        }
        // absolute fields
        var year = TimeResolver.number(spec["year"])
        if let y = year, spec["year"]?.count == 2 { year = y < 40 ? 2000 + y : 1900 + y }
        let month = TimeResolver.month(spec["month"])
        let day = TimeResolver.day(spec["day"])
        if year == nil, let a = anchor, month != nil {
            // a month (and day) without a year: the year of the anchor, moved by tense
            var y = a.year
            let m = month!
            if tense == .past && m > a.month + 1 { y -= 1 }
            if tense == .future && m < a.month { y += 1 }
            year = y
        }
        let ys = year.map(pad4) ?? "XXXX"
        if let hour = TimeResolver.number(spec["hour"]) {
            var h = hour
            if let ap = spec["ampm"], ap.hasPrefix("p"), h < 12 { h += 12 }
            if let ap = spec["ampm"], ap.hasPrefix("a"), h == 12 { h = 0 }
            let date = anchor?.description ?? "XXXX-XX-XX"
            return "\(date)T\(pad2(h)):\(pad2(TimeResolver.number(spec["minute"]) ?? 0))"
        }
        if let m = month {
            if let d = day { return "\(ys)-\(pad2(m))-\(pad2(d))" }
            return "\(ys)-\(pad2(m))"
        }
        if let s = spec["season"] { return "\(ys)-\(s)" }
        if let q = spec["quarter"] { return q == "L" ? "\(ys)-Q4" : "\(ys)-Q\(q)" }
        if year != nil { return ys }
        return nil
    }

    static func placeholder(_ unit: String) -> String {
        switch unit {
        case "day": return "XXXX-XX-XX"
        case "week", "weekend": return "XXXX-WXX"
        case "month": return "XXXX-XX"
        case "decade": return "XXX"
        case "century": return "XX"
        default: return "XXXX"
        }
    }

    static func setValue(_ unit: String) -> String {
        switch unit {
        case "day": return "P1D"
        case "week": return "P1W"
        case "month": return "P1M"
        case "quarter": return "P3M"
        case "decade": return "P10Y"
        case "hour": return "PT1H"
        case "minute": return "PT1M"
        case "weekend": return "P1WE"
        default: return "P1Y"
        }
    }

    static func duration(_ n: String, _ unit: String) -> String {
        let count = n == "a" || n == "an" || n == "one" ? "1" : n
        if unit.hasPrefix("T") { return "PT\(count)\(unit.dropFirst())" }
        if unit == "2W" { return "P\(count == "1" ? "2" : count)W" }
        return "P\(count)\(unit)"
    }
}
