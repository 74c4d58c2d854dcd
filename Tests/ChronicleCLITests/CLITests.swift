import Foundation
import Testing

/// Runs the built `chronicle` binary: help text, exit codes (0, 1, 64) and bad-file messages.
@Suite(.serialized) struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        // the products directory of this build (any --scratch-path), then the default ones
        if let exe = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("chronicle"),
           FileManager.default.isExecutableFile(atPath: exe.path) { return exe }
        for dir in [CommandLine.arguments.first.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }].compactMap({ $0 }) {
            let u = dir.appendingPathComponent("chronicle")
            if FileManager.default.isExecutableFile(atPath: u.path) { return u }
        }
        for config in ["debug", "release"] {
            let u = root.appendingPathComponent(".build/\(config)/chronicle")
            if FileManager.default.isExecutableFile(atPath: u.path) { return u }
        }
        return root.appendingPathComponent(".build/debug/chronicle")
    }

    struct Run { var status: Int32; var out: String; var err: String }

    static func run(_ args: [String]) throws -> Run {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    static func tempDir() -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    @Test func queryEventsNamesTheValidKindsForAnUnknownOne() throws {
        let r = try Self.run(["query", "events", "--kind", "bogus", "--store", "/nonexistent/store.sqlite"])
        #expect(r.status != 0)
        #expect(r.err.contains("unknown kind 'bogus'") && r.err.contains("arrest") && r.err.contains("meeting"))
        let s = try Self.run(["query", "events", "--status", "maybe", "--store", "/nonexistent/store.sqlite"])
        #expect(s.status != 0 && s.err.contains("planned"))
    }

    /// Issue 18: `--typed-events` adds the typed events no rule found to chronicle.json and the
    /// graph; without it the seeds keep their rule events, typed.
    @Test func typedEventsAreInTheAnalysisUnlessRuleEventsOnly() throws {
        let plain = Self.tempDir(), typed = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: plain); try? FileManager.default.removeItem(at: typed) }
        let seeds = Self.root.appendingPathComponent("seeds").path
        #expect(try Self.run(["analyze", seeds, "-o", plain.path, "--jobs", "1", "--rule-events-only"]).status == 0)
        let r = try Self.run(["analyze", seeds, "-o", typed.path, "--jobs", "1"])
        #expect(r.status == 0, "\(r.err)")
        // the old flag (now the default) is still accepted
        let old = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: old) }
        #expect(try Self.run(["analyze", seeds, "-o", old.path, "--jobs", "1", "--typed-events"]).status == 0)
        #expect(try Data(contentsOf: old.appendingPathComponent("chronicle.json")) == Data(contentsOf: typed.appendingPathComponent("chronicle.json")))
        func events(_ dir: URL) throws -> [[String: Any]] {
            let o = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("chronicle.json"))) as? [String: Any]
            return o?["events"] as? [[String: Any]] ?? []
        }
        let a = try events(plain), b = try events(typed)
        #expect(b.count > a.count)
        // the rule events are all still there, and the added ones are typed (kind, status)
        let ids = Set(b.compactMap { $0["id"] as? String })
        #expect(a.allSatisfy { ids.contains($0["id"] as? String ?? "") })
        let graph = try String(contentsOf: typed.appendingPathComponent("graph.dot"), encoding: .utf8)
        #expect(graph.contains("label=\"agent\"") && graph.contains("label=\"target\""))
        #expect(graph.contains("cluster_legend"))
    }

    @Test func helpDescribesTheTool() throws {
        let r = try Self.run(["--help"])
        #expect(r.status == 0)
        #expect(r.out.contains("Turns news articles into a timeline and an event graph"))
        #expect(r.out.contains("analyze"))
        let a = try Self.run(["analyze", "--help"])
        #expect(a.status == 0)
        #expect(a.out.contains("--output"))
        #expect(a.out.contains("--date"))
    }

    @Test func analyzeSeedsSucceeds() throws {
        let out = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try Self.run(["analyze", Self.root.appendingPathComponent("seeds").path, "-o", out.path])
        #expect(r.status == 0, "\(r.err)")
        for f in ["chronicle.json", "chronicle.sqlite", "timeline.svg", "timeline.dot", "graph.svg", "graph.dot", "report.md"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(f).path), "\(f) missing")
        }
        // the default runs on every core; one thread writes the same files
        let one = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: one) }
        let r1 = try Self.run(["analyze", Self.root.appendingPathComponent("seeds").path, "-o", one.path, "--jobs", "1"])
        #expect(r1.status == 0, "\(r1.err)")
        for f in ["chronicle.json", "timeline.dot", "graph.dot", "report.md", "timeline.svg"] {
            let a = try Data(contentsOf: out.appendingPathComponent(f)), b = try Data(contentsOf: one.appendingPathComponent(f))
            #expect(a == b, "\(f) differs between the default and --jobs 1")
        }
    }

    @Test func usageErrorsExit64() throws {
        #expect(try Self.run(["analyze"]).status == 64)
        #expect(try Self.run(["analyze", "seeds", "--no-such-flag"]).status == 64)
        let bad = try Self.run(["analyze", "seeds", "--date", "2021-13-45"])
        #expect(bad.status == 64)
        #expect(bad.err.contains("2021-13-45"))
        #expect(try Self.run(["analyze", "seeds", "--jobs", "0"]).status == 64)
    }

    @Test func badFilesAreReportedAndTheOthersStillAnalyzed() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt")
        let latin1 = dir.appendingPathComponent("latin1.txt")
        let good = dir.appendingPathComponent("good.txt")
        let missing = dir.appendingPathComponent("missing.txt")
        try Data().write(to: empty)
        try Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6C, 0xE9]).write(to: latin1)
        try Data("Title\n\n\"We will win,\" Foreign Minister John Smith said on Monday.".utf8).write(to: good)
        let out = dir.appendingPathComponent("out")
        let r = try Self.run(["analyze", empty.path, latin1.path, missing.path, good.path, "-o", out.path, "--date", "2021-02-15"])
        #expect(r.status == 1)
        let lines = r.err.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains(empty.path) && $0.contains("empty") })
        #expect(lines.contains { $0.contains(latin1.path) && $0.contains("UTF-8") })
        #expect(lines.contains { $0.contains(missing.path) && $0.contains("no such file") })
        // one line per bad file, then the run's summary line (issue 16)
        #expect(lines.count == 4, "one line per bad file and the summary: \(lines)")
        #expect(lines.last == "chronicle: 1 analyzed, 3 skipped (3 unreadable), 0 undated, 0 non-English")
        let json = try String(contentsOf: out.appendingPathComponent("chronicle.json"), encoding: .utf8)
        #expect(json.contains("\"doc\": \"good.txt\""))
        #expect(json.contains("We will win"))
    }

    @Test func attributionsGiveTheSameLinesOnEveryJobCountAndNameBadFiles() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let seeds = Self.root.appendingPathComponent("seeds")
        for f in try FileManager.default.contentsOfDirectory(atPath: seeds.path) where f.hasSuffix(".txt") {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(f), to: dir.appendingPathComponent(f))
        }
        for k in 0..<12 {
            try Data("Title\n\n\"We will win round \(k),\" Foreign Minister John Smith said on Monday.".utf8).write(to: dir.appendingPathComponent("a\(k).txt"))
        }
        try Data().write(to: dir.appendingPathComponent("b-empty.txt"))
        let one = try Self.run(["attributions", dir.path, "--jobs", "1"])
        let three = try Self.run(["attributions", dir.path, "--jobs", "3"])
        #expect(one.status == 1 && three.status == 1)
        #expect(one.out == three.out)
        #expect(one.err == three.err)
        #expect(one.err.contains("b-empty.txt"))
        let lines = one.out.split(separator: "\n")
        #expect(lines.filter { $0.contains("\"doc\": \"a") && $0.contains("\"speaker\": \"John Smith\"") }.count == 12)
        // in file order: a0, a1, a10, a11, a2, ...
        let docs = lines.compactMap { l -> String? in
            guard let r = l.range(of: "\"doc\": \"") else { return nil }
            return String(l[r.upperBound...].prefix { $0 != "\"" })
        }
        #expect(docs == docs.sorted())
        #expect(try Self.run(["attributions", dir.path, "--jobs", "0"]).status == 64)
    }

    /// Issue 15: a backslash before a quote in an article no longer stops analyze (no DOT
    /// syntax error), every file is written, and no lock file is left among them.
    @Test func backslashQuoteInAnArticleIsDrawn() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("a.txt")
        try "Governor Eve Adams said on Monday the plan was \\\"dead\\\". John Smith said that \\\"x\\\" ]; y [URL=<javascript:alert(1)>]; //\n"
            .write(to: article, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try Self.run(["analyze", article.path, "-o", out.path])
        #expect(r.status == 0, "\(r.err)")
        for name in ["chronicle.json", "timeline.svg", "graph.svg", "report.md"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        let svg = try String(contentsOf: out.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(!svg.contains("xlink:href") && !svg.contains("<a "))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("chronicle.sqlite.lock").path))
        // a write error is named as one, in one line, with exit code 1
        let w = try Self.run(["render", out.appendingPathComponent("chronicle.json").path, "--view", "graph", "-o", "/proc/x.svg"])
        #expect(w.status == 1)
        #expect(w.err.contains("/proc/x.svg: cannot be written ("), "\(w.err)")
        #expect(!w.err.contains("cannot be read"))
        #expect(w.err.split(separator: "\n").count == 1)
    }

    @Test func eventsWriteScorerLinesTheSameOnEveryJobCount() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        for k in 0..<6 {
            try Data("Title\n\nPolice arrested \(k + 2) protesters in Minsk on Sunday. The talks will resume.".utf8).write(to: dir.appendingPathComponent("a\(k).txt"))
        }
        try Data().write(to: dir.appendingPathComponent("b-empty.txt"))
        let one = try Self.run(["events", dir.path, "--jobs", "1", "--date", "2021-02-17"])
        let two = try Self.run(["events", dir.path, "--jobs", "2", "--date", "2021-02-17"])
        #expect(one.status == 1 && two.status == 1)
        #expect(one.out == two.out)
        #expect(one.err.contains("b-empty.txt"))
        let lines = one.out.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let arrests = lines.filter { $0["kind"] as? String == "arrest" }
        #expect(arrests.count == 6)
        #expect(arrests.allSatisfy { $0["doc"] as? String != nil && $0["plover"] as? String == "COERCE" && $0["date"] as? String == "2021-02-14" })
        #expect(lines.filter { $0["kind"] as? String == "meeting" }.allSatisfy { $0["status"] as? String == "planned" })
        #expect(try Self.run(["events", dir.path, "--date", "not-a-date"]).status == 64)
    }
}

/// `chronicle read` and a folder mixing text, pages and corpora (issue 16).
@Suite(.serialized) struct ReadCLITests {
    @Test func mixedFolderIsReadAndSummarized() throws {
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("in/2021/01"), withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent("in/2021/02"), withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: dir.appendingPathComponent("in/" + name)) }
        try write("2021/01/a.txt", "Talks\n\nWednesday, January 20, 2021\n\nForeign Minister John Smith said on Monday that talks would go on.")
        try write("2021/02/a.txt", "Vote\n\nThe council said it would vote again next week.")
        try write("page.html", "<html><head><title>Port closes | Harbour News</title><meta property=\"og:site_name\" content=\"Harbour News\"><meta property=\"article:published_time\" content=\"2021-02-03T10:00:00Z\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Port closes</h1><p>The port authority closed the harbour on Tuesday as a storm reached the coast, officials said.</p></article></body></html>")
        try write("dump.jsonl", "{\"id\": \"x1\", \"title\": \"Ferries stop\", \"date\": \"2021-02-04\", \"text\": \"Ferries stopped on Thursday, the operator said.\"}\n{broken\n")
        try write("dump.csv", "title,date,text\nBridge shut,2021-02-05,The bridge was shut on Friday.\nNo text,2021-02-06\n")
        try write("fr.txt", "Le ministre a déclaré lundi que les négociations avec les voisins se poursuivraient et que la France était prête.")
        try write("notes.md", "not an article")
        let out = dir.appendingPathComponent("read.jsonl")
        let r = try CLITests.run(["read", dir.appendingPathComponent("in").path, "--jsonl", out.path])
        #expect(r.status == 1)  // the broken line and the short row
        let records = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
        let ids = records.compactMap { $0["id"] as? String }
        #expect(ids == ["a", "a", "dump.csv#2", "x1", "fr", "page"], "\(ids)")
        let page = try #require(records.first { $0["id"] as? String == "page" })
        #expect(page["title"] as? String == "Port closes")
        #expect(page["date"] as? String == "2021-02-03")
        #expect(page["outlet"] as? String == "Harbour News")
        #expect((page["text"] as? String)?.hasPrefix("The port authority closed the harbour") == true)
        #expect(records.first { ($0["path"] as? String)?.hasSuffix("2021/01/a.txt") == true }?["date"] as? String == "2021-01-20")
        let err = r.err
        #expect(err.contains("dump.jsonl:2: not a JSON object"))
        #expect(err.contains("dump.csv:3: the row has 2 field(s)"))
        #expect(err.contains("notes.md"))
        #expect(err.contains("fr.txt: the text reads as 'fr'"))
        #expect(err.hasSuffix("chronicle: 6 analyzed, 1 skipped (1 not article files), 2 bad records skipped, 2 undated, 1 non-English (rule stages skipped)\n"), "\(err)")
        // analyze takes the same folder; the two a.txt are two documents
        let o = dir.appendingPathComponent("out")
        let a = try CLITests.run(["analyze", dir.appendingPathComponent("in").path, "-o", o.path])
        let json = try String(contentsOf: o.appendingPathComponent("chronicle.json"), encoding: .utf8)
        #expect(json.contains("\"doc\": \"2021/01/a.txt\"") && json.contains("\"doc\": \"2021/02/a.txt\""))
        #expect(a.err.contains("6 analyzed"))
    }
}
