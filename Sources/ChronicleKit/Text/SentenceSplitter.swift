/// Splits tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it)
/// when the next token can start a sentence, and always at a line break. It never ends
/// inside a quotation, so a quoted passage stays with its attribution.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ tokens: [Token], quotes: [Quote], titleEnd: Int?) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        var inQuote = [Bool](repeating: false, count: tokens.count)
        for q in quotes where q.tokens.count > 2 {
            for k in (q.tokens.lowerBound + 1)..<(q.tokens.upperBound - 1) { inQuote[k] = true }
        }
        var sentences: [Sentence] = []
        var start = 0
        var paragraph = 0
        var paraOfStart = 0
        func close(_ end: Int) {
            guard end > start else { return }
            sentences.append(Sentence(index: sentences.count,
                                      span: Span(tokens[start].span.start, tokens[end - 1].span.end),
                                      tokens: start..<end, paragraph: paraOfStart))
            start = end
        }
        // (tokens are read field by field: a token copy retains two strings; single-character
        // texts are compared by byte)
        for i in 1..<tokens.count {
            if tokens[i].paragraphStart || (titleEnd.map { tokens[i - 1].span.end <= $0 && tokens[i].span.start >= $0 } ?? false) {
                close(i)
                paragraph += 1
                paraOfStart = paragraph
                continue
            }
            if inQuote[i] && inQuote[i - 1] { continue }
            // find the sentence-final mark before any closing quotes/brackets
            var p = i - 1
            while p > start && (tokens[p].kind == .quote || tokens[p].text.isByte(41) || tokens[p].text.isByte(93)) && !tokens[p].spaceBefore { p -= 1 }
            let pt = tokens[p].text
            let final = pt.isByte(46) || pt.isByte(33) || pt.isByte(63) || (pt.utf8.count == 3 && pt == "...")
            guard final, tokens[i].spaceBefore else { continue }
            if inQuote[p] && !(p < i - 1 && tokens[i - 1].kind == .quote) { continue }
            if tokens[i].isCapitalized || tokens[i].kind == .quote || tokens[i].kind == .number || tokens[i].text.isByte(40) || tokens[i].text.isByte(91) {
                close(i)
                paraOfStart = paragraph
            }
        }
        close(tokens.count)
        return sentences
    }
}
