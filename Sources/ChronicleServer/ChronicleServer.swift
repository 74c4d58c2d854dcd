import ChronicleKit
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `chronicle serve`: the web app over a store (Hummingbird 2). Pages are static files read at
/// start; every answer comes from the JSON API (`ServeAPI`), which reads the store's reviewed
/// view held in memory.
public struct ChronicleServer: Sendable {
    /// How the server is started.
    public struct Options: Sendable {
        public var store: String
        public var host = "127.0.0.1"
        public var port = 8080
        /// Whether review (POST) routes are open.
        public var review = false
        /// An aliases file applied on top of the stored decisions.
        public var aliases: String?
        /// The token review requests must carry (`X-Chronicle-Token`), when the host is not loopback.
        public var token: String?
        /// The largest request body accepted, in bytes.
        public var maxBody = 16 * 1024
        /// The longest request target (path and query), in bytes.
        public var maxURI = 4096

        public init(store: String) { self.store = store }
    }

    public let options: Options
    let api: ServeAPI
    let assets: WebAssets

    /// Loads the store and the pages; throws a one-line error when either cannot be read.
    public init(options: Options) throws {
        self.options = options
        let extra = try options.aliases.map { try AliasTable(path: $0).decisions } ?? []
        api = ServeAPI(catalog: try Catalog(path: options.store, aliases: extra), review: options.review, tokenRequired: options.token != nil)
        assets = try WebAssets()
    }

    /// Whether a host name binds to the loopback interface only.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// A random token (hex) for review on a non-loopback host.
    public static func makeToken() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
    }

    /// Runs until SIGINT or SIGTERM; `onRunning` gets the bound port once listening.
    public func run(onRunning: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let app = Application(router: makeRouter(), configuration: .init(address: .hostname(options.host, port: options.port), serverName: "chronicle"),
                              onServerRunning: { channel in onRunning(channel.localAddress?.port ?? 0) },
                              logger: {
                                  var l = Logger(label: "chronicle.serve")
                                  l.logLevel = .error
                                  return l
                              }())
        try await app.runService()
    }

    // MARK: - routes

    func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: Guard(options: options))
        let api = self.api, assets = self.assets, maxBody = options.maxBody
        for (path, file) in WebAssets.pages {
            router.get(RouterPath(path)) { _, _ in try ChronicleServer.asset(assets, file) }
        }
        router.get("/favicon.ico") { _, _ in try ChronicleServer.asset(assets, "icon.svg") }
        router.get("/static/:name") { _, context in try ChronicleServer.asset(assets, context.parameters.get("name") ?? "") }
        router.get("/api/meta") { _, _ in ChronicleServer.response(api.meta()) }
        router.get("/api/timeline") { request, _ in try ChronicleServer.answer { try api.timeline(ChronicleServer.query(request)) } }
        router.get("/api/actors") { _, _ in ChronicleServer.response(api.actors()) }
        router.get("/api/actors/:id") { _, context in try ChronicleServer.answer { try api.actor(ChronicleServer.parameter(context)) } }
        router.get("/api/facts/:id") { _, context in try ChronicleServer.answer { try api.fact(ChronicleServer.parameter(context)) } }
        router.get("/api/search") { request, _ in try ChronicleServer.answer { try api.search(ChronicleServer.query(request)) } }
        router.get("/api/review/queue") { request, _ in try ChronicleServer.answer { try api.queue(ChronicleServer.query(request)) } }
        router.get("/api/graph.svg") { request, _ in try ChronicleServer.answer { try api.graph(ChronicleServer.query(request)) } }
        router.post("/api/facts/:id/review") { request, context in
            let id = try ChronicleServer.parameter(context)
            let body = try await ChronicleServer.body(request, maxBody)
            return try ChronicleServer.answer { try api.reviewFact(id, body: body) }
        }
        router.post("/api/actors/:id/review") { request, context in
            let id = try ChronicleServer.parameter(context)
            let body = try await ChronicleServer.body(request, maxBody)
            return try ChronicleServer.answer { try api.reviewActor(id, body: body) }
        }
        return router
    }

    static func query(_ request: Request) -> [String: String] {
        var q: [String: String] = [:]
        for (k, v) in request.uri.queryParameters { q[String(k)] = String(v) }
        return q
    }

    static func parameter(_ context: BasicRequestContext) throws -> String {
        guard let raw = context.parameters.get("id") else { throw APIError(404, "no id") }
        return raw.removingPercentEncoding ?? raw
    }

    static func body(_ request: Request, _ max: Int) async throws -> [UInt8] {
        if let n = request.headers[.contentLength].flatMap(Int.init), n > max { throw APIError(413, "the body is larger than \(max) bytes") }
        var request = request
        do {
            let buffer = try await request.collectBody(upTo: max)
            return Array(buffer.readableBytesView)
        } catch {
            throw APIError(413, "the body is larger than \(max) bytes")
        }
    }

    static func answer(_ work: () throws -> Reply) throws -> Response {
        do { return response(try work()) } catch let e as APIError { return response(.error(e)) } catch let e as ChronicleError {
            return response(.error(APIError(400, e.localizedDescription)))
        }
    }

    static func asset(_ assets: WebAssets, _ name: String) throws -> Response {
        guard let a = assets.files[name] else { return response(.error(APIError(404, "no such page"))) }
        return response(Reply(contentType: a.contentType, body: a.body))
    }

    static func response(_ r: Reply) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = r.contentType
        // one copy of the contiguous bytes (ByteBuffer(bytes:) of an array went byte by byte in a debug build)
        var buffer = ByteBufferAllocator().buffer(capacity: r.body.count)
        r.body.withUnsafeBytes { _ = buffer.writeBytes($0) }
        return Response(status: .init(code: r.status), headers: headers, body: .init(byteBuffer: buffer))
    }
}

/// Runs before every route: security headers on every answer, JSON errors for what the router
/// refuses (404, 405, 413), limits on the request target, the Host header on a loopback server
/// (against DNS rebinding), JSON bodies for POST (a plain form cannot send one across sites),
/// and the review token.
struct Guard: RouterMiddleware {
    typealias Context = BasicRequestContext
    let options: ChronicleServer.Options

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        if let refusal = check(request) {
            response = ChronicleServer.response(.error(refusal))
        } else {
            do {
                response = try await next(request, context)
            } catch let e as APIError {
                response = ChronicleServer.response(.error(e))
            } catch let e as any HTTPResponseError {
                let code = Int(e.status.code)
                response = ChronicleServer.response(.error(APIError(code, code == 404 ? "no such page" : code == 405 ? "method not allowed" : "request refused (\(code))")))
            }
        }
        response.headers[.contentSecurityPolicy] = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[.cacheControl] = "no-store"
        // the time spent answering, for benchmarks and the browser's network panel
        let d = (ContinuousClock.now - start).components
        response.headers[HTTPField.Name("Server-Timing")!] = String(format: "app;dur=%.2f", Double(d.seconds) * 1000 + Double(d.attoseconds) / 1e15)
        return response
    }

    func check(_ request: Request) -> APIError? {
        if request.uri.string.utf8.count > options.maxURI { return APIError(414, "the request target is longer than \(options.maxURI) bytes") }
        if !Guard.allowed(authority: request.head.authority, serverHost: options.host) {
            return APIError(400, "this server answers requests to localhost only")
        }
        if request.method == .post {
            guard options.review else { return APIError(403, "review is off: start the server with --review") }
            guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
                return APIError(415, "review requests are JSON (Content-Type: application/json)")
            }
            if let token = options.token, !Guard.same(request.headers[HTTPField.Name("X-Chronicle-Token")!] ?? "", token) {
                return APIError(401, "review needs the token printed at start (header X-Chronicle-Token)")
            }
        } else if request.method != .get && request.method != .head {
            return APIError(405, "method not allowed")
        }
        return nil
    }

    /// Whether a request's Host (authority) may reach a server bound to `serverHost`: a loopback
    /// server answers only names of loopback, so a page of another site cannot reach it through
    /// a name that resolves to 127.0.0.1 (DNS rebinding).
    static func allowed(authority: String?, serverHost: String) -> Bool {
        guard ChronicleServer.isLoopback(serverHost), let host = authority else { return true }
        let name = host.hasPrefix("[") ? String(host.prefix { $0 != "]" }.dropFirst()) : String(host.split(separator: ":").first ?? "")
        return ChronicleServer.isLoopback(name)
    }

    /// Compares in time independent of where the strings differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var d: UInt8 = 0
        for k in x.indices { d |= x[k] ^ y[k] }
        return d == 0
    }
}
