import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Measures Chronicle on a folder of articles: words/s per stage and for the whole analysis,
/// ingest articles/s, render time, peak RSS, and scaling with the input size.
public struct Benchmark: Sendable {
    public let pipeline: Pipeline

    public init(pipeline: Pipeline) { self.pipeline = pipeline }

    /// The figures of one run.
    public struct Result: Sendable {
        public var documents = 0
        public var words = 0
        /// Chronicle tokens (the syntax stage's input; UD words are a few more).
        public var tokens = 0
        /// Seconds per stage over all documents, in pipeline order.
        public var stages: [(name: String, seconds: Double)] = []
        public var analysisSeconds = 0.0
        public var parallelSeconds: Double?
        /// Of the `--jobs` run, the best seconds of the graph and chronology on `jobs` threads.
        public var parallelGraphSeconds: Double?
        public var jobs = 1
        public var ingestSeconds = 0.0
        public var renderPhases: [(name: String, seconds: Double)] = []
        /// (input multiple, seconds of whole analysis, peak RSS in MB during that run if known)
        public var scaling: [(factor: Int, seconds: Double, peakRSSMB: Double?)] = []
        public var peakRSSMB = 0.0
        public var machine = ""
        /// Seconds to load the syntax models (first use in the process) and the RSS they add, in MB.
        public var syntaxLoadSeconds = 0.0
        public var syntaxLoadRSSMB = 0.0
        /// Seconds of the whole Syntax stage (tagger, lemmatizer, morphology and parser) over the
        /// documents, timed apart: the default analysis runs it without the parser.
        public var syntaxWithParseSeconds = 0.0

        public func wordsPerSecond(_ seconds: Double) -> Double { seconds > 0 ? Double(words) / seconds : 0 }
    }

    /// Words as runs of non-space characters.
    public static func countWords(_ s: String) -> Int {
        var n = 0, inWord = false
        for b in s.utf8 {
            let space = b == 32 || b == 10 || b == 9 || b == 13
            if !space && !inWord { n += 1 }
            inWord = !space
        }
        return n
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// CPU seconds of this thread so far.
    static func cpu() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Peak resident set size of this process (VmHWM, as `getrusage` gives it), in MB. Read
    /// through the C library, as `currentRSS`, so that no branch of Chronicle's own code depends
    /// on the figures (an instrumented run counts the same on every run; docs/benchmarks.md,
    /// session 34).
    public static func peakRSS() -> Double {
        var u = rusage()
        #if canImport(Glibc)
        let me = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let me = RUSAGE_SELF
        #endif
        guard getrusage(me, &u) == 0 else { return 0 }
        return Double(u.ru_maxrss) / 1024
    }

    /// Resident set size of this process now (VmRSS: `/proc/self/statm`'s resident pages), in MB.
    public static func currentRSS() -> Double {
        guard let f = fopen("/proc/self/statm", "r") else { return 0 }
        defer { fclose(f) }
        var pages = 0
        let n = withUnsafeMutablePointer(to: &pages) { p in withVaList([p]) { vfscanf(f, "%*d %ld", $0) } }
        return n == 1 ? Double(pages) * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576 : 0
    }

    public static func machine() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu)"
    }

    /// Runs every measurement on the texts (id, text). `scales` are input multiples for the
    /// scaling run (the texts repeated under new names).
    /// With `analysisOnly`, only the per-stage analysis is measured (no store, render, threads or
    /// scaling): the run to profile with callgrind.
    /// The best time, over `repeats` runs, of the whole analysis with the documents analysed on
    /// `jobs` threads: every document, then the corpus graph and chronology (as the one-core
    /// "whole" figure counts them).
    func parallelWhole(_ texts: [(String, String)], jobs: Int, repeats: Int) -> (whole: Double, graph: Double) {
        var best = Double.infinity, bestGraph = Double.infinity
        for _ in 0..<max(1, repeats) {
            let a = Benchmark.now()
            let analyses = pipeline.analyzeAll(texts.map { ($0.0, $0.1, nil) }, jobs: jobs)
            let g = Benchmark.now()
            let chronology = Chronology(corpus: EventGraphBuilder().build(analyses, jobs: jobs), jobs: jobs)
            let b = Benchmark.now()
            best = min(best, b - a)
            bestGraph = min(bestGraph, b - g)
            _ = chronology
        }
        return (best, bestGraph)
    }

    public func run(texts: [(String, String)], repeats: Int = 1, jobs: Int = 1, scales: [Int] = [1, 4, 16],
                    storePath: String? = nil, analysisOnly: Bool = false, withParser: Bool = true) throws -> Result {
        var r = Result()
        r.documents = texts.count
        r.words = texts.reduce(0) { $0 + Benchmark.countWords($1.1) }
        r.machine = Benchmark.machine()
        r.jobs = jobs
        // the syntax models: load time and memory (once per process)
        let rss0 = Benchmark.currentRSS(), l0 = Benchmark.now()
        _ = try? SyntaxModel.standard()
        r.syntaxLoadSeconds = Benchmark.now() - l0
        r.syntaxLoadRSSMB = Benchmark.currentRSS() - rss0
        // per stage, one core, on the analysis's own code path (`Pipeline.analyze` and its laps): the
        // syntax row is what the pipeline runs (by default the tagger, lemmatizer and morphology, no
        // parse) and counts in the whole; the full stage with the parser is timed apart on the same
        // documents for the "syntax with the parser" line
        let stages = Pipeline.Stage.allCases.count
        var t = [Double](repeating: .infinity, count: stages + 1)
        var bestFullSyntax = Double.infinity
        var analyses: [DocumentAnalysis] = []
        let fullSyntax = withParser ? pipeline.syntax : nil
        for _ in 0..<max(1, repeats) {
            var s = [Double](repeating: 0, count: stages + 1)
            var full = 0.0
            analyses = []
            analyses.reserveCapacity(texts.count)
            var tokens = 0
            var work = StageWork()
            for (id, text) in texts {
                var a = Benchmark.now()
                let analysis = pipeline.analyze(id: id, text: text, work: &work) { stage in
                    let b = Benchmark.now()
                    s[stage.rawValue] += b - a
                    a = b
                }
                tokens += analysis.document.tokens.count
                if let fullSyntax {
                    let b = Benchmark.now()
                    _ = fullSyntax.analyze(analysis.document)
                    full += Benchmark.now() - b
                }
                analyses.append(analysis)
            }
            r.tokens = tokens
            let a = Benchmark.now()
            let chronology = Chronology(corpus: EventGraphBuilder().build(analyses))
            s[stages] = Benchmark.now() - a
            _ = chronology
            for k in 0...stages { t[k] = min(t[k], s[k]) }
            bestFullSyntax = min(bestFullSyntax, full)
        }
        r.stages = zip(Pipeline.Stage.allCases.map(\.name) + ["graph"], t).map { ($0, $1) }
        r.syntaxWithParseSeconds = fullSyntax == nil ? 0 : bestFullSyntax
        r.analysisSeconds = t.reduce(0, +)
        if jobs > 1 && analysisOnly {
            // the same whole analysis on `jobs` threads: the documents in parallel, then the
            // graph (one corpus), best of the repeats; the one-core analyses are freed first
            analyses = []
            (r.parallelSeconds, r.parallelGraphSeconds) = parallelWhole(texts, jobs: jobs, repeats: repeats)
        }
        if analysisOnly {
            r.peakRSSMB = Benchmark.peakRSS()
            return r
        }
        // ingest into a new store
        let path = storePath ?? FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-bench-\(getpid()).sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try measureStoreAndRender(analyses, path: path, into: &r)
        analyses = []
        // the whole analysis on `jobs` threads (after the one-core analyses are freed, so that
        // peak memory holds one copy of the corpus's analyses, not two)
        r.peakRSSMB = Benchmark.peakRSS()
        // scaling: whole analysis, streaming (nothing kept), on the input repeated; the peak
        // RSS of each run is its own (the kernel's high-water mark is reset before it)
        for f in scales {
            let reset = Benchmark.resetPeakRSS()
            let a = Benchmark.now()
            for k in 0..<f {
                for (id, text) in texts { _ = pipeline.analyze(id: "\(k)-\(id)", text: text) }
            }
            r.scaling.append((f, Benchmark.now() - a, reset ? Benchmark.peakRSS() : nil))
        }
        // the parallel run last: the other threads' malloc arenas keep memory that `malloc_trim`
        // does not give back, which would count in the scaling runs' peak RSS
        if jobs > 1 { (r.parallelSeconds, r.parallelGraphSeconds) = parallelWhole(texts, jobs: jobs, repeats: repeats) }
        return r
    }

    /// Ingests the analyses into a new store at `path`, then renders the timeline and graph
    /// (everything is freed on return).
    func measureStoreAndRender(_ analyses: [DocumentAnalysis], path: String, into r: inout Result) throws {
        var a = Benchmark.now()
        let store = try Store(path: path)
        store.pipelineVersion = pipeline.book.fingerprint
        let chronology = Chronology(corpus: EventGraphBuilder().build(analyses))
        try store.save(chronology)
        r.ingestSeconds = Benchmark.now() - a
        let renderer = GraphvizRenderer()
        a = Benchmark.now()
        let timeline = Diagrams().timeline(chronology).dot()
        let graph = Diagrams().graph(chronology).dot()
        var b = Benchmark.now()
        r.renderPhases.append(("dot", b - a))
        a = b
        _ = try renderer.render(dot: timeline, format: "svg")
        _ = try renderer.render(dot: graph, format: "svg")
        b = Benchmark.now()
        r.renderPhases.append(("layout+svg", b - a))
    }

    /// Resets the kernel's peak-RSS mark of this process (Linux `clear_refs`); false if it cannot.
    static func resetPeakRSS() -> Bool {
        // hand freed heap back to the kernel first (glibc's `malloc_trim`, looked up at run
        // time), so the mark starts from what is in use
        if let f = dlsym(nil, "malloc_trim") {
            typealias Trim = @convention(c) (Int) -> Int32
            _ = unsafeBitCast(f, to: Trim.self)(0)
        }
        guard let h = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? h.close() }
        do { try h.write(contentsOf: Array("5".utf8)) } catch { return false }
        return true
    }

    public static func text(_ r: Result) -> String {
        func f(_ x: Double) -> String { String(format: "%.0f", x) }
        var out = "machine: \(r.machine)\ninput: \(r.documents) documents, \(r.words) words\n\nstage         seconds     words/s\n"
        for s in r.stages { out += s.name.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: "%9.4f", s.seconds) + "  " + f(r.wordsPerSecond(s.seconds)).leftPad(10) + "\n" }
        out += "(each row times the stage on the analysis's own code path; syntax: what the analysis runs, by default the tagger, lemmatizer and morphology without the parser)\n"
        if r.syntaxWithParseSeconds > 0, let sx = r.stages.first(where: { $0.name == "syntax" }) {
            out += String(format: "syntax with the parser: %.0f tokens/s (tagger, lemmatizer, parser; one core)\n", Double(r.tokens) / r.syntaxWithParseSeconds)
            out += "whole with the parser " + f(r.wordsPerSecond(r.analysisSeconds - sx.seconds + r.syntaxWithParseSeconds)) + " words/s (--syntax)\n"
            out += String(format: "syntax models: loaded in %.3f s, RSS +%.1f MB\n", r.syntaxLoadSeconds, r.syntaxLoadRSSMB)
        }
        out += "whole         " + String(format: "%9.4f", r.analysisSeconds).leftPad(7) + "  " + f(r.wordsPerSecond(r.analysisSeconds)).leftPad(10) + "  (one core)\n"
        if let p = r.parallelSeconds {
            out += "whole --jobs \(r.jobs)" + String(format: "%9.4f", p) + "  " + f(r.wordsPerSecond(p)).leftPad(10)
                + String(format: "  (%.2f× one core; graph %.4f s)", r.analysisSeconds / max(p, 1e-9), r.parallelGraphSeconds ?? 0) + "\n"
        }
        if r.ingestSeconds > 0 { out += String(format: "\ningest: %.3f s, %.0f articles/s\n", r.ingestSeconds, Double(r.documents) / max(r.ingestSeconds, 1e-9)) }
        if !r.renderPhases.isEmpty { out += "render: " + r.renderPhases.map { String(format: "%@ %.3f s", $0.name, $0.seconds) }.joined(separator: ", ") + "\n" }
        if let base = r.scaling.first {
            out += "scaling: " + r.scaling.map { s in
                String(format: "%d× %.3f s (%.2f× the 1× time", s.factor, s.seconds, s.seconds / max(base.seconds, 1e-9))
                    + (s.peakRSSMB.map { String(format: ", peak RSS %.1f MB", $0) } ?? "") + ")"
            }.joined(separator: "; ") + "\n"
        }
        out += String(format: "peak RSS before scaling (per-stage run, store, render): %.1f MB\n", r.peakRSSMB)
        return out
    }

    public static func json(_ r: Result) -> JSON {
        func num(_ x: Double) -> JSON { .string(String(format: "%.6f", x)) }
        var o: [(String, JSON)] = [
            ("machine", .string(r.machine)), ("documents", .int(r.documents)), ("words", .int(r.words)),
            ("stages", .array(r.stages.map { .object([("stage", .string($0.name)), ("seconds", num($0.seconds)), ("words_per_second", .int(Int(r.wordsPerSecond($0.seconds))))]) })),
            ("tokens", .int(r.tokens)), ("syntax_with_parser_seconds", num(r.syntaxWithParseSeconds)),
            ("whole_seconds", num(r.analysisSeconds)), ("whole_words_per_second", .int(Int(r.wordsPerSecond(r.analysisSeconds)))),
        ]
        if let p = r.parallelSeconds {
            o += [("jobs", .int(r.jobs)), ("parallel_seconds", num(p)), ("parallel_words_per_second", .int(Int(r.wordsPerSecond(p)))),
                  ("parallel_graph_seconds", num(r.parallelGraphSeconds ?? 0))]
        }
        o += [("ingest_seconds", num(r.ingestSeconds)), ("ingest_articles_per_second", .int(Int(Double(r.documents) / max(r.ingestSeconds, 1e-9)))),
              ("render", .array(r.renderPhases.map { .object([("phase", .string($0.name)), ("seconds", num($0.seconds))]) })),
              ("scaling", .array(r.scaling.map { s in
                  .object([("factor", .int(s.factor)), ("seconds", num(s.seconds))] + (s.peakRSSMB.map { [("peak_rss_mb", num($0))] } ?? []))
              })),
              ("peak_rss_mb", num(r.peakRSSMB)),
              ("syntax_load_seconds", num(r.syntaxLoadSeconds)), ("syntax_load_rss_mb", num(r.syntaxLoadRSSMB))]
        return .object(o)
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
