import Foundation
import Testing
import ChronicleKit

/// The store through the command line (issue 15: 6, 8, 14, 15, 17, 19): what ingest leaves,
/// what queries leave alone, one-line errors and their exit codes.
@Suite(.serialized) struct StoreCLITests {
    static var seeds: String { CLITests.root.appendingPathComponent("seeds").path }

    static func files(_ dir: URL) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() }

    /// One line of error on stderr, no usage text.
    static func oneLine(_ r: CLITests.Run) -> Bool {
        r.err.split(separator: "\n").count == 1 && !r.err.contains("Usage:")
    }

    @Test func theStoreFileAloneHoldsEverythingAfterIngest() throws {
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.sqlite").path
        let r = try CLITests.run(["ingest", Self.seeds, "--store", store, "--batch-size", "1"])
        #expect(r.status == 0, "\(r.err)")
        // the log is empty (or gone): the store file holds everything
        #expect(((try? FileManager.default.attributesOfItem(atPath: store + "-wal")[.size] as? Int) ?? 0) == 0)
        let copy = dir.appendingPathComponent("copy.sqlite").path
        try FileManager.default.copyItem(atPath: store, toPath: copy)
        #expect(try Store(readingAt: copy).documentIds().count == 2)
    }

    @Test func benchQueriesTimesTheReferenceQueriesOnAStore() throws {
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.sqlite").path
        #expect(try CLITests.run(["ingest", Self.seeds, "--store", store]).status == 0)
        let r = try CLITests.run(["bench", "--queries", store, "--repeat", "1"])
        #expect(r.status == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n")
        #expect(lines.first == "\(store):")
        #expect(lines.dropFirst().map { $0.split(separator: ":")[0] } == StoreBench.queries.map { "  " + $0.0 }[...].map { Substring($0) }, "\(r.out)")
        #expect(lines.dropFirst().allSatisfy { $0.contains(" ms (") && $0.hasSuffix(" rows)") })
        // a store that is not there: one line naming it, exit 1, nothing printed
        let missing = dir.appendingPathComponent("missing.sqlite").path
        let bad = try CLITests.run(["bench", "--queries", missing])
        #expect(bad.status == 1)
        #expect(Self.oneLine(bad) && bad.err.contains(missing), "\(bad.err)")
        #expect(bad.out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func queriesLeaveTheStoreAsItIs() throws {
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.sqlite").path
        #expect(try CLITests.run(["ingest", Self.seeds, "--store", store]).status == 0)
        try? FileManager.default.removeItem(atPath: store + ".lock")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store)
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        for args in [["query", "said"], ["query", "events"], ["query", "actor", "Kuleba"], ["query", "search", "Crimea"], ["query", "between", "2021", "2022"]] {
            let r = try CLITests.run(args + ["--store", store])
            #expect(r.status == 0, "\(args): \(r.err)")
        }
        let export = dir.appendingPathComponent("r.md").path
        #expect(try CLITests.run(["export", "--store", store, "--format", "md", "-o", export]).status == 0)
        #expect(Self.files(dir) == ["r.md", "s.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }

    @Test func whatIsNoStoreGetsOneLineAndExit1() throws {
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        let text = dir.appendingPathComponent("notes.txt").path
        try "notes".write(toFile: text, atomically: true, encoding: .utf8)
        for store in [dir.path, empty, text, "/dev/null", dir.appendingPathComponent("missing.sqlite").path] {
            for args in [["query", "said"], ["render", store, "--view", "timeline", "-o", "-"]] {
                let r = try CLITests.run(args[0] == "query" ? args + ["--store", store] : args)
                #expect(r.status == 1, "\(args) \(store): \(r.status) \(r.err)")
                #expect(Self.oneLine(r), "\(r.err)")
                #expect(r.err.contains(store), "\(r.err)")
            }
        }
        // nothing was made of them
        #expect(Self.files(dir) == ["empty.sqlite", "notes.txt"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
    }

    @Test func wildcardsAreNoNames() throws {
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.sqlite").path
        #expect(try CLITests.run(["ingest", Self.seeds, "--store", store]).status == 0)
        for args in [["query", "actor", "%"], ["query", "said", "--by", "%"], ["query", "events", "--actor", "_"]] {
            let r = try CLITests.run(args + ["--store", store])
            #expect(r.status == 1 && r.err.contains("no actor named"), "\(args): \(r.out) \(r.err)")
        }
    }

    @Test func badDatesAreUsageErrors() throws {
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.sqlite").path
        #expect(try CLITests.run(["ingest", Self.seeds, "--store", store]).status == 0)
        let cases = [["query", "between", "2021", "2020"], ["query", "between", "2021-02-30", "2021-03-01"],
                     ["query", "said", "--from", "2020-02-30"], ["query", "events", "--to", "2021-13"],
                     ["query", "said", "--from", "2021-03", "--to", "2021-02"]]
        for args in cases {
            let r = try CLITests.run(args + ["--store", store])
            #expect(r.status == 64, "\(args): \(r.status)")
            #expect(r.err.hasPrefix("Error: ") && r.err.split(separator: "\n").first.map { $0.contains("2020") || $0.contains("2021") } == true, "\(r.err)")
        }
        let render = try CLITests.run(["render", store, "--view", "timeline", "--from", "2020-02-30", "-o", "-"])
        #expect(render.status == 64)
    }

    @Test func anUnwritableAttributionsFileIsAWriteError() throws {
        let r = try CLITests.run(["attributions", Self.seeds, "--jsonl", "/nonexistent-dir/x/out.jsonl"])
        #expect(r.status == 1)
        #expect(Self.oneLine(r), "\(r.err)")
        #expect(r.err.contains("/nonexistent-dir/x/out.jsonl") && r.err.contains("cannot write"))
    }

    @Test func analyzeKeepsAUsersDirectoryAndAnIngestedStore() throws {
        let out = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: out) }
        let nested = out.appendingPathComponent("chronicle.sqlite/mine.txt")
        try FileManager.default.createDirectory(at: nested.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "keep me".write(to: nested, atomically: true, encoding: .utf8)
        let r = try CLITests.run(["analyze", Self.seeds, "-o", out.path])
        #expect(r.status == 1)
        #expect(r.err.contains("chronicle.sqlite: not replaced"), "\(r.err)")
        #expect(try String(contentsOf: nested, encoding: .utf8) == "keep me")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.md").path))
        // a store built by ingest in the same place: kept
        try FileManager.default.removeItem(at: nested.deletingLastPathComponent())
        let store = out.appendingPathComponent("chronicle.sqlite").path
        #expect(try CLITests.run(["ingest", Self.seeds + "/004_960878f8a4acc796.txt", "--store", store]).status == 0)
        let again = try CLITests.run(["analyze", Self.seeds, "-o", out.path])
        #expect(again.status == 1)
        #expect(try Store(readingAt: store).documentIds() == ["004_960878f8a4acc796.txt"])
        // its own store: replaced
        try FileManager.default.removeItem(atPath: store)
        #expect(try CLITests.run(["analyze", Self.seeds, "-o", out.path]).status == 0)
        #expect(try CLITests.run(["analyze", Self.seeds, "-o", out.path]).status == 0)
        #expect(try Store(readingAt: store).documentIds().count == 2)
    }
}

/// Issue 21, item 3: the timeline cut into figures from the command line.
@Suite(.serialized) struct TimelineRenderCLITests {
    @Test func splitWritesOneFilePerFigureAndKindsAreChecked() throws {
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.sqlite").path
        #expect(try CLITests.run(["ingest", StoreCLITests.seeds, "--store", store]).status == 0)
        let one = try CLITests.run(["render", store, "--view", "timeline", "--format", "dot", "-o", "-"])
        #expect(one.status == 0, "\(one.err)")
        let dates = one.out.components(separatedBy: "fillcolor=\"#444444\"").count - 1
        #expect(dates >= 2)
        // one date column a figure: as many figures as dates (and one more for undated facts, if any)
        let out = dir.appendingPathComponent("t.svg").path
        let r = try CLITests.run(["render", store, "--view", "timeline", "--max-columns", "1", "--split", "-o", out])
        #expect(r.status == 0, "\(r.err)")
        let written = StoreCLITests.files(dir).filter { $0.hasPrefix("t-") && $0.hasSuffix(".svg") }
        #expect(written.count >= dates && written.count <= dates + 1, "\(written)")
        #expect(written.contains("t-1.svg") && !StoreCLITests.files(dir).contains("t.svg"))
        let first = try String(contentsOfFile: dir.appendingPathComponent("t-1.svg").path, encoding: .utf8)
        #expect(first.contains("Figure 1 of \(written.count)"))
        // an event kind is a timeline kind, not a graph kind; --split needs the timeline and a file
        #expect(try CLITests.run(["render", store, "--view", "timeline", "--kinds", "meeting,direct", "-o", "-"]).status == 0)
        #expect(try CLITests.run(["render", store, "--view", "graph", "--kinds", "meeting", "-o", "-"]).status == 64)
        #expect(try CLITests.run(["render", store, "--view", "timeline", "--kinds", "nonsense", "-o", "-"]).status == 64)
        #expect(try CLITests.run(["render", store, "--view", "graph", "--split", "-o", out]).status == 64)
    }
}
