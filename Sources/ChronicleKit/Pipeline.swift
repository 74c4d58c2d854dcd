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
    /// Typed events from the trigger lexicon (nil when its file cannot be loaded).
    public let typedEvents: TypedEventFinder?
    /// Whether typed events that no rule found join the analysis (`chronicle events` always
    /// writes them; the graph, store and diagrams get them only when this is on). Off, typed
    /// events only give their typing to the rule events they are mentions of.
    public var addsTypedEvents = false

    public init(book: RuleBook) {
        self.book = book
        text = TextAnalyzer(book: book)
        tagger = TimeTagger(book: book)
        actors = ActorRecognizer(book: book)
        statements = StatementFinder(book: book)
        events = EventDetector(book: book)
        typedEvents = try? TypedEventFinder()
    }

    /// A pipeline with the bundled English rules.
    public init() throws { self.init(book: try RuleBook.standard()) }

    /// Analyzes one text. `date` (YYYY-MM-DD) overrides a date header.
    public func analyze(id: String, text raw: String, date: String? = nil) -> DocumentAnalysis {
        let doc = text.analyze(id: id, text: raw, date: date)
        let times = resolver.resolve(tagger.tag(doc), documentDate: doc.date)
        let layer = actors.recognize(doc)
        let found = statements.find(doc, actors: layer, times: times)
        var evs = events.detect(doc, actors: layer, times: times)
        if let typed = typedEvents {
            evs = TypedEventFinder.combine(rule: evs, typed: typed.find(doc, actors: layer, times: times), adding: addsTypedEvents)
        }
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
