import ArgumentParser
import ChronicleKit
import Foundation

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyze articles and write chronicle.json, chronicle.sqlite, the diagrams and report.md.",
        discussion: "Each input is an article file (.txt; a web page .html, .htm, .html.gz; a corpus .jsonl or .csv with one article per record) or a directory of them. A file that cannot be analyzed is reported on stderr; the others are still analyzed, and the exit code is then 1."
    )

    @Argument(help: "Article files (.txt, .html, .html.gz, .jsonl, .csv) or directories of them.")
    var inputs: [String]

    @Option(name: [.short, .customLong("output")], help: "The output directory.")
    var output: String = "output"

    @Option(help: "The article date (YYYY-MM-DD) for articles with no date header, no NAME.dct file and no date in the file name.")
    var date: String?

    @Option(help: "Also export these formats into the output directory, comma-separated (md, html, json, csv, timelinejs, timeml, brat, graphml, gexf, xlsx).")
    var export: String?

    @OptionGroup var readerOptions: ReaderOptions

    @Option(help: "Threads that analyze articles and build the graph (default: the number of cores); the files are the same.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup(title: "Limits") var limits: LimitOptions

    @OptionGroup var syntax: SyntaxOption

    @OptionGroup var events: EventsOption

    func validate() throws {
        if let date, !DateArgument.isValid(date) {
            throw ValidationError("--date '\(date)' is not a valid date (expected YYYY-MM-DD)")
        }
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
        for f in formats where Exporter.Format(rawValue: f) == nil {
            throw ValidationError("--export: unknown format '\(f)'")
        }
    }

    var formats: [String] { (export ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }

    func run() throws {
        var pipeline = try Pipeline(limits: limits.limits)
        pipeline.runsSyntax = syntax.on
        pipeline.addsTypedEvents = events.addsTypedEvents
        let analyzer = Analyzer(pipeline: pipeline)
        let result = try analyzer.run(inputs: inputs, outDir: output, date: date, jobs: jobs, reader: readerOptions.reader, force: readerOptions.force)
        var written = result.written
        var problems = result.problems
        for f in formats {
            guard let format = Exporter.Format(rawValue: f) else { continue }
            let name = format.fileName
            // a format that fails is reported with the others; the rest are still written
            let (paths, failed) = Exporter().exportAll(result.chronology, format: format, to: (output as NSString).appendingPathComponent(name))
            written += paths
            problems += failed
        }
        report(problems)
        for d in result.corpus.documents {
            for w in d.document.warnings { FileHandle.standardError.write(Data("chronicle: warning: \(d.document.id): \(w)\n".utf8)) }
        }
        let c = result.corpus
        print("analyzed \(c.documents.count) document(s): \(c.actors.count) actors, \(c.documents.map(\.times.count).reduce(0, +)) times, \(c.documents.map(\.statements.count).reduce(0, +)) statements, \(c.events.count) events")
        for w in written { print("wrote \(w)") }
        reportNotes(result.notes)
        if !problems.isEmpty { throw ExitCode.failure }
    }
}
