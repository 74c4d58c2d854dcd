import Foundation
import Testing
@testable import ChronicleKit

@Suite struct ExportFormatTests {
    static let hostile = "Title <b>bold</b>\n\n\"<script>alert('x')</script> & more,\" Foreign Minister John Smith said on Monday."

    func chronology(_ text: String = hostile) -> Chronology {
        Chronology(corpus: EventGraphBuilder().build([Support.analyze(text)]))
    }

    @Test func htmlEscapesArticleText() {
        let html = HTMLReport().write(chronology(), timelineSVG: nil)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"))
        #expect(html.contains("<mark>"))
        #expect(!html.contains("<b>bold</b>"))
    }

    @Test func csvRoundTripsAwkwardText() {
        let cells = ["plain", "a,b", "say \"hi\"", "two\nlines", "crlf\r\nend", "", "ü ✓ “curly”"]
        let text = Table.csv(["x"] + Array(repeating: "y", count: cells.count - 1), [cells, cells.reversed()])
        let back = Table.parseCSV(text)
        #expect(back.count == 3)
        #expect(back[1] == cells)
        #expect(back[2] == cells.reversed())
        // the statements table of an awkward article parses back to its texts
        let awkward = Chronology(corpus: EventGraphBuilder().build([Support.analyze("Title\n\n“Yes, \"no\" & x < y; a,b,” Foreign Minister John Smith said.")]))
        let back2 = Table.parseCSV(CSVExport().files(awkward).first { $0.name == "statements.csv" }!.text)
        #expect(back2.count == 2)
        #expect(back2[1][9] == awkward.statements[0].text)
        #expect(back2[1][9] == "“Yes, \"no\" & x < y; a,b,”" || back2[1][9] == "Yes, \"no\" & x < y; a,b")
    }

    @Test func timelineJSFollowsTheFormat() throws {
        let data = Data(TimelineJSExport().write(Support.seedChronology()).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(root["events"] as? [[String: Any]])
        #expect(!events.isEmpty)
        var ids = Set<String>()
        for e in events {
            let start = try #require(e["start_date"] as? [String: Any])
            #expect(start["year"] is Int)
            if let m = start["month"] as? Int { #expect((1...12).contains(m)) }
            if start["day"] != nil { #expect(start["month"] != nil) }
            let text = try #require(e["text"] as? [String: Any])
            #expect(text["headline"] is String && text["text"] is String)
            let id = try #require(e["unique_id"] as? String)
            #expect(ids.insert(id).inserted)
            #expect(id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        }
        // known precision: a month-only date has no day; a year-only date has no month
        #expect(events.contains { ($0["start_date"] as? [String: Any])?.keys.sorted() == ["month", "year"] })
        #expect(events.contains { ($0["start_date"] as? [String: Any])?.keys.sorted() == ["year"] })
        #expect(events.contains { ($0["group"] as? String) == "Dmytro Kuleba" })
    }

    @Test func timeMLStripsBackToTheText() throws {
        let c = Support.seedChronology()
        let files = TimeMLExport().files(c)
        #expect(files.count == 2)
        for (name, tml) in files {
            let doc = c.documents.first { ChronicleJSONWriter.stem($0.id) + ".tml" == name }!
            let inner = tml.components(separatedBy: "<TEXT>")[1].components(separatedBy: "</TEXT>")[0]
            var stripped = ""
            var inTag = false
            for ch in inner { if ch == "<" { inTag = true } else if ch == ">" { inTag = false } else if !inTag { stripped.append(ch) } }
            stripped = stripped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
            #expect(stripped == doc.text)
            #expect(tml.contains("<TIMEX3") || doc.date == nil)
        }
        let escaped = TimeMLExport().files(chronology())[0].text
        #expect(escaped.contains("&lt;script&gt;"))
    }

    @Test func bratHasSourceCueContentAndSpeakerNotes() {
        let c = Support.seedChronology()
        let ann = BratExport().document("004_960878f8a4acc796.txt", c, text: c.documents[1].text)
        let lines = ann.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("E") }.count == c.statements.filter { $0.doc == "004_960878f8a4acc796.txt" }.count)
        #expect(lines.contains { $0.contains("AnnotatorNotes") && $0.hasSuffix("Dmytro Kuleba") })
        // every T line's text is the document text at its offsets
        let sc = Array(c.documents[1].text!.unicodeScalars)
        for l in lines where l.hasPrefix("T") {
            let parts = l.split(separator: "\t")
            let nums = parts[1].split(separator: " ").dropFirst().map { Int($0)! }
            #expect(String(String.UnicodeScalarView(sc[nums[0]..<nums[1]])) == String(parts[2]))
        }
    }

    @Test func chronicleJSONRoundTrips() throws {
        var c = Support.seedChronology()
        let back = try ChronicleJSONReader().read(data: Data(ChronicleJSONWriter().write(c).utf8), path: "x.json")
        // the JSON carries no article text
        for k in c.documents.indices { c.documents[k].text = nil }
        #expect(back == c)
        #expect(throws: ChronicleError.self) { try ChronicleJSONReader().read(data: Data("{}".utf8), path: "x.json") }
    }

    @Test func exporterWritesFilesAndDirectories() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let c = Support.seedChronology()
        for f in Exporter.Format.allCases {
            let out = dir.appendingPathComponent(f.rawValue).path
            let written = try Exporter().export(c, format: f, to: out)
            #expect(!written.isEmpty, "\(f)")
            for w in written { #expect((try? Data(contentsOf: URL(fileURLWithPath: w)))?.isEmpty == false, "\(w)") }
        }
    }
}
