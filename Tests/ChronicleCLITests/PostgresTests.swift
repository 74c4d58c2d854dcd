import Foundation
import Testing
import ChronicleKit

/// The PostgreSQL store through the `chronicle` binary, against the throw-away cluster that
/// `scripts/pg` starts (`CHRONICLE_PG_URL`). `scripts/test` runs them; `CHRONICLE_PG_TESTS=0`
/// skips them. Each test works in a fresh database of its own.
enum PG {
    static let environment = ProcessInfo.processInfo.environment
    static let enabled = environment["CHRONICLE_PG_TESTS"] != "0"

    /// The server's URL, or a failure that says how to get one.
    static func server() throws -> String {
        guard let url = environment["CHRONICLE_PG_URL"], !url.isEmpty else {
            throw Missing()
        }
        return url
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "CHRONICLE_PG_URL is not set: run the tests through scripts/test (it starts a throw-away PostgreSQL), or set CHRONICLE_PG_TESTS=0 to skip them"
        }
    }

    /// psql on a URL; its output (rows as `a|b`), or a failure with its error.
    @discardableResult
    static func psql(_ url: String, _ sql: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["psql", url, "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", "-c", sql]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw PSQLFailed(message: String(decoding: e, as: UTF8.self)) }
        return String(decoding: o, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    struct PSQLFailed: Error { var message: String }

    /// The server URL with another database.
    static func url(database: String, in server: String) -> String {
        var c = URLComponents(string: server)!
        c.path = "/" + database
        return c.string!
    }

    /// A fresh, empty database; its URL.
    static func freshDatabase(_ label: String) throws -> String {
        let server = try server()
        let name = "t_\(label)_\(UUID().uuidString.prefix(8).lowercased())"
        try psql(server, "CREATE DATABASE \(name)")
        return url(database: name, in: server)
    }

    static func drop(_ url: String) {
        guard let server = try? server(), let name = URLComponents(string: url)?.path.dropFirst() else { return }
        _ = try? psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// The password of a URL (to check that no message shows it).
    static func password(_ url: String) -> String? { URLComponents(string: url)?.password }
}

@Suite(.serialized, .enabled(if: PG.enabled, "CHRONICLE_PG_TESTS=0: PostgreSQL tests skipped"))
struct PostgresTests {
    static let seeds = CLITests.root.appendingPathComponent("seeds")
    static let polnear = CLITests.root.appendingPathComponent("Tests/ChronicleKitTests/Fixtures/polnear-dev")

    func chronicle(_ args: [String]) throws -> CLITests.Run { try CLITests.run(args) }

    /// The seeds and the PolNeAR dev fixtures ingested into each store.
    func ingestFixtures(into stores: [String]) throws {
        for store in stores {
            let r = try chronicle(["ingest", Self.seeds.path, Self.polnear.path, "--store", store, "--jobs", "2"])
            #expect(r.status == 0, "\(r.err)")
            #expect(r.out.contains("added"))
        }
    }

    /// The seeds and the PolNeAR dev fixtures in a SQLite store and in PostgreSQL: every query
    /// kind in every format, every export format and the rendered timeline are byte-identical.
    @Test func postgresGivesTheSameAnswersAsSQLite() throws {
        let pg = try PG.freshDatabase("parity")
        defer { PG.drop(pg) }
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sqlite = dir.appendingPathComponent("s.sqlite").path
        try ingestFixtures(into: [sqlite, pg])
        let counts = try PG.psql(pg, "SELECT count(*) FROM document")
        #expect(Int(counts) == 84 + 2)
        let queries: [[String]] = [
            ["said", "--by", "Trump"], ["said", "--about", "Clinton"], ["said", "--from", "2016-09", "--to", "2016-10-15"],
            ["events"], ["events", "--from", "2016-09-01"], ["actor", "Trump"], ["actor", "Hillary"],
            ["between", "2016-09-01", "2016-09-30"], ["search", "emails"], ["search", "poll voters"], ["said", "--by", "Nobodyknown"],
        ]
        var compared = 0
        for q in queries {
            for format in ["table", "json", "csv", "md"] {
                let a = try chronicle(["query"] + q + ["--store", sqlite, "--format", format])
                let b = try chronicle(["query"] + q + ["--store", pg, "--format", format])
                #expect(a.status == b.status, "\(q) \(format): \(b.err)")
                if q[0] == "search" {
                    // the same statements found (both stem: FTS5's porter, PostgreSQL's English
                    // tsvector), each database ranking them by its own measure (bm25, ts_rank)
                    #expect(Self.lines(a.out) == Self.lines(b.out), "\(q) \(format): answers differ")
                    #expect(a.out.count == b.out.count)
                } else {
                    #expect(a.out == b.out, "\(q) \(format): answers differ")
                }
                #expect(a.err == b.err.replacingOccurrences(of: pg, with: sqlite), "\(q) \(format)")
                if a.status == 0 { #expect(!a.out.isEmpty) }
                compared += 1
            }
        }
        #expect(compared == queries.count * 4)
        for format in ["md", "html", "json", "csv", "timelinejs", "timeml", "brat"] {
            let outA = dir.appendingPathComponent("a-\(format)").path, outB = dir.appendingPathComponent("b-\(format)").path
            let a = try chronicle(["export", "--store", sqlite, "--format", format, "-o", outA])
            let b = try chronicle(["export", "--store", pg, "--format", format, "-o", outB])
            #expect(a.status == 0 && b.status == 0, "\(format): \(b.err)")
            #expect(try Self.contents(outA) == Self.contents(outB), "export \(format) differs")
        }
        for view in ["timeline", "graph"] {
            let a = try chronicle(["render", sqlite, "--view", view, "--format", "dot", "-o", "-", "--actor", "Trump"])
            let b = try chronicle(["render", pg, "--view", view, "--format", "dot", "-o", "-", "--actor", "Trump"])
            #expect(a.status == 0 && b.status == 0, "\(b.err)")
            #expect(a.out == b.out, "render \(view) differs")
        }
        // re-ingesting changes nothing: content-hash idempotence
        let again = try chronicle(["ingest", Self.seeds.path, Self.polnear.path, "--store", pg])
        #expect(again.out.contains("0 added, 0 replaced, 86 unchanged"), "\(again.out)")
    }

    /// Queries run again on one connection (their statements prepared from the second run,
    /// `PostgresSession.readRows`) give what their first run gave, and what SQLite gives: rows,
    /// texts, dates, numbers and flags read from prepared statements' cells as from unnamed ones.
    @Test func repeatedQueriesOnOneConnectionGiveTheFirstAnswers() throws {
        let pg = try PG.freshDatabase("prepared")
        defer { PG.drop(pg) }
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sqlite = dir.appendingPathComponent("s.sqlite").path
        try ingestFixtures(into: [sqlite, pg])
        let a = Chronicler(store: try StoreSource.openForQueries(sqlite))
        let b = Chronicler(store: try StoreSource.openForQueries(pg))
        func answers(_ q: Chronicler) throws -> [[QueryRow]] {
            [try q.said(by: "Trump"), try q.said(about: "Clinton", from: "2016-09", to: "2016-10-15"), try q.events(actor: "Trump"),
             try q.actor("Trump").facts, try q.between("2016-09-01", "2016-09-30"), try q.search("emails").sorted { $0.id < $1.id }]
        }
        // (each database ranks a search by its own measure, bm25 or ts_rank)
        func unranked(_ rows: [[QueryRow]]) -> [[QueryRow]] { rows.map { $0.map { var r = $0; r.rank = nil; return r } } }
        let expected = try answers(a)
        #expect(expected.allSatisfy { !$0.isEmpty })
        let first = try answers(b)
        #expect(unranked(first) == unranked(expected), "first run: answers differ from SQLite's")
        for run in 2...4 {
            let got = try answers(b)
            #expect(got.map(\.count) == first.map(\.count), "run \(run)")
            #expect(got == first, "run \(run): answers differ from the first run's")
        }
    }

    /// Decisions are stored in PostgreSQL as in SQLite and applied on load the same way: a
    /// rename and a verified fact give the same answers, exports and decision list on both.
    @Test func decisionsAreStoredAndAppliedAsInSQLite() throws {
        let pg = try PG.freshDatabase("decisions")
        defer { PG.drop(pg) }
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sqlite = dir.appendingPathComponent("s.sqlite").path
        for store in [sqlite, pg] {
            let r = try chronicle(["ingest", Self.seeds.path, "--store", store])
            #expect(r.status == 0, "\(r.err)")
        }
        // a statement by Kuleba to verify: the same id in both stores
        let json = try chronicle(["query", "said", "--by", "Kuleba", "--store", sqlite, "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]] ?? []
        let id = try #require(rows.first?["id"] as? String)
        for store in [sqlite, pg] {
            let rename = try chronicle(["actors", "rename", "--store", store, "Kuleba", "The Foreign Minister"])
            #expect(rename.status == 0 && rename.out.hasPrefix("stored "), "\(rename.err)")
            let verify = try chronicle(["facts", "verify", "--store", store, id])
            #expect(verify.status == 0, "\(verify.err)")
        }
        #expect(try PG.psql(pg, "SELECT count(*) FROM decision") == "2")
        for q in [["said", "--by", "The Foreign Minister"], ["actor", "The Foreign Minister"], ["said", "--verified-only"], ["events"]] {
            let a = try chronicle(["query"] + q + ["--store", sqlite, "--format", "json"])
            let b = try chronicle(["query"] + q + ["--store", pg, "--format", "json"])
            #expect(a.status == 0 && b.status == 0, "\(q): \(b.err)")
            #expect(a.out == b.out, "\(q): answers differ")
            #expect(!a.out.isEmpty)
        }
        let verified = try chronicle(["query", "said", "--verified-only", "--store", pg, "--format", "json"])
        #expect(verified.out.contains(id) && verified.out.contains("The Foreign Minister"))
        let outA = dir.appendingPathComponent("a.json").path, outB = dir.appendingPathComponent("b.json").path
        #expect(try chronicle(["export", "--store", sqlite, "--format", "json", "-o", outA]).status == 0)
        #expect(try chronicle(["export", "--store", pg, "--format", "json", "-o", outB]).status == 0)
        #expect(try Self.contents(outA) == Self.contents(outB), "export json differs")
        // the decision lists, without the time each was made
        let listA = try chronicle(["facts", "decisions", "--store", sqlite]).out, listB = try chronicle(["facts", "decisions", "--store", pg]).out
        func strip(_ s: String) -> [String] { s.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) ?? "" } }
        #expect(strip(listA) == strip(listB) && strip(listB).count == 2)
    }

    /// The lines of an answer, sorted (a JSON answer: its rows, one object a line).
    static func lines(_ text: String) -> [String] {
        if let data = text.data(using: .utf8), let rows = try? JSONSerialization.jsonObject(with: data) as? [Any] {
            return rows.compactMap { (try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } }.sorted()
        }
        return text.split(whereSeparator: \.isNewline).map(String.init).sorted()
    }

    /// A file's bytes, or a directory's files' bytes by name.
    static func contents(_ path: String) throws -> [String: Data] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return [:] }
        if !isDir.boolValue { return ["": try Data(contentsOf: URL(fileURLWithPath: path))] }
        var out: [String: Data] = [:]
        for f in try FileManager.default.subpathsOfDirectory(atPath: path) {
            let u = URL(fileURLWithPath: path).appendingPathComponent(f)
            var d: ObjCBool = false
            if FileManager.default.fileExists(atPath: u.path, isDirectory: &d), !d.boolValue { out[f] = try Data(contentsOf: u) }
        }
        return out
    }

    /// 400 articles, made from short templates, in `dir`; their paths.
    static func corpus(_ dir: URL, count: Int) throws -> [String] {
        let people = ["Foreign Minister Dmytro Kuleba", "President Joe Biden", "Chancellor Olaf Scholz", "Senator John Smith", "Prime Minister Jane Doe"]
        var paths: [String] = []
        for k in 0..<count {
            let who = people[k % people.count], other = people[(k + 2) % people.count]
            let text = "date 2021-02-\(String(format: "%02d", k % 28 + 1)) Article \(k)\n\n\"We will act on point \(k),\" \(who) said on Monday. \(who) also said that \(other) would meet him on item \(k) next week. The talks were held in Berlin on Tuesday.\n"
            let path = dir.appendingPathComponent(String(format: "a%03d.txt", k)).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        return paths
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

    /// Every article once, each with its facts, no fact without its article.
    static func checkOnce(_ pg: String, articles: Int) throws {
        #expect(try PG.psql(pg, "SELECT count(*), count(DISTINCT id) FROM document") == "\(articles)|\(articles)")
        #expect(try PG.psql(pg, "SELECT count(*) FROM document d WHERE NOT EXISTS (SELECT 1 FROM statement s WHERE s.doc = d.id) OR NOT EXISTS (SELECT 1 FROM mention m WHERE m.doc = d.id)") == "0",
                "a document without its facts")
        #expect(try PG.psql(pg, "SELECT (SELECT count(*) FROM statement WHERE doc NOT IN (SELECT id FROM document)) + (SELECT count(*) FROM mention WHERE doc NOT IN (SELECT id FROM document))") == "0")
    }

    /// Four processes ingest overlapping halves of 400 articles at once: every article is there
    /// once, none fails, and the facts are those of a SQLite ingest of the same articles.
    @Test func fourWritersAtOnceDuplicateNothing() throws {
        let pg = try PG.freshDatabase("writers")
        defer { PG.drop(pg) }
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let articles = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let paths = try Self.corpus(articles, count: 400)
        let halves = [Array(paths[0..<200]), Array(paths[100..<300]), Array(paths[200..<400]), Array(paths[0..<100] + paths[300..<400])]
        let writers = try halves.map { try Self.start(["ingest"] + $0 + ["--store", pg, "--batch-size", "16", "--jobs", "1"]) }
        for w in writers { w.waitUntilExit() }
        #expect(writers.allSatisfy { $0.terminationStatus == 0 })
        try Self.checkOnce(pg, articles: 400)
        // the same facts as one SQLite ingest. Which events of different articles are one event
        // (a later article's mention joins an event stored before it) follows the order the
        // articles arrive in, which racing writers do not fix: the events' mentions are compared
        // one by one (each there once), everything else byte for byte (docs/Scaling.md)
        let sqlite = dir.appendingPathComponent("one.sqlite").path
        #expect(try chronicle(["ingest", articles.path, "--store", sqlite]).status == 0)
        for format in ["json", "csv"] {
            let a = dir.appendingPathComponent("a.\(format)").path, b = dir.appendingPathComponent("b.\(format)").path
            #expect(try chronicle(["export", "--store", sqlite, "--format", format, "-o", a]).status == 0)
            #expect(try chronicle(["export", "--store", pg, "--format", format, "-o", b]).status == 0)
            if format == "json" {
                let (x, xs) = try Self.splitEvents(a), (y, ys) = try Self.splitEvents(b)
                #expect(x == y, "json export (events aside) differs from SQLite's")
                // (the message names the mentions that differ, not the whole lists)
                let differ = xs == ys ? [] : Array(Set(xs).symmetricDifference(ys).sorted().prefix(12))
                #expect(differ.isEmpty, "the events' mentions differ from SQLite's (\(xs.count) against \(ys.count)): \(differ)")
                #expect(xs.count > 400, "every article has events")
            } else {
                var x = try Self.contents(a), y = try Self.contents(b)
                #expect(x.removeValue(forKey: "events.csv") != nil && y.removeValue(forKey: "events.csv") != nil)
                #expect(x == y, "csv export (events aside) differs from SQLite's")
            }
        }
    }

    /// A JSON export without its events, and every event mention in it ("doc start end text
    /// rule"), sorted.
    static func splitEvents(_ path: String) throws -> (NSDictionary, [String]) {
        let o = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        var mentions: [String] = []
        // (an event merged across articles is listed again in each other article, `merged_into`:
        // which article holds the event follows the order the articles arrive in, so those
        // entries, which repeat the event's mentions, are left out like the order)
        for e in o["events"] as? [[String: Any]] ?? [] where e["merged_into"] == nil {
            for m in e["mentions"] as? [[String: Any]] ?? [] {
                let span = (m["span"] as? [Int] ?? []).map(String.init).joined(separator: " ")
                mentions.append("\(m["doc"] as? String ?? "") \(span) \(m["text"] as? String ?? "") \(m["rule"] as? String ?? "")")
            }
        }
        var rest = o
        rest["events"] = nil
        return (rest as NSDictionary, mentions.sorted())
    }

    /// Events of a batch that join events stored by an earlier batch, from documents written by
    /// different writer connections: their mentions load in SQLite's order (document order),
    /// whichever writer commits first; a changed article replaces its rows and leaves no orphan.
    @Test func joinsAcrossWritersKeepSQLitesOrder() throws {
        let pg = try PG.freshDatabase("joins")
        defer { PG.drop(pg) }
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sqlite = dir.appendingPathComponent("one.sqlite").path
        let inputs = [Self.seeds.path, Self.polnear.path]
        func exportsAgree(_ what: String) throws {
            let a = dir.appendingPathComponent("a.json").path, b = dir.appendingPathComponent("b.json").path
            #expect(try chronicle(["export", "--store", sqlite, "--format", "json", "-o", a]).status == 0)
            #expect(try chronicle(["export", "--store", pg, "--format", "json", "-o", b]).status == 0)
            #expect(try Self.contents(a) == Self.contents(b), "\(what): json export differs from SQLite's")
        }
        for store in [sqlite, pg] {
            let r = try chronicle(["ingest"] + inputs + ["--store", store, "--batch-size", "20", "--jobs", "1"])
            #expect(r.status == 0, "\(r.err)")
        }
        #expect(Int(try PG.psql(pg, "SELECT count(*) FROM event_mention m JOIN event e ON e.id = m.event_id WHERE m.doc <> e.doc"))! > 0, "no event joined across documents")
        try exportsAgree("batches of 20")
        // a changed article replaces its rows
        let changed = dir.appendingPathComponent("changed.txt")
        let first = try FileManager.default.contentsOfDirectory(atPath: Self.polnear.path).filter { $0.hasSuffix(".txt") }.sorted()[0]
        let text = try String(contentsOf: Self.polnear.appendingPathComponent(first), encoding: .utf8)
        try (text + "\n\"We will win,\" Trump said on Tuesday.\n").write(to: changed, atomically: true, encoding: .utf8)
        for store in [sqlite, pg] {
            let r = try chronicle(["ingest", changed.path, "--store", store])
            #expect(r.status == 0, "\(r.err)")
        }
        try exportsAgree("after a new article")
        try (text + "\n\"We will lose,\" Clinton said on Monday.\n").write(to: changed, atomically: true, encoding: .utf8)
        for store in [sqlite, pg] {
            let r = try chronicle(["ingest", changed.path, "--store", store])
            #expect(r.status == 0 && r.out.contains("1 replaced"), "\(r.out) \(r.err)")
        }
        try exportsAgree("after a replaced article")
        // an article whose events other articles joined changes: each such event passes to the
        // next article that tells it (`EventPass`), alike in both stores, and no mention another
        // article gave it goes
        let owner = try PG.psql(pg, """
            SELECT e.doc FROM event e JOIN event_mention m ON m.event_id = e.id WHERE m.doc <> e.doc
            GROUP BY e.doc ORDER BY count(*) DESC, e.doc COLLATE "C" LIMIT 1
            """)
        let others = try PG.psql(pg, "SELECT count(*) FROM event_mention WHERE doc <> $$\(owner)$$")
        let source = try #require(inputs.map { URL(fileURLWithPath: $0).appendingPathComponent(owner) }.first { FileManager.default.fileExists(atPath: $0.path) })
        let moved = dir.appendingPathComponent("moved")
        try FileManager.default.createDirectory(at: moved, withIntermediateDirectories: true)
        let ownText = try String(contentsOf: source, encoding: .utf8)
        try (ownText + "\nThe weather was cold.\n").write(to: moved.appendingPathComponent(owner), atomically: true, encoding: .utf8)
        for store in [sqlite, pg] {
            let r = try chronicle(["ingest", moved.path, "--store", store])
            #expect(r.status == 0 && r.out.contains("1 replaced"), "\(r.out) \(r.err)")
        }
        try exportsAgree("after an article whose events others joined changed")
        #expect(try PG.psql(pg, "SELECT count(*) FROM event_mention WHERE doc <> $$\(owner)$$") == others, "mentions of other articles went with \(owner)")
        #expect(try PG.psql(pg, """
            SELECT (SELECT count(*) FROM mention WHERE doc NOT IN (SELECT id FROM document))
                 + (SELECT count(*) FROM statement WHERE doc NOT IN (SELECT id FROM document))
                 + (SELECT count(*) FROM statement_about WHERE statement_id NOT IN (SELECT id FROM statement))
                 + (SELECT count(*) FROM event_actor WHERE event_id NOT IN (SELECT id FROM event))
                 + (SELECT count(*) FROM event_mention WHERE event_id NOT IN (SELECT id FROM event))
            """) == "0", "rows of a replaced article are left")
    }

    /// `exclusively` holds the ingest lock (a session advisory lock) while its body runs, and
    /// lets it go after: two ingests merge and save their batches one after the other.
    @Test func exclusivelyHoldsTheIngestLock() throws {
        let pg = try PG.freshDatabase("lock")
        defer { PG.drop(pg) }
        let store = try PostgresStore(pg)
        defer { try? store.close() }
        let held = """
            SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted
                AND classid = \(PostgresStore.ingestLock.class) AND objid = \(PostgresStore.ingestLock.object) AND objsubid = 2
            """
        #expect(try PG.psql(pg, held) == "0")
        let inside = try store.exclusively { try PG.psql(pg, held) }
        #expect(inside == "1")
        #expect(try PG.psql(pg, held) == "0")
    }

    /// Ingest killed with SIGKILL at ten points, then re-run: every article once, none half-written.
    @Test func killedIngestLosesNothingAndDuplicatesNothing() throws {
        let pg = try PG.freshDatabase("crash")
        defer { PG.drop(pg) }
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Self.corpus(dir, count: 240)
        let timing = try PG.freshDatabase("timing")
        defer { PG.drop(timing) }
        let t0 = Date()
        let full = try Self.start(["ingest", dir.path, "--store", timing, "--batch-size", "4"])
        full.waitUntilExit()
        #expect(full.terminationStatus == 0)
        let duration = Date().timeIntervalSince(t0)
        try Self.checkOnce(timing, articles: 240)
        for k in 0..<10 {
            let p = try Self.start(["ingest", dir.path, "--store", pg, "--batch-size", "4"])
            Thread.sleep(forTimeInterval: duration * (Double(k) + 0.5) / 10)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
        }
        let last = try chronicle(["ingest", dir.path, "--store", pg, "--batch-size", "4"])
        #expect(last.status == 0, "\(last.err)")
        try Self.checkOnce(pg, articles: 240)
        // the server ended the killed sessions' transactions: no lock or transaction is left open
        #expect(try PG.psql(pg, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()") == "0")
    }

    /// Quotes, semicolons, `--` and `$$` in file names, texts and every query argument are
    /// values: stored and matched as written, never run.
    @Test func hostileValuesAreBoundNotSpliced() throws {
        let pg = try PG.freshDatabase("inject")
        defer { PG.drop(pg) }
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let hostile = ["O'Brien'); DROP TABLE document; --", "x$$; DELETE FROM actor; $$", "semi;colon -- comment", "back\\slash \"dq\""]
        for (k, h) in hostile.enumerated() {
            let text = "date 2021-03-0\(k + 1) \(h)\n\n\"We will act,\" Senator Pat O'Brien said on Monday about \(h). Minister Jo $$Kay$$ said the plan -- and the '\(h)' -- would work.\n"
            try text.write(to: dir.appendingPathComponent("\(h.replacingOccurrences(of: "/", with: "_")).txt"), atomically: true, encoding: .utf8)
        }
        let sqlite = dir.appendingPathComponent("s.sqlite").path
        for store in [sqlite, pg] {
            let r = try chronicle(["ingest", dir.path, "--store", store])
            #expect(r.status == 0, "\(r.err)")
        }
        #expect(try PG.psql(pg, "SELECT count(*) FROM document") == "\(hostile.count)")
        let ids = try PG.psql(pg, #"SELECT id FROM document ORDER BY id COLLATE "C""#).split(separator: "\n").map(String.init)
        #expect(Set(ids) == Set(hostile.map { $0.replacingOccurrences(of: "/", with: "_") + ".txt" }), "\(ids)")
        for h in hostile + ["'", "$$", "--", ";", "%", "_", "O'Brien"] {
            for q in [["said", "--by", h], ["said", "--about", h], ["actor", h], ["search", h], ["said", "--by", "O'Brien", "--contains", h]] {
                let a = try chronicle(["query"] + q + ["--store", sqlite, "--format", "json"])
                let b = try chronicle(["query"] + q + ["--store", pg, "--format", "json"])
                #expect(a.status == b.status && a.out == b.out, "\(q)")
            }
        }
        // the tables are all still there, with their rows
        #expect(try PG.psql(pg, "SELECT count(*) FROM document") == "\(hostile.count)")
        #expect(Int(try PG.psql(pg, "SELECT count(*) FROM actor"))! > 0)
    }

    /// Bad stores: one line on stderr naming the store with its password masked, exit 1, and
    /// nothing written.
    @Test func badStoresAreOneLineErrorsAndWriteNothing() throws {
        let server = try PG.server()
        let secret = PG.password(server) ?? "no-password"
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("a.txt")
        try "date 2021-02-01 A\n\n\"We act,\" Senator John Smith said.\n".write(to: article, atomically: true, encoding: .utf8)
        func expectOneLineError(_ store: String, _ what: String, _ args: [String]? = nil) throws {
            let r = try chronicle(args ?? ["ingest", article.path, "--store", store])
            #expect(r.status == 1, "\(what): status \(r.status) \(r.err)")
            let lines = r.err.split(separator: "\n")
            #expect(lines.count == 1, "\(what): \(r.err)")
            #expect(!r.err.contains(secret), "\(what): the password is shown")
            #expect(r.err.contains("***") || PG.password(store) == nil, "\(what): \(r.err)")
            #expect(r.err.contains(what), "\(what): \(r.err)")
        }
        // malformed
        try expectOneLineError("postgres://chronicle:\(secret)@127.0.0.1:notaport/x", "not a valid PostgreSQL URL")
        // unreachable: a port nothing listens on
        var c = URLComponents(string: server)!
        c.port = 1
        try expectOneLineError(c.string!, "cannot reach the server")
        // refused password
        c = URLComponents(string: server)!
        c.password = "wrong-\(secret)"
        try expectOneLineError(c.string!, "refused the password")
        // a database of another program
        let other = try PG.freshDatabase("other")
        defer { PG.drop(other) }
        try PG.psql(other, "CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (1)")
        try expectOneLineError(other, "another program")
        #expect(try PG.psql(other, "SELECT string_agg(table_name, ',') FROM information_schema.tables WHERE table_schema = 'public'") == "invoices")
        // a newer schema
        let newer = try PG.freshDatabase("newer")
        defer { PG.drop(newer) }
        #expect(try chronicle(["ingest", article.path, "--store", newer]).status == 0)
        try PG.psql(newer, "INSERT INTO chronicle_migrations (name) VALUES ('pg-v99-from-the-future')")
        let before = try PG.psql(newer, "SELECT count(*) FROM mention")
        try PG.psql(newer, "DELETE FROM document")
        try expectOneLineError(newer, "newer")
        #expect(try PG.psql(newer, "SELECT count(*) FROM document") == "0", "written to a newer schema")
        #expect(before != "0")
        // queries too
        try expectOneLineError(newer, "newer", ["query", "said", "--store", newer])
    }

    /// sslmode: require encrypts (the cluster has a self-signed certificate), verify-full checks
    /// the certificate and refuses a self-signed one; the environment variable names the store.
    @Test func tlsAndTheEnvironmentVariable() throws {
        let pg = try PG.freshDatabase("tls")
        defer { PG.drop(pg) }
        let dir = CLITests.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("a.txt")
        try "date 2021-02-01 A\n\n\"We act,\" Senator John Smith said.\n".write(to: article, atomically: true, encoding: .utf8)
        let r = try chronicle(["ingest", article.path, "--store", pg + "?sslmode=require"])
        #expect(r.status == 0, "\(r.err)")
        let v = try chronicle(["ingest", article.path, "--store", pg + "?sslmode=verify-full"])
        #expect(v.status == 1)
        #expect(v.err.split(separator: "\n").count == 1, "\(v.err)")
        #expect(!v.err.contains(PG.password(pg) ?? "\u{0}"))
        // CHRONICLE_STORE when --store is absent
        let p = Process()
        p.executableURL = CLITests.binary
        p.arguments = ["query", "said", "--by", "Smith", "--format", "csv"]
        var env = ProcessInfo.processInfo.environment
        env["CHRONICLE_STORE"] = pg
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(o.contains("We act"))
    }
}
