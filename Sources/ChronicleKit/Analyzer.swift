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
    }

    /// Reads and analyzes every input on `jobs` threads; a bad file becomes a problem, the rest goes on.
    public func analyze(inputs: [String], date: String? = nil, jobs: Int = 1) -> (Corpus, [ChronicleError]) {
        let (files, found) = Inputs.expand(inputs)
        var problems = found
        var texts: [(String, String, String?)] = []
        Inputs.forEachArticle(files, date: date, maxBytes: pipeline.limits.maxArticleBytes, problem: { problems.append($0) }) { texts.append(($0.id, $0.text, $0.date)) }
        return (EventGraphBuilder().build(pipeline.analyzeAll(texts, jobs: jobs), jobs: jobs), problems)
    }

    /// Analyzes and writes `chronicle.json`, `chronicle.sqlite`, the diagrams and `report.md` to `outDir`.
    public func run(inputs: [String], outDir: String, date: String? = nil, jobs: Int = 1) throws -> Report {
        let (corpus, problems0) = analyze(inputs: inputs, date: date, jobs: jobs)
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
        return Report(corpus: corpus, chronology: chronology, problems: problems, written: written)
    }
}
