/// One attribution: what was said (direct or reported), who said it, and when.
public struct Statement: Sendable, Hashable {
    public var id: String
    /// The content's span (the first part, for a split quote, runs to the end of the second).
    public var provenance: Provenance
    public var text: String
    public var direct: Bool
    /// The canonical name of the speaker within the document, nil when no source is given.
    public var speaker: String?
    public var sourceSpan: Span?
    public var cueSpan: Span?
    public var cue: String?
    /// When it was said: a date the sentence gives, else the article date, else nil.
    public var date: String?
    /// Canonical names of the actors the content mentions (not the speaker).
    public var about: [String]
    /// The content as one or two spans (a split quote has two).
    public var parts: [Span]
}
