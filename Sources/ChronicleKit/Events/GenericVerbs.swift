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
    static let auxiliaries: Set<String> = ["have", "has", "had", "'ve", "’ve", "'d", "’d", "having",
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
        TriggerLexicon.Entry(id: entryID, lemma: lemma, pos: .verb, kind: "other", plover: nil, cameo: nil, frame: ["obj"], example: "", line: 0)
    }

    /// The generic site at token `i` of a sentence, if the tags `syn` make it one (the parse's
    /// tags with `--syntax`, else `Document.tags`; chosen once per document by the caller).
    static func site(at i: Int, _ c: SentenceContext, headline: Bool, syn: SyntaxLayer) -> TriggerSite? {
        let tk = c.tokens
        guard i + 1 < syn.tokenWord.count, let tables = syn.tables, tk[i].kind == .word, c.timeAt[i] < 0, c.mentionAt[i] < 0 else { return nil }
        let w = Int(syn.tokenWord[i])
        guard w < Int(syn.tokenWord[i + 1]), syn.upos[w] == .VERB else { return nil }
        let flags = tables.verbFlags[Int(syn.feats[w])]
        var past = true
        if flags == SyntaxTables.participlePast {
            // an auxiliary among the three words before, adverbs between ("has also been", "was reportedly")
            var j = i - 1, n = 0
            var aux = false
            while j >= c.sentence.tokens.lowerBound && n < 3 {
                if auxiliaries.contains(tk[j].lower) { aux = true; break }
                guard tk[j].kind == .word, tk[j].lower.hasSuffix("ly") || adverbs.contains(tk[j].lower) else { break }
                j -= 1
                n += 1
            }
            guard aux else { return nil }
        } else if flags == SyntaxTables.finitePresent && headline {
            past = false
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
        // four words before ("will not be silenced", "could be charged", "to be arrested")
        var j = i - 1
        while j >= c.sentence.tokens.lowerBound && j >= i - 4 {
            if notHappened.contains(tk[j].lower) { return nil }
            if tk[j].kind == .punct || tk[j].kind == .quote { break }
            j -= 1
        }
        let lemma = syn.lemma[w].lowercased()
        guard !noEvent.contains(lemma), !saying.contains(tk[i].lower) else { return nil }
        return TriggerSite(tokens: i..<(i + 1), entry: entry(lemma: lemma), isNoun: false, isPast: past)
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
