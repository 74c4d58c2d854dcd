/// A sentence: a span of text and the range of token indices inside it.
public struct Sentence: Sendable, Hashable {
    public var index: Int
    public var span: Span
    public var tokens: Range<Int>
    /// The paragraph (block of text between blank lines) the sentence belongs to.
    public var paragraph: Int
}
