import ArgumentParser
import ChronicleKit
import Foundation

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure speed and memory on a folder of articles (use a release build).",
        discussion: "Reports words/s per stage and for the whole analysis on one core (best of --repeat runs), with --jobs N in parallel, ingest articles/s into a new store, render time per phase, scaling at the given multiples of the input, and peak RSS."
    )

    @Argument(help: "Article files or directories of .txt files.")
    var inputs: [String]

    @Option(help: "Runs of the per-stage measurement; the best is reported.")
    var `repeat`: Int = 3

    @Option(help: "Also measure the whole analysis on this many threads.")
    var jobs: Int = 2

    @Option(help: "Input multiples for the scaling run, comma-separated.")
    var scales: String = "1,4,16"

    @Flag(help: "Measure only the analysis stages on one core (no store, render, threads or scaling), e.g. to profile with callgrind.")
    var analysisOnly = false

    @Flag(help: "Do not time the syntax stage again with the parser (the \"syntax with the parser\" line), e.g. to profile the default analysis alone.")
    var noParser = false

    @Option(help: "text or json.")
    var format: String = "text"

    @Option(help: "Instead: ingest the inputs (at the first --scales multiple) into this store (an empty PostgreSQL database, postgres://…) and into a new SQLite store with --jobs, then time said --by Trump, actor Trump, between 2016-09-01 2016-09-30 and search emails on each (best of --repeat).")
    var store: String?
    @Flag(help: "Instead: the inputs are stores (SQLite files or postgres:// URLs) that already hold articles; time said --by Trump, actor Trump, between 2016-09-01 2016-09-30 and search emails on each (best of --repeat).")
    var queries = false
    @Flag(help: "Measure only the reader: web pages (.html, .html.gz), corpora or texts read, parsed and extracted on one core (articles/s, peak RSS).")
    var reader = false

    func validate() throws {
        guard format == "text" || format == "json" else { throw ValidationError("--format must be text or json") }
        guard scales.split(separator: ",").allSatisfy({ Int($0) != nil && Int($0)! > 0 }) else { throw ValidationError("--scales takes positive whole numbers, e.g. 1,4,16") }
    }

    func run() throws {
        if let store {
            let scale = scales.split(separator: ",").compactMap { Int($0) }.first ?? 1
            let figures = try StoreBench(pipeline: try Pipeline()).run(inputs: inputs, store: store, jobs: jobs, scale: scale, repeats: `repeat`)
            print(StoreBench.text(figures, jobs: jobs), terminator: "")
            return
        }
        if queries {
            for target in inputs {
                let figures = try StoreBench.timeQueries(store: target, repeats: `repeat`)
                print("\((try? StoreLocation(target).name) ?? target):")
                for (q, ms, rows) in figures { print(String(format: "  %@: %.1f ms (%d rows)", q, ms, rows)) }
            }
            return
        }
        if reader {
            let (files, problems, _) = Inputs.expandFiles(inputs)
            report(problems)
            guard !files.isEmpty else { throw ValidationError("no readable inputs") }
            let r = ReaderBenchmark().run(files: files, repeats: `repeat`)
            print(format == "json" ? ReaderBenchmark.json(r).serialized(indent: 1) : ReaderBenchmark.text(r), terminator: format == "json" ? "\n" : "")
            return
        }
        let (files, problems) = Inputs.expand(inputs)
        report(problems)
        var texts: [(String, String)] = []
        for f in files {
            do { texts.append((URL(fileURLWithPath: f).lastPathComponent, try TextReader().read(path: f))) } catch { report([error]) }
        }
        guard !texts.isEmpty else { throw ValidationError("no readable articles in the inputs") }
        let r = try Benchmark(pipeline: try Pipeline()).run(texts: texts, repeats: `repeat`, jobs: jobs,
                                                             scales: scales.split(separator: ",").compactMap { Int($0) },
                                                             analysisOnly: analysisOnly, withParser: !noParser)
        print(format == "json" ? Benchmark.json(r).serialized(indent: 1) : Benchmark.text(r))
    }
}
