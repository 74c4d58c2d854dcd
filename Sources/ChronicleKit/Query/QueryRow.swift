/// One answer of a chronology query: a statement or an event, with where it comes from.
public struct QueryRow: Sendable, Equatable {
    public enum Kind: String, Sendable { case statement, event }

    public var kind: Kind
    public var id: String {
        get { idText.string }
        set { idText = RowText(newValue) }
    }
    public var date: String?
    public var doc: String
    public var span: Span
    public var text: String {
        get { textText.string }
        set { textText = RowText(newValue) }
    }
    /// The speaker's name (statements).
    public var speaker: String?
    public var speakerId: String?
    /// The speech verb (statements) or the event kind (events).
    public var cue: String?
    public var direct: Bool?
    /// Names of the event's actors, or of the actors a statement is about.
    public var actors: [String]
    public var sentence: String? {
        get { sentenceText?.string }
        set { sentenceText = newValue.map(RowText.init) }
    }
    public var rule: String
    /// The full-text rank (search only; lower is better).
    public var rank: Double?

    /// `id`, `text` and `sentence`, which a query reads as bytes into its answer's buffer (the
    /// formatters write them out from there).
    var idText: RowText
    var textText: RowText
    var sentenceText: RowText?

    init(kind: Kind, id: RowText, date: String?, doc: String, span: Span, text: RowText, speaker: String?, speakerId: String?, cue: String?,
         direct: Bool?, actors: [String], sentence: RowText?, rule: String, rank: Double?) {
        self.kind = kind
        idText = id
        self.date = date
        self.doc = doc
        self.span = span
        textText = text
        self.speaker = speaker
        self.speakerId = speakerId
        self.cue = cue
        self.direct = direct
        self.actors = actors
        sentenceText = sentence
        self.rule = rule
        self.rank = rank
    }

    init(kind: Kind, id: String, date: String?, doc: String, span: Span, text: String, speaker: String?, speakerId: String?, cue: String?,
         direct: Bool?, actors: [String], sentence: String?, rule: String, rank: Double?) {
        self.init(kind: kind, id: RowText(id), date: date, doc: doc, span: span, text: RowText(text), speaker: speaker, speakerId: speakerId,
                  cue: cue, direct: direct, actors: actors, sentence: sentence.map(RowText.init), rule: rule, rank: rank)
    }
}
