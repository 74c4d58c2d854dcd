/// Splits tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it)
/// when the next token can start a sentence, and always at a line break; after an abbreviation
/// that keeps its period ("a.m.", "U.S.") only before a word of `openers`. It never ends
/// inside a quotation, so a quoted passage stays with its attribution — except that no
/// sentence is longer than `maxTokens` (`Limits.maxSentenceTokens`): a longer one is cut into
/// pieces, each after the last comma, semicolon or closing quotation mark in its last quarter
/// (else at the cap), so every window a later stage searches within a sentence is bounded.
public struct SentenceSplitter: Sendable {
    public var maxTokens: Int
    /// Capitalised words that start a new sentence after an abbreviation that keeps its final
    /// period (`sentence-openers`: "… at 4 a.m. It said …", "… to the U.S. The Pentagon …").
    public var openers: Lexicon?

    public init(maxTokens: Int = Limits.standard.maxSentenceTokens, openers: Lexicon? = nil) {
        self.maxTokens = max(2, maxTokens)
        self.openers = openers
    }

    /// How many sentences were cut for being longer than `maxTokens`, and the longest.
    public struct Cuts: Sendable, Equatable {
        public var sentences = 0
        public var longest = 0
        public init() {}
    }

    public func split(_ tokens: [Token], quotes: [Quote], titleEnd: Int?) -> [Sentence] {
        var cuts = Cuts()
        var work = 0
        return split(tokens, quotes: quotes, titleEnd: titleEnd, cuts: &cuts, work: &work)
    }

    /// `split`, counting the sentences cut in `cuts` and the steps of its loops in `work`.
    public func split(_ tokens: [Token], quotes: [Quote], titleEnd: Int?, cuts: inout Cuts, work: inout Int) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        var inQuote = [Bool](repeating: false, count: tokens.count)
        for q in quotes where q.tokens.count > 2 {
            for k in (q.tokens.lowerBound + 1)..<(q.tokens.upperBound - 1) { inQuote[k] = true }
        }
        work += tokens.count
        var sentences: [Sentence] = []
        var start = 0
        var paragraph = 0
        var paraOfStart = 0
        // the start of the sentence as the rules would have it, before any cut at the cap
        var runStart = 0
        var runCut = false
        func close(_ end: Int) {
            guard end > start else { return }
            sentences.append(Sentence(index: sentences.count,
                                      span: Span(tokens[start].span.start, tokens[end - 1].span.end),
                                      tokens: start..<end, paragraph: paraOfStart))
            start = end
        }
        func closeRun(_ end: Int) {
            if runCut {
                cuts.sentences += 1
                cuts.longest = max(cuts.longest, end - runStart)
            }
            close(end)
            runStart = end
            runCut = false
        }
        // `glued`: the last token before `i` that is not a closing quote or bracket glued to
        // the token before it (the sentence-final mark such closers follow), kept as `i`
        // advances instead of scanning back over a run of closers at every token
        var glued = 0
        func isCloser(_ p: Int) -> Bool {
            // (the space first: most tokens have one, and it is a flag, not a string)
            !tokens[p].spaceBefore && (tokens[p].kind == .quote || tokens[p].text.isByte(41) || tokens[p].text.isByte(93))
        }
        // (tokens are read field by field: a token copy retains two strings; single-character
        // texts are compared by byte)
        for i in 1..<tokens.count {
            work += 1
            if !isCloser(i - 1) { glued = i - 1 }
            if tokens[i].paragraphStart || (titleEnd.map { tokens[i - 1].span.end <= $0 && tokens[i].span.start >= $0 } ?? false) {
                closeRun(i)
                paragraph += 1
                paraOfStart = paragraph
                continue
            }
            if i - start >= maxTokens {
                // too long: cut after the last comma, semicolon or closing quotation mark in the
                // last quarter, else here
                var cut = i
                var k = i - 1
                while k > i - maxTokens / 4 && k > start {
                    work += 1
                    let t = tokens[k].text
                    if t.isByte(44) || t.isByte(59) || (tokens[k].kind == .quote && !tokens[k].spaceBefore) { cut = k + 1; break }
                    k -= 1
                }
                runCut = true
                close(cut)
                paraOfStart = paragraph
            }
            if inQuote[i] && inQuote[i - 1] { continue }
            // find the sentence-final mark before any closing quotes/brackets
            let p = max(glued, start)
            let pt = tokens[p].text
            var final = pt.isByte(46) || pt.isByte(33) || pt.isByte(63) || (pt.utf8.count == 3 && pt == "...")
            // an abbreviation's period ends the sentence too before a word that opens one ("a.m. It")
            if !final, let openers, p == i - 1, tokens[p].kind == .word, pt.utf8.count > 1, pt.utf8.last == 46,
               tokens[i].isCapitalized, openers.hasSingle(tokens[i]) {
                final = true
            }
            guard final, tokens[i].spaceBefore else { continue }
            if inQuote[p] && !(p < i - 1 && tokens[i - 1].kind == .quote) { continue }
            if tokens[i].isCapitalized || tokens[i].kind == .quote || tokens[i].kind == .number || tokens[i].text.isByte(40) || tokens[i].text.isByte(91) {
                closeRun(i)
                paraOfStart = paragraph
            }
        }
        closeRun(tokens.count)
        return sentences
    }
}
