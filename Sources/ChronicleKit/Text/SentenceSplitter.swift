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
        for i in 1..<tokens.count {
            let t = tokens[i]
            if t.paragraphStart || (titleEnd.map { tokens[i - 1].span.end <= $0 && t.span.start >= $0 } ?? false) {
                close(i)
                paragraph += 1
                paraOfStart = paragraph
                continue
            }
            if inQuote[i] && inQuote[i - 1] { continue }
            // find the sentence-final mark before any closing quotes/brackets
            var p = i - 1
            while p > start && (tokens[p].kind == .quote || tokens[p].text == ")" || tokens[p].text == "]") && !tokens[p].spaceBefore { p -= 1 }
            let prev = tokens[p]
            let final = prev.text == "." || prev.text == "!" || prev.text == "?" || prev.text == "..."
            guard final, t.spaceBefore else { continue }
            if inQuote[p] && !(p < i - 1 && tokens[i - 1].kind == .quote) { continue }
            if t.isCapitalized || t.kind == .quote || t.kind == .number || t.text == "(" || t.text == "[" {
                close(i)
                paraOfStart = paragraph
            }
        }
        close(tokens.count)
        return sentences
    }
}
