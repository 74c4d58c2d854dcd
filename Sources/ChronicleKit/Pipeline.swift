import Foundation

/// Runs the stages in order: text → syntax → time → actors → statements → events. The graph, the
/// store and the renderers take the analyses from here.
public struct Pipeline: Sendable {
    public let book: RuleBook
    public let text: TextAnalyzer
    /// The Syntax stage (its models are loaded once per process, on first use); nil when
    /// they cannot be loaded.
    public var syntax: SyntaxAnalyzer? { (try? SyntaxModel.standard()).map(SyntaxAnalyzer.init(model:)) }
    /// Whether `analyze` runs the Syntax stage (`--syntax`). When it runs, the Actors,
    /// Statements and Events stages read the parse (docs/Architecture.md, "Stages reading the
    /// parse"); when not, they fall back to what the rules and word classes give. Off by
    /// default: the parser costs about 3.5 times the rest of the analysis, which would take the
    /// whole analysis below 200,000 words/s on one core (docs/benchmarks.md). Without it, the
    /// tagger and the morphology still run (a third of the stage's cost) when typed events are
    /// added: `Document.tags`.
    public var runsSyntax = false
    public let tagger: TimeTagger
    public let resolver = TimeResolver()
    public let actors: ActorRecognizer
    public let statements: StatementFinder
    public let events: EventDetector
    /// The limits every article is analyzed within (README, "Limits").
    public let limits: Limits
    /// Typed events from the trigger lexicon (nil when its file cannot be loaded).
    public let typedEvents: TypedEventFinder?
    /// Whether typed events that no rule found join the analysis: the graph, chronicle.json, the
    /// store and the diagrams (`chronicle events` always writes them). On by default since
    /// session 15 (the diagrams and queries show each event's status; the rule events alone were
    /// about one event in five of a news article); off (`--rule-events-only`), typed events only
    /// give their typing to the rule events they are mentions of.
    public var addsTypedEvents = true

    public init(book: RuleBook, limits: Limits = .standard) {
        self.book = book
        self.limits = limits
        text = TextAnalyzer(book: book, limits: limits)
        tagger = TimeTagger(book: book)
        actors = ActorRecognizer(book: book)
        statements = StatementFinder(book: book, limits: limits)
        events = EventDetector(book: book)
        typedEvents = try? TypedEventFinder()
    }

    /// A pipeline with the bundled English rules.
    public init(limits: Limits = .standard) throws { self.init(book: try RuleBook.standard(), limits: limits) }

    /// Analyzes one text. `date` (YYYY-MM-DD) overrides a date header.
    public func analyze(id: String, text raw: String, date: String? = nil) -> DocumentAnalysis {
        var work = StageWork()
        return analyze(id: id, text: raw, date: date, work: &work)
    }

    /// The stages `analyze` runs, in order, as its `lap` hook names them (`chronicle bench` times
    /// each one on the very code path of the analysis).
    public enum Stage: Int, CaseIterable, Sendable {
        case text, syntax, time, actors, statements, events
        public var name: String { ["text", "syntax", "time", "actors", "statements", "events"][rawValue] }
    }

    /// `analyze`, adding each stage's work (`StageWork`) to `work`; `lap`, when given, is called as
    /// each stage ends (the syntax stage's lap comes even when it runs nothing).
    public func analyze(id: String, text raw: String, date: String? = nil, work: inout StageWork,
                        lap: ((Stage) -> Void)? = nil) -> DocumentAnalysis {
        var doc = text.analyze(id: id, text: raw, date: date, work: &work.text)
        lap?(.text)
        // (without the parse, the tags the events read for verbs no lexicon knows, GenericVerbs, and
        // the actors and statements read for word classes)
        if runsSyntax || (typedEvents != nil && addsTypedEvents), let syntax { syntax.annotate(&doc, parse: runsSyntax) }
        lap?(.syntax)
        let times = resolver.resolve(tagger.tag(doc, work: &work.time), documentDate: doc.date)
        lap?(.time)
        var layer = actors.recognize(doc, work: &work.actors)
        lap?(.actors)
        var tally = StatementFinder.Tally()
        var found = statements.find(doc, actors: layer, times: times, tally: &tally)
        // speakers the text names that are no actor yet become actors (the events see them too)
        layer = statements.addingNamedSpeakers(doc, actors: layer, statements: found)
        // the other source phrases describe a source the text does not name
        let described = statements.describingSources(doc, actors: layer, statements: found)
        if described != found {
            found = described
            layer = statements.addingNamedSpeakers(doc, actors: layer, statements: found)
        }
        work.statements += tally.work
        if tally.truncated > 0 { doc.warnings.append(limits.statementsCut(tally.truncated)) }
        lap?(.statements)
        var evs = events.detect(doc, actors: layer, times: times, work: &work.events)
        if let typed = typedEvents {
            // (without adding, only the typed events the fold can use are read: `find(usedBy:)`)
            evs = TypedEventFinder.combine(rule: evs, typed: typed.find(doc, actors: layer, times: times, usedBy: addsTypedEvents ? nil : evs),
                                           adding: addsTypedEvents)
        }
        lap?(.events)
        return DocumentAnalysis(document: doc, times: times, actors: layer, statements: found, events: evs)
    }

    /// Analyzes many texts (id, text, date) on `jobs` threads; results keep the input order.
    public func analyzeAll(_ inputs: [(String, String, String?)], jobs: Int) -> [DocumentAnalysis] {
        Parallel.map(inputs.count, jobs: jobs) { i in analyze(id: inputs[i].0, text: inputs[i].1, date: inputs[i].2) }
    }

    /// Analyzes one article from the reader. An article not in English gets only the Text stage
    /// (its rules are English) unless `force`; the outlet a page names is kept.
    public func analyze(_ a: Inputs.Article, force: Bool = false) -> DocumentAnalysis {
        var r: DocumentAnalysis
        if a.isNonEnglish && !force {
            let doc = text.analyze(id: a.id, text: a.text, date: a.date)
            r = DocumentAnalysis(document: doc, times: [], actors: ActorLayer(), statements: [], events: [])
        } else {
            r = analyze(id: a.id, text: a.text, date: a.date)
        }
        if r.document.source == nil, let o = a.outlet, !o.isEmpty { r.document.source = o }
        r.document.dateSource = a.date == nil ? (r.document.date == nil ? nil : ArticleDate.Source.header.rawValue)
            : a.dateDetail.map { "page:\($0)" } ?? a.dateSource?.rawValue
        r.document.warnings += a.warnings
        return r
    }

    /// Analyzes many articles on `jobs` threads; results keep the input order.
    public func analyzeAll(_ inputs: [Inputs.Article], force: Bool = false, jobs: Int) -> [DocumentAnalysis] {
        Parallel.map(inputs.count, jobs: jobs) { i in analyze(inputs[i], force: force) }
    }

    /// Reads and analyzes one file; the document id is the file name.
    public func analyze(path: String, date: String? = nil) throws -> DocumentAnalysis {
        let raw = try TextReader(maxBytes: limits.maxArticleBytes).read(path: path)
        return analyze(id: URL(fileURLWithPath: path).lastPathComponent, text: raw, date: date)
    }
}
