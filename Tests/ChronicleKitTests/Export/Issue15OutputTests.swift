import Foundation
import Testing
@testable import ChronicleKit

/// Issue 15: one failing output never takes the others down, write errors are named as
/// such, exports stay inside their folder, and text from articles is never markup.
@Suite struct Issue15OutputTests {
    static func tempDir() -> String {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-i15-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    static func exists(_ dir: String, _ name: String) -> Bool { FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent(name)) }

    /// A diagram Graphviz cannot draw: the other files are written, and the failure is one
    /// problem naming the file and why.
    @Test func aDiagramThatCannotBeDrawnLeavesTheOthers() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var problems: [ChronicleError] = []
        let written = Analyzer.writeOutputs(Support.seedChronology(), to: dir, fingerprint: "t", renderer: { g, format in
            if g.name == "events" { throw ChronicleError.graphviz(message: "the diagram is too large to draw in this format") }
            return try GraphvizRenderer().render(g, format: format)
        }, problems: &problems)
        for name in ["chronicle.json", "chronicle.sqlite", "timeline.dot", "timeline.svg", "graph.dot", "report.md"] {
            #expect(Self.exists(dir, name), "\(name) written")
            #expect(written.contains((dir as NSString).appendingPathComponent(name)))
        }
        #expect(!Self.exists(dir, "graph.svg"))
        #expect(problems == [.cannotDraw(path: (dir as NSString).appendingPathComponent("graph.svg"), message: "the diagram is too large to draw in this format")])
        #expect(problems[0].errorDescription?.contains("\n") == false)
        // and no lock file is left among the outputs
        #expect(!Self.exists(dir, "chronicle.sqlite.lock"))
    }

    /// A file that cannot be written is a write error (not "cannot be read"), with its cause,
    /// and the others are still written.
    @Test func aFileThatCannotBeWrittenIsAWriteError() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // timeline.svg is a directory here: it cannot be replaced by a file
        try FileManager.default.createDirectory(atPath: (dir as NSString).appendingPathComponent("timeline.svg/x"), withIntermediateDirectories: true)
        var problems: [ChronicleError] = []
        _ = Analyzer.writeOutputs(Support.seedChronology(), to: dir, fingerprint: "t", problems: &problems)
        let path = (dir as NSString).appendingPathComponent("timeline.svg")
        #expect(problems == [.cannotWrite(path: path, reason: "it is a directory")])
        #expect(problems.first?.errorDescription == "\(path): cannot be written (it is a directory)")
        for name in ["chronicle.json", "graph.svg", "report.md", "timeline.dot"] { #expect(Self.exists(dir, name)) }
        #expect(throws: ChronicleError.cannotWrite(path: "/proc/x.svg", reason: "no such directory")) {
            try OutputFile.write("x", to: "/proc/x.svg")
        }
    }

    /// An HTML report whose timeline cannot be drawn is still written, and the problem named.
    @Test func exportsReportEachFileThatFails() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let c = Support.seedChronology()
        // one of the CSV files cannot be written: the other three are
        try FileManager.default.createDirectory(atPath: (dir as NSString).appendingPathComponent("csv/events.csv/x"), withIntermediateDirectories: true)
        let (written, problems) = Exporter().exportAll(c, format: .csv, to: (dir as NSString).appendingPathComponent("csv"))
        #expect(written.count == 3)
        #expect(problems.count == 1)
        if case .cannotWrite(let p, _)? = problems.first { #expect(p.hasSuffix("csv/events.csv")) } else { Issue.record("not a write error") }
        #expect(throws: ChronicleError.self) { try Exporter().export(c, format: .csv, to: (dir as NSString).appendingPathComponent("csv")) }
    }

    /// Document ids such as `../../x` or `/etc/x` name files inside the output folder.
    @Test func bratAndTimeMLFilesStayInTheirFolder() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var c = Chronology()
        let ids = ["../../x", "/tmp/evil", "a/b.txt", "a_b.txt", ".hidden", "..", "A_B.txt"]
        c.documents = ids.map { DocumentRecord(id: $0, title: nil, date: nil, source: nil, text: "Smith said so.", notBody: []) }
        let out = (dir as NSString).appendingPathComponent("out/brat")
        for format in [Exporter.Format.brat, .timeml] {
            let target = format == .brat ? out : (dir as NSString).appendingPathComponent("out/tml")
            let written = try Exporter().export(c, format: format, to: target)
            // brat: a .ann and its .txt per document
            #expect(written.count == (format == .brat ? 2 : 1) * ids.count, "one file (brat: two) per document, none overwritten")
            for p in written {
                #expect((p as NSString).deletingLastPathComponent == target, "\(p)")
                #expect(!(p as NSString).lastPathComponent.hasPrefix("."))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent("x.ann")))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/evil.ann"))
    }

    static let nasty: Chronology = {
        var c = Chronology()
        c.documents = [DocumentRecord(id: "a.txt", title: nil, date: "2021-02-15", source: nil, text: "x", notBody: [])]
        c.actors = [ActorRecord(id: "eve", name: "<b onmouseover=alert(1)>Eve</b>", kind: .person, aliases: [], role: nil,
                                mentions: [MentionRecord(doc: "a.txt", span: Span(0, 1), text: "x", form: "name", rule: "t")])]
        c.statements = [StatementRecord(id: "a.txt:s1", doc: "a.txt", span: Span(0, 1), text: "=HYPERLINK(\"http://x\")<script>alert(1)</script>",
                                        direct: true, speaker: "eve", speakerName: "<img src=x onerror=alert(1)>", sourceSpan: nil, cueSpan: nil,
                                        cue: "said", date: "2021-02-15", about: [], parts: [], sentence: nil,
                                        sentenceText: "<iframe src=javascript:alert(1)>|\u{1B}]0;title\u{7}", rule: "t")]
        c.events = [EventRecord(id: "a.txt:e1", kind: "meeting", doc: "a.txt", span: Span(0, 1), text: "@SUM(1+1)", name: "<script>x</script>",
                                triggerSpan: nil, date: "2021-02-15", actors: ["eve"], roles: [:], mentions: [], sentence: nil,
                                sentenceText: "-2+3", rule: "t")]
        return c
    }()

    /// report.md and `--format md` carry no raw HTML, and a `|` or a line break stays in its cell.
    @Test func markdownCarriesNoHTML() {
        let md = MarkdownReport().write(Self.nasty)
        for tag in ["<script", "<img", "<iframe", "<b "] { #expect(!md.contains(tag), "\(tag)") }
        #expect(md.contains("&lt;script&gt;"))
        #expect(Table.markdownCell("a|b\nc<d>") == "a\\|b c&lt;d&gt;")
        #expect(!md.unicodeScalars.contains("\u{1B}"))
    }

    /// CSV cells a spreadsheet would run as formulas get a single quote (OWASP).
    @Test func csvNeutralisesFormulaCells() {
        let statements = CSVExport().files(Self.nasty)[0].text
        #expect(statements.contains("\"'=HYPERLINK(\"\"http://x\"\")"))
        let events = Table.parseCSV(CSVExport().files(Self.nasty)[1].text)
        #expect(events[1][7] == "'@SUM(1+1)")
        #expect(events[1][9] == "'-2+3")
        for cell in ["=1", "+1", "-1", "@x", "\tx", "\rx"] { #expect(Table.csvRow([cell]) .hasPrefix("\"'")) }
        #expect(Table.csvRow(["a=1"]) == "a=1\r\n")
    }

    /// TimelineJS renders `headline` and `group` as HTML: both are escaped, as `text` is.
    @Test func timelineJSEscapesHeadlineAndGroup() {
        let j = TimelineJSExport().write(Self.nasty)
        #expect(!j.contains("<script") && !j.contains("<img") && !j.contains("<b "))
        #expect(j.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    /// The terminal table never prints an escape sequence (colours, OSC titles) or a bidi control.
    @Test func terminalTableStripsControlSequences() {
        let cell = "\u{1B}]0;pwned\u{7}\u{1B}[31mred\u{202E}x"
        let text = Table.text(["a"], [[cell]])
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{202E}" })
        #expect(text.contains("]0;pwned"))
    }
}
