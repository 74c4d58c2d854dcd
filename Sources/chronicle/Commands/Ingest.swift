import ArgumentParser
import ChronicleKit
import Foundation

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to a store incrementally.",
        discussion: "An unchanged article is skipped; a changed one replaces its facts. Each article is written atomically (a crash never leaves half an article; re-running the ingest completes it). A file that cannot be read is reported and the others go on; the exit code is then 1."
    )

    @Argument(help: "Article files or directories of .txt files.")
    var inputs: [String]

    @Option(help: "The store to add to (created if missing). A postgres:// URL names a PostgreSQL database; CHRONICLE_STORE gives it when the option is absent.")
    var store: String?

    @Option(help: "The article date (YYYY-MM-DD) for articles with no date header, no NAME.dct file and no date in the file name.")
    var date: String?

    @OptionGroup var readerOptions: ReaderOptions

    @Option(help: "Articles analyzed together before they are written.")
    var batchSize: Int = 200

    @Option(help: "Threads that analyze articles (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup(title: "Limits") var limits: LimitOptions

    @OptionGroup var syntax: SyntaxOption

    @OptionGroup var events: EventsOption

    func validate() throws {
        if let date, !DateArgument.isValid(date) { throw ValidationError("--date '\(date)' is not a valid date (expected YYYY-MM-DD)") }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
    }

    func run() throws {
        let opened = try openWritableStore(store, create: true)
        var pipeline = try Pipeline(limits: limits.limits)
        pipeline.runsSyntax = syntax.on
        pipeline.addsTypedEvents = events.addsTypedEvents
        var ingestor = Ingestor(pipeline: pipeline, store: opened)
        ingestor.batchSize = batchSize
        ingestor.jobs = jobs
        ingestor.reader = readerOptions.reader
        ingestor.force = readerOptions.force
        let bar = ProgressBar(label: "ingest")
        var s = ingestor.ingest(inputs: inputs, date: date) { bar.update($0, $1) }
        // closed: the store file alone holds everything (a copy of it needs no -wal)
        do { try opened.close() } catch let e as ChronicleError { s.problems.append(e) }
        report(s.problems)
        // what a limit cut, as analyze prints it
        for w in s.warnings { FileHandle.standardError.write(Data("chronicle: warning: \(w)\n".utf8)) }
        if ProcessInfo.processInfo.environment["CHRONICLE_TIMING"] != nil {
            FileHandle.standardError.write(Data(String(format: "analysis %.2f s, graph %.2f s, store %.2f s\n", s.analysisSeconds, s.graphSeconds, s.storeSeconds).utf8))
        }
        print("\(s.added) added, \(s.replaced) replaced, \(s.unchanged) unchanged, \(s.problems.count) failed")
        reportNotes(s.notes)
        if !s.problems.isEmpty { throw ExitCode.failure }
    }
}

struct Reanalyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reanalyze",
        abstract: "Re-analyze the stored articles that older rules or lexicons analyzed."
    )

    @Option(help: "The store. A postgres:// URL names a PostgreSQL database; CHRONICLE_STORE gives it when the option is absent.")
    var store: String?

    func run() throws {
        let opened = try openWritableStore(store, create: false)
        let ingestor = Ingestor(pipeline: try Pipeline(), store: opened)
        let bar = ProgressBar(label: "reanalyze")
        let s = try ingestor.reanalyze { bar.update($0, $1) }
        try opened.close()
        report(s.problems)
        print("\(s.replaced) re-analyzed, \(s.problems.count) failed")
        if !s.problems.isEmpty { throw ExitCode.failure }
    }
}
