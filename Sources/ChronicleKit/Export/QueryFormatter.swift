/// Formats query answers as `table`, `json`, `csv` or `md`.
public struct QueryFormatter: Sendable {
    public enum Format: String, Sendable, CaseIterable { case table, json, csv, md }

    public var format: Format

    public init(format: Format) { self.format = format }

    static let header = ["date", "kind", "who", "what", "actors", "doc", "span", "sentence"]

    static func cells(_ r: QueryRow) -> [String] {
        [r.date ?? "", r.kind == .statement ? (r.direct == true ? "quote" : "statement") : (r.cue ?? "event"),
         r.speaker ?? "", r.text, r.actors.joined(separator: "; "), r.doc, "\(r.span.start)-\(r.span.end)", r.sentence ?? ""]
    }

    public static func json(_ r: QueryRow) -> JSON {
        var o: [(String, JSON)] = [("kind", .string(r.kind.rawValue)), ("id", .string(r.id)), ("date", .str(r.date)),
                                   ("doc", .string(r.doc)), ("span", .span(r.span)), ("text", .string(r.text))]
        if r.kind == .statement {
            o += [("speaker", .str(r.speaker)), ("speaker_id", .str(r.speakerId)), ("cue", .str(r.cue)), ("direct", .bool(r.direct ?? false)),
                  ("about", .strings(r.actors))]
        } else {
            o += [("event_kind", .str(r.cue)), ("actors", .strings(r.actors))]
        }
        o += [("sentence", .str(r.sentence)), ("rule", .string(r.rule))]
        return .object(o)
    }

    public func write(_ rows: [QueryRow]) -> String {
        switch format {
        case .json: return JSON.array(rows.map(QueryFormatter.json)).serialized(indent: 1) + "\n"
        case .csv: return Table.csv(QueryFormatter.header, rows.map(QueryFormatter.cells))
        case .md: return Table.markdown(QueryFormatter.header, rows.map(QueryFormatter.cells))
        case .table:
            return Table.text(["date", "kind", "who", "what", "actors", "where"],
                              rows.map { r in let c = QueryFormatter.cells(r); return [c[0], c[1], c[2], c[3], c[4], c[5] + " " + c[6]] })
        }
    }
}
