import ArgumentParser
import ChronicleKit
import Foundation

struct Time: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find and resolve temporal expressions (TIMEX3) in articles.",
        discussion: """
        Prints each expression with its span (Unicode scalars of the file), type, value, mod and rule. \
        The reference date is --dct, else a sibling DOC.dct file, else the file's own date header. \
        --format jsonl prints the TempEval JSON-lines system format of timeml_score.py. \
        --benchmark N runs the stage (tokenize, tag, resolve) N times over the inputs and prints words/s.
        """
    )

    enum Format: String, ExpressibleByArgument { case text, jsonl }

    @Argument(help: "Article files or directories of .txt files.")
    var inputs: [String]

    @Option(help: "The reference date (YYYY-MM-DD) for every input.")
    var dct: String?

    @Option(help: "Output format: text or jsonl.")
    var format: Format = .text

    @Option(help: "Run the stage this many times over the inputs and print words/s instead.")
    var benchmark: Int?

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func validate() throws {
        if let dct, !DateArgument.isValid(dct) {
            throw ValidationError("--dct '\(dct)' is not a valid date (expected YYYY-MM-DD)")
        }
        if let b = benchmark, b < 1 { throw ValidationError("--benchmark needs a positive count") }
    }

    func run() throws {
        let stage = try TimeStage(limits: limits.limits)
        let (files, problems) = Inputs.expand(inputs)
        var failed = !problems.isEmpty
        for p in problems { FileHandle.standardError.write(Data(("chronicle: " + (p.errorDescription ?? "\(p)") + "\n").utf8)) }
        if let n = benchmark {
            let b = try TimeBenchmark.run(stage: stage, files: files, dct: dct, repetitions: n)
            print(b.summary)
            return
        }
        var out = ""
        for f in files {
            do {
                let r = try stage.run(path: f, dct: dct)
                warn(r.document.warnings.map { f + ": " + $0 })
                out += format == .jsonl ? TimeReport.jsonl(r) : TimeReport.text(r)
            } catch let e as ChronicleError {
                failed = true
                FileHandle.standardError.write(Data(("chronicle: " + (e.errorDescription ?? "\(e)") + "\n").utf8))
            }
            if out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        if failed { throw ExitCode.failure }
    }
}
