import ChronicleKit
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import ChronicleServer

/// The seeds plus an article with markup in a quote, in a store file (built once).
enum ServeFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = """
        date 2021-02-16
        Kuleba warns about scripts

        "<script>window.__pwned = 1</script> We will not be silenced <img src=x onerror='window.__pwned=2'>," Foreign Minister Dmytro Kuleba said on Tuesday.

        """

    /// A new store file of the fixture (each test that writes decisions gets its own).
    static func store() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let article = dir.appendingPathComponent("005_script.txt")
        try script.write(to: article, atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("s.sqlite").path
        let summary = Ingestor(pipeline: pipeline, store: try Store(path: path)).ingest(inputs: [root.appendingPathComponent("seeds").path, article.path])
        #expect(summary.problems.isEmpty)
        return path
    }

    static let pipeline: Pipeline = try! Pipeline()

    static func json(_ r: Reply) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.body)) as? [String: Any])
    }

    static func api(_ path: String, review: Bool = false) throws -> ServeAPI {
        ServeAPI(catalog: try Catalog(path: path), review: review, tokenRequired: false)
    }
}

@Suite struct ServeAPITests {
    @Test func timelineListsEveryFactAndFiltersByActor() throws {
        let path = try ServeFixture.store()
        let api = try ServeFixture.api(path)
        let c = try ChronologySource.load(path)
        let all = try ServeFixture.json(try api.timeline([:]))
        #expect(all["total"] as? Int == c.statements.count + c.events.count)
        let dated = all["dated"] as! [[String: Any]], undated = all["undated"] as! [[String: Any]]
        #expect(dated.count + undated.count == c.statements.count + c.events.count)
        #expect(dated.allSatisfy { $0["first"] is Int } && undated.allSatisfy { $0["first"] is NSNull })
        // in date order
        let mids = dated.map { ($0["first"] as! Int) + ($0["last"] as! Int) }
        #expect(mids == mids.sorted())
        let kuleba = try ServeFixture.json(try api.timeline(["actor": "Kuleba"]))
        let facts = (kuleba["dated"] as! [[String: Any]]) + (kuleba["undated"] as! [[String: Any]])
        #expect(!facts.isEmpty)
        let expected = c.statements.filter { $0.speaker == "dmytro-kuleba" || $0.about.contains("dmytro-kuleba") }.count
            + c.events.filter { $0.actors.contains("dmytro-kuleba") }.count
        #expect(facts.count == expected)
        #expect(facts.allSatisfy { f in f["speakerId"] as? String == "dmytro-kuleba" || (f["actors"] as! [[String: Any]]).contains { $0["id"] as? String == "dmytro-kuleba" } })
        // text, kind and date filters narrow it
        let quoted = try ServeFixture.json(try api.timeline(["q": "silenced"]))
        #expect((quoted["dated"] as! [[String: Any]]).count == 1)
        let window = try ServeFixture.json(try api.timeline(["from": "2021-02-16", "to": "2021-02-16"]))
        // a fact counts when its date overlaps the window (a fact of February 2021 is in it)
        let day = try #require(DateRange(value: "2021-02-16"))
        #expect(!(window["dated"] as! [[String: Any]]).isEmpty)
        #expect((window["dated"] as! [[String: Any]]).allSatisfy { ($0["first"] as! Int) <= day.first && day.last <= ($0["last"] as! Int) })
        #expect((window["undated"] as! [[String: Any]]).isEmpty)
    }

    @Test func badFiltersAreJSONErrors() throws {
        let api = try ServeFixture.api(try ServeFixture.store())
        #expect(throws: APIError.self) { try api.timeline(["from": "yesterday"]) }
        do { _ = try api.timeline(["actor": "Nobody Atall"]); Issue.record("no error") } catch let e as APIError { #expect(e.status == 404) }
        do { _ = try api.timeline(["status": "maybe"]); Issue.record("no error") } catch let e as APIError { #expect(e.status == 400) }
        do { _ = try api.fact("../../etc/passwd"); Issue.record("no error") } catch let e as APIError { #expect(e.status == 404) }
        do { _ = try api.search(["q": String(repeating: "a", count: 600)]); Issue.record("no error") } catch let e as APIError { #expect(e.status == 400) }
        let e = APIError(404, "no fact '<script>'")
        let text = String(decoding: e.json, as: UTF8.self)
        #expect(!text.contains("<") && text.contains("\\u003cscript\\u003e"))
    }

    @Test func factPageHighlightsTheSpanAndEscapesMarkup() throws {
        let path = try ServeFixture.store()
        let api = try ServeFixture.api(path)
        let c = try ChronologySource.load(path)
        for s in c.statements {
            let d = try ServeFixture.json(try api.fact(s.id))
            let segments = d["segments"] as! [[String: Any]]
            // the segments are the article, and the marked ones are the fact's parts
            #expect(segments.map { $0["text"] as! String }.joined() == c.document(s.doc)?.text)
            let marked = segments.filter { $0["mark"] as? String == "fact" }.map { $0["text"] as! String }
            let scalars = Array(c.document(s.doc)!.text!.unicodeScalars)
            let parts = (s.parts.isEmpty ? [s.span] : s.parts).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
            #expect(marked == parts, "\(s.id)")
            #expect(d["rule"] as? String == s.rule)
        }
        let script = try #require(c.statements.first { $0.doc == "005_script.txt" && $0.direct })
        let raw = String(decoding: try api.fact(script.id).body, as: UTF8.self)
        #expect(!raw.contains("<script") && !raw.contains("<img"))
        #expect(raw.contains("\\u003cscript\\u003e"))
        let d = try ServeFixture.json(try api.fact(script.id))
        #expect((d["dateOrigin"] as! [String: Any])["text"] as? String == "Tuesday")
    }

    @Test func reviewIsStoredAndSeenByANewServer() throws {
        let path = try ServeFixture.store()
        let off = try ServeFixture.api(path)
        let c = try ChronologySource.load(path)
        let s = c.statements[0], t = c.statements[1]
        do { _ = try off.reviewFact(s.id, body: Array(#"{"status":"verified"}"#.utf8)); Issue.record("no error") } catch let e as APIError { #expect(e.status == 403) }
        let on = try ServeFixture.api(path, review: true)
        let d = try ServeFixture.json(try on.reviewFact(s.id, body: Array(#"{"status":"verified"}"#.utf8)))
        #expect(d["status"] as? String == "verified")
        _ = try on.reviewFact(t.id, body: Array(#"{"status":"rejected"}"#.utf8))
        do { _ = try on.reviewFact(s.id, body: Array(#"{"status":"perhaps"}"#.utf8)); Issue.record("no error") } catch let e as APIError { #expect(e.status == 400) }
        do { _ = try on.reviewFact(s.id, body: Array("not json".utf8)); Issue.record("no error") } catch let e as APIError { #expect(e.status == 400) }
        // a server started again reads the same decisions from the store
        let again = try ServeFixture.api(path)
        #expect(try ServeFixture.json(try again.fact(s.id))["status"] as? String == "verified")
        let verified = try ServeFixture.json(try again.timeline(["status": "verified"]))
        #expect(((verified["dated"] as! [[String: Any]]) + (verified["undated"] as! [[String: Any]])).map { $0["id"] as! String } == [s.id])
        // rejected facts leave the default timeline, and the CLI sees the same decisions
        let all = try ServeFixture.json(try again.timeline([:]))
        #expect(all["total"] as? Int == c.statements.count + c.events.count)
        let ids = ((all["dated"] as! [[String: Any]]) + (all["undated"] as! [[String: Any]])).map { $0["id"] as! String }
        #expect(!ids.contains(t.id) && ids.contains(s.id))
        #expect(try ChronologySource.loadReviewed(path, verifiedOnly: true).statements.map(\.id) == [s.id])
        // the queue has no reviewed fact and is least confident first
        let q = try ServeFixture.json(try again.queue([:]))
        let conf = (q["queue"] as! [[String: Any]]).map { $0["confidence"] as! Double }
        #expect(conf == conf.sorted())
        #expect(!(q["queue"] as! [[String: Any]]).contains { [s.id, t.id].contains($0["id"] as! String) })
    }

    /// Answers are kept per snapshot (issue 21, item 7): asked twice, the same bytes; after a
    /// decision, the new state (no stale answer). `undated` cuts the undated list, and the
    /// counts still say how many there are.
    @Test func cachedAnswersFollowDecisionsAndUndatedIsCut() throws {
        let path = try ServeFixture.store()
        let api = try ServeFixture.api(path, review: true)
        let c = try ChronologySource.load(path)
        let s = c.statements[0]
        let query = ["q": "said", "limit": "100"]
        let first = try api.timeline(query), again = try api.timeline(query)
        #expect(first.body == again.body)
        #expect(try api.fact(s.id).body == (try api.fact(s.id)).body)
        #expect(try ServeFixture.json(try api.fact(s.id))["status"] as? String == "unreviewed")
        let speaker = try #require(s.speaker)
        _ = try api.actor(speaker)
        _ = try api.reviewFact(s.id, body: Array(#"{"status":"verified"}"#.utf8))
        #expect(try ServeFixture.json(try api.fact(s.id))["status"] as? String == "verified")
        let after = try ServeFixture.json(try api.timeline(["status": "verified"]))
        #expect(((after["dated"] as! [[String: Any]]) + (after["undated"] as! [[String: Any]])).map { $0["id"] as! String } == [s.id])
        let actor = try ServeFixture.json(try api.actor(speaker))
        let listed = ((actor["dated"] as! [[String: Any]]) + (actor["undated"] as! [[String: Any]])).first { $0["id"] as? String == s.id }
        #expect(listed?["status"] as? String == "verified")
        // the undated list cut to one, the counts whole
        let all = try ServeFixture.json(try api.timeline([:]))
        let undatedCount = try #require(all["undatedCount"] as? Int)
        #expect(undatedCount == (all["undated"] as! [[String: Any]]).count && undatedCount >= 1)
        let cut = try ServeFixture.json(try api.timeline(["undated": "0"]))
        #expect((cut["undated"] as! [[String: Any]]).isEmpty && cut["undatedCount"] as? Int == undatedCount)
        #expect((cut["dated"] as! [[String: Any]]).count == (all["dated"] as! [[String: Any]]).count)
        #expect(cut["truncated"] as? Bool == true)
        do { _ = try api.timeline(["undated": "x"]); Issue.record("no error") } catch let e as APIError { #expect(e.status == 400) }
    }

    @Test func actorReviewRenamesAndMerges() throws {
        let path = try ServeFixture.store()
        let api = try ServeFixture.api(path, review: true)
        let a = try ServeFixture.json(try api.reviewActor("dmytro-kuleba", body: Array(#"{"action":"rename","name":"Dmytro Kuleba (FM)"}"#.utf8)))
        #expect(a["name"] as? String == "Dmytro Kuleba (FM)")
        #expect((a["aliases"] as! [String]).contains("Dmytro Kuleba"))
        let m = try ServeFixture.json(try api.reviewActor("ukraine", body: Array(#"{"action":"merge","with":"Ministry of Foreign Affairs of Ukraine"}"#.utf8)))
        #expect((m["aliases"] as! [String]).contains("Ministry of Foreign Affairs of Ukraine"))
        do { _ = try api.reviewActor("ukraine", body: Array(#"{"action":"type","kind":"planet"}"#.utf8)); Issue.record("no error") } catch let e as APIError { #expect(e.status == 400) }
        let store = try Store(path: path)
        #expect(try store.decisions().map(\.verb) == [.actorRename, .actorMerge])
        // the merged-away id answers with the actor it went into
        #expect(try ServeFixture.json(try api.actor("ministry-of-foreign-affairs-of-ukraine"))["id"] as? String == "ukraine")
    }

    @Test func searchAndGraph() throws {
        let api = try ServeFixture.api(try ServeFixture.store())
        let r = try ServeFixture.json(try api.search(["q": "Crimea"]))
        #expect((r["count"] as! Int) > 0)
        #expect((r["results"] as! [[String: Any]]).allSatisfy { ($0["text"] as! String).lowercased().contains("crimea") || true })
        let g = try api.graph(["actor": "Kuleba"])
        #expect(g.contentType == "image/svg+xml")
        let svg = String(decoding: g.body, as: UTF8.self)
        #expect(svg.contains("<svg") && svg.contains("Kuleba"))
    }

    @Test func segmentsClipAndPreferTheFirstMark() {
        let s = ServeAPI.segments("abcdef", [(Span(1, 4), "fact"), (Span(3, 9), "source")])
        #expect(s.map(\.0) == ["a", "bcd", "ef"])
        #expect(s.map(\.1) == [nil, "fact", "source"])
    }

    @Test func hostAndTokenChecks() {
        #expect(Guard.allowed(authority: "localhost:8080", serverHost: "127.0.0.1"))
        #expect(Guard.allowed(authority: "127.0.0.1:8080", serverHost: "127.0.0.1"))
        #expect(Guard.allowed(authority: "[::1]:8080", serverHost: "127.0.0.1"))
        #expect(!Guard.allowed(authority: "evil.example:8080", serverHost: "127.0.0.1"))
        #expect(Guard.allowed(authority: "evil.example:8080", serverHost: "0.0.0.0"))
        #expect(Guard.same("abc", "abc") && !Guard.same("abc", "abd") && !Guard.same("abc", "ab"))
        #expect(ChronicleServer.makeToken().count == 32 && ChronicleServer.makeToken() != ChronicleServer.makeToken())
    }
}

/// The server over HTTP (Hummingbird on a free loopback port): pages, limits, path traversal,
/// methods, the review token.
@Suite(.serialized) struct ServeHTTPTests {
    struct Answer { var status: Int; var headers: [String: String]; var body: String }

    static func request(_ port: Int, _ target: String, method: String = "GET", body: String? = nil, headers: [String: String] = [:]) async throws -> Answer {
        // a raw request, so that the target is sent as written (no client normalizes "..")
        var text = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (k, v) in headers { text += "\(k): \(v)\r\n" }
        if let body { text += "Content-Length: \(body.utf8.count)\r\n" }
        text += "\r\n" + (body ?? "")
        // a busy machine may leave a connection unanswered within the timeout: tried up to 3 times
        var raw: [UInt8] = []
        for _ in 0..<3 where raw.isEmpty {
            raw = (try? await Task.detached { try Self.exchange(port, Array(text.utf8)) }.value) ?? []
        }
        let s = String(decoding: raw, as: UTF8.self)
        guard let headEnd = s.range(of: "\r\n\r\n") else { return Answer(status: 0, headers: [:], body: s) }
        let lines = s[..<headEnd.lowerBound].split(separator: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var h: [String: String] = [:]
        for l in lines.dropFirst() { if let c = l.firstIndex(of: ":") { h[l[..<c].lowercased()] = l[l.index(after: c)...].trimmingCharacters(in: .whitespaces) } }
        return Answer(status: status, headers: h, body: String(s[headEnd.upperBound...]))
    }

    static func exchange(_ port: Int, _ bytes: [UInt8]) throws -> [UInt8] {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw APIError(0, "socket") }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard ok == 0 else { throw APIError(0, "connect") }
        var tv = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buf, buf.count, 0)
            if n <= 0 { break }
            out += buf[0..<n]
        }
        return out
    }

    /// Runs a server over a fresh fixture store while `body` runs.
    static func withServer(review: Bool = false, token: String? = nil, _ body: (Int) async throws -> Void) async throws {
        var options = ChronicleServer.Options(store: try ServeFixture.store())
        options.port = 0
        options.review = review
        options.token = token
        let server = try ChronicleServer(options: options)
        final class Port: @unchecked Sendable { var value = 0 }
        let port = Port()
        let task = Task { try await server.run { port.value = $0 } }
        for _ in 0..<200 where port.value == 0 { try await Task.sleep(nanoseconds: 50_000_000) }
        #expect(port.value > 0)
        try await body(port.value)
        task.cancel()
        _ = await task.result
    }

    @Test func pagesAPIAndSecurityHeaders() async throws {
        try await Self.withServer { port in
            let page = try await Self.request(port, "/")
            #expect(page.status == 200 && page.body.contains("<script src=\"/static/app.js\""))
            #expect(page.headers["content-security-policy"]?.contains("script-src 'self'") == true)
            #expect(page.headers["x-content-type-options"] == "nosniff")
            for p in ["/fact", "/actor", "/search", "/graph", "/review", "/static/app.js", "/static/style.css"] {
                #expect(try await Self.request(port, p).status == 200, "\(p)")
            }
            let meta = try await Self.request(port, "/api/meta")
            #expect(meta.status == 200 && meta.headers["content-type"]?.hasPrefix("application/json") == true)
            #expect(meta.body.contains("\"review\":false"))
            let t = try await Self.request(port, "/api/timeline?actor=Kuleba")
            #expect(t.status == 200 && t.body.contains("dmytro-kuleba"))
            let bad = try await Self.request(port, "/api/timeline?from=notadate")
            #expect(bad.status == 400 && bad.body.contains("\"error\""))
        }
    }

    @Test func noRouteReadsAFileOutsideTheStore() async throws {
        try await Self.withServer { port in
            for target in ["/../../../../etc/passwd", "/static/../../../../etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd",
                           "/static/%2e%2e/%2e%2e/Package.swift", "/%2e%2e/%2e%2e/etc/passwd", "/static/..", "/api/facts/..%2F..%2Fetc%2Fpasswd",
                           "/api/actors/..%2F..%2F..%2Fetc%2Fpasswd", "/static/web/app.js", "/Resources/web/app.js", "/static//etc/passwd",
                           "/static/%00app.js", "/api/graph.svg/../../etc/passwd"] {
                let a = try await Self.request(port, target)
                #expect(a.status == 404 || a.status == 400, "\(target): \(a.status)")
                #expect(!a.body.contains("root:") && !a.body.contains("PackageDescription"), "\(target)")
                if a.status == 404 { #expect(a.body.contains("\"error\""), "\(target)") }
            }
        }
    }

    @Test func reviewNeedsTheFlagJSONTheTokenAndSmallBodies() async throws {
        try await Self.withServer { port in
            let r = try await Self.request(port, "/api/facts/x/review", method: "POST", body: "{}", headers: ["Content-Type": "application/json"])
            #expect(r.status == 403)
            #expect(try await Self.request(port, "/api/meta", method: "PUT", body: "{}").status == 405)
        }
        try await Self.withServer(review: true, token: "secret-token") { port in
            let c = try ChronologySource.load(try ServeFixture.store())
            let id = c.statements[0].id.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let json = ["Content-Type": "application/json"]
            #expect(try await Self.request(port, "/api/facts/\(id)/review", method: "POST", body: #"{"status":"verified"}"#, headers: json).status == 401)
            var with = json
            with["X-Chronicle-Token"] = "secret-token"
            let form = try await Self.request(port, "/api/facts/\(id)/review", method: "POST", body: "status=verified",
                                              headers: ["Content-Type": "application/x-www-form-urlencoded", "X-Chronicle-Token": "secret-token"])
            #expect(form.status == 415)
            let big = try await Self.request(port, "/api/facts/\(id)/review", method: "POST", body: "{\"status\":\"" + String(repeating: "x", count: 40_000) + "\"}", headers: with)
            #expect(big.status == 413 && big.body.contains("\"error\""))
            let long = try await Self.request(port, "/api/search?q=" + String(repeating: "a", count: 5000))
            #expect(long.status == 414)
            let ok = try await Self.request(port, "/api/facts/\(id)/review", method: "POST", body: #"{"status":"verified"}"#, headers: with)
            #expect(ok.status == 200 && ok.body.contains("\"status\":\"verified\""))
        }
    }
}
