/// Stage 1: text → a `Document` with its header, title, boilerplate, tokens, quotes and sentences.
public struct TextAnalyzer: Sendable {
    let book: RuleBook
    let segmenter: Segmenter
    /// The sentence and quotation caps (`Limits`).
    public var limits: Limits

    public init(book: RuleBook, limits: Limits = .standard) {
        self.book = book
        self.segmenter = Segmenter(boilerplate: book.lexicons.get("boilerplate"))
        self.limits = limits
    }

    /// Builds the document. `date` (from the command line) wins over a date in the text.
    public func analyze(id: String, text: String, date: String? = nil) -> Document {
        var work = 0
        return analyze(id: id, text: text, date: date, work: &work)
    }

    /// `analyze`, adding the steps of its loops to `work`.
    public func analyze(id: String, text: String, date: String? = nil, work: inout Int) -> Document {
        var doc = Document(id: id, text: text)
        let seg = segmenter.segment(doc.scalars)
        doc.title = seg.title
        doc.date = date ?? seg.date
        doc.dateSpan = date == nil ? seg.dateSpan : nil
        doc.boilerplate = seg.boilerplate
        doc.bylines = seg.bylines
        doc.warnings = date == nil ? seg.warnings : []
        doc.tokens = book.tokenizer.tokenize(doc.scalars, skip: seg.boilerplate.map(\.span),
                                             soft: Set(seg.boilerplate.filter { $0.rule == "text.markup.inline" }.map(\.span.start)))
        work += doc.scalars.count + doc.tokens.count
        let marked = QuotationMarker(maxPerParagraph: limits.maxParagraphQuotes).mark(doc.tokens, scalars: doc.scalars, work: &work)
        doc.quotes = marked.quotes
        if marked.unpaired > 0 {
            doc.warnings.append("\(marked.unpaired) quotation marks of paragraphs with more than \(limits.maxParagraphQuotes) quotations were left unpaired (--max-paragraph-quotes)")
        }
        let splitter = SentenceSplitter(maxTokens: limits.maxSentenceTokens, openers: book.lexicons.get("sentence-openers"))
        var cut = SentenceSplitter.Cuts()
        doc.sentences = splitter.split(doc.tokens, quotes: doc.quotes, titleEnd: seg.title?.end, cuts: &cut, work: &work)
        if cut.sentences > 0 {
            doc.warnings.append("\(cut.sentences) sentence\(cut.sentences == 1 ? "" : "s") longer than \(limits.maxSentenceTokens) tokens (the longest \(cut.longest)) cut into pieces of at most \(limits.maxSentenceTokens) (--max-sentence-tokens)")
        }
        return doc
    }
}
