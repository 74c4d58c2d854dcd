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

    @Test func twoIngestsAtOnceBothFinish() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("shared.sqlite").path
        let a = try Self.start(["ingest", dir.path, "--store", store, "--batch-size", "8"])
        let b = try Self.start(["ingest", dir.path, "--store", store, "--batch-size", "8"])
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0)
        #expect(b.terminationStatus == 0)
        try Self.check(store)
    }
}
