/// The lowercase token forms that any lexicon or rule can name, each with a small integer id.
///
/// The rule book builds it once from every lexicon surface and every pattern literal; the
/// tokenizer then gives each token the id of its lowercase form with one hash lookup, so that
/// matching compares integers and walks tries by array index instead of hashing strings.
/// A form that no rule or lexicon names gets `Vocabulary.unknown`: nothing can match it by
/// its form, only by a class (`#cap`, `#num`, …) or a layer.
public final class Vocabulary: @unchecked Sendable {
    /// The id of a form no rule or lexicon names.
    public static let unknown: Int32 = -1
    /// The id of a token that was made without a vocabulary (looked up when matched).
    public static let unassigned: Int32 = .min

    private var ids: [String: Int32] = [:]
    public private(set) var forms: [String] = []

    public init() {}

    public var count: Int { forms.count }

    /// The id of a lowercase form, adding it when new (only while the rule book loads).
    @discardableResult
    func add(_ lower: String) -> Int32 {
        if let id = ids[lower] { return id }
        let id = Int32(forms.count)
        ids[lower] = id
        forms.append(lower)
        return id
    }

    /// The id of a lowercase form, or `unknown`.
    public func id(_ lower: String) -> Int32 { ids[lower] ?? Vocabulary.unknown }

    /// The id of a token: the one the tokenizer gave it, else a lookup of its lowercase form.
    @inline(__always)
    public func id(of token: Token) -> Int32 { token.id != Vocabulary.unassigned ? token.id : id(token.lower) }
}
