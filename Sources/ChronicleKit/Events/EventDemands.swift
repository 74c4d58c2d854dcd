/// Demands told as someone's words (session 36): "X must Y", "X should Y", "X need(s) to Y",
/// "X has to Y" in what a speaker says is a call by the speaker on X, an event of the kind `call`
/// (PLOVER DEMAND, CAMEO 10) whose trigger is the modal: "The Bush administration declared Tuesday
/// that China must drop barriers to U.S. exports", "“The authorities must end this brutal and
/// deadly crackdown,” said Philip Luther", "Sondland told the officials they would need to
/// deliver". Its target is the modal's subject, its agent the subject of the verb of saying when
/// that verb is an event of the sentence ("declared"). The verb after the modal keeps its own event when the lexicon knows it ("must
/// release": a release, `demanded`); the demand is the speaker's act.
///
/// Read from the tags (`Document.wordClasses`): the modal (`function-words.tsv`, set
/// `demand-modal`; "need", "have" only before "to", set `demand-need`), at most two adverbs, then
/// a verb in its base form (not "must have" and a participle, a guess about the past); right before
/// the modal (adverbs and "would"/"will" between) a subject that can be called on, no object of a
/// preposition: an actor's
/// mention, a word of the set `demand-subject` (no "I" or "we": one's own duty is no call on
/// another; "it" not before "should", "it should be noted"; "nations", "sides"), a noun of people
/// ("the authorities"), or any noun before "must"; and the clause is someone's words: a verb of saying earlier in the sentence, or
/// after it past a quotation mark or a comma ("…, the minister said"), not one of belief (set
/// `demand-belief`: "analysts think the bank must raise rates"), or an open quotation
/// before it, or "that" after a noun of the set `demand-noun` ("a stern reminder to Iraq that it
/// must cooperate"). Not in a question, nor after "if", "unless" or "whether".
extension TypedEventFinder {
    /// The reading a demand carries (`triggers.tsv`: a line whose forms are `=`).
    static let demandEntryID = "call.must.aux"
    /// Modals of obligation (`function-words.tsv`, set `demand-modal`).
    static let demandModals = WordSet(FunctionWords.standard.words("demand-modal"))
    /// Verbs of need before "to" (set `demand-need`).
    static let demandNeeds = WordSet(FunctionWords.standard.words("demand-need"))
    /// Subject pronouns a demand can be made of (set `demand-subject`).
    static let demandSubjects = WordSet(FunctionWords.standard.words("demand-subject"))
    /// Nouns of saying whose "that" clause is what was said (set `demand-noun`).
    static let demandNouns = WordSet(FunctionWords.standard.words("demand-noun"))
    /// Verbs of belief among the verbs of saying: a thought is no demand (set `demand-belief`).
    static let demandBeliefs = WordSet(FunctionWords.standard.words("demand-belief"))
    /// Words between the subject and the modal ("would need to", "also must").
    static let demandBetween: WordSet = ["would", "will", "also", "still", "now", "then", "simply", "just", "really", "therefore"]

    /// The demand at token `i` of a sentence, if the tags `syn` make it one (see the extension's
    /// note). Cheap for every other token: a first- and last-letter filter on the word, then the tag.
    func demandSite(at i: Int, _ c: SentenceContext, syn: SyntaxLayer) -> TriggerSite? {
        let s = c.sentence.tokens
        func word(_ k: Int) -> Int? {
            guard k + 1 < syn.tokenWord.count else { return nil }
            let w = Int(syn.tokenWord[k])
            return w < Int(syn.tokenWord[k + 1]) && w < syn.upos.count ? w : nil
        }
        // (the tag first, integer reads only; then the word, by its hash; the entry is copied last)
        guard i > s.lowerBound, i + 2 < s.upperBound, let m = word(i), syn.upos[m] == .AUX || syn.upos[m] == .VERB else { return nil }
        let tk = c.tokens
        let modal = TypedEventFinder.demandModals.contains(tk[i])
        // (a capital inside the sentence is a title's: "10 Things in Tech You Need to Know")
        guard modal || TypedEventFinder.demandNeeds.contains(tk[i]), !tk[i].isCapitalized || c.titleCase, let entry = demandEntry else { return nil }
        let lower = tk[i].lower
        // the verb: after the modal (two adverbs at most), or after "to" for a need
        var v = i + 1
        if !modal {
            guard tk[v].lower == "to" else { return nil }
            v += 1
        }
        var n = 0
        while v < s.upperBound, n < 2, let a = word(v), syn.upos[a] == .ADV || syn.upos[a] == .PART && tk[v].lower != "to" { v += 1; n += 1 }
        guard v < s.upperBound, let vw = word(v), syn.upos[vw] == .VERB || syn.upos[vw] == .AUX, syn.xpos(vw) == "VB" else { return nil }
        // ("must have been", "should have known": a guess or a regret about the past)
        if modal, tk[v].lower == "have", v + 1 < s.upperBound, let p = word(v + 1), syn.xpos(p) == "VBN" || tk[v + 1].lower == "been" { return nil }
        // ("must be doing something right": a guess about the present)
        if modal, tk[v].lower == "be", v + 1 < s.upperBound, let p = word(v + 1), syn.xpos(p) == "VBG" { return nil }
        // the subject right before the modal
        var j = i - 1
        while j > s.lowerBound, TypedEventFinder.demandBetween.contains(tk[j]) || tk[j].kind == .word && tk[j].lower.hasSuffix("ly") && word(j).map({ syn.upos[$0] == .ADV }) == true { j -= 1 }
        guard j >= s.lowerBound, tk[j].kind == .word else { return nil }
        let subject: Bool
        // (the noun phrase that ends there is no preposition's object: "the house's future use by the
        // police should send a signal" is no call on the police)
        var b = c.mentionAt[j] >= 0 ? max(s.lowerBound, c.actors.mentions[Int(c.mentionAt[j])].tokens.lowerBound) : j
        while b > s.lowerBound, let p = word(b - 1), [.NOUN, .PROPN, .ADJ, .DET, .NUM, .PART].contains(syn.upos[p]) || tk[b - 1].lower == "'s" || tk[b - 1].lower == "’s" { b -= 1 }
        if b > s.lowerBound, let p = word(b - 1), syn.upos[p] == .ADP { return nil }
        if c.mentionAt[j] >= 0 {
            subject = true
        } else if TypedEventFinder.demandSubjects.contains(tk[j]) {
            // ("it should be noted"; "you have to remember", "you need to know": anyone)
            subject = !(tk[j].lower == "it" && lower == "should") && !(tk[j].lower == "you" && !modal)
        } else if let w = word(j), syn.upos[w] == .NOUN || syn.upos[w] == .PROPN {
            // (any noun before "must"; before a weaker modal a name or a noun of people: "the
            // weather should improve" is a forecast)
            let l = syn.lemma[w].lowercased()
            subject = lower == "must" || syn.upos[w] == .PROPN || LocalRoleFinder.peopleNouns.contains(tk[j]) || LocalRoleFinder.peopleNouns.contains(l)
                || TypedEventFinder.personNouns.contains(l)
        } else {
            subject = false
        }
        guard subject else { return nil }
        // no question, no condition
        if tk[s.upperBound - 1].lower == "?" { return nil }
        // the clause is someone's words
        var quotes = 0
        var said = false
        var k = s.lowerBound
        while k < j {
            let x = tk[k].lower
            if ["if", "unless", "whether"].contains(x) && k >= j - 3 { return nil }
            if tk[k].kind == .quote { quotes += 1 }
            if TypedEventFinder.sayingForms.contains(x) && !TypedEventFinder.demandBeliefs.contains(x) { said = true }
            // (a noun of saying at most six words before "that", no verb between: "a stern reminder
            // Saturday to Iraq that it must cooperate")
            if x == "that" {
                var b = k - 1
                while b >= s.lowerBound, b >= k - 6, !TypedEventFinder.demandNouns.contains(tk[b]), word(b).map({ syn.upos[$0] != .VERB }) ?? true { b -= 1 }
                if b >= s.lowerBound, b >= k - 6, TypedEventFinder.demandNouns.contains(tk[b]) { said = true }
            }
            k += 1
        }
        if !said && quotes % 2 == 1 { said = true }
        if !said {
            // "…, the minister said", "…,” said Philip Luther"
            var mark = false
            k = v + 1
            while k < s.upperBound {
                if tk[k].kind == .quote || tk[k].lower == "," { mark = true } else if mark, TypedEventFinder.sayingForms.contains(tk[k].lower), !TypedEventFinder.demandBeliefs.contains(tk[k]) { said = true; break }
                k += 1
            }
        }
        guard said else { return nil }
        return TriggerSite(tokens: i..<(i + 1), entry: entry, isNoun: false, isPast: false)
    }

    /// The speaker of demand `t`, its agent (session 37): the subject of the last verb of saying
    /// before the demand's subject ("The minister said Iran must release the prisoners": the
    /// minister; "Amnesty International said on Tuesday that the authorities should …"), else, after
    /// the demand past a quotation mark or a comma, the phrase after a verb of saying ("“…,” said
    /// Philip Luther") or its subject before it ("…, the minister said"). Not a verb of belief; nil
    /// when no phrase is found there. Read only for the demands a sentence has.
    static func demandSpeaker(_ t: TriggerSite, _ c: SentenceContext) -> EventTyping.Argument? {
        let tk = c.tokens, s = c.sentence.tokens
        let local = LocalRoleFinder()
        func saying(_ k: Int) -> Bool {
            TypedEventFinder.sayingForms.contains(tk[k].lower) && !TypedEventFinder.demandBeliefs.contains(tk[k])
        }
        func argument(_ r: Range<Int>?) -> EventTyping.Argument? {
            guard let r, !r.isEmpty else { return nil }
            let span = c.doc.span(tokens: r)
            return EventTyping.Argument(role: "agent", span: span, text: c.doc.text(span), actor: local.actor(in: r, c), rule: "demand-speaker")
        }
        var k = t.tokens.lowerBound - 1
        while k >= s.lowerBound, !saying(k) { k -= 1 }
        if k >= s.lowerBound { return argument(local.subjectPhrase(before: k, c).0) }
        var mark = false
        k = t.tokens.upperBound
        while k < s.upperBound {
            if tk[k].kind == .quote || tk[k].lower == "," {
                mark = true
            } else if mark, saying(k) {
                // "said Philip Luther": a phrase right after the verb; else "the minister said"
                if k + 1 < s.upperBound, tk[k + 1].kind == .word, let r = local.rightPhrase(start: k + 1, c) { return argument(r) }
                return argument(local.subjectPhrase(before: k, c).0)
            }
            k += 1
        }
        return nil
    }
}
