import ArgumentParser
import ChronicleKit
import ChronicleServer
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Browse, check and correct a store in a web browser (timeline, facts, actors, search, graph).",
        discussion: "Binds 127.0.0.1 unless --host says otherwise. With --review the pages can mark facts verified or rejected, correct speakers, kinds and dates, and merge, rename or retype actors; these are the same stored decisions as `chronicle actors` and `chronicle facts`. On a host other than loopback, review needs a token, printed once at start. The JSON API is described in docs/openapi.yaml."
    )

    @Option(help: "The store (.sqlite) or chronicle.json to serve.") var store: String
    @Option(help: "The port (0: any free port).") var port: Int = 8080
    @Option(help: "The address to bind (default loopback; 0.0.0.0 opens the server to the network).") var host: String = "127.0.0.1"
    @Flag(help: "Allow review: verify, reject and correct facts, merge, rename and retype actors.") var review = false
    @Option(help: "An aliases file (canonical name, variants, kind) applied on top of the stored decisions.") var aliases: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard !host.isEmpty else { throw ValidationError("--host is empty") }
    }

    func run() throws {
        var options = ChronicleServer.Options(store: store)
        options.host = host
        options.port = port
        options.review = review
        options.aliases = aliases
        let loopback = ChronicleServer.isLoopback(host)
        if !loopback {
            FileHandle.standardError.write(Data("warning: serving on \(host): anyone who can reach this machine can read the store\n".utf8))
            if review { options.token = ChronicleServer.makeToken() }
        }
        let server = try ChronicleServer(options: options)
        final class Outcome: @unchecked Sendable { var error: Error? }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let token = options.token
        Task {
            do {
                try await server.run { bound in
                    var line = "serving \(store) at http://\(shownHost):\(bound)/" + (review ? " (review on)" : "")
                    if let token { line += "\nreview token (shown once): \(token)\nopen http://\(shownHost):\(bound)/#token=\(token) to review" }
                    print(line + "\nCtrl-C stops the server.")
                    fflush(nil)
                }
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let e = outcome.error { throw ChronicleError.badInput(path: "\(host):\(port)", message: "cannot serve: \(e)") }
    }
}
