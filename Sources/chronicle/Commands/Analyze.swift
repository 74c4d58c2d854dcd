import ArgumentParser
import ChronicleKit
import Foundation

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyze articles and write chronicle.json, chronicle.sqlite, the diagrams and report.md.",
        discussion: "Each input is a UTF-8 text file or a directory of .txt files. A file that cannot be analyzed is reported on stderr; the others are still analyzed, and the exit code is then 1."
    )

    @Argument(help: "Article files or directories of .txt files.")
    var inputs: [String]

    @Option(name: [.short, .customLong("output")], help: "The output directory.")
    var output: String = "output"

    @Option(help: "The article date (YYYY-MM-DD), for articles without a date header.")
    var date: String?

    func validate() throws {
        if let date, !DateArgument.isValid(date) {
            throw ValidationError("--date '\(date)' is not a valid date (expected YYYY-MM-DD)")
        }
    }

    func run() throws {
        let analyzer = Analyzer(pipeline: try Pipeline())
        let report = try analyzer.run(inputs: inputs, outDir: output, date: date)
        for p in report.problems { FileHandle.standardError.write(Data(("chronicle: " + (p.errorDescription ?? "\(p)") + "\n").utf8)) }
        let c = report.corpus
        print("analyzed \(c.documents.count) document(s): \(c.actors.count) actors, \(c.documents.map(\.times.count).reduce(0, +)) times, \(c.documents.map(\.statements.count).reduce(0, +)) statements, \(c.events.count) events")
        for w in report.written { print("wrote \(w)") }
        if !report.problems.isEmpty { throw ExitCode.failure }
    }
}
