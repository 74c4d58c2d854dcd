/// Events of verbs the trigger lexicon does not know: a verb the syntax layer tags as a past
/// tense ("the government that ousted Evo Morales", "the aircraft … landed"), a perfect or
/// passive participle after its auxiliary ("have dragged the Inspector-General", "was caught by
/// police") or a finite present in a headline ("Airline trims its forecast") tells of something that
/// happened, which a timeline lists as an event of the kind `other`, and so does a gerund after
/// "after", "upon", "since" or "before" (session 27) — not after a modal, a
/// negation or "to" ("will not be silenced") — unless its lemma is one of
/// `events/en/no-event-verbs.tsv` or a verb of saying (the statements' cue lexicon). The site
/// then goes through the same roles, status and date as a lexicon trigger. Without the tags
/// (`--rule-events-only`, no syntax model) nothing is found. The default analysis reads the tags
/// of `Document.tags`; with `--syntax`, those of the parse.
struct GenericVerbs {
    /// Lemmas of verbs that tell of no event.
    static let noEvent: Set<String> = RuleBook.bundledWords("events/en/no-event-verbs.tsv")
    /// The one-word forms of the verbs of saying (every frame of the `reporting-verbs` lexicon:
    /// "said", "announced", "accused"): their events are statements.
    static let saying: Set<String> = {
        guard let book = try? RuleBook.standard() else { return [] }
        return Set(book.lexicons.get("reporting-verbs").entries.filter { $0.surface.count == 1 }.map { $0.surface[0].lowercased() })
    }()
    /// The auxiliaries before a perfect or passive participle ("has dragged", "was caught").
    static let auxiliaries: WordSet = ["have", "has", "had", "'ve", "’ve", "'d", "’d", "having",
                                           "was", "were", "is", "are", "be", "been", "being", "am", "'s", "’s", "'re", "’re", "get", "got", "gets"]

    /// Words before a verb that tell it did not (or not yet) happen.
    static let notHappened: Set<String> = ["will", "would", "shall", "should", "may", "might", "must", "can", "could", "not", "n't", "never",
                                           "to", "'ll", "’ll", "if", "unless", "whether"]

    /// The entry a generic site carries: kind `other`, no PLOVER type or CAMEO code, the object
    /// as its target.
    static let entryID = "other.verb"
    /// The rule of its events (`trigger.` + the entry id, as for every lexicon trigger).
    static let rule = "trigger." + entryID

    static func entry(lemma: String) -> TriggerLexicon.Entry {
        var e = template
        e.lemma = lemma
        return e
    }
    /// The generic entry, made once (an entry's init builds its preposition sets).
    static let template = TriggerLexicon.Entry(id: entryID, lemma: "", pos: .verb, kind: "other", plover: nil, cameo: nil, frame: ["obj"], example: "", line: 0)

    /// The generic site at token `i` of a sentence, if the tags `syn` make it one (the parse's
    /// tags with `--syntax`, else `Document.tags`; chosen once per document by the caller).
    static func site(at i: Int, _ c: SentenceContext, headline: Bool, syn: SyntaxLayer) -> TriggerSite? {
        let tk = c.tokens
        guard i + 1 < syn.tokenWord.count, let tables = syn.tables, tk[i].kind == .word, c.timeAt[i] < 0, c.mentionAt[i] < 0 else { return nil }
        let w = Int(syn.tokenWord[i])
        guard w < Int(syn.tokenWord[i + 1]), syn.upos[w] == .VERB else { return nil }
        let flags = tables.verbFlags[Int(syn.feats[w])]
        var past = true
        let s = c.sentence.tokens
        if flags == 0, i - 2 >= s.lowerBound, tk[i - 1].lower == "to", attemptWords.contains(tk[i - 2].lower), syn.xpos(w) == "VB" {
            // (session 28: the verb an attempt or a decision governs is its event, "Protesters tried
            // to force their way into a theater", "Beijing attempted to rein in public solar
            // subsidies", "the Federal Reserve's decision to cut its benchmark interest rate";
            // `function-words.tsv`, set `attempt-word`)
            let lemma = syn.lemma[w].lowercased()
            guard !saying.contains(tk[i].lower), !states.contains(lemma) else { return nil }
            // (an attempt at what no verb of its own tells, "tried to force their way into a
            // theater", "tried to take over a merchant vessel", is the attempt's event)
            if noEvent.contains(lemma) {
                let v = Int(syn.tokenWord[i - 2])
                guard v < Int(syn.tokenWord[i - 1]), syn.upos[v] == .VERB else { return nil }
                return TriggerSite(tokens: (i - 2)..<(i - 1), entry: entry(lemma: syn.lemma[v].lowercased()), isNoun: false, isPast: true)
            }
            return TriggerSite(tokens: i..<(i + 1), entry: entry(lemma: lemma), isNoun: false, isPast: true)
        }
        if flags == 0 || flags == SyntaxTables.participlePast, timeAhead(of: i, c), futureAuxiliary(before: i, c, participle: flags != 0), scheduleTime(after: i, c) {
            // (session 28: "will" and a verb with a calendar time after it is a schedule too,
            // "the trial will open on Monday", "the bridge will be reopened on May 3")
            let lemma = syn.lemma[w].lowercased()
            guard !noEvent.contains(lemma) || scheduleVerbs.contains(lemma), !saying.contains(tk[i].lower) else { return nil }
            var site = TriggerSite(tokens: i..<(i + 1), entry: entry(lemma: lemma), isNoun: false, isPast: false)
            site.scheduled = true
            return site
        }
        if flags == SyntaxTables.participlePast {
            // an auxiliary among the three words before, adverbs between ("has also been", "was reportedly")
            var j = i - 1, n = 0
            var aux = false
            while j >= s.lowerBound && n < 3 {
                if auxiliaries.contains(tk[j]) { aux = true; break }
                guard tk[j].kind == .word, tk[j].lower.hasSuffix("ly") || adverbs.contains(tk[j].lower) else { break }
                j -= 1
                n += 1
            }
            // (session 28: or a participle after its noun with the time it was done, "the SunShot
            // Initiative launched by the U.S. government in 2011", "a bridge built in 1932")
            // (session 30: or a simple past the tagger took for a participle, "three men emptied
            // almost all of the stock", `untaggedPast`)
            guard aux || reducedPassiveWithTime(at: i, c, syn: syn) || untaggedPast(at: i, c, syn: syn) else { return nil }
        } else if flags == 0, i - 1 >= s.lowerBound, syn.xpos(w) == "VBG", !tk[i].isCapitalized, progressive(before: i, c) {
            // (session 28: a past progressive tells what was going on, "authorities were searching
            // for accomplices", "she was walking along parked cars when she was struck";
            // `function-words.tsv`, set `past-progressive`)
        } else if flags == SyntaxTables.finitePresent && headline {
            past = false
        } else if flags == SyntaxTables.finitePresent, timeAhead(of: i, c), scheduleTime(after: i, c) {
            // (session 28: a present with a calendar time after it in its clause is a schedule,
            // an event to come: "the trek, which kicks off June 9th in West Palm Beach", "the
            // band's current tour continues November 19th"; aspect verbs too, `function-words.tsv`,
            // set `schedule-verb`)
            let lemma = syn.lemma[w].lowercased()
            guard !noEvent.contains(lemma) || scheduleVerbs.contains(lemma), !saying.contains(tk[i].lower) else { return nil }
            var site = TriggerSite(tokens: i..<(i + 1), entry: entry(lemma: lemma), isNoun: false, isPast: false)
            site.scheduled = true
            return site
        } else if flags == 0, i > c.sentence.tokens.lowerBound, gerundVerbOpeners.contains(tk[i - 1].lower), syn.xpos(w) == "VBG", !tk[i].isCapitalized,
                  !(i + 1 < c.sentence.tokens.upperBound && ["and", "or"].contains(tk[i + 1].lower)) {
            // (session 27: a gerund after "after", "upon", "since" or "before" tells of a step done
            // before the clause's event: "one day after placing leading rusher Chris Ivory on
            // injured reserve"; `function-words.tsv`, set `gerund-verb-opener`; not one joined to
            // the verb after it, which tells the event, "died after slipping and falling")
        } else if flags != SyntaxTables.finitePast {
            return nil
        }
        // only what the text tells as having happened: no modal, negation or "to" among the
        // four words before ("will not be silenced", "could be charged", "to be arrested"); a "to"
        // only as the verb's own infinitive marker, with nothing but auxiliaries and adverbs
        // between (session 28: "according to the emergencies ministry recovered at least ten
        // survivors" is a past)
        var j = i - 1
        var verbal = true
        while j >= c.sentence.tokens.lowerBound && j >= i - 4 {
            let x = tk[j].lower
            if notHappened.contains(x) && (x != "to" || verbal) { return nil }
            if tk[j].kind == .punct || tk[j].kind == .quote { break }
            if verbal && !(auxiliaries.contains(x) || adverbs.contains(x) || x.hasSuffix("ly")) { verbal = false }
            j -= 1
        }
        // (session 37: an arrangement before "to" is none, its infinitive is the event: "was
        // scheduled to appear before a magistrate"; `function-words.tsv`, set `arrangement-verb`)
        if i + 1 < s.upperBound, tk[i + 1].lower == "to", arrangementVerbs.contains(tk[i]) { return nil }
        let lemma = syn.lemma[w].lowercased()
        guard !noEvent.contains(lemma), !saying.contains(tk[i].lower) else { return nil }
        return TriggerSite(tokens: i..<(i + 1), entry: entry(lemma: lemma), isNoun: false, isPast: past)
    }

    /// Participles of an arrangement that are no event before "to" (`function-words.tsv`, set
    /// `arrangement-verb`).
    static let arrangementVerbs = WordSet(FunctionWords.standard.words("arrangement-verb"))

    /// Verbs of no event that a schedule makes one ("the tour continues November 19th",
    /// "the season ends May 3"; `function-words.tsv`, set `schedule-verb`).
    static let scheduleVerbs = FunctionWords.standard.words("schedule-verb")

    /// Verbs of a state: no attempt at them is an event ("tried to be calm").
    static let states: Set<String> = ["be", "have", "seem", "appear", "remain", "stay", "become", "keep", "look", "sound", "feel"]

    /// Whether "will", "'ll" or "shall" stands before the verb at `i`, adverbs between, and "be"
    /// before a participle ("will be heard"); "not" bars it.
    static func futureAuxiliary(before i: Int, _ c: SentenceContext, participle: Bool) -> Bool {
        let tk = c.tokens
        var j = i - 1, n = 0
        var be = !participle
        while j >= c.sentence.tokens.lowerBound && n < 4 {
            let x = tk[j].lower
            if ["will", "'ll", "’ll", "shall"].contains(x) { return be }
            if x == "be" && !be { be = true } else {
                guard tk[j].kind == .word, x.hasSuffix("ly") || x == "also" || x == "then" || x == "now" else { return false }
            }
            j -= 1
            n += 1
        }
        return false
    }

    /// Whether any time expression starts within the ten tokens after `i` in its sentence (integer
    /// reads only: the gate before the word checks of a schedule).
    static func timeAhead(of i: Int, _ c: SentenceContext) -> Bool {
        var k = i + 1
        let end = min(c.sentence.tokens.upperBound, i + 11)
        while k < end { if c.timeAt[k] >= 0 { return true }; k += 1 }
        return false
    }

    /// Whether a calendar time follows the verb at `i` in its clause: at most ten tokens, no
    /// punctuation but brackets, no clause word between ("kicks off June 9th", "open the
    /// playoffs in Seattle (7-9) on Saturday").
    static func scheduleTime(after i: Int, _ c: SentenceContext) -> Bool {
        let tk = c.tokens, s = c.sentence.tokens
        // (a capitalized word or a name right after it is no verb's: "Chargers receiver Vincent
        // Jackson was arrested … on Jan. 6"; nor a capitalized word itself)
        guard !tk[i].isCapitalized, i + 1 < s.upperBound, c.timeAt[i + 1] >= 0 || !tk[i + 1].isCapitalized || tk[i + 1].kind != .word else { return false }
        // (a present without -s after a name is a noun: "at the Sunnylands estate in California")
        if i > s.lowerBound, !tk[i].lower.hasSuffix("s"), tk[i - 1].isCapitalized, c.timeAt[i - 1] < 0, !["i", "we", "they", "you"].contains(tk[i - 1].lower) { return false }
        var k = i + 1
        while k < s.upperBound && k <= i + 10 {
            if c.timeAt[k] >= 0 {
                // a day or a month, not a year alone ("a heritage home at 2016 Ontario", "his 2013
                // stint"), nor the end of a period ("runs through 2009")
                let t = c.times[Int(c.timeAt[k])]
                return t.isCalendarValue && (t.value?.count ?? 0) >= 7 && !TypedEventFinder.endsAPeriod(t.tokens, in: s, tk)
            }
            let x = tk[k].lower
            if (tk[k].kind == .punct && x != "(" && x != ")") || tk[k].kind == .quote || TypedEventFinder.clauseBreaks.contains(x) || x == "and" || x == "but" { return false }
            k += 1
        }
        return false
    }

    /// Words before "to" whose infinitive is an event (`function-words.tsv`, set `attempt-word`):
    /// the past of an attempt ("tried", "attempted", "sought", "managed") and the nouns of a
    /// decision or an attempt ("decision", "attempt"; not "effort" or "bid", a goal).
    static let attemptWords = FunctionWords.standard.words("attempt-word")
    /// The auxiliaries of a past progressive (`function-words.tsv`, set `past-progressive`).
    static let progressiveAuxiliaries = FunctionWords.standard.words("past-progressive")

    /// Whether the gerund at `i` follows "was" or "were", at most two adverbs between ("were
    /// still searching"); not after "was being" (a passive) nor "going to".
    static func progressive(before i: Int, _ c: SentenceContext) -> Bool {
        let tk = c.tokens
        var j = i - 1, n = 0
        while j >= c.sentence.tokens.lowerBound && n < 3 {
            let x = tk[j].lower
            if progressiveAuxiliaries.contains(x) { return !(i + 1 < c.sentence.tokens.upperBound && tk[i + 1].lower == "to" && tk[i].lower == "going") }
            guard tk[j].kind == .word, x.hasSuffix("ly") || adverbs.contains(x) || x == "still" else { return false }
            j -= 1
            n += 1
        }
        return false
    }

    /// Whether the participle at `i` without an auxiliary follows a noun and, in its own phrase,
    /// a "by" agent or a preposition opens a calendar time of when it was done ("the SunShot
    /// Initiative launched by the U.S. government in 2011", "nine others selected by CLPS in
    /// November 2018", "a bridge built in 1932"): at most eight tokens, no punctuation or clause
    /// word between. Only after a noun, a name or a number (the tags): not a participle that opens
    /// the sentence or follows a comma ("Founded in …, the company"), an adjective or a verb.
    static func reducedPassiveWithTime(at i: Int, _ c: SentenceContext, syn: SyntaxLayer) -> Bool {
        let tk = c.tokens, s = c.sentence.tokens
        guard i > s.lowerBound, i + 1 < s.upperBound, tk[i - 1].kind == .word || tk[i - 1].kind == .number || tk[i - 1].lower == ",",
              ["by", "in", "on", "last", "this", "earlier"].contains(tk[i + 1].lower) || c.timeAt[i + 1] >= 0 else { return false }
        // the word before is a noun or a name (the tags), the participle's own noun; (session 30)
        // or that noun and a comma, a participle set off after it: "The rule, finalized in
        // December, made optional …", "The bridge, built in 1932, was closed"
        let n = tk[i - 1].lower == "," ? i - 2 : i - 1
        guard n >= s.lowerBound, n + 1 < syn.tokenWord.count else { return false }
        let v = Int(syn.tokenWord[n])
        guard v < Int(syn.tokenWord[n + 1]), [.NOUN, .PROPN, .NUM].contains(syn.upos[v]) else { return false }
        var k = i + 1
        while k < s.upperBound && k <= i + 8 {
            if c.timeAt[k] >= 0 { return c.times[Int(c.timeAt[k])].isCalendarValue }
            if tk[k].kind == .punct || tk[k].kind == .quote || TypedEventFinder.clauseBreaks.contains(tk[k]) || tk[k].lower == "and" { return false }
            k += 1
        }
        return false
    }

    /// Whether the participle at `i`, with no auxiliary before it, is a simple past the tagger
    /// read as a participle (session 30): a written past form (not the lemma: "let the process run
    /// its course") right after its subject (a noun, a name, a pronoun or a number, the tags) and
    /// before its object (a determiner or a possessive, one adverb between): "In December 2008,
    /// three men emptied almost all of the stock of gems", "U.S. authorities scheduled a news
    /// conference". A participle after its noun takes no object ("a vehicle driven by", "the
    /// rule, finalized in December"), nor before a time ("the girl, kidnapped the night before").
    /// (session 31: the subject's phrase may end in an adjective, which the tagger reads as the
    /// word before the verb: "Several thousand teachers wearing red surrounded the Indiana
    /// Statehouse on Tuesday")
    static func untaggedPast(at i: Int, _ c: SentenceContext, syn: SyntaxLayer) -> Bool {
        let tk = c.tokens, s = c.sentence.tokens
        guard i > s.lowerBound, i + 2 < s.upperBound, tk[i - 1].kind == .word || tk[i - 1].kind == .number, c.timeAt[i + 1] < 0 else { return false }
        func word(_ k: Int) -> Int? {
            let w = Int(syn.tokenWord[k])
            return w < Int(syn.tokenWord[k + 1]) ? w : nil
        }
        guard let v = word(i), let p = word(i - 1), tk[i].lower != syn.lemma[v].lowercased(),
              [.NOUN, .PROPN, .PRON, .NUM, .ADJ].contains(syn.upos[p]) else { return false }
        var k = i + 1
        if tk[k].kind == .word, let a = word(k), syn.upos[a] == .ADV { k += 1 }
        guard k < s.upperBound, tk[k].kind == .word, c.timeAt[k] < 0, let o = word(k) else { return false }
        return syn.upos[o] == .DET || syn.xpos(o) == "PRP$"
    }

    /// The prepositions before a gerund that make it a verb's event (`function-words.tsv`, set
    /// `gerund-verb-opener`): "after placing", "by asking".
    static let gerundVerbOpeners = FunctionWords.standard.words("gerund-verb-opener")
    /// Those and the prepositions before a gerund of a lexicon verb only ("by asking for"; set
    /// `gerund-entry-opener`).
    static let gerundEntryOpeners = gerundVerbOpeners.union(FunctionWords.standard.words("gerund-entry-opener"))

    /// Adverbs that may stand between an auxiliary and its participle (besides words in -ly).
    static let adverbs: Set<String> = ["not", "also", "already", "just", "since", "n't", "never", "recently"]
}
