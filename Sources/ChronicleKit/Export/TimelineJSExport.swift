/// TimelineJS3 JSON: one slide per dated event or statement, at the precision it is known,
/// grouped by its main actor.
public struct TimelineJSExport: Sendable {
    public init() {}

    /// The TimelineJS date of a TIMEX3 value, as exact as the value is: year, month, day, and
    /// hour and minute of a time of day. A value TimelineJS cannot hold as it is (a week, a
    /// weekend, a quarter, a half, a season, a part of a day, a decade) is placed at its start
    /// and carries the value, worded by `DateLabel`, as `display_date`; nil if it is not a calendar date.
    public static func startDate(_ value: String) -> JSON? {
        let v = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let parts = v.first.map { $0.split(separator: "-", omittingEmptySubsequences: false).map(String.init) } ?? []
        guard let y = parts.first else { return nil }
        // a decade (201, 201X) or a century (20, 20XX): its first year
        if (y.count == 3 || (y.count == 4 && y.hasSuffix("X") && !y.hasSuffix("XX"))), let d = Int(y.prefix(3)), parts.count == 1 {
            return .object([("year", .int(d * 10)), ("display_date", .string(DateLabel.human(String(y.prefix(3)))))])
        }
        guard y.count == 4, let year = Int(y), y.allSatisfy(\.isASCII) else { return nil }
        var o: [(String, JSON)] = [("year", .int(year))]
        guard parts.count >= 2 else { return .object(o) }
        let p1 = parts[1]
        func at(_ month: Int, _ day: Int? = nil, display: String) -> JSON {
            o.append(("month", .int(month)))
            if let day { o.append(("day", .int(day))) }
            o.append(("display_date", .string(display)))
            return .object(o)
        }
        if p1.hasPrefix("W"), let w = Int(p1.dropFirst()), (1...53).contains(w), let jan4 = CalendarDate(year: year, month: 1, day: 4) {
            // ISO week w: its Monday (the weekend: its Saturday)
            let weekend = parts.count >= 3 && parts[2] == "WE"
            let monday = jan4.adding(days: 1 - jan4.weekday + 7 * (w - 1) + (weekend ? 5 : 0))
            o = [("year", .int(monday.year))]
            return at(monday.month, monday.day, display: DateLabel.human(String(v[0])))
        }
        if p1.count == 2, p1.first == "Q", let q = Int(p1.dropFirst()), (1...4).contains(q) { return at(3 * q - 2, display: DateLabel.human(String(v[0]))) }
        if p1.count == 2, p1.first == "H", let h = Int(p1.dropFirst()), (1...2).contains(h) { return at(6 * h - 5, display: DateLabel.human(String(v[0]))) }
        let seasons = ["SP": (3, "spring"), "SU": (6, "summer"), "FA": (9, "autumn"), "WI": (12, "winter")]
        if let (m, _) = seasons[p1] { return at(m, display: DateLabel.human(String(v[0]))) }
        guard let m = Int(p1), p1.count == 2, (1...12).contains(m) else { return .object(o) }
        o.append(("month", .int(m)))
        guard parts.count >= 3, parts[2].count == 2, let d = Int(parts[2]), CalendarDate(year: year, month: m, day: d) != nil else { return .object(o) }
        o.append(("day", .int(d)))
        guard v.count == 2 else { return .object(o) }
        let time = v[1]
        let dayParts = ["MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"]
        if dayParts[String(time)] != nil {
            o.append(("display_date", .string(DateLabel.human(value))))
            return .object(o)
        }
        let hm = time.split(separator: ":")
        if hm.count >= 2, let h = Int(hm[0]), let mi = Int(hm[1].prefix(2)), (0...23).contains(h), (0...59).contains(mi) {
            o.append(("hour", .int(h)))
            o.append(("minute", .int(mi)))
        }
        return .object(o)
    }

    public func json(_ c: Chronology) -> JSON {
        var events: [JSON] = []
        for e in c.events {
            guard let d = e.date, let start = TimelineJSExport.startDate(d) else { continue }
            let main = (e.roles["agent"] ?? e.actors.first).flatMap { c.actor($0)?.name }
            var o: [(String, JSON)] = [
                ("start_date", start),
                ("text", .object([("headline", .string(HTMLReport.escape("\(e.kind.capitalized): \(e.name ?? e.text)"))),
                                  ("text", .string(HTMLReport.escape(e.sentenceText ?? e.text) + " <small>(\(HTMLReport.escape(e.doc)))</small>"))])),
                ("unique_id", .string(TimelineJSExport.uid(e.id))),
            ]
            if let g = main { o.insert(("group", .string(HTMLReport.escape(g))), at: 2) }
            events.append(.object(o))
        }
        for s in c.statements {
            guard let d = s.date, let start = TimelineJSExport.startDate(d) else { continue }
            let who = s.speakerName ?? "Unattributed"
            let quote = s.quoted
            events.append(.object([
                ("start_date", start),
                ("text", .object([("headline", .string(HTMLReport.escape("\(who): \(String(quote.prefix(90)))\(quote.count > 90 ? "…" : "")"))),
                                  ("text", .string(HTMLReport.escape(s.sentenceText ?? s.text) + " <small>(\(HTMLReport.escape(s.doc)))</small>"))])),
                ("group", .string(HTMLReport.escape(who))),
                ("unique_id", .string(TimelineJSExport.uid(s.id))),
            ]))
        }
        return .object([
            ("title", .object([("text", .object([("headline", .string("Chronicle timeline")),
                                                 ("text", .string("\(c.documents.count) article(s)"))]))])),
            ("events", .array(events)),
        ])
    }

    /// TimelineJS ids must be valid HTML ids.
    static func uid(_ id: String) -> String {
        "c-" + String(String.UnicodeScalarView(id.unicodeScalars.map { ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") ? $0 : "_" }))
    }

    public func write(_ c: Chronology) -> String { json(c).serialized(indent: 1) + "\n" }
}
