/// One rule of a `.rules` file: an id, a pattern, attributes for its stage, and examples.
public struct Rule: Sendable {
    public var id: String
    public var pattern: [PatternNode]
    public var patternText: String
    /// Stage-specific keys (`type`, `value`, `kind`, `direct`, …).
    public var attrs: [String: String]
    /// Sentences on which the rule must fire.
    public var examples: [String]
    /// Sentences on which the rule must not fire.
    public var counterexamples: [String]
    public var file: String
    public var line: Int
    /// Order in the file; earlier rules win ties.
    public var order: Int
    /// The pattern compiled against the rule book that loaded it.
    public var compiled: CompiledPattern?

    public subscript(attr: String) -> String? { attrs[attr] }
}
