import CSV
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ChronicleKit

/// A seeded generator (SplitMix64): the same seed gives the same cases, so a failure names
/// its seed and case and reproduces.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random text made to break writers: any Unicode scalar, and the special characters and
/// sequences of every output format (DOT, SVG/XML, HTML, CSV, Markdown, JSON, brat, the
/// terminal).
struct NastyText {
    static let specials: [String] = specialLiterals + [0xFDD0, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF].map { String(Unicode.Scalar(UInt32($0))!) }
    static let specialLiterals: [String] = [
        "\"", "\\", "\\\"", "<", ">", "&", "'", "|", ",", ";", "=", "+", "-", "@", "`", "[", "]", "{", "}", "%", "/", "../", "..",
        "\n", "\r", "\r\n", "\t", "\u{0}", "\u{1}", "\u{7}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{1B}[31m", "\u{1B}]0;pwned\u{7}", "\u{7F}",
        "\u{85}", "\u{9B}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{FEFF}",
        "\u{301}", "\"\u{301}", "|\u{301}", "\u{1F1FA}\u{1F1F8}", "👩‍👩‍👧", "\\N", "\\G", "\\E", "\\l", "\\n", "\\\\", "&#1;", "&#x0;", "&foo;", "&amp;",
        "&lt;", "]]>", "<!--", "-->", "--", "<![CDATA[", "<?xml", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "<iframe src=javascript:alert(1)>", "javascript:alert(1)", "[x](javascript:alert(1))", "URL=<javascript:alert(1)>",
        "\",URL=<javascript:alert(1)>,label=PWNED];//", "<1> ]; x [URL=<javascript:alert(1)>]; y [label=<2>", "image=</dev/stdin>",
        "label=", "digraph", "node", "edge", "subgraph", "strict", "graph", "=cmd|' /C calc'!A0", "@SUM(1+1)", "+1", "-1",
        "T1\tSource 0 1\tx", "#1\tAnnotatorNotes", "*", "_", "#", "Mr.", " said ", "\"yes,\" ",
    ]

    static func scalar<R: RandomNumberGenerator>(_ r: inout R) -> Unicode.Scalar {
        while true {
            // mostly the Basic Multilingual Plane, some of every other plane
            let v: UInt32 = Int.random(in: 0..<4, using: &r) == 0 ? UInt32.random(in: 0...0x10FFFF, using: &r) : UInt32.random(in: 0...0xFFFF, using: &r)
            if let s = Unicode.Scalar(v) { return s }
        }
    }

    static func word<R: RandomNumberGenerator>(_ r: inout R) -> String {
        let words = ["Smith", "said", "the", "plan", "Governor", "Eve", "Adams", "Mayor", "Weber", "on", "Monday", "talks", "failed", "Paris", "met"]
        return words[Int.random(in: 0..<words.count, using: &r)]
    }

    /// A string of up to `max` pieces: scalars, specials and words.
    static func make<R: RandomNumberGenerator>(_ r: inout R, max: Int = 12) -> String {
        var s = ""
        for _ in 0..<Int.random(in: 0...max, using: &r) {
            switch Int.random(in: 0..<10, using: &r) {
            case 0...3: s += specials[Int.random(in: 0..<specials.count, using: &r)]
            case 4...6: s.unicodeScalars.append(scalar(&r))
            default: s += word(&r) + " "
            }
        }
        return s
    }

    /// A name that is not empty.
    static func name<R: RandomNumberGenerator>(_ r: inout R) -> String {
        let s = make(&r, max: 6)
        return s.isEmpty ? "X" : s
    }
}

/// Every writer, fed random strings as article text, document ids, actor names, quotes and
/// event names: each output must parse back with a real reader (Graphviz for DOT, XMLParser
/// for SVG and TimeML, JSONSerialization, a CSV library), and nothing from the data may become
/// markup (a link, a script, an attribute, a control sequence).
@Suite struct EscapingPropertyTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["CHRONICLE_ESCAPE_SEED"].flatMap { UInt64($0) } ?? 0x15_0002
    /// Cases of a chronology made by hand, and of articles run through the pipeline (100 in
    /// all by default, a few seconds in a debug build; `CHRONICLE_ESCAPE_CASES=N` runs N, with
    /// `CHRONICLE_ESCAPE_SEED` another seed).
    static let total = ProcessInfo.processInfo.environment["CHRONICLE_ESCAPE_CASES"].flatMap(Int.init) ?? 100
    static let madeCases = total * 3 / 4, articleCases = total - total * 3 / 4

    /// A chronology with random strings everywhere text goes, and dangling ids too.
    static func chronology<R: RandomNumberGenerator>(_ r: inout R) -> Chronology {
        var c = Chronology()
        let dates = ["2021-02-15", "2021", "2020-10", "2021-02-16", "2021-W07", "XXXX-XX-XX", "PRESENT_REF"]
        func date() -> String? {
            switch Int.random(in: 0..<8, using: &r) {
            case 0: return nil
            case 1: return NastyText.make(&r, max: 3)
            default: return dates[Int.random(in: 0..<dates.count, using: &r)]
            }
        }
        for d in 0..<Int.random(in: 1...2, using: &r) {
            let text = NastyText.make(&r, max: 40) + " Smith said the plan was dead."
            c.documents.append(DocumentRecord(id: "\(d)" + NastyText.make(&r, max: 3), title: NastyText.make(&r, max: 3), date: date(),
                                              source: NastyText.make(&r, max: 2), text: text, notBody: []))
        }
        let kinds: [ActorKind] = [.person, .country, .organization, .group, .media]
        for a in 0..<Int.random(in: 1...5, using: &r) {
            let doc = c.documents[a % c.documents.count]
            c.actors.append(ActorRecord(id: "a\(a)" + NastyText.make(&r, max: 2), name: NastyText.name(&r), kind: kinds[a % kinds.count],
                                        aliases: [NastyText.make(&r, max: 3)], role: NastyText.make(&r, max: 2),
                                        mentions: [MentionRecord(doc: doc.id, span: Span(0, 1), text: NastyText.make(&r, max: 2), form: "name", rule: "t")]))
        }
        func actor() -> String {
            Int.random(in: 0..<6, using: &r) == 0 ? "dangling" + NastyText.make(&r, max: 2) : c.actors[Int.random(in: 0..<c.actors.count, using: &r)].id
        }
        for s in 0..<Int.random(in: 1...6, using: &r) {
            let doc = c.documents[s % c.documents.count]
            let n = doc.text!.unicodeScalars.count
            let a = Int.random(in: 0...n, using: &r), b = Int.random(in: a...n, using: &r)
            let speaker = actor()
            c.statements.append(StatementRecord(
                id: "\(doc.id):s\(s)", doc: doc.id, span: Span(a, b), text: NastyText.make(&r), direct: Bool.random(using: &r), speaker: speaker,
                speakerName: NastyText.name(&r), sourceSpan: Span(a, a), cueSpan: Span(a, b), cue: NastyText.make(&r, max: 2), date: date(),
                about: [actor()], parts: [], sentence: Span(0, n), sentenceText: NastyText.make(&r, max: 20), rule: NastyText.make(&r, max: 2)))
        }
        for e in 0..<Int.random(in: 0...5, using: &r) {
            let doc = c.documents[e % c.documents.count]
            let n = doc.text!.unicodeScalars.count
            let a = Int.random(in: 0...n, using: &r), b = Int.random(in: a...n, using: &r)
            let who = [actor(), actor()]
            c.events.append(EventRecord(id: "\(doc.id):e\(e)", kind: Bool.random(using: &r) ? "meeting" : NastyText.name(&r), doc: doc.id, span: Span(a, b),
                                        text: NastyText.make(&r), name: NastyText.make(&r, max: 4), triggerSpan: Span(a, b), date: date(), actors: who,
                                        roles: ["agent": who[0], "target": who[1]], mentions: [MentionRecord(doc: doc.id, span: Span(a, b), text: "x", form: "x", rule: "x")],
                                        sentence: Span(0, n), sentenceText: NastyText.make(&r, max: 20), rule: "t"))
        }
        for t in 0..<Int.random(in: 0...3, using: &r) {
            let doc = c.documents[t % c.documents.count]
            let n = doc.text!.unicodeScalars.count
            let a = Int.random(in: 0...n, using: &r), b = Int.random(in: a...n, using: &r)
            c.times.append(TimeRecord(id: "\(doc.id):t\(t)", doc: doc.id, span: Span(a, b), text: NastyText.make(&r, max: 3), type: NastyText.make(&r, max: 2),
                                      value: date(), mod: NastyText.make(&r, max: 2), sentence: nil, rule: "t"))
        }
        return c
    }

    /// An article whose names, quotes and sentences are random strings, run through the pipeline.
    static func article<R: RandomNumberGenerator>(_ r: inout R) -> Chronology {
        let text = """
            \(NastyText.make(&r)) Governor Eve \(NastyText.name(&r)) said on Monday that \(NastyText.make(&r)).

            "\(NastyText.make(&r)) \(NastyText.make(&r))," Mayor Carl \(NastyText.name(&r)) said on 2021-02-15. \(NastyText.make(&r))
            \(NastyText.name(&r)) Smith met Mayor Weber in Paris on Tuesday, \(NastyText.make(&r)) said the plan was \\"dead\\".
            """
        return Chronology(corpus: EventGraphBuilder().build([Support.pipeline.analyze(id: "a\(NastyText.make(&r, max: 2)).txt", text: text, date: "2021-02-15")]))
    }

    /// Everything wrong with the outputs of `c`, as one line each (empty: all good).
    static func problems(_ c: Chronology) throws -> [String] {
        var bad: [String] = []
        func xmlParses(_ data: Data) -> Bool {
            let p = XMLParser(data: data)
            p.shouldResolveExternalEntities = false
            return p.parse()
        }
        // DOT through libgvc: both diagrams draw, their SVG is XML, Graphviz reads exactly the
        // nodes we wrote, with no attribute that links or reads a file
        let diagrams = Diagrams()
        var timelineSVG = ""
        for (name, g) in [("timeline", diagrams.timeline(c)), ("graph", diagrams.graph(c))] {
            let svg = try GraphvizRenderer().render(g, format: "svg")
            if name == "timeline" { timelineSVG = String(decoding: svg, as: UTF8.self) }
            if !xmlParses(svg) { bad.append("\(name).svg is not XML") }
            let text = String(decoding: svg, as: UTF8.self)
            if text.contains("<a ") || text.contains("xlink:href=") || text.contains("<image") { bad.append("\(name).svg has a link or an image") }
            let json = try GraphvizRenderer().render(g, format: "json")
            guard let o = try JSONSerialization.jsonObject(with: json) as? [String: Any] else { bad.append("\(name): no JSON"); continue }
            let objects = (o["objects"] as? [[String: Any]]) ?? []
            let nodes = objects.filter { $0["nodes"] == nil && $0["subgraphs"] == nil && $0["edges"] == nil }
            var written = g.nodes.count
            func count(_ s: DOTGraph) { for x in s.subgraphs { written += x.nodes.count; count(x) } }
            count(g)
            if nodes.count != written { bad.append("\(name): Graphviz read \(nodes.count) nodes, \(written) written") }
            for n in objects {
                for key in ["URL", "href", "image", "shapefile", "imagepath", "fontpath", "tooltip"] where n[key] != nil {
                    bad.append("\(name): an object has \(key)")
                }
            }
        }
        // HTML: every tag is one of ours; no link, no script, no event handler from data
        let html = HTMLReport().write(c, timelineSVG: timelineSVG)
        let allowed: Set<String> = ["!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "ul", "li", "code", "span", "div",
                                    "table", "tr", "th", "td", "br", "mark", "svg", "g", "polygon", "path", "text", "ellipse", "polyline", "!--"]
        // (scalar by scalar, as an HTML tokenizer reads: a combining mark after ">" is text)
        let scalars = Array(html.unicodeScalars)
        for (k, c) in scalars.enumerated() where c == "<" {
            var tag = String(String.UnicodeScalarView(scalars[(k + 1)...].prefix { $0 != " " && $0 != ">" && $0 != "\n" })).lowercased()
            if tag.hasPrefix("/") { tag.removeFirst() }
            if tag.hasPrefix("!--") { tag = "!--" }
            if !allowed.contains(tag) { bad.append("report.html has a <\(tag)> tag") }
        }
        if html.contains("href") { bad.append("report.html has an href") }
        // Markdown: no markup at all, and every table row has its columns
        for (what, md) in [("report.md", MarkdownReport().write(c))] {
            if md.unicodeScalars.contains(where: { $0 == "<" || ($0.value < 0x20 && $0 != "\n") || Table.isWideBreak($0) }) {
                bad.append("\(what) has markup or a control character")
            }
            var columns = 0
            for line in md.split(separator: "\n") {
                if line.hasPrefix("## ") { columns = line.hasPrefix("## Chronology") ? 5 : 4 }
                if line.hasPrefix("|"), unescapedBars(line) != columns + 1 { bad.append("\(what): a row has \(unescapedBars(line) - 1) columns, not \(columns)") }
            }
        }
        // JSON: chronicle.json and TimelineJS parse; names come back as written; headlines hold no tag
        let cj = ChronicleJSONWriter().write(c)
        if (try? JSONSerialization.jsonObject(with: Data(cj.utf8))) == nil { bad.append("chronicle.json does not parse") }
        // (the names through JSONDecoder: JSONSerialization on Linux drops a U+FEFF that starts a string)
        struct Names: Decodable { struct Actor: Decodable { var name: String }; var actors: [Actor] }
        if let names = try? JSONDecoder().decode(Names.self, from: Data(cj.utf8)).actors.map(\.name) {
            if names != c.actors.map(\.name) { bad.append("chronicle.json: actor names do not come back") }
        } else {
            bad.append("chronicle.json does not decode")
        }
        if let o = try? JSONSerialization.jsonObject(with: Data(TimelineJSExport().write(c).utf8)) as? [String: Any] {
            for e in (o["events"] as? [[String: Any]]) ?? [] {
                let headline = ((e["text"] as? [String: Any])?["headline"] as? String) ?? ""
                if headline.contains("<") || ((e["group"] as? String) ?? "").contains("<") { bad.append("timeline.json: a headline or group has a tag") }
            }
        } else {
            bad.append("timeline.json does not parse")
        }
        // CSV: a CSV library reads back every cell, with formula cells made text
        for f in CSVExport().files(c) {
            let reader = try CSVReader(string: f.text)
            var rows: [[String]] = []
            while let row = reader.next() { rows.append(row) }
            let expected = Table.parseCSV(f.text)
            if rows != expected { bad.append("\(f.name): the CSV library reads other cells") }
            for row in rows.dropFirst() where row.contains(where: { Table.startsFormula($0.utf8.first) }) { bad.append("\(f.name): a formula cell") }
        }
        let actorsCSV = try CSVReader(string: CSVExport().files(c)[2].text, hasHeaderRow: true)
        var names: [String] = []
        while let row = actorsCSV.next() { names.append(row[1]) }
        if names != c.actors.map({ Table.csvCell($0.name).text }) { bad.append("actors.csv: names do not come back") }
        // TimeML: XML, and without its tags the text of the article (as XML can hold it)
        for (d, f) in zip(c.documents.filter { $0.text != nil }, TimeMLExport().files(c)) {
            if !xmlParses(Data(f.text.utf8)) { bad.append("\(f.name) is not XML"); continue }
            let reader = TextCollector(data: Data(f.text.utf8))
            if reader.text(in: "TEXT") != Markup.xmlCharacters(d.text ?? "") { bad.append("\(f.name): the text does not come back") }
        }
        // brat: file names stay in the folder; one annotation a line, three fields a T line
        for f in BratExport().files(c) {
            // (the .txt beside each .ann is the article text as it is)
            if f.name.hasSuffix(".txt") { if !c.documents.contains(where: { $0.text == f.text }) { bad.append("brat: \(f.name) is not an article text") }; continue }
            if f.name.contains("/") || f.name.hasPrefix(".") { bad.append("brat: file name \(f.name.debugDescription)") }
            for line in f.text.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
                if line.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
                    bad.append("brat: a line break or control character inside a line")
                }
                if line.hasPrefix("T"), line.split(separator: "\t", omittingEmptySubsequences: false).count != 3 { bad.append("brat: a T line without three fields") }
            }
        }
        // query answers: every format, the byte writers as the string writers, each parsing back
        let store = try Store()
        _ = try store.save(c)
        let rows = try Chronicler(store: store).said() + Chronicler(store: store).events()
        for format in QueryFormatter.Format.allCases {
            let f = QueryFormatter(format: format)
            let text = f.write(rows)
            if f.utf8(rows) != Array(text.utf8) { bad.append("query \(format): the byte writer differs") }
            switch format {
            case .json: if (try? JSONSerialization.jsonObject(with: Data(text.utf8))) == nil { bad.append("query json does not parse") }
            case .csv:
                let reader = try CSVReader(string: text)
                var n = 0
                while let row = reader.next() {
                    n += 1
                    if row.count != QueryFormatter.header.count { bad.append("query csv: a row of \(row.count) cells") }
                }
                if n != rows.count + 1 { bad.append("query csv: \(n) records for \(rows.count) rows") }
            case .md:
                if text.contains("<") { bad.append("query md has markup") }
                for line in text.split(separator: "\n") where unescapedBars(line) != QueryFormatter.header.count + 1 { bad.append("query md: a row of \(unescapedBars(line) - 1) columns") }
            case .table:
                if text.unicodeScalars.contains(where: { $0 != "\n" && Table.isTerminalControl($0) }) { bad.append("query table has a control character") }
            }
        }
        return bad
    }

    /// The `|` of a Markdown row that are not escaped.
    static func unescapedBars(_ line: Substring) -> Int {
        var n = 0, backslashes = 0
        for c in line.unicodeScalars {
            if c == "|" && backslashes % 2 == 0 { n += 1 }
            backslashes = c == "\\" ? backslashes + 1 : 0
        }
        return n
    }

    @Test func everyOutputParsesBackWhateverTheText() throws {
        var r = SplitMix64(seed: Self.seed)
        var failures: [String] = []
        for k in 0..<Self.madeCases {
            let c = Self.chronology(&r)
            for p in try Self.problems(c) { failures.append("seed \(Self.seed) made case \(k): \(p)") }
        }
        for k in 0..<Self.articleCases {
            let c = Self.article(&r)
            for p in try Self.problems(c) { failures.append("seed \(Self.seed) article case \(k): \(p)") }
        }
        #expect(failures.isEmpty, "\(failures.count) problems in \(Self.madeCases + Self.articleCases) cases; first: \(failures.prefix(5))")
    }
}

/// The character data inside an XML element, decoded (for TimeML: the text between its tags).
final class TextCollector: NSObject, XMLParserDelegate {
    private let data: Data
    private var depth = 0, inside = false, collected = ""
    private var element = ""

    init(data: Data) { self.data = data }

    func text(in element: String) -> String {
        self.element = element
        let p = XMLParser(data: data)
        p.delegate = self
        _ = p.parse()
        return collected
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == element { inside = true }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == element { inside = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inside { collected += string }
    }
}
