import Foundation

/// Stage 2b: anchors each expression's spec and writes its TIMEX3 value.
///
/// Expressions are resolved in text order. Deictic ones ("yesterday", "next year",
/// "Monday") are anchored to the article date (the DCT); anaphoric ones ("a day later",
/// "the following year", "the quarter", "a year earlier") to the last date or quarter the
/// text itself mentioned, as TimeML does, falling back to the DCT. Without an article date
/// relative values keep `X` placeholders.
///
/// Spec keys (written by the `time.rules` rules, see the head of that file):
/// - absolute: `year month day decade century season quarter half weekday hour minute ampm pod`
/// - `rel=N unit=U`: N calendar units from the anchor, at that unit's granularity
/// - `yrel=N`: the year is the anchor's year + N (with month, quarter, season, half fields)
/// - `mrel=-1|0|1` with `month`: the last / this / next such month; `srel` for seasons,
///   `wrel` for weekdays ("last Friday", "next Monday")
/// - `anchor=text`: relative to the last date in the text instead of the DCT; `anchor=past`: so
///   in a sentence told in the past, else to the DCT ("The next year, the Taliban released …")
/// - `quarter=ref`: the quarter the text last spoke of (else the one before the DCT's)
/// - `gran=ref`: a year shift keeps the granularity of the last quarter mentioned
/// - `ref=PRESENT_REF|PAST_REF|FUTURE_REF`, `dur=N dunit=D`, `set=V`, `mod=M`
public struct TimeResolver: Sendable {
    public init() {}

    /// What the text has mentioned so far.
    struct Context {
        var dct: CalendarDate?
        /// The last full date mentioned (or the DCT).
        var lastDay: CalendarDate?
        /// The last quarter mentioned, as (year, quarter).
        var lastQuarter: (Int, Int)?
        /// The last year mentioned explicitly.
        var lastYear: Int?
        /// Whether the reporting period the text last spoke of spans several quarters
        /// ("the first nine months", "the nine months"): "a year earlier" and "the 1988
        /// period" then mean a year, not the quarter named before. A quarter named again
        /// ends it.
        var yearPeriod = false
        /// The year of the last date of any granularity the text named itself ("in June
        /// 1998", "1988", "last year"), for "that year" and "the following year".
        var lastDateYear: Int?
    }

    public func resolve(_ times: [TimeExpression], documentDate: String?) -> [TimeExpression] {
        let anchor = documentDate.flatMap(CalendarDate.init(iso:))
        var ctx = Context(dct: anchor, lastDay: nil, lastQuarter: nil, lastYear: nil)
        return times.map { t in
            var t = t
            if let type = t.spec["type"] { t.type = type }
            // (session 33: "the next year" of a story told in the past follows the text's date)
            if t.spec["anchor"] == "past" { t.spec["anchor"] = t.tense == .past ? "text" : nil }
            t.value = value(t.spec, type: t.type, ctx: ctx, tense: t.tense)
            if let v = t.value {
                TimeResolver.remember(v, spec: t.spec, in: &ctx)
                TimeResolver.rememberPeriod(v, spec: t.spec, in: &ctx)
            }
            return t
        }
    }

    /// The value of one spec against the article date alone (no text context).
    public func value(_ spec: [String: String], type: String, anchor: CalendarDate?, tense: TimeExpression.Tense) -> String? {
        value(spec, type: type, ctx: Context(dct: anchor), tense: tense)
    }

    static func remember(_ v: String, spec: [String: String], in ctx: inout Context) {
        let u = Array(v.utf8)
        guard u.count >= 4, u[0...3].allSatisfy({ $0 >= 48 && $0 <= 57 }), let y = Int(v.prefix(4)) else { return }
        // only quarters the text names itself, not ones derived from others ("a year earlier")
        let derived = (spec["yrel"] != nil && shift(spec["yrel"]) != 0) || spec["gran"] != nil || spec["anchor"] != nil || spec["quarter"] == "ref"
        if !derived && u.count >= 7 && u[4] == 45 && u[5] == 81, let q = Int(String(v.dropFirst(6).prefix(1))) { ctx.lastQuarter = (y, q) }
        if u.count >= 10, let d = CalendarDate(iso: String(v.prefix(10))) { ctx.lastDay = d }
        if spec["year"] != nil { ctx.lastYear = y }
        if !derived && spec["dur"] == nil && spec["set"] == nil { ctx.lastDateYear = y }
    }

    /// Updates the reporting period of an earnings text: a quarter it names itself, or a
    /// span of several months ("the first nine months", `P9M`).
    static func rememberPeriod(_ v: String, spec: [String: String], in ctx: inout Context) {
        if spec["dunit"] == "M", let n = number(spec["dur"]), n >= 2 && n <= 11 {
            ctx.yearPeriod = true
            return
        }
        let derived = (spec["yrel"] != nil && shift(spec["yrel"]) != 0) || spec["gran"] != nil || spec["anchor"] != nil || spec["quarter"] == "ref"
        if !derived, spec["quarter"] != nil || v.utf8.count == 7 && v.contains("-Q") { ctx.yearPeriod = false }
    }

    /// A shift written as a number or a word: last/past/previous -1, this 0, next/coming +1,
    /// yesterday -1, today 0, tomorrow +1 (a multi-word slot is joined with `_`).
    static func shift(_ s: String?) -> Int? {
        guard let s else { return nil }
        switch s {
        case "last", "past", "previous", "this_past", "yesterday", "preceding", "prior": return -1
        case "this", "current", "today", "the_current": return 0
        case "next", "coming", "this_coming", "tomorrow", "following": return 1
        default: return Int(s.hasPrefix("+") ? String(s.dropFirst()) : s).flatMap(TimeResolver.bounded)
        }
    }

    /// The largest amount (of days, years, …) a value is computed from; a larger one ("9223372036854775807
    /// years ago", a fuzzer's) has no calendar value, and arithmetic on it could overflow.
    static let maxAmount = 100_000_000

    /// `v` when it is within ±`maxAmount`.
    static func bounded(_ v: Int) -> Int? { abs(v) <= maxAmount ? v : nil }

    /// Whether `s` is a written number (digits, an optional sign, thousands commas) beyond
    /// ±`maxAmount`.
    static func isHugeAmount(_ s: String) -> Bool {
        var digits = s.replacingOccurrences(of: ",", with: "")
        if digits.hasPrefix("-") || digits.hasPrefix("+") { digits.removeFirst() }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        return Int(digits).flatMap(TimeResolver.bounded) == nil
    }

    static func number(_ s: String?) -> Int? {
        guard let s else { return nil }
        if s == "a" || s == "an" || s == "one" { return 1 }
        return Int(s.replacingOccurrences(of: ",", with: "")).flatMap(TimeResolver.bounded)
    }

    static func day(_ s: String?) -> Int? {
        guard var s else { return nil }
        for suf in ["st", "nd", "rd", "th"] where s.hasSuffix(suf) { s.removeLast(2) }
        return Int(s).flatMap(TimeResolver.bounded)
    }

    static func seasonStart(_ s: String) -> Int {
        switch s { case "SP": return 3; case "SU": return 6; case "FA": return 9; default: return 12 }
    }

    /// The TIMEX3 value of one spec.
    func value(_ spec: [String: String], type: String, ctx: Context, tense: TimeExpression.Tense) -> String? {
        if let ref = spec["ref"] { return ref }
        if let set = spec["set"] {
            if set == "every", let u = spec["unit"] { return TimeResolver.setValue(u) }
            return set
        }
        if let n = spec["dur"], let u = spec["dunit"], let n2 = spec["dur2"], let u2 = spec["dunit2"],
           let v = TimeResolver.compoundDuration([(n, u), (n2, u2)] + (spec["dur3"].flatMap { n3 in spec["dunit3"].map { (n3, $0) } }.map { [$0] } ?? [])) {
            return v
        }
        if let n = spec["dur"], let u = spec["dunit"] { return TimeResolver.duration(n, u, frac: spec["frac"]) }
        if let d = spec["decade"] {
            let digits = d.filter(\.isNumber)
            if digits.count == 4 { return String(digits.prefix(3)) }
            if digits.count == 2, let v = Int(digits) { return (v >= 30 ? "19" : "20") + String(digits.prefix(1)) }
            return nil
        }
        if let c = TimeResolver.day(spec["century"]) { return pad2(c - 1) }
        if spec["clock"] != nil { return clockValue(spec, type: type, ctx: ctx, tense: tense) }
        let textAnchored = spec["anchor"] == "text"
        let a: CalendarDate? = textAnchored ? (ctx.lastDay ?? ctx.dct) : ctx.dct
        // the quarter the text speaks of
        if spec["quarter"] == "ref" {
            var (y, q): (Int, Int)
            let latest = spec["which"] != nil
            if let lq = ctx.lastQuarter, !(latest && ctx.dct.map({ lq.0 * 4 + lq.1 > $0.year * 4 + ($0.month - 1) / 3 }) == true) {
                // "the latest quarter" has ended by the article's date: not a quarter still to come
                (y, q) = lq
            } else if let d = ctx.dct {
                let prev = d.year * 4 + (d.month - 1) / 3 - 1
                (y, q) = (prev / 4, prev % 4 + 1)
            } else {
                return "XXXX-QX"
            }
            if let n = TimeResolver.shift(spec["yrel"]) { y += n }
            if let yy = TimeResolver.number(spec["year"]) { y = yy }
            // "the 1988 period" after "the first nine months": the year
            if ctx.yearPeriod && spec["kind"] != "quarter" { return pad4(y) }
            return "\(pad4(y))-Q\(q)"
        }
        // relative to the anchor
        if let relS = spec["rel"], let unit = spec["unit"] {
            if relS.contains("X") || TimeResolver.isHugeAmount(relS) { return TimeResolver.placeholder(unit, year: ctx.dct?.year) }
            let rel = relS.hasPrefix("-") ? -(TimeResolver.number(String(relS.dropFirst())) ?? 1) : (TimeResolver.shift(relS) ?? TimeResolver.number(relS) ?? 0)
            guard let a else { return TimeResolver.placeholder(unit) }
            var base: String
            switch unit {
            case "day":
                base = a.adding(days: rel).description
            case "week", "fortnight":
                let w = a.adding(days: 7 * rel).isoWeek
                base = "\(pad4(w.year))-W\(pad2(w.week))"
            case "weekend":
                // "the weekend" of a past-tense sentence is the one before the anchor
                var shift = 7 * rel
                if rel == 0 && a.weekday < 6 && tense != .future && spec["near"] != nil { shift -= 7 }
                let w = a.adding(days: shift).isoWeek
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
                base = pad2(a.year / 100 + rel)
            case "hour", "minute":
                base = a.description
            default:
                if spec["gran"] == "ref", !ctx.yearPeriod, let (qy, q) = ctx.lastQuarter {
                    base = "\(pad4(qy + rel))-Q\(q)"
                } else if textAnchored, let y = ctx.lastDateYear {
                    base = pad4(y + rel)
                } else {
                    base = pad4(a.year + rel)
                }
            }
            if let s = spec["season"] { base = pad4(a.year + rel) + "-" + s }
            if let pod = spec["pod"] { base += "T" + pod }
            return base
        }
        if let nth = spec["nth"].flatMap({ Int($0) }), abs(nth) <= 5, let wd = TimeResolver.number(spec["weekday"]), let m = TimeResolver.number(spec["month"]) {
            // the nth weekday of a month (a holiday), in the year the month resolves to
            guard let ym = value(["month": spec["month"]!], type: type, ctx: ctx, tense: tense), let y = Int(ym.prefix(4)) else { return nil }
            let from = spec["after"] == nil ? 1 : 2
            if nth > 0, let first = CalendarDate(year: y, month: m, day: from) {
                return first.adding(days: (wd - first.weekday + 7) % 7 + 7 * (nth - 1)).description
            }
            if let last = CalendarDate(year: y, month: m, day: CalendarDate.daysIn(year: y, month: m)) {
                return last.adding(days: -((last.weekday - wd + 7) % 7)).description
            }
            return nil
        }
        if let wd = TimeResolver.number(spec["weekday"]) {
            // no anchor: the weekday of an unknown week (TIMEX3 "XXXX-WXX-5" for a Friday)
            guard let a else { return "XXXX-WXX-\(wd)" + (spec["pod"].map { "T" + $0 } ?? "") }
            var diff = wd - a.weekday
            if let wr = TimeResolver.shift(spec["wrel"]) {
                // last Friday: the one before the anchor's; next Friday: the one after
                if wr < 0 { if diff >= 0 { diff -= 7 } } else if wr > 0 { if diff <= 0 { diff += 7 } } else if diff < -3 { diff += 7 }
            } else if textAnchored {
                if diff < 0 { diff += 7 }
            } else if diff == 1 || diff == -6 {
                // the day after the article's date, named by its weekday, is tomorrow: news
                // says "last Tuesday" for the one six days back
                diff = 1
            } else {
                switch tense {
                case .past, .present: if diff > 0 { diff -= 7 }
                case .future: if diff < 0 { diff += 7 }
                }
            }
            return a.adding(days: diff).description + (spec["pod"].map { "T" + $0 } ?? "")
        }
        // a day of the month the text just named ("April 24 and 25")
        if textAnchored, spec["month"] == nil, let d = TimeResolver.day(spec["day"]) {
            guard let last = ctx.lastDay, d <= CalendarDate.daysIn(year: last.year, month: last.month) else { return nil }
            return "\(pad4(last.year))-\(pad2(last.month))-\(pad2(d))"
        }
        // absolute fields
        var year = TimeResolver.number(spec["year"])
        if let y = year, spec["year"]?.count == 2 { year = y < 40 ? 2000 + y : 1900 + y }
        if let f = spec["fiscal"], f == "1", year == nil, let a = ctx.dct { year = a.year }
        let month = TimeResolver.number(spec["month"])
        let day = TimeResolver.day(spec["day"])
        if let n = TimeResolver.shift(spec["yrel"]) {
            guard let a = ctx.dct else { return nil }
            year = a.year + n
        }
        if year == nil, let m = month, let a {
            var y = a.year
            if let mr = TimeResolver.shift(spec["mrel"]) {
                // last November: the latest November before the anchor's month
                if mr < 0 { if m >= a.month { y -= 1 } } else if mr > 0 { if m <= a.month { y += 1 } }
            } else {
                let diff = m - a.month
                switch tense {
                case .past: if diff > 2 { y -= 1 }
                case .future: if diff < -2 { y += 1 }
                case .present: if diff > 6 { y -= 1 } else if diff < -6 { y += 1 }
                }
            }
            year = y
        }
        if year == nil, let s = spec["season"], let a {
            let start = TimeResolver.seasonStart(s)
            let now = a.year * 12 + a.month
            var y = a.year
            switch TimeResolver.shift(spec["srel"]) ?? 0 {
            case ..<0: while y * 12 + start + 3 > now { y -= 1 }
            case 1...: while y * 12 + start <= now { y += 1 }
            default:
                // "this summer" is the summer of the anchor's year, whatever the tense
                if s == "WI" && a.month <= 2 { y -= 1 }
                else if spec["srel"] == nil && tense == .past && y * 12 + start > now { y -= 1 }
            }
            year = y
        }
        if year == nil, spec["quarter"] != nil, let a {
            let q = spec["quarter"] == "L" ? 4 : (Int(spec["quarter"]!) ?? 1)
            year = (q - 1) * 3 + 1 > a.month ? a.year - 1 : a.year
        }
        let ys = year.map(pad4) ?? "XXXX"
        if let m = month {
            if let d = day { return "\(ys)-\(pad2(m))-\(pad2(d))" }
            return "\(ys)-\(pad2(m))"
        }
        if let s = spec["season"] { return "\(ys)-\(s)" }
        if let q = spec["quarter"] { return q == "L" ? "\(ys)-Q4" : "\(ys)-Q\(q)" }
        if let h = spec["half"] { return "\(ys)-H\(h)" }
        if year != nil { return ys }
        return nil
    }

    /// An unknown point of that granularity; in a known year when `year` is given.
    /// A clock time: the day it names (a weekday, a date, a relative day or the anchor) and
    /// `Thh:mm`; noon is 12:00, midnight 24:00.
    func clockValue(_ spec: [String: String], type: String, ctx: Context, tense: TimeExpression.Tense) -> String? {
        guard let c = spec["clock"] else { return nil }
        var h: Int, m = 0
        switch c {
        case "noon": h = 12
        case "midnight": h = 24
        default:
            let parts = c.split(separator: ":")
            guard let hh = Int(parts[0]) else { return nil }
            h = hh
            if parts.count > 1 { m = Int(parts[1]) ?? 0 }
            // four figures without a colon: a 24-hour clock ("1353" is 13:53)
            else if parts[0].utf8.count == 4 { h = hh / 100; m = hh % 100 }
        }
        if let ap = spec["ampm"] {
            if ap.hasPrefix("p"), h < 12 { h += 12 }
            if ap.hasPrefix("a"), h == 12 { h = 0 }
        }
        var rest = spec
        rest["clock"] = nil
        rest["ampm"] = nil
        var date = ctx.dct?.description ?? "XXXX-XX-XX"
        // a clock alone is on the story's day: the day the text last named, when that is in the
        // week up to the article's date ("caught fire yesterday … started at about 19:00")
        if let last = ctx.lastDay, let a = ctx.dct, last.dayNumber <= a.dayNumber, last.dayNumber >= a.dayNumber - 7 {
            date = last.description
        }
        if rest["weekday"] != nil || rest["month"] != nil || rest["rel"] != nil,
           let d = value(rest, type: "DATE", ctx: ctx, tense: tense), d.utf8.count >= 10 {
            date = String(d.prefix(10))
        }
        return "\(date)T\(pad2(h)):\(pad2(m))"
    }

    static func placeholder(_ unit: String, year: Int? = nil) -> String {
        let y = year.map(pad4) ?? "XXXX"
        switch unit {
        case "day": return "\(y)-XX-XX"
        case "week", "weekend": return "\(y)-WXX"
        case "month": return "\(y)-XX"
        case "quarter": return "\(y)-QX"
        case "decade": return "XXX"
        case "century": return "XX"
        default: return "XXXX"
        }
    }

    /// A duration of several units, largest first ("1 hour 59 minutes 40.2 seconds" →
    /// `PT1H59M40.2S`, "two years and six months" → `P2Y6M`); nil when the units are not in
    /// descending order, repeat, or are not plain calendar and clock units.
    static func compoundDuration(_ parts: [(String, String)]) -> String? {
        let order = ["Y", "M", "W", "D", "TH", "TM", "TS"]
        var date = "", time = "", last = -1
        for (n, u) in parts {
            guard let k = order.firstIndex(of: u), k > last else { return nil }
            last = k
            var count = n == "a" || n == "an" || n == "one" ? "1" : n
            if let v = Int(count) { count = String(v) } else if Double(count) == nil { return nil }
            if u.hasPrefix("T") { time += count + u.dropFirst() } else { date += count + u }
        }
        return "P" + date + (time.isEmpty ? "" : "T" + time)
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

    /// `P{n}{unit}`: decades and centuries are written in years, quarters in months,
    /// fortnights in weeks; `frac=H` adds a half ("2 1/2 years" → P2Y6M).
    static func duration(_ n: String, _ unit: String, frac: String? = nil) -> String {
        var count = n == "a" || n == "an" || n == "one" ? "1" : n
        // a whole decimal ("2.0") is written as an integer; one too large for an integer stays as written
        if count.contains("."), let d = Double(count), d == d.rounded(), abs(d) < 1e15 { count = String(Int(d)) }
        let v = Int(count)
        // decades, centuries, millennia and fortnights in years or weeks; a product too large for
        // an integer is an unknown amount
        func times(_ k: Int) -> Int? { v.flatMap { let (p, over) = $0.multipliedReportingOverflow(by: k); return over ? nil : p } }
        switch unit {
        case "DE": return times(10).map { "P\($0)Y" } ?? "PXY"
        case "CE": return times(100).map { "P\($0)Y" } ?? "PXY"
        case "ML": return times(1000).map { "P\($0)Y" } ?? "PXY"
        case "2W": return times(2).map { "P\($0)W" } ?? "PXW"
        default: break
        }
        var out = unit.hasPrefix("T") ? "PT\(count)\(unit.dropFirst())" : "P\(count)\(unit)"
        if frac == "H", let v {
            _ = v
            switch unit {
            case "Y": out += "6M"
            case "TH": out += "30M"
            case "D": out = "P\(count)DT12H"
            default: break
            }
        }
        return out
    }
}
