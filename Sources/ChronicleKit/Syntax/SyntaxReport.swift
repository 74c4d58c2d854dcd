/// Prints a document's syntax: CoNLL-U, or a compact text form.
public enum SyntaxReport {
    /// CoNLL-U: one block per sentence with `# sent_id` and `# text`; each word's span in MISC.
    public static func conllu(_ doc: Document, _ s: SyntaxLayer) -> String {
        var out = "# newdoc id = \(doc.id)\n"
        for k in 0..<s.sentenceCount {
            let r = s.words(ofSentence: k)
            guard !r.isEmpty else { continue }
            let text = doc.text(Span(s.wordSpan[r.lowerBound].start, s.wordSpan[r.upperBound - 1].end))
            out += "# sent_id = \(doc.id)-\(k + 1)\n# text = \(text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " "))\n"
            for w in r {
                let form = clean(doc.text(s.wordSpan[w]))
                let h = s.head[w] < 0 ? 0 : Int(s.head[w]) - r.lowerBound + 1
                let cols = [String(w - r.lowerBound + 1), form, clean(s.lemma[w]), s.upos[w].name, s.xpos(w), s.featsString(w), String(h),
                            s.relation(w), "_", "TokenRange=\(s.wordSpan[w].start):\(s.wordSpan[w].end)"]
                out += cols.joined(separator: "\t") + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// A field without tabs or line breaks, and never empty.
    static func clean(_ s: String) -> String {
        let t = s.split(whereSeparator: { $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
        return t.isEmpty ? "_" : t
    }

    /// Each sentence as `form/UPOS` words, then its relations as `rel(head-i, dep-j)`.
    public static func text(_ doc: Document, _ s: SyntaxLayer) -> String {
        var out = ""
        for k in 0..<s.sentenceCount {
            let r = s.words(ofSentence: k)
            guard !r.isEmpty else { continue }
            func name(_ w: Int) -> String { w < 0 ? "ROOT-0" : "\(clean(doc.text(s.wordSpan[w])))-\(w - r.lowerBound + 1)" }
            out += r.map { clean(doc.text(s.wordSpan[$0])) + "/" + s.upos[$0].name }.joined(separator: " ") + "\n"
            out += r.map { "\(s.relation($0))(\(name(Int(s.head[$0]))), \(name($0)))" }.joined(separator: " ") + "\n\n"
        }
        return out
    }
}
