/// Where a fact comes from: the document, the exact span, the sentence and the rule.
public struct Provenance: Sendable, Hashable {
    public var document: String
    public var span: Span
    public var sentence: Int
    public var rule: String

    public init(document: String, span: Span, sentence: Int, rule: String) {
        self.document = document
        self.span = span
        self.sentence = sentence
        self.rule = rule
    }
}
