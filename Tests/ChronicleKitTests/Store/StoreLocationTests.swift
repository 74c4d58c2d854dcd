import Foundation
import Testing
@testable import ChronicleKit

/// `--store` values: a file path or a PostgreSQL URL, credentials from the URL, the PG*
/// variables or a password file, and the password masked in every message.
struct StoreLocationTests {
    @Test func aPathIsASQLiteStore() throws {
        #expect(try StoreLocation("archive.sqlite", environment: [:]) == .sqlite(path: "archive.sqlite"))
        #expect(try StoreLocation("dir/postgres.sqlite", environment: [:]) == .sqlite(path: "dir/postgres.sqlite"))
    }

    @Test func bothSchemesAreParsedWithEveryPart() throws {
        for scheme in ["postgres", "postgresql", "POSTGRES"] {
            guard case .postgres(let u) = try StoreLocation("\(scheme)://ann:s%40cr%3Aet@db.example.org:6543/news?sslmode=require", environment: [:]) else {
                Issue.record("not a PostgreSQL store")
                continue
            }
            #expect(u.host == "db.example.org")
            #expect(u.port == 6543)
            #expect(u.user == "ann")
            #expect(u.password == "s@cr:et")
            #expect(u.database == "news")
            #expect(u.sslMode == .require)
            #expect(!u.masked.contains("s%40cr"))
            #expect(u.masked.contains("ann:***@db.example.org"))
        }
    }

    @Test func missingPartsComeFromThePGVariables() throws {
        let env = ["PGHOST": "pg.internal", "PGPORT": "5433", "PGUSER": "bob", "PGPASSWORD": "hunter2", "PGDATABASE": "archive", "PGSSLMODE": "disable"]
        let u = try PostgresURL("postgres://", environment: env)
        #expect(u.host == "pg.internal")
        #expect(u.port == 5433)
        #expect(u.user == "bob")
        #expect(u.password == "hunter2")
        #expect(u.database == "archive")
        #expect(u.sslMode == .disable)
        // the URL wins over the variables
        let v = try PostgresURL("postgres://carol@other:5000/news", environment: env)
        #expect(v.host == "other" && v.port == 5000 && v.user == "carol" && v.database == "news" && v.password == "hunter2")
        // defaults: localhost, 5432, the database named after the user, sslmode prefer
        let w = try PostgresURL("postgresql://dave@/", environment: [:])
        #expect(w.host == "localhost" && w.port == 5432 && w.database == "dave" && w.sslMode == .prefer && w.password == nil)
    }

    @Test func thePasswordFileIsReadAsLibpqReadsIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("pgpass").path
        try """
            # comment
            other:5432:news:ann:wrong
            db.example.org:6543:news:ann:pa\\:ss
            *:*:*:ann:fallback
            """.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let env = ["PGPASSFILE": file]
        #expect(try PostgresURL("postgres://ann@db.example.org:6543/news", environment: env).password == "pa:ss")
        #expect(try PostgresURL("postgres://ann@elsewhere/x", environment: env).password == "fallback")
        #expect(try PostgresURL("postgres://zoe@db.example.org:6543/news", environment: env).password == nil)
        // a file others may read is ignored, as libpq ignores it
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(try PostgresURL("postgres://ann@db.example.org:6543/news", environment: env).password == nil)
    }

    @Test func malformedURLsAreOneLineErrorsWithThePasswordMasked() throws {
        let cases = [
            "postgres://ann:topsecret@host:notaport/db",
            "postgres://ann:topsecret@host:99999/db",
            "postgres://ann:topsecret@host/db?sslmode=sometimes",
            "postgres://ann:topsecret@host/db?colour=blue",
            "postgres://ann:topsecret@host/a/b",
        ]
        for text in cases {
            do {
                _ = try StoreLocation(text, environment: [:])
                Issue.record("accepted: \(text)")
            } catch let e as ChronicleError {
                let message = e.localizedDescription
                #expect(!message.contains("topsecret"), "\(message)")
                #expect(message.contains("***"), "\(message)")
                #expect(!message.contains("\n"))
                #expect(message.contains("not a valid PostgreSQL URL"))
            }
        }
    }

    @Test func maskingCoversUnusualPasswords() {
        for (text, secret) in [("postgres://u:a/b?c@h/db", "a/b?c"), ("postgres://u:p@ss@h/db", "p@ss"), ("postgres://h/db?password=xyz&sslmode=disable", "xyz")] {
            let masked = PostgresURL.mask(text)
            #expect(!masked.contains(secret), "\(masked)")
            #expect(masked.contains("***"))
        }
        #expect(PostgresURL.mask("postgres://u@h:5432/db") == "postgres://u@h:5432/db")
    }

    @Test func theEnvironmentVariableNamesTheStoreWhenTheOptionIsAbsent() {
        #expect(StoreLocation.argument(nil, environment: ["CHRONICLE_STORE": "postgres://x/y"]) == "postgres://x/y")
        #expect(StoreLocation.argument("a.sqlite", environment: ["CHRONICLE_STORE": "postgres://x/y"]) == "a.sqlite")
        #expect(StoreLocation.argument(nil, environment: [:]) == nil)
    }
}
