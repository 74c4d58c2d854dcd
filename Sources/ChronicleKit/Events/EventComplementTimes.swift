/// Session 38 (follow-up): a time inside the complement of "after", "following", "since" or
/// "before" (or of "followed", "preceded") belongs to the event inside it, not to the event that
/// governs it: "The arrest of the activists came after the killing of a journalist in January"
/// dates the killing, not the arrest; "The protests followed the election of a new president in
/// December" the election. The words are the set `complement-opener` of `function-words.tsv`.
extension TypedEventFinder {
    /// Words that open the complement of an earlier or later event: `complement-opener`.
    static let complementOpeners = WordSet(FunctionWords.standard.words("complement-opener"))
    /// Marks and words that end a complement before a time: another clause or phrase.
    static let complementBreaks: WordSet = [",", ";", ":", "—", "–", "(", ")", "but"]

    /// The token of a word of `complement-opener` after trigger `x` (at most 12 tokens before the
    /// time) whose complement holds time `t`: no comma, semicolon, colon, dash, bracket or quote
    /// between the word and the time, no "but" and no "and" before a verb (another predicate),
    /// and a noun or a verb of the tags (the parse's, else the tagger's) that is no time's word
    /// between them: an event, nominal or a clause, that the time dates ("after 10 p.m. on
    /// Tuesday", "since last year" are the times themselves). Nil without the tags. Read only for
    /// the time an event would take, so no per-token work.
    static func complementOpener(_ t: Range<Int>, after x: Range<Int>, _ doc: Document, isTime: (Int) -> Bool) -> Int? {
        let syn = doc.wordClasses
        guard syn.count > 0, t.lowerBound > x.upperBound + 1, t.lowerBound < doc.tokens.count else { return nil }
        let tk = doc.tokens
        guard let p = (max(x.upperBound, t.lowerBound - 12)..<t.lowerBound).last(where: { complementOpeners.contains(tk[$0]) }) else { return nil }
        let r = (p + 1)..<t.lowerBound
        guard !r.isEmpty else { return nil }
        func upos(_ k: Int) -> UPOS? {
            guard k < tk.count, let w = syn.words(ofToken: k).first, w < syn.upos.count else { return nil }
            return syn.upos[w]
        }
        if r.contains(where: { k in
            tk[k].kind == .quote || complementBreaks.contains(tk[k]) || (tk[k].lower == "and" && upos(k + 1) == .VERB)
        }) { return nil }
        return r.contains { k in !isTime(k) && (upos(k) == .NOUN || upos(k) == .VERB) } ? p : nil
    }
}
