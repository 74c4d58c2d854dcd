import ArgumentParser
import ChronicleKit
import Foundation

struct Attributions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find who said what in articles and write it as JSON lines (the PolNeAR scorer's format).",
        discussion: "One line per attribution: doc (file name without .txt), content, source and cue spans (Unicode-scalar offsets into the file) and the resolved speaker name. Only the text, tagger (the Syntax stage without the parse, as analyze runs it), actors and statements stages run."
    )

    @Argument(help: "Article files or directories of .txt files.")
    var inputs: [String]

    @Option(name: .customLong("jsonl"), help: "The JSON-lines output file ('-' for standard output).")
    var jsonl: String = "-"

    @Option(help: "Threads that analyze articles (default: the number of cores); the output is the same.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup(title: "Limits") var limits: LimitOptions

    @OptionGroup var syntax: SyntaxOption

    @OptionGroup var readerOptions: ReaderOptions

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
    }

    func run() throws {
        var export = try AttributionExport(limits: limits.limits)
        export.runsSyntax = syntax.on
        var warnings: [String] = []
        let (text, problems, notes) = export.run(inputs: inputs, jobs: jobs, reader: readerOptions.reader, force: readerOptions.force, warnings: &warnings)
        warn(warnings)
        for p in problems { FileHandle.standardError.write(Data(("chronicle: " + (p.errorDescription ?? "\(p)") + "\n").utf8)) }
        if jsonl == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
        } else {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: jsonl))
            } catch {
                // a write error, not a usage error: one line, exit 1
                let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { String(cString: strerror(Int32($0.code))) } ?? error.localizedDescription
                throw ChronicleError.badInput(path: jsonl, message: "cannot write the file (\(reason))")
            }
        }
        reportNotes(notes)
        if !problems.isEmpty { throw ExitCode.failure }
    }
}
