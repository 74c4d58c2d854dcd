import GRDB

/// New mentions of a stored event: what a later batch of `ingest` adds to an event an earlier
/// batch stored, so that events merge the same whatever the batch size (`EventGraphBuilder`'s
/// `Prior`). The event's date, actors and roles are as they are after the join.
public struct EventJoin: Sendable, Equatable {
    public var id: String
    public var date: String?
    /// Every actor, sorted corpus ids, and the roles.
    public var actors: [String]
    public var roles: [String: String]
    /// The new mentions only.
    public var mentions: [MentionRecord]
}

extension Store {
    /// The stored events that events with these actors (corpus ids) may be the same as: those of
    /// any of them, and the named ones, in the order they were made (document, then span), with
    /// their actors sorted and no mentions (`EventJoin` carries the new ones).
    public func candidateEvents(actors: Set<String>, named: Set<String>? = nil) throws -> [Event] {
        try db.read { db in
            var ids = Set<String>()
            let sorted = actors.sorted()
            for chunk in stride(from: 0, to: sorted.count, by: 500) {
                let part = Array(sorted[chunk..<min(chunk + 500, sorted.count)])
                ids.formUnion(try String.fetchAll(db, sql: "SELECT DISTINCT event_id FROM event_actor WHERE actor_id IN (\(Array(repeating: "?", count: part.count).joined(separator: ",")))",
                                                  arguments: StatementArguments(part)))
            }
            ids.formUnion(try named ?? Set(String.fetchAll(db, sql: "SELECT id FROM event WHERE name IS NOT NULL")))
            var events: [(doc: String, start: Int, end: Int, event: Event)] = []
            let one = try db.cachedStatement(sql: #"SELECT id, doc, kind, name, start, "end", text, date, trigger_start, trigger_end, rule FROM event WHERE id = ?"#)
            let links = try db.cachedStatement(sql: "SELECT actor_id, role FROM event_actor WHERE event_id = ? ORDER BY rowid")
            for id in ids {
                guard let r = try Row.fetchOne(one, arguments: [id]) else { continue }
                let (actors, roles) = try Store.actorsAndRoles(links, id)
                let doc: String = r["doc"], start: Int = r["start"], end: Int = r["end"]
                let trigger = (r["trigger_start"] as Int?).flatMap { s in (r["trigger_end"] as Int?).map { Span(s, $0) } } ?? Span(start, end)
                events.append((doc, start, end, Event(
                    id: id, provenance: Provenance(document: doc, span: Span(start, end), sentence: -1, rule: r["rule"]), text: r["text"],
                    kind: r["kind"], name: r["name"], triggerSpan: trigger, date: r["date"], actors: Array(Set(actors)).sorted(),
                    mentions: [], roles: roles)))
            }
            events.sort { ($0.doc, $0.start, $0.end, $0.event.id) < ($1.doc, $1.start, $1.end, $1.event.id) }
            return events.map(\.event)
        }
    }

    /// A stored event's actors (in the order stored) and roles (each role its first actor), read
    /// by `links` (`SELECT actor_id, role FROM event_actor WHERE event_id = ? ORDER BY rowid`).
    static func actorsAndRoles(_ links: GRDB.Statement, _ id: String) throws -> (actors: [String], roles: [String: String]) {
        var actors: [String] = []
        var roles: [String: String] = [:]
        for l in try Row.fetchAll(links, arguments: [id]) {
            let a: String = l["actor_id"]
            actors.append(a)
            if let role: String = l["role"], roles[role] == nil { roles[role] = a }
        }
        return (actors, roles)
    }

    /// Adds the joins' mentions of the stored documents `stored` to their events, with the
    /// events' new dates, actors and roles (in the transaction of those documents).
    static func apply(_ joins: [EventJoin], stored: Set<String>, db: Database) throws {
        for j in joins {
            let mentions = j.mentions.filter { stored.contains($0.doc) }
            guard !mentions.isEmpty else { continue }
            let range = j.date.flatMap(DateRange.init(value:))
            let roles = j.roles.sorted { $0.key < $1.key }
            let actors = uniqued(j.actors + roles.map(\.value))
            try db.execute(sql: "UPDATE event SET date = ?, date_first = ?, date_last = ?, actor_ids = ? WHERE id = ?",
                           arguments: [j.date, range?.first, range?.last, linkedIds(actors), j.id])
            for a in actors {
                try db.execute(sql: "INSERT OR IGNORE INTO event_actor (event_id, actor_id, role) VALUES (?,?,?)",
                               arguments: [j.id, a, roles.first { $0.value == a }?.key])
            }
            try Insert.eventMention.insert(mentions, db) { m, row in
                row.text(j.id)
                row.text(m.doc)
                row.int(m.span.start)
                row.int(m.span.end)
                row.text(m.text)
                row.text(m.rule)
            }
        }
    }
}

/// What the batches of one ingest look up of what the batches before stored: the named events.
/// Read from the store once per run, then kept up to date batch by batch, so a batch costs no
/// scan of the store.
final class StoredIndex: @unchecked Sendable {
    private(set) var namedEvents: Set<String> = []

    /// Read from a SQLite store with one query; from another store (PostgreSQL), from its
    /// loaded facts.
    init(_ store: any FactStore) throws {
        guard let store = store as? Store else {
            add(try store.load(documents: nil))
            return
        }
        try store.db.read { db in
            namedEvents = Set(try String.fetchAll(db, sql: "SELECT id FROM event WHERE name IS NOT NULL"))
        }
    }

    /// What a batch stored.
    func add(_ c: Chronology) {
        for e in c.events where e.name != nil { namedEvents.insert(e.id) }
    }
}

/// A stored event whose article is stored again (changed) while other articles still tell it:
/// it passes to the next of those (document, then span order), in the replaced article's own
/// transaction, before that article's facts are deleted. So the mentions other articles joined
/// to it are not deleted with it, and the batch's merge sees it as that article's event (the
/// changed article's new mention may join it again). Its id, kind, name, date, actors and roles
/// stay: corrections made to it stay with it. Its span, text, trigger and rule become those of
/// its mention in the next article, and its sentence the one another fact of that article gives
/// there (`sentenceSQL`); the typed fields that are spans of the replaced article (arguments,
/// mention triggers) are dropped, since they would point into another text.
public struct EventPass: Sendable, Equatable {
    /// The replaced article that owned the event.
    public var from: String
    /// The event as the next article owns it, with the mentions other articles keep.
    public var event: EventRecord

    /// The passes of `events`: stored events of the articles `replaced` (with every mention), each
    /// that an article outside `replaced` tells too; in the order of `events`.
    public static func passes(_ events: [EventRecord], replaced: Set<String>) -> [EventPass] {
        events.compactMap { e -> EventPass? in
            guard replaced.contains(e.doc) else { return nil }
            let kept = e.mentions.filter { !replaced.contains($0.doc) }
            guard let next = kept.min(by: { ($0.doc, $0.span.start, $0.span.end) < ($1.doc, $1.span.start, $1.span.end) }) else { return nil }
            var moved = e
            moved.doc = next.doc
            moved.span = next.span
            moved.text = next.text
            moved.triggerSpan = next.span
            moved.sentence = nil
            moved.sentenceText = nil
            moved.rule = next.rule
            moved.mentions = kept
            if var t = moved.typing {
                t.arguments = []
                t.mentionTriggers = []
                t.mentionArguments = [:]
                t.main = false
                moved.typing = t
            }
            return EventPass(from: e.doc, event: moved)
        }
    }

    /// Gives a passed event (`id`, now of document `doc`, at `start`..`end`) the sentence of
    /// its new article that holds that span, as another fact of that article (a statement, a
    /// time, an event) gives it, innermost first, and its text (offsets are Unicode scalars,
    /// as SQLite's and PostgreSQL's `substr` count them); none when no fact there gives one.
    /// The same SQL for both stores but for the placeholders.
    static func sentenceSQL(doc: String, start: String, end: String, id: String) -> String {
        """
        UPDATE event SET (sentence_start, sentence_end) = (
            SELECT s, e FROM (
                SELECT sentence_start AS s, sentence_end AS e FROM statement WHERE doc = \(doc)
                UNION ALL SELECT sentence_start, sentence_end FROM time WHERE doc = \(doc)
                UNION ALL SELECT sentence_start, sentence_end FROM event WHERE doc = \(doc)
            ) AS facts WHERE s <= \(start) AND e >= \(end) ORDER BY e - s, s LIMIT 1)
        WHERE id = \(id)
        """
    }

    /// The text of the sentence `sentenceSQL` gave (placeholder: the event's id).
    static func sentenceTextSQL(id: String) -> String {
        """
        UPDATE event SET sentence = substr((SELECT text FROM document WHERE document.id = event.doc), CAST(sentence_start + 1 AS INTEGER),
            CAST(sentence_end - sentence_start AS INTEGER))
        WHERE id = \(id) AND sentence_start IS NOT NULL
        """
    }

    /// The event as the merge of a batch looks for it (`FactStore.candidateEvents`' form: actors
    /// sorted, each once, with those in a role; no mentions).
    public var candidate: Event {
        let e = event
        return Event(id: e.id, provenance: Provenance(document: e.doc, span: e.span, sentence: -1, rule: e.rule), text: e.text, kind: e.kind,
                     name: e.name, triggerSpan: e.triggerSpan ?? e.span, date: e.date, actors: Array(Set(e.actors + e.roles.values)).sorted(),
                     mentions: [], roles: e.roles)
    }
}

extension Store {
    /// The stored events of `docs` that another document's mention joined, with every mention
    /// (in the order stored), actor and role (`EventPass`).
    public func eventsTold(elsewhere docs: [String]) throws -> [EventRecord] {
        try db.read { db in
            var ids: [String] = []
            for chunk in stride(from: 0, to: docs.count, by: 500) {
                let part = Array(docs[chunk..<min(chunk + 500, docs.count)])
                ids += try String.fetchAll(db, sql: """
                    SELECT DISTINCT e.id FROM event e JOIN event_mention m ON m.event_id = e.id
                    WHERE e.doc IN (\(Array(repeating: "?", count: part.count).joined(separator: ","))) AND m.doc <> e.doc
                    """, arguments: StatementArguments(part))
            }
            let one = try db.cachedStatement(sql: "SELECT * FROM event WHERE id = ?")
            let links = try db.cachedStatement(sql: "SELECT actor_id, role FROM event_actor WHERE event_id = ? ORDER BY rowid")
            let told = try db.cachedStatement(sql: #"SELECT doc, start, "end", text, rule FROM event_mention WHERE event_id = ? ORDER BY rowid"#)
            var out: [EventRecord] = []
            for id in ids.sorted() {
                guard let r = try Row.fetchOne(one, arguments: [id]) else { continue }
                let (actors, roles) = try Store.actorsAndRoles(links, id)
                let mentions = try Row.fetchAll(told, arguments: [id]).map {
                    MentionRecord(doc: $0["doc"], span: Span($0["start"], $0["end"]), text: $0["text"], form: "event", rule: $0["rule"])
                }
                let trigger = (r["trigger_start"] as Int?).flatMap { s in (r["trigger_end"] as Int?).map { Span(s, $0) } }
                let sentence = (r["sentence_start"] as Int?).flatMap { s in (r["sentence_end"] as Int?).map { Span(s, $0) } }
                out.append(EventRecord(id: id, kind: r["kind"], doc: r["doc"], span: Span(r["start"], r["end"]), text: r["text"], name: r["name"],
                                       triggerSpan: trigger, date: r["date"], actors: actors, roles: roles, mentions: mentions,
                                       sentence: sentence, sentenceText: r["sentence"], rule: r["rule"], typing: Store.typing(json: r["typing"])))
            }
            return out
        }
    }

    /// Passes the events of `passes` (those of the document being replaced) to their next
    /// article (in the transaction that replaces it, before its facts are deleted).
    static func pass(_ passes: [EventPass], db: Database) throws {
        for p in passes {
            let e = p.event
            try db.cachedStatement(sql: """
                UPDATE event SET doc = ?, start = ?, "end" = ?, text = ?, trigger_start = ?, trigger_end = ?, sentence_start = NULL,
                    sentence_end = NULL, sentence = NULL, rule = ?, typing = ? WHERE id = ? AND doc = ?
                """).execute(arguments: [e.doc, e.span.start, e.span.end, e.text, e.triggerSpan?.start, e.triggerSpan?.end, e.rule,
                                         Store.typingJSON(e), e.id, p.from])
            try db.cachedStatement(sql: EventPass.sentenceSQL(doc: "?1", start: "?2", end: "?3", id: "?4")).execute(arguments: [e.doc, e.span.start, e.span.end, e.id])
            try db.cachedStatement(sql: EventPass.sentenceTextSQL(id: "?")).execute(arguments: [e.id])
        }
    }
}
