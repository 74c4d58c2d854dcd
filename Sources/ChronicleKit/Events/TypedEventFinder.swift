/// Stage 5b: typed events from the trigger lexicon. Each trigger gets its compact kind,
/// PLOVER type and CAMEO root, a status from the cues of its clause, its own date and its
/// arguments (`RoleFinder`); mentions of one event in an article are joined
/// (`TypedEventFinder.join`), and `combine` folds the typed events into the rule events of
/// `EventDetector` (a rule event keeps its kind, name and date and gains the typing).
///
/// Without a parse, a word that can be a noun or a verb is read by its position (after a
/// determiner, a possessive, a number or a preposition it is a noun); the syntax layer will
/// decide it instead, and a dependency-based `RoleFinder` replaces `LocalRoleFinder`.
public struct TypedEventFinder: Sendable {
    public let lexicon: TriggerLexicon
    public let roles: any RoleFinder
    /// Verbs whose kind depends on what does them ("an earthquake hit", "a missile hit").
    public let subjectKinds: SubjectKinds

    /// The lexicon's reading a shot carries (`shotEntryID`), looked up once.
    let shotEntry: TriggerLexicon.Entry?
    /// The lexicon's reading a demand carries (`demandEntryID`, `EventDemands.swift`), looked up once.
    let demandEntry: TriggerLexicon.Entry?

    public init(lexicon: TriggerLexicon, roles: any RoleFinder = ParseRoleFinder(), subjectKinds: SubjectKinds = .standard) {
        self.lexicon = lexicon
        self.shotEntry = lexicon.reading(TypedEventFinder.shotEntryID)
        self.demandEntry = lexicon.reading(TypedEventFinder.demandEntryID)
        self.roles = roles
        self.subjectKinds = subjectKinds
    }

    /// A finder with the bundled lexicon.
    public init() throws { self.init(lexicon: try TriggerLexicon.standard()) }

    static let nounSlot: WordSet = ["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
                                        "any", "no", "every", "each", "another", "such", "new", "first", "second", "third", "last", "further",
                                        "fresh", "major", "planned", "possible", "joint", "'s", "’s", "of", "for", "in", "on", "after", "before",
                                        "during", "amid", "against", "with", "without", "over", "following", "despite", "since", "upon", "into",
                                        "recent", "latest", "previous", "next", "unprecedented", "massive", "deadly", "several", "two", "three",
                                        "formal", "official", "informal", "military", "political", "diplomatic", "peaceful", "mass", "air",
                                        "missile", "rocket", "terrorist", "bomb", "suicide", "hunger", "general", "border", "trade", "peace", "at", "from", "by"]
    /// Words after which no verb form stands: determiners, possessives, prepositions.
    static let strongNounSlot: WordSet = ["a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your",
                                              "any", "no", "every", "each", "another", "'s", "’s", "of", "for", "in", "on", "after", "before",
                                              "during", "amid", "against", "with", "without", "over", "following", "despite", "upon", "into", "at", "from", "by"]
    /// Determiners and "that", which open a noun phrase or a clause after a word.
    static let determiners: WordSet = ["a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "that"]
    static let verbSlot: WordSet = ["to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not", "did", "does",
                                        "do", "he", "she", "they", "we", "i", "you", "it", "who", "also", "has", "have", "had", "later", "then",
                                        "again", "reportedly", "allegedly", "jointly", "never", "'ll"]
    /// Words that open a clause of its own time: a subordinate or relative clause ("after it
    /// burned down", "who was arrested").
    static let backgroundOpeners: WordSet = ["after", "before", "because", "since", "if", "although", "though", "unless", "until", "who", "which", "whom", "whose", "where"]
    /// Words that point a sentence to a time other than its story's day (`carriesOccasion`).
    static let otherTimeWords: WordSet = ["previously", "earlier", "formerly", "ago", "later", "recently",
                                              // (session 29: "The man was subsequently quarantined after the diagnosis")
                                              "subsequently", "afterward", "afterwards"]
    /// Entries of a verb that stops another event ("foiled a piracy attempt", "was thwarted").
    static let stoppingVerbs: Set<String> = ["other.foil.v", "other.thwart.v"]
    /// Auxiliaries after a plural noun subject: a verb form is none before them ("water supplies were").
    static let auxiliaryAfterNoun: WordSet = ["were", "are", "was", "is", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should"]
    static let negations: WordSet = ["not", "never", "no", "cannot", "neither", "nor", "without"]
    static let futureCues: WordSet = ["will", "'ll", "shall", "plans", "plan", "planned", "planning", "intends", "intend", "scheduled",
                                          "expected", "going", "upcoming", "proposed", "would", "next", "prepared", "ready", "willing", "aims", "seeks", "hopes"]
    /// Words before a noun event that show it has not happened: `prospective-modifier` of
    /// `function-words.tsv` (session 39 follow-up).
    static let prospectiveModifiers = WordSet(FunctionWords.standard.words("prospective-modifier"))
    static let reportCues: WordSet = ["reportedly", "allegedly", "alleged", "purportedly", "suspected", "apparently", "rumoured", "rumored", "unconfirmed"]
    static let hypotheticalCues: WordSet = ["if", "unless", "could", "might", "may", "whether", "should"]
    static let clauseBreaks: WordSet = [",", ";", ":", "that", "which", "who", "when", "after", "before", "while", "because", "since",
                                            "but", "although", "though", "until", "where", "whom", "as"]
    /// The clause breaks that open a subordinate or relative clause (not a comma, "that", "but", "as").
    static let subordinators: Set<String> = clauseBreaks.words.subtracting([",", ";", ":", "that", "but", "as"]).union(["whose", "if", "unless"])
    /// The words that open a relative clause.
    static let relativeWords: WordSet = ["which", "who", "whom", "whose", "where"]
    /// (`carriesOccasion`) A word that opens a fronted clause of background ("When King hired …,").
    static let frontedClauseOpeners: WordSet = ["when", "while", "after", "before", "since", "because", "if", "although", "though", "once", "as"]
    /// (`carriesOccasion`) A word that opens a relative or adverbial clause before the event.
    static let backgroundClauseWords: WordSet = ["who", "which", "whom", "whose", "since", "because", "if", "although", "though", "unless"]
    /// (`carriesOccasion`) A verb between "to" and a participle ("to be arrested", "to have met").
    static let infinitiveAuxiliaries: WordSet = ["be", "been", "have", "get"]
    /// (`carriesOccasion`, `ownDate`) An auxiliary of the perfect ("has risen", "had ended").
    static let perfectAuxiliaries: WordSet = ["has", "have", "had", "'s", "’s", "having"]
    /// (`carriesOccasion`) A preposition before a noun event that puts it at another time.
    static let otherTimePrepositions: WordSet = ["after", "before", "since", "until", "following"]
    /// (`carriesOccasion`) A word that tells a sentence in the simple past.
    static let pastTellingWords: WordSet = ["said", "told", "was", "were"]
    /// (`subordinate`) A word that opens a subordinate clause or a relative one.
    static let subordinateOpeners: WordSet = ["who", "which", "after", "before", "when", "while", "because", "since", "if", "unless", "although", "whom", "where"]
    /// (`ownStatus`) A word before "to" that plans what follows ("plans to visit", "is due to be signed").
    static let planBeforeTo: WordSet = ["plans", "plan", "planned", "intends", "scheduled", "expected", "due", "set", "going", "aims", "seeks", "hopes", "wants"]
    /// (`ownStatus`) A word after "is"/"are" after a nominal event that plans it ("the talks are due").
    static let arrangementAfterBe: WordSet = ["to", "due", "scheduled", "expected", "planned"]
    /// (`ownStatus`) A participle after a nominal event that calls it off ("the visit was cancelled").
    static let callOffWords: WordSet = ["cancelled", "canceled", "postponed", "called"]

    /// One trigger found in a sentence.
    struct Site {
        var site: TriggerSite
        var sentence: Int
        var complementOf: Int? = nil
        var status: EventTyping.Status = .happened
        var args: [EventTyping.Argument] = []
        var main = false
        /// `EventTyping.sentenceKind`.
        var sentenceKind: String? = nil
        var definite = false
    }

    /// Finds the typed events of a document, its mentions joined.
    ///
    /// With `usedBy`, the rule events the typed events are then folded into by
    /// `combine(rule:typed:adding: false)`, only the sentences whose events that fold can
    /// use are read (roles, status, date): those of the rule events' mentions, and those with
    /// a trigger of a kind that has a trigger in one of them (`join` puts a kind's mentions
    /// together across sentences). The fold gives the same result as with every sentence
    /// read; the other typed events are left out of the answer.
    public func find(_ doc: Document, actors: ActorLayer, times: [TimeExpression], usedBy rule: [Event]? = nil) -> [Event] {
        let tk = doc.tokens
        var mentionAt = [Int32](repeating: -1, count: tk.count)
        for (k, m) in actors.mentions.enumerated() where m.form != .unnamed { for j in m.tokens where j < tk.count { mentionAt[j] = Int32(k) } }
        var timeAt = [Int32](repeating: -1, count: tk.count)
        for (k, t) in times.enumerated() { for j in t.tokens where j < tk.count { timeAt[j] = Int32(k) } }
        // the tokens whose parsed lemma is an entry's (one pass over the parse, so that the
        // lemma is looked up only where it can match)
        var lemmaHit = [Bool](repeating: false, count: tk.count)
        do {
            let syn = doc.syntax
            if syn.count > 0 {
                for i in 0..<min(tk.count, syn.tokenWord.count - 1) {
                    let w = Int(syn.tokenWord[i])
                    guard w < Int(syn.tokenWord[i + 1]), syn.upos[w] == .VERB || syn.upos[w] == .NOUN else { continue }
                    let lemma = syn.lemma[w]
                    lemmaHit[i] = !lexicon.entryIndices(lemma: lemma).isEmpty
                        || lemma.utf8.contains(where: { $0 >= 65 && $0 <= 90 || $0 >= 128 }) && !lexicon.entryIndices(lemma: lemma.lowercased()).isEmpty
                }
            }
        }
        // the tags GenericVerbs reads: the parse's, else the default analysis's
        let tags = doc.wordClasses
        // the trigger sites of every sentence
        var sites: [Site] = []
        var bySentence: [(sentence: Int, sites: Range<Int>)] = []
        // (session 31: whether the article's headline reports sport, found once and only for a
        // fixture of sport, `sportFixtures`)
        var headlineSport: Bool?
        // (one context, moved from sentence to sentence: `SentenceContext.enter`)
        var c = SentenceContext(doc: doc, mentionAt: mentionAt, timeAt: timeAt, actors: actors, times: times)
        for (n, s) in doc.sentences.enumerated() {
            c.enter(s)
            c.titleCase = TypedEventFinder.isTitleCase(s.tokens, tk)
            let headline = c.titleCase || (doc.title.map { $0.contains(s.span) } ?? false)
            let first = sites.count
            // whether the sentence, else the headline, reports sport (each found once, when asked)
            var sentenceSport: Bool?
            func storyOfSport() -> Bool {
                if sentenceSport == nil { sentenceSport = TypedEventFinder.reportsSport(c) }
                if sentenceSport! { return true }
                if headlineSport == nil { headlineSport = TypedEventFinder.headlineReportsSport(doc, mentionAt: mentionAt, timeAt: timeAt, actors: actors, times: times) }
                return headlineSport!
            }
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                // (a fixture of sport outside a story of sport is none, and leaves the word to the
                // generic verbs: "tried to stop the vehicle")
                if let site = trigger(at: i, c, lemmaHit: lemmaHit[i]), !TypedEventFinder.sportFixtures.contains(site.entry.id) || storyOfSport() {
                    sites.append(Site(site: site, sentence: s.index))
                    i = site.tokens.upperBound
                } else if tags.count > 0, let site = GenericVerbs.site(at: i, c, headline: headline, syn: tags) {
                    sites.append(Site(site: site, sentence: s.index))
                    i += 1
                } else if tags.count > 0, let site = demandSite(at: i, c, syn: tags) {
                    // (session 36: "X must Y" in someone's words, a call: `EventDemands.swift`)
                    sites.append(Site(site: site, sentence: s.index))
                    i += 1
                } else {
                    i += 1
                }
            }
            // a verb no lexicon knows right before an event noun it takes as its object ("attended a
            // conference", "conducted a traffic stop") leaves the event to the noun
            var k = first
            while k + 1 < sites.count {
                let a = sites[k].site.tokens.upperBound, b = sites[k + 1].site.tokens.lowerBound
                if sites[k].site.entry.id == GenericVerbs.entryID, sites[k + 1].site.isNoun, b >= a, b - a <= 4,
                   (a..<b).allSatisfy({ tk[$0].kind == .word && !TypedEventFinder.clauseBreaks.contains(tk[$0]) }) {
                    sites.remove(at: k)
                } else {
                    k += 1
                }
            }
            if first < sites.count { bySentence.append((n, first..<sites.count)) }
        }
        var read: [Bool]?
        if let rule {
            // a kind with a trigger in a sentence of a rule event's mention: every sentence with
            // a trigger of that kind is read (`join` puts a kind's mentions together across
            // sentences, so the events the fold uses are those of a full reading); a kind
            // with no trigger there gives the fold nothing
            var need = [Bool](repeating: false, count: doc.sentences.count)
            for r in rule { for m in r.mentions where m.document == doc.id && need.indices.contains(m.sentence) { need[m.sentence] = true } }
            var used = Set<String>()
            // (a verb whose subject decides its kind counts for each kind it may take)
            func groups(_ x: Site) -> [String] {
                subjectKinds.decides(x.site.entry.id) ? subjectKinds.kinds(of: x.site.entry).map(TypedEventFinder.joinGroup) : [TypedEventFinder.joinGroup(x.site.entry.kind)]
            }
            for x in sites where need.indices.contains(x.sentence) && need[x.sentence] { used.formUnion(groups(x)) }
            var r = need
            for (n, range) in bySentence where !r[n] {
                if sites[range].contains(where: { groups($0).contains(where: used.contains) }) { r[n] = true }
            }
            read = r
        }
        var events: [Event] = []
        var carries: [Bool] = []
        var subordinate: [Bool] = []
        var presentTense: [Bool] = []
        var fixtures: [Bool] = []
        // (session 32: whether each event is a verb joined to the one before it, `shareCoordinatedDates`)
        var joins: [Bool] = []
        // (session 33: each event's trigger tokens, `shareOffsetDates`)
        var eventTokens: [Range<Int>] = []
        // (session 36: the quarters of a game, which date nothing and carry no occasion)
        var gameQuarters: [Int] = []
        // (whether a sentence, else the headline, reports sport: asked only for a quarter)
        func gameStory(_ c: SentenceContext) -> Bool {
            if TypedEventFinder.reportsSport(c) { return true }
            if headlineSport == nil { headlineSport = TypedEventFinder.headlineReportsSport(doc, mentionAt: mentionAt, timeAt: timeAt, actors: actors, times: times) }
            return headlineSport!
        }
        for (n, r) in bySentence where read?[n] ?? true {
            let s = doc.sentences[n]
            c.enter(s)
            c.titleCase = TypedEventFinder.isTitleCase(s.tokens, tk)
            // once per sentence: its calendar times, whether it says "according to", and whether
            // it points to another time than the story's day (every token, inside times too)
            // (session 32: a same-day sequel's "later" opens the sentence on the story's day, "A short
            // time later, officers stopped a vehicle"; and "later" right after "and" or "but" orders
            // two predicates of the sentence, "conducted a traffic stop … and later arrested
            // Elizabeth A. Burton": neither points the sentence to another time)
            let sequel = TypedEventFinder.sameDaySequel(s.tokens, tk)
            var j = sequel.map { $0 + 1 } ?? s.tokens.lowerBound
            while j < s.tokens.upperBound {
                let end = timeAt[j] >= 0 ? min(s.tokens.upperBound, max(j + 1, times[Int(timeAt[j])].tokens.upperBound)) : j + 1
                // (session 33: "The day before Buckley's death, another climber died" is not of the story's day)
                for i in j..<end where TypedEventFinder.otherTimeWords.contains(tk[i]) && !(i > s.tokens.lowerBound && TypedEventFinder.predicateJoiners.contains(tk[i - 1].lower))
                    || (tk[i].lower == "at" && i + 2 < s.tokens.upperBound && tk[i + 1].lower == "the" && tk[i + 2].lower == "time")
                    || TypedEventFinder.stepsFromTheUnit(i, s.tokens, tk) {
                    c.pointsElsewhere = true
                }
                if timeAt[j] >= 0 {
                    let t = times[Int(timeAt[j])]
                    // (session 36: "in the second quarter" of a game, in a story of sport, is no
                    // calendar quarter: `gameQuarter`)
                    if t.isCalendarValue && TypedEventFinder.isQuarter(t) && gameStory(c) {
                        gameQuarters.append(Int(timeAt[j]))
                    } else if t.isCalendarValue {
                        c.calendarTimes.append(t)
                    }
                } else if tk[j].lower == "according", j + 1 < s.tokens.upperBound, tk[j + 1].lower == "to" {
                    c.accordingTo = true
                }
                j = end
            }
            readSentence(&sites[r], c)
            let sentenceEvents = events.count
            var eventSites: [Int] = []
            c.verbTriggers = sites[r].filter { !$0.site.isNoun }.map(\.site.tokens)
            c.verbTriggerKinds = sites[r].filter { !$0.site.isNoun }.map(\.site.entry.kind)
            // a sentence of sport is read only when it holds an entry sport reads as a game
            let sport = sites[r].contains { TypedEventFinder.sportReadings.contains($0.site.entry.id) } && TypedEventFinder.reportsSport(c)
            // (session 24: a verb of sport with a named object is a game, an event of the kind `other`:
            // "Granollers and Lopez defeated Karen Khachanov", "rallied to beat Roberto
            // Bautista-Agut"; a noun, "the attack", and a verb without one, "the home side
            // attacked in the second half", "while shooting 51.2 percent", stay none)
            if sport {
                for k in r where TypedEventFinder.sportReadings.contains(sites[k].site.entry.id) && !sites[k].site.isNoun
                    && sites[k].args.contains(where: { $0.role == "target" && $0.actor != nil }) {
                    let e = sites[k].site.entry
                    sites[k].site.entry = TriggerLexicon.Entry(id: TypedEventFinder.gameEntryID, lemma: e.lemma, pos: e.pos, kind: "other", plover: nil, cameo: nil,
                                                               frame: e.frame, example: "", line: 0)
                }
            }
            // (session 28: an economic conflict is an event, of the kind `other`: "a widening trade war";
            // session 31: so is an offer of money or of a contract, a bid: "offered Teixeira an
            // eight-year deal worth $184 million", `EventBids.swift`)
            for k in r where TypedEventFinder.isEconomicConflict(sites[k], c) || TypedEventFinder.isBid(sites[k], c) {
                sites[k].site.entry.kind = "other"
                sites[k].site.entry.plover = nil
                sites[k].site.entry.cameo = nil
            }
            // (session 30: an active "fired" that dismisses no one is a shot, an attack: "The pirates
            // had fired at the merchant vessel", "the navy says it fired in self-defence"; ECB+ dev
            // missed 7 "fired". A passive, "was fired on Monday", stays a dismissal, dropped)
            if let shot = shotEntry {
                for k in r where TypedEventFinder.firesNoOne(sites[k], c) && TypedEventFinder.firesAShot(sites[k], c) { sites[k].site.entry = shot }
            }
            for k in r {
                // (the site is copied once for all the tests: each call with `sites[k]` copies it;
                // a closure here would copy the sentence context at each use instead)
                var kept = false
                do {
                    let site = sites[k]
                    // (session 31: a fixture of sport, in a story of sport, is a game only with a
                    // named opponent as its object: "Serbia takes on Japan"; not "Nadal will play in the final")
                    kept = !TypedEventFinder.tellsNoGame(site) && !TypedEventFinder.releasesAThing(site) && !TypedEventFinder.firesNoOne(site, c) && !TypedEventFinder.leavesNoOrganization(site, c)
                        && !TypedEventFinder.givesNoAid(site, c) && !TypedEventFinder.qualifiesANoun(site, c)
                        && !(site.site.isNoun && site.site.tokens.count == 1 && TypedEventFinder.readsAsAdjective(c.tokens, site.site.tokens.lowerBound, s.tokens))
                        && !(sport && TypedEventFinder.sportReadings.contains(site.site.entry.id)) && !TypedEventFinder.isFigurative(site, c) && !gerundOfNoEvent(site, c)
                        && !TypedEventFinder.namesACapacity(site, c) && !TypedEventFinder.arrivesNowhere(site, c) && !TypedEventFinder.requestQualifiesANoun(site, c)
                }
                guard kept else { continue }
                // the words of an event's name are no roles of it ("the Worldwide Developers
                // Conference": no agent "Worldwide Developers"), and a named event has no target
                // (what follows it is where it is: "the Macworld Conference in San Francisco")
                let b = sites[k].site.tokens.lowerBound
                if sites[k].site.isNoun, !c.titleCase, b > s.tokens.lowerBound, c.tokens[b].isCapitalized, c.tokens[b - 1].isCapitalized {
                    var n = b - 1
                    while n > s.tokens.lowerBound, n > b - 8, c.tokens[n - 1].isCapitalized { n -= 1 }
                    let name = doc.span(tokens: n..<b)
                    sites[k].args.removeAll { $0.role == "target" || $0.span.start >= name.start && $0.span.end <= name.end }
                }
                // a reaction to an event, or a call for one, is not doing it: "Ghani condemned the
                // bombing", "called for an investigation", "welcomed the agreement" (the subject of
                // the verb governing a nominal event is its agent only for a verb that does it:
                // "launched an investigation", "signed the agreement")
                if sites[k].site.isNoun, let ai = sites[k].args.firstIndex(where: { $0.role == "agent" && ($0.rule == "support-verb-subject" || $0.rule == "parse-support-subject") }),
                   // (the sites are in token order: the verb is one of the three before)
                   (max(r.lowerBound, k - 3)..<k).contains(where: { n in TypedEventFinder.reactsTo(sites[n].site, sites[k].site, c) }) {
                    sites[k].args.remove(at: ai)
                }
                // a measure is no one the event is done to ("fell about 600m", "rose 5%")
                // (a loop: the closure of `removeAll` copied the sentence's context, document and all)
                var a = 0
                while a < sites[k].args.count {
                    if sites[k].args[a].role == "target" && TypedEventFinder.isMeasure(sites[k].args[a].span, c) { sites[k].args.remove(at: a) } else { a += 1 }
                }
                // "Three people died": the subject of a `patient` entry is what happens to it (a
                // target, as KAIROS's Victim and PLOVER's target), never who does it (after the
                // complements took it as theirs: "died after slipping and falling"); an intransitive
                // death has no other target ("fallen to his death in Aoraki Mount Cook National
                // Park" is where)
                if sites[k].site.entry.frame.contains("patient"), let a = sites[k].args.firstIndex(where: { $0.role == "agent" }) {
                    sites[k].args[a].role = "target"
                    let subject = sites[k].args[a].span
                    sites[k].args.removeAll { $0.role == "target" && $0.span != subject }
                }
                // a verb whose doer decides its kind ("an earthquake hit", "a missile hit"), or
                // that is no event with another doer ("the company hit a record")
                if TypedEventFinder.adoptsALaw(sites[k], c) {
                    sites[k].site.entry.kind = "other"
                    sites[k].site.entry.plover = nil
                    sites[k].site.entry.cameo = nil
                }
                let agent = sites[k].args.first { $0.role == "agent" }
                if let l = subjectKinds.line(for: sites[k].site.entry.id, agent: agent?.text, person: agent?.actor.flatMap { c.actors.actors[$0]?.kind } == .person) {
                    // (with another doer, a verb joined by "and" to a trigger right after it is
                    // part of that event: "hit and killed a woman", "was hit and injured")
                    let joined = sites[r].first { n in
                        let b = sites[k].site.tokens.upperBound
                        return n.site.tokens.lowerBound == b + 1 && b < s.tokens.upperBound && c.tokens[b].lower == "and" && !n.site.isNoun
                    }
                    guard let kind = l.kind ?? joined?.site.entry.kind else { continue }
                    sites[k].site.entry.kind = kind
                    sites[k].site.entry.plover = l.kind == nil ? joined?.site.entry.plover : l.plover
                    sites[k].site.entry.cameo = l.kind == nil ? joined?.site.entry.cameo : l.cameo
                }
                // (session 28: a hearing of a legislature or a public body is a meeting)
                if TypedEventFinder.isBodyHearing(sites[k], c) {
                    sites[k].site.entry.kind = "meeting"
                    sites[k].site.entry.plover = "CONSULT"
                    sites[k].site.entry.cameo = "04"
                }
                events.append(event(sites[k], c))
                joins.append(eventSites.last.map { TypedEventFinder.joinsThePredicateBefore(sites[k], sites[$0], c) } ?? false)
                eventTokens.append(sites[k].site.tokens)
                eventSites.append(k)
                carries.append(carriesOccasion(sites[k], sites[r], c))
                subordinate.append(TypedEventFinder.followsTheMainClause(sites[k], sites[r], c))
                presentTense.append(TypedEventFinder.presentPassive(sites[k], c))
                fixtures.append(!sites[k].site.isPast && TypedEventFinder.sportFixtures.contains(sites[k].site.entry.id))
            }
            if eventSites.count > 0 { TypedEventFinder.shareRelativeDates(&events, from: sentenceEvents, sites: eventSites.map { sites[$0] }, c) }
        }
        TypedEventFinder.carryOccasion(&events, carries: carries, subordinate: subordinate, presentTense: presentTense, doc: doc,
                                       times: gameQuarters.isEmpty ? times : times.indices.filter { !gameQuarters.contains($0) }.map { times[$0] })
        TypedEventFinder.shareCoordinatedDates(&events, joins: joins)
        TypedEventFinder.carryFixtureDay(&events, fixtures: fixtures, doc: doc)
        TypedEventFinder.dateRetold(&events, doc: doc, actors: actors, times: times, mentionAt: mentionAt, timeAt: timeAt)
        TypedEventFinder.shareOffsetDates(&events, eventTokens: eventTokens, doc: doc, times: times, timeAt: timeAt)
        return TypedEventFinder.join(events, doc: doc, timeAt: timeAt)
    }

    /// A noun event and a relative clause on it that tells how it went are one occurrence, of
    /// one day (session 22): the clause's time dates the noun ("the bombings which killed 224
    /// people, including 12 Americans, on Aug. 7, 1998"; "the shooting that took place last
    /// Friday"), and the noun's dates the clause's verb ("the 1996 Olympic bombing that killed one
    /// person"; "the Dec. 21, 1988, bombing of Pan Am Flight 103 that killed 259 people"). The
    /// noun, at most a phrase of six words after it opened by a preposition, "that" or ", which",
    /// at most one adverb in -ly, then a verb in the simple past: an event of the lexicon, or a
    /// verb of occurrence (`function-words.tsv`, `occurrence-verb`: "took place", "happened")
    /// whose time follows it. Not a perfect or a passive ("the attack that was condemned on
    /// Monday" is another event, the condemning), nor "who". Each noun reads at most 12 tokens.
    static func shareRelativeDates(_ events: inout [Event], from first: Int, sites: [Site], _ c: SentenceContext) {
        let tk = c.tokens, s = c.sentence.tokens
        let occurrence = FunctionWords.standard.words("occurrence-verb")
        func undated(_ e: Event) -> Bool { e.date == nil && (e.typing?.dateSource == EventTyping.DateSource.none || e.typing?.dateSource == .article) }
        func setDate(_ k: Int, _ v: String) {
            events[k].date = v
            events[k].typing?.dateSource = .relative
            events[k].typing?.fallbackDate = nil
        }
        // (a noun, or a form in -ing after a determiner and at most one word: "the 1996 Olympic bombing")
        func nominal(_ x: Site) -> Bool {
            let a = x.site.tokens.lowerBound
            return x.site.isNoun || (tk[a].lower.hasSuffix("ing") && (max(s.lowerBound, a - 3)..<a).contains { TypedEventFinder.determiners.contains(tk[$0]) })
        }
        // (the site starting at each token: one pass, so that each noun's look stays bounded)
        var startsAt: [Int: Int] = [:]
        for (n, x) in sites.enumerated() where startsAt[x.site.tokens.lowerBound] == nil { startsAt[x.site.tokens.lowerBound] = n }
        for (n, x) in sites.enumerated() where nominal(x) {
            // the relative word
            var j = x.site.tokens.upperBound
            var rel: Int?
            let phrase = j < s.upperBound && ["of", "in", "at", "on", "near", "against", "outside", "inside"].contains(tk[j].lower)
            while j < s.upperBound, j < x.site.tokens.upperBound + 8 {
                let w = tk[j].lower
                if w == "that" || w == "which" { rel = j; break }
                if w == ",", j + 1 < s.upperBound, tk[j + 1].lower == "which" { rel = j + 1; break }
                if !phrase || j >= x.site.tokens.upperBound + 6 || TypedEventFinder.clauseBreaks.contains(w) || c.timeAt[j] >= 0 { break }
                if startsAt[j] != nil { break }
                j += 1
            }
            // (session 24: a noun event opening its sentence as the subject of a verb event in the
            // simple past is of that verb's clause time: "A storm system dumped about 2 inches … of
            // rain … on Tuesday")
            if rel == nil, x.site.tokens.lowerBound - s.lowerBound <= 3,
               !(s.lowerBound..<x.site.tokens.lowerBound).contains(where: { tk[$0].kind != .word || TypedEventFinder.gerundOpeners.contains(tk[$0].lower) }) {
                var v = x.site.tokens.upperBound
                while v < s.upperBound, v < x.site.tokens.upperBound + 2, startsAt[v] == nil, tk[v].kind == .word, !tk[v].isCapitalized,
                      !TypedEventFinder.clauseBreaks.contains(tk[v]), !TypedEventFinder.gerundOpeners.contains(tk[v].lower), !["of", "in", "at", "to", "for", "with"].contains(tk[v].lower) { v += 1 }
                let nk = first + n
                if let m = startsAt[v], !sites[m].site.isNoun, sites[m].site.isPast, sites[m].status == .happened, events.indices.contains(nk),
                   events[nk].triggerSpan == c.doc.span(tokens: x.site.tokens), undated(events[nk]) {
                    let vk = first + m
                    if events.indices.contains(vk), events[vk].triggerSpan == c.doc.span(tokens: sites[m].site.tokens), let d = events[vk].date,
                       events[vk].typing?.dateSource == .clause {
                        setDate(nk, d)
                    }
                }
            }
            guard let r = rel, r + 1 < s.upperBound else { continue }
            var v = r + 1
            if tk[v].lower.hasSuffix("ly"), tk[v].lower.count > 4, v + 1 < s.upperBound { v += 1 }
            let nk = first + n
            guard events.indices.contains(nk), events[nk].triggerSpan == c.doc.span(tokens: x.site.tokens) else { continue }
            if let m = startsAt[v], !sites[m].site.isNoun, sites[m].site.isPast, sites[m].status == .happened {
                let vk = first + m
                guard events.indices.contains(vk), events[vk].triggerSpan == c.doc.span(tokens: sites[m].site.tokens) else { continue }
                if undated(events[nk]), let d = events[vk].date, events[vk].typing?.dateSource == .clause,
                   let t = c.calendarTimes.first(where: { $0.tokens.lowerBound >= sites[m].site.tokens.upperBound }),
                   t.tokens.lowerBound < sites[m].site.tokens.upperBound + 14 {
                    setDate(nk, d)
                } else if undated(events[vk]), let d = events[nk].date, let src = events[nk].typing?.dateSource, src == .clause || src == .rule {
                    setDate(vk, d)
                }
            } else if occurrence.contains(tk[v].lower), undated(events[nk]) {
                // ("took place": the verb's particle, then the time within three tokens)
                var e = v + 1
                if e < s.upperBound, tk[v].lower == "took", tk[e].lower == "place" { e += 1 } else if tk[v].lower == "took" { continue }
                if let t = c.calendarTimes.first(where: { $0.tokens.lowerBound >= e && $0.tokens.lowerBound <= e + 2 }),
                   !(e..<t.tokens.lowerBound).contains(where: { TypedEventFinder.clauseBreaks.contains(tk[$0]) }),
                   let d = TypedEventFinder.dayPrecision(t.value) {
                    setDate(nk, d)
                }
            }
        }
    }

    /// Whether an event may take the day of its story's occasion from an earlier sentence
    /// (`carryOccasion`): it happened, its sentence has no calendar time and is no headline, and it
    /// is told in the simple past: a verb in the past that is no perfect ("has risen", "had
    /// ended") and no participle of a reduced passive ("cuts demanded by the IMF"); a noun in a
    /// sentence told so ("took to the streets in a nationwide strike", "During a visit …, Obama
    /// said").
    func carriesOccasion(_ x: Site, _ all: ArraySlice<Site>, _ c: SentenceContext) -> Bool {
        let tk = c.tokens, s = c.sentence.tokens
        // (nor in a sentence that points to another time: "said in a statement at the time", "Ohio
        // State previously said"; `SentenceContext.pointsElsewhere`, found once per sentence)
        guard x.status == .happened, c.calendarTimes.isEmpty, !c.pointsElsewhere,
              !(c.doc.title.map { $0.contains(c.sentence.span) } ?? false) else { return false }
        let x0 = x.site.tokens.lowerBound
        // (a clause of background: a fronted subordinate clause, "When King hired O'Brien, he had
        // called him …", and a relative or adverbial clause, "the same date that Larry Brown
        // resigned"; "when", "while", "as", "after" after the main clause keep its occasion: "… died after
        // demonstrators set their bank on fire")
        if TypedEventFinder.frontedClauseOpeners.contains(tk[s.lowerBound]),
           !(s.lowerBound..<x0).contains(where: { tk[$0].lower == "," }) { return false }
        var j = x0 - 1
        while j >= s.lowerBound, j >= x0 - 8, tk[j].lower != "," {
            if TypedEventFinder.backgroundClauseWords.contains(tk[j]) { return false }
            j -= 1
        }
        // (a noun that is the content of a legal step, an accusation, a call or a statement: "found
        // guilty of first-degree murder", "charged with vehicular manslaughter", "arrested for DUI")
        if x.site.isNoun, all.contains(where: { y in
            y.site.tokens.upperBound <= x0 && ["legal", "arrest", "accuse", "reject", "call", "declaration", "threaten"].contains(y.site.entry.kind)
        }) { return false }
        func simplePast(_ y: Site) -> Bool {
            guard !y.site.isNoun, y.site.isPast, y.status == .happened else { return false }
            let a = y.site.tokens.lowerBound, b = y.site.tokens.upperBound
            if a > s.lowerBound, tk[a - 1].lower == "to" || tk[a - 1].lower == "being" { return false }
            // ("the second player … to be arrested")
            if a - 2 >= s.lowerBound, tk[a - 2].lower == "to", TypedEventFinder.infinitiveAuxiliaries.contains(tk[a - 1]) { return false }
            if (max(s.lowerBound, a - 3)..<a).contains(where: { TypedEventFinder.perfectAuxiliaries.contains(tk[$0]) }) { return false }
            // (a participle right after a noun with "by" after it, no "be" before: a reduced passive)
            if b < s.upperBound, tk[b].lower == "by", !(max(s.lowerBound, a - 2)..<a).contains(where: { LocalRoleFinder.beForms.contains(tk[$0]) }) { return false }
            return true
        }
        if !x.site.isNoun { return simplePast(x) }
        // (a noun after "after", "before", "since", "until" is another time: "the latest to hit
        // France after a spate of high-profile robberies")
        let a = x.site.tokens.lowerBound
        if (max(s.lowerBound, a - 5)..<a).contains(where: { TypedEventFinder.otherTimePrepositions.contains(tk[$0]) }) { return false }
        return all.contains(where: simplePast) || s.contains { TypedEventFinder.pastTellingWords.contains(tk[$0]) }
    }

    /// The words that open a clause after the main clause (`function-words.tsv`, set
    /// `main-clause-follower`).
    static let mainClauseFollowers = FunctionWords.standard.words("main-clause-follower")

    /// Whether event `x` is in a clause after its sentence's main clause: a word of
    /// `main-clause-follower` stands between the main event (of `all`, its sentence's sites) and
    /// `x`, or, when the sentence has no main event, between a verb in the simple past that tells
    /// none and `x` ("federal prosecutors … released the body camera footage when officers … arrested
    /// Webb"; not after a progressive, "They were talking when the bomb went off", whose "when"
    /// clause is the occasion itself) (`carryOccasion`; session 27).
    static func followsTheMainClause(_ x: Site, _ all: ArraySlice<Site>, _ c: SentenceContext) -> Bool {
        guard !x.main else { return false }
        let x0 = x.site.tokens.lowerBound
        if let m = all.first(where: { $0.main }) {
            guard m.site.tokens.upperBound <= x0 else { return false }
            return (m.site.tokens.upperBound..<x0).contains { mainClauseFollowers.contains(c.tokens[$0].lower) }
        }
        let s = c.sentence.tokens
        guard let f = (s.lowerBound..<x0).first(where: { $0 > s.lowerBound && mainClauseFollowers.contains(c.tokens[$0].lower) }) else { return false }
        let syn = c.doc.wordClasses
        guard syn.count > 0, let tables = syn.tables else { return false }
        return (s.lowerBound..<f).contains { k in
            guard k + 1 < syn.tokenWord.count, c.tokens[k].kind == .word else { return false }
            let w = Int(syn.tokenWord[k])
            return w < Int(syn.tokenWord[k + 1]) && w < syn.upos.count && syn.upos[w] == .VERB && tables.verbFlags[Int(syn.feats[w])] == SyntaxTables.finitePast
        }
    }

    /// The day of the story's occasion carried to the events of the next sentences that give no
    /// time of their own (session 21): "Riots … left three bank workers dead … on Wednesday" / "Tens
    /// of thousands of people took to the streets in a nationwide strike"; "President Barack Obama
    /// announced plans Tuesday …" / "The president signed a memorandum …" / "During a visit to the
    /// Interior Department, Obama said …"; "On Aug. 7, Bushnell … had just ended a news conference"
    /// / "They were talking when the bomb went off". The day is that of the main event of a sentence
    /// with a calendar time (its own time, a whole day not after the article's date); it reaches
    /// the next three sentences of the same paragraph, and a sentence with a calendar time of its
    /// own ends it. Only events `carriesOccasion` allows take it (date source `occasion`). One
    /// pass over the sentences and the events.
    /// (session 27: an event of a clause after the main clause, opened by "when", "while", "as",
    /// "after" or "before", takes the day only when the sentence's main event, told so that it
    /// could take it, has it — a progressive main event, "They were talking when the bomb went
    /// off", leaves the day to the clause: "federal
    /// prosecutors … released the body camera footage when officers found and rescued her … and
    /// arrested Webb" does not give the arrest the day of the conviction told before; "… died after
    /// demonstrators set their bank on fire" gives both the day; `subordinate` marks such events)
    static func carryOccasion(_ events: inout [Event], carries: [Bool], subordinate: [Bool] = [], presentTense: [Bool] = [], doc: Document, times: [TimeExpression]) {
        guard carries.contains(true) else { return }
        // (an event inside a quotation is the speaker's, of no occasion told here: "We are
        // especially devastated by the death of …"; the quotes and the events are both in text
        // order, so one pointer walks the quotes)
        var q = 0
        func quoted(_ sp: Span) -> Bool {
            while q < doc.quotes.count, doc.quotes[q].outer.end <= sp.start { q += 1 }
            return q < doc.quotes.count && doc.quotes[q].outer.start <= sp.start && sp.end <= doc.quotes[q].outer.end
        }
        // the number of sentences of each paragraph
        var short: [Int: Int] = [:]
        for sentence in doc.sentences { short[sentence.paragraph, default: 0] += 1 }
        var hasTime = [Bool](repeating: false, count: doc.sentences.count)
        for t in times where t.isCalendarValue && !t.tokens.isEmpty {
            let n = doc.sentence(containingToken: t.tokens.lowerBound)
            if hasTime.indices.contains(n) { hasTime[n] = true }
        }
        // the events of each sentence (events are in sentence order)
        var first = [Int](repeating: -1, count: doc.sentences.count)
        for (k, e) in events.enumerated().reversed() where first.indices.contains(e.provenance.sentence) { first[e.provenance.sentence] = k }
        // (session 22: the day of each kind's event there too, so that a death carries the day of
        // the shooting, not of the arrest told with it: "… arrested on Tuesday for the shooting that
        // took place last Friday …" / "Horton died instantly from a shot in the face"; and, when no
        // main event has a day, the one day all its dated events share: "Comeaux was in a wheelchair
        // Nov. 30 when he pulled a gun on two guards …" / "… where Comeaux took their weapons,
        // handcuffed them together and ran away")
        // (session 29: an anchor of a month or a week, `coarse`, reaches the next sentence only)
        var anchor: (value: String?, sentence: Int, paragraph: Int, byGroup: [String: String], coarse: Bool)?
        for (n, sentence) in doc.sentences.enumerated() {
            if hasTime[n] {
                anchor = nil
                var main: String?
                var byGroup: [String: String] = [:]
                var days = Set<String>()
                var k = first[n]
                while k >= 0, k < events.count, events[k].provenance.sentence == n {
                    if let v = events[k].date, let t = events[k].typing, t.dateSource == .clause || t.dateSource == .sentence || t.dateSource == .relative,
                       TypedEventFinder.carriesAsOccasion(v, articleDate: doc.date) {
                        if t.main, main == nil, t.dateSource != .relative { main = v }
                        let g = TypedEventFinder.occasionGroup(t.type)
                        if byGroup[g] == nil { byGroup[g] = v }
                        days.insert(v)
                    }
                    k += 1
                }
                // (a sentence with a day carries days only, as before session 29; one with none, its
                // month or week, to the next sentence only)
                let coarse = !days.contains { $0.count == 10 }
                if !coarse {
                    if let m = main, m.count != 10 { main = nil }
                    byGroup = byGroup.filter { $0.value.count == 10 }
                    days = days.filter { $0.count == 10 }
                }
                if main == nil, days.count == 1 { main = days.first }
                if main != nil || !byGroup.isEmpty { anchor = (main, n, sentence.paragraph, byGroup, coarse) }
                continue
            }
            // (across paragraphs of at most two sentences each, as web pages give a story one
            // sentence a paragraph: "Police arrested six people Monday during a narcotics
            // investigation …" / "Officers also arrested Christopher L. Tays …, Harris said."; session 22)
            // (there only an event of a kind the anchor's sentence dated goes on with its day: the
            // statements and calls of sources are told on other days: "Satcher said at a news
            // conference", "… called on the 'interim' government to withdraw")
            // (session 32: a sentence opened by a same-day sequel, "A short time later, officers
            // stopped a vehicle", goes on with the day across paragraphs, up to six sentences on)
            let sequel = anchor.map { !$0.coarse && $0.value != nil && n - $0.sentence <= 6 } ?? false
                && TypedEventFinder.sameDaySequel(sentence.tokens, doc.tokens) != nil
            guard let a = anchor, sequel || n - a.sentence <= (a.coarse ? 1 : 3),
                  sequel || a.paragraph == sentence.paragraph || (a.paragraph..<sentence.paragraph + 1).allSatisfy({ (short[$0] ?? 0) <= 2 }) else { continue }
            let sameParagraph = sequel || a.paragraph == sentence.paragraph
            // (the events of the main clause first, then those of a clause after it)
            for pass in 0..<2 {
                var main: Int?
                var k = first[n]
                while pass == 1, k >= 0, k < events.count, events[k].provenance.sentence == n {
                    if events[k].typing?.main == true { main = k; break }
                    k += 1
                }
                k = first[n]
                while k >= 0, k < events.count, events[k].provenance.sentence == n {
                    let sub = k < subordinate.count && subordinate[k]
                    // (session 29: a month or a week before is no time of a present passive, "Hiller is
                    // also charged with attempted murder" after "… in September 2010")
                    if a.coarse, k < presentTense.count, presentTense[k] { k += 1; continue }
                    if (pass == 1) == sub, carries[k], events[k].date == nil, let src = events[k].typing?.dateSource, src == .none || src == .article, !quoted(events[k].triggerSpan),
                       let value = events[k].typing.flatMap({ a.byGroup[TypedEventFinder.occasionGroup($0.type)] }) ?? (sameParagraph ? a.value : nil),
                       !sub || main.map({ events[$0].date == value || !carries[$0] || events[$0].typing?.status != .happened }) ?? false {
                        events[k].date = value
                        events[k].typing?.dateSource = .occasion
                        events[k].typing?.fallbackDate = nil
                    }
                    k += 1
                }
            }
        }
    }

    /// Whether verb event `x` is a present passive: "is", "are" or "am" at most two tokens before
    /// its participle ("Hiller is also charged with attempted murder"; session 29, `carryOccasion`).
    static func presentPassive(_ x: Site, _ c: SentenceContext) -> Bool {
        guard !x.site.isNoun, x.site.isPast else { return false }
        let a = x.site.tokens.lowerBound
        return (max(c.sentence.tokens.lowerBound, a - 2)..<a).contains { ["is", "are", "am"].contains(c.tokens[$0].lower) }
    }

    /// Whether date value `v` may be an occasion carried to the next sentences (`carryOccasion`): a
    /// day, and since session 29 a month or an ISO week ("Earlier this month, NASA announced …" /
    /// "… workers completed installation"; "In the final seconds of last week's game, Garrett
    /// pulled off …" / "Garrett then swung it at Rudolph"), that begins no later than the article's
    /// day. Not a year, a season, a quarter or a half: too long for one occasion.
    static func carriesAsOccasion(_ v: String, articleDate: String?) -> Bool {
        let u = Array(v.utf8)
        let day = u.count == 10 && CalendarDate(iso: v) != nil
        let month = u.count == 7 && u[4] == 45 && u[5] >= 48 && u[5] <= 57 && u[6] >= 48 && u[6] <= 57
        let week = u.count == 8 && u[4] == 45 && u[5] == 87 && u[6] >= 48 && u[6] <= 57 && u[7] >= 48 && u[7] <= 57
        guard day || month || week else { return false }
        guard let d = articleDate else { return true }
        if day { return v <= String(d.prefix(10)) }
        guard let first = firstDay(v), let a = CalendarDate(iso: String(d.prefix(10))) else { return false }
        return first <= a
    }

    /// Verb triggers that react to an event or call for it, never do it: the kinds accuse,
    /// reject and call, and the lemmas of approval.
    static let reactionKinds: Set<String> = ["accuse", "reject", "call"]
    static let approvalLemmas: Set<String> = ["praise", "welcome", "support", "hail", "applaud", "endorse"]

    /// Whether verb trigger `v` governs nominal event `n` as a reaction to it: `v` ends at most
    /// three tokens before `n`, with no verb form between ("condemned Monday's bombing"; not
    /// "denied carrying out the attack").
    static func reactsTo(_ v: TriggerSite, _ n: TriggerSite, _ c: SentenceContext) -> Bool {
        guard !v.isNoun, v.tokens.upperBound <= n.tokens.lowerBound, n.tokens.lowerBound - v.tokens.upperBound <= 3,
              reactionKinds.contains(v.entry.kind) || approvalLemmas.contains(v.entry.lemma) else { return false }
        return (v.tokens.upperBound..<n.tokens.lowerBound).allSatisfy { j in
            let w = c.tokens[j].lower
            return w != "to" && !(w.hasSuffix("ing") && w.count > 4) && !(w.hasSuffix("ed") && w.count > 3)
        }
    }

    /// Whether a span is a measure: at most four tokens, numbers or "%" ("600m", "5 %"); found
    /// by a binary search in the sentence, so a long sentence costs its logarithm.
    static func isMeasure(_ span: Span, _ c: SentenceContext) -> Bool {
        let s = c.sentence.tokens
        var lo = s.lowerBound, hi = s.upperBound
        while lo < hi {
            let m = (lo + hi) / 2
            if c.tokens[m].span.start < span.start { lo = m + 1 } else { hi = m }
        }
        var j = lo, n = 0
        while j < s.upperBound, c.tokens[j].span.end <= span.end, n < 5 {
            guard c.tokens[j].kind == .number || c.tokens[j].text == "%" else { return false }
            j += 1
            n += 1
        }
        return n > 0 && n < 5 && (j >= s.upperBound || c.tokens[j].span.start >= span.end)
    }

    /// Whether a "release" sets a thing loose, not people or a restriction: "released a
    /// statement", "released its new software", "the release of the OS" (no event of the
    /// `release` kind; a statement noun is its own event): its object's head word (the last
    /// before a post-modifier) is a thing; a named actor never is ("released the sailors" stays).
    static func releasesAThing(_ x: Site) -> Bool {
        // (the object: a target, or a theme when the role finders saw no party named)
        guard x.site.entry.id.hasPrefix("release.release."),
              let t = x.args.first(where: { $0.role == "target" }) ?? x.args.first(where: { $0.role == "theme" }), t.actor == nil else { return false }
        var head: Substring?
        for w in t.text.split(separator: " ") {
            if ["of", "in", "for", "from", "at", "on", "with", "to", "that", "which", ","].contains(w.lowercased()) { break }
            head = w
        }
        return head.map { releasedThings.contains($0.lowercased()) } ?? false
    }

    /// Whether an active "fired" is no dismissal: it needs someone as its object ("fired coach
    /// John Smith"); "fired on the crowd", "fired tear gas" or "fired four shells at targets"
    /// (a theme), a bare "troops fired" are shots (the shots phrases are entries of their own).
    static func firesNoOne(_ x: Site, _ c: SentenceContext) -> Bool {
        guard x.site.entry.id == "election.fire.v" else { return false }
        let next = x.site.tokens.upperBound
        if next < c.sentence.tokens.upperBound, ["on", "at", "into", "upon", "back", "off", "up", "away", "against", "toward", "towards", "from", "over", "in"].contains(c.tokens[next].lower) { return true }
        return !x.args.contains { $0.role == "target" } || x.args.contains { $0.role == "theme" }
    }

    /// The entry a shot carries (an active "fired" that dismisses no one, session 30): a reading
    /// of `triggers.tsv` (forms `=`).
    static let shotEntryID = "military.fire.v"
    /// The words before a participle that make it a passive ("was fired", "got fired") and the
    /// adverbs read over between them ("was not fired"; any word in -ly too): `function-words.tsv`,
    /// sets `passive-auxiliary` and `passive-adverb`.
    static let passiveAuxiliaries = FunctionWords.standard.words("passive-auxiliary")
    static let passiveAdverbs = FunctionWords.standard.words("passive-adverb")

    /// Whether a "fired" that dismisses no one (`firesNoOne`) is a shot: an active one ("the
    /// pirates had fired at the merchant vessel", "it fired in self-defence"), not a passive
    /// ("was fired on Monday", "got fired") nor one with a time right after it ("fired on Monday").
    static func firesAShot(_ x: Site, _ c: SentenceContext) -> Bool {
        let a = x.site.tokens.lowerBound, b = x.site.tokens.upperBound, s = c.sentence.tokens
        guard !x.site.isNoun, c.tokens[a].lower.hasSuffix("ed") else { return false }
        var j = a - 1
        while j >= s.lowerBound && j >= a - 3 {
            let w = c.tokens[j].lower
            if passiveAuxiliaries.contains(w) { return false }
            guard c.tokens[j].kind == .word, w.hasSuffix("ly") || passiveAdverbs.contains(w) else { break }
            j -= 1
        }
        if b < s.upperBound, c.timeAt[b] >= 0 || (b + 1 < s.upperBound && c.timeAt[b + 1] >= 0) { return false }
        return true
    }

    /// Whether a plain "left" is no leaving of office: it needs an organization (a company, a
    /// party) named as its object ("Jobs left Apple"); "left Paris", "left the country", "left
    /// three dead", "…, leaving 100 UN troops" are none ("left the company/office/post" are
    /// entries of their own).
    static func leavesNoOrganization(_ x: Site, _ c: SentenceContext) -> Bool {
        guard x.site.entry.id == "election.leave.v" else { return false }
        // (a participle clause "…, leaving 100 UN troops" is what remains, not who left)
        if c.tokens[x.site.tokens.lowerBound].lower.hasSuffix("ing") { return true }
        guard let name = x.args.first(where: { $0.role == "target" })?.actor, let a = c.actors.actors[name] else { return true }
        return a.kind != .organization
    }

    /// Things a "release" makes public or puts on sale: `events/en/released-things.tsv`, one word
    /// a line (an absent file leaves the set empty, and `releasingAThingIsNoRelease` fails).
    static let releasedThings = RuleBook.bundledWords("events/en/released-things.tsv")
    static let givenThings = RuleBook.bundledWords("events/en/given-things.tsv")
    static let modifiedHeads = RuleBook.bundledWords("events/en/modified-heads.tsv")
    /// What makes an adoption a law or a decision (`adopted-laws.tsv`; session 21).
    static let adoptedLaws = RuleBook.bundledWords("events/en/adopted-laws.tsv")

    /// Whether "adopted" adopts a law or a decision, an act of its own (kind `other`), not a
    /// declaration: a word of `adopted-laws.tsv` among the four words after it (the object: "adopted
    /// a decision to remove …") or, for a passive, among the six before it with no clause break
    /// ("a law 'On political parties' was adopted"). "adopted a resolution" stays a declaration.
    static func adoptsALaw(_ x: Site, _ c: SentenceContext) -> Bool {
        guard x.site.entry.id == "declaration.adopt.v" else { return false }
        let tk = c.tokens, s = c.sentence.tokens, a = x.site.tokens.lowerBound, b = x.site.tokens.upperBound
        var k = b
        while k < s.upperBound, k < b + 4, tk[k].kind != .punct {
            if adoptedLaws.contains(tk[k].lower) { return true }
            if ["resolution", "resolutions", "declaration", "statement"].contains(tk[k].lower) { return false }
            k += 1
        }
        guard a - 1 >= s.lowerBound, LocalRoleFinder.beForms.contains(tk[a - 1]) else { return false }
        k = a - 2
        while k >= s.lowerBound, k >= a - 8 {
            let w = tk[k].lower
            if w == "," || w == ";" || clauseBreaks.contains(w) && w != "that" { return false }
            if adoptedLaws.contains(w) { return true }
            k -= 1
        }
        return false
    }

    /// The entries of a public reaction whose event is a declaration in chronicle.json
    /// (`public-reactions.tsv`: "condemned the bombings"; session 21).
    static let publicReactions = RuleBook.bundledWords("events/en/public-reactions.tsv")

    /// Whether a trigger noun only qualifies the noun after it (a word of `modified-heads.tsv`:
    /// "the appeals court", "voting rights", "a marching band", "a homicide detective").
    static func qualifiesANoun(_ x: Site, _ c: SentenceContext) -> Bool {
        let b = x.site.tokens.upperBound
        // (a bare verb form before such a head is that noun too: "empty shell boxes"; session 21)
        let bareVerb = x.site.entry.pos == .verb && x.site.tokens.count == 1 && c.tokens[b - 1].lower == x.site.entry.lemma
        guard b < c.sentence.tokens.upperBound, x.site.isNoun || c.tokens[b - 1].lower.hasSuffix("ing") || bareVerb else { return false }
        return modifiedHeads.contains(c.tokens[b].lower)
    }
    static let aidVerbs: Set<String> = ["aid.give.v", "aid.send.v", "aid.provide.v"]

    /// Words of sport (`sport-words.tsv`) and the entries a sentence of sport reads as a game
    /// (`sport-readings.tsv`): "Rublev had rallied to beat Bautista-Agut 3-6, 6-3, 7-6" is no
    /// protest and no beating (session 19, unseen news).
    static let sportWords = RuleBook.bundledWords("events/en/sport-words.tsv")
    static let sportReadings = RuleBook.bundledWords("events/en/sport-readings.tsv")
    /// The entry a game of sport carries (`sport-readings.tsv` verbs with an object in a sentence of
    /// sport): kind `other`, no PLOVER type or CAMEO code (session 24).
    static let gameEntryID = "other.game"
    /// Words that make the combat noun after them no combat (`figurative-modifiers.tsv`: "trade
    /// war", "a custody battle", "a heart attack").
    static let figurativeModifiers = RuleBook.bundledWords("events/en/figurative-modifiers.tsv")

    /// Whether a sentence reports sport: two of its words are words of sport or scores ("6-4",
    /// "3 - 6"); one pass over the sentence.
    static func reportsSport(_ c: SentenceContext) -> Bool {
        let tk = c.tokens, s = c.sentence.tokens
        var n = 0
        for j in s {
            let w = tk[j].lower
            if sportWords.contains(w) { n += 1 }
            else if tk[j].kind == .number, j + 2 < s.upperBound, tk[j + 1].text == "-", tk[j + 2].kind == .number { n += 1 }
            else if w.utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true, let h = w.firstIndex(of: "-"), w[w.index(after: h)...].first?.isNumber == true,
                    w[..<h].allSatisfy(\.isNumber) { n += 1 }
            if n >= 2 { return true }
        }
        return false
    }

    /// Words of a legislature's or a public body's hearing, and of a court's
    /// (`function-words.tsv`, sets `body-hearing` and `court-hearing`; session 28).
    static let bodyHearingWords = FunctionWords.standard.words("body-hearing")
    static let courtHearingWords = FunctionWords.standard.words("court-hearing")
    /// The entry of testifying, a hearing's when a legislature or a public body hears it (session
    /// 34; the verb only: "Mueller's own congressional testimony" is what he said, `other` in the golds).
    static let testifyEntry = "legal.testify.v"

    /// Whether a hearing (the lexicon's legal `hearing`) is a legislature's or a public body's, a
    /// meeting: its sentence names such a body or its business ("during a hearing last week",
    /// "ranking member of the House Science Committee's space subcommittee"; "a public hearing";
    /// "Wednesday morning's hearing … the historic impeachment inquiry") and no court ("a judge
    /// ruled that Assange should remain in jail until his extradition hearing"). One pass over
    /// the sentence, for a hearing only. (session 34) Testifying is that hearing too when such
    /// words other than its own trigger are in its sentence ("Volker and Morrison testified
    /// side-by-side before the House Intelligence Committee Tuesday"; "testified at his trial",
    /// "testified before a grand jury" stay legal).
    static func isBodyHearing(_ x: Site, _ c: SentenceContext) -> Bool {
        let id = x.site.entry.id
        // (the kind first: most sites are of another)
        guard x.site.entry.kind == "legal", x.site.isNoun ? id == "legal.hearing.n" : id == testifyEntry else { return false }
        var body = false
        for j in c.sentence.tokens where !x.site.tokens.contains(j) {
            let w = c.tokens[j].lower
            if courtHearingWords.contains(w) { return false }
            if bodyHearingWords.contains(w) { body = true }
        }
        return body
    }

    /// Nouns of an event that are adjectives too (`adjective-nouns.tsv`: "offensive").
    static let adjectiveNouns = RuleBook.bundledWords("events/en/adjective-nouns.tsv")

    /// Whether the one-word noun at `a` is an adjective here: a word of `adjective-nouns.tsv` with
    /// no determiner, possessive, number or name right before it or one modifier before it ("has
    /// said that offensive signs …" qualifies the signs; "an offensive", "Russia's ground
    /// offensive", "a Russian offensive" are events; session 19b).
    static func readsAsAdjective(_ tk: [Token], _ a: Int, _ s: Range<Int>) -> Bool {
        guard adjectiveNouns.contains(tk[a].lower) else { return false }
        for b in [a - 1, a - 2] where b >= s.lowerBound {
            let w = tk[b]
            if strongNounSlot.contains(w) || w.kind == .number || (w.isCapitalized && b > s.lowerBound) { return false }
            if w.kind != .word { break }
        }
        return true
    }

    /// The modifiers of a combat noun that make it an economic conflict (`function-words.tsv`,
    /// set `economic-conflict`: "trade war", "price war"; session 28).
    static let economicConflictModifiers = FunctionWords.standard.words("economic-conflict")

    /// Whether a military noun trigger follows a modifier of an economic conflict: no combat, but
    /// an event ("President Donald Trump has pursued an agenda favoring tariffs as weapons in a
    /// widening trade war", "a near 1-1/2 year trade war"), of the kind `other`.
    static func isEconomicConflict(_ x: Site, _ c: SentenceContext) -> Bool {
        let a = x.site.tokens.lowerBound
        guard x.site.isNoun, x.site.entry.kind == "military", a > c.sentence.tokens.lowerBound else { return false }
        return economicConflictModifiers.contains(c.tokens[a - 1].lower)
    }

    /// Whether a military noun trigger follows a word that makes it a figure of speech or no
    /// combat ("the trade war", "a legal battle", "died of a heart attack").
    static func isFigurative(_ x: Site, _ c: SentenceContext) -> Bool {
        let a = x.site.tokens.lowerBound
        guard x.site.isNoun, x.site.entry.kind == "military", a > c.sentence.tokens.lowerBound else { return false }
        return figurativeModifiers.contains(c.tokens[a - 1].lower)
    }

    /// Words before a gerund ("after hearing", "we hearing") and words after a noun that show it
    /// is none (a preposition or a verb form: "the hearing on …", "hearing was"): `gerund-opener`
    /// and `noun-follower` of `events/en/function-words.tsv`.
    static let gerundOpeners = FunctionWords.standard.words("gerund-opener")
    static let nounFollowers = FunctionWords.standard.words("noun-follower")
    /// Words before "the Nth anniversary of" that put the anniversary on its day ("on", "marks"):
    /// `anniversary-opener` of `events/en/function-words.tsv`.
    static let anniversaryOpeners = FunctionWords.standard.words("anniversary-opener")
    /// Nouns before "to" that make the verb after it a right or a power ("the right to defend"):
    /// `capacity-noun` of `events/en/function-words.tsv` (session 21).
    static let capacityNouns = FunctionWords.standard.words("capacity-noun")

    /// Whether a verb trigger is the infinitive of a right or a power, no event: "The United States
    /// had the right to defend its citizens", "has the duty to refrain from organizing".
    static func namesACapacity(_ x: Site, _ c: SentenceContext) -> Bool {
        let a = x.site.tokens.lowerBound
        guard !x.site.isNoun, a - 2 >= c.sentence.tokens.lowerBound, c.tokens[a - 1].lower == "to" else { return false }
        return capacityNouns.contains(c.tokens[a - 2].lower)
    }
    /// Ordinals written as words ("fifth": 5), from the `ordinals` lexicon.
    static let ordinalWords: [String: Int] = {
        guard let book = try? RuleBook.english.get() else { return [:] }
        var out: [String: Int] = [:]
        for e in book.lexicons.get("ordinals").entries { if let v = Int(e.value) { out[e.surface.joined(separator: " ").lowercased()] = v } }
        return out
    }()

    /// The date of an event an anniversary counts back from: "On the fifth anniversary of a
    /// woman's slaying in east Detroit, authorities are offering a reward" (2020-03-17) dates
    /// the slaying 2015-03-17 (session 20, unseen news). "of" at most six tokens before the
    /// trigger with no comma between, an ordinal ("fifth", "75th") before "anniversary", "the" and a
    /// word of `anniversary-opener` before it ("on", "marks"; not "ahead of the 20th
    /// anniversary"); the anniversary's day is the sentence's only calendar day, else the
    /// article's day when the sentence has no calendar time.
    func anniversaryDate(_ x: Site, _ c: SentenceContext) -> String? {
        let tk = c.tokens, s = c.sentence.tokens, a = x.site.tokens.lowerBound
        let lo = max(s.lowerBound + 4, a - 7)
        guard lo < a, let of = (lo..<a).last(where: { tk[$0].lower == "of" }), tk[of - 1].lower == "anniversary",
              !(of + 1..<a).contains(where: { tk[$0].lower == "," || tk[$0].lower == ";" }),
              tk[of - 3].lower == "the", TypedEventFinder.anniversaryOpeners.contains(tk[of - 4].lower) else { return nil }
        let o = tk[of - 2].lower
        var years = TypedEventFinder.ordinalWords[o]
        if years == nil, let d = TokenClasses.ordinalDigits(o) { years = Int(d) }
        guard let n = years, n > 0, n < 1000 else { return nil }
        let days = c.calendarTimes.filter { ($0.value?.count ?? 0) >= 10 && !$0.tokens.overlaps(of..<x.site.tokens.upperBound) }
        let anchor: String?
        if days.count == 1 { anchor = days[0].value } else if c.calendarTimes.isEmpty { anchor = c.doc.date } else { anchor = nil }
        guard let v = anchor, let day = CalendarDate(iso: String(v.prefix(10))),
              let then = CalendarDate(year: day.year - n, month: day.month, day: min(day.day, day.month == 2 ? 28 : day.day)) else { return nil }
        return then.description
    }

    /// Whether a one-word noun trigger in -ing is the gerund of a verb no entry lists: "reported
    /// hearing gunfire", "after hearing the news" (no legal hearing); a gerund whose verb is an
    /// entry ("after meeting Putin") stays, as does the noun ("a hearing on Tuesday").
    func gerundOfNoEvent(_ x: Site, _ c: SentenceContext) -> Bool {
        let a = x.site.tokens.lowerBound, b = x.site.tokens.upperBound, s = c.sentence.tokens
        guard x.site.isNoun, x.site.entry.pos == .noun, b == a + 1, a > s.lowerBound, b < s.upperBound else { return false }
        let tk = c.tokens, w = tk[a].lower
        guard w.hasSuffix("ing"), tk[b].kind == .word, !tk[b].isCapitalized || c.mentionAt[b] >= 0, !TypedEventFinder.nounFollowers.contains(tk[b].lower),
              c.timeAt[b] < 0, !TypedEventFinder.modifiedHeads.contains(tk[b].lower) else { return false }
        let p = tk[a - 1]
        let opens = TypedEventFinder.gerundOpeners.contains(p.lower) || (!p.isCapitalized && p.kind == .word && p.lower.hasSuffix("ed") && p.lower.count > 4)
        guard opens else { return false }
        // (a verb entry with this form: the gerund is that event)
        return !lexicon.matches(at: a, tokens: tk, limit: s.upperBound).contains { m in
            let e = lexicon.entries[m.entry]
            return e.pos == .verb || e.pos == .either || e.pos == .verbPhrase
        }
    }

    /// Whether "give", "send" or "provide" hands over no aid (session 18, unseen news: most of
    /// them were none): "given" as a preposition ("given the evidence", "given that …": no
    /// "be"/"have" before it), a particle after it ("give up", "gave away"), or a word
    /// of `given-things.tsv` among the eight words after it ("gave birth", "give us hope").
    static func givesNoAid(_ x: Site, _ c: SentenceContext) -> Bool {
        guard aidVerbs.contains(x.site.entry.id) else { return false }
        let tk = c.tokens, s = c.sentence.tokens
        let a = x.site.tokens.lowerBound, b = x.site.tokens.upperBound
        if tk[a].lower == "given", b < s.upperBound, tk[b].lower == "that" || tk[b].lower == "how" || tk[b].lower == "what" || nounSlot.contains(tk[b]) && tk[b].lower != "to" {
            let aux = (max(s.lowerBound, a - 2)..<a).contains { LocalRoleFinder.beForms.contains(tk[$0]) || ["has", "have", "had"].contains(tk[$0].lower) }
            if !aux { return true }
        }
        if b < s.upperBound, ["up", "away", "off"].contains(tk[b].lower) { return true }
        var k = b
        while k < s.upperBound, k < b + 8, tk[k].kind != .punct || tk[k].lower == "-", tk[k].kind != .quote {
            if givenThings.contains(tk[k].lower) { return true }
            k += 1
        }
        return false
    }

    /// The trigger lemmas that end the names of events ("G20 Summit", "Security Conference"):
    /// `events/en/named-event-heads.tsv`, one a line (an absent file leaves the set empty, and
    /// `namedEventsAreMentions` fails).
    static let namedEventHeads = RuleBook.bundledWords("events/en/named-event-heads.tsv")
    /// Trigger lemmas that, capitalized before a name, make the name an event ("Hurricane Katrina"):
    /// `events/en/name-first-event-heads.tsv`, one a line (session 26).
    static let nameFirstEventHeads = RuleBook.bundledWords("events/en/name-first-event-heads.tsv")

    /// Words a title-case headline may leave in lower case.
    static let titleCaseMinor: WordSet = ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as", "from", "into", "over", "after"]

    /// Whether the words of `range` are a headline in title case or capitals: at least four
    /// words, and every word but the minor ones ("of", "in", "the") capitalised.
    static func isTitleCase(_ range: Range<Int>, _ tk: [Token]) -> Bool {
        var words = 0
        for i in range where tk[i].kind == .word {
            guard let f = tk[i].text.unicodeScalars.first, f.properties.isAlphabetic else { continue }
            if tk[i].isCapitalized { words += 1; continue }
            if titleCaseMinor.contains(tk[i]) { continue }
            return false
        }
        return words >= 4
    }

    /// The kinds `join` may put together, as one group (its families, and the kinds a
    /// sentence reading may turn into one another: harm "in an attack" becomes military).
    /// The kinds whose events one occasion's day reaches (`carryOccasion`): those of `joinGroup`,
    /// and the steps of the police, searches, arrests and seizures ("executed a search warrant
    /// Monday evening …" / "Officers arrested Christopher D. Battin"; session 24).
    static func occasionGroup(_ kind: String) -> String {
        switch kind {
        case "arrest", "coerce": return "legal"
        default: return joinGroup(kind)
        }
    }

    static func joinGroup(_ kind: String) -> String {
        switch kind {
        case "visit": return "meeting"
        case "violence": return "military"
        default: return kind
        }
    }

    /// The trigger starting at token `i`, if one does and its position allows it.
    func trigger(at i: Int, _ c: SentenceContext, lemmaHit: Bool = true) -> TriggerSite? {
        let tk = c.tokens
        let s = c.sentence.tokens
        guard tk[i].kind == .word, c.timeAt[i] < 0, c.mentionAt[i] < 0 || c.actors.mentions[Int(c.mentionAt[i])].form == .roleNoun else { return nil }
        // a capital inside a sentence is a name ("March", "Summit" in a title-cased name stays)
        var matches = lexicon.matches(at: i, tokens: tk, limit: s.upperBound)
        if matches.isEmpty && lemmaHit { matches = lemmaMatches(at: i, c) }
        guard !matches.isEmpty else { return nil }
        let prev = i > s.lowerBound ? tk[i - 1] : nil
        let p = prev?.lower ?? ""
        let nounSlot = TypedEventFinder.nounSlot.contains(p) || prev?.kind == .number
            || (prev != nil && c.mentionAt[i - 1] >= 0 && c.actors.mentions[Int(c.mentionAt[i - 1])].form == .demonym
                && c.actors.mentions[Int(c.mentionAt[i - 1])].tokens.count == 1)
        let verbSlot = TypedEventFinder.verbSlot.contains(p) || p.hasSuffix("n't")
            || (prev != nil && prev!.isCapitalized && c.mentionAt[i - 1] >= 0 && c.actors.mentions[Int(c.mentionAt[i - 1])].form != .demonym)
        var best: TriggerSite?
        for m in matches {
            let e = lexicon.entries[m.entry]
            if let b = best, b.tokens.count > m.tokens.count { break }
            var isNoun: Bool
            switch e.pos {
            case .verb, .verbPhrase:
                // (session 27: a form in -ing after "after", "by", "upon" … is the verb's gerund,
                // "countered by asking for an eight-year contract": `function-words.tsv`, sets
                // `gerund-verb-opener`, `gerund-entry-opener`)
                let gerund = m.shape == .gerund && GenericVerbs.gerundEntryOpeners.contains(p)
                // (session 37: a phrase's gap holds modifiers, never a verb with a tense of its
                // own: "Government forces carried out air strikes" is no "force _ out")
                if e.pos == .verbPhrase, m.tokens.count > 2, TypedEventFinder.tensedVerb(in: (m.tokens.lowerBound + 1)..<(m.tokens.upperBound - 1), c) { continue }
                // (session 27: and a participle of harm or capture between a determiner and its noun
                // tells what was done to the noun: "a kidnapped 8-year-old Fort Worth girl", "the
                // slain officer"; `victimParticiple`)
                let victim = m.shape == .past && TypedEventFinder.victimParticiple(e, m.tokens, c)
                if !gerund && !victim && (TypedEventFinder.strongNounSlot.contains(p) || (nounSlot && m.shape != .past)) { continue }
                // a bare verb that opens a sentence is an imperative or a name, no event: "Escape your
                // echo chamber.", "Meet the Swede who …", "Storm Ciarán may fire …" (the noun entry
                // of the word, if any, stays)
                if m.shape == .base && i == s.lowerBound && !tk[i].lower.hasSuffix("s") { continue }
                // "Given the tried-and-tested design, …", "Provided that …": a participle that opens
                // the sentence before a determiner or "that" is a preposition
                if m.shape == .past && i == s.lowerBound && m.tokens.upperBound < s.upperBound
                    && TypedEventFinder.determiners.contains(tk[m.tokens.upperBound]) { continue }
                // a bare or -s form needs a subject-like word before it ("rebels attack",
                // "Moscow denies", "will meet"); after an adjective it is a noun ("motivated charges")
                if m.shape == .base, let pr = prev, !verbSlot, !pr.isCapitalized, c.mentionAt[i - 1] < 0,
                   ["ed", "al", "ic", "ive", "ous", "ful", "ary", "est"].contains(where: { pr.lower.hasSuffix($0) }) { continue }
                // (session 21) a noun, not a verb: a bare form after "a"/"an" and one word ("in a
                // nationwide strike"); a bare or -s form before "of" when the entry's frame has no
                // "of" ("the glass shell of the building"), or before an auxiliary ("Power and water
                // supplies were not affected"); a past form after a word of degree is an adjective
                // ("our nation's most threatened wildlife")
                if m.shape == .base, let pr = prev, !verbSlot, pr.kind == .word, !pr.isCapitalized, i - 2 >= s.lowerBound, ["a", "an"].contains(tk[i - 2].lower),
                   !tk[i].lower.hasSuffix("s") { continue }
                if m.shape == .base, m.tokens.upperBound < s.upperBound, e.pos == .verb {
                    let next = tk[m.tokens.upperBound].lower
                    if next == "of" && !e.frame.contains("of") || TypedEventFinder.auxiliaryAfterNoun.contains(next) && !verbSlot && !(prev?.isCapitalized ?? false) { continue }
                }
                if m.shape == .past, ["most", "more", "less", "least", "very"].contains(p) { continue }
                isNoun = false
            case .noun, .nounPhrase:
                if ["he", "she", "it"].contains(p) { continue }
                isNoun = true
            case .either:
                if m.shape == .past { isNoun = false } else if nounSlot { isNoun = true } else if verbSlot { isNoun = false }
                else { isNoun = m.shape == .base && prev != nil && !(prev!.isCapitalized) && prev!.kind == .word }
            }
            // the parse decides noun or verb where it has a word's tag
            if let u = parsedPOS(m.tokens, c) {
                switch (e.pos, u) {
                case (.either, .NOUN), (.either, .PROPN): isNoun = true
                case (.either, .VERB): isNoun = false
                // (an entry of one part of speech stays: the tagger calls "bombing" a verb and
                // "shell" a noun more often than the lexicon's entry is wrong)
                default: break
                }
            }
            if tk[i].isCapitalized && i > s.lowerBound && !(prev?.kind == .quote) && !c.titleCase {
                // a capitalized word inside a sentence: a verb never; a noun only alone
                // ("the inaugural Summit"), not as part of a name ("Arbitrary Detention")
                if !isNoun { continue }
                let next = m.tokens.upperBound < s.upperBound ? tk[m.tokens.upperBound] : nil
                // (session 26: a storm's name after its kind is the storm, "after Hurricane Katrina":
                // `name-first-event-heads.tsv`)
                if next?.isCapitalized == true && next?.kind == .word && !TypedEventFinder.nameFirstEventHeads.contains(e.lemma) { continue }
                // the head word that ends an event's name is that event ("the G20 Summit", "the
                // Munich Security Conference"); other heads end names of bodies or laws
                // ("the Commission on Arbitrary Detention")
                if prev?.isCapitalized == true && (!TypedEventFinder.namedEventHeads.contains(e.lemma) || modifiesANoun(m.tokens, c)) { continue }
            }
            // (session 26: a storm's trigger is its whole name, "Hurricane Katrina")
            var tokens = m.tokens
            if isNoun, tk[i].isCapitalized, !c.titleCase, TypedEventFinder.nameFirstEventHeads.contains(e.lemma) {
                while tokens.upperBound < s.upperBound, tokens.count < 3, tk[tokens.upperBound].isCapitalized, tk[tokens.upperBound].kind == .word {
                    tokens = tokens.lowerBound..<(tokens.upperBound + 1)
                }
            }
            let site = TriggerSite(tokens: tokens, entry: e, isNoun: isNoun, isPast: m.shape == .past)
            if best == nil || (best!.isNoun != isNoun && (isNoun ? nounSlot || (best!.entry.pos == .either && !verbSlot) : verbSlot)) { best = site }
        }
        return best
    }

    /// Whether a token of `r` is an auxiliary or a verb in a past or present tense (the tags of
    /// `Document.wordClasses`): such a word opens a clause of its own, no modifier in a phrase's gap.
    static func tensedVerb(in r: Range<Int>, _ c: SentenceContext) -> Bool {
        let syn = c.doc.wordClasses
        guard syn.count > 0, r.upperBound < syn.tokenWord.count else { return false }
        for k in r where c.tokens[k].kind == .word {
            let w = Int(syn.tokenWord[k])
            guard w < Int(syn.tokenWord[k + 1]), w < syn.upos.count else { continue }
            if syn.upos[w] == .AUX { return true }
            if syn.upos[w] == .VERB, ["VBD", "VBZ", "VBP"].contains(syn.xpos(w)) { return true }
        }
        return false
    }

    /// The kinds whose participle before a noun tells what was done to that noun (session 27).
    static let victimKinds: Set<String> = ["arrest", "violence"]

    /// Whether the past form on tokens `m` of verb entry `e` stands between a determiner or a
    /// possessive and a noun it modifies (a noun, name, adjective or number after it, the tags of
    /// `Document.tags`): "a kidnapped 8-year-old Fort Worth girl", "the slain officer", "their
    /// detained colleagues". Only for the kinds of harm and capture; "the injured were taken to
    /// hospital" (no noun after) stays none.
    static func victimParticiple(_ e: TriggerLexicon.Entry, _ m: Range<Int>, _ c: SentenceContext) -> Bool {
        let s = c.sentence.tokens
        guard victimKinds.contains(e.kind), m.count == 1, m.lowerBound > s.lowerBound, m.upperBound < s.upperBound,
              determiners.contains(c.tokens[m.lowerBound - 1]) && c.tokens[m.lowerBound - 1].lower != "that" else { return false }
        let syn = c.doc.wordClasses
        let k = m.upperBound
        guard syn.count > 0, k + 1 < syn.tokenWord.count, c.tokens[k].kind == .word || c.tokens[k].kind == .number else { return false }
        let w = Int(syn.tokenWord[k])
        guard w < Int(syn.tokenWord[k + 1]), w < syn.upos.count else { return false }
        return [.NOUN, .PROPN, .ADJ, .NUM].contains(syn.upos[w])
    }

    /// Whether site `x` is a participle of a request that the parse reads as modifying a noun
    /// (`amod`, after a determiner, number, adjective, adverb or possessive: "the two invited
    /// witnesses", "the requested documents"): no request is made there (session 34).
    static func requestQualifiesANoun(_ x: Site, _ c: SentenceContext) -> Bool {
        guard x.site.entry.kind == "call", !x.site.isNoun, x.site.isPast, x.site.tokens.count == 1 else { return false }
        let syn = c.doc.syntax
        let i = x.site.tokens.lowerBound
        guard syn.count > 0, i + 1 < syn.tokenWord.count else { return false }
        let w = Int(syn.tokenWord[i])
        // (inside a noun phrase: a determiner, number, adjective or adverb right before it; "the
        // Coordinator, demanded parties to the conflict …" is the tagger's misreading of a verb)
        guard w > 0, w < Int(syn.tokenWord[i + 1]), syn.relation(w) == "amod" else { return false }
        return [.DET, .NUM, .ADJ, .ADV].contains(syn.upos[w - 1]) || syn.upos[w - 1] == .PRON && syn.relation(w - 1) == "nmod:poss"
    }

    /// Whether the parse makes a match's head word a modifier of another noun ("the Eastern
    /// Conference standings"): then the name names no event of its own.
    func modifiesANoun(_ tokens: Range<Int>, _ c: SentenceContext) -> Bool {
        let syn = c.doc.syntax
        guard syn.count > 0, tokens.upperBound < syn.tokenWord.count else { return false }
        let words = Int(syn.tokenWord[tokens.lowerBound])..<Int(syn.tokenWord[tokens.upperBound])
        guard let h = words.first(where: { !words.contains(Int(syn.head[$0])) }) else { return false }
        return syn.relation(h) == "compound"
    }

    /// One-word entries found by the parse's lemma when no listed form matched (an
    /// irregular form the lexicon lacks: "fought", "sought"); the Penn tag gives the shape.
    func lemmaMatches(at i: Int, _ c: SentenceContext) -> [TriggerLexicon.Match] {
        // (read through `c.doc.syntax` without a local copy of the layer: this runs for most
        // words of a parsed document, and copying the layer retains each of its arrays)
        guard c.doc.syntax.count > 0, i + 1 < c.doc.syntax.tokenWord.count else { return [] }
        let w = Int(c.doc.syntax.tokenWord[i])
        guard w < Int(c.doc.syntax.tokenWord[i + 1]) else { return [] }
        let u = c.doc.syntax.upos[w]
        guard u == .VERB || u == .NOUN else { return [] }
        let lemma = c.doc.syntax.lemma[w]
        var found = lexicon.entryIndices(lemma: lemma)
        if found.isEmpty {
            guard lemma.utf8.contains(where: { $0 >= 65 && $0 <= 90 || $0 >= 128 }) else { return [] }
            found = lexicon.entryIndices(lemma: lemma.lowercased())
            guard !found.isEmpty else { return [] }
        }
        let tag = c.doc.syntax.xpos(w)
        let shape: TriggerLexicon.Shape = tag == "VBD" || tag == "VBN" ? .past : tag == "VBG" ? .gerund : .base
        return found.compactMap { k in
            let e = lexicon.entries[k]
            guard !e.lemma.contains(" ") else { return nil }
            // a noun entry is no verb's lemma ("according" is no "accord"), nor the reverse
            if e.pos == .noun && u != .NOUN || e.pos == .verb && u != .VERB { return nil }
            return TriggerLexicon.Match(entry: k, tokens: i..<(i + 1), shape: shape)
        }
    }

    /// The parse's UPOS of a match's head word (its first word for a verb phrase, its last
    /// word for a noun phrase: the word whose head lies outside the match), if the document
    /// has a parse.
    func parsedPOS(_ tokens: Range<Int>, _ c: SentenceContext) -> UPOS? {
        let syn = c.doc.syntax
        guard syn.count > 0, tokens.upperBound < syn.tokenWord.count else { return nil }
        let words = Int(syn.tokenWord[tokens.lowerBound])..<Int(syn.tokenWord[tokens.upperBound])
        guard let h = words.first(where: { !words.contains(Int(syn.head[$0])) }) ?? words.first else { return nil }
        return syn.upos[h]
    }

    /// Lemmas of call entries whose complement is planned, not demanded: an invitation asks
    /// someone to come or to take part (`invitation-call` of `function-words.tsv`; session 35).
    static let invitationCalls = FunctionWords.standard.words("invitation-call")

    /// Whether a noun event right after `gap` is what invitation `a` invites to: "to" in the gap
    /// and at most three words after it, none a verb or preposition of the parse (else of the tags) ("invited the
    /// leaders to a summit in Paris", "invited him to the opening ceremony"; not "veterans invited
    /// to participate in the forum"; session 35).
    static func invitesTo(_ a: TriggerSite, _ gap: Range<Int>, _ c: SentenceContext) -> Bool {
        guard !gap.isEmpty, a.entry.kind == "call", invitationCalls.contains(a.entry.lemma) else { return false }
        let tk = c.tokens
        let syn = c.doc.wordClasses
        var j = gap.upperBound - 1
        while j >= gap.lowerBound, j >= gap.upperBound - 4 {
            if tk[j].lower == "to" { return true }
            if tk[j].kind != .word { return false }
            if j + 1 < syn.tokenWord.count {
                let w = Int(syn.tokenWord[j])
                if w < Int(syn.tokenWord[j + 1]), w < syn.upos.count, syn.upos[w] == .VERB || syn.upos[w] == .ADP { return false }
            }
            j -= 1
        }
        return false
    }

    /// Status, complements, arguments and the main event of one sentence's triggers.
    func readSentence(_ sites: inout ArraySlice<Site>, _ c: SentenceContext) {
        let tk = c.tokens
        let s = c.sentence.tokens
        let idx = Array(sites.indices)
        // complements: "agreed to hold", "called on Moscow to release", "demanded that X cancel", "denied attacking"
        for (n, k) in idx.enumerated() where n > 0 {
            let b = sites[k].site
            for m in stride(from: n - 1, through: 0, by: -1) {
                let a = sites[idx[m]].site
                guard !a.isNoun || a.entry.kind == "call" else { continue }
                let gap = a.tokens.upperBound..<b.tokens.lowerBound
                guard gap.count <= 10, !gap.contains(where: { [",", ";", ":"].contains(tk[$0].lower) }) else { break }
                let before = b.tokens.lowerBound - 1
                if gap.isEmpty && b.isNoun == false && tk[b.tokens.lowerBound].lower.hasSuffix("ing") || before >= s.lowerBound && tk[before].lower == "to" && !b.isNoun
                    || gap.contains(where: { tk[$0].lower == "that" }) && !b.isNoun
                    || b.isNoun && (TypedEventFinder.invitesTo(a, gap, c) || TypedEventFinder.attendsTo(gap, c)) {
                    sites[k].complementOf = idx[m]
                }
                break
            }
        }
        for k in idx {
            var st = ownStatus(sites[k].site, c)
            if let p = parsedStatus(sites[k].site, c), p != .happened { st = p }
            if let a = sites[k].complementOf {
                switch sites[a].site.entry.kind {
                // (session 35: what an invitation asks for is planned, not demanded: "invited the
                // delegates to take part in its inaugural Summit", `invitation-call` of
                // `function-words.tsv`)
                case "call": st = TypedEventFinder.invitationCalls.contains(sites[a].site.entry.lemma) ? (st == .happened ? .planned : st) : .demanded
                case "reject": st = .negated
                case "agreement", "threaten": if st == .happened { st = .planned }
                case "declaration": break
                default: if st == .happened && sites[a].status != .happened { st = sites[a].status }
                }
            }
            // (session 28: a schedule in the present is still to come, "the trek kicks off June 9th")
            if sites[k].site.scheduled && st == .happened { st = .planned }
            // (session 36: a demand is made when it is said, "would need to": `EventDemands.swift`)
            if st == .planned && sites[k].site.entry.id == TypedEventFinder.demandEntryID { st = .happened }
            sites[k].status = st
            sites[k].args = roles.arguments(of: sites[k].site, in: c)
            // (session 36: a demand's subject is who is called on, and nothing else is its role)
            if sites[k].site.entry.id == TypedEventFinder.demandEntryID {
                sites[k].args = sites[k].args.filter { $0.role == "agent" }.prefix(1).map { var a = $0; a.role = "target"; return a }
                // (session 37: and its speaker the agent, "The minister said Iran must release …")
                if let sp = TypedEventFinder.demandSpeaker(sites[k].site, c), !sites[k].args.contains(where: { $0.span.overlaps(sp.span) }) {
                    sites[k].args.insert(sp, at: 0)
                }
            }
            let before = sites[k].site.tokens.lowerBound - 1
            sites[k].definite = sites[k].site.isNoun && before >= s.lowerBound && ["the", "this", "that", "these", "those", "its", "their"].contains(tk[before].lower)
        }
        // a complement shares its governor's agent, and lends it a target
        for k in idx {
            guard let a = sites[k].complementOf else { continue }
            if !sites[k].args.contains(where: { $0.role == "agent" }), let ag = sites[a].args.first(where: { $0.role == "agent" }) {
                sites[k].args.append(ag)
            }
            if !sites[a].args.contains(where: { $0.role == "target" }), let tg = sites[k].args.first(where: { $0.role == "target" }) {
                sites[a].args.append(tg)
            }
        }
        // coordinated verbs ("have kidnapped … and exploded …") share the first one's agent
        for (n, k) in idx.enumerated() where n > 0 && !sites[k].site.isNoun && !sites[k].args.contains(where: { $0.role == "agent" }) {
            let b = sites[k].site.tokens.lowerBound
            var j = b - 1
            while j >= s.lowerBound, LocalRoleFinder.auxiliaries.contains(tk[j]) { j -= 1 }
            guard j >= s.lowerBound, tk[j].lower == "and" else { continue }
            if let prev = idx[..<n].last(where: { !sites[$0].site.isNoun }), let ag = sites[prev].args.first(where: { $0.role == "agent" }) {
                sites[k].args.append(ag)
            }
        }
        // a purpose infinitive ("… to protest against …") has the agent of the event before it
        for (n, k) in idx.enumerated() where n > 0 && !sites[k].site.isNoun && sites[k].complementOf == nil && !sites[k].args.contains(where: { $0.role == "agent" }) {
            let b = sites[k].site.tokens.lowerBound
            guard b - 1 >= s.lowerBound, tk[b - 1].lower == "to" else { continue }
            var ag: EventTyping.Argument?
            for m in idx[..<n] { if let a = sites[m].args.first(where: { $0.role == "agent" }) { ag = a; break } }
            if let ag { sites[k].args.append(ag) }
            // and lends the event it serves its target ("began a hunger strike to demand X's resignation")
            let prev = idx[n - 1]
            if !sites[prev].args.contains(where: { $0.role == "target" }), let tg = sites[k].args.first(where: { $0.role == "target" }) {
                sites[prev].args.append(tg)
            }
        }
        // (session 30) a gerund after "after", "before", "by" … has the agent of the verb event
        // before it, its clause's subject: "The climber died after falling from a mountain" (the
        // doer decides the kind of a fall, `subject-kinds.tsv`: without one it was none), "Police
        // arrested him after searching the house"
        for (n, k) in idx.enumerated() where n > 0 && !sites[k].site.isNoun && sites[k].complementOf == nil && !sites[k].args.contains(where: { $0.role == "agent" }) {
            let b = sites[k].site.tokens.lowerBound
            guard b - 1 >= s.lowerBound, tk[b].lower.hasSuffix("ing"), GenericVerbs.gerundEntryOpeners.contains(tk[b - 1].lower),
                  let prev = idx[..<n].last(where: { !sites[$0].site.isNoun && sites[$0].site.tokens.upperBound < b }),
                  let ag = sites[prev].args.first(where: { $0.role == "agent" }) else { continue }
            sites[k].args.append(ag)
        }
        // harm done "in" an armed attack ("killed 23 people in a bomb attack", "was killed in a
        // car bomb explosion") is read as that attack: the verb keeps its own kind (a death, an
        // injury) and takes the attack's kind as its sentence's reading, and its codes
        for k in idx where !sites[k].site.isNoun && sites[k].site.entry.kind == "violence" {
            let a = sites[k].site.tokens.upperBound
            guard let n = idx.first(where: { n in
                let b = sites[n].site.tokens.lowerBound
                return sites[n].site.isNoun && sites[n].site.entry.kind == "military" && b > a && b - a <= 14
                    && (max(a, b - 4)..<b).contains { tk[$0].lower == "in" }
                    && !(a..<b).contains { [";", ":", "when", "after", "before", "while", "because", "as", "but"].contains(tk[$0].lower) }
            }) else { continue }
            sites[k].sentenceKind = sites[n].site.entry.kind
            sites[k].site.entry.plover = sites[n].site.entry.plover
            sites[k].site.entry.cameo = sites[n].site.entry.cameo
        }
        // the main event: the first verb that is no complement and not in a subordinate clause
        // (a declaration with a complement hands it on); else the first noun
        var main: Int?
        func infinitive(_ k: Int) -> Bool { let b = sites[k].site.tokens.lowerBound; return b - 1 >= s.lowerBound && tk[b - 1].lower == "to" }
        // (a verb that stops another event of the sentence leaves the main to it: "an attempt to
        // assassinate him was thwarted"; session 21)
        // (a verb no lexicon entry knows is the main event only of a sentence with no other; session 22)
        let known = idx.filter { sites[$0].site.entry.id != GenericVerbs.entryID }
        let pool = known.isEmpty ? Array(idx) : known
        for k in pool where !sites[k].site.isNoun && sites[k].complementOf == nil && !subordinate(sites[k].site, c) && !infinitive(k)
            && !(TypedEventFinder.stoppingVerbs.contains(sites[k].site.entry.id) && idx.count > 1) {
            main = k
            break
        }
        func stops(_ k: Int) -> Bool { TypedEventFinder.stoppingVerbs.contains(sites[k].site.entry.id) && idx.count > 1 }
        if main == nil {
            main = pool.first { sites[$0].complementOf == nil && !subordinate(sites[$0].site, c) && !stops($0) } ?? pool.first { sites[$0].complementOf == nil && !stops($0) }
                ?? pool.first { sites[$0].complementOf == nil } ?? pool.first
        }
        if let m = main, sites[m].site.entry.kind == "declaration", let next = idx.first(where: { sites[$0].complementOf == m }) { main = next }
        // a declaring verb whose object is an event noun ("declared a ceasefire", "launched an
        // investigation", "announced a suspension of air links"): the noun is the event, with
        // the verb's agent
        if let m = main, sites[m].site.entry.kind == "declaration", !sites[m].site.isNoun,
           let n = idx.first(where: { k in
               let a = sites[m].site.tokens.upperBound, b = sites[k].site.tokens.lowerBound
               return sites[k].site.isNoun && sites[k].site.entry.kind != "declaration" && b >= a && b - a <= 5
                   && !(a..<b).contains { TypedEventFinder.clauseBreaks.contains(tk[$0]) || tk[$0].kind == .punct && tk[$0].lower != "-" || tk[$0].kind == .quote }
           }) {
            if !sites[n].args.contains(where: { $0.role == "agent" }), let ag = sites[m].args.first(where: { $0.role == "agent" }) { sites[n].args.append(ag) }
            main = n
        }
        // (session 36: a declaration that demands is the demand, "issued a declaration demanding
        // that …", "a statement calling for …": a call's participle right after a declaring verb or
        // noun takes its agent, or that of the verb right before the noun ("issued a declaration"),
        // never the noun of saying, and the main event when the declaration had it)
        for (p, n) in idx.enumerated() where p > 0 && sites[n].site.entry.kind == "call" && !sites[n].site.isNoun {
            let m = idx[p - 1]
            let a = sites[m].site.tokens.upperBound, b = sites[n].site.tokens.lowerBound
            guard sites[m].site.entry.kind == "declaration", b >= a, b - a <= 3, tk[b].lower.hasSuffix("ing"),
                  !(a..<b).contains(where: { TypedEventFinder.clauseBreaks.contains(tk[$0].lower) || tk[$0].kind != .word }) else { continue }
            let said = c.doc.span(tokens: sites[m].site.tokens)
            sites[n].args.removeAll { $0.role == "agent" && $0.span.overlaps(said) }
            let before = p >= 2 && !sites[idx[p - 2]].site.isNoun && sites[m].site.tokens.lowerBound - sites[idx[p - 2]].site.tokens.upperBound <= 3 ? idx[p - 2] : nil
            if let ag = sites[m].args.first(where: { $0.role == "agent" }) ?? before.flatMap({ v in sites[v].args.first { $0.role == "agent" } }),
               !sites[n].args.contains(where: { $0.role == "agent" }) {
                sites[n].args.append(ag)
            }
            if main == m { main = n }
        }
        // (session 36: the verb a demand governs, "must cooperate", leaves the main to the demand)
        if let m = main, m > idx[0], sites[m - 1].site.entry.id == TypedEventFinder.demandEntryID,
           sites[m].site.tokens.lowerBound - sites[m - 1].site.tokens.upperBound <= 3 { main = m - 1 }
        if let m = main { sites[m].main = true }
    }

    /// Whether a trigger stands in a subordinate clause or after a preposition.
    func subordinate(_ t: TriggerSite, _ c: SentenceContext) -> Bool {
        // the parse: a participle modifying a noun ("the recently imposed law", "property
        // seized by forces"), a relative or adverbial clause
        if !t.isNoun, let (p, _) = predicate(t, c), ["acl", "acl:relcl", "amod", "advcl"].contains(c.doc.syntax.relation(p)) { return true }
        let tk = c.tokens
        var j = t.tokens.lowerBound - 1
        var n = 0
        while j >= c.sentence.tokens.lowerBound, n < 8 {
            let w = tk[j].lower
            if w == "," || w == ";" { return false }
            if TypedEventFinder.subordinateOpeners.contains(tk[j]) { return true }
            j -= 1
            n += 1
        }
        return false
    }

    /// The predicate whose clause a trigger stands in: the trigger's head word for a verb, the
    /// verb a nominal trigger is an argument of ("held talks", "the visit was cancelled"),
    /// else the noun itself; nil without a parse.
    func predicate(_ t: TriggerSite, _ c: SentenceContext) -> (word: Int, noun: Int?)? {
        let syn = c.doc.syntax
        guard syn.count > 0, t.tokens.upperBound < syn.tokenWord.count else { return nil }
        let words = Int(syn.tokenWord[t.tokens.lowerBound])..<Int(syn.tokenWord[t.tokens.upperBound])
        guard let h = words.first(where: { !words.contains(Int(syn.head[$0])) }) ?? words.first else { return nil }
        guard [.NOUN, .PROPN].contains(syn.upos[h]) else { return (h, nil) }
        let v = Int(syn.head[h])
        if v >= 0, ["obj", "nsubj", "nsubj:pass", "obl"].contains(syn.relation(h)), syn.upos[v] == .VERB { return (v, h) }
        return (h, h)
    }

    static let planVerbs: Set<String> = ["plan", "intend", "expect", "schedule", "aim", "seek", "hope", "want", "prepare", "propose", "agree", "promise", "vow", "pledge", "decide", "threaten", "offer"]
    static let denyVerbs: Set<String> = ["deny", "refuse", "reject", "cancel", "postpone", "call off", "rule out", "fail", "decline", "halt", "suspend"]
    static let allegeWords: WordSet = ["reportedly", "allegedly", "alleged", "purportedly", "suspected", "apparently", "rumoured", "rumored", "unconfirmed"]

    /// The status the parse gives: a negation, a modal or "will" of the trigger's predicate;
    /// "alleged", "planned" on a nominal trigger; a plan, denial or condition governing its
    /// clause ("plans to visit", "denied attacking", "if … attacks"). Nil without a parse.
    func parsedStatus(_ t: TriggerSite, _ c: SentenceContext) -> EventTyping.Status? {
        guard let (p, noun) = predicate(t, c) else { return nil }
        let syn = c.doc.syntax
        let s = c.sentence.tokens
        let sw = Int(syn.tokenWord[s.lowerBound])..<Int(syn.tokenWord[s.upperBound])
        func children(_ w: Int) -> [Int] { sw.filter { syn.head[$0] == Int32(w) } }
        func lemma(_ w: Int) -> String { syn.lemma[w].lowercased() }
        // the noun's own modifiers: "no talks", "the alleged attack", "the planned visit"
        if let n = noun {
            for d in children(n) {
                let l = lemma(d)
                if l == "no" && syn.relation(d) == "det" { return .negated }
                if TypedEventFinder.allegeWords.contains(l) { return .reported }
                if ["planned", "proposed", "upcoming", "future", "possible", "potential", "prospective"].contains(syn.lemma[d].lowercased()) || ["plan", "propose"].contains(l) && syn.relation(d) == "amod" { return .planned }
            }
        }
        var x = p
        var depth = 0
        while depth < 4 {
            var status: EventTyping.Status?
            for d in children(x) {
                let r = syn.relation(d), l = lemma(d)
                if r == "advmod" && ["not", "never", "n't"].contains(l) || r == "neg" { return .negated }
                if r == "aux" {
                    if ["will", "shall", "'ll", "wo"].contains(l) { status = status ?? .planned }
                    if ["could", "might", "may"].contains(l) { status = .hypothetical }
                    // an obligation is a demand ("Iraq must cooperate", "X said the US must be ready to")
                    // (session 37: not "must have" and a participle, a guess about the past: "the
                    // suspect must have fled the country" tells of a flight that happened)
                    if l == "must" && status != .hypothetical && !children(x).contains(where: { syn.relation($0) == "aux" && lemma($0) == "have" }) { status = .demanded }
                }
                if r == "mark" && ["if", "unless", "whether"].contains(l) { return .hypothetical }
                if r == "advmod" && TypedEventFinder.allegeWords.contains(l) { status = status ?? .reported }
            }
            if let status, depth == 0 || status != .reported { return status }
            let rel = syn.relation(x)
            let g = Int(syn.head[x])
            guard g >= 0, sw.contains(g), ["xcomp", "ccomp", "conj", "advcl"].contains(rel) else { return .happened }
            let gl = lemma(g)
            if rel == "xcomp" || rel == "ccomp" {
                if TypedEventFinder.denyVerbs.contains(gl) { return .negated }
                if TypedEventFinder.planVerbs.contains(gl) { return .planned }
            }
            if rel == "advcl" { return .happened }
            x = g
            depth += 1
        }
        return .happened
    }

    /// The status cues of the trigger's own clause (a few words before it).
    func ownStatus(_ t: TriggerSite, _ c: SentenceContext) -> EventTyping.Status {
        let tk = c.tokens
        let s = c.sentence.tokens
        var j = t.tokens.lowerBound - 1
        var n = 0
        var status = EventTyping.Status.happened
        while j >= s.lowerBound, n < 6 {
            let w = tk[j].lower
            if TypedEventFinder.clauseBreaks.contains(tk[j]) && w != "that" { break }
            // (also a passive infinitive: "was due to be released", "is expected to be signed")
            if w == "to", n == 0 || (n == 1 && (tk[j + 1].lower == "be" || tk[j + 1].lower == "been")), j - 1 >= s.lowerBound, TypedEventFinder.planBeforeTo.contains(tk[j - 1]) { return .planned }
            // "Trump … is to face trial in the Senate": "is/are to" and a verb, an arrangement
            if w == "to", n <= 1, j - 1 >= s.lowerBound, tk[j - 1].lower == "is" || tk[j - 1].lower == "are" { return .planned }
            if TypedEventFinder.negations.contains(tk[j]) || w.hasSuffix("n't") { return .negated }
            // (session 39 follow-up: a noun that "potential", "possible" or "proposed" modifies
            // has not happened: "a framework for a potential deal"; set `prospective-modifier`)
            if t.isNoun, n <= 1, TypedEventFinder.prospectiveModifiers.contains(tk[j]) { return .planned }
            if TypedEventFinder.hypotheticalCues.contains(tk[j]) { status = .hypothetical }
            if TypedEventFinder.futureCues.contains(tk[j]), status == .happened { status = .planned }
            if TypedEventFinder.reportCues.contains(tk[j]), status == .happened { status = .reported }
            j -= 1
            n += 1
        }
        if status == .happened, t.isNoun {
            // a nominal event's own verb after it: "the talks will resume", "the visit was cancelled"
            var k = t.tokens.upperBound
            while k < s.upperBound, k < t.tokens.upperBound + 3 {
                let w = tk[k].lower
                if w == "will" || w == "'ll" || w == "shall" { return .planned }
                if w == "is" || w == "are", k + 1 < s.upperBound, TypedEventFinder.arrangementAfterBe.contains(tk[k + 1]) { return .planned }
                if TypedEventFinder.callOffWords.contains(tk[k]) && k + 1 < s.upperBound && (w != "called" || tk[k + 1].lower == "off") { return .negated }
                if w == "never" || w.hasSuffix("n't") || w == "not" { return .negated }
                if tk[k].kind == .punct { break }
                k += 1
            }
        }
        if status == .happened {
            // "if" earlier in the clause, "according to" anywhere in the sentence
            var k = t.tokens.lowerBound - 1
            while k >= s.lowerBound, k >= t.tokens.lowerBound - 24, tk[k].lower != "," && tk[k].lower != ";" {
                if tk[k].lower == "if" || tk[k].lower == "unless" { return .hypothetical }
                k -= 1
            }
            if c.accordingTo { return .reported }
        }
        return status
    }

    /// The event of one trigger: kind, status, date, arguments.
    func event(_ x: Site, _ c: SentenceContext) -> Event {
        let doc = c.doc
        let span = doc.span(tokens: x.site.tokens)
        let prov = Provenance(document: doc.id, span: span, sentence: c.sentence.index, rule: "trigger." + x.site.entry.id)
        let (date, source) = ownDate(x, c)
        var roles: [String: String] = [:]
        for a in x.args where (a.role == "agent" || a.role == "target") && roles[a.role] == nil { if let actor = a.actor { roles[a.role] = actor } }
        var names: [String] = []
        for a in x.args { if let actor = a.actor, !names.contains(actor) { names.append(actor) } }
        let typing = EventTyping(type: x.site.entry.kind, plover: x.site.entry.plover, cameo: x.site.entry.cameo, status: x.status,
                                 dateSource: source, fallbackDate: source == .article ? doc.date : nil,
                                 arguments: x.args.sorted { $0.span < $1.span || ($0.span == $1.span && $0.role < $1.role) },
                                 trigger: x.site.entry.id, main: x.main, mentionTriggers: [span], sentenceKind: x.sentenceKind)
        // (a public reaction, "condemned the bombings", is a declaration in chronicle.json's kinds;
        // its compact kind stays in the typing)
        let kind = TypedEventFinder.publicReactions.contains(x.site.entry.id) ? "declaration" : x.site.entry.kind
        var e = Event(id: "e-\(span.start)-\(span.end)", provenance: prov, text: doc.text(span), kind: kind, name: nil,
                      triggerSpan: span, date: date, actors: names.sorted(), mentions: [prov])
        e.roles = roles
        e.typing = typing
        return e
    }

    /// The event's own date: a calendar time of its clause; else the sentence's, when it governs
    /// (a time fronted before the subject, or the only one, for the main event); else none, with
    /// the article date as a marked fallback for lede events that happened.
    func ownDate(_ x: Site, _ c: SentenceContext) -> (String?, EventTyping.DateSource) {
        if let v = anniversaryDate(x, c) { return (v, .anniversary) }
        let tk = c.tokens
        let s = c.sentence.tokens
        // (session 23: not a time that premodifies another noun, "the 2016 election":
        // `EventTimeModifiers.swift`)
        // (session 24: nor a time longer than a day that ended before the article's day, for an
        // event told in the present perfect or a present passive: `EventTenses.swift`)
        let anyInSentence = c.calendarTimes.filter { !TypedEventFinder.modifiesAnotherNoun($0, x.site, c) && !TypedEventFinder.presentRulesOut($0, x.site, c) }
        // (session 27: nor a time that ends a period, "until the end of the 2022/23 season", but for
        // a clause on it: `EventTenses.swift`)
        let inSentence = anyInSentence.filter { !TypedEventFinder.endsAPeriod($0.tokens, in: s, tk) }
        func clean(_ t: TimeExpression) -> String? {
            guard let v = t.value else { return nil }
            // (a year four centuries from the article's is a number read as one: "The quake, which
            // struck at 1353 (1023 GMT)"; session 22)
            if let d = c.doc.date, let y = Int(v.prefix(4)), v.count >= 4, let dy = Int(d.prefix(4)), abs(dy - y) > 400 { return nil }
            // a date after the article's needs a future: else it is the one before ("December 27th"
            // in January is last December; "on Tuesday" in a Monday article is last Tuesday)
            // (a week, season, quarter or half is after it only when it begins after it: "last
            // week" is 2019-W46, which sorts after "2019-11-18" as text; such a value is kept)
            // (not a time whose own words point ahead: "should ease by Thursday morning, allowing
            // PG&E to begin restoring power" is this Thursday; session 22, unseen news)
            // (session 28: and a date before the article's, of a schedule or an event after "will"
            // with no year written, is the next one: "the bridge will be reopened on May 3" in a November
            // article is next May; "will play on Saturday" is the coming Saturday)
            if let d = c.doc.date, x.status == .planned, t.spec["year"] == nil, v.count == 10, x.site.scheduled || GenericVerbs.futureAuxiliary(before: x.site.tokens.lowerBound, c, participle: x.site.isPast),
               let y = Int(v.prefix(4)),
               let day = CalendarDate(iso: String(d.prefix(10))), let vd = CalendarDate(iso: v), vd < day {
                if t.spec["weekday"] != nil && t.spec["month"] == nil { return vd.adding(days: 7) < day ? v : vd.adding(days: 7).description }
                if t.spec["month"] != nil { return String(y + 1) + v.dropFirst(4) }
            }
            if let d = c.doc.date, !v.hasPrefix(d), x.status == .happened, t.tense != .future, v.count >= 7, let y = Int(v.prefix(4)),
               let first = TypedEventFinder.firstDay(v), let day = CalendarDate(iso: String(d.prefix(10))), first > day {
                if t.spec["weekday"] != nil && t.spec["month"] == nil, let day = CalendarDate(iso: String(v.prefix(10))) {
                    return day.adding(days: -7).description
                }
                // (a year the text writes is never moved: "the November 2013 release date" in a
                // 2012 article is 2013; session 24)
                if t.spec["year"] != nil { return v }
                // (a day within two months after the article's is that day, unless a verb in the
                // past tells the event: the page's date is older than its text, or the event is
                // still to come though its clause does not say so, "The weather should ease by
                // Thursday morning, allowing PG&E to begin restoring power", "when he's sentenced
                // May 7", "the sequel's scheduled November 22 release date"; "The deputy was killed
                // on June 24" is the year before; session 22)
                let a = x.site.tokens.lowerBound
                let toldPast = x.site.isPast && !x.site.isNoun
                    && !(max(s.lowerBound, a - 2)..<a).contains { ["is", "are", "'s", "’s", "am", "be", "will", "to"].contains(tk[$0].lower) }
                if first <= day.adding(days: 62), !toldPast { return v }
                if Int(v.dropFirst(5).prefix(2)) == nil { return v }
                return String(y - 1) + v.dropFirst(4)
            }
            return v
        }
        // "since 2011": the time is when the event (a state: held, in force) began
        func dated(_ t: TimeExpression, _ source: EventTyping.DateSource) -> (String?, EventTyping.DateSource) {
            let b = t.tokens.lowerBound
            let since = tk[b].lower == "since" || b > s.lowerBound && tk[b - 1].lower == "since"
            return (TypedEventFinder.dayPrecision(clean(t)), since ? .since : source)
        }
        // the parse: a time expression whose phrase hangs off the trigger's predicate (or the
        // nominal trigger) without crossing into another clause
        if let (p, noun) = predicate(x.site, c) {
            let syn = c.doc.syntax
            for t in inSentence where t.tokens.upperBound < syn.tokenWord.count {
                let words = Int(syn.tokenWord[t.tokens.lowerBound])..<Int(syn.tokenWord[t.tokens.upperBound])
                guard var w = words.first(where: { !words.contains(Int(syn.head[$0])) }) else { continue }
                var n = 0
                while n < 6 {
                    let g = Int(syn.head[w])
                    if g < 0 { break }
                    if g == p || g == noun { return dated(t, .clause) }
                    // a time inside another clause or a nominal that is not the trigger
                    if TypedEventFinder.clauseRelations.contains(syn.relation(g)) { break }
                    w = g
                    n += 1
                }
            }
        }
        // the clause: no clause break between the time and the trigger
        // (session 19b: "disappeared after leaving the nightclub … on Sunday November 3, 2013":
        // after a done event in the simple past, "after" and a gerund with no subject of its own
        // is the same doer's step right before it, and its time dates the event; "has avoided
        // extradition … after seeking refuge … in 2012" is a state, and keeps no such time)
        let pointPast = x.status == .happened && x.site.isPast && !x.site.isNoun
            && !(max(s.lowerBound, x.site.tokens.lowerBound - 3)..<x.site.tokens.lowerBound).contains { ["has", "have", "had", "'s", "’s"].contains(tk[$0].lower) }
        func afterGerund(_ k: Int, _ r: Range<Int>) -> Bool {
            pointPast && tk[k].lower == "after" && k == r.lowerBound && k + 1 < r.upperBound && tk[k + 1].lower.hasSuffix("ing") && !tk[k + 1].isCapitalized
        }
        // (a noun, or a form in -ing after a determiner and at most one word: "the alleged killing")
        let a = x.site.tokens.lowerBound
        let nominal = (x.site.isNoun || (tk[a].lower.hasSuffix("ing") && (max(s.lowerBound, a - 2)..<a).contains { TypedEventFinder.determiners.contains(tk[$0]) }))
            && !x.args.contains { $0.role == "agent" && ($0.rule == "support-verb-subject" || $0.rule == "parse-support-subject") }
        var bestT: TimeExpression?
        var bestD = Int.max
        // (session 25: the comma or "but" joining the trigger's predicate to the one before it is
        // no clause break for a time before them: `EventCoordination.swift`)
        let join = TypedEventFinder.predicateJoin(x, c)
        // (every calendar time competes for the nearest; a nearest one that is another noun's dates
        // nothing: "charged Kopp with attempted murder in the 1995 shooting" does
        // not give the murder the warrant's Monday; session 23)
        for t in c.calendarTimes {
            // the tokens between them (none when they overlap)
            var r = t.tokens.upperBound <= x.site.tokens.lowerBound ? t.tokens.upperBound..<x.site.tokens.lowerBound
                : x.site.tokens.upperBound <= t.tokens.lowerBound ? x.site.tokens.upperBound..<t.tokens.lowerBound : t.tokens.lowerBound..<t.tokens.lowerBound
            if r.count >= bestD || TypedEventFinder.endsAPeriod(t.tokens, in: s, tk) { continue }
            let after = t.tokens.lowerBound >= x.site.tokens.upperBound
            // (session 29: at most 16 tokens between, or 26 across a clause of the same time, "was
            // struck and killed by a motorist when she was crossing Queens Plaza North near 27th
            // Street a little before 10 p.m. on Friday": `EventTenses.swift`)
            if r.count > 16, !(after && r.count <= 26 && r.contains { TypedEventFinder.sameTimeWhen($0, x, c, time: t.tokens.lowerBound) }) { continue }
            // the time's own preposition is no clause ("shortly after 2am")
            if after, !r.isEmpty, tk[r.upperBound - 1].lower == "after" || tk[r.upperBound - 1].lower == "before" { r = r.lowerBound..<(r.upperBound - 1) }
            // (session 25: nor the time of a verb of saying before a reported event still to come or
            // done before it: "said Monday they will order …": `EventCoordination.swift`)
            if !after, TypedEventFinder.sayingTimeBefore(t, x, c) { continue }
            // (session 26: "hours after", "shortly before": the time of the phrase after it is the
            // event's day too, "was detained a few hours after the Monday morning shooting")
            let sameDay = after ? TypedEventFinder.sameDayLink(x.site, t, c) : nil
            if after, TypedEventFinder.pastTimeOfAPlan(t, x, c) { continue }
            // (session 38 follow-up: a time inside the complement of "following", "followed",
            // "preceded" is the complement's event's, as the clause breaks "after", "before",
            // "since" already say: `EventComplementTimes.swift`)
            if after, let p = TypedEventFinder.complementOpener(t.tokens, after: x.site.tokens, c.doc, isTime: { c.timeAt[$0] >= 0 }, inMention: { c.mentionAt[$0] >= 0 }),
               !TypedEventFinder.clauseBreaks.contains(tk[p]) { continue }
            // (session 39 follow-up: nor, before the trigger, a time that ends a complement with an
            // event of its own, or a "since" time of another clause: "since the start of the
            // invasion on February 24 and cannot be part of the talks")
            if !after, TypedEventFinder.ownedBefore(t.tokens, trigger: x.site.tokens, sentence: s, c.doc, isTime: { c.timeAt[$0] >= 0 }, inMention: { c.mentionAt[$0] >= 0 }) { continue }
            // ("after" or "before" and a number is a time phrase, no clause: "shortly after 2am")
            // a comma of a place list or of a time in apposition is no clause ("bombings at U.S.
            // embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, on Aug. 7"; "The embassy
            // bombings, on Aug. 7, killed …"; session 21)
            // (session 29: an abbreviation's period after a capitalized word is part of the name, "in
            // Monroe, La., on Nov. 6, 2019", "in Portland, Ore., on Monday")
            func abbreviationPeriod(_ j: Int) -> Bool {
                tk[j].text == "." && j - 1 > s.lowerBound && tk[j - 1].isCapitalized && tk[j - 1].kind == .word && tk[j - 1].text.count <= 5
            }
            func listComma(_ k: Int) -> Bool {
                guard after, tk[k].lower == ",", k > s.lowerBound, k + 1 < s.upperBound else { return false }
                let next = k + 1 == t.tokens.lowerBound || (["on", "in"].contains(tk[k + 1].lower) && k + 2 == t.tokens.lowerBound)
                if next && (tk[k - 1].isCapitalized || abbreviationPeriod(k - 1) || (nominal && k - 1 == x.site.tokens.upperBound - 1)) { return true }
                // (a name between commas: one to three capitalized words after the comma, "and"
                // before them, then a comma, "and" or the time; not "in East Africa, U.S. forces")
                guard tk[k - 1].isCapitalized, tk[k - 1].kind == .word else { return false }
                var j = k + 1
                if tk[j].lower == "and" { j += 1 }
                let first = j
                while j < s.upperBound, j < first + 3, tk[j].isCapitalized, tk[j].kind == .word || tk[j].text.hasSuffix(".") { j += 1 }
                if j < s.upperBound, j > first, abbreviationPeriod(j) { j += 1 }
                guard j > first, j < s.upperBound else { return false }
                return tk[j].lower == "," || tk[j].lower == "and" || j == t.tokens.lowerBound
                    || (["on", "in"].contains(tk[j].lower) && j + 1 == t.tokens.lowerBound)
            }
            // a date before a noun, set off by commas as a date with its year is, modifies it: "The
            // Aug. 7, 1998, bombings killed …", "the Dec. 21, 1988, bombing of Pan Am Flight 103"
            // (session 22)
            func premodifierComma(_ k: Int) -> Bool {
                !after && nominal && r.count == 1 && tk[k].lower == "," && t.tokens.lowerBound > s.lowerBound
                    && TypedEventFinder.determiners.contains(tk[t.tokens.lowerBound - 1])
            }
            // the commas of an "including" phrase before the time keep it in the clause: "the
            // bombings which killed 224 people, including 12 Americans, on Aug. 7, 1998" (session 22)
            func includingCommas(_ k: Int) -> Bool {
                guard after, tk[k].lower == "," else { return false }
                // (the opening comma: "including" after it, the closing one before the time)
                if k + 1 < r.upperBound, tk[k + 1].lower == "including" {
                    return (k + 2..<min(r.upperBound, k + 12)).contains { c in
                        tk[c].lower == "," && (c + 1 == t.tokens.lowerBound || (["on", "in"].contains(tk[c + 1].lower) && c + 2 == t.tokens.lowerBound))
                    }
                }
                guard k + 1 == t.tokens.lowerBound || (["on", "in"].contains(tk[k + 1].lower) && k + 2 == t.tokens.lowerBound) else { return false }
                var j = k - 1
                while j > r.lowerBound, j > k - 11, tk[j].lower != "," { j -= 1 }
                return tk[j].lower == "," && j + 1 < k && tk[j + 1].lower == "including"
            }
            if r.contains(where: { k in
                TypedEventFinder.opensAClause(k, c) ||
                TypedEventFinder.clauseBreaks.contains(tk[k]) && k != sameDay && !(after && afterGerund(k, r))
                    // (session 39: nor "before" and a phrase that only names someone, "testified
                    // before the House Intelligence Committee Tuesday": `EventComplementTimes.swift`)
                    && !(after && TypedEventFinder.namesSomeone(k, upTo: t.tokens.lowerBound, tk, inMention: { c.mentionAt[$0] >= 0 })) && !(!after && join.contains(k)) && !(!after && TypedEventFinder.cleftThat(k, t, x, c)) && !listComma(k) && !premodifierComma(k) && !includingCommas(k)
                    && !(after && TypedEventFinder.sameTimeWhen(k, x, c, time: t.tokens.lowerBound))
                    && !(after && TypedEventFinder.comparesTheTime(k, t.tokens.lowerBound, tk))
                    && !(after && !nominal && TypedEventFinder.simultaneousGerund(k, c))
                    && !(after && pointPast && (tk[k].lower == "after" || tk[k].lower == "before") && k + 1 < r.upperBound && tk[k + 1].lower.first?.isNumber == true)
            }) { continue }
            // (session 24: nor a time after a finite verb of a clause of its own, "plead guilty to
            // charges he feigned mental illness in the 1990s": `EventTenses.swift`)
            // (a noun's own predicate is no such verb: "The suspected car bombings occurred … on Friday")
            // (session 27: nor after another predicate's finite auxiliary and verb, "the moment a girl
            // was rescued by police was released Monday": `EventTenses.swift`)
            if after, !nominal, TypedEventFinder.finiteVerbBetween(r, c) || TypedEventFinder.secondPredicateBetween(r, x.site, c) { continue }
            // a time after an infinitive with an object belongs to it when the event is not yet
            // done: "she will be allowed to play her old tracks … on Sunday" (the playing is on
            // Sunday; session 19b)
            // (whatever its status for a call: "urging them to quickly pass the country's share …
            // by Friday" is the passing's deadline, not the day of the urging; session 21)
            if after, x.status != .happened || x.site.entry.kind == "call", TypedEventFinder.infinitiveWithObject(in: r, tk) { continue }
            // a nominal event after another event's verb that follows the time is that verb's
            // complement, and the time is the verb's: "The Delhi Police on Monday arrested … in
            // connection with the alleged killing of …" (the killing was not on Monday; session
            // 20, unseen news); a verb that does the nominal event ("launched an investigation")
            // makes it its own
            if nominal, !after, c.verbTriggers.contains(where: { $0.lowerBound >= r.lowerBound && $0.upperBound <= r.upperBound }) { continue }
            // (and so is a time after another event's verb of its clause, before the nominal: "three
            // teens arrested on Tuesday for the shooting that took place last Friday", "Police
            // arrested three teens on Tuesday for the shooting"; session 22)
            // (not a time that qualifies the noun: "charged Kopp with attempted murder in the 1995
            // shooting"; and only after a verb whose content is another event, a legal step, an
            // arrest, an accusation, a call or a statement: "600 were killed in the city of Zarand in
            // February in an earthquake" and "testifying Tuesday at Hiller's preliminary hearing"
            // share the time)
            if nominal, !after, !r.isEmpty, ["for", "in", "over", "with", "of", "after", "on", "against"].contains(tk[r.lowerBound].lower),
               c.verbTriggers.indices.contains(where: { n in
                let v = c.verbTriggers[n]
                return v.upperBound <= t.tokens.lowerBound && t.tokens.lowerBound - v.upperBound <= 6
                    && n < c.verbTriggerKinds.count && TypedEventFinder.contentKinds.contains(c.verbTriggerKinds[n])
                    && !(v.upperBound..<t.tokens.lowerBound).contains { TypedEventFinder.clauseBreaks.contains(tk[$0]) }
            }) { continue }
            // an event in a gerund phrase opened by "after" or "before", with another event's verb
            // between it and the time, is not of that verb's time: "A convicted sex offender who was
            // the subject of a weeklong manhunt after pulling off a daring escape during a prison
            // transfer was captured Monday" (the escape was a week before; session 22); a verb
            // joined by "and" or "or" shares the time ("after robbing and killing him on Monday")
            if after, c.verbTriggers.contains(where: { v in
                v.lowerBound >= r.lowerBound && v.upperBound <= r.upperBound && !(v.lowerBound > s.lowerBound && ["and", "or"].contains(tk[v.lowerBound - 1].lower))
            }), let o = (max(s.lowerBound, x.site.tokens.lowerBound - 5)..<x.site.tokens.lowerBound).last(where: { ["after", "before"].contains(tk[$0].lower) }),
               o + 1 < s.upperBound, tk[o + 1].lower.hasSuffix("ing"), !(o..<x.site.tokens.lowerBound).contains(where: { tk[$0].lower == "," }) { continue }
            // (session 25: a time reached across a join is the predicate before's, and counts only
            // when the event's own clause has none: "received the … Award in 1998, and was elected
            // to the … Board in 1995" keeps 1995; never a time that premodifies a noun, "emceed
            // both the 2004 and 2005 Tony Awards, and won an Emmy Award")
            var d = r.count
            if !after, r.contains(where: join.contains) {
                if TypedEventFinder.premodifiesANoun(t, c) { continue }
                d += 17
            }
            // (session 26: a time before "and" is the first predicate's when the event has one of
            // its own after it: "touring the capital Thursday and meeting with police leaders Friday
            // morning")
            if !after, TypedEventFinder.timeOfTheFirstConjunct(t, x, c, among: inSentence) { d += 17 }
            if d < bestD { bestD = d; bestT = t }
        }
        if let t = bestT, inSentence.contains(where: { $0.tokens == t.tokens }) { return dated(t, .clause) }
        // (session 26: a clause on a time, "on Monday, during which two protesters were shot":
        // `EventTimeLinks.swift`)
        if let t = TypedEventFinder.relativeClauseTime(x, c, among: anyInSentence) { return dated(t, .clause) }
        // the sentence's time governs its main clause: not an event after a subordinator or a
        // relative pronoun between them ("In June, Javid approved the request, which …";
        // "Assange has avoided extradition … after seeking refuge … in 2012": 2012 is the refuge's)
        func between(_ t: TimeExpression) -> Range<Int> {
            t.tokens.upperBound <= x.site.tokens.lowerBound ? t.tokens.upperBound..<x.site.tokens.lowerBound
                : x.site.tokens.upperBound..<max(x.site.tokens.upperBound, t.tokens.lowerBound)
        }
        // A time before the trigger: only the words after the last comma count ("On Monday, when
        // police arrived, they arrested …" keeps Monday), and "when"/"while" right after it is its
        // own time ("until last year when a restraining order was filed"); a fronted time loses
        // only to a relative clause ("Back in 2015, when he announced …", "On Wednesday night, …
        // shortly after ABC13 left" keep it).
        func opensAnotherClause(_ t: TimeExpression, fronted: Bool = false) -> Bool {
            var r = between(t)
            let before = t.tokens.upperBound <= x.site.tokens.lowerBound
            if before, let comma = r.last(where: { tk[$0].lower == "," || tk[$0].lower == ";" }) { r = (comma + 1)..<r.upperBound }
            // the time's own preposition is no clause ("detained since 2011", "until June")
            if !before, r.upperBound == t.tokens.lowerBound, !r.isEmpty { r = r.lowerBound..<(r.upperBound - 1) }
            if TypedEventFinder.pastPerfectAcross(r, x.site, c) || (!before && !x.site.isNoun && (TypedEventFinder.finiteVerbBetween(r, c) || TypedEventFinder.secondPredicateBetween(r, x.site, c))) { return true }
            // (session 24: a time after "that" that is no determiner is in a relative or content
            // clause: "warnings were issued for … an area … that was burned in a wildfire last year")
            if !before, !fronted, r.contains(where: { tk[$0].lower == "that" && !TypedEventFinder.isDeterminer($0, c) }) { return true }
            return r.contains { k in
                let w = tk[k].lower
                if fronted { return TypedEventFinder.relativeWords.contains(w) }
                if TypedEventFinder.opensAClause(k, c) { return true }
                // (session 26: "while" or "when" before a participle with no subject of its own is
                // a step of the same time, "fell about 2,000 feet while climbing … on Saturday")
                return TypedEventFinder.subordinators.contains(w) && !(before && (w == "when" || w == "while"))
                    && !(!before && TypedEventFinder.simultaneousGerund(k, c))
            }
        }
        // (the sentence-level rules read a time that is the sentence's only one, or its first, before
        // a time that modifies another noun is left out: "Friday's offerings … compiled by …")
        // (a time that ends a period leaves the others whole: "Today at 10:30 BST, the Supreme Court
        // … issued a ruling on the prorogation … of the Parliament … until October 14")
        let whole = anyInSentence.count == c.calendarTimes.count
        if whole, let t = inSentence.first, t.tokens.lowerBound == s.lowerBound || (t.tokens.lowerBound == s.lowerBound + 1 && ["on", "in", "at", "by", "since"].contains(tk[s.lowerBound].lower)),
           !opensAnotherClause(t, fronted: true) {
            return dated(t, .sentence)
        }
        // (session 29: a time inside a phrase fronted before the first comma, "Following a two-day
        // trial in September, a jury … convicted", "In the final seconds of last week's game, Garrett
        // pulled off …": `EventTimeLinks.swift`)
        if let t = TypedEventFinder.frontedPhraseTime(x, c), !opensAnotherClause(t, fronted: true) {
            return dated(t, .sentence)
        }
        // (session 21: a verb of the same occasion outside the main clause too, "… engulfed the
        // streets of Athens on Wednesday, as angry protesters tried to storm parliament", when
        // no "that" puts it in a reported clause)
        // (nor a verb, main or not, of a subordinate or relative clause the time is outside of: "She had to
        // rebuild the clinic after it burned down, receiving a … grant in 2008")
        func inOtherClause(_ t: TimeExpression) -> Bool {
            var j = x.site.tokens.lowerBound - 1
            while j >= s.lowerBound, j >= x.site.tokens.lowerBound - 8, tk[j].lower != "," {
                if TypedEventFinder.backgroundOpeners.contains(tk[j]) { return !(t.tokens.lowerBound > j && t.tokens.upperBound <= x.site.tokens.lowerBound) }
                j -= 1
            }
            return false
        }
        // a time of the attribution after the event is the saying's, not the event's: "A New York
        // man pleaded guilty to charges …, the U.S. Attorney's Office … announced Monday" (the
        // plea's own day is not given; session 22): a comma between, then a verb of saying of
        // the `reporting-verbs` lexicon right before the time ("said Tuesday", "said on Tuesday")
        func attributionTime(_ t: TimeExpression) -> Bool {
            let b = t.tokens.lowerBound
            guard b > x.site.tokens.upperBound else { return false }
            let v = b - 1 > s.lowerBound && tk[b - 1].lower == "on" ? b - 2 : b - 1
            return v >= x.site.tokens.upperBound && TypedEventFinder.sayingForms.contains(tk[v].lower)
                && (x.site.tokens.upperBound..<v).contains { tk[$0].lower == "," }
        }
        // (session 27: a first-person performative in a quotation is done by the saying, on its day:
        // `EventPerformatives.swift`)
        let performative = TypedEventFinder.isPerformative(x, c)
        if performative, whole, inSentence.count == 1, attributionTime(inSentence[0]) { return dated(inSentence[0], .sentence) }
        if performative, inSentence.isEmpty, let d = c.doc.date { return (TypedEventFinder.dayPrecision(String(d.prefix(10))), .saying) }
        if whole, inSentence.count == 1, attributionTime(inSentence[0]) {
            let lede = (c.doc.title.map { $0.contains(c.sentence.span) } ?? false) || c.sentence.index <= 2
            return (nil, lede && x.status == .happened && c.doc.date != nil && !background(x.site, c) ? .article : .none)
        }
        // (session 27: nor a gerund after "after", "by" …, a step of the clause it hangs off: "by
        // choosing him, … producers … are betting" is not of the sentence's "in 2005")
        let a0 = x.site.tokens.lowerBound
        let gerundStep = a0 > s.lowerBound && tk[a0].lower.hasSuffix("ing") && GenericVerbs.gerundEntryOpeners.contains(tk[a0 - 1].lower)
        let occasion = !x.main && x.status == .happened && !x.site.isNoun && inSentence.count == 1 && !gerundStep
            && !between(inSentence[0]).contains { tk[$0].lower == "that" || tk[$0].lower == ";" || tk[$0].lower == ":" }
        if x.main || occasion, whole, inSentence.count == 1, !opensAnotherClause(inSentence[0]), !inOtherClause(inSentence[0]), !TypedEventFinder.sayingTimeBefore(inSentence[0], x, c),
           TypedEventFinder.complementOpener(inSentence[0].tokens, after: x.site.tokens, c.doc, isTime: { c.timeAt[$0] >= 0 }, inMention: { c.mentionAt[$0] >= 0 }) == nil,
           !((x.status != .happened || x.site.entry.kind == "call") && inSentence[0].tokens.lowerBound >= x.site.tokens.upperBound && TypedEventFinder.infinitiveWithObject(in: between(inSentence[0]), tk)) {
            return dated(inSentence[0], .sentence)
        }
        let lede = (c.doc.title.map { $0.contains(c.sentence.span) } ?? false) || c.sentence.index <= 2
        if lede && x.status == .happened && c.doc.date != nil && !background(x.site, c) { return (nil, .article) }
        return (nil, .none)
    }

    /// Whether the tokens hold "to", a lowercase word and a determiner or possessive: an
    /// infinitive with its object ("to play her old tracks"; not "sentenced to death on …").
    static func infinitiveWithObject(in r: Range<Int>, _ tk: [Token]) -> Bool {
        r.contains { k in
            // (an adverb in -ly may stand before the verb: "to quickly pass the country's share")
            let v = k + 2 < r.upperBound && tk[k + 1].lower.hasSuffix("ly") && tk[k + 1].lower.count > 4 ? k + 1 : k
            return tk[k].lower == "to" && v + 2 < r.upperBound && tk[v + 1].kind == .word && !tk[v + 1].isCapitalized
                && !determiners.contains(tk[v + 1]) && (determiners.contains(tk[v + 2]) && tk[v + 2].lower != "that")
        }
    }

    /// An event's date at the precision of a day: a time of day is the day's ("on Sunday night",
    /// 2013-09-08TNI, dates the robbery 2013-09-08; "at 08:30 am on Tuesday" 2011-08-16).
    static func dayPrecision(_ v: String?) -> String? {
        guard let v, v.count > 10, v.utf8.count > 10, Array(v.utf8)[10] == UInt8(ascii: "T"), CalendarDate(iso: String(v.prefix(10))) != nil else { return v }
        return String(v.prefix(10))
    }

    /// The one-word forms of the verbs of saying (frames `say` and `tell` of the `reporting-verbs` lexicon:
    /// "said", "announced", "told").
    static let sayingForms: Set<String> = {
        guard let book = try? RuleBook.standard() else { return [] }
        var out = Set<String>()
        for e in book.lexicons.get("reporting-verbs").entries where (e["frame"] == "say" || e["frame"] == "tell") && e.surface.count == 1 { out.insert(e.surface[0].lowercased()) }
        return out
    }()

    /// The kinds of event whose content is another event, told of another time: "arrested on
    /// Tuesday for the shooting", "convicted March 20 of first-degree murder".
    static let contentKinds: Set<String> = ["legal", "arrest", "accuse", "reject", "call", "declaration", "threaten"]

    static let clauseRelations: Set<String> = ["ccomp", "advcl", "acl:relcl", "acl", "parataxis", "xcomp", "csubj"]

    /// The first day of a TIMEX3 date value: `2019-11-18`, `2019-11` (its 1st), `2019-W46` (the
    /// Monday of ISO week 46), `2020-Q3`, `2020-H2`, `2020-FA` (seasons from their first month:
    /// SP March, SU June, FA September, WI December); nil for any other value.
    static func firstDay(_ v: String) -> CalendarDate? {
        guard v.count >= 7, let y = Int(v.prefix(4)) else { return nil }
        let rest = v.dropFirst(5)
        if let m = Int(rest.prefix(2)) {
            let d = rest.count >= 5 ? Int(rest.dropFirst(3).prefix(2)) : 1
            return d.flatMap { CalendarDate(year: y, month: m, day: $0) }
        }
        let code = String(rest.prefix(1)), n = Int(rest.dropFirst().prefix(2))
        switch code {
        case "W":
            guard let n, let jan4 = CalendarDate(year: y, month: 1, day: 4) else { return nil }
            return jan4.adding(days: 1 - jan4.weekday + 7 * (n - 1))
        case "Q": return n.flatMap { CalendarDate(year: y, month: 3 * $0 - 2, day: 1) }
        case "H": return n.flatMap { CalendarDate(year: y, month: 6 * $0 - 5, day: 1) }
        default:
            let season = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][String(rest.prefix(2))]
            return season.flatMap { CalendarDate(year: y, month: $0, day: 1) }
        }
    }

    /// Whether the parse shows an event as background, not news of the article's day: a
    /// pluperfect ("had been arrested"), or a past tense in a relative or adverbial clause
    /// ("Khashoggi, who was murdered", "after he was detained").
    func background(_ t: TriggerSite, _ c: SentenceContext) -> Bool {
        guard let (p, _) = predicate(t, c) else { return false }
        let syn = c.doc.syntax
        let s = c.sentence.tokens
        let sw = Int(syn.tokenWord[s.lowerBound])..<Int(syn.tokenWord[s.upperBound])
        let aux = sw.filter { syn.head[$0] == Int32(p) && syn.relation($0).hasPrefix("aux") }
        if aux.contains(where: { syn.lemma[$0].lowercased() == "have" && syn.feature($0, "Tense") == "Past" }) { return true }
        let past = syn.feature(p, "Tense") == "Past" || aux.contains { syn.feature($0, "Tense") == "Past" }
        return past && ["acl:relcl", "advcl", "acl"].contains(syn.relation(p))
    }

    /// Joins the mentions of one event: a definite noun ("the meeting", "the talks") joins the
    /// last event of its kind; a headline event joins the first body event of its kind and takes
    /// its date, or the first one with a date in the first one's sentence or the two after it
    /// when the first has none ("Protesters gather at Paris theater …" / "Protesters … tried to force
    /// their way into a theater …" / "A crowd gathered outside … on Friday evening"; session 20).
    /// Linear: the last event of each kind is kept in a table.
    public static func join(_ events: [Event], doc: Document, timeAt: [Int32] = []) -> [Event] {
        var out: [Event] = []
        var lastOfKind: [String: Int] = [:]
        var firstBodyOfKind: [String: Int] = [:]
        // the first event of each kind with a date, when in the first body event's sentence or
        // the two after it (a photo caption or a dateline may come before the lede)
        var firstDatedInLede: [String: Int] = [:]
        var title: [Event] = []
        let tk = doc.tokens
        for e in events {
            let family = joinFamily(e)
            let inTitle = doc.title.map { $0.contains(e.provenance.span) } ?? false
            if inTitle { title.append(e); continue }
            // a definite noun mention ("the talks") of a kind seen before
            var definite = false
            var possessive = false
            if let t = doc.sentences.indices.contains(e.provenance.sentence) ? doc.sentences[e.provenance.sentence].tokens : nil,
               let first = t.first(where: { tk[$0].span.start == e.triggerSpan.start }), first > t.lowerBound {
                definite = ["the", "this", "that", "these", "those"].contains(tk[first - 1].lower) && !(e.typing?.trigger.hasSuffix(".v") ?? true)
                // (session 26: a time's possessive names a known occasion too, "during Tuesday's
                // debate" after "during a televised election debate", when the earlier mention is
                // the same word: `EventTimeLinks.swift`)
                possessive = !definite && TypedEventFinder.possessiveTimeBefore(first, t, tk, timeAt: timeAt) && !(e.typing?.trigger.hasSuffix(".v") ?? true)
            }
            if possessive, let k = lastOfKind[family], out[k].text.lowercased() != e.text.lowercased() || out[k].typing?.trigger != e.typing?.trigger {
                possessive = false
            }
            // (a mention with its own agent or target must name the same ones)
            func sameArgs(_ a: Event, _ b: Event) -> Bool {
                for role in ["agent", "target"] {
                    if let x = b.typing?.arguments.first(where: { $0.role == role }), let y = a.typing?.arguments.first(where: { $0.role == role }),
                       (x.actor ?? x.text) != (y.actor ?? y.text) { return false }
                    if b.typing?.arguments.contains(where: { $0.role == role }) == true && a.typing?.arguments.contains(where: { $0.role == role }) != true { return false }
                }
                return true
            }
            // (nor one of another day: "arrested on Tuesday for the shooting that took place last
            // Friday" is not Tuesday's murder; session 22)
            func sameDay(_ a: Event, _ b: Event) -> Bool {
                guard let x = a.date, let y = b.date else { return true }
                return x.hasPrefix(y) || y.hasPrefix(x)
            }
            if definite || possessive, let k = lastOfKind[family], out[k].typing?.status == e.typing?.status || e.typing?.status == .happened, sameArgs(out[k], e), sameDay(out[k], e) {
                out[k] = merged(out[k], e)
                continue
            }
            lastOfKind[family] = out.count
            if firstBodyOfKind[family] == nil { firstBodyOfKind[family] = out.count }
            if firstDatedInLede[family] == nil, e.date != nil, let f = firstBodyOfKind[family],
               f == out.count || e.provenance.sentence <= out[f].provenance.sentence + 2 {
                firstDatedInLede[family] = out.count
            }
            out.append(e)
        }
        for e in title {
            let family = joinFamily(e)
            // (a headline's news that happened is not a body event that may or may not happen:
            // "China deploys troops" is not "the People's Liberation Army could be deployed"; session 22)
            // (only a body event that may not happen or did not: a headline says what is demanded or
            // planned as news, "Lithuania calls on Russia to immediately release …")
            let maybe: Set<EventTyping.Status> = [.hypothetical, .negated]
            if let f = firstBodyOfKind[family] {
                var k = out[f].date == nil && e.date == nil ? firstDatedInLede[family] ?? f : f
                let news = e.typing.map { $0.status == .happened || $0.status == .reported } ?? false
                if news, maybe.contains(out[k].typing?.status ?? .happened) { k = f }
                if news, maybe.contains(out[k].typing?.status ?? .happened) { out.append(e) } else { out[k] = merged(out[k], e) }
            } else {
                out.append(e)
            }
        }
        return out.sorted { $0.provenance.span < $1.provenance.span }
    }

    /// A body event of the lede with no date of its own (the article date its marked fallback) takes the
    /// day of one of the next two sentences that tells it again in other words: its agent and
    /// its target (actors) named there, the agent first, and a calendar time after the agent
    /// and before the target with no subordinate clause between ("Kaitlan Collins repeatedly
    /// pressed Israeli diplomat Mark Regev for the death count …" / "CNN’s Kaitlan Collins on
    /// Wednesday repeatedly pushed Israeli diplomat Mark Regev to estimate …"; session 19b). The
    /// date's source is `mention`: another telling of the event. At most two sentences an event,
    /// the agent among a sentence's first 40 tokens and 24 tokens after it.
    static func dateRetold(_ events: inout [Event], doc: Document, actors: ActorLayer, times: [TimeExpression], mentionAt: [Int32], timeAt: [Int32]) {
        let tk = doc.tokens
        func actor(_ j: Int) -> String? { mentionAt[j] >= 0 ? actors.mentions[Int(mentionAt[j])].actor : nil }
        // the actor's mention, or its name's words ("CNN’s Kaitlan Collins" when the actor layer
        // marks only CNN there): the number of tokens it covers at `j`, 0 when none
        func names(_ x: String, _ words: [Substring], at j: Int, in s: Range<Int>) -> Int {
            if actor(j) == x { var e = j; while e < s.upperBound, actor(e) == x { e += 1 }; return e - j }
            guard !words.isEmpty, j + words.count <= s.upperBound else { return 0 }
            for (n, w) in words.enumerated() where tk[j + n].text != w { return 0 }
            return words.count
        }
        for k in events.indices {
            guard events[k].date == nil, events[k].typing?.dateSource == .article, let a = events[k].roles["agent"], let t = events[k].roles["target"], a != t,
                  !(doc.title.map { $0.contains(events[k].provenance.span) } ?? false) else { continue }
            let n = events[k].provenance.sentence
            guard n + 1 < doc.sentences.count else { continue }
            let aw = a.split(separator: " "), tw = t.split(separator: " ")
            for m in (n + 1)...min(n + 2, doc.sentences.count - 1) {
                let s = doc.sentences[m].tokens
                // (the retelling's agent opens it: its first 40 tokens are read, so that an event
                // costs a bounded look however long the sentence)
                guard let i = (s.lowerBound..<min(s.upperBound, s.lowerBound + 40)).first(where: { names(a, aw, at: $0, in: s) > 0 }) else { continue }
                var time: TimeExpression?
                var j = i + names(a, aw, at: i, in: s)
                var found = false
                while j < min(s.upperBound, i + 24) {
                    if TypedEventFinder.subordinators.contains(tk[j].lower) || tk[j].lower == ";" || tk[j].lower == ":" { break }
                    if timeAt[j] >= 0 {
                        let x = times[Int(timeAt[j])]
                        if time == nil, x.isCalendarValue, let v = x.value, v.count >= 10, let d = doc.date, v.prefix(10) <= d.prefix(10) { time = x }
                        j = max(j + 1, x.tokens.upperBound)
                        continue
                    }
                    if names(t, tw, at: j, in: s) > 0 { found = true; break }
                    j += 1
                }
                if found, let x = time {
                    events[k].date = x.value
                    events[k].typing?.dateSource = .mention
                    events[k].typing?.fallbackDate = nil
                    break
                }
            }
        }
    }

    /// The family in which mentions join: the kind (a visit a meeting's); in the catch-all kind
    /// `other` the entry's word too, by its first three letters ("burials" joins "buried", not
    /// "outbreak": session 19, an outbreak in a headline was the body's burial).
    static func joinFamily(_ e: Event) -> String {
        if e.kind == "visit" { return "meeting" }
        guard e.kind == "other", let id = e.typing?.trigger, id.hasPrefix("other.") else { return e.kind }
        // ("other." and three letters: a short string, stored inline)
        return String(id.prefix(9))
    }

    /// `b` as another mention of `a`: `a` keeps its main mention; roles and date fill in.
    static func merged(_ a: Event, _ b: Event) -> Event {
        var m = a
        m.mentions.append(b.provenance)
        m.mentions.sort { $0.span < $1.span }
        if m.date == nil, let d = b.date { m.date = d; m.typing?.dateSource = .mention; m.typing?.fallbackDate = nil }
        // a headline's event is news of the article's day: an undated body mention later in the
        // article keeps the headline's marked fallback
        if m.date == nil, m.typing?.dateSource == EventTyping.DateSource.none, let bt = b.typing, bt.dateSource == .article {
            m.typing?.dateSource = .article
            m.typing?.fallbackDate = bt.fallbackDate
        }
        for (k, v) in b.roles where m.roles[k] == nil { m.roles[k] = v }
        m.actors = Array(Set(m.actors + b.actors)).sorted()
        if var t = m.typing, let bt = b.typing {
            t.mentionTriggers.append(b.triggerSpan)
            if !bt.arguments.isEmpty { t.mentionArguments[b.triggerSpan] = bt.arguments }
            for arg in bt.arguments where !t.arguments.contains(where: { $0.role == arg.role }) { t.arguments.append(arg) }
            t.main = t.main || bt.main
            m.typing = t
        }
        return m
    }

    /// A rule event with no date takes the day of its story's occasion from the typed event
    /// folded into it ("The president signed a memorandum …" after "… announced plans Tuesday";
    /// session 21).
    static func takesOccasion(_ r: inout Event, _ e: Event) {
        guard r.date == nil, let d = e.date, e.typing?.dateSource == .occasion else { return }
        r.date = d
        r.typing?.dateSource = .occasion
        r.typing?.fallbackDate = nil
    }

    /// (session 38 follow-up) A rule event with no date takes the typed event's clause date: the
    /// rule's nearest time may be left out as another event's (`complementOpener`) where the
    /// clause scan keeps one of the trigger's own ("disappeared after leaving the nightclub … on
    /// Sunday").
    static func takesClauseDate(_ r: inout Event, _ e: Event) {
        guard r.date == nil, let d = e.date, e.typing?.dateSource == .clause else { return }
        r.date = d
    }

    /// Folds typed events into the rule events: a typed event whose trigger overlaps a rule
    /// event's trigger (or, for a rule event of the same coarse kind, its span) gives that
    /// event its typing (its roles stay the rule's); the others are added when `adding`.
    /// Both lists are in document order.
    public static func combine(rule: [Event], typed: [Event], adding: Bool = true) -> [Event] {
        var out = rule
        var added: [Event] = []
        var bySentence: [String: [Int]] = [:]
        for (k, r) in rule.enumerated() { for m in r.mentions { bySentence[m.document + "#\(m.sentence)", default: []].append(k) } }
        for e in typed {
            let hits = (bySentence[e.provenance.document + "#\(e.provenance.sentence)"] ?? []).filter { k in
                out[k].mentions.contains { $0.sentence == e.provenance.sentence && $0.span.overlaps(e.triggerSpan) }
            }
            // the verb that creates a rule event of its kind right after it ("launched the
            // Declaration …", "initiated the Declaration …") is that event's mention too (of its
            // very kind in the coarse "other": "condemned the bombing" is no bombing)
            let near = (bySentence[e.provenance.document + "#\(e.provenance.sentence)"] ?? []).first { k in
                EventKinds.coarse(out[k].kind) == EventKinds.coarse(e.kind) && (EventKinds.coarse(e.kind) != "other" || out[k].kind == e.kind)
                    && !(e.typing?.trigger.hasSuffix(".n") ?? false)
                    && out[k].mentions.contains { $0.sentence == e.provenance.sentence && $0.span.start >= e.triggerSpan.end && $0.span.start - e.triggerSpan.end <= 8 }
            }
            if let k = near {
                if out[k].typing == nil {
                    var t = e.typing
                    if out[k].date != nil { t?.dateSource = .rule; t?.fallbackDate = nil }
                    out[k].typing = t
                    takesOccasion(&out[k], e)
                }
                continue
            }
            if let k = hits.first(where: { out[$0].triggerSpan.overlaps(e.triggerSpan) || out[$0].mentions.count > 1 && EventKinds.coarse(out[$0].kind) == EventKinds.coarse(e.kind) })
                ?? hits.first(where: { EventKinds.coarse(out[$0].kind) == EventKinds.coarse(e.kind) }) {
                if out[k].typing == nil {
                    var t = e.typing
                    // (session 26: the time of the trigger's own clause before the sentence's nearest
                    // one, on the same trigger: "touring the capital Thursday and meeting with police
                    // leaders Friday morning" is Friday; a nearest time after the article's day in a
                    // told event is the one before it)
                    if let d = out[k].date, let own = e.date, own != d, e.typing?.dateSource == .clause, out[k].triggerSpan == e.triggerSpan, out[k].mentions.count == 1 {
                        out[k].date = e.date
                    } else if out[k].date != nil { t?.dateSource = .rule; t?.fallbackDate = nil }
                    out[k].typing = t
                    takesOccasion(&out[k], e)
                    takesClauseDate(&out[k], e)
                }
                continue
            }
            if adding { added.append(e) }
        }
        return (out + added).sorted { $0.provenance.span < $1.provenance.span }
    }
}
