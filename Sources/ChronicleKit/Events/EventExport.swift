import Foundation

/// Typed events as JSON lines, one event a line, for the event scorer:
/// `{"doc", "kind", "trigger": [s, e], "span": [s, e], "args": [{"role", "span"}], "date",
/// "status", "plover", "cameo", ["sentence_kind",] "main", "mentions": [[s, e], …], "rule"}` with Unicode-scalar
/// offsets into the file's text. `doc` is the file name without its extension. Each further
/// mention of an event (the headline's verb, a later "the talks") follows as a line of its own
/// with `"mention_of"`: the event's trigger, the args found in the mention's own sentence, the
/// event's kind, date and status.
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
        var w = EventLineWriter(doc: doc)
        func pair(_ p: Span) { w.pair(p) }
        func str(_ s: String?) { w.str(s) }
        // the fields a further mention's line shares with its event's: date, status, PLOVER, CAMEO
        func dateAndTypes(_ e: Event) {
            let t = e.typing
            w.out += "], \"date\": "
            str(e.date)
            w.out += ", \"date_source\": "
            str(t?.dateSource.rawValue ?? (e.date == nil ? "none" : "rule"))
            w.out += ", \"fallback_date\": "
            str(t?.fallbackDate)
            w.out += ", \"status\": "
            str(t?.status.rawValue ?? "happened")
            w.out += ", \"plover\": "
            str(t?.plover)
            w.out += ", \"cameo\": "
            str(t?.cameo)
            // the kind the sentence reads it as, when that is not its own ("killed … in a bomb attack")
            if let k = t?.sentenceKind {
                w.out += ", \"sentence_kind\": "
                str(k)
            }
        }
        // the last fields of every line: the rule, and the event's cluster when there are clusters
        func ruleAndCluster(_ e: Event, _ k: Int) {
            w.out += ", \"rule\": "
            str(e.provenance.rule)
            if let clusters, k < clusters.count {
                w.out += ", \"cluster\": "
                str(clusters[k])
            }
            w.out += "}\n"
        }
        // one line a trigger: a mention two events share ("the deal" after two deals), or a
        // trigger two events have, is written once, with the first event's line
        var written = Set<Span>()
        let mains = Set(events.map(\.triggerSpan))
        for (k, e) in events.enumerated() {
            let t = e.typing
            let spans = t?.mentionTriggers ?? e.mentions.map(\.span)
            if written.insert(e.triggerSpan).inserted {
                w.open(kind: t?.type ?? e.kind, trigger: e.triggerSpan)
                w.args(t?.arguments ?? [])
                dateAndTypes(e)
                w.out += ", \"main\": " + ((t?.main ?? false) ? "true" : "false")
                w.out += ", \"mentions\": ["
                for (k, m) in spans.enumerated() {
                    if k > 0 { w.out += ", " }
                    pair(m)
                }
                w.out += "]"
                ruleAndCluster(e, k)
            }
            // every other mention (the headline's "unveils", a later "the meeting") as a line of
            // its own: a document scorer matches gold triggers one to one, mention by mention
            // (a rule event's mentions are phrases: its own main one holds the trigger)
            for m in spans where !m.overlaps(e.triggerSpan) && !mains.contains(m) && written.insert(m).inserted {
                w.open(kind: t?.type ?? e.kind, trigger: m)
                w.args(t?.mentionArguments[m] ?? [])
                dateAndTypes(e)
                w.out += ", \"main\": false, \"mention_of\": "
                pair(e.triggerSpan)
                ruleAndCluster(e, k)
            }
        }
        return w.out
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
                // the article date as `analyze` finds it: a header, a sidecar, the file name, a
                // dateline ("Ankara, 15 January 2019" on its own line), then --date
                let d = ArticleDate.resolve(text: raw, path: f, given: date).date
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

/// Writes event lines: the fields every line opens with, spans and strings.
struct EventLineWriter {
    var out = ""
    let docJSON: String

    init(doc: String) {
        var d = ""
        JSON.escape(doc, into: &d)
        docJSON = d
    }

    mutating func pair(_ p: Span) { out += "[\(p.start), \(p.end)]" }
    mutating func str(_ s: String?) { if let s { JSON.escape(s, into: &out) } else { out += "null" } }

    /// The arguments inside `"args": [ … ]`: `{"role", "span", "text", "actor"}` each.
    mutating func args(_ list: [EventTyping.Argument]) {
        for (k, a) in list.enumerated() {
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
    }

    /// `{"doc": …, "kind": …, "trigger": […], "span": […] (the trigger again), "args": [`
    mutating func open(kind: String?, trigger: Span) {
        out += "{\"doc\": " + docJSON + ", \"kind\": "
        str(kind)
        out += ", \"trigger\": "
        pair(trigger)
        out += ", \"span\": "
        pair(trigger)
        out += ", \"args\": ["
    }
}
