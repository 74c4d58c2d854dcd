import CSV
import Foundation
import ZIPFoundation

/// Reads back every export format of a chronology with a real reader, and names what does not
/// come back: JSON with `JSONSerialization` (and chronicle.json with its own reader, every fact
/// there), XML (TimeML, SVG, GraphML, GEXF, the parts of an XLSX) with libxml2's strict
/// parser, CSV with the CSV.swift library, Markdown and HTML for markup from data, brat for
/// offsets that are not the text of its `.txt`. The `exports` fuzz target traps on any problem.
public enum ExportCheck {
    /// Every problem of every format, one line each (empty: all good).
    public static func problems(_ c: Chronology) -> [String] {
        var bad: [String] = []
        for format in Exporter.Format.allCases {
            let (files, problems) = Exporter().outputs(c, format: format)
            for p in problems {
                // a timeline Graphviz cannot draw is named, and the report is still written
                if case .cannotDraw = p { continue }
                bad.append("\(format): \(p.localizedDescription)")
            }
            if !format.isDirectory && files.count != 1 { bad.append("\(format): \(files.count) files, not one") }
            if format == .brat && files.filter({ $0.name.hasSuffix(".ann") }).count != c.documents.count { bad.append("brat: not one .ann per article") }
            for f in files { bad += check(format, name: f.name, data: f.data, files: files, c).map { "\(format) \(f.name): \($0)" } }
        }
        // the diagrams analyze writes: Graphviz reads our DOT, and its SVG is XML without links
        for (name, g) in [("timeline", Diagrams().timeline(c)), ("graph", Diagrams().graph(c))] {
            do {
                let svg = try GraphvizRenderer().render(g, format: "svg")
                bad += xml(svg, name + ".svg").map { "\(name).svg: \($0)" }
                let text = String(decoding: svg, as: UTF8.self)
                if text.contains("<a ") || text.contains("xlink:href=") || text.contains("<image") { bad.append("\(name).svg: a link or an image") }
            } catch {
                bad.append("\(name).dot: Graphviz cannot read it: \(error)")
            }
        }
        return bad
    }

    static func xml(_ data: Data, _ path: String) -> [String] {
        do { _ = try XMLReader.parse(data, path: path); return [] } catch { return ["\(error)"] }
    }

    static func json(_ data: Data) -> Any? { try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) }

    /// Whether a scalar is markup or a control character in Markdown and plain text.
    static func isControl(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\n") || (0x7F...0x9F).contains(c.value) || c == "\u{2028}" || c == "\u{2029}"
    }

    static func check(_ format: Exporter.Format, name: String, data: Data, files: [(name: String, data: Data)], _ c: Chronology) -> [String] {
        var bad: [String] = []
        if format == .xlsx { return workbook(data, c) }
        guard let text = String(validating: data, as: UTF8.self) else { return ["not UTF-8"] }
        switch format {
        case .xlsx: break
        case .graphml, .gexf:
            do { bad += network(try XMLReader.parse(data, path: name), format, c) } catch { bad.append("\(error)") }
        case .md:
            if text.unicodeScalars.contains(where: { $0 == "<" || isControl($0) }) { bad.append("markup or a control character") }
            for line in text.split(separator: "\n") where line.hasPrefix("|") && !line.hasSuffix("|") { bad.append("a table row that does not end with |") }
        case .html:
            let allowed: Set<String> = ["!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "ul", "li", "code", "span", "div",
                                        "table", "tr", "th", "td", "br", "mark", "svg", "g", "polygon", "path", "text", "ellipse", "polyline", "!--"]
            let scalars = Array(text.unicodeScalars)
            for (k, ch) in scalars.enumerated() where ch == "<" {
                var tag = String(String.UnicodeScalarView(scalars[(k + 1)...].prefix { $0 != " " && $0 != ">" && $0 != "\n" }.prefix(20))).lowercased()
                if tag.hasPrefix("/") { tag.removeFirst() }
                if tag.hasPrefix("!--") { tag = "!--" }
                if !allowed.contains(tag) { bad.append("a <\(tag)> tag"); break }
            }
            if let a = text.range(of: "<svg"), let b = text.range(of: "</svg>", options: .backwards), a.lowerBound < b.upperBound {
                bad += xml(Data(text[a.lowerBound..<b.upperBound].utf8), "timeline.svg").map { "its SVG: \($0)" }
            }
            if (try? HTMLParser.parse(data, path: "report.html")) == nil { bad.append("libxml2 cannot read it") }
        case .json:
            if json(data) == nil { bad.append("does not parse") }
            // (the reader refuses what `check` refuses, such as an id that names no actor: only a
            // consistent chronology must come back whole)
            if c.problem() != nil { break }
            do {
                let back = try ChronicleJSONReader().read(data: data, path: "chronicle.json")
                if back.documents.count != c.documents.count || back.statements.count != c.statements.count || back.events.count != c.events.count
                    || back.actors.count != c.actors.count || back.times.count != c.times.count {
                    bad.append("the reader gets other counts of facts back")
                } else if back.actors.map(\.name) != c.actors.map(\.name) || back.statements.map(\.text) != c.statements.map(\.text) {
                    bad.append("names or statement texts do not come back")
                }
            } catch {
                bad.append("the reader refuses it: \(error)")
            }
        case .timelinejs:
            guard let o = json(data) as? [String: Any] else { bad.append("does not parse"); break }
            for e in (o["events"] as? [[String: Any]]) ?? [] {
                let headline = ((e["text"] as? [String: Any])?["headline"] as? String) ?? ""
                if headline.contains("<") || ((e["group"] as? String) ?? "").contains("<") { bad.append("a headline or group with a tag") }
                guard let start = e["start_date"] as? [String: Any], start["year"] is Int else { bad.append("an event without a start year"); continue }
            }
        case .csv:
            do {
                let reader = try CSVReader(string: text)
                var rows: [[String]] = []
                while let row = reader.next() { rows.append(row) }
                if rows != Table.parseCSV(text) { bad.append("the CSV library reads other cells") }
                if let header = rows.first, rows.contains(where: { $0.count != header.count }) { bad.append("a row with another number of cells than the header") }
                for row in rows.dropFirst() where row.contains(where: { Table.startsFormula($0.utf8.first) }) { bad.append("a formula cell") }
            } catch {
                bad.append("the CSV library refuses it: \(error)")
            }
        case .timeml:
            do {
                let root = try XMLReader.parse(data, path: name)
                let docs = c.documents.filter { $0.text != nil }
                if let k = files.firstIndex(where: { $0.name == name }), k < docs.count, let t = root.descendants.first(where: { $0.name == "TEXT" }) {
                    if t.allText != Markup.xmlCharacters(docs[k].text ?? "") {
                        bad.append("without its tags, not the article text")
                    }
                }
            } catch {
                bad.append("\(error)")
            }
        case .brat:
            if name.contains("/") || name.hasPrefix(".") || name.isEmpty { bad.append("file name \(name.debugDescription)") }
            guard name.hasSuffix(".ann") else { break }
            let txt = files.first { $0.name == String(name.dropLast(4)) + ".txt" }.map { Array(String(decoding: $0.data, as: UTF8.self).unicodeScalars) }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
                if line.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
                    bad.append("a line break or control character inside a line")
                }
                guard line.hasPrefix("T") else { continue }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count == 3 else { bad.append("a T line without three fields"); continue }
                // "Type start end;start end" — and with the .txt, the text at those offsets
                let typeAndSpans = fields[1].split(separator: " ", maxSplits: 1)
                guard typeAndSpans.count == 2 else { bad.append("a T line without offsets"); continue }
                var pieces: [String] = []
                for span in typeAndSpans[1].split(separator: ";") {
                    let ab = span.split(separator: " ").compactMap { Int($0) }
                    guard ab.count == 2, ab[0] <= ab[1] else { bad.append("offsets \(span)"); continue }
                    if let txt {
                        guard ab[1] <= txt.count else { bad.append("offsets past the end of the .txt"); continue }
                        pieces.append(BratExport.flat(String(String.UnicodeScalarView(txt[ab[0]..<ab[1]]))))
                    }
                }
                if txt != nil && pieces.joined(separator: " ") != String(fields[2]) { bad.append("a T line whose text is not the .txt at its offsets") }
            }
        }
        return bad
    }

    /// GraphML and GEXF: one node per actor and event with its name, edges between nodes that exist.
    static func network(_ root: XMLReader.Element, _ format: Exporter.Format, _ c: Chronology) -> [String] {
        var bad: [String] = []
        let all = root.descendants
        let nodes = all.filter { $0.name == "node" }, edges = all.filter { $0.name == "edge" }
        let ids = nodes.compactMap { $0.attributes["id"] }
        if Set(ids).count != nodes.count { bad.append("node ids missing or not unique") }
        let expected = NetworkExport().network(c)
        if nodes.count != expected.nodes.count || edges.count != expected.edges.count { bad.append("\(nodes.count) nodes and \(edges.count) edges read back") }
        let known = Set(ids)
        for e in edges where !known.contains(e.attributes["source"] ?? "") || !known.contains(e.attributes["target"] ?? "") { bad.append("an edge to no node"); break }
        // labels come back as written (as XML can hold them)
        let labels: [String] = format == .gexf ? nodes.map { $0.attributes["label"] ?? "" }
            : nodes.map { n in n.all("data").first { $0.attributes["key"] == "label" }?.allText ?? "" }
        if labels != expected.nodes.map({ Markup.xmlCharacters($0.label) }) { bad.append("node labels do not come back") }
        return bad
    }

    /// XLSX: a zip whose parts are XML, a sheet per fact kind with a row per fact, and the
    /// statements' text in its column.
    static func workbook(_ data: Data, _ c: Chronology) -> [String] {
        var bad: [String] = []
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { return ["not a zip: \(error)"] }
        var parts: [String: XMLReader.Element] = [:]
        for entry in archive {
            var bytes = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
                parts[entry.path] = try XMLReader.parse(bytes, path: entry.path)
            } catch {
                bad.append("\(entry.path): \(error)")
            }
        }
        for required in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"] where parts[required] == nil { bad.append("no \(required)") }
        let sheets = parts["xl/workbook.xml"]?.descendants.filter { $0.name == "sheet" } ?? []
        let expected = XLSXExport().sheets(c)
        if sheets.map({ $0.attributes["name"] ?? "" }) != expected.map(\.name) { bad.append("sheets \(sheets.map { $0.attributes["name"] ?? "" })") }
        for (k, sheet) in expected.enumerated() {
            guard let xml = parts["xl/worksheets/sheet\(k + 1).xml"] else { bad.append("no sheet \(k + 1)"); continue }
            let rows = xml.descendants.filter { $0.name == "row" }
            if rows.count != sheet.rows.count + 1 { bad.append("\(sheet.name): \(rows.count) rows for \(sheet.rows.count) facts"); continue }
            // every cell comes back: inline text as written (as XML can hold it), numbers as numbers
            for (r, row) in zip(rows.dropFirst(), sheet.rows) {
                let cells: [XMLReader.Element] = r.all("c")
                let back: [String] = cells.map { (c: XMLReader.Element) -> String in
                    if c.attributes["t"] == "inlineStr" { return c.first("is")?.allText ?? "" }
                    return c.first("v")?.text ?? ""
                }
                let want: [String] = row.map { cell -> String in
                    switch cell {
                    case .number(let n): return "\(n)"
                    case .text(let s): return Markup.xmlCharacters(XLSXExport.clip(s))
                    }
                }
                if back != want { bad.append("\(sheet.name): a row whose cells do not come back"); break }
            }
        }
        return bad
    }
}
