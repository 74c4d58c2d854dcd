import ChronicleKit
import Foundation

/// What a route answers: a status, a content type and the body.
struct Reply: Sendable {
    var status: Int = 200
    var contentType: String = "application/json; charset=utf-8"
    var body: [UInt8]

    static func json(_ bytes: [UInt8]) -> Reply { Reply(body: bytes) }
    static func error(_ e: APIError) -> Reply { Reply(status: e.status, body: e.json) }
}

/// The JSON API behind the pages (documented in docs/openapi.yaml). Each function reads one
/// `Snapshot` and answers; none reads a file (the store was read at start).
struct ServeAPI: Sendable {
    let catalog: Catalog
    /// Whether review routes (POST) are open.
    let review: Bool
    let tokenRequired: Bool

    /// Longest text filter or search accepted, in bytes.
    static let maxQueryText = 512

    // MARK: - filters

    /// The facts a query selects (indexes into `snapshot.facts`, in order).
    func select(_ q: [String: String], _ s: Snapshot) throws -> [Int] {
        var actorIds: Set<String>?
        if let a = q["actor"], !a.isEmpty {
            let ids = try a.split(separator: ",").map { name -> String in
                guard let id = s.actorId(named: String(name)) else { throw APIError(404, "no actor '\(name)'") }
                return id
            }
            actorIds = Set(ids)
        }
        let kinds = q["kind"].flatMap { $0.isEmpty ? nil : Set($0.split(separator: ",").map(String.init)) }
        let statuses = try q["status"].flatMap { $0.isEmpty ? nil : $0 }.map { v -> Set<FactStatus> in
            Set(try v.split(separator: ",").map { x -> FactStatus in
                guard let st = FactStatus(rawValue: String(x)) else { throw APIError(400, "status must be unreviewed, verified or rejected, not '\(x)'") }
                return st
            })
        }
        func bound(_ key: String) throws -> DateRange? {
            guard let v = q[key], !v.isEmpty else { return nil }
            guard let r = DateRange(value: v) else { throw APIError(400, "\(key): '\(v)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") }
            return r
        }
        let from = try bound("from"), to = try bound("to")
        let words = try ServeAPI.words(q["q"])
        // rejected facts only when asked for
        let hideRejected = statuses == nil
        var out: [Int] = []
        let candidates: [Int]
        if let actorIds {
            candidates = actorIds.count == 1 ? (s.actorFacts[actorIds.first!] ?? []) : Array(Set(actorIds.flatMap { s.actorFacts[$0] ?? [] })).sorted()
        } else {
            candidates = Array(s.facts.indices)
        }
        // (a fact is passed from the array's buffer, not bound to a local: `let f = s.facts[k]` copied every
        // field of every fact, and retaining them was most of a request's time)
        func passes(_ f: FactItem) -> Bool {
            if hideRejected && f.status == .rejected { return false }
            if let statuses, !statuses.contains(f.status) { return false }
            if let kinds, !kinds.contains(f.kind), !kinds.contains(EventKinds.coarse(f.kind)), !(kinds.contains("statement") && f.type == .statement) { return false }
            if from != nil || to != nil {
                guard let a = f.first, let b = f.last else { return false }
                if let from, b < from.first { return false }
                if let to, a > to.last { return false }
            }
            if !words.isEmpty {
                for w in words where f.occurrences(of: w, upTo: 1) == 0 { return false }
            }
            return true
        }
        s.facts.withUnsafeBufferPointer { facts in
            for k in candidates where passes(facts[k]) { out.append(k) }
        }
        return out
    }

    static func words(_ text: String?) throws -> [[UInt8]] {
        guard let text, !text.isEmpty else { return [] }
        guard text.utf8.count <= maxQueryText else { throw APIError(400, "the text is longer than \(maxQueryText) bytes") }
        return text.lowercased().split(whereSeparator: { $0.isWhitespace }).map { Array($0.utf8) }
    }

    static func limit(_ q: [String: String], default d: Int, max m: Int) throws -> Int {
        guard let v = q["limit"], !v.isEmpty else { return d }
        guard let n = Int(v), n > 0 else { throw APIError(400, "limit must be a positive number") }
        return min(n, m)
    }

    // MARK: - routes

    func meta() -> Reply {
        let s = catalog.snapshot
        let c = s.review.chronology
        var o = JSONOut()
        o.objectStart()
        o.field("store", (catalog.storePath as NSString).lastPathComponent)
        o.field("version", s.version)
        o.field("documents", c.documents.count)
        o.field("statements", c.statements.count)
        o.field("events", c.events.count)
        o.field("actors", c.actors.count)
        o.field("verified", s.review.status.values.filter { $0 == .verified }.count)
        o.field("rejected", s.review.status.values.filter { $0 == .rejected }.count)
        o.field("review", review)
        o.field("tokenRequired", tokenRequired)
        o.objectEnd()
        return .json(o.bytes)
    }

    func timeline(_ q: [String: String]) throws -> Reply {
        let s = catalog.snapshot
        let limit = try ServeAPI.limit(q, default: Snapshot.defaultLimit, max: 100_000)
        let filtered = q.contains { ["actor", "kind", "status", "from", "to", "q"].contains($0.key) && !$0.value.isEmpty }
        // `undated`: at most this many undated facts (the page lists a few; the count says how many)
        let undated = try q["undated"].flatMap { $0.isEmpty ? nil : $0 }.map { v -> Int in
            guard let n = Int(v), n >= 0 else { throw APIError(400, "undated must be a number") }
            return n
        }
        if !filtered && undated == nil && limit >= s.facts.count { return .json(s.allTimeline) }
        if !filtered && undated == nil && limit == Snapshot.defaultLimit { return .json(s.defaultTimeline) }
        // an answer is made once per snapshot (store generation) and query
        let key = "timeline?" + q.filter { ["actor", "kind", "status", "from", "to", "q", "limit", "undated"].contains($0.key) }
            .sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        if let known = s.answers.get(key) { return .json(known) }
        let selected = try select(q, s)
        let bytes = Snapshot.timelineJSON(selected, items: s.facts, json: s.json, actorById: s.actorById, total: s.facts.count, version: s.version,
                                          limit: limit, undatedLimit: undated)
        s.answers.put(key, bytes)
        return .json(bytes)
    }

    func actors() -> Reply {
        let s = catalog.snapshot
        if let known = s.answers.get("actors") { return .json(known) }
        var o = JSONOut()
        o.objectStart()
        o.key("actors")
        o.arrayStart()
        let sorted = s.review.chronology.actors.sorted { (s.actorFacts[$1.id]?.count ?? 0, $0.name) < (s.actorFacts[$0.id]?.count ?? 0, $1.name) }
        for a in sorted {
            o.objectStart()
            o.field("id", a.id)
            o.field("name", a.name)
            o.field("kind", a.kind.rawValue)
            o.field("facts", s.actorFacts[a.id]?.count ?? 0)
            o.field("mentions", a.mentions.count)
            o.field(("aliases"), strings: a.aliases)
            o.objectEnd()
        }
        o.arrayEnd()
        o.objectEnd()
        s.answers.put("actors", o.bytes)
        return .json(o.bytes)
    }

    func actor(_ id: String) throws -> Reply {
        let s = catalog.snapshot
        if let known = s.answers.get("actor:" + id) { return .json(known) }
        let answer = try actor(id, s)
        s.answers.put("actor:" + id, answer.body)
        return answer
    }

    func actor(_ id: String, _ s: Snapshot) throws -> Reply {
        let resolved = s.review.actorId(id)
        guard let a = s.actorById[resolved] else { throw APIError(404, "no actor '\(id)'") }
        let facts = s.actorFacts[a.id] ?? []
        var co: [String: Int] = [:]
        for k in facts {
            let f = s.facts[k]
            for x in Set((f.speakerId.map { [$0] } ?? []) + f.actorIds) where x != a.id { co[x, default: 0] += 1 }
        }
        var o = JSONOut(capacity: facts.count * 400 + 1024)
        o.objectStart()
        o.field("id", a.id)
        o.field("name", a.name)
        o.field("kind", a.kind.rawValue)
        o.field("role", a.role)
        o.field("aliases", strings: a.aliases)
        o.field("mentions", a.mentions.count)
        o.field("documents", Set(a.mentions.map(\.doc)).count)
        o.key("coActors")
        o.arrayStart()
        for (x, n) in co.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).prefix(20) {
            o.objectStart()
            o.field("id", x)
            o.field("name", s.actorById[x]?.name ?? x)
            o.field("count", n)
            o.objectEnd()
        }
        o.arrayEnd()
        o.key("decisions")
        o.arrayStart()
        for d in s.review.applied[a.id] ?? [] { o.string(d.summary) }
        o.arrayEnd()
        o.key("dated")
        o.arrayStart()
        for k in facts where s.facts[k].first != nil && s.facts[k].status != .rejected { o.raw(s.json[k]) }
        o.arrayEnd()
        o.key("undated")
        o.arrayStart()
        for k in facts where s.facts[k].first == nil && s.facts[k].status != .rejected { o.raw(s.json[k]) }
        o.arrayEnd()
        o.objectEnd()
        return .json(o.bytes)
    }

    func search(_ q: [String: String]) throws -> Reply {
        let s = catalog.snapshot
        let words = try ServeAPI.words(q["q"])
        let limit = try ServeAPI.limit(q, default: 50, max: 1000)
        var hits: [(score: Int, k: Int)] = []
        if !words.isEmpty {
            func score(_ f: FactItem) -> Int {
                guard f.status != .rejected else { return 0 }
                var score = 0
                for w in words {
                    let n = f.occurrences(of: w)
                    if n == 0 { return 0 }
                    score += n
                }
                return score
            }
            s.facts.withUnsafeBufferPointer { facts in
                for k in facts.indices {
                    let n = score(facts[k])
                    if n > 0 { hits.append((n, k)) }
                }
            }
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.k < $1.k }
        var o = JSONOut()
        o.objectStart()
        o.field("q", q["q"] ?? "")
        o.field("count", hits.count)
        o.key("results")
        o.arrayStart()
        for h in hits.prefix(limit) { o.raw(s.json[h.k]) }
        o.arrayEnd()
        o.objectEnd()
        return .json(o.bytes)
    }

    func queue(_ q: [String: String]) throws -> Reply {
        let s = catalog.snapshot
        let limit = try ServeAPI.limit(q, default: 100, max: 5000)
        let open = s.facts.indices.filter { s.facts[$0].status == .unreviewed }
        let order = open.sorted { (s.facts[$0].confidence, $0) < (s.facts[$1].confidence, $1) }
        var o = JSONOut()
        o.objectStart()
        o.field("unreviewed", open.count)
        o.key("queue")
        o.arrayStart()
        for k in order.prefix(limit) { o.raw(s.json[k]) }
        o.arrayEnd()
        o.objectEnd()
        return .json(o.bytes)
    }

    /// The event graph of the selected facts, as SVG, through the project's renderer.
    func graph(_ q: [String: String]) throws -> Reply {
        let s = catalog.snapshot
        let selected = try select(q, s)
        let key = "\(s.version)|" + q.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        let svg = try catalog.graph(key) {
            let ids = Set(selected.map { s.facts[$0].id })
            let c = s.review.chronology
            let sub = Chronology(documents: c.documents, actors: c.actors, times: [], statements: c.statements.filter { ids.contains($0.id) },
                                 events: c.events.filter { ids.contains($0.id) })
            var options = Diagrams.Options()
            options.maxNodes = min(120, max(10, (try? ServeAPI.limit(q, default: 60, max: 120)) ?? 60))
            if let a = q["actor"], !a.isEmpty, let id = try? s.review.actor(named: a.split(separator: ",").first.map(String.init) ?? a).id { options.actor = id }
            let g = Diagrams(options: options).graph(sub)
            do {
                return Array(try GraphvizRenderer().render(dot: g.dot(), format: "svg", layout: g.engine))
            } catch {
                throw APIError(500, "the graph could not be rendered: \(error)")
            }
        }
        return Reply(contentType: "image/svg+xml", body: svg)
    }
}
