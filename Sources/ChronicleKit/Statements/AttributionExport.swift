import Foundation

/// Who-said-what as JSON lines, one attribution a line, in the format of the PolNeAR scorer:
/// `{"doc": D, "content": [[s, e], ...], "source": [s, e] | null, "cue": [s, e] | null,
/// "speaker": NAME | null}` with Unicode-scalar offsets into the article text.
///
/// This is the lean path of `chronicle attributions`: text, actors and statements only (no
/// times, events, graph or store), so it can run over a large corpus quickly.
public struct AttributionExport: Sendable {
    let text: TextAnalyzer
    let actors: ActorRecognizer
    let statements: StatementFinder
    /// The article size, sentence, quotation and statement caps (`Limits`).
    public let limits: Limits

    public init(book: RuleBook, limits: Limits = .standard) {
        self.limits = limits
        text = TextAnalyzer(book: book, limits: limits)
        actors = ActorRecognizer(book: book)
        statements = StatementFinder(book: book, limits: limits)
    }

    public init(limits: Limits = .standard) throws { self.init(book: try RuleBook.standard(), limits: limits) }

    /// The statements of one text (no dates: the Time stage is skipped).
    public func statements(id: String, text raw: String) -> [Statement] {
        var warnings: [String] = []
        return statements(id: id, text: raw, warnings: &warnings)
    }

    /// `statements`, adding what was cut at a limit to `warnings`.
    public func statements(id: String, text raw: String, warnings: inout [String]) -> [Statement] {
        let doc = text.analyze(id: id, text: raw, date: nil)
        let layer = actors.recognize(doc)
        var tally = StatementFinder.Tally()
        var found = statements.find(doc, actors: layer, times: [], tally: &tally)
        warnings += doc.warnings
        if tally.truncated > 0 { warnings.append(limits.statementsCut(tally.truncated)) }
        // a quotation's content includes its quotation marks, as annotated corpora have it
        var outer: [Span: Span] = [:]
        for q in doc.quotes { outer[q.inner] = q.outer }
        for k in found.indices { found[k].parts = found[k].parts.map { outer[$0] ?? $0 } }
        return found
    }

    /// The JSON lines of one document's statements (`doc` is the id given).
    public static func lines(doc: String, statements: [Statement]) -> String {
        var out = ""
        var docJSON = ""
        JSON.escape(doc, into: &docJSON)
        func pair(_ p: Span) {
            out += "["
            out += String(p.start)
            out += ", "
            out += String(p.end)
            out += "]"
        }
        for s in statements {
            out += "{\"doc\": "
            out += docJSON
            out += ", \"content\": ["
            for (k, p) in s.parts.enumerated() {
                if k > 0 { out += ", " }
                pair(p)
            }
            out += "], \"source\": "
            if let p = s.sourceSpan { pair(p) } else { out += "null" }
            out += ", \"cue\": "
            if let p = s.cueSpan { pair(p) } else { out += "null" }
            out += ", \"speaker\": "
            if let sp = s.speaker { JSON.escape(sp, into: &out) } else { out += "null" }
            out += "}\n"
        }
        return out
    }

    /// Analyzes every input file and returns the JSON lines and the problems met. With `jobs`
    /// > 1 the files are analyzed on that many threads; the lines and problems keep the file order.
    public func run(inputs: [String], jobs: Int = 1) -> (String, [ChronicleError]) {
        var warnings: [String] = []
        return run(inputs: inputs, jobs: jobs, warnings: &warnings)
    }

    /// `run`, adding a line per thing cut at a limit (`FILE: what`) to `warnings`, in file order.
    public func run(inputs: [String], jobs: Int = 1, warnings: inout [String]) -> (String, [ChronicleError]) {
        let (files, problems0) = Inputs.expand(inputs)
        var problems = problems0
        let results = Parallel.map(files.count, jobs: jobs) { k -> Result<(String, [String]), ChronicleError> in
            let f = files[k]
            do {
                let raw = try TextReader(maxBytes: limits.maxArticleBytes).read(path: f)
                var name = URL(fileURLWithPath: f).lastPathComponent
                if name.hasSuffix(".txt") { name.removeLast(4) }
                var cut: [String] = []
                let found = statements(id: name, text: raw, warnings: &cut)
                return .success((AttributionExport.lines(doc: name, statements: found), cut.map { f + ": " + $0 }))
            } catch let e as ChronicleError {
                return .failure(e)
            } catch {
                return .failure(.unreadable(path: f, reason: "\(error)"))
            }
        }
        var out = ""
        out.reserveCapacity(results.reduce(0) { if case .success(let s) = $1 { return $0 + s.0.utf8.count } else { return $0 } })
        for r in results {
            switch r {
            case .success(let s):
                out += s.0
                warnings += s.1
            case .failure(let e): problems.append(e)
            }
        }
        return (out, problems)
    }
}
