import Foundation
import ZIPFoundation

/// An Excel workbook (Office Open XML, SpreadsheetML): one sheet per fact kind (statements,
/// events, actors, times) and one of documents; every fact row carries its document, its
/// offsets and its source sentence. Cells are inline strings, so a formula from an article is
/// text, never a formula; numbers are numbers. The zip is built in memory with ZIPFoundation,
/// every entry dated 1980-01-01 00:00 (the first DOS date) and written in a fixed order: the
/// same chronology gives the same bytes.
public struct XLSXExport: Sendable {
    public init() {}

    /// A cell: text or a whole number.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Int)
    }

    public struct Sheet: Sendable {
        public var name: String
        public var header: [String]
        public var rows: [[Cell]]
    }

    /// Excel refuses a cell of more than 32,767 characters.
    public static let maxCellCharacters = 32_767

    /// The sentence of a fact, from the article text when the chronology has it.
    static func sentence(_ c: Chronology, doc: String, span: Span?, stored: String?) -> String {
        if let stored { return stored }
        guard let span, let text = c.document(doc)?.text else { return "" }
        let sc = text.unicodeScalars
        let n = sc.count
        let a = max(0, min(span.start, n)), b = max(a, min(span.end, n))
        let from = sc.index(sc.startIndex, offsetBy: a), to = sc.index(from, offsetBy: b - a)
        return String(sc[from..<to])
    }

    public func sheets(_ c: Chronology) -> [Sheet] {
        func t(_ s: String?) -> Cell { .text(s ?? "") }
        func names(_ ids: [String]) -> Cell { .text(ids.map { c.actor($0)?.name ?? $0 }.joined(separator: "; ")) }
        let statements = c.statements.map { s -> [Cell] in
            [t(s.doc), t(c.document(s.doc)?.title), t(s.date), t(s.speakerName), .text(s.direct ? "direct" : "reported"), t(s.cue), t(s.text),
             names(s.about), t(Self.sentence(c, doc: s.doc, span: s.sentence, stored: s.sentenceText)), .number(s.span.start), .number(s.span.end), t(s.id), t(s.rule)]
        }
        let events = c.events.map { e -> [Cell] in
            [t(e.doc), t(c.document(e.doc)?.title), t(e.date), t(e.kind), t(e.name), t(e.text), names(e.actors),
             .text(e.roles.sorted { $0.key < $1.key }.map { "\($0.key): \(c.actor($0.value)?.name ?? $0.value)" }.joined(separator: "; ")),
             t(Self.sentence(c, doc: e.doc, span: e.sentence, stored: e.sentenceText)), .number(e.span.start), .number(e.span.end), t(e.id), t(e.rule)]
        }
        let actors = c.actors.map { a -> [Cell] in
            var docs: [String] = [], seen = Set<String>()
            for m in a.mentions where seen.insert(m.doc).inserted { docs.append(m.doc) }
            return [t(a.name), t(a.kind.rawValue), t(a.role), .text(a.aliases.joined(separator: "; ")), .number(a.mentions.count),
                    .text(docs.joined(separator: "; ")), t(a.mentions.first.map { Self.sentence(c, doc: $0.doc, span: nil, stored: $0.text) }), t(a.id)]
        }
        let times = c.times.map { x -> [Cell] in
            [t(x.doc), t(c.document(x.doc)?.title), t(x.text), t(x.type), t(x.value), t(x.mod),
             t(Self.sentence(c, doc: x.doc, span: x.sentence, stored: nil)), .number(x.span.start), .number(x.span.end), t(x.id), t(x.rule)]
        }
        let documents = c.documents.map { d -> [Cell] in [t(d.id), t(d.title), t(d.date), t(d.source)] }
        return [
            Sheet(name: "Statements", header: ["document", "title", "date", "speaker", "form", "cue", "statement", "about", "sentence", "start", "end", "id", "rule"],
                  rows: statements),
            Sheet(name: "Events", header: ["document", "title", "date", "kind", "name", "text", "actors", "roles", "sentence", "start", "end", "id", "rule"],
                  rows: events),
            Sheet(name: "Actors", header: ["name", "kind", "role", "aliases", "mentions", "documents", "first mention", "id"], rows: actors),
            Sheet(name: "Times", header: ["document", "title", "text", "type", "value", "mod", "sentence", "start", "end", "id", "rule"], rows: times),
            Sheet(name: "Documents", header: ["document", "title", "date", "source"], rows: documents),
        ]
    }

    /// A cell's text within Excel's limit (counted in UTF-16 units, as Excel counts): longer
    /// text is cut at a character boundary and ends with "…".
    public static func clip(_ s: String) -> String {
        guard s.utf16.count > maxCellCharacters else { return s }
        var out = "", n = 0
        for ch in s {
            let w = ch.utf16.count
            if n + w > maxCellCharacters - 1 { break }
            out.append(ch)
            n += w
        }
        return out + "…"
    }

    /// Text for a cell: clipped, XML-escaped, characters XML cannot hold as spaces.
    static func cellText(_ s: String) -> String { TimeMLExport.escape(clip(s), attribute: false) }

    /// The column letters of a 0-based column index (A … Z, AA …).
    static func column(_ k: Int) -> String {
        var k = k + 1, s = ""
        while k > 0 {
            let r = (k - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            k = (k - 1) / 26
        }
        return s
    }

    static func sheetXML(_ sheet: Sheet) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0">\
            <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>
            """
        func row(_ r: Int, _ cells: [Cell], style: Bool) {
            out += "<row r=\"\(r)\">"
            for (k, cell) in cells.enumerated() {
                let ref = "\(column(k))\(r)" + (style ? "\" s=\"1" : "")
                switch cell {
                case .number(let n): out += "<c r=\"\(ref)\"><v>\(n)</v></c>"
                case .text(let s): out += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(cellText(s))</t></is></c>"
                }
            }
            out += "</row>"
        }
        row(1, sheet.header.map { .text($0) }, style: true)
        for (k, r) in sheet.rows.enumerated() { row(k + 2, r, style: false) }
        out += "</sheetData></worksheet>\n"
        return out
    }

    /// The parts of the workbook, in the order they are zipped: (path, XML).
    public func parts(_ c: Chronology) -> [(path: String, xml: String)] {
        let sheets = sheets(c)
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        var types = head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        types += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        types += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        types += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        types += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for k in sheets.indices {
            types += "<Override PartName=\"/xl/worksheets/sheet\(k + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        types += "</Types>\n"
        let rels = head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>\n"
        var workbook = head + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        var wbRels = head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (k, s) in sheets.enumerated() {
            workbook += "<sheet name=\"\(s.name)\" sheetId=\"\(k + 1)\" r:id=\"rId\(k + 1)\"/>"
            wbRels += "<Relationship Id=\"rId\(k + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(k + 1).xml\"/>"
        }
        workbook += "</sheets></workbook>\n"
        wbRels += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        wbRels += "</Relationships>\n"
        // two cell formats: plain (0) and the bold header (1)
        let styles = head + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "</styleSheet>\n"
        var parts: [(path: String, xml: String)] = [("[Content_Types].xml", types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
                                                    ("xl/_rels/workbook.xml.rels", wbRels), ("xl/styles.xml", styles)]
        for (k, s) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(k + 1).xml", Self.sheetXML(s))) }
        return parts
    }

    /// 1980-01-01 00:00 UTC, the first DOS date (ZIPFoundation converts in UTC, so the DOS
    /// fields do not depend on the machine's time zone).
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// The workbook's bytes.
    public func write(_ c: Chronology) throws -> Data {
        let archive: Archive
        do { archive = try Archive(accessMode: .create) } catch { throw ChronicleError.cannotWrite(path: "workbook", reason: "cannot make a zip: \(error)") }
        let date = Self.fixedDate
        for part in parts(c) {
            let data = Data(part.xml.utf8)
            do {
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                     permissions: 0o644, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                throw ChronicleError.cannotWrite(path: part.path, reason: "cannot zip it: \(error)")
            }
        }
        guard let bytes = archive.data else { throw ChronicleError.cannotWrite(path: "workbook", reason: "the zip has no data") }
        return bytes
    }
}
