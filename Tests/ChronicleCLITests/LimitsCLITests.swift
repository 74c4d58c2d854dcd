import Foundation
import Testing

/// The limit flags of `analyze`, `ingest`, `attributions` and `time` (README, "Limits").
@Suite(.serialized) struct LimitsCLITests {
    static let flags = ["--max-article-bytes", "--max-sentence-tokens", "--max-paragraph-quotes", "--max-statement-tokens"]

    @Test(arguments: ["analyze", "ingest", "attributions", "time"]) func everyLimitHasAFlag(_ command: String) throws {
        let r = try CLITests.run([command, "--help"])
        #expect(r.status == 0)
        for f in Self.flags { #expect(r.out.contains(f), "\(command) --help lacks \(f)") }
    }

    @Test func anArticleOverTheSizeLimitIsRefusedWithItsSize() throws {
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = dir.appendingPathComponent("a.txt")
        try "Title\n\nFormer Foreign Minister John Smith said on Monday that the talks failed.\n".write(to: f, atomically: true, encoding: .utf8)
        let size = try FileManager.default.attributesOfItem(atPath: f.path)[.size] as! Int
        let r = try CLITests.run(["attributions", f.path, "--max-article-bytes", "20", "--jsonl", "-"])
        #expect(r.status == 1)
        #expect(r.err.contains("\(f.path): the file is \(size) bytes, more than the 20 bytes an article may have (--max-article-bytes)"), "\(r.err)")
        // raised, the same file is analyzed
        let ok = try CLITests.run(["attributions", f.path, "--max-article-bytes", "\(size)", "--jsonl", "-"])
        #expect(ok.status == 0)
        #expect(ok.out.contains("John Smith"))
        let bad = try CLITests.run(["attributions", f.path, "--max-article-bytes", "0"])
        #expect(bad.status == 64)
    }

    @Test func cutsAreWarnedNamingTheFile() throws {
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = dir.appendingPathComponent("runon.txt")
        try ("Title\n\n" + String(repeating: "Smith said on Monday that the talks failed, ", count: 40) + "\n").write(to: f, atomically: true, encoding: .utf8)
        let a = try CLITests.run(["attributions", f.path, "--max-statement-tokens", "5", "--max-sentence-tokens", "50", "--jsonl", "-"])
        #expect(a.status == 0)
        #expect(a.err.contains("chronicle: warning: \(f.path): 1 sentence longer than 50 tokens"), "\(a.err)")
        #expect(a.err.contains("statements longer than 5 tokens cut to their first 5 (--max-statement-tokens)"), "\(a.err)")
        let t = try CLITests.run(["time", f.path, "--max-sentence-tokens", "50"])
        #expect(t.status == 0)
        #expect(t.err.contains("chronicle: warning: \(f.path): 1 sentence longer than 50 tokens"), "\(t.err)")
        let out = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: out) }
        let n = try CLITests.run(["analyze", f.path, "-o", out.path, "--max-sentence-tokens", "50", "--jobs", "1"])
        #expect(n.status == 0, "\(n.err)")
        #expect(n.err.contains("chronicle: warning: runon.txt: 1 sentence longer than 50 tokens"), "\(n.err)")
        // ingest warns as analyze does
        let store = out.appendingPathComponent("s.sqlite").path
        let i = try CLITests.run(["ingest", f.path, "--store", store, "--max-sentence-tokens", "50", "--jobs", "1"])
        #expect(i.status == 0, "\(i.err)")
        #expect(i.err.contains("chronicle: warning: runon.txt: 1 sentence longer than 50 tokens"), "\(i.err)")
        let quiet = try CLITests.run(["ingest", f.path, "--store", out.appendingPathComponent("t.sqlite").path, "--jobs", "1"])
        #expect(quiet.status == 0 && !quiet.err.contains("warning"), "\(quiet.err)")
    }
}
