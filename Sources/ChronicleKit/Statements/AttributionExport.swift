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

    public init(book: RuleBook) {
        text = TextAnalyzer(book: book)
        actors = ActorRecognizer(book: book)
        statements = StatementFinder(book: book)
    }

    public init() throws { self.init(book: try RuleBook.standard()) }

    /// The statements of one text (no dates: the Time stage is skipped).
    public func statements(id: String, text raw: String) -> [Statement] {
        let doc = text.analyze(id: id, text: raw, date: nil)
        let layer = actors.recognize(doc)
        var found = statements.find(doc, actors: layer, times: [])
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
        let (text, problems, _) = run(inputs: inputs, jobs: jobs, reader: ArticleReader(), force: false)
        return (text, problems)
    }

    /// Same, for every kind of input the reader takes, with what the reader saw. A plain-text
    /// file's doc is its name without `.txt` (so spans index the file); a page's or record's
    /// spans index the text the reader extracted. Articles not in English get no lines unless `force`.
    public func run(inputs: [String], jobs: Int, reader: ArticleReader, force: Bool) -> (String, [ChronicleError], Inputs.Notes) {
        let (files, problems0, skipped) = Inputs.expandFiles(inputs)
        var problems = problems0
        struct Part: Sendable { var text = ""; var problems: [ChronicleError] = []; var articles: [(Inputs.Article, Bool)] = [] }
        let results = Parallel.map(files.count, jobs: jobs) { k -> Part in
            var part = Part()
            Inputs.forEachArticle([files[k]], date: nil, reader: reader, problem: { part.problems.append($0) }) { a in
                var name = a.id
                if name.hasSuffix(".txt") { name.removeLast(4) }
                var body = a
                body.text = ""
                part.articles.append((body, a.articleDate != nil))
                if a.isNonEnglish && !force { return }
                part.text += AttributionExport.lines(doc: name, statements: statements(id: a.id, text: a.text))
            }
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
            for (a, dated) in r.articles { notes.note(a, dated: dated) }
        }
        notes.failed = problems.count
        return (out, problems, notes)
    }
}
