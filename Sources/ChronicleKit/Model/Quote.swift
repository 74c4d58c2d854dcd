/// A stretch of text between matching quotation marks.
public struct Quote: Sendable, Hashable {
    /// From the opening mark to the closing mark, both included.
    public var outer: Span
    /// The text inside the marks, trimmed of spaces and of a trailing comma.
    public var inner: Span
    public var tokens: Range<Int>
}
