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

/// A rule held by reference: a value that keeps one (the actor stage's candidates, copied as
/// they are sorted and checked) copies one reference, not the rule's strings and arrays.
public final class SharedRule: Sendable {
    public let rule: Rule
    public var id: String { rule.id }
    public var order: Int { rule.order }

    /// The attributes read for every match (`kind`, `span`, `name`, `form`, `role`, and
    /// `outlet`, `name-is-text` as flags), kept so that reading one hashes nothing.
    public let kind, span, name, form, role: String?
    public let outlet, nameIsText: Bool

    public init(_ rule: Rule) {
        self.rule = rule
        kind = rule.attrs["kind"]
        span = rule.attrs["span"]
        name = rule.attrs["name"]
        form = rule.attrs["form"]
        role = rule.attrs["role"]
        outlet = rule.attrs["outlet"] == "yes"
        nameIsText = rule.attrs["name-is-text"] == "yes"
    }
}
