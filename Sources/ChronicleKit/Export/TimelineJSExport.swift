/// TimelineJS3 JSON: one slide per dated event or statement, at the precision it is known,
/// grouped by its main actor.
public struct TimelineJSExport: Sendable {
    public init() {}

    /// `{year, month, day}` of a TIMEX3 value, as far as it is known; nil if it is not a calendar date.
    public static func startDate(_ value: String) -> JSON? {
        let parts = value.split(separator: "T").first.map { $0.split(separator: "-").map(String.init) } ?? []
        guard let y = parts.first, y.count == 4, let year = Int(y) else { return nil }
        var o: [(String, JSON)] = [("year", .int(year))]
        if parts.count >= 2, let m = Int(parts[1]), (1...12).contains(m) {
            o.append(("month", .int(m)))
            if parts.count >= 3, let d = Int(parts[2]), (1...31).contains(d) { o.append(("day", .int(d))) }
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
