import Foundation
import GRDB

/// The SQLite store (GRDB): documents, actors, mentions, times, statements and events, each
/// with its provenance. Schema changes go through named, append-only migrations.
public final class Store: @unchecked Sendable {
    public let path: String
    let db: any DatabaseWriter

    /// Opens (or creates) a store file and migrates it to the current schema.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(10)
        do {
            db = try DatabasePool(path: path, configuration: config)
            try Store.migrator.migrate(db)
        } catch {
            throw ChronicleError.store(path: path, message: "cannot open the store: \(error)")
        }
    }

    /// An in-memory store (for tests).
    public init() throws {
        path = ":memory:"
        db = try DatabaseQueue()
        try Store.migrator.migrate(db)
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-core") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id TEXT PRIMARY KEY, title TEXT, date TEXT, source TEXT, text TEXT NOT NULL,
                    content_hash TEXT NOT NULL, pipeline TEXT NOT NULL);
                CREATE TABLE actor (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, role TEXT);
                CREATE TABLE alias (actor_id TEXT NOT NULL REFERENCES actor(id) ON DELETE CASCADE, alias TEXT NOT NULL,
                    PRIMARY KEY (actor_id, alias));
                CREATE TABLE mention (
                    doc TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE, actor_id TEXT NOT NULL REFERENCES actor(id),
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, form TEXT NOT NULL,
                    sentence_start INTEGER, sentence_end INTEGER, rule TEXT NOT NULL);
                CREATE INDEX mention_actor ON mention(actor_id);
                CREATE INDEX mention_doc ON mention(doc);
                CREATE TABLE time (
                    id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT, mod TEXT,
                    sentence_start INTEGER, sentence_end INTEGER, rule TEXT NOT NULL);
                CREATE INDEX time_doc ON time(doc);
                CREATE TABLE statement (
                    id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, direct INTEGER NOT NULL,
                    speaker_id TEXT REFERENCES actor(id), source_start INTEGER, source_end INTEGER,
                    cue_start INTEGER, cue_end INTEGER, cue TEXT, date TEXT,
                    sentence_start INTEGER, sentence_end INTEGER, sentence TEXT, rule TEXT NOT NULL);
                CREATE INDEX statement_doc ON statement(doc);
                CREATE INDEX statement_speaker ON statement(speaker_id);
                CREATE INDEX statement_date ON statement(date);
                CREATE TABLE statement_about (statement_id TEXT NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
                    actor_id TEXT NOT NULL REFERENCES actor(id), PRIMARY KEY (statement_id, actor_id));
                CREATE TABLE event (
                    id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL, name TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                    date TEXT, trigger_start INTEGER, trigger_end INTEGER,
                    sentence_start INTEGER, sentence_end INTEGER, rule TEXT NOT NULL);
                CREATE INDEX event_doc ON event(doc);
                CREATE INDEX event_date ON event(date);
                CREATE TABLE event_actor (event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    actor_id TEXT NOT NULL REFERENCES actor(id), PRIMARY KEY (event_id, actor_id));
                CREATE TABLE event_mention (event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    doc TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, rule TEXT NOT NULL);
                """)
        }
        return m
    }

    /// The version of the rules and code that produced stored facts.
    public static let pipelineVersion = "chronicle-1"

    /// Saves a corpus: one transaction per document, so a failing document rolls back alone.
    /// A document already stored under the same id is replaced with its facts.
    @discardableResult
    public func save(_ c: Corpus) throws -> [ChronicleError] {
        var problems: [ChronicleError] = []
        for d in c.documents {
            do {
                try db.write { db in try Store.save(d, corpus: c, db: db) }
            } catch {
                problems.append(.store(path: path, message: "\(d.document.id): not stored: \(error)"))
            }
        }
        return problems
    }

    static func sentence(_ d: DocumentAnalysis, _ i: Int) -> Span? {
        i >= 0 && i < d.document.sentences.count ? d.document.sentences[i].span : nil
    }

    static func save(_ d: DocumentAnalysis, corpus c: Corpus, db: Database) throws {
        let doc = d.document
        let id = doc.id
        let stem = ChronicleJSONWriter.stem(id)
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
        try db.execute(sql: "INSERT INTO document (id, title, date, source, text, content_hash, pipeline) VALUES (?,?,?,?,?,?,?)",
                       arguments: [id, doc.title.map(doc.text), doc.date, d.source, doc.text, ContentHash.of(doc.text), pipelineVersion])
        var actorIds = Set<String>()
        for name in d.actors.actors.keys.sorted() {
            guard let aid = c.actorId(doc: id, name: name), let a = c.actor(id: aid) else { continue }
            actorIds.insert(aid)
            try db.execute(sql: "INSERT INTO actor (id, name, kind, role) VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE SET role = coalesce(actor.role, excluded.role)",
                           arguments: [a.id, a.name, a.kind.rawValue, a.role])
            for alias in a.aliases {
                try db.execute(sql: "INSERT OR IGNORE INTO alias (actor_id, alias) VALUES (?,?)", arguments: [a.id, alias])
            }
        }
        for m in d.actors.mentions {
            guard let aid = c.actorId(doc: id, name: m.actor) else { continue }
            let s = sentence(d, m.provenance.sentence)
            try db.execute(sql: "INSERT INTO mention (doc, actor_id, start, \"end\", text, form, sentence_start, sentence_end, rule) VALUES (?,?,?,?,?,?,?,?,?)",
                           arguments: [id, aid, m.provenance.span.start, m.provenance.span.end, m.text, m.form.rawValue, s?.start, s?.end, m.provenance.rule])
        }
        for t in d.times {
            let s = sentence(d, t.provenance.sentence)
            try db.execute(sql: "INSERT INTO time (id, doc, start, \"end\", text, type, value, mod, sentence_start, sentence_end, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                           arguments: ["\(stem):\(t.id)", id, t.provenance.span.start, t.provenance.span.end, t.text, t.type, t.value, t.mod, s?.start, s?.end, t.provenance.rule])
        }
        for st in d.statements {
            let s = sentence(d, st.provenance.sentence)
            let sid = "\(stem):\(st.id)"
            try db.execute(sql: """
                INSERT INTO statement (id, doc, start, "end", text, direct, speaker_id, source_start, source_end, cue_start, cue_end, cue, date,
                    sentence_start, sentence_end, sentence, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                """, arguments: [sid, id, st.provenance.span.start, st.provenance.span.end, st.text, st.direct,
                                 c.actorId(doc: id, name: st.speaker), st.sourceSpan?.start, st.sourceSpan?.end, st.cueSpan?.start, st.cueSpan?.end,
                                 st.cue, st.date, s?.start, s?.end, s.map(doc.text), st.provenance.rule])
            for ab in st.about {
                if let aid = c.actorId(doc: id, name: ab) {
                    try db.execute(sql: "INSERT OR IGNORE INTO statement_about (statement_id, actor_id) VALUES (?,?)", arguments: [sid, aid])
                }
            }
        }
        for e in c.events where e.provenance.document == id {
            let s = sentence(d, e.provenance.sentence)
            let eid = "\(stem):\(e.id)"
            try db.execute(sql: """
                INSERT INTO event (id, doc, kind, name, start, "end", text, date, trigger_start, trigger_end, sentence_start, sentence_end, rule)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
                """, arguments: [eid, id, e.kind, e.name, e.provenance.span.start, e.provenance.span.end, e.text, e.date,
                                 e.triggerSpan.start, e.triggerSpan.end, s?.start, s?.end, e.provenance.rule])
            for a in e.actors {
                let known = try actorIds.contains(a) || (Bool.fetchOne(db, sql: "SELECT 1 FROM actor WHERE id = ?", arguments: [a]) ?? false)
                guard known else { continue }
                try db.execute(sql: "INSERT OR IGNORE INTO event_actor (event_id, actor_id) VALUES (?,?)", arguments: [eid, a])
            }
            for m in e.mentions {
                try db.execute(sql: "INSERT INTO event_mention (event_id, doc, start, \"end\", rule) VALUES (?,?,?,?,?)",
                               arguments: [eid, m.document, m.span.start, m.span.end, m.rule])
            }
        }
    }

    /// Counts of rows per table (for reports and tests).
    public func counts() throws -> [String: Int] {
        try db.read { db in
            var out: [String: Int] = [:]
            for t in ["document", "actor", "alias", "mention", "time", "statement", "statement_about", "event", "event_actor", "event_mention"] {
                out[t] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(t)") ?? 0
            }
            return out
        }
    }

    /// Runs a read-only SQL query and returns rows as string dictionaries (for tests and tools).
    public func rows(_ sql: String, _ arguments: [String] = []) throws -> [[String: String?]] {
        try db.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                var d: [String: String?] = [:]
                for (col, v) in row { d[col] = v.isNull ? .some(nil) : String(describing: v.storage.value ?? "") }
                return d
            }
        }
    }
}
