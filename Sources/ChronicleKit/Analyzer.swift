import Foundation

/// Analyzes a batch of files and writes every output: the library entry point of
/// `chronicle analyze`.
public struct Analyzer: Sendable {
    public let pipeline: Pipeline

    public init(pipeline: Pipeline) { self.pipeline = pipeline }

    /// What a batch run did.
    public struct Report: Sendable {
        public var corpus: Corpus
        public var chronology: Chronology
        /// One error per file that could not be analyzed; the others still were.
        public var problems: [ChronicleError]
        public var written: [String]
        /// What was read, skipped, left undated or not in English.
        public var notes = Inputs.Notes()
    }

    /// Reads and analyzes every input on `jobs` threads, with what the reader saw.
    public func analyzeNoting(inputs: [String], date: String? = nil, jobs: Int = 1, reader: ArticleReader = ArticleReader(),
                              force: Bool = false) -> (Corpus, [ChronicleError], Inputs.Notes) {
        let (files, found, skipped) = Inputs.expandFiles(inputs)
        var problems = found
        var articles: [Inputs.Article] = []
        Inputs.forEachArticle(files, date: date, reader: reader, problem: { problems.append($0) }) { articles.append($0) }
        let analyses = pipeline.analyzeAll(articles, force: force, jobs: jobs)
        var notes = Inputs.Notes()
        notes.forced = force
        notes.skipped = skipped
        notes.failed = problems.count
        for (a, d) in zip(articles, analyses) { notes.note(a, dated: d.document.date != nil) }
        return (EventGraphBuilder().build(analyses, jobs: jobs), problems, notes)
    }

    /// Reads and analyzes every input on `jobs` threads; a bad file becomes a problem, the rest goes on.
    public func analyze(inputs: [String], date: String? = nil, jobs: Int = 1) -> (Corpus, [ChronicleError]) {
        let (c, p, _) = analyzeNoting(inputs: inputs, date: date, jobs: jobs)
        return (c, p)
    }

    /// Analyzes and writes `chronicle.json`, `chronicle.sqlite`, the diagrams and `report.md` to `outDir`.
    public func run(inputs: [String], outDir: String, date: String? = nil, jobs: Int = 1, reader: ArticleReader = ArticleReader(),
                    force: Bool = false) throws -> Report {
        let (corpus, problems0, notes) = analyzeNoting(inputs: inputs, date: date, jobs: jobs, reader: reader, force: force)
        var written: [String] = []
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        } catch {
            throw ChronicleError.unreadable(path: outDir, reason: "cannot create the output directory")
        }
        func write(_ name: String, _ text: String) throws {
            let path = (outDir as NSString).appendingPathComponent(name)
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw ChronicleError.unreadable(path: path, reason: "cannot write")
            }
            written.append(path)
        }
        let chronology = Chronology(corpus: corpus, jobs: jobs)
        try write("chronicle.json", ChronicleJSONWriter().write(chronology))
        let storePath = (outDir as NSString).appendingPathComponent("chronicle.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: storePath + suffix) }
        let store = try Store(path: storePath)
        store.pipelineVersion = pipeline.book.fingerprint
        var problems = problems0
        problems += try store.save(chronology)
        written.append(storePath)
        let diagrams = Diagrams()
        let renderer = GraphvizRenderer()
        for (name, graph) in [("timeline", diagrams.timeline(chronology)), ("graph", diagrams.graph(chronology))] {
            try write("\(name).dot", graph.dot())
            try write("\(name).svg", String(decoding: try renderer.render(graph, format: "svg"), as: UTF8.self))
        }
        try write("report.md", MarkdownReport().write(chronology))
        return Report(corpus: corpus, chronology: chronology, problems: problems, written: written, notes: notes)
    }
}
