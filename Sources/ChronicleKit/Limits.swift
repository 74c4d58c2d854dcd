/// The explicit limits of one article's analysis (README, "Limits"). Each bounds a window
/// that a stage searches, so the cost of an article stays linear in its size whatever its
/// shape (docs/Architecture.md, "Bounds"); what happens past each is said with it.
public struct Limits: Sendable, Equatable {
    /// Files larger than this (bytes) are refused with an error naming the file and both sizes.
    public var maxArticleBytes: Int
    /// A sentence longer than this (tokens) is cut into pieces of at most this many tokens,
    /// with a warning.
    public var maxSentenceTokens: Int
    /// Quotation marks of a paragraph beyond this many quotations pair with nothing, with a
    /// warning.
    public var maxParagraphQuotes: Int
    /// What a statement reports is cut to its first this many tokens, with a warning.
    public var maxStatementTokens: Int

    public static let standard = Limits()

    /// The warning for `n` statements cut to `maxStatementTokens`.
    func statementsCut(_ n: Int) -> String {
        "\(n) statement\(n == 1 ? "" : "s") longer than \(maxStatementTokens) tokens cut to \(n == 1 ? "its" : "their") first \(maxStatementTokens) (--max-statement-tokens)"
    }

    /// `n` with thousands separators ("8,388,608"), the same in every locale.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (k, c) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    public init(maxArticleBytes: Int = 8 << 20, maxSentenceTokens: Int = 400, maxParagraphQuotes: Int = 200, maxStatementTokens: Int = 400) {
        self.maxArticleBytes = maxArticleBytes
        self.maxSentenceTokens = maxSentenceTokens
        self.maxParagraphQuotes = maxParagraphQuotes
        self.maxStatementTokens = maxStatementTokens
    }
}

/// Work done by each stage on one article, counted as it runs: the steps of the loops that
/// visit tokens, quotations, mentions, cues and events, plus the pattern matcher's steps
/// (`Matcher.work`). A deterministic proxy for instructions, so tests can check that an
/// input four times as long costs at most five times as much (docs/Architecture.md, "Bounds").
public struct StageWork: Sendable, Equatable {
    public var text = 0
    public var time = 0
    public var actors = 0
    public var statements = 0
    public var events = 0

    public init() {}
}
