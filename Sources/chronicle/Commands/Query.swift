import ArgumentParser
import ChronicleKit
import Foundation

struct QueryOptions: ParsableArguments {
    @Option(help: "The store (.sqlite) or chronicle.json to query. A postgres:// URL names a PostgreSQL database; CHRONICLE_STORE gives it when the option is absent.")
    var store: String?

    @Option(help: "table, json, csv or md.")
    var format: String = "table"

    @Flag(help: "Only facts marked verified (chronicle facts verify, or serve --review).")
    var verifiedOnly = false

    @Option(help: "An aliases file (canonical name, variants, kind) applied on top of the stored decisions.")
    var aliases: String?

    @Option(help: "Instead of the query, explain this fact: its spans, rule, confidence, date origin and the decisions applied to it.")
    var explain: String?

    func validate() throws {
        guard QueryFormatter.Format(rawValue: format) != nil else { throw ValidationError("--format must be table, json, csv or md, not '\(format)'") }
    }

    /// Prints the explanation of `--explain ID` and exits, when it is given.
    func explainIfAsked() throws {
        guard let explain else { return }
        try Facts.Explain.explain(explain, store: storeArgument(store), aliases: aliases)
        throw ExitCode.success
    }

    func chronicler() throws -> Chronicler {
        try explainIfAsked()
        return Chronicler(store: try ChronologySource.openReviewed(storeArgument(store), aliases: aliases, verifiedOnly: verifiedOnly))
    }

    /// Runs a query, printing its in-process time on stderr when CHRONICLE_TIMING is set; with
    /// CHRONICLE_TIMING=N (N > 1) the query runs N times and the first, best and median times are printed.
    func timed<T>(_ label: String = "query", _ work: () throws -> T) rethrows -> T {
        guard let setting = ProcessInfo.processInfo.environment["CHRONICLE_TIMING"] else { return try work() }
        var times: [Double] = []
        var result: T?
        for _ in 0..<max(1, Int(setting) ?? 1) {
            result = nil  // the answer before is freed outside the timing, as a single run never frees one
            let t0 = Date()
            let answer = try work()
            times.append(Date().timeIntervalSince(t0) * 1000)
            result = answer
        }
        let sorted = times.sorted()
        let line = times.count == 1 ? String(format: "%@: %.1f ms\n", label, times[0])
            : String(format: "%@: first %.1f ms, best %.1f ms, median %.1f ms (%d runs)\n", label, times[0], sorted[0], sorted[sorted.count / 2], times.count)
        FileHandle.standardError.write(Data(line.utf8))
        return result!
    }

    /// Opens the store, runs the query (timed), and prints its rows.
    func answer(_ query: (Chronicler) throws -> [QueryRow]) throws {
        let c = try chronicler()
        print(try timed { try query(c) })
    }

    /// Prints the rows in the chosen format, written out as bytes (after what `Swift.print`
    /// buffered before). With CHRONICLE_TIMING, the formatting is timed too ("output").
    func print(_ rows: [QueryRow]) {
        let bytes = timed("output (\(format))") { QueryFormatter(format: QueryFormatter.Format(rawValue: format)!).utf8(rows) }
        fflush(nil)
        try? FileHandle.standardOutput.write(contentsOf: bytes)
    }
}

/// A usage error (exit 64, one line) for a bound that is no real date or a start after the end.
func checkDates(_ from: String?, _ to: String?, names: (String, String) = ("--from", "--to")) throws {
    if let problem = DateArgument.windowProblem(from: from, to: to, names: names) { throw ValidationError(problem) }
}

struct Query: ParsableCommand {
    // every command names itself: deriving the name from the type's name cost 5 ms at each start
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Ask chronology questions of a store: who said what when, events, an actor, a window, full text.",
        subcommands: [Said.self, Events.self, ActorQuery.self, Between.self, Search.self]
    )

    struct Said: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "said", abstract: "Who said what, when: statements in date order.")
        @OptionGroup var options: QueryOptions
        @Option(help: "Only statements by this actor (name or alias).") var by: String?
        @Option(help: "Only statements about this actor.") var about: String?
        @Option(help: "From this date (YYYY, YYYY-MM, YYYY-MM-DD).") var from: String?
        @Option(help: "Up to this date.") var to: String?
        @Option(help: "Only statements containing this text.") var contains: String?
        func validate() throws { try checkDates(from, to) }
        func run() throws { try options.answer { try $0.said(by: by, about: about, from: from, to: to, contains: contains) } }
    }

    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "events", abstract: "Events in date order.")
        @OptionGroup var options: QueryOptions
        @Option(help: "meeting, declaration, call, other, or a compact kind (arrest, military, visit, …).") var kind: String?
        @Option(help: "Only events this actor takes part in.") var actor: String?
        @Option(help: "From this date.") var from: String?
        @Option(help: "Up to this date.") var to: String?
        @Option(help: "Only events of this status: happened, negated, planned, demanded, reported, hypothetical.") var status: String?
        @Option(help: "Only typed events whose agent is this actor.") var agent: String?
        @Option(help: "Only typed events whose target is this actor.") var target: String?
        func validate() throws {
            try checkDates(from, to)
            if let kind, !Chronicler.queryKinds.contains(kind) {
                throw ValidationError("unknown kind '\(kind)'; the kinds are: " + Chronicler.queryKinds.joined(separator: ", "))
            }
            if let status, EventTyping.Status(rawValue: status) == nil {
                throw ValidationError("unknown status '\(status)'; the statuses are: " + EventTyping.Status.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        func run() throws { try options.answer { try $0.events(kind: kind, actor: actor, from: from, to: to, status: status, agent: agent, target: target) } }
    }

    struct ActorQuery: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "actor", abstract: "Everything about one actor, in order.")
        @OptionGroup var options: QueryOptions
        @Argument(help: "A name or alias.") var name: String
        func run() throws {
            let c = try options.chronicler()
            let r = try options.timed { try c.actor(name) }
            if options.format == "table" || options.format == "md" {
                Swift.print("\(r.name) (\(r.kind))" + (r.role.map { ", \($0)" } ?? "") + (r.aliases.isEmpty ? "" : "; also: " + r.aliases.joined(separator: ", ")))
                if !r.coActors.isEmpty { Swift.print("with: " + r.coActors.prefix(10).map { "\($0.name) (\($0.count))" }.joined(separator: ", ")) }
                Swift.print("")
            }
            options.print(r.facts)
        }
    }

    struct Between: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "between", abstract: "Everything dated within a window.")
        @OptionGroup var options: QueryOptions
        @Argument(help: "From (YYYY, YYYY-MM or YYYY-MM-DD).") var from: String
        @Argument(help: "To.") var to: String
        func validate() throws { try checkDates(from, to, names: ("from", "to")) }
        func run() throws { try options.answer { try $0.between(from, to) } }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "search", abstract: "Full-text search over statements, best first.")
        @OptionGroup var options: QueryOptions
        @Argument(help: "Words to look for.") var text: String
        @Option(help: "At most this many results.") var limit: Int = 50
        func run() throws { try options.answer { try $0.search(text, limit: limit) } }
    }
}
