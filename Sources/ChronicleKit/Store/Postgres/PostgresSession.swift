import Foundation
import PostgresNIO

/// One connection to PostgreSQL (postgres-nio), used synchronously: each call sends its
/// statements and waits for their answers. Every value is bound as a parameter (`$1`, `$2`, …);
/// SQL text is never made from a value. Errors become one-line `ChronicleError.store` messages
/// that name the store by its masked URL.
final class PostgresSession: @unchecked Sendable {
    let url: PostgresURL
    private let connection: PostgresConnection
    private let logger: Logger

    /// A value to bind.
    enum Value: Sendable {
        case text(String?)
        case int(Int?)
        case bool(Bool)
        case texts([String])
        /// One column of many rows, as an array (`PostgresColumn`).
        case column(PostgresColumn)
    }

    private init(url: PostgresURL, connection: PostgresConnection, logger: Logger) {
        self.url = url
        self.connection = connection
        self.logger = logger
    }

    deinit { try? connection.close().wait() }

    /// Connects (TLS as `sslmode` asks), or throws a one-line error: server unreachable,
    /// password refused, database missing, TLS refused.
    static func connect(_ url: PostgresURL) throws -> PostgresSession {
        var logger = Logger(label: "chronicle.postgres")
        logger.logLevel = .critical  // nothing of the driver's reaches the terminal (it could name the URL)
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch url.sslMode {
            case .disable, .allow: tls = .disable
            case .prefer, .require:
                var c = TLSConfiguration.makeClientConfiguration()
                c.certificateVerification = .none  // as libpq: these modes encrypt, they do not check the certificate
                let context = try NIOSSLContext(configuration: c)
                tls = url.sslMode == .prefer ? .prefer(context) : .require(context)
            case .verifyCA, .verifyFull:
                var c = TLSConfiguration.makeClientConfiguration()
                c.certificateVerification = url.sslMode == .verifyCA ? .noHostnameVerification : .fullVerification
                tls = .require(try NIOSSLContext(configuration: c))
            }
        } catch {
            throw ChronicleError.store(path: url.masked, message: "cannot set up TLS: \(oneLine(error))")
        }
        var config = PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user, password: url.password,
                                                      database: url.database, tls: tls)
        config.options.connectTimeout = .seconds(10)
        if url.sslMode == .verifyFull { config.options.tlsServerName = url.host }
        do {
            let connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: config,
                                                            id: 1, logger: logger).wait()
            return PostgresSession(url: url, connection: connection, logger: logger)
        } catch {
            throw ChronicleError.store(path: url.masked, message: connectProblem(error, url))
        }
    }

    /// Runs one statement and gives its rows.
    @discardableResult
    func query(_ sql: String, _ values: [Value] = []) throws -> [PostgresRandomAccessRow] {
        do {
            return try send(sql, values).wait().rows.map { $0.makeRandomAccess() }
        } catch {
            throw PostgresSession.Failure(error)
        }
    }

    /// Runs one statement and gives its rows as the server sent them (cells in binary format).
    func rawRows(_ sql: String, _ values: [Value] = []) throws -> [PostgresRow] {
        do {
            return try send(sql, values).wait().rows
        } catch {
            throw PostgresSession.Failure(error)
        }
    }

    /// Statements of `readRows` prepared on this connection, by SQL text, and how often each
    /// other text was run (`preparedAfter`).
    private var prepared: [String: PreparedQuery] = [:]
    private var runs: [String: Int] = [:]
    /// Texts that the server refused to run prepared (a parameter whose type it inferred
    /// otherwise than the bound value's): they run unnamed, as before.
    private var unpreparable: Set<String> = []
    /// A read statement is prepared (parsed and described once, then only bound and run) from
    /// its second run on a connection, as drivers do (psycopg's `prepare_threshold`, JDBC's
    /// `prepareThreshold`): a query run once costs one round trip, as before, and a server
    /// (`chronicle serve`, the bench's repeats) parses each text once.
    static let preparedAfter = 1
    /// The most statements kept prepared on a connection (then all are closed and counting
    /// starts again): queries with lists of ids make texts of many lengths.
    static let preparedLimit = 256

    /// Runs one read statement (`rawRows`), prepared from its second run (`preparedAfter`).
    /// `binary`: every cell is in binary format, whatever its row says (postgres-nio asks for
    /// binary results of a prepared statement but describes its columns as the server's
    /// Describe did, in text format).
    func readRows(_ sql: String, _ values: [Value] = []) throws -> (rows: [PostgresRow], binary: Bool) {
        if let p = prepared[sql] {
            do {
                return (try p.execute(values.map(Self.data)).wait(), true)
            } catch {
                // (a type the server inferred that the value does not have: run it unnamed from now on)
                prepared[sql] = nil
                unpreparable.insert(sql)
                _ = p.deallocate()
                return (try rawRows(sql, values), false)
            }
        }
        let n = runs[sql, default: 0]
        guard n >= Self.preparedAfter, !unpreparable.contains(sql), values.allSatisfy(Self.preparable) else {
            if runs.count >= 4 * Self.preparedLimit { runs = [:] }
            runs[sql] = n + 1
            return (try rawRows(sql, values), false)
        }
        if prepared.count >= Self.preparedLimit {
            for q in prepared.values { _ = try? q.deallocate().wait() }
            prepared = [:]
        }
        do {
            let p = try (connection as any PostgresDatabase).prepare(query: sql).wait()
            prepared[sql] = p
        } catch {
            unpreparable.insert(sql)
            return (try rawRows(sql, values), false)
        }
        return try readRows(sql, values)
    }

    /// Whether a value can be bound to a prepared statement (`data`).
    private static func preparable(_ v: Value) -> Bool {
        switch v {
        case .text, .int, .bool: return true
        case .texts, .column: return false
        }
    }

    /// A value for a prepared statement: text, 8-byte integer or boolean, as `send` binds them.
    private static func data(_ v: Value) -> PostgresData {
        switch v {
        case .text(let s): return s.map { PostgresData(string: $0) } ?? .null
        case .int(let n): return n.map { PostgresData(int64: Int64($0)) } ?? .null
        case .bool(let b): return PostgresData(bool: b)
        case .texts, .column: return .null
        }
    }

    /// Sends statements one after another without waiting for each answer, and gives the rows of
    /// each (the first failure throws).
    func queries(_ statements: [(sql: String, values: [Value])]) throws -> [[PostgresRandomAccessRow]] {
        let futures = statements.map { send($0.sql, $0.values) }
        var out: [[PostgresRandomAccessRow]] = []
        var first: (any Error)?
        for f in futures {
            do { out.append(try f.wait().rows.map { $0.makeRandomAccess() }) } catch { if first == nil { first = error } }
        }
        if let first { throw PostgresSession.Failure(first) }
        return out
    }

    /// Sends statements one after another without waiting for each answer, and waits for all:
    /// one wait for a document's inserts instead of one per table. The first failure throws.
    func pipeline(_ statements: [(sql: String, values: [Value])]) throws {
        guard !statements.isEmpty else { return }
        let futures = statements.map { send($0.sql, $0.values) }
        var first: (any Error)?
        for f in futures {
            do { _ = try f.wait() } catch { if first == nil { first = error } }
        }
        if let first { throw PostgresSession.Failure(first) }
    }

    private func send(_ sql: String, _ values: [Value]) -> EventLoopFuture<PostgresQueryResult> {
        var binds = PostgresBindings(capacity: values.count)
        for v in values {
            switch v {
            case .text(let s): if let s { binds.append(s) } else { binds.appendNull() }
            case .int(let n): if let n { binds.append(n) } else { binds.appendNull() }
            case .bool(let b): binds.append(b)
            case .texts(let a): binds.append(a)
            case .column(let c): binds.append(c)
            }
        }
        return connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws. A
    /// deadlock or serialization failure (another writer) runs it again, up to 5 times.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            // BEGIN is sent without waiting: the body's first statement waits for it
            let begin = send("BEGIN", [])
            do {
                let value = try body()
                do { _ = try begin.wait() } catch { throw Failure(error) }
                try query("COMMIT")
                return value
            } catch {
                _ = try? query("ROLLBACK")
                if let f = error as? Failure, f.isRetryable, attempt < 5 {
                    usleep(useconds_t(1000 * attempt * Int.random(in: 1...10)))
                    continue
                }
                throw error
            }
        }
    }

    /// Runs `body` (statements outside a transaction) again when the server reports a deadlock
    /// or serialization failure, up to 5 times.
    func retrying<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try body()
            } catch let f as Failure where f.isRetryable && attempt < 5 {
                usleep(useconds_t(1000 * attempt * Int.random(in: 1...10)))
            }
        }
    }

    /// A failed statement, as one line: the server's message and SQLSTATE, or the connection
    /// problem. (postgres-nio's own description hides everything.)
    struct Failure: Error, CustomStringConvertible {
        let message: String
        let sqlState: String?

        init(_ error: any Error) {
            if let e = error as? Failure {
                self = e
            } else if let e = error as? PSQLError {
                if let info = e.serverInfo, let m = info[.message] {
                    message = m + (info[.detail].map { " (\($0))" } ?? "")
                    sqlState = info[.sqlState]
                } else {
                    message = "\(e.code)" + (e.underlying.map { ": " + oneLine($0) } ?? "")
                    sqlState = nil
                }
            } else {
                message = oneLine(error)
                sqlState = nil
            }
        }

        /// 40P01 deadlock detected, 40001 serialization failure.
        var isRetryable: Bool { sqlState == "40P01" || sqlState == "40001" }
        var description: String { message }
    }

    /// Why a connection failed, in words, without the password.
    static func connectProblem(_ error: any Error, _ url: PostgresURL) -> String {
        if let e = error as? PSQLError {
            if let info = e.serverInfo {
                switch info[.sqlState] {
                case "28P01", "28000":
                    return "the server refused the password of user '\(url.user)'"
                        + (url.password == nil ? " (no password given: put it in the URL, PGPASSWORD or ~/.pgpass)" : "")
                case "3D000": return "the database '\(url.database)' does not exist (create it first: createdb \(url.database))"
                default: return "cannot connect: " + (info[.message] ?? "\(e.code)")
                }
            }
            switch e.code {
            case .sslUnsupported: return "the server does not offer TLS, which sslmode=\(url.sslMode.rawValue) requires"
            case .authMechanismRequiresPassword:
                return "the server asks for a password for user '\(url.user)' and none was given (URL, PGPASSWORD or ~/.pgpass)"
            case .connectionError, .serverClosedConnection, .uncleanShutdown:
                return "cannot reach the server at \(url.host):\(url.port)" + (e.underlying.map { " (\(oneLine($0)))" } ?? "")
            default: return "cannot connect: \(e.code)" + (e.underlying.map { " (\(oneLine($0)))" } ?? "")
            }
        }
        return "cannot reach the server at \(url.host):\(url.port) (\(oneLine(error)))"
    }
}

/// An error's description on one line.
func oneLine(_ error: any Error) -> String {
    String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
}

extension PostgresRandomAccessRow {
    func text(_ column: String) throws -> String? { try self[column].decode(String?.self) }
    func string(_ column: String) throws -> String { try self[column].decode(String?.self) ?? "" }
    func int(_ column: String) throws -> Int? { try self[column].decode(Int?.self) }
    func bool(_ column: String) throws -> Bool { try self[column].decode(Bool?.self) ?? false }
}
