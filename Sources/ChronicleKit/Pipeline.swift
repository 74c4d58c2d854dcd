import Foundation

/// Runs the stages in order: text → time → actors → statements → events. The graph, the
/// store and the renderers take the analyses from here.
public struct Pipeline: Sendable {
    public let book: RuleBook
    public let text: TextAnalyzer
    public let tagger: TimeTagger
    public let resolver = TimeResolver()
    public let actors: ActorRecognizer
    public let statements: StatementFinder
    public let events: EventDetector
    /// The limits every article is analyzed within (README, "Limits").
    public let limits: Limits

    public init(book: RuleBook, limits: Limits = .standard) {
        self.book = book
        self.limits = limits
        text = TextAnalyzer(book: book, limits: limits)
        tagger = TimeTagger(book: book)
        actors = ActorRecognizer(book: book)
        statements = StatementFinder(book: book, limits: limits)
        events = EventDetector(book: book)
    }

    /// A pipeline with the bundled English rules.
    public init(limits: Limits = .standard) throws { self.init(book: try RuleBook.standard(), limits: limits) }

    /// Analyzes one text. `date` (YYYY-MM-DD) overrides a date header.
    public func analyze(id: String, text raw: String, date: String? = nil) -> DocumentAnalysis {
        var work = StageWork()
        return analyze(id: id, text: raw, date: date, work: &work)
    }

    /// `analyze`, adding each stage's work (`StageWork`) to `work`.
    public func analyze(id: String, text raw: String, date: String? = nil, work: inout StageWork) -> DocumentAnalysis {
        var doc = text.analyze(id: id, text: raw, date: date, work: &work.text)
        let times = resolver.resolve(tagger.tag(doc, work: &work.time), documentDate: doc.date)
        let layer = actors.recognize(doc, work: &work.actors)
        var tally = StatementFinder.Tally()
        let found = statements.find(doc, actors: layer, times: times, tally: &tally)
        work.statements += tally.work
        if tally.truncated > 0 { doc.warnings.append(limits.statementsCut(tally.truncated)) }
        let evs = events.detect(doc, actors: layer, times: times, work: &work.events)
        return DocumentAnalysis(document: doc, times: times, actors: layer, statements: found, events: evs)
    }

    /// Analyzes many texts (id, text, date) on `jobs` threads; results keep the input order.
    public func analyzeAll(_ inputs: [(String, String, String?)], jobs: Int) -> [DocumentAnalysis] {
        Parallel.map(inputs.count, jobs: jobs) { i in analyze(id: inputs[i].0, text: inputs[i].1, date: inputs[i].2) }
    }

    /// Reads and analyzes one file; the document id is the file name.
    public func analyze(path: String, date: String? = nil) throws -> DocumentAnalysis {
        let raw = try TextReader(maxBytes: limits.maxArticleBytes).read(path: path)
        return analyze(id: URL(fileURLWithPath: path).lastPathComponent, text: raw, date: date)
    }
}
