/// The flat, stored form of an analysis: what `chronicle.json` and the SQLite store hold, and
/// what queries, diagrams and exports read. Ids are corpus-wide; every fact keeps its
/// document, span, sentence and rule.
public struct Chronology: Sendable, Equatable {
    public var documents: [DocumentRecord]
    public var actors: [ActorRecord]
    public var times: [TimeRecord]
    public var statements: [StatementRecord]
    public var events: [EventRecord]
    let actorIndex = IdIndexCache()
    let documentIndex = IdIndexCache()

    public init(documents: [DocumentRecord] = [], actors: [ActorRecord] = [], times: [TimeRecord] = [],
                statements: [StatementRecord] = [], events: [EventRecord] = []) {
        self.documents = documents
        self.actors = actors
        self.times = times
        self.statements = statements
        self.events = events
    }

    public func actor(_ id: String?) -> ActorRecord? {
        guard let id else { return nil }
        return actorIndex.first(id, in: actors, key: \.id)
    }

    public func document(_ id: String) -> DocumentRecord? { documentIndex.first(id, in: documents, key: \.id) }

    /// How far (in scalars, from the end of one statement to the start of the next) a described
    /// unnamed source reaches a later statement that shows none.
    public static let describedSourceReach = 1_000

    /// Shows a statement of the unnamed source that has no description of its own (a pronoun,
    /// "They say she forced her way …"; a quotation going on after "“…,” officers said") with the
    /// description of the unnamed source's statement before it in the article, when that one ended
    /// at most `describedSourceReach` scalars before: "Police say …. They say …" is the police's.
    /// The Actors stage already resolved the pronoun to the unnamed source; this only names it.
    /// Needs the statements sorted (`sort`); the analysis, both stores and a read
    /// `chronicle.json` call it after sorting, so all show the same. One pass.
    public mutating func describeUnnamedSpeakers() {
        var last: (doc: String, end: Int, name: String, speaker: String)?
        for k in statements.indices {
            let s = statements[k]
            guard let speaker = s.speaker, let name = s.speakerName else { continue }
            if name != Actor.unnamedSource {
                if actor(speaker)?.name == Actor.unnamedSource { last = (s.doc, s.span.end, name, speaker) }
                continue
            }
            guard let l = last, l.doc == s.doc, l.speaker == speaker, s.span.start - l.end <= Self.describedSourceReach,
                  let src = s.sourceSpan else { continue }
            // only a pronoun ("he" or "she" for one person or body, not for "officials") or a
            // source outside the statement's sentence (a quotation going on)
            if let word = StatementRecord.textInSentence(src, sentence: s.sentence, sentenceText: s.sentenceText)?.lowercased() {
                let singular = !(l.name.hasSuffix("s") && !l.name.hasSuffix("ss"))
                switch word {
                case "he", "she": guard singular else { continue }
                case "they", "it", "we": break
                default: continue
                }
            }
            statements[k].speakerName = l.name
            last = (s.doc, s.span.end, l.name, speaker)
        }
    }

    /// Sorts every list: documents by id, facts by document order then span, actors by first
    /// mention. With `jobs` > 1 the lists are sorted on that many threads (the same order).
    public mutating func sort(jobs: Int = 1) {
        documents.sort { $0.id < $1.id }
        // (a document listed twice, which `check` refuses, keeps its first place instead of trapping)
        let order = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // (document position, start, end); records come grouped by document, so each key maker
        // keeps the last document's position
        final class Keys {
            let order: [String: Int]
            var lastDoc = "", lastOrder = Int.max
            init(_ order: [String: Int]) { self.order = order }
            func key(_ doc: String, _ s: Span) -> (Int, Int, Int) {
                if doc != lastDoc { lastDoc = doc; lastOrder = order[doc] ?? Int.max }
                return (lastOrder, s.start, s.end)
            }
        }
        // each key is computed once; sorting the indices by key makes the same comparisons as
        // sorting the records, so the order (ties included) is the same; nil: already in order
        func permutation<T>(_ a: [T], _ k: (T) -> (Int, Int, Int)) -> [Int]? {
            guard a.count > 1 else { return nil }
            let keys = a.map(k)
            // already in order (records mostly come sorted): the stable sort would keep it
            var sorted = true
            for j in 1..<keys.count where keys[j] < keys[j - 1] { sorted = false; break }
            if sorted { return nil }
            var idx = Array(a.indices)
            idx.sort { keys[$0] < keys[$1] }
            return idx
        }
        // the three fact lists at once, then the actors' mentions in chunks
        let orders = Parallel.map(3, jobs: jobs) { i -> [Int]? in
            let keys = Keys(order)
            switch i {
            case 0: return permutation(times) { keys.key($0.doc, $0.span) }
            case 1: return permutation(statements) { keys.key($0.doc, $0.span) }
            default: return permutation(events) { keys.key($0.doc, $0.span) }
            }
        }
        if let p = orders[0] { times = p.map { times[$0] } }
        if let p = orders[1] { statements = p.map { statements[$0] } }
        if let p = orders[2] { events = p.map { events[$0] } }
        let unsorted = actors
        actors = []
        var all = Parallel.map(unsorted.count, jobs: jobs, minChunk: 256) { k -> ActorRecord in
            var a = unsorted[k]
            let keys = Keys(order)
            if let p = permutation(a.mentions, { keys.key($0.doc, $0.span) }) { a.mentions = p.map { a.mentions[$0] } }
            return a
        }
        let keys = Keys(order)
        let first = all.map { a in a.mentions.first.map { keys.key($0.doc, $0.span) } ?? (Int.max, 0, 0) }
        var idx = Array(all.indices)
        idx.sort { first[$0] != first[$1] ? first[$0] < first[$1] : all[$0].id < all[$1].id }
        all = idx.map { all[$0] }
        self.actors = all
    }
}

/// One article.
public struct DocumentRecord: Sendable, Equatable {
    public var id: String
    public var title: String?
    public var date: String?
    public var source: String?
    /// The full text, when known (the store keeps it; `chronicle.json` does not).
    public var text: String?
    public var notBody: [(span: Span, text: String, rule: String)]
    /// Where the article date came from (`Document.dateSource`: header, sidecar, file-name,
    /// argument, dateline, record, page:json-ld, page:meta, …); nil for an undated article.
    public var dateSource: String? = nil

    public static func == (a: DocumentRecord, b: DocumentRecord) -> Bool {
        a.id == b.id && a.title == b.title && a.date == b.date && a.source == b.source && a.text == b.text
            && a.notBody.map(\.span) == b.notBody.map(\.span) && a.dateSource == b.dateSource
    }
}

/// Where an actor is mentioned.
public struct MentionRecord: Sendable, Equatable, Hashable {
    public var doc: String
    public var span: Span
    public var text: String
    public var form: String
    public var rule: String
}

/// An actor across all articles.
public struct ActorRecord: Sendable, Equatable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    public var role: String?
    public var mentions: [MentionRecord]

    /// Every name the actor goes by.
    public var names: [String] { [name] + aliases }
}

/// A temporal expression.
public struct TimeRecord: Sendable, Equatable {
    public var id: String
    public var doc: String
    public var span: Span
    public var text: String
    public var type: String
    public var value: String?
    public var mod: String?
    public var sentence: Span?
    public var rule: String
}

/// A statement with its speaker (an actor id) and date.
public struct StatementRecord: Sendable, Equatable {
    public var id: String
    public var doc: String
    public var span: Span
    public var text: String
    public var direct: Bool
    public var speaker: String?
    public var speakerName: String?
    public var sourceSpan: Span?
    public var cueSpan: Span?
    public var cue: String?
    public var date: String?
    public var about: [String]
    public var parts: [Span]
    public var sentence: Span?
    public var sentenceText: String?
    public var rule: String

    /// The name shown for a statement's speaker: the actor's name, and for the unnamed source
    /// the words its sentence describes it with ("The regional health commission said …": "The
    /// regional health commission"; "Industry experts expect …"; "Some said …"), when they are two
    /// words or more or one word that is no pronoun ("they" keeps "unnamed source"). The words
    /// come from the sentence's text at the source span, so an analysis and a store give the same.
    /// A relative clause is cut off ("officials who spoke on condition of anonymity": "officials").
    /// A source outside the statement's sentence (a continued quotation: "“He's in custody,”
    /// officers said. “We have her.”") is read with `sourceText`, the article's text at the source
    /// span, when the caller has the article.
    public static func speakerName(_ actorName: String?, source: Span?, sentence: Span?, sentenceText: String?,
                                   sourceText: ((Span) -> String?)? = nil) -> String? {
        guard actorName == Actor.unnamedSource, let src = source, src.end > src.start else { return actorName }
        let phrase: String
        if let t = textInSentence(src, sentence: sentence, sentenceText: sentenceText) {
            phrase = t
        } else if src.end - src.start <= 200, let t = sourceText?(src) {
            phrase = t
        } else {
            return actorName
        }
        var words = phrase.split(whereSeparator: { $0 == " " || $0 == "\n" })
        // (a relative clause describes the source further, it does not name it: "a senior
        // government official who saw the confessions of suspects" is "a senior government official")
        if let r = words.firstIndex(where: { ["who", "that", "which", "whose"].contains($0.lowercased()) }), r >= 1 {
            words = Array(words[..<r])
            if let last = words.last, last.hasSuffix(",") { words[words.count - 1] = last.dropLast() }
        }
        // (one word names the source unless it is a pronoun: "Some said …", "Others argued …" are
        // named so; "they" is whoever the text described before)
        guard words.count >= 2 || !(words.first.map { StatementRecord.sourcePronouns.contains($0.lowercased()) } ?? true), words.count <= 12 else { return actorName }
        return words.joined(separator: " ")
    }

    /// The pronouns that refer to a source described elsewhere, which a statement's one-word
    /// source phrase does not show as its name (a closed class of words, not a lexicon).
    static let sourcePronouns: Set<String> = ["he", "she", "it", "we", "they", "i", "you", "him", "her", "them", "us", "me",
                                              "this", "that", "these", "those", "who", "which", "one"]

    /// The text at `span` read from its sentence's text, or nil when the span is not inside the
    /// sentence.
    static func textInSentence(_ span: Span, sentence: Span?, sentenceText: String?) -> String? {
        guard let sent = sentence, let text = sentenceText, span.start >= sent.start, span.end <= sent.end else { return nil }
        let scalars = text.unicodeScalars
        guard span.end - sent.start <= scalars.count else { return nil }
        let a = scalars.index(scalars.startIndex, offsetBy: span.start - sent.start)
        let b = scalars.index(a, offsetBy: span.end - span.start)
        return String(String.UnicodeScalarView(scalars[a..<b]))
    }

    /// Reads the text at a span of the stored articles' texts (`DocumentRecord.text`) for
    /// `speakerName`'s `sourceText`: each article's scalars are made once, when a statement of it
    /// first asks, so a store's statements cost time linear in the articles they read.
    public final class ArticleTexts {
        private var texts: [String: String] = [:]
        private var scalars: [String: [Unicode.Scalar]] = [:]
        public init(_ documents: [DocumentRecord]) {
            for d in documents { if let t = d.text { texts[d.id] = t } }
        }
        public func text(_ doc: String, _ span: Span) -> String? {
            let a: [Unicode.Scalar]
            if let x = scalars[doc] { a = x } else if let t = texts[doc] { a = Array(t.unicodeScalars); scalars[doc] = a } else { return nil }
            guard span.start >= 0, span.end <= a.count, span.start < span.end else { return nil }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: a[span.start..<span.end])
            return String(v)
        }
    }

    /// The content as a reader sees it: a direct quote between quotation marks.
    public var quoted: String {
        guard direct else { return text }
        if let f = text.unicodeScalars.first, Tokenizer.isQuote(f) { return text }
        return "“" + text + "”"
    }
}

/// An event with its actors (ids) and every mention.
public struct EventRecord: Sendable, Equatable {
    public var id: String
    public var kind: String
    public var doc: String
    public var span: Span
    public var text: String
    public var name: String?
    public var triggerSpan: Span?
    public var date: String?
    public var actors: [String]
    /// Actor ids in a role: `agent` (who calls, initiates, hosts), `target` (who is called on).
    public var roles: [String: String]
    public var mentions: [MentionRecord]
    public var sentence: Span?
    public var sentenceText: String?
    public var rule: String
    /// The typed-event fields (compact kind, PLOVER/CAMEO, status, date source, arguments with
    /// corpus actor ids), when the event has them.
    public var typing: EventTyping? = nil

    /// The coarse kind the contract counts.
    public var coarseKind: String { EventKinds.coarse(kind) }
}
