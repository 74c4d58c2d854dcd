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
        Inputs.forEachArticle(files, date: date, problem: { problems.append($0) }) { texts.append(($0.id, $0.text, $0.date)) }
        return (EventGraphBuilder().build(pipeline.analyzeAll(texts, jobs: jobs), jobs: jobs), problems)
    }

    /// Analyzes and writes `chronicle.json`, `chronicle.sqlite`, the diagrams and `report.md` to `outDir`.
    ///
    /// Every output is written on its own: one that fails (a diagram Graphviz cannot draw, a
    /// full disk) becomes a problem naming the file and why, and the others are still written.
    /// Only an output directory that cannot be made stops the run.
    public func run(inputs: [String], outDir: String, date: String? = nil, jobs: Int = 1) throws -> Report {
        let (corpus, problems0) = analyze(inputs: inputs, date: date, jobs: jobs)
        try OutputFile.makeDirectory(outDir)
        let chronology = Chronology(corpus: corpus, jobs: jobs)
        var problems = problems0
        let written = Analyzer.writeOutputs(chronology, to: outDir, fingerprint: pipeline.book.fingerprint, problems: &problems)
        return Report(corpus: corpus, chronology: chronology, problems: problems, written: written)
    }

    /// Writes every output of `analyze` for `chronology` into `outDir`; a failed one is added
    /// to `problems`. Returns the paths written.
    static func writeOutputs(_ chronology: Chronology, to outDir: String, fingerprint: String,
                             renderer: (DOTGraph, String) throws -> Data = { try GraphvizRenderer().render($0, format: $1) },
                             problems: inout [ChronicleError]) -> [String] {
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
            let fm = FileManager.default
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: storePath + suffix) }
            // the lock file only serves two processes opening a new store at once: not an output
            defer { try? fm.removeItem(atPath: storePath + ".lock") }
            let store: Store
            do { store = try Store(path: storePath) } catch {
                if case ChronicleError.store(_, let m)? = error as? ChronicleError { throw ChronicleError.cannotWrite(path: storePath, reason: Analyzer.storeReason(m)) }
                throw (error as? ChronicleError) ?? .cannotWrite(path: storePath, reason: Analyzer.storeReason(error))
            }
            store.pipelineVersion = fingerprint
            let saved: [ChronicleError]
            do { saved = try store.save(chronology) } catch {
                throw ChronicleError.cannotWrite(path: storePath, reason: Analyzer.storeReason(error))
            }
            problems += saved.map { p in
                guard case .store(_, let m) = p else { return p }
                if let r = m.range(of: ": not stored: ") {
                    return .cannotWrite(path: storePath, reason: "\(m[..<r.lowerBound]) not stored: \(Analyzer.storeReason(String(m[r.upperBound...])))")
                }
                return .cannotWrite(path: storePath, reason: Analyzer.storeReason(m))
                return p
            }
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

    /// A store error in a few words: SQLite's "database or disk is full" as a full disk.
    static func storeReason(_ error: Any) -> String {
        let text = "\(error)"
        if text.contains("disk is full") || text.contains("SQLITE_FULL") { return "the disk is full" }
        if text.contains("disk I/O error") { return "a disk I/O error (is the disk full?)" }
        if text.contains("readonly") || text.contains("read-only") { return "read-only file system" }
        return text.count > 200 ? String(text.prefix(199)) + "…" : text
    }
}
