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
        var reader = reader
        reader.maxBytes = pipeline.limits.maxArticleBytes
        let badRecords = Inputs.forEachArticle(files, date: date, reader: reader, problem: { problems.append($0) }) { articles.append($0) }
        let analyses = pipeline.analyzeAll(articles, force: force, jobs: jobs)
        var notes = Inputs.Notes()
        notes.forced = force
        notes.skipped = skipped
        notes.badRecords = badRecords
        notes.failed = problems.count - badRecords
        for (a, d) in zip(articles, analyses) { notes.note(a, dated: d.document.date != nil) }
        return (EventGraphBuilder().build(analyses, jobs: jobs), problems, notes)
    }

    /// Reads and analyzes every input on `jobs` threads; a bad file becomes a problem, the rest goes on.
    public func analyze(inputs: [String], date: String? = nil, jobs: Int = 1) -> (Corpus, [ChronicleError]) {
        let (c, p, _) = analyzeNoting(inputs: inputs, date: date, jobs: jobs)
        return (c, p)
    }

    /// Analyzes and writes `chronicle.json`, `chronicle.sqlite`, the diagrams and `report.md` to `outDir`.
    ///
    /// Every output is written on its own: one that fails (a diagram Graphviz cannot draw, a
    /// full disk) becomes a problem naming the file and why, and the others are still written.
    /// Only an output directory that cannot be made stops the run.
    public func run(inputs: [String], outDir: String, date: String? = nil, jobs: Int = 1, reader: ArticleReader = ArticleReader(),
                    force: Bool = false) throws -> Report {
        let (corpus, problems0, notes) = analyzeNoting(inputs: inputs, date: date, jobs: jobs, reader: reader, force: force)
        try OutputFile.makeDirectory(outDir)
        let chronology = Chronology(corpus: corpus, jobs: jobs)
        var problems = problems0
        let view = WeakNames.resolve(chronology).chronology
        let written = Analyzer.writeOutputs(chronology, view: view, to: outDir, fingerprint: pipeline.book.fingerprint, problems: &problems)
        return Report(corpus: corpus, chronology: view, problems: problems, written: written, notes: notes)
    }

    /// Writes every output of `analyze` for `chronology` into `outDir`; a failed one is added
    /// to `problems`. Returns the paths written. The store keeps the chronology as analysed;
    /// `chronicle.json`, the diagrams and the report show it as `render` and `export` of that
    /// store do, weak person names joined to their full names (`WeakNames`).
    /// `view` is that chronology resolved, when the caller has it already.
    static func writeOutputs(_ analysed: Chronology, view: Chronology? = nil, to outDir: String, fingerprint: String,
                             renderer: (DOTGraph, String) throws -> Data = { try GraphvizRenderer().render($0, format: $1) },
                             problems: inout [ChronicleError]) -> [String] {
        let chronology = view ?? WeakNames.resolve(analysed).chronology
        var written: [String] = []
        func path(_ name: String) -> String { (outDir as NSString).appendingPathComponent(name) }
        func attempt(_ body: () throws -> String) {
            do { written.append(try body()) } catch let e as ChronicleError { problems.append(e) } catch {
                problems.append(.cannotWrite(path: outDir, reason: "\(error)"))
            }
        }
        attempt {
            try OutputFile.write(ChronicleJSONWriter().write(chronology), to: path("chronicle.json"))
            return path("chronicle.json")
        }
        let storePath = path("chronicle.sqlite")
        attempt {
            // the store a previous analyze wrote is replaced (written aside, then renamed); a
            // store `ingest` built, a directory or anything else is refused, not deleted
            let failed = Store.replace(at: storePath, with: analysed, pipeline: fingerprint)
            if let first = failed.first { problems += failed.dropFirst(); throw first }
            return storePath
        }
        let diagrams = Diagrams()
        for (name, graph) in [("timeline", { diagrams.timeline(chronology) }), ("graph", { diagrams.graph(chronology) })] {
            let g = graph()
            attempt {
                try OutputFile.write(g.dot(), to: path("\(name).dot"))
                return path("\(name).dot")
            }
            attempt {
                let svg: Data
                do { svg = try renderer(g, "svg") } catch let ChronicleError.graphviz(message) {
                    throw ChronicleError.cannotDraw(path: path("\(name).svg"), message: message)
                }
                try OutputFile.write(svg, to: path("\(name).svg"))
                return path("\(name).svg")
            }
        }
        attempt {
            try OutputFile.write(MarkdownReport().write(chronology), to: path("report.md"))
            return path("report.md")
        }
        return written
    }
}
