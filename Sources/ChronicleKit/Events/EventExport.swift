import Foundation

/// Typed events as JSON lines, one event a line, for the event scorer:
/// `{"doc", "kind", "trigger": [s, e], "span": [s, e], "args": [{"role", "span"}], "date",
/// "status", "plover", "cameo", "main", "mentions": [[s, e], …], "rule"}` with Unicode-scalar
/// offsets into the file's text. `doc` is the file name without its extension.
///
/// The lean path of `chronicle events`: text, time, actors, statements and events (no graph or
/// store). Rule events without a typing (a named declaration, say) are written too, with
/// their own kind and no PLOVER type; then the statements as speech events (`StatementEvents`:
/// `"from": "statement"`, kind `declaration` for a plain "said").
public struct EventExport: Sendable {
    let pipeline: Pipeline
    let finder: TypedEventFinder

    public init(book: RuleBook) throws {
        pipeline = Pipeline(book: book)
        finder = try TypedEventFinder()
    }

    public init() throws { try self.init(book: try RuleBook.standard()) }

    /// The events of one text: the rule events with the typed events folded in.
    public func events(id: String, text raw: String, date: String?) -> [Event] {
        analyzed(id: id, text: raw, date: date).events
    }

    /// The analyzed text, its events, and its statements as speech events (`StatementEvents`).
    func analyzed(id: String, text raw: String, date: String?) -> (document: Document, events: [Event], speech: [StatementEvents.Line]) {
        var doc = pipeline.text.analyze(id: id, text: raw, date: date)
        // the events path reads the parse (roles, noun or verb) whatever `Pipeline.runsSyntax` says
        if let syntax = pipeline.syntax { doc.syntax = syntax.analyze(doc) }
        let times = pipeline.resolver.resolve(pipeline.tagger.tag(doc), documentDate: doc.date)
        let layer = pipeline.actors.recognize(doc)
        let rule = pipeline.events.detect(doc, actors: layer, times: times)
        let events = TypedEventFinder.combine(rule: rule, typed: finder.find(doc, actors: layer, times: times))
        var tally = StatementFinder.Tally()
        let statements = pipeline.statements.find(doc, actors: layer, times: times, tally: &tally)
        return (doc, events, StatementEvents.lines(statements: statements, events: events, lexicon: finder.lexicon, document: doc))
    }

    /// The JSON lines of one document's events.
    /// `clusters` gives each event's corpus-wide cluster id (`"cluster"`, see `EventClusters`).
    public static func lines(doc: String, events: [Event], clusters: [String]? = nil) -> String {
        var out = ""
        var docJSON = ""
        JSON.escape(doc, into: &docJSON)
        func pair(_ p: Span) { out += "[\(p.start), \(p.end)]" }
        func str(_ s: String?) { if let s { JSON.escape(s, into: &out) } else { out += "null" } }
        for (k, e) in events.enumerated() {
            let t = e.typing
            out += "{\"doc\": " + docJSON + ", \"kind\": "
            str(t?.type ?? e.kind)
            out += ", \"trigger\": "
            pair(e.triggerSpan)
            out += ", \"span\": "
            pair(e.triggerSpan)
            out += ", \"args\": ["
            for (k, a) in (t?.arguments ?? []).enumerated() {
                if k > 0 { out += ", " }
                out += "{\"role\": "
                str(a.role)
                out += ", \"span\": "
                pair(a.span)
                out += ", \"text\": "
                str(a.text)
                out += ", \"actor\": "
                str(a.actor)
                out += "}"
            }
            out += "], \"date\": "
            str(e.date)
            out += ", \"date_source\": "
            str(t?.dateSource.rawValue ?? (e.date == nil ? "none" : "rule"))
            out += ", \"fallback_date\": "
            str(t?.fallbackDate)
            out += ", \"status\": "
            str(t?.status.rawValue ?? "happened")
            out += ", \"plover\": "
            str(t?.plover)
            out += ", \"cameo\": "
            str(t?.cameo)
            out += ", \"main\": " + ((t?.main ?? false) ? "true" : "false")
            out += ", \"mentions\": ["
            let spans = t?.mentionTriggers ?? e.mentions.map(\.span)
            for (k, m) in spans.enumerated() {
                if k > 0 { out += ", " }
                pair(m)
            }
            out += "], \"rule\": "
            str(e.provenance.rule)
            if let clusters, k < clusters.count {
                out += ", \"cluster\": "
                str(clusters[k])
            }
            out += "}\n"
        }
        return out
    }

    /// Analyzes every input file and returns the JSON lines and the problems met; the lines keep
    /// the file order for every `jobs`.
    public func run(inputs: [String], date: String?, jobs: Int = 1) -> (String, [ChronicleError]) {
        let (files, problems0) = Inputs.expand(inputs)
        var problems = problems0
        let results = Parallel.map(files.count, jobs: jobs) { k -> Result<(String, [Event], [EventClusters.Item], EventClusters.Profile, [StatementEvents.Line]), ChronicleError> in
            let f = files[k]
            do {
                let raw = try TextReader().read(path: f)
                let id = URL(fileURLWithPath: f).lastPathComponent
                var name = id
                if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
                let d = ArticleDate.hasHeader(raw) ? nil : ArticleDate.fallback(path: f, given: date)
                let (doc, events, spoken) = analyzed(id: id, text: raw, date: d)
                return .success((name, events, events.map { EventClusters.Item(doc: name, event: $0, document: doc) }, EventClusters.Profile(doc: name, document: doc), spoken))
            } catch let e as ChronicleError {
                return .failure(e)
            } catch {
                return .failure(.unreadable(path: f, reason: "\(error)"))
            }
        }
        var docs: [(String, [Event])] = []
        var items: [EventClusters.Item] = []
        var profiles: [EventClusters.Profile] = []
        var speech: [[StatementEvents.Line]] = []
        for r in results {
            switch r {
            case .success(let d):
                docs.append((d.0, d.1))
                items += d.2
                profiles.append(d.3)
                speech.append(d.4)
            case .failure(let e): problems.append(e)
            }
        }
        // corpus-wide event identity: the cluster of an event is the id of its first event
        let roots = EventClusters().clusters(items, profiles: profiles)
        var text = ""
        var k = 0
        var spoken = 0
        for (n, (name, events)) in docs.enumerated() {
            let ids = events.indices.map { "e\(roots[k + $0])" }
            text += EventExport.lines(doc: name, events: events, clusters: ids)
            k += events.count
            // the statements as speech events, after the document's events
            text += StatementEvents.json(doc: name, lines: speech[n], first: spoken)
            spoken += speech[n].count
        }
        return (text, problems)
    }
}
