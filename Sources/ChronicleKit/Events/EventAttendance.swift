/// Going to an event is taking part in it (session 36): a noun event that is the object of
/// "to attend" or "to join" under another event's verb is that verb's complement, as "to visit"
/// is, and takes its status: "The leaders were invited to attend the summit in Paris" (planned),
/// "agreed to attend the talks" (planned), "refused to join the negotiations" (negated), "called
/// on both sides to attend the conference" (demanded). The verbs are the set `attendance-verb` of
/// `function-words.tsv`; at most three words between the verb and the noun, none a verb or a
/// preposition of the tags ("to attend the annual G20 summit"; not "to attend to the wounded
/// after the attack").
extension TypedEventFinder {
    /// Verbs of going to an event, in the form after "to" (`function-words.tsv`, set `attendance-verb`).
    static let attendanceVerbs = WordSet(FunctionWords.standard.words("attendance-verb"))

    /// Whether the gap before a noun event ends in "to", a verb of `attendance-verb` and at most
    /// three words that are no verb or preposition: the noun is what the verb before the gap has
    /// someone attend.
    static func attendsTo(_ gap: Range<Int>, _ c: SentenceContext) -> Bool {
        guard gap.count >= 2 else { return false }
        let tk = c.tokens
        let syn = c.doc.wordClasses
        var j = gap.upperBound - 1
        var n = 0
        while j > gap.lowerBound, n < 3, !attendanceVerbs.contains(tk[j]) {
            guard tk[j].kind == .word || tk[j].kind == .number else { return false }
            if j + 1 < syn.tokenWord.count {
                let w = Int(syn.tokenWord[j])
                if w < Int(syn.tokenWord[j + 1]), w < syn.upos.count, syn.upos[w] == .VERB || syn.upos[w] == .ADP { return false }
            }
            j -= 1
            n += 1
        }
        return j > gap.lowerBound && attendanceVerbs.contains(tk[j]) && tk[j - 1].lower == "to"
    }
}
