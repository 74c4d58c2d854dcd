import Foundation

/// Who-said-what as JSON lines, one attribution a line, in the format of the PolNeAR scorer:
/// `{"doc": D, "content": [[s, e], ...], "source": [s, e] | null, "cue": [s, e] | null,
/// "speaker": NAME | null}` with Unicode-scalar offsets into the article text.
///
/// This is the lean path of `chronicle attributions`: text, the tagger (the Syntax stage without
/// the parse, as the default analysis runs it), actors and statements only (no times, events,
/// graph or store), so it can run over a large corpus quickly.
public struct AttributionExport: Sendable {
    let text: TextAnalyzer
    let actors: ActorRecognizer
    let statements: StatementFinder
    /// The article size, sentence, quotation and statement caps (`Limits`).
    public let limits: Limits
    /// Whether the Syntax stage runs before the Actors stage (both later stages read the
    /// parse; docs/Architecture.md, "Stages reading the parse"). Off by default, as
    /// `Pipeline.runsSyntax` (`--syntax`).
    public var runsSyntax = false

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
        var doc = text.analyze(id: id, text: raw, date: nil)
        // the Syntax stage as `chronicle analyze` runs it (the tags, or the parse with `runsSyntax`): the
        // actors and statements read the same word classes in both commands
        if let model = try? SyntaxModel.standard() { SyntaxAnalyzer(model: model).annotate(&doc, parse: runsSyntax) }
        let layer = actors.recognize(doc)
        var tally = StatementFinder.Tally()
        // a continued quotation is a further content part of the attribution before it (`StatementFinder.folded`)
        var found = StatementFinder.folded(statements.find(doc, actors: layer, times: [], tally: &tally))
        warnings += doc.warnings
        if tally.truncated > 0 { warnings.append(limits.statementsCut(tally.truncated)) }
        // a quotation's content includes its quotation marks, as annotated corpora have it
        var outer: [Span: Span] = [:]
        for q in doc.quotes { outer[q.inner] = q.outer }
        for k in found.indices { found[k].parts = found[k].parts.map { outer[$0] ?? $0 } }
        // a relative pronoun whose clause holds the cue is part of the source, as annotated corpora
        // have it ("some economists who argue": the description the analysis shows ends before it)
        for k in found.indices {
            guard let src = found[k].sourceSpan, let cue = found[k].cueSpan, cue.start > src.end,
                  let r = statements.spanTokens(doc, src), r.upperBound < doc.tokens.count, doc.tokens[r.upperBound].lower == "who",
                  doc.tokens[r.upperBound].span.end <= cue.start else { continue }
            found[k].sourceSpan = Span(src.start, doc.tokens[r.upperBound].span.end)
        }
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
        let (text, problems, _) = run(inputs: inputs, jobs: jobs, reader: ArticleReader(), force: false, warnings: &warnings)
        return (text, problems)
    }

    /// `run`, adding a line per thing cut at a limit (`FILE: what`) to `warnings`, in file order.
    public func run(inputs: [String], jobs: Int = 1, warnings: inout [String]) -> (String, [ChronicleError]) {
        let (text, problems, _) = run(inputs: inputs, jobs: jobs, reader: ArticleReader(), force: false, warnings: &warnings)
        return (text, problems)
    }

    /// Same, for every kind of input the reader takes, with what the reader saw.
    public func run(inputs: [String], jobs: Int, reader: ArticleReader, force: Bool) -> (String, [ChronicleError], Inputs.Notes) {
        var warnings: [String] = []
        return run(inputs: inputs, jobs: jobs, reader: reader, force: force, warnings: &warnings)
    }

    /// Same, for every kind of input the reader takes, with what the reader saw. A plain-text
    /// file's doc is its name without `.txt` (so spans index the file); a page's or record's
    /// spans index the text the reader extracted. Articles not in English get no lines unless
    /// `force`. A line per thing cut at a limit (`FILE: what`) goes to `warnings`, in file order.
    public func run(inputs: [String], jobs: Int, reader: ArticleReader, force: Bool, warnings: inout [String]) -> (String, [ChronicleError], Inputs.Notes) {
        let (files, problems0, skipped) = Inputs.expandFiles(inputs)
        var problems = problems0
        var reader = reader
        reader.maxBytes = limits.maxArticleBytes
        struct Part: Sendable { var text = ""; var problems: [ChronicleError] = []; var articles: [(Inputs.Article, Bool)] = []; var warnings: [String] = []; var badRecords = 0 }
        let results = Parallel.map(files.count, jobs: jobs) { k -> Part in
            var part = Part()
            let badRecords = Inputs.forEachArticle([files[k]], date: nil, reader: reader, problem: { part.problems.append($0) }) { a in
                var name = a.id
                if name.hasSuffix(".txt") { name.removeLast(4) }
                var body = a
                body.text = ""
                part.articles.append((body, a.articleDate != nil))
                if a.isNonEnglish && !force { return }
                var cut: [String] = []
                let found = statements(id: a.id, text: a.text, warnings: &cut)
                part.text += AttributionExport.lines(doc: name, statements: found)
                part.warnings += cut.map { a.path + ": " + $0 }
            }
            part.badRecords = badRecords
            return part
        }
        var notes = Inputs.Notes()
        notes.skipped = skipped
        notes.forced = force
        var out = ""
        out.reserveCapacity(results.reduce(0) { $0 + $1.text.utf8.count })
        for r in results {
            out += r.text
            problems += r.problems
            warnings += r.warnings
            for (a, dated) in r.articles { notes.note(a, dated: dated) }
            notes.badRecords += r.badRecords
        }
        notes.failed = problems.count - notes.badRecords
        return (out, problems, notes)
    }
}
