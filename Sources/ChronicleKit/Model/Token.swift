/// One token of a document: a word, a number or a punctuation mark, with its scalar span.
///
/// Tokenisation is non-destructive: the text between tokens is whitespace or boilerplate,
/// and `Document.text(span)` gives back every token's surface form.
public struct Token: Sendable, Hashable {
    /// What kind of characters the token is made of.
    public enum Kind: UInt8, Sendable {
        case word, number, punct, quote, other
    }

    public var span: Span
    public var kind: Kind
    /// The surface form as written.
    public var text: String
    /// The lowercase form, used as the key of every lexicon and literal match.
    public var lower: String
    /// Whether the first letter is uppercase.
    public var isCapitalized: Bool
    /// Whether whitespace (or a line break) precedes the token.
    public var spaceBefore: Bool
    /// Whether a paragraph break (blank line) precedes the token.
    public var paragraphStart: Bool
    /// The `Vocabulary` id of `lower` (`Vocabulary.unassigned` when made without one).
    public var id: Int32 = Vocabulary.unassigned
    /// Whether `text` holds an ASCII hyphen-minus (the tokenizer notes it while it scans, so the
    /// time stage need not search every word for one).
    public var hasHyphen = false
    /// The FNV-1a state over `lower`'s UTF-8 bytes (`Vocabulary.state`), which the tokenizer
    /// computes on its way through an ASCII token; 0 when not computed (a token with other
    /// characters: `Vocabulary.state(of:)` computes it when asked). Tables keyed by this hash (`Vocabulary`, `LowerCaseWords`) look a
    /// token up without hashing its string again.
    public var lowerHash: UInt64 = 0
}
