import Foundation

/// Where a store lives: a SQLite file (the default), or a PostgreSQL database named by a
/// `postgres://` or `postgresql://` URL. The `--store` option of every command takes either;
/// `CHRONICLE_STORE` gives it when the option is absent.
public enum StoreLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(PostgresURL)

    /// The environment variable that names the store when `--store` is not given.
    public static let environmentVariable = "CHRONICLE_STORE"

    /// Parses a `--store` value: a PostgreSQL URL, else a file path.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        if PostgresURL.isPostgres(text) {
            self = .postgres(try PostgresURL(text, environment: environment))
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The `--store` value, else `CHRONICLE_STORE`, else nil.
    public static func argument(_ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let option { return option }
        if let v = environment[environmentVariable], !v.isEmpty { return v }
        return nil
    }

    /// How messages name the store: the path, or the URL with its password masked.
    public var name: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url): return url.masked
        }
    }
}

/// A PostgreSQL connection URL, `postgres://user:password@host:port/database?sslmode=…`, with
/// what it leaves out taken from the standard `PG*` variables and `~/.pgpass` (as libpq does):
/// `PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE`, `PGPASSFILE`.
///
/// The password is never part of a message: `masked` and `description` print `***` for it.
public struct PostgresURL: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var sslMode: SSLMode
    /// The URL as given, with its password masked.
    public let masked: String

    /// `sslmode` as libpq reads it: `disable` and `allow` do not use TLS; `prefer` uses it when the
    /// server offers it; `require`, `verify-ca` and `verify-full` insist on it (the last two also
    /// check the server's certificate, `verify-full` its host name too).
    public enum SSLMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var description: String { masked }

    static func isPostgres(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let masked = PostgresURL.mask(text)
        self.masked = masked
        func bad(_ problem: String) -> ChronicleError { .store(path: masked, message: "not a valid PostgreSQL URL: \(problem)") }
        guard PostgresURL.isPostgres(text) else { throw bad("it must start with postgres:// or postgresql://") }
        guard let c = URLComponents(string: text) else {
            throw bad("expected postgres://user:password@host:port/database (special characters in the password percent-encoded)")
        }
        if let f = c.fragment, !f.isEmpty { throw bad("a fragment (#…) has no meaning here") }
        let path = c.percentEncodedPath
        var database = path.hasPrefix("/") ? String(path.dropFirst()) : path
        guard !database.contains("/") else { throw bad("the database name '\(database)' contains '/'") }
        database = database.removingPercentEncoding ?? database
        var params: [String: String] = [:]
        for item in c.queryItems ?? [] {
            guard let v = item.value else { throw bad("parameter '\(item.name)' has no value") }
            params[item.name] = v
        }
        let known: Set<String> = ["sslmode", "user", "password", "host", "port", "dbname", "application_name", "connect_timeout"]
        if let unknown = params.keys.sorted().first(where: { !known.contains($0) }) {
            throw bad("unknown parameter '\(unknown)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        func env(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let host = c.host.flatMap { $0.isEmpty ? nil : $0 }?.removingPercentEncoding ?? params["host"] ?? env("PGHOST") ?? "localhost"
        if host.hasPrefix("/") { throw bad("a Unix socket directory as host is not supported; give a TCP host") }
        var port = c.port ?? 0
        if c.port == nil {
            let p = params["port"] ?? env("PGPORT") ?? "5432"
            guard let n = Int(p) else { throw bad("the port '\(p)' is not a number") }
            port = n
        }
        guard (1...65535).contains(port) else { throw bad("the port \(port) is out of range (1-65535)") }
        let user = c.user.flatMap { $0.isEmpty ? nil : $0 }.map { $0.removingPercentEncoding ?? $0 }
            ?? params["user"] ?? env("PGUSER") ?? PostgresURL.osUser(environment)
        if database.isEmpty { database = params["dbname"] ?? env("PGDATABASE") ?? user }
        let modeText = params["sslmode"] ?? env("PGSSLMODE") ?? "prefer"
        guard let mode = SSLMode(rawValue: modeText) else {
            throw bad("sslmode '\(modeText)' is not one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.sslMode = mode
        password = c.password.map { $0.removingPercentEncoding ?? $0 } ?? params["password"] ?? env("PGPASSWORD")
            ?? PostgresURL.passFile(environment).flatMap { PostgresURL.pgpass($0, host: host, port: port, database: database, user: user) }
    }

    static func osUser(_ environment: [String: String]) -> String {
        environment["USER"] ?? environment["LOGNAME"] ?? "postgres"
    }

    /// The password file: `PGPASSFILE`, else `~/.pgpass`.
    static func passFile(_ environment: [String: String]) -> String? {
        if let f = environment["PGPASSFILE"], !f.isEmpty { return f }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home as NSString).appendingPathComponent(".pgpass")
    }

    /// The password of the first line of a `.pgpass` file that matches
    /// (`hostname:port:database:username:password`, `*` matching anything, `\:` and `\\`
    /// escaped). As libpq, a file that others may read is ignored.
    static func pgpass(_ file: String, host: String, port: Int, database: String, user: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
              let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 == 0,
              let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            var fields: [String] = [], field = "", escaped = false
            for ch in line {
                if escaped { field.append(ch); escaped = false }
                else if ch == "\\" { escaped = true }
                else if ch == ":" && fields.count < 4 { fields.append(field); field = "" }
                else { field.append(ch) }
            }
            fields.append(field)
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 || ($0 == "localhost" && $1 == "127.0.0.1") }) {
                return fields[4]
            }
        }
        return nil
    }

    /// The URL with the password of its user part, and of a `password=` parameter, replaced by
    /// `***` (works on malformed URLs too: it only looks at the text).
    public static func mask(_ text: String) -> String {
        var out = text
        if let scheme = out.range(of: "://") {
            // from the first ':' to the last '@': a password with an unencoded '/', '?' or '@'
            // is masked whole too (more is masked when a database name has an '@': never less)
            let rest = out[scheme.upperBound...]
            if let at = rest.lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
                out.replaceSubrange(out.index(after: colon)..<at, with: "***")
            }
        }
        if let r = out.range(of: #"([?&]password=)[^&#]*"#, options: [.regularExpression, .caseInsensitive]) {
            let key = out[r].prefix { $0 != "=" }
            out.replaceSubrange(r, with: key + "=***")
        }
        return out
    }
}
