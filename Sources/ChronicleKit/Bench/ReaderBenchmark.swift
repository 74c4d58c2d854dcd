import Foundation

/// The reader's speed on its own (`chronicle bench --reader`): web pages (or any inputs the
/// reader takes) read, parsed and extracted, on one core. Times are CPU seconds of the
/// measuring thread, so a busy shared host slows the figure less than wall time would; the
/// best of the runs is reported, with the peak resident memory of the process.
public struct ReaderBenchmark: Sendable {
    public struct Result: Sendable {
        /// Articles read in one run (a page is one article).
        public var articles = 0
        /// Input files, and their bytes on disk (compressed pages count compressed).
        public var files = 0
        public var bytes = 0
        /// Inputs that could not be read (each run reads the same ones).
        public var problems = 0
        /// The best run's CPU seconds and wall seconds.
        public var cpuSeconds = Double.infinity
        public var wallSeconds = Double.infinity
        public var peakRSSMB = 0.0
        public var articlesPerSecond: Double { cpuSeconds > 0 ? Double(articles) / cpuSeconds : 0 }
    }

    public var reader: ArticleReader
    public init(reader: ArticleReader = ArticleReader()) { self.reader = reader }

    public func run(files: [Inputs.File], repeats: Int) -> Result {
        var r = Result()
        r.files = files.count
        r.bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int) ?? 0) }
        for _ in 0..<max(1, repeats) {
            var articles = 0, problems = 0, keep = 0
            let c0 = Benchmark.cpu(), w0 = Benchmark.now()
            Inputs.forEachArticle(files, date: nil, reader: reader, problem: { _ in problems += 1 }) { a in
                articles += 1
                keep &+= a.text.utf8.count   // the text is made, not thrown away unread
            }
            let cpu = Benchmark.cpu() - c0, wall = Benchmark.now() - w0
            precondition(keep >= 0)
            r.articles = articles
            r.problems = problems
            r.cpuSeconds = min(r.cpuSeconds, cpu)
            r.wallSeconds = min(r.wallSeconds, wall)
        }
        r.peakRSSMB = Benchmark.peakRSS()
        return r
    }

    public static func text(_ r: Result) -> String {
        String(format: "reader: %d articles from %d files (%.1f MB on disk, %d unreadable) in %.3f s CPU (%.3f s wall): %.0f articles/s on one core, peak RSS %.1f MB\n",
               r.articles, r.files, Double(r.bytes) / 1e6, r.problems, r.cpuSeconds, r.wallSeconds, r.articlesPerSecond, r.peakRSSMB)
    }

    public static func json(_ r: Result) -> JSON {
        func num(_ x: Double) -> JSON { .string(String(format: "%.6f", x)) }
        return .object([("reader", .object([
            ("articles", .int(r.articles)), ("files", .int(r.files)), ("bytes", .int(r.bytes)), ("unreadable", .int(r.problems)),
            ("cpu_seconds", num(r.cpuSeconds)), ("wall_seconds", num(r.wallSeconds)),
            ("articles_per_second", .int(Int(r.articlesPerSecond))), ("peak_rss_mb", num(r.peakRSSMB)),
        ]))])
    }
}
