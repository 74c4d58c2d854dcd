import ArgumentParser
import ChronicleKit
import Foundation

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find typed events in articles and write them as JSON lines (the event scorer's format).",
        discussion: "One line per event: doc (file name without extension), kind (compact kind), trigger and span, args (agent, target, participant, place spans), date, date_source, status, plover, cameo, main, mentions; then each further mention of an event (a headline's verb, \"the talks\") as a line of its own with mention_of (the event's trigger) and the args of its own sentence. Offsets are Unicode scalars of the file. The text, time, actors and events stages run."
    )

    @Argument(help: "Article files or directories of .txt files.")
    var inputs: [String]

    @Option(name: .customLong("jsonl"), help: "The JSON-lines output file ('-' for standard output).")
    var jsonl: String = "-"

    @Option(help: "The article date (YYYY-MM-DD) for articles with no date header, no NAME.dct file, no date in the file name and no dateline.")
    var date: String?

    @Option(help: "Threads that analyze articles (default: the number of cores); the output is the same.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
        if let date, !DateArgument.isValid(date) {
            throw ValidationError("--date '\(date)' is not a valid date (expected YYYY-MM-DD)")
        }
    }

    func run() throws {
        let export = try EventExport()
        let (text, problems) = export.run(inputs: inputs, date: date, jobs: jobs)
        for p in problems { FileHandle.standardError.write(Data(("chronicle: " + (p.errorDescription ?? "\(p)") + "\n").utf8)) }
        if jsonl == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
        } else {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: jsonl))
            } catch {
                throw ValidationError("cannot write \(jsonl)")
            }
        }
        if !problems.isEmpty { throw ExitCode.failure }
    }
}
