/// An article as the Text stage leaves it: the text, its parts, tokens, sentences and quotes.
///
/// Every later stage reads a `Document` and never changes it.
public struct Document: Sendable {
    /// The document id: the article's file name.
    public var id: String
    /// The whole text, exactly as decoded from the file.
    public var text: String
    /// The text as Unicode scalars; all spans index into this array.
    public var scalars: [Unicode.Scalar]
    /// The title line, if there is one.
    public var title: Span?
    /// The article's own date (`YYYY-MM-DD`) from a header, a dateline or the command line.
    public var date: String?
    /// Where the date was read, when it came from the text.
    public var dateSpan: Span?
    /// Where the date came from: header, sidecar, dateline, file-name, argument, page, record.
    public var dateSource: String?
    /// The reporting outlet, when the text names it.
    public var source: String?
    public var boilerplate: [Boilerplate] = []
    /// Names given in bylines ("Author: UNIAN").
    public var bylines: [Span] = []
    public var tokens: [Token] = []
    public var sentences: [Sentence] = []
    public var quotes: [Quote] = []
    /// Tags, lemmas, features and dependencies of every word (the Syntax stage; empty until it runs).
    public var syntax = SyntaxLayer()
    /// Tags, lemmas and features only (no heads), when the full Syntax stage does not run: what
    /// the default analysis reads where the stages need a word's class and tense (GenericVerbs).
    public var tags = SyntaxLayer()
    /// The word classes the analysis has: the parse's when the Syntax stage ran, else the tags of
    /// the default analysis (empty when neither ran).
    public var wordClasses: SyntaxLayer { syntax.count > 0 ? syntax : tags }
    /// Problems that did not stop the analysis, for the user to see.
    public var warnings: [String] = []
    /// The words the article writes in lower case (`LowerCaseWords`), built once by the Actors
    /// stage for all its passes (empty: each `LowerCaseWords` builds its own on first use).
    var lowerCaseTable: [(hash: UInt64, token: Int32)] = []

    public init(id: String, text: String, date: String? = nil) {
        self.id = id
        self.text = text
        self.scalars = text.scalarArray
        self.date = date
    }

    /// The text at a span.
    public func text(_ span: Span) -> String { Document.text(span, in: scalars) }

    /// The text of a span of `scalars` (`text(_:)`), for a closure that keeps the scalars alone:
    /// one that keeps the document copies it, every array and string of it.
    static func text(_ span: Span, in scalars: [Unicode.Scalar]) -> String {
        let lo = max(0, min(span.start, scalars.count)), hi = max(lo, min(span.end, scalars.count))
        return String(scalars: scalars[lo..<hi])
    }

    /// The span covering a range of tokens.
    public func span(tokens range: Range<Int>) -> Span {
        guard !range.isEmpty else { return Span(0, 0) }
        return Span(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
    }

    /// The sentence containing a token.
    public func sentence(containingToken t: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].tokens.lowerBound <= t { lo = mid } else { hi = mid - 1 }
        }
        return max(0, lo)
    }

    /// The sentence containing a scalar offset.
    public func sentence(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = sentences[mid].span
            if offset < s.start { hi = mid - 1 } else if offset >= s.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// Whether the span lies in text that is not body (boilerplate or header). The boilerplate
    /// spans are sorted and disjoint (the Segmenter merges them), so their ends are sorted too:
    /// a binary search finds the only one that can overlap.
    public func isBoilerplate(_ span: Span) -> Bool {
        var lo = 0, hi = boilerplate.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if boilerplate[mid].span.end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        return lo < boilerplate.count && boilerplate[lo].span.overlaps(span)
    }
}
