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
    /// Words that also open a phrase of where someone stands, in front of whom: `locative-opener`
    /// ("testified before the House Intelligence Committee Tuesday"; session 39).
    static let locativeOpeners = WordSet(FunctionWords.standard.words("locative-opener"))

    /// Session 39: whether token `p`, a word of `locative-opener`, opens a phrase that only names
    /// someone up to the time at token `t`: an actor's mention (`inMention`), determiners, and "on"
    /// or "in" right before the time ("testified before the House Intelligence Committee Tuesday",
    /// "appeared before Congress on Monday"). Such a phrase holds no event: the time is the
    /// governing event's, the word opens no complement and no clause. At most 12 tokens are read.
    static func namesSomeone(_ p: Int, upTo t: Int, _ tk: [Token], inMention: (Int) -> Bool) -> Bool {
        guard p + 1 < t, t - p <= 13, t <= tk.count, locativeOpeners.contains(tk[p]) else { return false }
        var named = false
        for k in (p + 1)..<t {
            if inMention(k) { named = true; continue }
            if determiners.contains(tk[k]) && !named { continue }
            if k == t - 1, named, tk[k].lower == "on" || tk[k].lower == "in" { continue }
            return false
        }
        return named
    }

    /// The token of a word of `complement-opener` after trigger `x` (at most 12 tokens before the
    /// time) whose complement holds time `t`: no comma, semicolon, colon, dash, bracket or quote
    /// between the word and the time, no "but" and no "and" before a verb (another predicate),
    /// and a noun or a verb of the tags (the parse's, else the tagger's) that is no time's word
    /// between them: an event, nominal or a clause, that the time dates ("after 10 p.m. on
    /// Tuesday", "since last year" are the times themselves). Nil without the tags. Read only for
    /// the time an event would take, so no per-token work. Nil too where the word only names
    /// someone before the time (`namesSomeone`: "testified before the House Intelligence
    /// Committee Tuesday"; session 39).
    static func complementOpener(_ t: Range<Int>, after x: Range<Int>, _ doc: Document, isTime: (Int) -> Bool, inMention: (Int) -> Bool) -> Int? {
        let syn = doc.wordClasses
        guard syn.count > 0, t.lowerBound > x.upperBound + 1, t.lowerBound < doc.tokens.count else { return nil }
        let tk = doc.tokens
        guard let p = (max(x.upperBound, t.lowerBound - 12)..<t.lowerBound).last(where: { complementOpeners.contains(tk[$0]) }) else { return nil }
        let r = (p + 1)..<t.lowerBound
        guard !r.isEmpty, !namesSomeone(p, upTo: t.lowerBound, tk, inMention: inMention) else { return nil }
        func upos(_ k: Int) -> UPOS? {
            guard k < tk.count, let w = syn.words(ofToken: k).first, w < syn.upos.count else { return nil }
            return syn.upos[w]
        }
        if r.contains(where: { k in
            tk[k].kind == .quote || complementBreaks.contains(tk[k]) || (tk[k].lower == "and" && upos(k + 1) == .VERB)
        }) { return nil }
        return r.contains { k in !isTime(k) && (upos(k) == .NOUN || upos(k) == .VERB) } ? p : nil
    }

    /// Session 39 (follow-up): whether time `t`, before trigger `x`, belongs to another phrase or
    /// clause than the trigger's: it ends the complement of a word of `complement-opener` that
    /// holds an event ("insisted … since the start of the invasion on February 24 and cannot be
    /// part of the talks": the invasion's date, not the talks'), or it follows "since" and a
    /// clause break (comma, semicolon, "and", "but") stands between it and the trigger ("have
    /// not held talks since March 29, and the situation has been worsened by the shelling": a
    /// "since" time dates only its own clause). Read only for the time an event would take.
    static func ownedBefore(_ t: Range<Int>, trigger x: Range<Int>, sentence s: Range<Int>, _ doc: Document, isTime: (Int) -> Bool, inMention: (Int) -> Bool) -> Bool {
        let tk = doc.tokens
        guard t.upperBound <= x.lowerBound, t.lowerBound > s.lowerBound, x.lowerBound <= tk.count else { return false }
        let start = max(s.lowerBound, t.lowerBound - 13)
        if complementOpener(t, after: start..<start, doc, isTime: isTime, inMention: inMention) != nil { return true }
        guard tk[t.lowerBound - 1].lower == "since" || tk[t.lowerBound].lower == "since" else { return false }
        return (t.upperBound..<x.lowerBound).contains { k in complementBreaks.contains(tk[k]) || tk[k].lower == "and" }
    }
}
