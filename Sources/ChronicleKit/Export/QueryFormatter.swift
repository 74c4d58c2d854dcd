/// Formats query answers as `table`, `json`, `csv` or `md`.
public struct QueryFormatter: Sendable {
    public enum Format: String, Sendable, CaseIterable { case table, json, csv, md }

    public var format: Format

    public init(format: Format) { self.format = format }

    static let header = ["date", "kind", "who", "what", "actors", "doc", "span", "sentence"]

    /// The row's cells; `human` writes the date as people write it (`DateLabel.human`: the
    /// `table` and `md` formats), else the value (`csv`, `json`: machine formats keep it).
    static func cells(_ r: QueryRow, human: Bool = false) -> [String] {
        [human ? r.date.map(DateLabel.human) ?? "" : r.date ?? "", r.kind == .statement ? (r.direct == true ? "quote" : "statement") : (r.cue ?? "event"),
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
        case .csv: return Table.csv(QueryFormatter.header, rows.map { QueryFormatter.cells($0) })
        case .md: return Table.markdown(QueryFormatter.header, rows.map { QueryFormatter.cells($0, human: true) })
        case .table:
            return Table.text(["date", "kind", "who", "what", "actors", "where"],
                              rows.map { r in let c = QueryFormatter.cells(r, human: true); return [c[0], c[1], c[2], c[3], c[4], c[5] + " " + c[6]] })
        }
    }

    /// What `write` returns, as UTF-8 (for writing out: megabytes of text need not become a
    /// `String` and be checked again).
    public func utf8(_ rows: [QueryRow]) -> [UInt8] {
        switch format {
        case .json: return QueryFormatter.jsonOutput(rows).bytes
        case .csv: return QueryFormatter.csvOutput(rows).bytes
        case .md: return QueryFormatter.markdownOutput(rows).bytes
        case .table: return QueryFormatter.tableOutput(rows).bytes
        }
    }

    /// The cells of `cells(_:)` written as bytes, one after another, with where each is.
    struct CellBytes {
        let out = UTF8Output(capacity: 4096)
        var cells: [(start: Int, count: Int)] = Array(repeating: (0, 0), count: 8)
        /// The date cell as people write it (`DateLabel.human`), for `table` and `md`.
        var humanDates = false

        /// Writes a row's cells (the row's texts as valid UTF-8).
        mutating func write(_ r: QueryRow) {
            out.truncate(to: 0)
            func cell(_ k: Int, _ write: () -> Void) {
                let start = out.count
                write()
                cells[k] = (start, out.count - start)
            }
            cell(0) {
                if humanDates, let d = r.date { out.append(DateLabel.human(d)) } else { out.append(r.date ?? "") }
            }
            cell(1) { r.kind == .statement ? out.append(r.direct == true ? "quote" : "statement") : out.append(r.cue ?? "event") }
            cell(2) { out.append(r.speaker ?? "") }
            cell(3) { r.textText.withValidUTF8 { out.appendBytes($0) } }
            cell(4) {
                for (n, a) in r.actors.enumerated() {
                    if n > 0 { out.append("; ") }
                    out.append(a)
                }
            }
            cell(5) { out.append(r.doc) }
            cell(6) {
                out.append(r.span.start)
                out.appendByte(0x2D)
                out.append(r.span.end)
            }
            cell(7) { r.sentenceText?.withValidUTF8 { out.appendBytes($0) } }
        }

        func bytes(_ k: Int) -> UnsafeBufferPointer<UInt8> { out.bytes(cells[k].start, cells[k].count) }
    }

    /// What `write` returns for CSV, written as bytes: a row with a quote next to a non-ASCII
    /// character is written as `Table.csvRow` writes it.
    static func csvOutput(_ rows: [QueryRow]) -> UTF8Output {
        byteRows(rows, header: Table.csvRow(header), open: "", separator: ",", close: "\r\n", fallback: { Table.csvRow(cells($0)) }) { c, out in
            // a cell a spreadsheet would run as a formula goes through the string writer
            guard !Table.startsFormula(c.first) else { return false }
            guard c.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                out.appendBytes(c)
                return true
            }
            out.appendByte(0x22)
            var from = 0
            for q in c.indices where c[q] == 0x22 {
                out.appendBytes(UnsafeBufferPointer(rebasing: c[from...q]))
                out.appendByte(0x22)
                from = q + 1
            }
            out.appendBytes(UnsafeBufferPointer(rebasing: c[from...]))
            out.appendByte(0x22)
            return true
        }
    }

    /// What `write` returns for Markdown, written as bytes: a row with a carriage return, or a
    /// bar or line feed next to a non-ASCII character, is written as `Table.markdownRow` writes it.
    static func markdownOutput(_ rows: [QueryRow]) -> UTF8Output {
        byteRows(rows, header: Table.markdownHeader(header), open: "| ", separator: " | ", close: " |\n", humanDates: true,
                 fallback: { Table.markdownRow(cells($0, human: true)) }) { c, out in
            guard c.contains(where: { Table.markdownEscape($0) != nil || $0 == 0xC2 || $0 == 0xE2 }) else {
                out.appendBytes(c)
                return true
            }
            // (escapes are of ASCII bytes, which are whole characters of UTF-8: byte by byte
            // is scalar by scalar, as `Table.markdownCell` goes; C1 controls and U+2028/9 too)
            var k = 0
            while k < c.count {
                let b = c[k]
                if let e = Table.markdownEscape(b) {
                    out.append(e)
                } else if b == 0xC2, k + 1 < c.count, (0x80...0x9F).contains(c[k + 1]) {
                    out.appendByte(0x20)
                    k += 1
                } else if b == 0xE2, k + 2 < c.count, c[k + 1] == 0x80, c[k + 2] == 0xA8 || c[k + 2] == 0xA9 {
                    out.appendByte(0x20)
                    k += 2
                } else {
                    out.appendByte(b)
                }
                k += 1
            }
            return true
        }
    }

    /// The rows' eight cells as bytes between `open`, `separator`s and `close`, each cell written
    /// by `cell` (false: this row goes through the string writer `fallback` instead).
    static func byteRows(_ rows: [QueryRow], header: String, open: String, separator: String, close: String, humanDates: Bool = false,
                         fallback: (QueryRow) -> String,
                         cell: (UnsafeBufferPointer<UInt8>, UTF8Output) -> Bool) -> UTF8Output {
        let out = UTF8Output(capacity: rows.count * 700)
        out.append(header)
        var row = CellBytes()
        row.humanDates = humanDates
        for r in rows {
            row.write(r)
            let start = out.count
            var plain = true
            if !open.isEmpty { out.append(open) }
            for k in 0..<8 {
                if k > 0 { out.append(separator) }
                guard cell(row.bytes(k), out) else {
                    plain = false
                    break
                }
            }
            if plain {
                out.append(close)
            } else {
                out.truncate(to: start)
                out.append(fallback(r))
            }
        }
        return out
    }

    /// What `write` returns for a table, written as bytes: cells of ASCII (without carriage
    /// returns: a CR LF is one character) are cut and counted by bytes, others as `Table.clip`
    /// does.
    static func tableOutput(_ rows: [QueryRow], maxWidth: Int = 70) -> UTF8Output {
        let columns = 6
        // the cells, cut, one after another, with their widths
        let cut = UTF8Output(capacity: rows.count * 300)
        var cells: [(start: Int, count: Int, width: Int)] = []
        cells.reserveCapacity((rows.count + 1) * columns)
        var widths = [Int](repeating: 0, count: columns)
        func add(_ c: UnsafeBufferPointer<UInt8>, _ k: Int) {
            let start = cut.count
            let width: Int
            if !c.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
                let kept = c.count > maxWidth ? maxWidth - 1 : c.count
                // control characters (ESC…) as spaces, as `Table.clip` writes them
                for b in UnsafeBufferPointer(rebasing: c[..<kept]) { cut.appendByte(b < 0x20 || b == 0x7F ? 0x20 : b) }
                if kept < c.count { cut.append("…") }
                width = kept < c.count ? maxWidth : c.count
            } else {
                let (text, w) = Table.clip(String(decoding: c, as: UTF8.self), maxWidth: maxWidth)
                cut.append(text)
                width = w
            }
            cells.append((start, cut.count - start, width))
            widths[k] = max(widths[k], width)
        }
        for (k, name) in ["date", "kind", "who", "what", "actors", "where"].enumerated() {
            var name = name
            name.withUTF8 { add($0, k) }
        }
        var row = CellBytes()
        row.humanDates = true
        for r in rows {
            row.write(r)
            for k in 0..<5 { add(row.bytes(k), k) }
            // where: the document and the span
            let place = row.out.count
            row.out.appendBytes(row.bytes(5))
            row.out.appendByte(0x20)
            row.out.appendBytes(row.bytes(6))
            add(row.out.bytes(place, row.out.count - place), 5)
        }
        let out = UTF8Output(capacity: cut.count + cells.count * 8)
        for line in 0..<(rows.count + 1) {
            for k in 0..<columns {
                let c = cells[line * columns + k]
                if k > 0 { out.append("  ") }
                out.appendBytes(cut.bytes(c.start, c.count))
                if k != columns - 1 { out.append(repeating: 0x20, count: widths[k] - c.width) }
            }
            out.appendByte(0x0A)
            if line == 0 {
                for k in 0..<columns {
                    if k > 0 { out.append("  ") }
                    out.append(repeating: 0x2D, count: widths[k])
                }
                out.appendByte(0x0A)
            }
        }
        return out
    }

    /// What `JSON.array(rows.map(json)).serialized(indent: 1)` writes and a line end, written
    /// straight as UTF-8: building the values first and appending to a string piece by piece
    /// cost twenty times as much for thousands of rows.
    static func jsonOutput(_ rows: [QueryRow]) -> UTF8Output {
        let out = UTF8Output(capacity: rows.count * 800)
        guard !rows.isEmpty else {
            out.append("[]\n")
            return out
        }
        out.append("[\n")
        for (k, r) in rows.enumerated() {
            writeJSON(r, to: out)
            out.append(k + 1 < rows.count ? ",\n" : "\n")
        }
        out.append("]\n")
        return out
    }

    /// One row as the object `json(_:)` makes, one member a line.
    static func writeJSON(_ r: QueryRow, to out: UTF8Output) {
        func member(_ key: StaticString, _ value: String?) {
            out.append(key)
            if let value { out.appendJSON(value) } else { out.append("null") }
        }
        func member(_ key: StaticString, _ value: RowText?) {
            out.append(key)
            if let value { out.appendJSON(value) } else { out.append("null") }
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
