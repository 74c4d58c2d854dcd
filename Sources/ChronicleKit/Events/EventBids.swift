/// Offers of money or of a contract are bids, events of the kind `other` (session 31): "the Red Sox
/// … offered Teixeira, 28, an eight-year deal worth $184 million", "they made an eight-year offer",
/// "A total of $650,000 is being offered … for information leading to Kopp's arrest". The golds of
/// the news samples type them `other`; an offer of help, talks or concessions between parties
/// stays an agreement (PLOVER's AGREE: "Libya has offered to hand over the suspects", "offered
/// concessions last November").
extension TypedEventFinder {
    /// The lexicon's offer, the entry a bid retypes.
    static let offerEntryID = "agreement.offer.vn"
    /// Words of money or pay near an offer that make it a bid (`function-words.tsv`, set `bid-word`).
    static let bidWords = FunctionWords.standard.words("bid-word")

    /// Whether an offer (`offerEntryID`) is a bid: a word of `bid-word`, or a duration of years
    /// written as one word ("eight-year"), within its clause: up to six tokens before the trigger
    /// and ten after it, not across ";", ":" or a sentence's end. One look at a dozen tokens, for
    /// an offer only.
    static func isBid(_ x: Site, _ c: SentenceContext) -> Bool {
        guard x.site.entry.id == offerEntryID else { return false }
        let tk = c.tokens, s = c.sentence.tokens
        func stop(_ j: Int) -> Bool { tk[j].lower == ";" || tk[j].lower == ":" }
        func bid(_ j: Int) -> Bool {
            let w = tk[j].lower
            return bidWords.contains(w) || tk[j].kind == .word && w.hasSuffix("-year") && w.utf8.count > 5
        }
        var j = x.site.tokens.lowerBound - 1
        while j >= s.lowerBound, j >= x.site.tokens.lowerBound - 6, !stop(j) {
            if bid(j) { return true }
            j -= 1
        }
        j = x.site.tokens.upperBound
        while j < s.upperBound, j < x.site.tokens.upperBound + 10, !stop(j) {
            if bid(j) { return true }
            j += 1
        }
        return false
    }
}
