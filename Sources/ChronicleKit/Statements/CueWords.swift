/// The word sets the cue and statement finders read by name: the `set` column of the `attribution-words`
/// lexicon (session 39; until then they were lists in `CueFinder`'s code). The lexicon's header
/// says what each set is for, and its examples show some of them at work (`AttributionWordsTests`).
struct CueWords: Sendable {
    let subjectOpener: WordSet
    let nameModal: WordSet
    let closeness: WordSet
    let backReference: WordSet
    let backReferenceVerb: WordSet
    let predeterminer: WordSet
    let sayingDay: WordSet
    let deicticDay: WordSet
    let timeUnit: WordSet
    let timeDeterminer: WordSet
    let timeSpan: WordSet
    let relativeTimeDeterminer: WordSet
    let timeOpener: WordSet
    let contrast: WordSet
    let issuerPreposition: WordSet
    let quantifier: WordSet
    let otherQuantifier: WordSet
    let beForm: WordSet
    let gerundPreposition: WordSet
    let asideAdverb: WordSet
    let blamePreposition: WordSet
    let partitive: WordSet
    let passiveComplement: WordSet
    let nonContent: WordSet
    let answer: WordSet
    let questionWord: WordSet
    let coordination: WordSet
    let relativeOpener: WordSet
    let possessivePronoun: WordSet
    let unnamedQuantifier: WordSet
    let possessiveMark: WordSet
    let article: WordSet
    let agentPreposition: WordSet
    let occasionOpener: WordSet
    let occasionPreposition: WordSet
    let tiePreposition: WordSet
    let nearSource: WordSet
    let clauseJoiner: WordSet
    let reportForm: WordSet

    /// The names of the sets, in the order of the properties.
    static let names = [
        "subject-opener",
        "name-modal",
        "closeness",
        "back-reference",
        "back-reference-verb",
        "predeterminer",
        "saying-day",
        "deictic-day",
        "time-unit",
        "time-determiner",
        "time-span",
        "relative-time-determiner",
        "time-opener",
        "contrast",
        "issuer-preposition",
        "quantifier",
        "other-quantifier",
        "be-form",
        "gerund-preposition",
        "aside-adverb",
        "blame-preposition",
        "partitive",
        "passive-complement",
        "non-content",
        "answer",
        "question-word",
        "coordination",
        "relative-opener",
        "possessive-pronoun",
        "unnamed-quantifier",
        "possessive-mark",
        "article",
        "agent-preposition",
        "occasion-opener",
        "occasion-preposition",
        "tie-preposition",
        "near-source",
        "clause-joiner",
        "report-form",
    ]

    init(_ sets: [String: Set<String>]) {
        func set(_ name: String) -> WordSet { WordSet(sets[name] ?? []) }
        subjectOpener = set("subject-opener")
        nameModal = set("name-modal")
        closeness = set("closeness")
        backReference = set("back-reference")
        backReferenceVerb = set("back-reference-verb")
        predeterminer = set("predeterminer")
        sayingDay = set("saying-day")
        deicticDay = set("deictic-day")
        timeUnit = set("time-unit")
        timeDeterminer = set("time-determiner")
        timeSpan = set("time-span")
        relativeTimeDeterminer = set("relative-time-determiner")
        timeOpener = set("time-opener")
        contrast = set("contrast")
        issuerPreposition = set("issuer-preposition")
        quantifier = set("quantifier")
        otherQuantifier = set("other-quantifier")
        beForm = set("be-form")
        gerundPreposition = set("gerund-preposition")
        asideAdverb = set("aside-adverb")
        blamePreposition = set("blame-preposition")
        partitive = set("partitive")
        passiveComplement = set("passive-complement")
        nonContent = set("non-content")
        answer = set("answer")
        questionWord = set("question-word")
        coordination = set("coordination")
        relativeOpener = set("relative-opener")
        possessivePronoun = set("possessive-pronoun")
        unnamedQuantifier = set("unnamed-quantifier")
        possessiveMark = set("possessive-mark")
        article = set("article")
        agentPreposition = set("agent-preposition")
        occasionOpener = set("occasion-opener")
        occasionPreposition = set("occasion-preposition")
        tiePreposition = set("tie-preposition")
        nearSource = set("near-source")
        clauseJoiner = set("clause-joiner")
        reportForm = set("report-form")
    }
}
