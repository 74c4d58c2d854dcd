/// One answer of a chronology query: a statement or an event, with where it comes from.
public struct QueryRow: Sendable, Equatable {
    public enum Kind: String, Sendable { case statement, event }

    public var kind: Kind
    public var id: String
    public var date: String?
    public var doc: String
    public var span: Span
    public var text: String
    /// The speaker's name (statements).
    public var speaker: String?
    public var speakerId: String?
    /// The speech verb (statements) or the event kind (events).
    public var cue: String?
    public var direct: Bool?
    /// Names of the event's actors, or of the actors a statement is about.
    public var actors: [String]
    public var sentence: String?
    public var rule: String
    /// The full-text rank (search only; lower is better).
    public var rank: Double?
}
