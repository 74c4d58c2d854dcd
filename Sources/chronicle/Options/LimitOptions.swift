import ArgumentParser
import ChronicleKit
import Foundation

/// The per-article limits a user may need to raise (README, "Limits").
struct LimitOptions: ParsableArguments {
    @Option(help: "Refuse article files larger than this many bytes (with an error naming the file).")
    var maxArticleBytes: Int = Limits.standard.maxArticleBytes

    @Option(help: "Cut sentences longer than this many tokens into pieces (with a warning).")
    var maxSentenceTokens: Int = Limits.standard.maxSentenceTokens

    @Option(help: "Leave the quotation marks of a paragraph unpaired after this many quotations (with a warning).")
    var maxParagraphQuotes: Int = Limits.standard.maxParagraphQuotes

    @Option(help: "Cut what a statement reports to its first this many tokens (with a warning).")
    var maxStatementTokens: Int = Limits.standard.maxStatementTokens

    func validate() throws {
        guard maxArticleBytes > 0 else { throw ValidationError("--max-article-bytes must be positive") }
        guard maxSentenceTokens >= 2 else { throw ValidationError("--max-sentence-tokens must be at least 2") }
        guard maxParagraphQuotes >= 0 else { throw ValidationError("--max-paragraph-quotes must not be negative") }
        guard maxStatementTokens > 0 else { throw ValidationError("--max-statement-tokens must be positive") }
    }

    var limits: Limits {
        Limits(maxArticleBytes: maxArticleBytes, maxSentenceTokens: maxSentenceTokens,
               maxParagraphQuotes: maxParagraphQuotes, maxStatementTokens: maxStatementTokens)
    }
}

/// Prints one warning per line on stderr: `chronicle: warning: FILE: what`.
func warn(_ lines: [String]) {
    for w in lines { FileHandle.standardError.write(Data("chronicle: warning: \(w)\n".utf8)) }
}
