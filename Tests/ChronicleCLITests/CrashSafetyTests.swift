import Foundation
import Testing
import ChronicleKit

/// Ingest killed with SIGKILL at ten points, then re-run: every article is stored exactly
/// once, none is half-written, and SQLite's integrity check passes. Two ingests into the same
/// store at once both finish, with no duplicates.
@Suite(.serialized) struct CrashSafetyTests {
    static let articles = 240

    static func corpus() throws -> URL {
        let dir = CLITests.tempDir()
        let people = ["Foreign Minister Dmytro Kuleba", "President Joe Biden", "Chancellor Olaf Scholz", "Senator John Smith", "Prime Minister Jane Doe"]
        for k in 0..<articles {
            let who = people[k % people.count]
            let text = "date 2021-02-\(String(format: "%02d", k % 28 + 1)) Article \(k)\n\n\"We will act on point \(k),\" \(who) said on Monday. \(who) also said that the talks on item \(k) would resume next week.\n"
            try text.write(to: dir.appendingPathComponent(String(format: "a%03d.txt", k)), atomically: true, encoding: .utf8)
        }
        return dir
    }

    static func start(_ args: [String]) throws -> Process {
        let p = Process()
        p.executableURL = CLITests.binary
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// Every article once, with its facts; no fact without its article; SQLite sound.
    static func check(_ storePath: String) throws {
        let store = try Store(path: storePath)
        #expect(try store.integrityCheck() == "ok")
        let ids = try store.documentIds()
        #expect(ids.count == articles)
        #expect(Set(ids).count == ids.count)
        let perDoc = try store.rows("SELECT d.id, (SELECT count(*) FROM statement s WHERE s.doc = d.id) AS st, (SELECT count(*) FROM mention m WHERE m.doc = d.id) AS me FROM document d")
        #expect(perDoc.allSatisfy { Int($0["st"]!!)! >= 2 && Int($0["me"]!!)! >= 2 }, "a document without its facts")
        let orphans = try store.rows("SELECT count(*) AS n FROM statement WHERE doc NOT IN (SELECT id FROM document)")
        #expect(orphans.first?["n"] == "0")
    }

    @Test func killedIngestLosesNothingAndDuplicatesNothing() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        // how long an uninterrupted ingest takes
        let timing = dir.appendingPathComponent("timing.sqlite").path
        let t0 = Date()
        let full = try Self.start(["ingest", dir.path, "--store", timing, "--batch-size", "4"])
        full.waitUntilExit()
        #expect(full.terminationStatus == 0)
        let duration = Date().timeIntervalSince(t0)
        try Self.check(timing)
        // kill at ten points through the run, re-running each time
        let store = dir.appendingPathComponent("killed.sqlite").path
        for k in 0..<10 {
            let p = try Self.start(["ingest", dir.path, "--store", store, "--batch-size", "4"])
            Thread.sleep(forTimeInterval: duration * (Double(k) + 0.5) / 10)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
        }
        let last = try Self.start(["ingest", dir.path, "--store", store, "--batch-size", "4"])
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        try Self.check(store)
    }

    /// Two ingests of the same articles into one new store, started together: both finish, and
    /// each article is written once (by one of them; the other finds it stored), so the store
    /// holds what one ingest alone stores: the same events with every mention. (Before the
    /// batches were written one at a time, the later ingest replaced articles the other had just
    /// stored, and the mentions other articles had joined to their events went with them; or
    /// a batch joined an event the other had just replaced and failed.)
    @Test func twoIngestsAtOnceBothFinish() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let alone = dir.appendingPathComponent("alone.sqlite").path
        let one = try CLITests.run(["ingest", dir.path, "--store", alone, "--batch-size", "8"])
        #expect(one.status == 0, "\(one.err)")
        let store = dir.appendingPathComponent("shared.sqlite").path
        let logs = (0..<2).map { dir.appendingPathComponent("ingest\($0).log") }
        let runs = try logs.map { log -> Process in
            FileManager.default.createFile(atPath: log.path, contents: nil)
            let p = Process()
            p.executableURL = CLITests.binary
            p.arguments = ["ingest", dir.path, "--store", store, "--batch-size", "8"]
            let h = try FileHandle(forWritingTo: log)
            p.standardOutput = h
            p.standardError = h
            try p.run()
            return p
        }
        var added = 0
        for (p, log) in zip(runs, logs) {
            p.waitUntilExit()
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            #expect(p.terminationStatus == 0, "\(text)")
            // "N added, M replaced, K unchanged, F failed"
            let line = text.split(separator: "\n").first { $0.contains(" added, ") } ?? ""
            added += Int(line.split(separator: " ").first ?? "") ?? 0
            #expect(line.contains(" 0 replaced, "), "\(line)")
        }
        #expect(added == Self.articles)
        try Self.check(store)
        let count = "SELECT (SELECT count(*) FROM event) AS events, (SELECT count(*) FROM event_mention) AS mentions, (SELECT count(*) FROM event_actor) AS actors"
        #expect(try Store(path: store).rows(count) == Store(path: alone).rows(count))
    }
}
