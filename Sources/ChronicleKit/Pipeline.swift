import Foundation

/// Runs the stages in order: text → time → actors → statements → events. The graph, the
/// store and the renderers take the analyses from here.
public struct Pipeline: Sendable {
    public let book: RuleBook
    let text: TextAnalyzer
    let tagger: TimeTagger
    let resolver = TimeResolver()
    let actors: ActorRecognizer
    let statements: StatementFinder
    let events: EventDetector

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
        let doc = text.analyze(id: id, text: raw, date: date)
        let times = resolver.resolve(tagger.tag(doc), documentDate: doc.date)
        let layer = actors.recognize(doc)
        let found = statements.find(doc, actors: layer, times: times)
        let evs = events.detect(doc, actors: layer, times: times)
        return DocumentAnalysis(document: doc, times: times, actors: layer, statements: found, events: evs)
    }

    /// Reads and analyzes one file; the document id is the file name.
    public func analyze(path: String, date: String? = nil) throws -> DocumentAnalysis {
        let raw = try TextReader().read(path: path)
        return analyze(id: URL(fileURLWithPath: path).lastPathComponent, text: raw, date: date)
    }
}
