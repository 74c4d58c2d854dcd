import Foundation
import Testing
import ZIPFoundation
@testable import ChronicleKit

/// Issue 21 item 4: GraphML, GEXF, XLSX; TimelineJS dates as exact as their values; brat's
/// `.txt` beside each `.ann`. Each output is read back: against a schema with xmllint, with
/// libxml2 (`XMLReader`), by unzipping.
@Suite struct NewExportTests {
    static func temp(_ name: String, _ data: Data) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-new-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// `xmllint --noout --schema XSD FILE`: nil when the file is valid, else xmllint's complaint.
    static func validate(_ data: Data, name: String, schema: String) throws -> String? {
        let path = try temp(name, data)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let xsd = Support.fixtures.appendingPathComponent("schemas/\(schema)").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["xmllint", "--noout", "--nonet", "--schema", xsd, path]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if p.terminationStatus == 127 { return "xmllint is missing: run scripts/deps (Debian package libxml2-utils)" }
        return p.terminationStatus == 0 ? nil : message
    }

    /// A small chronology: two actors, a meeting between them on a day, a statement on a week.
    static let small: Chronology = {
        var c = Chronology()
        c.documents = [DocumentRecord(id: "2021/01/a.txt", title: "Talks", date: "2021-02-15", source: nil,
                                      text: "Smith met Weber in Paris on Monday. \"=SUM(1)\" Smith said.\tTab\r\nEnd", notBody: [])]
        let m = MentionRecord(doc: "2021/01/a.txt", span: Span(0, 5), text: "Smith", form: "name", rule: "t")
        c.actors = [ActorRecord(id: "smith", name: "John <b>Smith</b> & co", kind: .person, aliases: ["Smith"], role: "minister", mentions: [m, m]),
                    ActorRecord(id: "weber", name: "Carl Weber", kind: .person, aliases: [], role: nil, mentions: [m])]
        c.events = [EventRecord(id: "2021/01/a.txt:e1", kind: "meeting", doc: "2021/01/a.txt", span: Span(6, 9), text: "met", name: "Smith met Weber",
                                triggerSpan: Span(6, 9), date: "2021-02-15", actors: ["smith", "weber"], roles: ["agent": "smith", "partner": "weber"],
                                mentions: [], sentence: Span(0, 35), sentenceText: nil, rule: "t"),
                    EventRecord(id: "2021/01/a.txt:e2", kind: "visit", doc: "2021/01/a.txt", span: Span(20, 25), text: "Paris", name: nil,
                                triggerSpan: nil, date: "2021-W07", actors: ["smith", "dangling"], roles: [:], mentions: [], sentence: nil, sentenceText: nil, rule: "t")]
        c.statements = [StatementRecord(id: "2021/01/a.txt:s1", doc: "2021/01/a.txt", span: Span(36, 44), text: "=SUM(1)", direct: true, speaker: "smith",
                                        speakerName: "John Smith", sourceSpan: Span(45, 50), cueSpan: Span(51, 55), cue: "said", date: "2021-W07",
                                        about: ["weber", "weber"], parts: [], sentence: Span(36, 61), sentenceText: nil, rule: "t")]
        c.times = [TimeRecord(id: "2021/01/a.txt:t1", doc: "2021/01/a.txt", span: Span(27, 34), text: "Monday", type: "DATE", value: "2021-02-15",
                              mod: nil, sentence: Span(0, 35), rule: "t")]
        return c
    }()

    @Test func graphMLIsValidAndHoldsActorsEventsKindsDatesWeights() throws {
        let c = Self.small
        let data = Data(NetworkExport().graphML(c).utf8)
        let problem = try Self.validate(data, name: "graph.graphml", schema: "graphml-subset.xsd")
        #expect(problem == nil, "\(problem ?? "")")
        let root = try XMLReader.parse(data, path: "graph.graphml")
        let graph = try #require(root.first("graph"))
        let nodes = graph.all("node"), edges = graph.all("edge")
        func value(_ e: XMLReader.Element, _ key: String) -> String? { e.all("data").first { $0.attributes["key"] == key }?.allText }
        #expect(nodes.map { value($0, "label") } == ["John <b>Smith</b> & co", "Carl Weber", "Smith met Weber", "Paris"])
        #expect(nodes.map { value($0, "kind") } == ["person", "person", "meeting", "visit"])
        #expect(nodes.map { value($0, "type") } == ["actor", "actor", "event", "event"])
        #expect(nodes.map { value($0, "date") } == [nil, nil, "2021-02-15", "2021-W07"])
        #expect(value(nodes[0], "mentions") == "2")
        // Smith is the agent and Weber the partner of the meeting; Smith takes part in the visit
        // (the dangling id makes no edge); Smith's two statements about Weber weigh 1 (one statement)
        let triples = edges.map { "\($0.attributes["source"]!)-\(value($0, "relation")!)-\($0.attributes["target"]!):\(value($0, "weight")!)" }
        #expect(triples == ["a1-agent-e1:1", "a2-partner-e1:1", "a1-participant-e2:1", "a1-said about-a2:1"])
        // a schema that checks: an edge to a missing node is refused
        let broken = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "target=\"e2\"", with: "target=\"e9\"").utf8)
        #expect(try Self.validate(broken, name: "broken.graphml", schema: "graphml-subset.xsd") != nil)
    }

    @Test func gexfIsValidWithDatesOnEventsOfADay() throws {
        let c = Self.small
        let data = Data(NetworkExport().gexf(c).utf8)
        let problem = try Self.validate(data, name: "graph.gexf", schema: "gexf-1.3-subset.xsd")
        #expect(problem == nil, "\(problem ?? "")")
        let root = try XMLReader.parse(data, path: "graph.gexf")
        let nodes = root.descendants.filter { $0.name == "node" }, edges = root.descendants.filter { $0.name == "edge" }
        #expect(nodes.map { $0.attributes["label"] } == ["John <b>Smith</b> & co", "Carl Weber", "Smith met Weber", "Paris"])
        // the meeting is on a day: Gephi's timeline gets it; the week stays an attribute
        #expect(nodes[2].attributes["start"] == "2021-02-15" && nodes[2].attributes["end"] == "2021-02-15")
        #expect(nodes[3].attributes["start"] == nil)
        #expect(nodes[3].descendants.contains { $0.name == "attvalue" && $0.attributes["for"] == "date" && $0.attributes["value"] == "2021-W07" })
        #expect(edges.map { $0.attributes["weight"] } == ["1", "1", "1", "1"])
        let broken = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "for=\"kind\"", with: "for=\"nokind\"").utf8)
        #expect(try Self.validate(broken, name: "broken.gexf", schema: "gexf-1.3-subset.xsd") != nil)
    }

    /// The seeds and random chronologies (any text, dangling ids) give valid GraphML and GEXF.
    @Test func networksOfSeedsAndRandomTextValidate() throws {
        var r = SplitMix64(seed: 0x21_0004)
        var cases = [Support.seedChronology()]
        for _ in 0..<8 { cases.append(EscapingPropertyTests.chronology(&r)) }
        for (k, c) in cases.enumerated() {
            let g = try Self.validate(Data(NetworkExport().graphML(c).utf8), name: "g.graphml", schema: "graphml-subset.xsd")
            #expect(g == nil, "case \(k): \(g ?? "")")
            let x = try Self.validate(Data(NetworkExport().gexf(c).utf8), name: "g.gexf", schema: "gexf-1.3-subset.xsd")
            #expect(x == nil, "case \(k): \(x ?? "")")
        }
    }

    @Test func xlsxHasASheetPerFactKindWithSentenceAndDocument() throws {
        let c = Self.small
        let data = try XLSXExport().write(c)
        #expect(try XLSXExport().write(c) == data, "the same bytes twice")
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: XMLReader.Element] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = try XMLReader.parse(bytes, path: entry.path)
            // every entry is dated 1980-01-01 00:00 (DOS date 0x0021, time 0)
            #expect(entry.fileAttributes[.modificationDate] as? Date == XLSXExport.fixedDate, "\(entry.path)")
        }
        #expect(parts.keys.sorted() == ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml",
                                        "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
                                        "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml"])
        let names = parts["xl/workbook.xml"]!.descendants.filter { $0.name == "sheet" }.map { $0.attributes["name"] ?? "" }
        #expect(names == ["Statements", "Events", "Actors", "Times", "Documents"])
        func rows(_ k: Int) -> [[String]] {
            parts["xl/worksheets/sheet\(k).xml"]!.descendants.filter { $0.name == "row" }.map { row in
                row.all("c").map { $0.attributes["t"] == "inlineStr" ? ($0.first("is")?.allText ?? "") : ($0.first("v")?.text ?? "") }
            }
        }
        let statements = rows(1)
        #expect(statements.count == 2)
        #expect(statements[0][0] == "document" && statements[0][8] == "sentence")
        // the formula stays text; the sentence comes from the article (tab kept, CR kept)
        #expect(statements[1][0] == "2021/01/a.txt" && statements[1][6] == "=SUM(1)" && statements[1][3] == "John Smith")
        #expect(statements[1][8] == "\"=SUM(1)\" Smith said.\tTab")
        #expect(statements[1][9] == "36" && statements[1][10] == "44")
        #expect(!parts["xl/worksheets/sheet1.xml"]!.descendants.contains { $0.name == "f" }, "no formula cell")
        let events = rows(2)
        #expect(events.count == 3 && events[1][3] == "meeting" && events[1][6] == "John <b>Smith</b> & co; Carl Weber")
        #expect(events[1][7] == "agent: John <b>Smith</b> & co; partner: Carl Weber")
        #expect(rows(3).count == 3 && rows(3)[1][4] == "2")
        #expect(rows(4)[1][6] == "Smith met Weber in Paris on Monday.")
        #expect(ExportCheck.workbook(data, c).isEmpty)
    }

    @Test func xlsxClipsCellsToExcelsLimit() {
        let long = String(repeating: "é", count: 40_000)
        let clipped = XLSXExport.clip(long)
        #expect(clipped.utf16.count == XLSXExport.maxCellCharacters && clipped.hasSuffix("…"))
        #expect(XLSXExport.clip("short") == "short")
        #expect(XLSXExport.column(0) == "A" && XLSXExport.column(25) == "Z" && XLSXExport.column(26) == "AA" && XLSXExport.column(27) == "AB")
    }

    @Test func timelineJSKeepsExactAndPartialDates() throws {
        func date(_ v: String) -> [String: Any]? {
            guard let j = TimelineJSExport.startDate(v) else { return nil }
            return try? JSONSerialization.jsonObject(with: Data(j.serialized(indent: 0).utf8)) as? [String: Any]
        }
        #expect(date("2021-02-15")?["day"] as? Int == 15)
        #expect(date("2021-02-15")?["display_date"] == nil)
        let t = date("2021-02-15T14:30")
        #expect(t?["hour"] as? Int == 14 && t?["minute"] as? Int == 30)
        // week 7 of 2021 starts on Monday 15 February
        let w = try #require(date("2021-W07"))
        #expect(w["year"] as? Int == 2021 && w["month"] as? Int == 2 && w["day"] as? Int == 15 && w["display_date"] as? String == "week 7, 2021")
        // week 1 of 2021 starts in 2020; its weekend is the 9th and 10th of January
        let w1 = try #require(date("2021-W01"))
        #expect(w1["year"] as? Int == 2021 && w1["month"] as? Int == 1 && w1["day"] as? Int == 4)
        let we = try #require(date("2021-W01-WE"))
        #expect(we["day"] as? Int == 9 && (we["display_date"] as? String)?.hasPrefix("weekend") == true)
        let w53 = try #require(date("2020-W53"))
        #expect(w53["year"] as? Int == 2020 && w53["month"] as? Int == 12 && w53["day"] as? Int == 28)
        #expect(date("2021-Q3")?["month"] as? Int == 7 && date("2021-Q3")?["display_date"] as? String == "Q3 2021")
        #expect(date("2021-SU")?["month"] as? Int == 6 && date("2021-SU")?["display_date"] as? String == "summer 2021")
        #expect(date("2021-H2")?["month"] as? Int == 7)
        #expect(date("2021-02-15TMO")?["display_date"] as? String == "15 Feb 2021, morning")
        #expect(date("202X")?["year"] as? Int == 2020 && date("202X")?["display_date"] as? String == "2020s")
        #expect(date("2021")?["year"] as? Int == 2021 && date("2021")?["month"] == nil)
        #expect(date("2021-02-30")?["day"] == nil, "an impossible day is not kept")
        #expect(date("XXXX-02") == nil && date("PRESENT_REF") == nil)
        // the statement dated by week appears at that week, not at the bare year
        let j = try #require(try JSONSerialization.jsonObject(with: Data(TimelineJSExport().write(Self.small).utf8)) as? [String: Any])
        let starts = (j["events"] as? [[String: Any]] ?? []).compactMap { $0["start_date"] as? [String: Any] }
        #expect(starts.contains { $0["display_date"] as? String == "week 7, 2021" && $0["day"] as? Int == 15 })
    }

    @Test func bratWritesTheTextBesideTheAnnotations() throws {
        let c = Support.seedChronology()
        let files = BratExport().files(c)
        #expect(files.filter { $0.name.hasSuffix(".ann") }.count == c.documents.count)
        #expect(files.filter { $0.name.hasSuffix(".txt") }.count == c.documents.filter { $0.text != nil }.count)
        for (k, f) in files.enumerated() where f.name.hasSuffix(".ann") {
            let txt = files[k + 1]
            #expect(txt.name == String(f.name.dropLast(4)) + ".txt")
        }
        // every T line's text is the .txt at its offsets
        let problems = ExportCheck.check(.brat, name: files[0].name, data: Data(files[0].text.utf8), files: files.map { ($0.name, Data($0.text.utf8)) }, c)
        #expect(problems.isEmpty, "\(problems)")
        let tLines = files[0].text.split(separator: "\n").filter { $0.hasPrefix("T") }
        #expect(!tLines.isEmpty)
        // a T line with wrong offsets is caught by the check
        var shifted = files.map { ($0.name, Data($0.text.utf8)) }
        shifted[1].1 = Data(("X" + files[1].text).utf8)
        #expect(!ExportCheck.check(.brat, name: files[0].name, data: Data(files[0].text.utf8), files: shifted, c).isEmpty)
    }

    /// The exports fuzz target's check, on the seeds and on random chronologies: every format reads back.
    @Test func everyFormatReadsBack() {
        var r = SplitMix64(seed: 0x21_0005)
        var cases = [Support.seedChronology(), Self.small]
        for _ in 0..<6 { cases.append(EscapingPropertyTests.chronology(&r)) }
        for (k, c) in cases.enumerated() {
            let problems = ExportCheck.problems(c)
            #expect(problems.isEmpty, "case \(k): \(problems.prefix(5))")
        }
    }
}
