/// Stage 1: text → a `Document` with its header, title, boilerplate, tokens, quotes and sentences.
public struct TextAnalyzer: Sendable {
    let book: RuleBook
    let segmenter: Segmenter

    public init(book: RuleBook) {
        self.book = book
        self.segmenter = Segmenter(boilerplate: book.lexicons.get("boilerplate"))
    }

    /// Builds the document. `date` (from the command line) wins over a date in the text.
    public func analyze(id: String, text: String, date: String? = nil) -> Document {
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
        doc.quotes = QuotationMarker().mark(doc.tokens, scalars: doc.scalars)
        doc.sentences = SentenceSplitter().split(doc.tokens, quotes: doc.quotes, titleEnd: seg.title?.end)
        return doc
    }
}
