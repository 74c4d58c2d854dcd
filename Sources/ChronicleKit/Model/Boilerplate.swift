/// Text that is not part of the article body: teasers, bylines, stray lines, headers.
public struct Boilerplate: Sendable, Hashable {
    public var span: Span
    public var rule: String
}
