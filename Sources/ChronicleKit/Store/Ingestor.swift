import Foundation

/// Adds articles to a store incrementally: an unchanged article (same content hash, same
/// pipeline) is skipped, a changed one replaces its facts. The articles of a batch are analysed
/// on `jobs` threads, then written (while the next batch is analysed) in one commit, each article
/// atomically (a bad article rolls back alone), so a crash never leaves half an article and never
/// loses what was committed before; the next ingest redoes what was not committed.
public struct Ingestor: Sendable {
    public let pipeline: Pipeline
    public let store: any FactStore
    /// How many articles are analyzed together before they are written (bounds memory).
    public var batchSize = 200
    /// Threads that analyse the articles of a batch (the store is written by one).
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// How inputs are read (record fields of JSON Lines and CSV).
    public var reader = ArticleReader()
    /// Whether the rule stages run on articles not in English.
    public var force = false

    public init(pipeline: Pipeline, store: any FactStore) {
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
        /// Wall-clock seconds spent analysing articles, merging them (graph) and writing the store
        /// (the last two overlap the analysis of the next batch).
        public var analysisSeconds = 0.0
        public var graphSeconds = 0.0
        public var storeSeconds = 0.0
        /// What the reader saw: files skipped, articles undated or not in English.
        public var notes = Inputs.Notes()
        /// What was cut or left out of articles past a limit (a sentence, the quotations of a
        /// paragraph, a statement) and dates that could not be read: "id: warning", in input order,
        /// as `analyze` prints them.
        public var warnings: [String] = []
    }

    /// Progress: (articles done, articles in all).
    public typealias Progress = @Sendable (Int, Int) -> Void

    /// Adds the articles of `inputs`. While one batch is merged and written (on a writer thread,
    /// in input order), the next is analysed: at most two batches are in memory.
    public func ingest(inputs: [String], date: String? = nil, progress: Progress? = nil) -> Summary {
        let (files, problems, skipped) = Inputs.expandFiles(inputs)
        // what the reader (this thread) and the writer share, behind a lock
        final class Shared: @unchecked Sendable {
            let lock = NSLock()
            var summary = Summary()
            var done = 0
            func update(_ progress: Progress?, _ total: Int, _ change: (inout Summary, inout Int) -> Void) {
                lock.lock()
                defer { lock.unlock() }
                change(&summary, &done)
                progress?(done + summary.unchanged, total)
            }
        }
        let shared = Shared()
        shared.summary.problems = problems
        // what earlier batches stored, for the later ones to join (read once)
        let index: StoredIndex
        do { index = try StoredIndex(store) } catch {
            shared.summary.problems.append(.store(path: store.name, message: "cannot read the store: \(StoreFile.describe(error))"))
            return shared.summary
        }
        shared.summary.notes.skipped = skipped
        shared.summary.notes.forced = force
        let writer = DispatchQueue(label: "chronicle.ingest.writer")
        let writing = DispatchGroup()
        // articles to analyse: (id, text, date) and whether they replace a stored one
        var pending: [(input: Inputs.Article, replacing: Bool)] = []
        func flush() {
            guard !pending.isEmpty else { return }
            let batch = pending
            pending = []
            let t0 = Benchmark.now()
            let analyses = pipeline.analyzeAll(batch.map(\.input), force: force, jobs: jobs)
            let analysis = Benchmark.now() - t0
            let warnings = analyses.flatMap { a in a.document.warnings.map { "\(a.document.id): \($0)" } }
            writing.wait()  // the batch before is written
            writing.enter()
            writer.async { [store] in
                defer { writing.leave() }
                var t = Benchmark.now()
                var failed: [ChronicleError] = []
                var graph = 0.0
                // another ingest into the same store waits while this batch is merged with what is
                // stored and saved: the events it joins are not replaced in between
                let storedMeanwhile = store.exclusively { () -> Set<String> in
                    // what another ingest stored, the same, since the batch was read is left as it is
                    let meanwhile = Ingestor.storedMeanwhile(batch.map(\.input), store: store, fingerprint: pipeline.book.fingerprint)
                    let (chronology, joins, passes) = Ingestor.merge(analyses.filter { !meanwhile.contains($0.document.id) }, into: store, index: index, problems: &failed)
                    graph = Benchmark.now() - t
                    t = Benchmark.now()
                    if failed.isEmpty {
                        do {
                            failed = try store.save(chronology, perCommit: batch.count, joins: joins, passes: passes)
                        } catch let e as ChronicleError {
                            failed = [e]
                        } catch {
                            failed = [.store(path: store.name, message: "\(error)")]
                        }
                    } else {
                        failed = batch.filter { !meanwhile.contains($0.input.id) }.map {
                            .store(path: store.name, message: "\($0.input.id): not stored: \(failed[0].errorDescription ?? "")")
                        }
                    }
                    index.add(chronology)
                    return meanwhile
                }
                let failedIds = Set(failed.compactMap { e -> String? in
                    if case .store(_, let m) = e { return String(m.split(separator: ":").first ?? "") }
                    return nil
                })
                let write = Benchmark.now() - t
                shared.update(progress, files.count) { summary, done in
                    summary.problems += failed
                    summary.warnings += warnings
                    for p in batch where !failedIds.contains(p.input.id) {
                        if storedMeanwhile.contains(p.input.id) { summary.unchanged += 1 }
                        else if p.replacing { summary.replaced += 1 } else { summary.added += 1 }
                    }
                    summary.analysisSeconds += analysis
                    summary.graphSeconds += graph
                    summary.storeSeconds += write
                    done += batch.count - storedMeanwhile.count  // (those another ingest stored count as unchanged)
                }
            }
        }
        var reader = reader
        reader.maxBytes = pipeline.limits.maxArticleBytes
        let badRecords = Inputs.forEachArticle(files, date: date, reader: reader, problem: { p in shared.update(nil, 0) { s, _ in s.problems.append(p) } }) { a in
            shared.update(nil, 0) { s, _ in s.notes.note(a, dated: a.articleDate != nil) }
            let state = try store.state(of: a.id)
            if let s = state, s.hash == ContentHash.of(a.text), s.pipeline == pipeline.book.fingerprint {
                shared.update(progress, files.count) { s, _ in s.unchanged += 1 }
                return
            }
            pending.append((a, state != nil))
            if pending.count >= batchSize { flush() }
        }
        flush()
        writing.wait()
        // everything committed goes into the store file itself (not only its write-ahead log)
        do { try store.checkpoint() } catch let e as ChronicleError { shared.update(nil, 0) { s, _ in s.problems.append(e) } } catch {}
        return shared.lock.withLock {
            shared.summary.notes.badRecords = badRecords
            shared.summary.notes.failed = shared.summary.problems.count - badRecords
            return shared.summary
        }
    }

    /// The articles of a batch that are now stored as they are, by the same pipeline: another
    /// ingest into the same store stored them after this one read them. (A store that cannot be
    /// read now leaves them in the batch: saving it will say so.)
    static func storedMeanwhile(_ articles: [Inputs.Article], store: any FactStore, fingerprint: String) -> Set<String> {
        guard let states = try? store.states(of: articles.map(\.id)), !states.isEmpty else { return [] }
        var same = Set<String>()
        for a in articles {
            if let s = states[a.id], s.pipeline == fingerprint, s.hash == ContentHash.of(a.text) { same.insert(a.id) }
        }
        return same
    }

    /// The chronology of a batch, its events merged with the events stored before (`EventGraphBuilder.Prior`):
    /// an event of this batch that is the same as a stored one joins it (an `EventJoin`) as it
    /// would have in one batch with it. So the events of a store are the same for every batch
    /// size, and after a killed ingest resumed. A store that cannot be read is a problem.
    /// The stored events of articles the batch replaces that other articles tell too pass to the
    /// next of those (`EventPass`): the batch's merge sees them as that article's, and `save`
    /// moves them before it deletes the replaced articles' facts.
    static func merge(_ analyses: [DocumentAnalysis], into store: any FactStore, index: StoredIndex,
                      problems: inout [ChronicleError]) -> (Chronology, [EventJoin], [EventPass]) {
        var failure: ChronicleError?
        let batch = analyses.map(\.document.id)
        var passes: [EventPass] = []
        do { passes = EventPass.passes(try store.eventsTold(elsewhere: batch), replaced: Set(batch)) } catch {
            problems.append(.store(path: store.name, message: "cannot read the stored events: \(StoreFile.describe(error))"))
            return (Chronology(), [], [])
        }
        let passed = passes.map(\.candidate), passedIds = Set(passes.map(\.event.id))
        let prior = EventGraphBuilder.Prior(events: { actors in
            do {
                let stored = try store.candidateEvents(actors: actors, named: index.namedEvents)
                guard !passed.isEmpty else { return stored }
                // (as `candidateEvents` gives them: in the order they were made)
                return (stored.filter { !passedIds.contains($0.id) } + passed.filter { e in e.name != nil || e.actors.contains(where: actors.contains) })
                    .sorted { ($0.provenance.document, $0.provenance.span.start, $0.provenance.span.end, $0.id)
                        < ($1.provenance.document, $1.provenance.span.start, $1.provenance.span.end, $1.id) }
            } catch {
                failure = .store(path: store.name, message: "cannot read the stored events: \(StoreFile.describe(error))")
                return []
            }
        })
        let (corpus, joined) = EventGraphBuilder().build(analyses, prior: prior)
        if let failure { problems.append(failure) }
        var texts: [String: Document] = [:]
        for d in corpus.documents { texts[d.document.id] = d.document }
        let joins = joined.map { e in
            EventJoin(id: e.id, date: e.date, actors: e.actors, roles: e.roles, mentions: e.mentions.map { p in
                MentionRecord(doc: p.document, span: p.span, text: texts[p.document].map { $0.text(p.span) } ?? "", form: "event", rule: p.rule)
            })
        }
        return (Chronology(corpus: corpus), joins, passes)
    }

    /// Re-runs the pipeline on stored articles that an older pipeline (other rules or
    /// lexicons) analyzed; returns how many were re-analyzed.
    public func reanalyze(progress: Progress? = nil) throws -> Summary {
        let stale = try store.stale(current: pipeline.book.fingerprint)
        let index = try StoredIndex(store)
        var summary = Summary()
        for chunk in stride(from: 0, to: stale.count, by: batchSize) {
            let part = stale[chunk..<min(chunk + batchSize, stale.count)]
            let analyses = pipeline.analyzeAll(part.map { ($0.id, $0.text, nil) }, jobs: jobs).enumerated().map { k, a -> DocumentAnalysis in
                // a date given at ingest time (command line, sidecar, file name) is kept
                let d = part[part.startIndex + k]
                return a.document.date == nil && d.date != nil ? pipeline.analyze(id: d.id, text: d.text, date: d.date) : a
            }
            var problems: [ChronicleError] = []
            let (chronology, joins, passes) = Ingestor.merge(analyses, into: store, index: index, problems: &problems)
            index.add(chronology)
            if let first = problems.first { throw first }
            let failed = try store.save(chronology, perCommit: part.count, joins: joins, passes: passes)
            summary.problems += failed
            summary.replaced += part.count - failed.count
            progress?(min(chunk + batchSize, stale.count), stale.count)
        }
        try store.checkpoint()
        return summary
    }
}
