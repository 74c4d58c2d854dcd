import Foundation
import Testing

/// `chronicle actors …`, `chronicle facts …`, `--explain`, `--verified-only`, `--aliases`, and
/// `chronicle serve`'s start-up checks, through the built binary.
@Suite(.serialized) struct ReviewCLITests {
    static func seedStore() throws -> (URL, String) {
        let dir = CLITests.tempDir()
        let store = dir.appendingPathComponent("s.sqlite").path
        let r = try CLITests.run(["ingest", CLITests.root.appendingPathComponent("seeds").path, "--store", store])
        #expect(r.status == 0, "\(r.err)")
        return (dir, store)
    }

    static func firstStatement(_ store: String, by: String) throws -> [String: Any] {
        let r = try CLITests.run(["query", "said", "--by", by, "--store", store, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        return try #require(rows.first)
    }

    @Test func correctionsChangeQueriesExportsAndSurviveReingest() throws {
        let (dir, store) = try Self.seedStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try Self.firstStatement(store, by: "Kuleba")
        let id = s["id"] as! String
        // verify one statement, reject another, give a third another speaker
        #expect(try CLITests.run(["facts", "verify", id, "--store", store]).status == 0)
        let other = try Self.firstStatement(store, by: "Landsbergis")["id"] as! String
        #expect(try CLITests.run(["facts", "reject", other, "--store", store]).status == 0)
        let verified = try CLITests.run(["query", "said", "--verified-only", "--store", store, "--format", "json"])
        let ids = (try JSONSerialization.jsonObject(with: Data(verified.out.utf8)) as! [[String: Any]]).map { $0["id"] as! String }
        #expect(ids == [id])
        // the rejected statement is in no answer any more
        let all = try CLITests.run(["query", "said", "--store", store, "--format", "json"])
        let allIds = (try JSONSerialization.jsonObject(with: Data(all.out.utf8)) as! [[String: Any]]).map { $0["id"] as! String }
        #expect(allIds.contains(id) && !allIds.contains(other))
        // rename and merge actors; queries answer by the new names
        #expect(try CLITests.run(["actors", "rename", "Kuleba", "Dmytro Kuleba (FM)", "--store", store]).status == 0)
        #expect(try CLITests.run(["actors", "merge", "Ukraine", "MFA Ukraine", "--store", store]).status == 0)
        #expect(try CLITests.run(["actors", "type", "Ukrinform", "organisation", "--store", store]).status == 0)
        let q = try CLITests.run(["query", "said", "--by", "Dmytro Kuleba (FM)", "--store", store])
        #expect(q.status == 0 && q.out.contains("Dmytro Kuleba (FM)"))
        let list = try CLITests.run(["actors", "list", "--store", store])
        #expect(list.out.contains("ukrinform\torganization") && !list.out.contains("ministry-of-foreign-affairs-of-ukraine\t"))
        // the export is of the corrected view
        let md = dir.appendingPathComponent("r.md").path
        #expect(try CLITests.run(["export", "--store", store, "--format", "md", "-o", md, "--verified-only"]).status == 0)
        let report = try String(contentsOfFile: md, encoding: .utf8)
        #expect(report.contains("Dmytro Kuleba (FM)"))
        // --explain lists the decisions applied
        let e = try CLITests.run(["query", "said", "--store", store, "--explain", id])
        #expect(e.status == 0 && e.out.contains("status:    verified") && e.out.contains("fact.status"))
        // re-ingest (the articles under other names replace nothing; the same ones are unchanged) and reanalyze keep them
        #expect(try CLITests.run(["reanalyze", "--store", store]).status == 0)
        let again = try CLITests.run(["query", "said", "--verified-only", "--store", store, "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(again.out.utf8)) as! [[String: Any]]).map { $0["id"] as! String } == [id])
        let decisions = try CLITests.run(["facts", "decisions", "--store", store])
        #expect(decisions.out.split(separator: "\n").count == 5 && !decisions.out.contains("NOT APPLIED"))
    }

    @Test func badCorrectionsAreOneLineErrors() throws {
        let (dir, store) = try Self.seedStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLITests.run(["facts", "verify", "no-such-fact", "--store", store])
        #expect(r.status == 1 && r.err.contains("no fact with id 'no-such-fact'"))
        let a = try CLITests.run(["actors", "rename", "Nobody Atall", "X", "--store", store])
        #expect(a.status == 1 && a.err.contains("Nobody Atall"))
        #expect(try CLITests.run(["actors", "type", "Kuleba", "planet", "--store", store]).status == 64)
        #expect(try CLITests.run(["facts", "set-date", "x", "yesterday", "--store", store]).status == 64)
        #expect(try CLITests.run(["actors", "split", "Kuleba", "--mention", "nonsense", "--store", store]).status == 64)
        let tsv = dir.appendingPathComponent("aliases.tsv").path
        try "Volodymyr Zelensky\tZelenskyy\tplanet\n".write(toFile: tsv, atomically: true, encoding: .utf8)
        let bad = try CLITests.run(["query", "said", "--store", store, "--aliases", tsv])
        #expect(bad.status == 1 && bad.err.contains("aliases.tsv:1"))
        try "Foreign Minister of Ukraine\tKuleba; Dmytro Kuleba\tperson\n".write(toFile: tsv, atomically: true, encoding: .utf8)
        let good = try CLITests.run(["query", "said", "--by", "Foreign Minister of Ukraine", "--store", store, "--aliases", tsv])
        #expect(good.status == 0 && good.out.contains("Foreign Minister of Ukraine"))
        // not stored: without the file the old name answers
        #expect(try CLITests.run(["query", "said", "--by", "Dmytro Kuleba", "--store", store]).out.contains("Dmytro Kuleba"))
        #expect(try CLITests.run(["actors", "aliases", tsv, "--store", store]).out.contains("1 matched"))
    }

    @Test func serveRefusesBadOptionsAndWarnsOffLoopback() throws {
        let (dir, store) = try Self.seedStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLITests.run(["serve", "--store", store, "--port", "70000"]).status == 64)
        let missing = try CLITests.run(["serve", "--store", dir.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 1 && missing.err.contains("none.sqlite"))
        // off loopback: a warning, and with --review a token printed once
        let p = Process()
        p.executableURL = CLITests.binary
        p.arguments = ["serve", "--store", store, "--host", "0.0.0.0", "--port", "0", "--review"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while !text.contains("Ctrl-C") && Date() < deadline {
            let d = out.fileHandleForReading.availableData
            if d.isEmpty { break }
            text += String(decoding: d, as: UTF8.self)
        }
        p.terminate()
        p.waitUntilExit()
        let warning = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(warning.contains("warning: serving on 0.0.0.0"))
        #expect(text.contains("review token (shown once): "))
        let token = text.components(separatedBy: "review token (shown once): ").last?.prefix(32) ?? ""
        #expect(token.count == 32 && token.allSatisfy(\.isHexDigit))
    }
}
