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
        case .json: return QueryFormatter.jsonOutput(rows).text
        case .csv: return Table.csv(QueryFormatter.header, rows.map(QueryFormatter.cells))
        case .md: return Table.markdown(QueryFormatter.header, rows.map(QueryFormatter.cells))
        case .table:
            return Table.text(["date", "kind", "who", "what", "actors", "where"],
                              rows.map { r in let c = QueryFormatter.cells(r); return [c[0], c[1], c[2], c[3], c[4], c[5] + " " + c[6]] })
        }
    }

    /// What `write` returns, as UTF-8 (for writing out: megabytes of text need not become a
    /// `String` and be checked again).
    public func utf8(_ rows: [QueryRow]) -> [UInt8] {
        switch format {
        case .json: return QueryFormatter.jsonOutput(rows).bytes
        default: return Array(write(rows).utf8)
        }
    }

    /// What `JSON.array(rows.map(json)).serialized(indent: 1)` writes and a line end, written
    /// straight as UTF-8: building the values first and appending to a string piece by piece
    /// cost twenty times as much for thousands of rows.
    static func jsonOutput(_ rows: [QueryRow]) -> UTF8Output {
        var out = UTF8Output(capacity: rows.count * 800)
        guard !rows.isEmpty else {
            out.append("[]\n")
            return out
        }
        out.append("[\n")
        for (k, r) in rows.enumerated() {
            writeJSON(r, to: &out)
            out.append(k + 1 < rows.count ? ",\n" : "\n")
        }
        out.append("]\n")
        return out
    }

    /// One row as the object `json(_:)` makes, one member a line.
    static func writeJSON(_ r: QueryRow, to out: inout UTF8Output) {
        func member(_ key: StaticString, _ value: String?) {
            out.append(key)
            if let value { out.appendJSON(value) } else { out.append("null") }
        }
        func member(_ key: StaticString, _ value: RowText?) {
            out.append(key)
            if let value { value.withValidUTF8 { out.appendJSON(utf8: $0) } } else { out.append("null") }
        }
        func member(_ key: StaticString, _ values: [String]) {
            out.append(key)
            out.append("[")
            for (k, v) in values.enumerated() {
                if k > 0 { out.append(", ") }
                out.appendJSON(v)
            }
            out.append("]")
        }
        member(" {\n  \"kind\": ", r.kind.rawValue)
        member(",\n  \"id\": ", r.idText)
        member(",\n  \"date\": ", r.date)
        member(",\n  \"doc\": ", r.doc)
        out.append(",\n  \"span\": [")
        out.append(r.span.start)
        out.append(", ")
        out.append(r.span.end)
        out.append("]")
        member(",\n  \"text\": ", r.textText)
        if r.kind == .statement {
            member(",\n  \"speaker\": ", r.speaker)
            member(",\n  \"speaker_id\": ", r.speakerId)
            member(",\n  \"cue\": ", r.cue)
            out.append(r.direct == true ? ",\n  \"direct\": true" : ",\n  \"direct\": false")
            member(",\n  \"about\": ", r.actors)
        } else {
            member(",\n  \"event_kind\": ", r.cue)
            member(",\n  \"actors\": ", r.actors)
        }
        member(",\n  \"sentence\": ", r.sentenceText)
        member(",\n  \"rule\": ", r.rule)
        out.append("\n }")
    }
}
