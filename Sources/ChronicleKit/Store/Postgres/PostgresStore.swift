import Foundation
import PostgresNIO

/// The PostgreSQL adapter of the storage seam (`FactStore`), through postgres-nio: the same
/// tables and facts as the SQLite `Store`, for a team's shared archive.
///
/// Writes: each document in a transaction of its own, so a crash never leaves half a document
/// and several processes (or machines) may ingest into one database at once. A transaction takes
/// an advisory lock on its document's id first, then reads the stored content hash: a document
/// that another writer stored meanwhile with the same hash and pipeline is left alone (content-hash
/// idempotence); else it replaces the stored one. Shared rows (actors, aliases) are written with
/// `ON CONFLICT`, in id order, so that two writers never wait on each other in a cycle; a deadlock
/// or serialization failure the server reports anyway retries the document's transaction.
public final class PostgresStore: FactStore, @unchecked Sendable {
    public let url: PostgresURL
    public var name: String { url.masked }
    public var pipelineVersion = "unknown"
    /// Connections that write documents in parallel.
    public var writers = 4
    /// Documents written in one transaction (each whole or not at all, as one alone): one round
    /// trip for the group's locks and stored hashes, one for all its rows (a multi-row INSERT per
    /// table), one for the commit.
    public var documentsPerTransaction = 16

    /// A document to write, with its facts and the mentions it adds to stored events.
    struct DocumentPart {
        var document: DocumentRecord
        var facts: Store.DocumentFacts
        var joins: [EventJoin]
        /// The `seq` of each mention of `joins` (in their order), drawn for the whole batch.
        var joinNumbers: [Int] = []
        /// The stored events of the document that go to another one (`EventPass`).
        var passes: [EventPass] = []
    }
    private let session: PostgresSession
    /// The writers' connections besides `session` (behind `lock`).
    private var extraSessions: [PostgresSession] = []
    private let lock = NSLock()
    /// The connection that holds the ingest lock (`exclusively`), opened at its first use (behind
    /// `lockLock`: the main connection stays free for the reads of another thread meanwhile).
    private var lockSession: PostgresSession?
    private let lockLock = NSLock()

    /// Connects and migrates the database to the current schema; a one-line error names the
    /// store (password masked) when the server cannot be reached, refuses the password, holds
    /// another program's tables or a newer schema.
    public init(url: PostgresURL) throws {
        self.url = url
        session = try PostgresSession.connect(url)
        do {
            try PostgresSchema.migrate(session)
        } catch let e as ChronicleError {
            throw e
        } catch {
            throw ChronicleError.store(path: url.masked, message: "cannot open the store: \(error)")
        }
    }

    public convenience init(_ text: String) throws {
        try self.init(url: PostgresURL(text))
    }

    /// Runs a read on the main connection; server errors become one-line store errors.
    func read<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            return try body(session)
        } catch let e as ChronicleError {
            throw e
        } catch {
            throw ChronicleError.store(path: name, message: "\(error)")
        }
    }

    /// The names of the migrations applied to this store.
    public func appliedMigrations() throws -> [String] {
        try read { s in try s.query("SELECT name FROM chronicle_migrations ORDER BY applied_order").map { try $0.string("name") } }
    }

    public func state(of id: String) throws -> (hash: String, pipeline: String)? {
        try read { s in
            try s.query("SELECT content_hash, pipeline FROM document WHERE id = $1", [.text(id)]).first.map {
                (try $0.string("content_hash"), try $0.string("pipeline"))
            }
        }
    }

    public func states(of ids: [String]) throws -> [String: (hash: String, pipeline: String)] {
        try read { s in
            var out: [String: (hash: String, pipeline: String)] = [:]
            for r in try s.query("SELECT id, content_hash, pipeline FROM document WHERE id = ANY($1)", [.texts(ids)]) {
                out[try r.string("id")] = (try r.string("content_hash"), try r.string("pipeline"))
            }
            return out
        }
    }

    public func stale(current: String) throws -> [(id: String, text: String, date: String?)] {
        try read { s in
            try s.query("SELECT id, text, date FROM document WHERE pipeline <> $1 ORDER BY id COLLATE \"C\"", [.text(current)]).map {
                (try $0.string("id"), try $0.string("text"), try $0.text("date"))
            }
        }
    }

    public func documentIds() throws -> [String] {
        try read { s in try s.query("SELECT id FROM document ORDER BY id COLLATE \"C\"").map { try $0.string("id") } }
    }

    public func counts() throws -> [String: Int] {
        try read { s in
            var out: [String: Int] = [:]
            for t in ["document", "actor", "alias", "mention", "time", "statement", "statement_about", "event", "event_actor", "event_mention"] {
                // table names from this fixed list, never from input
                out[t] = try s.query("SELECT count(*) AS n FROM \(t)").first?.int("n") ?? 0
            }
            return out
        }
    }

    /// Statement ids that match full-text `terms` (PostgreSQL's English stemming: "poison" finds
    /// "poisoned"), best first, at most `limit`.
    public func searchStatementIds(_ terms: String, limit: Int) throws -> [String] {
        try read { s in
            try s.query("""
                SELECT id FROM statement, plainto_tsquery('english', $1) q WHERE search @@ q
                ORDER BY ts_rank(search, q) DESC, id COLLATE "C" LIMIT $2
                """, [.text(terms), .int(limit)]).map { try $0.string("id") }
        }
    }

    // MARK: writing

    /// Saves a chronology: each document in its own transaction, `writers` documents at once on
    /// their own connections. A document that fails is reported and the others are written.
    /// (`perCommit` is the SQLite store's; here every document commits alone.)
    @discardableResult
    public func save(_ c: Chronology, perCommit: Int = 64, joins: [EventJoin] = [], passes: [EventPass] = []) throws -> [ChronicleError] {
        let facts = Store.factsByDocument(c)
        var passesByDoc: [String: [EventPass]] = [:]
        for p in passes { passesByDoc[p.from, default: []].append(p) }
        let passesFor = passesByDoc
        // the joins' mentions by the document they come from (written in its transaction)
        var joinsByDoc: [String: [EventJoin]] = [:]
        for j in joins.sorted(by: { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }) {
            for doc in Set(j.mentions.map(\.doc)) {
                var part = j
                part.mentions = j.mentions.filter { $0.doc == doc }
                joinsByDoc[doc, default: []].append(part)
            }
        }
        let docs = c.documents
        guard !docs.isEmpty else { return [] }
        let n = max(1, min(writers, docs.count))
        lock.lock()
        defer { lock.unlock() }
        // the main connection writes too; the others are opened at the first save and kept
        while extraSessions.count < n - 1 { extraSessions.append(try PostgresSession.connect(url)) }
        let sessions = [session] + extraSessions.prefix(n - 1)
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var problems: [(Int, ChronicleError)] = []
        }
        let results = Results()
        let pipeline = pipelineVersion
        let name = self.name
        let joinsFor = joinsByDoc
        // a join may link actors that another document of this batch writes (in a transaction of
        // its own, maybe not committed yet): the joining document writes them too
        var actorById: [String: ActorRecord] = [:]
        if !joins.isEmpty { for a in c.actors where actorById[a.id] == nil { actorById[a.id] = a } }
        let actorsFor = actorById
        let group = documentsPerTransaction
        // the mentions the batch adds to stored events are numbered (`seq`, the order an event's
        // mentions load in) in document order before the writers start: SQLite's order, whichever
        // writer commits first
        var numbersByDoc: [String: [Int]] = [:]
        let joinMentions = docs.reduce(0) { n, d in n + (joinsByDoc[d.id] ?? []).reduce(0) { $0 + $1.mentions.count } }
        if joinMentions > 0 {
            var numbers = try session.query("SELECT nextval(pg_get_serial_sequence('event_mention', 'seq')) AS n FROM generate_series(1, $1)", [.int(joinMentions)])
                .map { try $0.int("n") ?? 0 }.sorted()[...]
            for d in docs {
                for j in joinsByDoc[d.id] ?? [] {
                    numbersByDoc[d.id, default: []] += numbers.prefix(j.mentions.count)
                    numbers = numbers.dropFirst(j.mentions.count)
                }
            }
        }
        let numbersFor = numbersByDoc
        DispatchQueue.concurrentPerform(iterations: n) { w in
            let s = sessions[w]
            // this writer's documents, a group of them per transaction
            let mine = Array(stride(from: w, to: docs.count, by: n))
            func part(_ k: Int) -> DocumentPart {
                let d = docs[k]
                var f = facts[d.id] ?? Store.DocumentFacts()
                for j in joinsFor[d.id] ?? [] { f.actors += (j.actors + j.roles.values).compactMap { actorsFor[$0] } }
                return DocumentPart(document: d, facts: f, joins: joinsFor[d.id] ?? [], joinNumbers: numbersFor[d.id] ?? [], passes: passesFor[d.id] ?? [])
            }
            for start in stride(from: 0, to: mine.count, by: group) {
                let ks = Array(mine[start..<min(start + group, mine.count)])
                let parts = ks.map(part)
                do {
                    try PostgresStore.write(parts, pipeline: pipeline, s)
                    continue
                } catch {
                    // a document the group cannot store: each again alone, to store the others
                    // and name the one that fails
                    if ks.count == 1 {
                        results.lock.withLock { results.problems.append((ks[0], .store(path: name, message: "\(parts[0].document.id): not stored: \(error)"))) }
                        continue
                    }
                }
                for (k, p) in zip(ks, parts) {
                    do {
                        try PostgresStore.write([p], pipeline: pipeline, s)
                    } catch {
                        results.lock.withLock { results.problems.append((k, .store(path: name, message: "\(p.document.id): not stored: \(error)"))) }
                    }
                }
            }
        }
        return results.problems.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Writes documents with their facts, in one transaction: all of them or none.
    static func write(_ parts: [DocumentPart], pipeline: String, _ s: PostgresSession) throws {
        let ids = parts.map(\.document.id)
        // new actors and their aliases first, each as the first document names it, in id order,
        // committed at once: a writer that meets an actor another has inserted and not committed
        // waits for that commit, and the short statement keeps the wait short (inside the
        // documents' transaction, writers waited on each other's whole groups). An actor left by
        // a writer killed before its documents' commit is an actor without mentions, as one whose
        // documents were replaced; the next ingest of those documents names it again.
        var firstSeen = Set<String>()
        let newActors = parts.flatMap(\.facts.actors).filter { firstSeen.insert($0.id).inserted }
            .sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        var aliases: [(String, String)] = []
        for p in parts {
            var seen = Set<String>()
            for a in p.facts.actors where seen.insert(a.id).inserted { aliases += (a.aliases + [a.name]).map { (a.id, $0) } }
        }
        aliases.sort { ($0.0.utf8.lexicographicallyPrecedes($1.0.utf8)) || ($0.0 == $1.0 && $0.1.utf8.lexicographicallyPrecedes($1.1.utf8)) }
        // (a name an actor is stored with is not inserted: inserted here and deleted in every
        // group's transaction below, it was 7,700 of PolNeAR train's 9,300 alias rows, and a
        // writer that met the row another had deleted and not committed waited for its commit)
        try s.retrying {
            try s.pipeline(rows("INSERT INTO actor (id, name, kind, role)", suffix: " ON CONFLICT (id) DO NOTHING", newActors) {
                [.text($0.id), .text($0.name), .text($0.kind.rawValue), .text($0.role)]
            } + rows("INSERT INTO alias (actor_id, alias)",
                     suffix: " AS v(id, alias) WHERE NOT EXISTS (SELECT 1 FROM actor WHERE actor.id = v.id AND actor.name = v.alias) ON CONFLICT DO NOTHING",
                     aliases, select: " SELECT v.id, v.alias FROM") { [.text($0.0), .text($0.1)] })
        }
        try s.transaction {
            // one writer of a document at a time, whichever process it is in (locks taken in id
            // order); documents stored meanwhile by another writer, the same, are left alone
            let sorted = ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            let answers = try s.queries([("SELECT count(pg_advisory_xact_lock(hashtextextended(id, 0))) FROM unnest($1::text[]) AS t(id)", [.texts(sorted)]),
                                         ("SELECT id, content_hash, pipeline FROM document WHERE id = ANY($1)", [.texts(sorted)])])
            var stored: [String: (hash: String, pipeline: String)] = [:]
            for r in answers.last ?? [] { stored[try r.string("id")] = (try r.string("content_hash"), try r.string("pipeline")) }
            let todo = parts.filter { p in
                guard let st = stored[p.document.id] else { return true }
                return !(st.hash == ContentHash.of(p.document.text ?? "") && st.pipeline == pipeline)
            }
            // an actor's aliases are every name it was given but the one it goes by, whatever
            // the batches (`Store.save`); also when another writer stored these documents, since
            // the aliases above were inserted before this transaction
            let written = Array(Set(parts.flatMap { $0.facts.actors.map(\.id) })).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            let unalias: (sql: String, values: [PostgresSession.Value]) = ("DELETE FROM alias USING actor WHERE alias.actor_id = actor.id AND alias.alias = actor.name AND actor.id = ANY($1)", [.texts(written)])
            guard !todo.isEmpty else {
                if !written.isEmpty { _ = try s.queries([unalias]) }
                return
            }
            var statements: [(sql: String, values: [PostgresSession.Value])] = []
            let replaced = todo.map(\.document.id).filter { stored[$0] != nil }
            if !replaced.isEmpty {
                // their events that other documents tell too go to the next of those first
                // (`EventPass`), then the replaced documents and every row of theirs (no foreign
                // key cascades)
                for p in todo where stored[p.document.id] != nil {
                    for pass in p.passes {
                        let e = pass.event
                        statements.append(("""
                            UPDATE event SET doc = $1, start = $2, "end" = $3, text = $4, trigger_start = $5, trigger_end = $6, sentence_start = NULL,
                                sentence_end = NULL, sentence = NULL, rule = $7, typing = $8 WHERE id = $9 AND doc = $10
                            """, [.text(e.doc), .int(e.span.start), .int(e.span.end), .text(e.text), .int(e.triggerSpan?.start), .int(e.triggerSpan?.end),
                                  .text(e.rule), .text(Store.typingJSON(e)), .text(e.id), .text(pass.from)]))
                        statements.append((EventPass.sentenceSQL(doc: "$1", start: "$2::int8", end: "$3::int8", id: "$4"),
                                           [.text(e.doc), .int(e.span.start), .int(e.span.end), .text(e.id)]))
                        statements.append((EventPass.sentenceTextSQL(id: "$1"), [.text(e.id)]))
                    }
                }
                let ids: [PostgresSession.Value] = [.texts(replaced)]
                statements += [
                    ("DELETE FROM statement_about WHERE statement_id IN (SELECT id FROM statement WHERE doc = ANY($1))", ids),
                    ("DELETE FROM event_actor WHERE event_id IN (SELECT id FROM event WHERE doc = ANY($1))", ids),
                    ("DELETE FROM event_mention WHERE event_id IN (SELECT id FROM event WHERE doc = ANY($1))", ids),
                    // and the mentions they gave events of other documents (joins), as SQLite does
                    ("DELETE FROM event_mention WHERE doc = ANY($1)", ids),
                    ("DELETE FROM mention WHERE doc = ANY($1)", ids),
                    ("DELETE FROM time WHERE doc = ANY($1)", ids),
                    ("DELETE FROM statement WHERE doc = ANY($1)", ids),
                    ("DELETE FROM event WHERE doc = ANY($1)", ids),
                    ("DELETE FROM document WHERE id = ANY($1)", ids),
                ]
            }
            statements += rows("INSERT INTO document (id, title, date, source, text, content_hash, pipeline, not_body, date_source)", todo) { p in
                let d = p.document
                let text = d.text ?? ""
                let notBody = JSON.array(d.notBody.map { .object([("span", .span($0.span)), ("text", .string($0.text)), ("rule", .string($0.rule))]) }).serialized(indent: nil)
                return [.text(d.id), .text(d.title), .text(d.date), .text(d.source), .text(text), .text(ContentHash.of(text)), .text(pipeline), .text(notBody), .text(d.dateSource)]
            }
            // then what the documents add to actors stored before, as the SQLite store upserts
            // them document by document: a fuller name replaces a surname, a role fills a missing
            // one. One statement for the group (a statement per document was 1,680 round trips
            // for PolNeAR train): each actor's names in document order (`chronicle_fuller_name`
            // folds them as the upserts one after another would), its first role given; only rows
            // that change are locked. Before it, the name each actor was stored with is made an
            // alias when a document gives another (the aliases of the names given were inserted
            // above): the aliases the upserts one after another make (the one the actor goes by
            // is taken out below).
            var actorIds = PostgresColumn(.text), order = PostgresColumn(.int8), actorNames = PostgresColumn(.text), actorRoles = PostgresColumn(.text)
            for p in todo {
                let actors = p.facts.actors.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
                var seen = Set<String>()
                for a in actors where seen.insert(a.id).inserted {
                    actorIds.append(a.id)
                    order.append(actorIds.count)
                    actorNames.append(a.name)
                    actorRoles.append(a.role)
                }
            }
            if actorIds.count > 0 {
                statements.append(("""
                    INSERT INTO alias (actor_id, alias) SELECT DISTINCT actor.id, actor.name FROM actor JOIN unnest($1::text[], $2::text[]) AS v(id, name)
                    ON actor.id = v.id WHERE actor.name <> v.name ON CONFLICT DO NOTHING
                    """, [.column(actorIds), .column(actorNames)]))
                statements.append(("""
                    UPDATE actor SET role = coalesce(actor.role, v.role), name = chronicle_fuller_name(actor.name, v.names)
                    FROM (SELECT f.id, array_agg(f.name ORDER BY f.k) AS names, (array_agg(f.role ORDER BY f.k) FILTER (WHERE f.role IS NOT NULL))[1] AS role
                          FROM unnest($1::text[], $2::int8[], $3::text[], $4::text[]) AS f(id, k, name, role) GROUP BY f.id) AS v
                    WHERE actor.id = v.id AND ((actor.role IS NULL AND v.role IS NOT NULL) OR chronicle_fuller_name(actor.name, v.names) <> actor.name)
                    """, [.column(actorIds), .column(order), .column(actorNames), .column(actorRoles)]))
            }
            if !written.isEmpty { statements.append(unalias) }
            let mentions = todo.flatMap { p in p.facts.mentions.map { (p.document.id, $0) } }
            statements += rows(#"INSERT INTO mention (doc, actor_id, start, "end", text, form, rule)"#, mentions) { id, m in
                [.text(id), .text(m.actor), .int(m.mention.span.start), .int(m.mention.span.end), .text(m.mention.text), .text(m.mention.form), .text(m.mention.rule)]
            }
            let times = todo.flatMap { p in p.facts.times.map { (p.document.id, $0) } }
            statements += rows(#"INSERT INTO time (id, doc, start, "end", text, type, value, mod, sentence_start, sentence_end, rule)"#, times) { id, t in
                [.text(t.id), .text(id), .int(t.span.start), .int(t.span.end), .text(t.text), .text(t.type), .text(t.value), .text(t.mod),
                 .int(t.sentence?.start), .int(t.sentence?.end), .text(t.rule)]
            }
            let statementRows = todo.flatMap { p in p.facts.statements.map { (p.document.id, $0, Store.uniqued($0.about)) } }
            statements += rows(#"""
                INSERT INTO statement (id, doc, start, "end", text, direct, speaker_id, source_start, source_end, cue_start, cue_end, cue, date,
                    parts, sentence_start, sentence_end, sentence, rule, date_first, date_last, about_ids)
                """#, statementRows) { id, st, about in
                let range = st.date.flatMap(DateRange.init(value:))
                return [.text(st.id), .text(id), .int(st.span.start), .int(st.span.end), .text(st.text), .bool(st.direct), .text(st.speaker),
                        .int(st.sourceSpan?.start), .int(st.sourceSpan?.end), .int(st.cueSpan?.start), .int(st.cueSpan?.end), .text(st.cue),
                        .text(st.date), .text(Store.json(st.parts)), .int(st.sentence?.start), .int(st.sentence?.end), .text(st.sentenceText),
                        .text(st.rule), .int(range?.first), .int(range?.last), .text(Store.linkedIds(about))]
            }
            let aboutRows = statementRows.flatMap { _, st, about in about.map { (st.id, $0) } }
            statements += rows("INSERT INTO statement_about (statement_id, actor_id)", suffix: " ON CONFLICT DO NOTHING", aboutRows) { [.text($0.0), .text($0.1)] }
            let events = todo.flatMap { p in p.facts.events.map { e -> (String, EventRecord, [(key: String, value: String)], [String]) in
                let roles = e.roles.sorted(by: { $0.key < $1.key })
                return (p.document.id, e, roles, Store.uniqued(e.actors + roles.map(\.value)))
            } }
            statements += rows(#"""
                INSERT INTO event (id, doc, kind, name, start, "end", text, date, trigger_start, trigger_end, sentence_start, sentence_end,
                    sentence, rule, date_first, date_last, actor_ids, typing, status)
                """#, events) { id, e, _, actors in
                let range = e.date.flatMap(DateRange.init(value:))
                return [.text(e.id), .text(id), .text(e.kind), .text(e.name), .int(e.span.start), .int(e.span.end), .text(e.text), .text(e.date),
                        .int(e.triggerSpan?.start), .int(e.triggerSpan?.end), .int(e.sentence?.start), .int(e.sentence?.end), .text(e.sentenceText),
                        .text(e.rule), .int(range?.first), .int(range?.last), .text(Store.linkedIds(actors)),
                        .text(Store.typingJSON(e)), .text(e.typing?.status.rawValue)]
            }
            var links: [(String, String, String?)] = []
            for (_, e, roles, actors) in events {
                for a in actors { links.append((e.id, a, roles.first { $0.value == a }?.key)) }
            }
            statements += rows("INSERT INTO event_actor (event_id, actor_id, role)", suffix: " ON CONFLICT DO NOTHING", links) {
                [.text($0.0), .text($0.1), .text($0.2)]
            }
            let eventMentions = events.flatMap { _, e, _, _ in e.mentions.map { (e.id, $0) } }
            statements += rows(#"INSERT INTO event_mention (event_id, doc, start, "end", text, rule)"#, eventMentions) { e, m in
                [.text(e), .text(m.doc), .int(m.span.start), .int(m.span.end), .text(m.text), .text(m.rule)]
            }
            // the mentions these documents add to events stored before, with the events' new
            // dates, actors and roles (events in id order): one statement per table for all
            var joined: [String: Int] = [:]
            var joinActors: [(String, String, String?)] = []
            var joinMentions: [(String, MentionRecord, Int?)] = []
            var updates: [(id: String, date: String?, first: Int?, last: Int?, actors: String?)] = []
            for p in todo {
                var next = 0
                for j in p.joins {
                    let range = j.date.flatMap(DateRange.init(value:))
                    let roles = j.roles.sorted { $0.key < $1.key }
                    let actors = Store.uniqued(j.actors + roles.map(\.value))
                    // an event joined by two documents of the group: the last one's values, as
                    // when updated one after the other
                    let update = (j.id, j.date, range?.first, range?.last, Store.linkedIds(actors))
                    if let k = joined[j.id] { updates[k] = update } else { joined[j.id] = updates.count; updates.append(update) }
                    joinActors += actors.map { a in (j.id, a, roles.first { $0.value == a }?.key) }
                    for m in j.mentions {
                        joinMentions.append((j.id, m, next < p.joinNumbers.count ? p.joinNumbers[next] : nil))
                        next += 1
                    }
                }
            }
            statements += rows("UPDATE event SET date = v.date, date_first = v.d_first, date_last = v.d_last, actor_ids = v.actors FROM",
                               suffix: " AS v(id, date, d_first, d_last, actors) WHERE event.id = v.id", updates, select: "") {
                [.text($0.id), .text($0.date), .int($0.first), .int($0.last), .text($0.actors)]
            }
            statements += rows("INSERT INTO event_actor (event_id, actor_id, role)", suffix: " ON CONFLICT DO NOTHING", joinActors) {
                [.text($0.0), .text($0.1), .text($0.2)]
            }
            statements += rows(#"INSERT INTO event_mention (seq, event_id, doc, start, "end", text, rule)"#,
                               suffix: #" AS v(n, e, d, s, en, t, r)"#, joinMentions,
                               select: " SELECT coalesce(n, nextval(pg_get_serial_sequence('event_mention', 'seq'))), e, d, s, en, t, r FROM") { e, m, n in
                [.int(n), .text(e), .text(m.doc), .int(m.span.start), .int(m.span.end), .text(m.text), .text(m.rule)]
            }
            try s.pipeline(statements)
        }
    }

    /// The stored events that events with these actors may be the same as: those of any of them,
    /// and the named ones, in the order they were made (document, then span), with their actors
    /// sorted and no mentions (as the SQLite store's `candidateEvents`).
    /// PostgreSQL: the events of `actors` (named events of other actors are not looked up yet,
    /// so a named event joins across ingest batches only through a shared actor).
    public func candidateEvents(actors: Set<String>, named: Set<String>?) throws -> [Event] {
        try candidateEvents(actors: actors)
    }

    public func candidateEvents(actors: Set<String>) throws -> [Event] {
        try read { s in
            let ids = try s.query("""
                SELECT e.id, e.doc, e.kind, e.name, e.start, e."end", e.text, e.date, e.trigger_start, e.trigger_end, e.rule FROM event e
                WHERE e.name IS NOT NULL OR e.id IN (SELECT event_id FROM event_actor WHERE actor_id = ANY($1))
                """, [.texts(actors.sorted())])
            var links: [String: (actors: [String], roles: [String: String])] = [:]
            let linkRows = try s.query("""
                SELECT event_id, actor_id, role FROM event_actor
                WHERE event_id IN (SELECT e.id FROM event e WHERE e.name IS NOT NULL OR e.id IN (SELECT event_id FROM event_actor WHERE actor_id = ANY($1)))
                ORDER BY event_id, seq
                """, [.texts(actors.sorted())])
            for l in linkRows {
                let e = try l.string("event_id"), a = try l.string("actor_id")
                links[e, default: ([], [:])].actors.append(a)
                if let role = try l.text("role"), links[e]?.roles[role] == nil { links[e]?.roles[role] = a }
            }
            var events: [(doc: String, start: Int, end: Int, event: Event)] = []
            for r in ids {
                let id = try r.string("id"), doc = try r.string("doc")
                let start = try r.int("start") ?? 0, end = try r.int("end") ?? 0
                let trigger = try r.int("trigger_start").flatMap { a in try r.int("trigger_end").map { Span(a, $0) } } ?? Span(start, end)
                let l = links[id] ?? ([], [:])
                events.append((doc, start, end, Event(
                    id: id, provenance: Provenance(document: doc, span: Span(start, end), sentence: -1, rule: try r.string("rule")), text: try r.string("text"),
                    kind: try r.string("kind"), name: try r.text("name"), triggerSpan: trigger, date: try r.text("date"), actors: Array(Set(l.actors)).sorted(),
                    mentions: [], roles: l.roles)))
            }
            events.sort { ($0.doc, $0.start, $0.end, $0.event.id) < ($1.doc, $1.start, $1.end, $1.event.id) }
            return events.map(\.event)
        }
    }

    /// The stored events of `docs` that another document's mention joined, with every mention,
    /// actor and role (as the SQLite store's `eventsTold(elsewhere:)`).
    public func eventsTold(elsewhere docs: [String]) throws -> [EventRecord] {
        guard !docs.isEmpty else { return [] }
        return try read { s in
            let rows = try s.query("""
                SELECT * FROM event WHERE id IN (SELECT e.id FROM event e JOIN event_mention m ON m.event_id = e.id WHERE e.doc = ANY($1) AND m.doc <> e.doc)
                ORDER BY id COLLATE "C"
                """, [.texts(docs)])
            guard !rows.isEmpty else { return [] }
            let ids = try rows.map { try $0.string("id") }
            var actors: [String: [String]] = [:]
            var roles: [String: [String: String]] = [:]
            for l in try s.query("SELECT event_id, actor_id, role FROM event_actor WHERE event_id = ANY($1) ORDER BY seq", [.texts(ids)]) {
                let e = try l.string("event_id"), a = try l.string("actor_id")
                actors[e, default: []].append(a)
                if let role = try l.text("role"), roles[e]?[role] == nil { roles[e, default: [:]][role] = a }
            }
            var mentions: [String: [MentionRecord]] = [:]
            for m in try s.query(#"SELECT event_id, doc, start, "end", text, rule FROM event_mention WHERE event_id = ANY($1) ORDER BY seq"#, [.texts(ids)]) {
                mentions[try m.string("event_id"), default: []].append(MentionRecord(
                    doc: try m.string("doc"), span: Span(try m.int("start") ?? 0, try m.int("end") ?? 0), text: try m.string("text"),
                    form: "event", rule: try m.string("rule")))
            }
            return try rows.map { r in
                let id = try r.string("id")
                return EventRecord(
                    id: id, kind: try r.string("kind"), doc: try r.string("doc"), span: Span(try r.int("start") ?? 0, try r.int("end") ?? 0),
                    text: try r.string("text"), name: try r.text("name"), triggerSpan: try PostgresStore.span(r, "trigger_start", "trigger_end"),
                    date: try r.text("date"), actors: actors[id] ?? [], roles: roles[id] ?? [:], mentions: mentions[id] ?? [],
                    sentence: try PostgresStore.span(r, "sentence_start", "sentence_end"), sentenceText: try r.text("sentence"), rule: try r.string("rule"),
                    typing: Store.typing(json: try r.text("typing")))
            }
        }
    }

    /// The span of columns `a` and `b` of a row, nil when either is NULL.
    static func span(_ r: PostgresRandomAccessRow, _ a: String, _ b: String) throws -> Span? {
        guard let x = try r.int(a), let y = try r.int(b) else { return nil }
        return Span(x, y)
    }

    /// Commits are durable when PostgreSQL reports them: nothing to do.
    public func checkpoint() throws {}

    /// Closes the writers' connections (the main one closes with the store).
    public func close() throws {
        lock.withLock { extraSessions = [] }
        lockLock.withLock { lockSession = nil }
    }

    /// The ingest lock's key: a session advisory lock of the two-integer form, which no
    /// document's lock (`hashtextextended`, one bigint) can be.
    public static let ingestLock = (class: 0x4348_524F, object: 1)

    /// Runs `body` holding the ingest lock, a session advisory lock taken on a connection of its
    /// own: another process's `exclusively` on the same database waits meanwhile, as the SQLite
    /// store's lock file makes it wait, so that a batch is merged with what is stored and saved
    /// before another batch reads the stored events. (A lock that cannot be taken, the server
    /// being unreachable, is not waited for: the save then says what fails. A process that dies
    /// holding it lets it go with its connection.)
    public func exclusively<T>(_ body: () throws -> T) rethrows -> T {
        lockLock.lock()
        defer { lockLock.unlock() }
        if lockSession == nil { lockSession = try? PostgresSession.connect(url) }
        let key: [PostgresSession.Value] = [.int(Self.ingestLock.class), .int(Self.ingestLock.object)]
        let held = (try? lockSession?.query("SELECT pg_advisory_lock($1::int4, $2::int4)", key)) != nil
        defer { if held { _ = try? lockSession?.query("SELECT pg_advisory_unlock($1::int4, $2::int4)", key) } }
        return try body()
    }

    /// The insert of `items`, one statement for all of them: `head SELECT * FROM
    /// unnest($1::text[], $2::int8[], …)suffix`, each column bound as one array (`PostgresColumn`),
    /// the rows in the order of `items` (as `seq` numbers them). Only placeholders are put in the SQL.
    static func rows<T>(_ head: String, suffix: String = "", _ items: [T], select: String = " SELECT * FROM", _ values: (T) -> [PostgresSession.Value]) -> [(sql: String, values: [PostgresSession.Value])] {
        guard let first = items.first else { return [] }
        var columns = values(first).map { PostgresColumn(like: $0, capacity: items.count) }
        for item in items {
            for (c, v) in values(item).enumerated() { columns[c].append(v) }
        }
        let arrays = columns.enumerated().map { "$\($0.offset + 1)::\($0.element.sqlType)" }.joined(separator: ", ")
        return [(head + select + " unnest(\(arrays))" + suffix, columns.map { .column($0) })]
    }

    // MARK: reading

    /// Loads the stored facts (of some documents, or all) as a chronology: the same chronology
    /// as the SQLite store's `load` of the same articles.
    public func load(documents only: Set<String>? = nil) throws -> Chronology {
        try read { s in
            var c = Chronology()
            func keep(_ doc: String) -> Bool { only?.contains(doc) ?? true }
            func spans(_ text: String?) -> [Span] {
                guard let text, let data = text.data(using: .utf8), let arr = try? JSONSerialization.jsonObject(with: data) as? [[Int]] else { return [] }
                return arr.filter { $0.count == 2 }.map { Span($0[0], $0[1]) }
            }
            for r in try s.query(#"SELECT * FROM document ORDER BY id COLLATE "C""#) where keep(try r.string("id")) {
                var notBody: [(span: Span, text: String, rule: String)] = []
                if let nb = try r.text("not_body"), let data = nb.data(using: .utf8),
                   let arr = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] {
                    for o in arr {
                        let sp = o["span"] as? [Int] ?? [0, 0]
                        notBody.append((Span(sp[0], sp[1]), o["text"] as? String ?? "", o["rule"] as? String ?? ""))
                    }
                }
                c.documents.append(DocumentRecord(id: try r.string("id"), title: try r.text("title"), date: try r.text("date"),
                                                  source: try r.text("source"), text: try r.text("text"), notBody: notBody,
                                                  dateSource: try r.text("date_source")))
            }
            var aliases: [String: [String]] = [:]
            for r in try s.query(#"SELECT actor_id, alias FROM alias ORDER BY alias COLLATE "C""#) {
                aliases[try r.string("actor_id"), default: []].append(try r.string("alias"))
            }
            var mentions: [String: [MentionRecord]] = [:]
            for r in try s.query(#"SELECT * FROM mention ORDER BY doc COLLATE "C", start, "end", seq"#) where keep(try r.string("doc")) {
                mentions[try r.string("actor_id"), default: []].append(MentionRecord(
                    doc: try r.string("doc"), span: Span(try r.int("start") ?? 0, try r.int("end") ?? 0), text: try r.string("text"),
                    form: try r.string("form"), rule: try r.string("rule")))
            }
            var names: [String: String] = [:]
            for r in try s.query(#"SELECT * FROM actor ORDER BY id COLLATE "C""#) {
                let id = try r.string("id")
                names[id] = try r.string("name")
                guard only == nil || mentions[id] != nil else { continue }
                c.actors.append(ActorRecord(id: id, name: try r.string("name"), kind: ActorKind(rawValue: try r.string("kind")) ?? .organization,
                                            aliases: aliases[id] ?? [], role: try r.text("role"), mentions: mentions[id] ?? []))
            }
            for r in try s.query("SELECT * FROM time ORDER BY seq") where keep(try r.string("doc")) {
                c.times.append(TimeRecord(id: try r.string("id"), doc: try r.string("doc"), span: Span(try r.int("start") ?? 0, try r.int("end") ?? 0),
                                          text: try r.string("text"), type: try r.string("type"), value: try r.text("value"), mod: try r.text("mod"),
                                          sentence: try PostgresStore.span(r, "sentence_start", "sentence_end"), rule: try r.string("rule")))
            }
            var about: [String: [String]] = [:]
            for r in try s.query(#"SELECT statement_id, actor_id FROM statement_about ORDER BY actor_id COLLATE "C""#) {
                about[try r.string("statement_id"), default: []].append(try r.string("actor_id"))
            }
            let articleTexts = StatementRecord.ArticleTexts(c.documents)
            for r in try s.query("SELECT * FROM statement ORDER BY seq") where keep(try r.string("doc")) {
                let id = try r.string("id")
                let doc = try r.string("doc")
                let speaker = try r.text("speaker_id")
                c.statements.append(StatementRecord(
                    id: id, doc: try r.string("doc"), span: Span(try r.int("start") ?? 0, try r.int("end") ?? 0), text: try r.string("text"),
                    direct: try r.bool("direct"), speaker: speaker,
                    speakerName: StatementRecord.speakerName(speaker.flatMap { names[$0] }, source: try PostgresStore.span(r, "source_start", "source_end"),
                                                             sentence: try PostgresStore.span(r, "sentence_start", "sentence_end"), sentenceText: try r.text("sentence"),
                                                             sourceText: { articleTexts.text(doc, $0) }),
                    sourceSpan: try PostgresStore.span(r, "source_start", "source_end"), cueSpan: try PostgresStore.span(r, "cue_start", "cue_end"), cue: try r.text("cue"),
                    date: try r.text("date"), about: about[id] ?? [], parts: spans(try r.text("parts")),
                    sentence: try PostgresStore.span(r, "sentence_start", "sentence_end"), sentenceText: try r.text("sentence"), rule: try r.string("rule")))
            }
            var eventActors: [String: [String]] = [:]
            var roles: [String: [String: String]] = [:]
            for r in try s.query(#"SELECT * FROM event_actor ORDER BY actor_id COLLATE "C", seq"#) {
                let e = try r.string("event_id"), a = try r.string("actor_id")
                if let role = try r.text("role") { roles[e, default: [:]][role] = a }
                eventActors[e, default: []].append(a)
            }
            var eventMentions: [String: [MentionRecord]] = [:]
            for r in try s.query("SELECT * FROM event_mention ORDER BY seq") {
                eventMentions[try r.string("event_id"), default: []].append(MentionRecord(
                    doc: try r.string("doc"), span: Span(try r.int("start") ?? 0, try r.int("end") ?? 0), text: try r.string("text"),
                    form: "event", rule: try r.string("rule")))
            }
            for r in try s.query("SELECT * FROM event ORDER BY seq") where keep(try r.string("doc")) {
                let id = try r.string("id")
                c.events.append(EventRecord(
                    id: id, kind: try r.string("kind"), doc: try r.string("doc"), span: Span(try r.int("start") ?? 0, try r.int("end") ?? 0),
                    text: try r.string("text"), name: try r.text("name"), triggerSpan: try PostgresStore.span(r, "trigger_start", "trigger_end"),
                    date: try r.text("date"), actors: eventActors[id] ?? [], roles: roles[id] ?? [:], mentions: eventMentions[id] ?? [],
                    sentence: try PostgresStore.span(r, "sentence_start", "sentence_end"), sentenceText: try r.text("sentence"), rule: try r.string("rule"),
                    typing: Store.typing(json: try r.text("typing"))))
            }
            c.sort()
            c.describeUnnamedSpeakers()
            return c
        }
    }
}
