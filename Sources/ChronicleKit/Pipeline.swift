import Foundation

/// Runs the stages in order: text → syntax → time → actors → statements → events. The graph, the
/// store and the renderers take the analyses from here.
public struct Pipeline: Sendable {
    public let book: RuleBook
    public let text: TextAnalyzer
    /// The Syntax stage (its models are loaded once per process, on first use); nil when
    /// they cannot be loaded.
    public var syntax: SyntaxAnalyzer? { (try? SyntaxModel.standard()).map(SyntaxAnalyzer.init(model:)) }
    /// Whether `analyze` runs the Syntax stage. Off by default until the stage is fast enough
    /// for the whole analysis to keep its speed (docs/Syntax.md); no later stage reads it yet.
    public var runsSyntax = false
    public let tagger: TimeTagger
    public let resolver = TimeResolver()
    public let actors: ActorRecognizer
    public let statements: StatementFinder
    public let events: EventDetector

    public init(book: RuleBook) {
        self.book = book
        text = TextAnalyzer(book: book)
        tagger = TimeTagger(book: book)
        actors = ActorRecognizer(book: book)
        statements = StatementFinder(book: book)
        events = EventDetector(book: book)
    }

    /// A pipeline with the bundled English rules.
    public init() throws { self.init(book: try RuleBook.standard()) }

    /// Analyzes one text. `date` (YYYY-MM-DD) overrides a date header.
    public func analyze(id: String, text raw: String, date: String? = nil) -> DocumentAnalysis {
        var doc = text.analyze(id: id, text: raw, date: date)
        if runsSyntax, let syntax { doc.syntax = syntax.analyze(doc) }
        let times = resolver.resolve(tagger.tag(doc), documentDate: doc.date)
        let layer = actors.recognize(doc)
        let found = statements.find(doc, actors: layer, times: times)
        let evs = events.detect(doc, actors: layer, times: times)
        return DocumentAnalysis(document: doc, times: times, actors: layer, statements: found, events: evs)
    }

    /// Analyzes many texts (id, text, date) on `jobs` threads; results keep the input order.
    public func analyzeAll(_ inputs: [(String, String, String?)], jobs: Int) -> [DocumentAnalysis] {
        Parallel.map(inputs.count, jobs: jobs) { i in analyze(id: inputs[i].0, text: inputs[i].1, date: inputs[i].2) }
    }

    /// Reads and analyzes one file; the document id is the file name.
    public func analyze(path: String, date: String? = nil) throws -> DocumentAnalysis {
        let raw = try TextReader().read(path: path)
        return analyze(id: URL(fileURLWithPath: path).lastPathComponent, text: raw, date: date)
    }
}
