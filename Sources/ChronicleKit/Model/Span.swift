/// A half-open range `[start, end)` of Unicode-scalar offsets into a document's text.
///
/// Scalars are the one offset unit of Chronicle: they are what Python's `str` indexes and
/// what the `chronicle.json` contract uses. Conversion happens only at the I/O edges.
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies completely inside this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span { Span(Swift.min(start, other.start), Swift.max(end, other.end)) }

    public static func < (a: Span, b: Span) -> Bool { a.start != b.start ? a.start < b.start : a.end < b.end }

    public var description: String { "[\(start), \(end))" }
}
