import Foundation
import GRDB

/// The SQLite store (GRDB): documents, actors, mentions, times, statements and events, each
/// with its provenance. Schema changes go through named, append-only migrations.
public final class Store: @unchecked Sendable {
    // `pipelineVersion` is set once before writing; the database itself is thread-safe.
    public let path: String
    /// The database; queries (`Chronicler`) read it directly.
    let db: any DatabaseWriter

    /// Whether this store may be written (`init(path:)`), or was opened for reading only
    /// (`init(readingAt:)`): nothing is then written to the file, nor next to it.
    public let writable: Bool

    /// Opens (or creates) a store file for writing and migrates it to the current schema. Refuses
    /// what is not a regular file, a file that is neither empty nor SQLite, an SQLite database
    /// that is not a Chronicle store, and a store of a newer Chronicle (an unknown migration).
    public init(path: String) throws {
        self.path = path
        writable = true
        try StoreFile.check(path, forWriting: true)
        var config = Store.configuration()
        // in WAL mode, synchronous NORMAL syncs at checkpoints, not at each commit: a crash of the
        // process loses nothing committed, and the store stays sound after a power loss too.
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -32000; PRAGMA temp_store = MEMORY; PRAGMA synchronous = NORMAL")
        }
        // two processes opening a new store at once would race to switch it to WAL and to
        // migrate it: a lock file next to the store lets one go first. It is taken before the
        // schema is read, so that a store another process is creating is read once it is made
        // (not half made: "not a Chronicle store"); `StoreFile.check` has refused what is not a
        // regular file, so no lock file is made next to a device or a directory.
        let lockMade = access(path + ".lock", F_OK) != 0
        let lock = Store.lockFile(path)
        defer { Store.unlock(lock) }
        // what is in the file is checked before anything is written to it (a pool switches the
        // file to WAL mode); a file refused is left as it was, without a lock file of ours
        if StoreFile.isSQLite(path) {
          do {
            var readOnly = Store.configuration()
            readOnly.readonly = true
            do {
                do {
                    let q = try DatabaseQueue(path: path, configuration: readOnly)
                    defer { try? q.close() }
                    try StoreFile.checkSchema(q, path: path)
                } catch let e as DatabaseError where e.resultCode == .SQLITE_READONLY {
                    // a process killed in a write left a hot journal (or a WAL index to rebuild):
                    // a read-only connection may not roll it back (SQLITE_READONLY_ROLLBACK,
                    // _RECOVERY). The file is SQLite, and rolling back only restores what it held
                    // before the interrupted write, so a writable connection (in the file's own
                    // journal mode) does it, then checks the schema as above.
                    let q = try DatabaseQueue(path: path, configuration: Store.configuration())
                    defer { try? q.close() }
                    try StoreFile.checkSchema(q, path: path)
                }
            } catch let e as ChronicleError {
                throw e
            } catch {
                throw ChronicleError.store(path: path, message: "cannot open the store: \(StoreFile.describe(error))")
            }
          } catch {
            if lockMade { unlink(path + ".lock") }
            throw error
          }
        }
        do {
            db = try DatabasePool(path: path, configuration: config)
        } catch {
            throw ChronicleError.store(path: path, message: "cannot open the store: \(StoreFile.describe(error))")
        }
        try StoreFile.checkSchema(db, path: path)
        do {
            try Store.migrator.migrate(db)
        } catch {
            throw ChronicleError.store(path: path, message: "cannot upgrade the store: \(StoreFile.describe(error))")
        }
    }

    /// Opens a store file for reading only: no journal switch, no migration, no lock file, nothing
    /// created; a read-only file or folder works. Refuses a missing or empty file, a file that is
    /// not SQLite, a database that is not a Chronicle store, and a store of a newer Chronicle. A
    /// store of an older schema is upgraded first when the file can be written, else refused.
    public init(readingAt path: String) throws {
        self.path = path
        writable = false
        try StoreFile.check(path, forWriting: false)
        var config = Store.configuration()
        config.readonly = true
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -32000; PRAGMA temp_store = MEMORY")
        }
        func open() throws -> DatabaseQueue {
            do {
                return try DatabaseQueue(path: path, configuration: config)
            } catch {
                throw ChronicleError.store(path: path, message: "cannot open the store for reading: \(StoreFile.describe(error))")
            }
        }
        var queue = try open()
        try StoreFile.checkSchema(queue, path: path)
        if try !queue.read({ try Store.migrator.completedMigrations($0).count == Store.migrator.migrations.count }) {
            // an older schema: upgraded once (a write), then read as before
            try queue.close()
            do {
                let upgraded = try Store(path: path)
                try upgraded.close()
            } catch {
                throw ChronicleError.store(path: path, message: "the store has an older schema and cannot be upgraded here (\(StoreFile.describe(error))); open it once where it can be written")
            }
            queue = try open()
        }
        db = queue
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(10)
        // queries read many rows of long text: map the file (no copy per page read) and keep
        // more pages cached than the 2 MB default (the prepareDatabase of each init). Writes keep
        // the journals of their savepoints (one per document) in memory: in temporary files they
        // were 300 MB of writes for the 840 articles of PolNeAR train. Those journals only undo a
        // savepoint within a transaction; a crash is still undone by the WAL, as before.
        return config
    }

    /// Runs `body` holding the store's lock file (the one `init` takes while it creates and
    /// migrates the store): another process's `exclusively` on the same store waits meanwhile.
    public func exclusively<T>(_ body: () throws -> T) rethrows -> T {
        guard writable, path != ":memory:" else { return try body() }
        let lock = Store.lockFile(path)
        defer { Store.unlock(lock) }
        return try body()
    }

    /// The store's lock file (`path.lock`, made if missing), held exclusively (waiting for
    /// another process that holds it): its descriptor, or -1 when it cannot be opened.
    private static func lockFile(_ path: String) -> Int32 {
        let lock = open(path + ".lock", O_CREAT | O_RDWR, 0o644)
        if lock >= 0 { flock(lock, LOCK_EX) }
        return lock
    }

    /// Lets go of a `lockFile`.
    private static func unlock(_ lock: Int32) {
        guard lock >= 0 else { return }
        flock(lock, LOCK_UN)
        closeDescriptor(lock)
    }

    /// Writes what the write-ahead log holds into the store file (and empties the log): the
    /// store file alone then holds every commit so far.
    public func checkpoint() throws {
        guard writable, path != ":memory:" else { return }
        do {
            try db.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            // another process is writing to the store: its commits are in the log too, and the
            // last one to close empties it; write what can be written now, without waiting
            _ = try? db.writeWithoutTransaction { db in try db.checkpoint(.passive) }
        } catch {
            throw ChronicleError.store(path: path, message: "cannot write the log into the store file: \(StoreFile.describe(error))")
        }
    }

    /// Writes what the write-ahead log holds into the store file and closes it: after this, the
    /// store file alone holds everything (it can be copied without its `-wal`). Every command
    /// that writes a store closes it when done. The store cannot be used afterwards.
    public func close() throws {
        guard path != ":memory:" else { return }
        try checkpoint()
        do {
            try db.close()
        } catch {
            throw ChronicleError.store(path: path, message: "cannot close the store: \(StoreFile.describe(error))")
        }
        guard writable else { return }
        // At rest, a store is one file in rollback-journal mode: a reader (read-only, in a read-only
        // folder too) then creates no -wal or -shm next to it, and a copy of the file is whole. (The
        // pool's last connection to close is a reader, which leaves the WAL files behind.) When
        // another process has the store open, the switch fails at once and the store stays in WAL
        // mode, which is as sound; the next writer switches it back to WAL.
        if let q = try? DatabaseQueue(path: path) {
            _ = try? q.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
            try? q.close()
        }
    }

    /// An in-memory store (for tests and for querying a `chronicle.json`).
    public init() throws {
        path = ":memory:"
        writable = true
        db = try DatabaseQueue()
        try Store.migrator.migrate(db)
    }

    /// Creates a store file with the schema only up to `migration` (to test upgrades).
    public static func createLegacy(path: String, upTo migration: String) throws {
        let q = try DatabaseQueue(path: path)
        try migrator.migrate(q, upTo: migration)
    }

    /// The names of the migrations applied to this store.
    public func appliedMigrations() throws -> [String] {
        try db.read { db in try Store.migrator.appliedMigrations(db) }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-core") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id TEXT PRIMARY KEY, title TEXT, date TEXT, source TEXT, text TEXT NOT NULL,
                    content_hash TEXT NOT NULL, pipeline TEXT NOT NULL, not_body TEXT);
                CREATE TABLE actor (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, role TEXT);
                CREATE TABLE alias (actor_id TEXT NOT NULL REFERENCES actor(id) ON DELETE CASCADE, alias TEXT NOT NULL,
                    PRIMARY KEY (actor_id, alias));
                CREATE TABLE mention (
                    doc TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE, actor_id TEXT NOT NULL REFERENCES actor(id),
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, form TEXT NOT NULL, rule TEXT NOT NULL);
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
                    cue_start INTEGER, cue_end INTEGER, cue TEXT, date TEXT, parts TEXT,
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
                    sentence_start INTEGER, sentence_end INTEGER, sentence TEXT, rule TEXT NOT NULL);
                CREATE INDEX event_doc ON event(doc);
                CREATE INDEX event_date ON event(date);
                CREATE TABLE event_actor (event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    actor_id TEXT NOT NULL REFERENCES actor(id), role TEXT, PRIMARY KEY (event_id, actor_id));
                CREATE TABLE event_mention (event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    doc TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, rule TEXT NOT NULL);
                """)
        }
        m.registerMigration("v2-dates-and-search") { db in
            // day-number bounds of each fact's date, for window queries, and full-text search
            try db.execute(sql: """
                ALTER TABLE statement ADD COLUMN date_first INTEGER;
                ALTER TABLE statement ADD COLUMN date_last INTEGER;
                ALTER TABLE event ADD COLUMN date_first INTEGER;
                ALTER TABLE event ADD COLUMN date_last INTEGER;
                CREATE INDEX statement_window ON statement(date_first, date_last);
                CREATE INDEX event_window ON event(date_first, date_last);
                CREATE VIRTUAL TABLE statement_fts USING fts5(text, sentence, content='statement', content_rowid='rowid');
                CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement BEGIN
                    INSERT INTO statement_fts(rowid, text, sentence) VALUES (new.rowid, new.text, coalesce(new.sentence, ''));
                END;
                CREATE TRIGGER statement_fts_delete AFTER DELETE ON statement BEGIN
                    INSERT INTO statement_fts(statement_fts, rowid, text, sentence) VALUES ('delete', old.rowid, old.text, coalesce(old.sentence, ''));
                END;
                INSERT INTO statement_fts(statement_fts) VALUES ('rebuild');
                """)
            for table in ["statement", "event"] {
                for row in try Row.fetchAll(db, sql: "SELECT rowid, date FROM \(table) WHERE date IS NOT NULL") {
                    guard let d: String = row["date"], let r = DateRange(value: d) else { continue }
                    try db.execute(sql: "UPDATE \(table) SET date_first = ?, date_last = ? WHERE rowid = ?", arguments: [r.first, r.last, row["rowid"] as Int64])
                }
            }
        }
        m.registerMigration("v3-bulk-search-and-actor-indexes") { db in
            // The search index is filled once per commit (`save`), not by a trigger per row: FTS5
            // writes its pending terms to disk at every statement savepoint, i.e. once per row
            // inserted through a trigger. Deletes still go through the trigger. The indexes serve
            // `--about`, `--actor`, `--kind`, name resolution, and the cascade from events to
            // their mentions.
            try db.execute(sql: """
                DROP TRIGGER statement_fts_insert;
                CREATE INDEX statement_about_actor ON statement_about(actor_id);
                CREATE INDEX event_actor_actor ON event_actor(actor_id);
                CREATE INDEX event_mention_event ON event_mention(event_id);
                CREATE INDEX event_kind ON event(kind);
                CREATE INDEX actor_lower_name ON actor(lower(name));
                CREATE INDEX alias_lower ON alias(lower(alias));
                """)
        }
        m.registerMigration("v4-linked-actor-ids") { db in
            // The ids of the actors a statement is about and of an event's actors, kept with the
            // row too (joined by U+001F, NULL for none): queries read them with the row, where
            // joining the link tables cost a third of a query over all statements. The link
            // tables still serve the lookups by actor. Both are written together by `save`.
            try db.execute(sql: """
                ALTER TABLE statement ADD COLUMN about_ids TEXT;
                ALTER TABLE event ADD COLUMN actor_ids TEXT;
                UPDATE statement SET about_ids = (SELECT group_concat(actor_id, char(31)) FROM statement_about WHERE statement_id = statement.id);
                UPDATE event SET actor_ids = (SELECT group_concat(actor_id, char(31)) FROM event_actor WHERE event_id = event.id);
                """)
        }
        m.registerMigration("v5-event-typing") { db in
            // The typed-event fields (EventTyping) as the JSON object chronicle.json has, and the
            // status apart for `query events --status`.
            try db.execute(sql: """
                ALTER TABLE event ADD COLUMN typing TEXT;
                ALTER TABLE event ADD COLUMN status TEXT;
                """)
        }
        m.registerMigration("review-decisions", migrate: Store.createDecisionTable)
        m.registerMigration("search-porter") { db in
            // Full-text search finds the forms of a word ("poison" finds "poisoned"), as
            // PostgreSQL's English `tsvector` does: FTS5's porter stemmer over its unicode61
            // tokenizer. The index is made anew from the statements.
            try db.execute(sql: """
                DROP TRIGGER statement_fts_delete;
                DROP TABLE statement_fts;
                CREATE VIRTUAL TABLE statement_fts USING fts5(text, sentence, content='statement', content_rowid='rowid', tokenize='porter unicode61');
                CREATE TRIGGER statement_fts_delete AFTER DELETE ON statement BEGIN
                    INSERT INTO statement_fts(statement_fts, rowid, text, sentence) VALUES ('delete', old.rowid, old.text, coalesce(old.sentence, ''));
                END;
                INSERT INTO statement_fts(statement_fts) VALUES ('rebuild');
                """)
        }
        m.registerMigration("v6-document-date-source") { db in
            // where each article's date came from (DocumentRecord.dateSource); NULL for documents
            // stored before, or undated
            try db.execute(sql: "ALTER TABLE document ADD COLUMN date_source TEXT")
        }
        return m
    }

    /// The pipeline fingerprint written with the next saved documents.
    public var pipelineVersion = "unknown"

    /// The content hash and pipeline fingerprint of a stored document, if it is stored.
    public func state(of id: String) throws -> (hash: String, pipeline: String)? {
        try db.read { db in
            try Row.fetchOne(db, sql: "SELECT content_hash, pipeline FROM document WHERE id = ?", arguments: [id]).map { ($0["content_hash"], $0["pipeline"]) }
        }
    }

    /// Stored documents made with another pipeline fingerprint: (id, text, date).
    public func stale(current: String) throws -> [(id: String, text: String, date: String?)] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT id, text, date FROM document WHERE pipeline != ? ORDER BY id", arguments: [current]).map { ($0["id"], $0["text"], $0["date"]) }
        }
    }

    /// The ids of all stored documents.
    public func documentIds() throws -> [String] {
        try db.read { db in try String.fetchAll(db, sql: "SELECT id FROM document ORDER BY id") }
    }

    /// Saves a chronology. Each document is written atomically (a failing document rolls back
    /// alone) and the documents are committed together, `perCommit` at a time: a crash loses at
    /// most the uncommitted documents, never half of one, and nothing stored before. A document
    /// already stored under the same id is replaced with its facts.
    @discardableResult
    public func save(_ c: Chronology, perCommit: Int = 64, joins: [EventJoin] = [], passes: [EventPass] = []) throws -> [ChronicleError] {
        let facts = Store.factsByDocument(c)
        var problems: [ChronicleError] = []
        for start in stride(from: 0, to: c.documents.count, by: max(1, perCommit)) {
            let docs = c.documents[start..<min(start + max(1, perCommit), c.documents.count)]
            // Most commits store every document: they are written straight. When one fails, the
            // commit is written again with a savepoint per document, so that it rolls back alone.
            // (A savepoint copies each page its document changes: a fifth of the time to store
            // PolNeAR train.)
            do {
                _ = try write(docs, facts, joins, passes, eachAlone: false)
            } catch {
                do {
                    problems += try write(docs, facts, joins, passes, eachAlone: true)
                } catch {
                    // the commit itself failed: none of these documents is stored
                    problems += docs.map { .store(path: path, message: "\($0.id): not stored: \(error)") }
                }
            }
        }
        return problems
    }

    /// Writes documents, and the search index of their statements, in one transaction. Each alone:
    /// each in a savepoint, a document that fails is rolled back and reported while the others
    /// are written. Else the first failure throws, and nothing is written.
    private func write(_ docs: ArraySlice<DocumentRecord>, _ facts: [String: DocumentFacts], _ joins: [EventJoin], _ passes: [EventPass], eachAlone: Bool) throws -> [ChronicleError] {
        var failed: [ChronicleError] = []
        try db.write { db in
            failed = []
            var stored: [String] = []
            // written straight, an actor written for one document need not be written again for
            // the next ones (with savepoints, a document that fails takes its actors back with it)
            var writtenActors: Set<String>? = eachAlone ? nil : []
            var passesByDoc: [String: [EventPass]] = [:]
            for p in passes { passesByDoc[p.from, default: []].append(p) }
            for d in docs {
                let save = { try Store.save(d, facts[d.id] ?? DocumentFacts(), pipeline: self.pipelineVersion, writtenActors: &writtenActors,
                                            passes: passesByDoc[d.id] ?? [], db: db) }
                guard eachAlone else {
                    try save()
                    stored.append(d.id)
                    continue
                }
                do {
                    try db.inSavepoint {
                        try save()
                        return .commit
                    }
                    stored.append(d.id)
                } catch {
                    failed.append(.store(path: path, message: "\(d.id): not stored: \(error)"))
                }
            }
            // the mentions these documents add to events stored before
            if !joins.isEmpty { try Store.apply(joins, stored: Set(stored), db: db) }
            // the search index of the stored documents' statements, in one statement
            for chunk in stride(from: 0, to: stored.count, by: 500) {
                let ids = Array(stored[chunk..<min(chunk + 500, stored.count)])
                try db.execute(sql: """
                    INSERT INTO statement_fts(rowid, text, sentence) SELECT rowid, text, coalesce(sentence, '') FROM statement
                    WHERE doc IN (\(Array(repeating: "?", count: ids.count).joined(separator: ",")))
                    """, arguments: StatementArguments(ids))
            }
        }
        return failed
    }

    /// The facts of one document, and the actors it needs.
    struct DocumentFacts {
        var actors: [ActorRecord] = []
        var mentions: [(actor: String, mention: MentionRecord)] = []
        var times: [TimeRecord] = []
        var statements: [StatementRecord] = []
        var events: [EventRecord] = []
    }

    /// Groups a chronology's facts by document in one pass (not one pass per document), with the
    /// actors each document refers to, in the chronology's actor order. Facts come in runs of one
    /// document: the document of the fact before is tried first.
    static func factsByDocument(_ c: Chronology) -> [String: DocumentFacts] {
        var place: [String: Int] = [:]  // a document → its place in `facts`
        var facts: [DocumentFacts] = []
        var needed: [Set<Int>] = []  // the actors each document refers to, as their first index in `c.actors`
        var last: (doc: String, place: Int)?
        func index(_ doc: String) -> Int {
            if let last, last.doc == doc { return last.place }
            let k = place[doc] ?? facts.count
            if k == facts.count {
                place[doc] = k
                facts.append(DocumentFacts())
                needed.append([])
            }
            last = (doc, k)
            return k
        }
        var actorIndex: [String: Int] = [:]
        for (k, a) in c.actors.enumerated() where actorIndex[a.id] == nil { actorIndex[a.id] = k }
        func need(_ actor: String, _ k: Int) {
            if let a = actorIndex[actor] { needed[k].insert(a) }
        }
        for a in c.actors {
            let first = actorIndex[a.id]!
            for m in a.mentions {
                let k = index(m.doc)
                facts[k].mentions.append((a.id, m))
                needed[k].insert(first)
            }
        }
        for t in c.times { facts[index(t.doc)].times.append(t) }
        for st in c.statements {
            let k = index(st.doc)
            facts[k].statements.append(st)
            if let sp = st.speaker { need(sp, k) }
            for a in st.about { need(a, k) }
        }
        for e in c.events {
            let k = index(e.doc)
            facts[k].events.append(e)
            for a in e.actors { need(a, k) }
            for a in e.roles.values { need(a, k) }
        }
        var out: [String: DocumentFacts] = [:]
        for (doc, k) in place {
            facts[k].actors = needed[k].sorted().map { c.actors[$0] }
            out[doc] = facts[k]
        }
        return out
    }

    static func json(_ spans: [Span]) -> String { JSON.array(spans.map { JSON.span($0) }).serialized(indent: nil) }

    /// Writes one document with its facts. The actors in `writtenActors` are not written again
    /// (they are the same actor records), and those written are added.
    static func save(_ d: DocumentRecord, _ f: DocumentFacts, pipeline pipelineVersion: String, writtenActors: inout Set<String>?,
                     passes: [EventPass] = [], db: Database) throws {
        let id = d.id
        // the events of the document stored before that other documents tell too go to the next
        // of those (`EventPass`), so that its delete does not take their mentions with it
        if !passes.isEmpty { try Store.pass(passes, db: db) }
        // a document stored before goes with its facts (ON DELETE CASCADE). Only then: the delete
        // also opens the search index in the transaction (its trigger), and each later statement
        // of the transaction then syncs the index (a quarter of the time to store PolNeAR train)
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM document WHERE id = ?)"), arguments: [id]) == true {
            try db.cachedStatement(sql: "DELETE FROM document WHERE id = ?").execute(arguments: [id])
            // and its mentions of other documents' events (an ingest joined them)
            try db.cachedStatement(sql: "DELETE FROM event_mention WHERE doc = ?").execute(arguments: [id])
        }
        let text = d.text ?? ""
        try db.cachedStatement(sql: "INSERT INTO document (id, title, date, source, text, content_hash, pipeline, not_body, date_source) VALUES (?,?,?,?,?,?,?,?,?)").execute(
                       arguments: [id, d.title, d.date, d.source, text, ContentHash.of(text), pipelineVersion,
                                   JSON.array(d.notBody.map { .object([("span", .span($0.span)), ("text", .string($0.text)), ("rule", .string($0.rule))]) }).serialized(indent: nil), d.dateSource])
        // the actors this document refers to; a fuller name replaces a surname stored before
        // ("Sanders" → "Bernie Sanders" when a later batch knows the full name)
        let upsertActor = try db.cachedStatement(sql: """
            INSERT INTO actor (id, name, kind, role) VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE SET role = coalesce(actor.role, excluded.role),
                name = CASE WHEN length(excluded.name) > length(actor.name) AND substr(lower(excluded.name), -length(actor.name) - 1) = ' ' || lower(actor.name)
                            THEN excluded.name ELSE actor.name END
            """)
        // an actor's aliases are every name it was given but the one it goes by, whatever the
        // batches: the name stored before and the name given here are aliases, and the name the
        // actor goes by is taken out once the aliases are written (another spelling of a person,
        // `PersonName`, stored by an earlier batch)
        let oldName = try db.cachedStatement(sql: "INSERT OR IGNORE INTO alias (actor_id, alias) SELECT id, name FROM actor WHERE id = ?1 AND name <> ?2")
        var aliases: [(actor: String, alias: String)] = []
        var written: [String] = []
        for a in f.actors where writtenActors?.insert(a.id).inserted ?? true {
            try oldName.execute(arguments: [a.id, a.name])
            try upsertActor.execute(arguments: [a.id, a.name, a.kind.rawValue, a.role])
            aliases += (a.aliases + [a.name]).map { (a.id, $0) }
            written.append(a.id)
        }
        // the rows of each table together, a table's rows after those they refer to
        try Insert.alias.insert(aliases, db) { a, row in
            row.text(a.actor)
            row.text(a.alias)
        }
        let ownName = try db.cachedStatement(sql: "DELETE FROM alias WHERE actor_id = ?1 AND alias = (SELECT name FROM actor WHERE id = ?1)")
        for id in written { try ownName.execute(arguments: [id]) }
        try Insert.mention.insert(f.mentions, db) { m, row in
            row.text(id)
            row.text(m.actor)
            row.int(m.mention.span.start)
            row.int(m.mention.span.end)
            row.text(m.mention.text)
            row.text(m.mention.form)
            row.text(m.mention.rule)
        }
        try Insert.time.insert(f.times, db) { t, row in
            row.text(t.id)
            row.text(id)
            row.int(t.span.start)
            row.int(t.span.end)
            row.text(t.text)
            row.text(t.type)
            row.text(t.value)
            row.text(t.mod)
            row.int(t.sentence?.start)
            row.int(t.sentence?.end)
            row.text(t.rule)
        }
        let about = f.statements.map { Store.uniqued($0.about) }
        try Insert.statement.insert(Array(zip(f.statements, about)), db) { pair, row in
            let (st, about) = pair
            let range = st.date.flatMap(DateRange.init(value:))
            row.text(st.id)
            row.text(id)
            row.int(st.span.start)
            row.int(st.span.end)
            row.text(st.text)
            row.bool(st.direct)
            row.text(st.speaker)
            row.int(st.sourceSpan?.start)
            row.int(st.sourceSpan?.end)
            row.int(st.cueSpan?.start)
            row.int(st.cueSpan?.end)
            row.text(st.cue)
            row.text(st.date)
            row.text(json(st.parts))
            row.int(st.sentence?.start)
            row.int(st.sentence?.end)
            row.text(st.sentenceText)
            row.text(st.rule)
            row.int(range?.first)
            row.int(range?.last)
            row.text(Store.linkedIds(about))
        }
        let aboutRows = zip(f.statements, about).flatMap { st, about in about.map { (statement: st.id, actor: $0) } }
        try Insert.about.insert(aboutRows, db) { a, row in
            row.text(a.statement)
            row.text(a.actor)
        }
        // an event's actors, then those only named in a role; each once, with its first role by
        // name (an actor in two roles got either before, as the dictionary's order fell)
        let roles = f.events.map { $0.roles.sorted(by: { $0.key < $1.key }) }
        let actors = zip(f.events, roles).map { e, roles in Store.uniqued(e.actors + roles.map(\.value)) }
        try Insert.event.insert(Array(zip(f.events, actors)), db) { pair, row in
            let (e, actors) = pair
            let range = e.date.flatMap(DateRange.init(value:))
            row.text(e.id)
            row.text(id)
            row.text(e.kind)
            row.text(e.name)
            row.int(e.span.start)
            row.int(e.span.end)
            row.text(e.text)
            row.text(e.date)
            row.int(e.triggerSpan?.start)
            row.int(e.triggerSpan?.end)
            row.int(e.sentence?.start)
            row.int(e.sentence?.end)
            row.text(e.sentenceText)
            row.text(e.rule)
            row.int(range?.first)
            row.int(range?.last)
            row.text(Store.linkedIds(actors))
            row.text(Store.typingJSON(e))
            row.text(e.typing?.status.rawValue)
        }
        var eventActors: [(event: String, actor: String, role: String?)] = []
        for (k, e) in f.events.enumerated() {
            for a in actors[k] { eventActors.append((e.id, a, roles[k].first { $0.value == a }?.key)) }
        }
        try Insert.eventActor.insert(eventActors, db) { a, row in
            row.text(a.event)
            row.text(a.actor)
            row.text(a.role)
        }
        try Insert.eventMention.insert(f.events.flatMap { e in e.mentions.map { (event: e.id, mention: $0) } }, db) { m, row in
            row.text(m.event)
            row.text(m.mention.doc)
            row.int(m.mention.span.start)
            row.int(m.mention.span.end)
            row.text(m.mention.text)
            row.text(m.mention.rule)
        }
    }

    /// The multi-row inserts of `save`, one per table.
    enum Insert {
        static let alias = RowInserter("INSERT OR IGNORE INTO alias (actor_id, alias)", columns: 2)
        static let mention = RowInserter(#"INSERT INTO mention (doc, actor_id, start, "end", text, form, rule)"#, columns: 7)
        static let time = RowInserter(#"INSERT INTO time (id, doc, start, "end", text, type, value, mod, sentence_start, sentence_end, rule)"#, columns: 11)
        static let statement = RowInserter(#"""
            INSERT INTO statement (id, doc, start, "end", text, direct, speaker_id, source_start, source_end, cue_start, cue_end, cue, date,
                parts, sentence_start, sentence_end, sentence, rule, date_first, date_last, about_ids)
            """#, columns: 21)
        static let about = RowInserter("INSERT OR IGNORE INTO statement_about (statement_id, actor_id)", columns: 2)
        static let event = RowInserter(#"""
            INSERT INTO event (id, doc, kind, name, start, "end", text, date, trigger_start, trigger_end, sentence_start, sentence_end, sentence, rule,
                date_first, date_last, actor_ids, typing, status)
            """#, columns: 19)
        static let eventActor = RowInserter("INSERT OR IGNORE INTO event_actor (event_id, actor_id, role)", columns: 3)
        static let eventMention = RowInserter(#"INSERT INTO event_mention (event_id, doc, start, "end", text, rule)"#, columns: 6)
    }

    /// The ids in order, each once.
    static func uniqued(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// The `about_ids`/`actor_ids` column of linked actors: their ids joined by U+001F, NULL for none.
    static func linkedIds(_ ids: [String]) -> String? {
        ids.isEmpty ? nil : ids.joined(separator: "\u{1F}")
    }

    /// Loads the stored facts (of some documents, or all) as a chronology.
    public func load(documents only: Set<String>? = nil) throws -> Chronology {
        try db.read { db in
            var c = Chronology()
            func keep(_ doc: String) -> Bool { only?.contains(doc) ?? true }
            func span(_ r: Row, _ a: String, _ b: String) -> Span? {
                guard let x: Int = r[a], let y: Int = r[b] else { return nil }
                return Span(x, y)
            }
            func spans(_ text: String?) -> [Span] {
                guard let text, let data = text.data(using: .utf8), let arr = try? JSONSerialization.jsonObject(with: data) as? [[Int]] else { return [] }
                return arr.filter { $0.count == 2 }.map { Span($0[0], $0[1]) }
            }
            for r in try Row.fetchAll(db, sql: "SELECT * FROM document ORDER BY id") where keep(r["id"]) {
                var notBody: [(span: Span, text: String, rule: String)] = []
                if let nb: String = r["not_body"], let data = nb.data(using: .utf8),
                   let arr = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] {
                    for o in arr {
                        let sp = o["span"] as? [Int] ?? []
                        notBody.append((sp.count == 2 ? Span(sp[0], sp[1]) : Span(0, 0), o["text"] as? String ?? "", o["rule"] as? String ?? ""))
                    }
                }
                // a document stored from a chronicle.json has no text (stored as ""): none is known
                let text: String? = r["text"]
                c.documents.append(DocumentRecord(id: r["id"], title: r["title"], date: r["date"], source: r["source"],
                                                  text: text?.isEmpty == false ? text : nil, notBody: notBody, dateSource: r["date_source"]))
            }
            var aliases: [String: [String]] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT actor_id, alias FROM alias ORDER BY alias") {
                aliases[r["actor_id"], default: []].append(r["alias"])
            }
            var mentions: [String: [MentionRecord]] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT * FROM mention ORDER BY doc, start, \"end\"") where keep(r["doc"]) {
                mentions[r["actor_id"], default: []].append(MentionRecord(doc: r["doc"], span: Span(r["start"], r["end"]), text: r["text"], form: r["form"], rule: r["rule"]))
            }
            var names: [String: String] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT * FROM actor ORDER BY id") {
                let id: String = r["id"]
                names[id] = r["name"]
                guard only == nil || mentions[id] != nil else { continue }
                c.actors.append(ActorRecord(id: id, name: r["name"], kind: ActorKind(rawValue: r["kind"]) ?? .organization,
                                            aliases: aliases[id] ?? [], role: r["role"], mentions: mentions[id] ?? []))
            }
            for r in try Row.fetchAll(db, sql: "SELECT * FROM time") where keep(r["doc"]) {
                c.times.append(TimeRecord(id: r["id"], doc: r["doc"], span: Span(r["start"], r["end"]), text: r["text"], type: r["type"],
                                          value: r["value"], mod: r["mod"], sentence: span(r, "sentence_start", "sentence_end"), rule: r["rule"]))
            }
            var about: [String: [String]] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT statement_id, actor_id FROM statement_about ORDER BY actor_id") {
                about[r["statement_id"], default: []].append(r["actor_id"])
            }
            let articleTexts = StatementRecord.ArticleTexts(c.documents)
            for r in try Row.fetchAll(db, sql: "SELECT * FROM statement") where keep(r["doc"]) {
                let id: String = r["id"]
                let doc: String = r["doc"]
                let speaker: String? = r["speaker_id"]
                c.statements.append(StatementRecord(
                    id: id, doc: r["doc"], span: Span(r["start"], r["end"]), text: r["text"], direct: r["direct"], speaker: speaker,
                    speakerName: StatementRecord.speakerName(speaker.flatMap { names[$0] }, source: span(r, "source_start", "source_end"),
                                                             sentence: span(r, "sentence_start", "sentence_end"), sentenceText: r["sentence"],
                                                             sourceText: { articleTexts.text(doc, $0) }),
                    sourceSpan: span(r, "source_start", "source_end"),
                    cueSpan: span(r, "cue_start", "cue_end"), cue: r["cue"], date: r["date"], about: about[id] ?? [],
                    parts: spans(r["parts"]), sentence: span(r, "sentence_start", "sentence_end"), sentenceText: r["sentence"], rule: r["rule"]))
            }
            var eventActors: [String: [String]] = [:]
            var roles: [String: [String: String]] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT * FROM event_actor ORDER BY actor_id") {
                let e: String = r["event_id"], a: String = r["actor_id"]
                if let role: String = r["role"] { roles[e, default: [:]][role] = a }
                eventActors[e, default: []].append(a)
            }
            var eventMentions: [String: [MentionRecord]] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT * FROM event_mention ORDER BY rowid") {
                eventMentions[r["event_id"], default: []].append(MentionRecord(doc: r["doc"], span: Span(r["start"], r["end"]), text: r["text"], form: "event", rule: r["rule"]))
            }
            for r in try Row.fetchAll(db, sql: "SELECT * FROM event") where keep(r["doc"]) {
                let id: String = r["id"]
                c.events.append(EventRecord(
                    id: id, kind: r["kind"], doc: r["doc"], span: Span(r["start"], r["end"]), text: r["text"], name: r["name"],
                    triggerSpan: span(r, "trigger_start", "trigger_end"), date: r["date"], actors: eventActors[id] ?? [],
                    roles: roles[id] ?? [:], mentions: eventMentions[id] ?? [], sentence: span(r, "sentence_start", "sentence_end"),
                    sentenceText: r["sentence"], rule: r["rule"], typing: Store.typing(json: r["typing"])))
            }
            // a store changed by hand or damaged: refused here, not trapped on later
            if let problem = c.problem() { throw ChronicleError.store(path: path, message: "the store is damaged: \(problem)") }
            c.sort()
            c.describeUnnamedSpeakers()
            return c
        }
    }

    /// SQLite's `integrity_check` and `foreign_key_check`: "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try db.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
            let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            return fk.isEmpty ? integrity : integrity + "; \(fk.count) foreign key violations"
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

/// `close(2)` (inside `Store`, `close` is the store's own).
private func closeDescriptor(_ fd: Int32) { close(fd) }
