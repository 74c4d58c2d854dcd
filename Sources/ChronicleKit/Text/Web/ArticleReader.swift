import CSV
import Foundation

/// Reads an input file into articles, whatever its kind: a plain-text article (`.txt`), a
/// saved web page (`.html`, `.htm`, `.html.gz`, or a file whose content is HTML), or a corpus
/// with one article per record (`.jsonl`/`.ndjson`, `.csv`). Every article comes out the same
/// way (`Inputs.Article`: text, title, date with its source, authors, outlet, language), so
/// nothing after the reader knows where the text came from. A bad record is a problem naming
/// the file and line; the other records are still read.
public struct ArticleReader: Sendable {
    /// Which record fields hold what (JSON Lines and CSV). `nil`: the first present of the defaults.
    public struct Fields: Sendable {
        public var text: String?
        public var title: String?
        public var date: String?
        public var id: String?
        public var url: String?
        public init(text: String? = nil, title: String? = nil, date: String? = nil, id: String? = nil, url: String? = nil) {
            self.text = text; self.title = title; self.date = date; self.id = id; self.url = url
        }
        static let textDefaults = ["text", "content", "body", "article", "maintext", "articlebody", "full_text", "story"]
        static let titleDefaults = ["title", "headline", "name"]
        static let dateDefaults = ["date", "published", "publish_date", "published_at", "publishedat", "pubdate", "datepublished", "date_publish", "timestamp", "created_at"]
        static let idDefaults = ["id", "doc_id", "docid", "uuid", "guid"]
        static let urlDefaults = ["url", "link", "source_url", "uri"]
    }

    public var fields: Fields
    /// The largest input file (and decompressed page) read.
    public var maxBytes: Int

    /// The largest decompressed page read (a page is mostly markup; its text is held to `maxBytes`).
    public var pageLimit = 64 << 20

    public init(fields: Fields = Fields(), maxBytes: Int = 8 << 20) {
        self.fields = fields
        self.maxBytes = maxBytes
    }

    /// The kinds of input.
    public enum Kind: String, Sendable { case text, html, jsonl, csv }

    /// The kind a file name says; nil for a name the reader does not take from a directory.
    public static func kind(ofName name: String) -> Kind? {
        let l = name.lowercased()
        if l.hasSuffix(".txt") { return .text }
        if l.hasSuffix(".html") || l.hasSuffix(".htm") || l.hasSuffix(".html.gz") || l.hasSuffix(".htm.gz") || l.hasSuffix(".xhtml") { return .html }
        if l.hasSuffix(".jsonl") || l.hasSuffix(".ndjson") || l.hasSuffix(".jsonl.gz") == false && l.hasSuffix(".json.lines") { return .jsonl }
        if l.hasSuffix(".csv") { return .csv }
        return nil
    }

    /// The name without the reader's extensions ("a.html.gz" → "a").
    public static func stem(_ name: String) -> String {
        var s = name
        for ext in [".gz", ".html", ".htm", ".xhtml", ".txt", ".jsonl", ".ndjson", ".csv"] where s.lowercased().hasSuffix(ext) {
            s = String(s.dropLast(ext.count))
        }
        return s
    }

    /// Whether bytes look like an HTML page (a doctype or an `<html>`/`<head>`/`<body>` tag near the start).
    public static func looksLikeHTML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        var t = Substring(head)
        while let c = t.first, c.isWhitespace || c == "\u{FEFF}" { t = t.dropFirst() }
        return t.hasPrefix("<!doctype html") || t.hasPrefix("<html") || t.hasPrefix("<head") || head.contains("<html") && head.contains("<head")
    }

    /// Reads one file into its articles; `id` is the document id the file's articles build on
    /// (a record's id is `id#N` unless the record has its own id field).
    public func read(path: String, id: String, given: String?, problem: (ChronicleError) -> Void,
                     _ body: (Inputs.Article) throws -> Void) throws {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let kind = ArticleReader.kind(ofName: name)
        switch kind {
        case .html:
            try body(try readHTML(path: path, id: id))
        case .jsonl:
            try readJSONL(path: path, id: id, problem: problem, body)
        case .csv:
            try readCSV(path: path, id: id, problem: problem, body)
        case .text, nil:
            let data = try TextReader(maxBytes: kind == nil ? pageLimit : maxBytes).readData(path: path)
            if ArticleReader.looksLikeHTML(data) {
                try body(try html(data: data, path: path, id: id))
            } else {
                let text = try TextReader(maxBytes: maxBytes).decode(data, path: path)
                try body(textArticle(text, path: path, id: id, given: given))
            }
        }
    }

    /// A plain-text article: the date from its header, sidecar, dateline, file name or `given`.
    public func textArticle(_ text: String, path: String, id: String, given: String?) -> Inputs.Article {
        let (date, source) = ArticleDate.resolve(text: text, path: path, given: given)
        var a = Inputs.Article(path: path, id: id, text: text, date: date)
        a.dateSource = source
        a.articleDate = date ?? (source == .header ? ArticleDate.header(in: text)?.date : nil)
        a.kind = .text
        a.lang = LanguageDetector.standard.detect(text)
        return a
    }

    // MARK: HTML

    func readHTML(path: String, id: String) throws -> Inputs.Article {
        if path.lowercased().hasSuffix(".gz") {
            try TextReader(maxBytes: maxBytes).check(path: path)
            return try html(data: try Gzip.readFile(path: path, limit: pageLimit), path: path, id: id)
        }
        let data = try TextReader(maxBytes: pageLimit).readData(path: path)
        return try html(data: data, path: path, id: id)
    }

    func html(data: Data, path: String, id: String) throws -> Inputs.Article {
        if data.isEmpty { throw ChronicleError.emptyFile(path: path) }
        return try htmlArticle(try HTMLParser.parse(data, path: path), path: path, id: id)
    }

    /// The article of a parsed page. The document text is the title line, a blank line, then
    /// the paragraphs separated by blank lines: the Text stage reads the title from it.
    public func htmlArticle(_ tree: HTMLTree, path: String, id: String) throws -> Inputs.Article {
        let r = HTMLArticleExtractor().extract(tree)
        var text = ""
        var bodyStart = 0
        if let t = r.title, !t.isEmpty {
            text = t + "\n\n"
            bodyStart = t.unicodeScalars.count + 2
        }
        text += r.paragraphs.joined(separator: "\n\n")
        if r.paragraphs.isEmpty {
            throw ChronicleError.badInput(path: path, message: "the page has no article text (only scripts, navigation or nothing readable)")
        }
        if text.utf8.count > maxBytes && text.unicodeScalars.count > maxBytes {
            throw ChronicleError.tooLarge(path: path, bytes: text.utf8.count, limit: maxBytes)
        }
        var a = Inputs.Article(path: path, id: id, text: text, date: r.date)
        a.bodyStart = bodyStart
        a.title = r.title
        a.articleDate = r.date
        a.dateSource = r.date == nil ? nil : .page
        a.dateDetail = r.dateSource
        a.authors = r.authors
        a.outlet = r.outlet
        a.url = r.url
        a.kind = .html
        // the detector first: on the DEV pages 4 of 90 declare a language they are not in
        // (German pages declaring "en", English ones "de"); the page's `<html lang>` when the
        // text is too short or too mixed to tell
        a.lang = LanguageDetector.standard.detect(r.paragraphs.prefix(20).joined(separator: "\n"))
        if a.lang == "und", let l = r.declaredLanguage { a.lang = l }
        return a
    }

    // MARK: Records

    /// A record's article from its fields (already strings).
    func record(_ get: (String) -> String?, keys: [String], path: String, id: String, line: Int) throws -> Inputs.Article {
        func pick(_ chosen: String?, _ defaults: [String]) -> String? {
            if let chosen { return get(chosen) }
            let lower = Dictionary(keys.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
            for d in defaults { if let k = lower[d], let v = get(k), !v.isEmpty { return v } }
            return nil
        }
        let where_ = "\(path):\(line)"
        guard let body = pick(fields.text, Fields.textDefaults)?.trimmingCharacters(in: .whitespacesAndNewlines), !body.isEmpty else {
            let f = fields.text ?? Fields.textDefaults.prefix(3).joined(separator: "/")
            throw ChronicleError.badInput(path: where_, message: "the record has no text (field \(f) missing or empty); skipped")
        }
        let title = pick(fields.title, Fields.titleDefaults).map(HTMLTree.collapse)
        let rid = pick(fields.id, Fields.idDefaults)
        var text = ""
        var bodyStart = 0
        if let title, !title.isEmpty, !body.hasPrefix(title) {
            text = title + "\n\n"
            bodyStart = title.unicodeScalars.count + 2
        }
        text += body
        if text.utf8.count > maxBytes { throw ChronicleError.tooLarge(path: where_, bytes: text.utf8.count, limit: maxBytes) }
        let docId = rid.map { "\(id)#\($0)" } ?? "\(id)#\(line)"
        var a = Inputs.Article(path: path, id: docId, text: text, date: nil)
        a.recordId = rid
        a.line = line
        a.bodyStart = bodyStart
        a.title = title
        a.url = pick(fields.url, Fields.urlDefaults)
        if let d = pick(fields.date, Fields.dateDefaults) {
            if let c = DatePhrase.parseValue(d) {
                a.date = c.description
                a.articleDate = a.date
                a.dateSource = .record
            } else {
                a.warnings.append("the date '\(d.prefix(40))' is not a date that can be read; the article is analyzed without it")
            }
        }
        if a.date == nil, let d = ArticleDate.dateline(in: body) {
            a.date = d
            a.articleDate = d
            a.dateSource = .dateline
        }
        a.kind = .text
        a.lang = LanguageDetector.standard.detect(body)
        return a
    }

    func readJSONL(path: String, id: String, problem: (ChronicleError) -> Void, _ body: (Inputs.Article) throws -> Void) throws {
        let data = try TextReader(maxBytes: Int.max).readData(path: path)
        var line = 0
        var start = data.startIndex
        let end = data.endIndex
        var any = false
        while start < end {
            line += 1
            let nl = data[start..<end].firstIndex(of: 10) ?? end
            let bytes = data[start..<nl]
            start = nl < end ? nl + 1 : end
            if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            let where_ = "\(path):\(line)"
            guard let obj = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
                problem(.badInput(path: where_, message: "not a JSON object; the line is skipped"))
                continue
            }
            func str(_ k: String) -> String? {
                switch obj[k] {
                case let s as String: return s
                case let n as NSNumber: return n.stringValue
                case let l as [Any]: return l.compactMap { $0 as? String }.joined(separator: "\n\n")
                default: return nil
                }
            }
            do {
                try body(try record(str, keys: Array(obj.keys), path: path, id: id, line: line))
                any = true
            } catch let e as ChronicleError { problem(e) }
        }
        if line == 0 || (!any && line == 0) { throw ChronicleError.emptyFile(path: path) }
    }

    func readCSV(path: String, id: String, problem: (ChronicleError) -> Void, _ body: (Inputs.Article) throws -> Void) throws {
        let data = try TextReader(maxBytes: Int.max).readData(path: path)
        let text = try TextReader(maxBytes: Int.max).decode(data, path: path)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, hasHeaderRow: true)
        } catch {
            throw ChronicleError.badInput(path: "\(path):1", message: "no CSV header row")
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        var line = 1 + (reader.headerRow ?? []).reduce(0) { $0 + $1.reduce(0) { $1 == "\n" ? $0 + 1 : $0 } }
        while let row = reader.next() {
            line += 1
            let first = line
            line += row.reduce(0) { n, f in n + f.unicodeScalars.reduce(0) { $1 == "\n" ? $0 + 1 : $0 } }
            if row.count == 1 && row[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if row.count != header.count {
                problem(.badInput(path: "\(path):\(first)", message: "the row has \(row.count) field(s), the header \(header.count); skipped"))
                continue
            }
            var map: [String: String] = [:]
            for (k, h) in header.enumerated() where map[h] == nil { map[h] = row[k] }
            do {
                try body(try record({ map[$0] }, keys: header, path: path, id: id, line: first))
            } catch let e as ChronicleError { problem(e) }
        }
    }
}
