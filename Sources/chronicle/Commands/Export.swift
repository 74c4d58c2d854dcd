import ArgumentParser
import ChronicleKit
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a store or a chronicle.json as a report or an interchange format.",
        discussion: "md, html, json, timelinejs, graphml and gexf (the actor–event network, for yEd, Gephi, Cytoscape) and xlsx (one sheet per fact kind) write one file; csv (statements, events, actors, times), timeml and brat (a .ann and its .txt per article) write a directory."
    )

    @Option(help: "The store (.sqlite) or chronicle.json to export. A postgres:// URL names a PostgreSQL database; CHRONICLE_STORE gives it when the option is absent.")
    var store: String?

    @Option(help: "md, html, json, csv, timelinejs, timeml, brat, graphml, gexf or xlsx.")
    var format: String

    @Option(name: [.short, .customLong("output")], help: "The file or directory to write.")
    var output: String

    @Flag(help: "Only facts marked verified (chronicle facts verify, or serve --review).")
    var verifiedOnly = false

    @Option(help: "An aliases file (canonical name, variants, kind) applied on top of the stored decisions.")
    var aliases: String?

    func validate() throws {
        guard Exporter.Format(rawValue: format) != nil else {
            throw ValidationError("--format must be one of \(Exporter.Format.allCases.map(\.rawValue).joined(separator: ", ")), not '\(format)'")
        }
    }

    func run() throws {
        let c = try ChronologySource.loadReviewed(storeArgument(store), aliases: aliases, verifiedOnly: verifiedOnly)
        guard let f = Exporter.Format(rawValue: format) else { throw ExitCode.validationFailure }
        // every file is attempted; each one that fails is named on stderr, and the exit code is 1
        let (written, problems) = Exporter().exportAll(c, format: f, to: output)
        for path in written { print("wrote \(path)") }
        report(problems)
        if !problems.isEmpty { throw ExitCode.failure }
    }
}
