import Foundation

/// `chronicle bench --store URL`: ingest of the inputs (at `scale` times their size, copies under
/// new names) into a store (a PostgreSQL database, empty) and into a new SQLite store beside it,
/// each with `jobs` analysis threads, then the four reference queries on each (best of `repeats`).
public struct StoreBench {
    public let pipeline: Pipeline
    public init(pipeline: Pipeline) { self.pipeline = pipeline }

    public struct Figures: Sendable {
        public var store: String
        public var articles = 0
        public var ingestSeconds = 0.0
        public var storeSeconds = 0.0
        /// (query, best ms, rows)
        public var queries: [(String, Double, Int)] = []
    }

    public static let queries: [(String, @Sendable (Chronicler) throws -> Int)] = [
        ("said --by Trump", { try $0.said(by: "Trump").count }),
        ("actor Trump", { try $0.actor("Trump").facts.count }),
        ("between 2016-09-01 2016-09-30", { try $0.between("2016-09-01", "2016-09-30").count }),
        ("search emails", { try $0.search("emails").count }),
    ]

    public func run(inputs: [String], store: String, jobs: Int, scale: Int, repeats: Int) throws -> [Figures] {
        let (files, _) = Inputs.expand(inputs)
        var paths = files
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-storebench-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        if scale > 1 {
            // copies under new names: new documents with the same texts
            paths = []
            for k in 0..<scale {
                for f in files {
                    let to = dir.appendingPathComponent("x\(k)-" + URL(fileURLWithPath: f).lastPathComponent)
                    try FileManager.default.copyItem(atPath: f, toPath: to.path)
                    paths.append(to.path)
                }
            }
        }
        let sqlite = dir.appendingPathComponent("bench.sqlite").path
        var out: [Figures] = []
        for target in [sqlite, store] {
            var f = Figures(store: target == sqlite ? "SQLite" : (try? StoreLocation(store).name) ?? "the store")
            let s = try openFactStore(target)
            guard try s.documentIds().isEmpty else {
                throw ChronicleError.store(path: s.name, message: "bench ingests into an empty store: this one holds documents")
            }
            var ingestor = Ingestor(pipeline: pipeline, store: s)
            ingestor.jobs = jobs
            let t0 = Benchmark.now()
            let summary = ingestor.ingest(inputs: paths)
            f.ingestSeconds = Benchmark.now() - t0
            f.storeSeconds = summary.storeSeconds
            f.articles = summary.added
            if let p = summary.problems.first { throw p }
            try s.close()
            f.queries = try StoreBench.timeQueries(store: target, repeats: repeats)
            out.append(f)
        }
        return out
    }

    /// The four reference queries on a store that already holds articles: (query, best ms, rows).
    public static func timeQueries(store: String, repeats: Int) throws -> [(String, Double, Int)] {
        let q = Chronicler(store: try StoreSource.openForQueries(store))
        var out: [(String, Double, Int)] = []
        for (name, query) in StoreBench.queries {
            var best = Double.infinity, rows = 0
            for _ in 0..<max(1, repeats) {
                let a = Benchmark.now()
                do {
                    rows = try query(q)
                } catch ChronicleError.unknownActor {
                    // a store without that actor answers with no rows
                    rows = 0
                }
                best = min(best, Benchmark.now() - a)
            }
            out.append((name, best * 1000, rows))
        }
        return out
    }

    public static func text(_ figures: [Figures], jobs: Int) -> String {
        var out = ""
        for f in figures {
            out += String(format: "%@: ingest %d articles with --jobs %d in %.2f s = %.0f articles/s (store phase %.2f s)\n",
                          f.store, f.articles, jobs, f.ingestSeconds, Double(f.articles) / max(f.ingestSeconds, 1e-9), f.storeSeconds)
            for (name, ms, rows) in f.queries { out += String(format: "  %@: %.1f ms (%d rows)\n", name, ms, rows) }
        }
        return out
    }
}
