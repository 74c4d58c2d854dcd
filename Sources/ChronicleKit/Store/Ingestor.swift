import Foundation

/// Adds articles to a store incrementally: an unchanged article (same content hash, same
/// pipeline) is skipped, a changed one replaces its facts, and each article is written in
/// its own transaction so a crash or a bad article never loses what is stored.
public struct Ingestor: Sendable {
    public let pipeline: Pipeline
    public let store: Store
    /// How many articles are analyzed together before they are written (bounds memory).
    public var batchSize = 200

    public init(pipeline: Pipeline, store: Store) {
        self.pipeline = pipeline
        self.store = store
        store.pipelineVersion = pipeline.book.fingerprint
    }

    /// What an ingest did.
    public struct Summary: Sendable {
        public var added = 0
        public var replaced = 0
        public var unchanged = 0
        public var problems: [ChronicleError] = []
        /// Wall-clock seconds spent analysing articles, merging them (graph) and writing the store.
        public var analysisSeconds = 0.0
        public var graphSeconds = 0.0
        public var storeSeconds = 0.0
    }

    /// Progress: (articles done, articles in all).
    public typealias Progress = @Sendable (Int, Int) -> Void

    public func ingest(inputs: [String], date: String? = nil, progress: Progress? = nil) -> Summary {
        let (files, problems) = Inputs.expand(inputs)
        var summary = Summary()
        summary.problems = problems
        var batch: [(DocumentAnalysis, Bool)] = []
        var done = 0
        func flush() {
            guard !batch.isEmpty else { return }
            var t = Benchmark.now()
            let chronology = Chronology(corpus: EventGraphBuilder().build(batch.map(\.0)))
            summary.graphSeconds += Benchmark.now() - t
            t = Benchmark.now()
            defer { summary.storeSeconds += Benchmark.now() - t }
            do {
                let failed = try store.save(chronology)
                summary.problems += failed
                let failedIds = Set(failed.compactMap { e -> String? in
                    if case .store(_, let m) = e { return String(m.split(separator: ":").first ?? "") }
                    return nil
                })
                for (a, replacing) in batch where !failedIds.contains(a.document.id) {
                    if replacing { summary.replaced += 1 } else { summary.added += 1 }
                }
            } catch let e as ChronicleError {
                summary.problems.append(e)
            } catch {
                summary.problems.append(.store(path: store.path, message: "\(error)"))
            }
            done += batch.count
            progress?(done + summary.unchanged, files.count)
            batch = []
        }
        Inputs.forEachArticle(files, date: date, problem: { summary.problems.append($0) }) { a in
            let state = try store.state(of: a.id)
            if let s = state, s.hash == ContentHash.of(a.text), s.pipeline == pipeline.book.fingerprint {
                summary.unchanged += 1
                progress?(done + summary.unchanged, files.count)
                return
            }
            let t = Benchmark.now()
            batch.append((pipeline.analyze(id: a.id, text: a.text, date: a.date), state != nil))
            summary.analysisSeconds += Benchmark.now() - t
            if batch.count >= batchSize { flush() }
        }
        flush()
        return summary
    }

    /// Re-runs the pipeline on stored articles that an older pipeline (other rules or
    /// lexicons) analyzed; returns how many were re-analyzed.
    public func reanalyze(progress: Progress? = nil) throws -> Summary {
        let stale = try store.stale(current: pipeline.book.fingerprint)
        var summary = Summary()
        for chunk in stride(from: 0, to: stale.count, by: batchSize) {
            let part = stale[chunk..<min(chunk + batchSize, stale.count)]
            let analyses = part.map { d -> DocumentAnalysis in
                let a = pipeline.analyze(id: d.id, text: d.text)
                // a date given on the command line at ingest time is kept
                return a.document.date == nil && d.date != nil ? pipeline.analyze(id: d.id, text: d.text, date: d.date) : a
            }
            let failed = try store.save(Chronology(corpus: EventGraphBuilder().build(analyses)))
            summary.problems += failed
            summary.replaced += part.count - failed.count
            progress?(min(chunk + batchSize, stale.count), stale.count)
        }
        return summary
    }
}
