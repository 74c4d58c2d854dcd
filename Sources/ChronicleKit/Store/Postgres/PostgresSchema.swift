import Foundation

/// The PostgreSQL schema: named, append-only migrations recorded in `chronicle_migrations`, as
/// GRDB records SQLite's. They run on first use, each in a transaction, under an advisory lock
/// (so that several processes opening a new database at once migrate it once). A database whose
/// migrations this binary does not know (a newer Chronicle) is refused, and so is one that holds
/// tables of another program; nothing is written to either.
enum PostgresSchema {
    /// The lock that serializes migrations (an arbitrary constant: "chronicle" in ASCII).
    static let lockKey = 0x6368_726f_6e69_636c

    static let migrations: [(name: String, sql: [String])] = [
        ("pg-v1-core", [
            """
            CREATE TABLE document (
                id TEXT PRIMARY KEY, title TEXT, date TEXT, source TEXT, text TEXT NOT NULL,
                content_hash TEXT NOT NULL, pipeline TEXT NOT NULL, not_body TEXT)
            """,
            "CREATE TABLE actor (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, role TEXT)",
            "CREATE TABLE alias (actor_id TEXT NOT NULL REFERENCES actor(id) ON DELETE CASCADE, alias TEXT NOT NULL, PRIMARY KEY (actor_id, alias))",
            """
            CREATE TABLE mention (
                seq BIGSERIAL PRIMARY KEY, doc TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE, actor_id TEXT NOT NULL REFERENCES actor(id),
                start BIGINT NOT NULL, "end" BIGINT NOT NULL, text TEXT NOT NULL, form TEXT NOT NULL, rule TEXT NOT NULL)
            """,
            "CREATE INDEX mention_actor ON mention(actor_id)",
            "CREATE INDEX mention_doc ON mention(doc)",
            """
            CREATE TABLE time (
                seq BIGSERIAL, id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                start BIGINT NOT NULL, "end" BIGINT NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT, mod TEXT,
                sentence_start BIGINT, sentence_end BIGINT, rule TEXT NOT NULL)
            """,
            "CREATE INDEX time_doc ON time(doc)",
            """
            CREATE TABLE statement (
                seq BIGSERIAL, id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                start BIGINT NOT NULL, "end" BIGINT NOT NULL, text TEXT NOT NULL, direct BOOLEAN NOT NULL,
                speaker_id TEXT REFERENCES actor(id), source_start BIGINT, source_end BIGINT,
                cue_start BIGINT, cue_end BIGINT, cue TEXT, date TEXT, parts TEXT,
                sentence_start BIGINT, sentence_end BIGINT, sentence TEXT, rule TEXT NOT NULL,
                date_first BIGINT, date_last BIGINT, about_ids TEXT,
                search TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', text || ' ' || coalesce(sentence, ''))) STORED)
            """,
            "CREATE INDEX statement_doc ON statement(doc)",
            "CREATE INDEX statement_speaker ON statement(speaker_id)",
            "CREATE INDEX statement_date ON statement(date)",
            "CREATE INDEX statement_window ON statement(date_first, date_last)",
            "CREATE INDEX statement_search ON statement USING GIN (search)",
            """
            CREATE TABLE statement_about (statement_id TEXT NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
                actor_id TEXT NOT NULL REFERENCES actor(id), PRIMARY KEY (statement_id, actor_id))
            """,
            "CREATE INDEX statement_about_actor ON statement_about(actor_id)",
            """
            CREATE TABLE event (
                seq BIGSERIAL, id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                kind TEXT NOT NULL, name TEXT, start BIGINT NOT NULL, "end" BIGINT NOT NULL, text TEXT NOT NULL,
                date TEXT, trigger_start BIGINT, trigger_end BIGINT,
                sentence_start BIGINT, sentence_end BIGINT, sentence TEXT, rule TEXT NOT NULL,
                date_first BIGINT, date_last BIGINT, actor_ids TEXT)
            """,
            "CREATE INDEX event_doc ON event(doc)",
            "CREATE INDEX event_date ON event(date)",
            "CREATE INDEX event_window ON event(date_first, date_last)",
            "CREATE INDEX event_kind ON event(kind)",
            """
            CREATE TABLE event_actor (seq BIGSERIAL, event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                actor_id TEXT NOT NULL REFERENCES actor(id), role TEXT, PRIMARY KEY (event_id, actor_id))
            """,
            "CREATE INDEX event_actor_actor ON event_actor(actor_id)",
            """
            CREATE TABLE event_mention (seq BIGSERIAL PRIMARY KEY, event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                doc TEXT NOT NULL, start BIGINT NOT NULL, "end" BIGINT NOT NULL, text TEXT NOT NULL, rule TEXT NOT NULL)
            """,
            "CREATE INDEX event_mention_event ON event_mention(event_id)",
            "CREATE INDEX actor_lower_name ON actor(lower(name))",
            "CREATE INDEX alias_lower ON alias(lower(alias))",
        ]),
        // the typed-event fields (EventTyping) as chronicle.json writes them, and the status apart,
        // as SQLite's v5-event-typing
        ("pg-v2-event-typing", [
            "ALTER TABLE event ADD COLUMN typing TEXT",
            "ALTER TABLE event ADD COLUMN status TEXT",
        ]),
        // the user's decisions, as SQLite's decision table (no foreign keys: the facts and actors
        // a decision names may be replaced or gone)
        ("pg-v3-decisions", [
            """
            CREATE TABLE decision (
                seq BIGSERIAL PRIMARY KEY, verb TEXT NOT NULL, target TEXT NOT NULL,
                doc TEXT, start BIGINT, "end" BIGINT, value TEXT NOT NULL, extra TEXT, made TEXT)
            """,
            "CREATE INDEX decision_target ON decision(target)",
        ]),
        // name lookups of the query layer fold ASCII letters only (lower under "C"), as SQLite's
        // lower does: indexes of those expressions
        ("pg-v4-query-indexes", [
            #"CREATE INDEX actor_lower_name_c ON actor(lower(name COLLATE "C"))"#,
            #"CREATE INDEX alias_lower_c ON alias(lower(alias COLLATE "C"))"#,
        ]),
        // where each article's date came from, as SQLite's v6-document-date-source
        ("pg-v5-document-date-source", [
            "ALTER TABLE document ADD COLUMN date_source TEXT",
        ]),
        // no foreign keys: checked row by row (a trigger and a locking read of the row referred
        // to for each of the ~170,000 references of PolNeAR train) they cost the server more than
        // a third of an ingest and made concurrent writers share locks on popular actors. The
        // writer keeps the references whole: a document's rows are written with it in one
        // transaction after the actors they name, and deleted with it (`PostgresStore.write`)
        ("pg-v6-no-foreign-keys", [
            "ALTER TABLE alias DROP CONSTRAINT IF EXISTS alias_actor_id_fkey",
            "ALTER TABLE mention DROP CONSTRAINT IF EXISTS mention_doc_fkey",
            "ALTER TABLE mention DROP CONSTRAINT IF EXISTS mention_actor_id_fkey",
            "ALTER TABLE time DROP CONSTRAINT IF EXISTS time_doc_fkey",
            "ALTER TABLE statement DROP CONSTRAINT IF EXISTS statement_doc_fkey",
            "ALTER TABLE statement DROP CONSTRAINT IF EXISTS statement_speaker_id_fkey",
            "ALTER TABLE statement_about DROP CONSTRAINT IF EXISTS statement_about_statement_id_fkey",
            "ALTER TABLE statement_about DROP CONSTRAINT IF EXISTS statement_about_actor_id_fkey",
            "ALTER TABLE event DROP CONSTRAINT IF EXISTS event_doc_fkey",
            "ALTER TABLE event_actor DROP CONSTRAINT IF EXISTS event_actor_event_id_fkey",
            "ALTER TABLE event_actor DROP CONSTRAINT IF EXISTS event_actor_actor_id_fkey",
            "ALTER TABLE event_mention DROP CONSTRAINT IF EXISTS event_mention_event_id_fkey",
        ]),
        // the name an actor goes by after the names documents give it, one after another, as
        // the SQLite store's upsert takes them: a fuller name replaces a surname ("Donald Trump"
        // for "Trump"); lets a writer update the actors of a group of documents in one statement
        ("pg-v7-fuller-name", [
            """
            CREATE FUNCTION chronicle_fuller_name(name text, given text[]) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $f$
            DECLARE n text;
            BEGIN
                FOREACH n IN ARRAY given LOOP
                    IF length(n) > length(name) AND lower(n) LIKE '% ' || lower(name) THEN name := n; END IF;
                END LOOP;
                RETURN name;
            END $f$
            """,
        ]),
        // the statements about an actor found by the statement's own id list (`SQLDialect.linked`)
        ("pg-v8-linked-ids", [
            "CREATE INDEX statement_about_ids ON statement USING GIN (string_to_array(about_ids, chr(31)))",
        ]),
        // the id list split once, when the row is written: a sequential scan no longer splits
        // every row's list (`SQLDialect.linked`)
        ("pg-v9-linked-array", [
            "ALTER TABLE statement ADD COLUMN about_arr text[] GENERATED ALWAYS AS (string_to_array(about_ids, chr(31))) STORED",
            "DROP INDEX IF EXISTS statement_about_ids",
            "CREATE INDEX statement_about_arr ON statement USING GIN (about_arr)",
        ]),
    ]

    /// Migrates the database of `session` to the current schema, or refuses it.
    static func migrate(_ session: PostgresSession) throws {
        let name = session.url.masked
        try session.query("SELECT pg_advisory_lock($1)", [.int(lockKey)])
        defer { _ = try? session.query("SELECT pg_advisory_unlock($1)", [.int(lockKey)]) }
        let tables = try session.query("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name")
            .map { try $0.string("table_name") }
        var applied: [String] = []
        if tables.contains("chronicle_migrations") {
            applied = try session.query("SELECT name FROM chronicle_migrations ORDER BY applied_order").map { try $0.string("name") }
            let known = Set(migrations.map(\.name))
            if let newer = applied.first(where: { !known.contains($0) }) {
                throw ChronicleError.store(path: name, message: "the store's schema is newer than this chronicle (migration '\(newer)' is unknown): upgrade chronicle; nothing was written")
            }
        } else if !tables.isEmpty {
            throw ChronicleError.store(path: name, message: "the database holds \(tables.count) tables of another program (\(tables.prefix(3).joined(separator: ", "))\(tables.count > 3 ? ", …" : "")) and no Chronicle schema: use an empty database; nothing was written")
        }
        let done = Set(applied)
        for m in migrations where !done.contains(m.name) {
            try session.transaction {
                try session.query("""
                    CREATE TABLE IF NOT EXISTS chronicle_migrations (
                        name TEXT PRIMARY KEY, applied_order SERIAL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                    """)
                for sql in m.sql { try session.query(sql) }
                try session.query("INSERT INTO chronicle_migrations (name) VALUES ($1)", [.text(m.name)])
            }
        }
    }
}
