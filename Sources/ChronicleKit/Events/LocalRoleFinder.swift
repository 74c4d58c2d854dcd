/// Roles from local word patterns, until the syntax layer gives a parse:
/// - the subject before a verb (over auxiliaries, adverbs and time expressions) is its agent;
/// - the object after it, or the phrase after a preposition of the entry's frame, its target;
/// - a passive ("X was arrested by Y") swaps them; "by" gives the agent;
/// - a nominal event takes its possessor or a demonym before it ("Erdoğan's visit", "Russian
///   strikes") and its "of" phrase ("the arrest of 36 people": target for events done to
///   someone, agent otherwise), "by" and the frame's prepositions;
/// - a symmetric event (meeting, agreement) with a coordinated subject ("Jordan and Britain")
///   has those as participants; "in"/"at" before a name gives the place.
public struct LocalRoleFinder: RoleFinder {
    public init() {}

    static let auxiliaries: WordSet = ["has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "shall",
                                           "should", "can", "could", "may", "might", "must", "not", "never", "also", "again", "already",
                                           "still", "just", "did", "does", "do", "finally", "then", "now", "jointly", "formally", "flatly",
                                           "today", "yesterday", "tonight", "overnight", "later", "earlier", "once", "further", "'ll", "reportedly", "allegedly",
                                           "apparently", "officially", "repeatedly", "recently"]
    /// Words after a headline's participle that show it is a passive ("killed in", "accused of"):
    /// `headline-passive-next` of `events/en/function-words.tsv`.
    static let headlinePassiveNext = FunctionWords.standard.words("headline-passive-next")
    static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being", "got", "gets", "get"]
    static let leftStops: WordSet = ["that", "which", "who", "whom", "whose", "said", "says", "say", "told", "when", "after", "before", "while",
                                         "because", "as", "if", "unless", "but", "where", "since", "although", "though", "until", "despite",
                                         "then", "to", "announced", "reported", "confirmed", "added", "stated", "following", "amid", "saying", "quoted"]
    static let rightStops: WordSet = ["to", "that", "which", "who", "whom", "for", "with", "from", "on", "in", "at", "after", "before",
                                          "over", "into", "as", "because", "since", "despite", "during", "when", "while", "by", "until",
                                          "unless", "if", "than", "about", "against", "said", "says", "of", "but", "following", "amid",
                                          "near", "under", "without", "saying", "and", "or", "where", "across", "between", "through", "toward", "towards", "off", "out"]
    static let pronouns: WordSet = ["he", "she", "they", "it", "we", "i", "you"]
    // (sets rather than array literals in the loops: a literal array is built on every test)
    static let possessorSkips: WordSet = ["the", "a", "an", "of", "in", "on", "for", "by", "with", "and"]
    static let targetBreaks: WordSet = [",", ";", ":", "that", "which", "who", "whom", "where", "when", "after", "before", "because", "while", "but", "said"]
    static let particles: WordSet = ["off", "up", "out", "down", "over", "back"]
    static let placePrepositions: WordSet = ["in", "at", "near"]
    static let reporting: WordSet = ["said", "says", "say", "announced", "told", "stated", "declared", "added", "confirmed", "saying"]
    /// Kinds whose nominal "of" phrase is what is done to someone.
    static let patientKinds: Set<String> = ["arrest", "violence", "legal", "release", "coerce", "sanction", "military"]

    public func arguments(of t: TriggerSite, in c: SentenceContext) -> [EventTyping.Argument] {
        var out: [EventTyping.Argument] = []
        func add(_ role: String, _ r: Range<Int>?, _ rule: String) {
            guard let r, !r.isEmpty, !out.contains(where: { $0.role == role }) else { return }
            // a determiner alone is no phrase ("The released insurgents included …")
            if r.allSatisfy({ LocalRoleFinder.bareWords.contains(c.tokens[$0]) }) { return }
            let span = c.doc.span(tokens: r)
            out.append(EventTyping.Argument(role: role, span: span, text: c.doc.text(span), actor: actor(in: r, c), rule: rule))
        }
        // (the tokens are read through the array's buffer: in a function this long, `tk[j].lower`
        // on the array is a call that copies the whole token)
        return c.tokens.withUnsafeBufferPointer { tk in
        let s = c.sentence.tokens
        if t.isNoun {
            // possessor or demonym before the noun
            var j = t.tokens.lowerBound - 1
            while j >= s.lowerBound, !tk[j].isCapitalized, tk[j].kind == .word, tk[j].lower != "'s", !LocalRoleFinder.leftStops.contains(tk[j]),
                  !LocalRoleFinder.possessorSkips.contains(tk[j]), j > t.tokens.lowerBound - 3 { j -= 1 }
            if j >= s.lowerBound, tk[j].lower == "'s" || tk[j].lower == "’s" {
                // (a possessor with a determiner of its own after "of" is that phrase: "On the
                // fifth anniversary of a woman's slaying" is the woman's; session 20, unseen news)
                var np = leftPhrase(end: j, c)
                if let p = np, let o = p.last(where: { $0 > p.lowerBound && tk[$0].lower == "of" }), o + 1 < p.upperBound,
                   LocalRoleFinder.phraseOpeners.contains(tk[o + 1]) {
                    np = (o + 1)..<p.upperBound
                }
                add(LocalRoleFinder.patientKinds.contains(t.entry.kind) && t.entry.kind != "military" ? "target" : "agent", np, "possessor")
            } else if j >= s.lowerBound, c.mentionAt[j] >= 0, c.actors.mentions[Int(c.mentionAt[j])].form == .demonym {
                add("agent", j..<(j + 1), "demonym")
            }
            var k = skipRight(t.tokens.upperBound, c)
            if k < s.upperBound, tk[k].lower == "of" {
                let np = rightPhrase(start: k + 1, c)
                let after = np.map { skipRight($0.upperBound, c) } ?? k + 1
                if LocalRoleFinder.patientKinds.contains(t.entry.kind) {
                    add("target", np, "of")
                } else if t.entry.framePrepositions.contains("of") || (after < s.upperBound && tk[after].lower == "by") {
                    // (session 38: the entry's frame puts its target in the "of" phrase, or a "by"
                    // phrase after it names the doer: "the acquisition of Activision", "the takeover
                    // of the airline by Lufthansa"; what names no one is the theme: "an outbreak of
                    // cholera")
                    if let np { add(namesSomeone(np, c) ? "target" : "theme", np, "of") }
                } else {
                    add("agent", np, "of")
                }
                if np != nil { k = after }
            }
            if k < s.upperBound, tk[k].lower == "by" { add("agent", rightPhrase(start: k + 1, c), "by") }
            if let (p, np) = framePhrase(t, c, from: k) { add(namesSomeone(np, c) ? "target" : "theme", np, "prep-" + p) }
            if t.entry.frame.contains("self") {
                // "demonstrators", "suicide bombers": the trigger names who acts
                var a = t.tokens.lowerBound
                while a > s.lowerBound, c.mentionAt[a - 1] >= 0 || (tk[a - 1].kind == .word && !LocalRoleFinder.determiners.contains(tk[a - 1])
                      && !LocalRoleFinder.leftStops.contains(tk[a - 1]) && !LocalRoleFinder.rightStops.contains(tk[a - 1])), a > t.tokens.lowerBound - 3 { a -= 1 }
                add("agent", a..<t.tokens.upperBound, "self")
            }
            // a nominal event as the object of a verb ("began a hunger strike", "launched an
            // investigation"): that verb's subject is its agent
            if !out.contains(where: { $0.role == "agent" }) {
                var v = t.tokens.lowerBound - 1
                var n = 0
                while v > s.lowerBound, n < 4, LocalRoleFinder.determiners.contains(tk[v]) || (tk[v].kind == .word && !tk[v].isCapitalized && c.mentionAt[v] < 0
                      && !LocalRoleFinder.rightStops.contains(tk[v]) && !tk[v].lower.hasSuffix("ed") && n < 3 && v > t.tokens.lowerBound - 3) {
                    if tk[v].lower.hasSuffix("ed") { break }
                    v -= 1
                    n += 1
                }
                // (session 39: not a verb of order in time, `complement-opener`: "The protests followed
                // the election of a new president" names no one who elects)
                if v >= s.lowerBound, tk[v].kind == .word, !tk[v].isCapitalized, !LocalRoleFinder.rightStops.contains(tk[v]),
                   !LocalRoleFinder.determiners.contains(tk[v]), !LocalRoleFinder.leftStops.contains(tk[v]), !TypedEventFinder.complementOpeners.contains(tk[v]) {
                    let (subject, passive) = subjectPhrase(before: v, c)
                    if !passive { add("agent", subject, "support-verb-subject") }
                }
            }
        } else {
            var (subject, passive) = subjectPhrase(before: t.tokens.lowerBound, c)
            let k = skipRight(t.tokens.upperBound, c)
            // a headline drops the passive's auxiliary: "3 demonstrators killed in clashes", "Humza
            // Yousaf accused of lying", "daughter found dead at …" (a participle with no object
            // after it: a preposition, a mark or the end follows)
            if !passive, t.isPast, !t.isNoun, subject != nil, c.doc.title.map({ $0.contains(c.sentence.span) }) == true,
               k >= s.upperBound || tk[k].kind == .punct || LocalRoleFinder.headlinePassiveNext.contains(tk[k].lower) {
                passive = true
            }
            // a participle right after its noun with "by" and someone after it is a passive (a
            // reduced relative clause): "the Gaza refugee camp bombed by Israel" (the camp is
            // the target, Israel the agent; session 19b)
            if !passive, t.isPast, let sj = subject, sj.upperBound == t.tokens.lowerBound, k + 1 < s.upperBound, tk[k].lower == "by",
               let by = rightPhrase(start: k + 1, c), namesSomeone(by, c) {
                passive = true
            }
            if passive && t.isPast && !(k < s.upperBound && tk[k].lower == "to") {
                add("target", subject, "passive-subject")
                if k < s.upperBound, tk[k].lower == "by" { add("agent", rightPhrase(start: k + 1, c), "passive-by") }
            } else if subject == nil && t.isPast && !t.isNoun && k < s.upperBound && tk[k].lower == "by" {
                // a participle phrase with no subject of its own: "the Declaration …, initiated by
                // Canada" (Canada initiated it; it is no target)
                add("agent", rightPhrase(start: k + 1, c), "passive-by")
            } else {
                add("agent", subject, "subject")
                // the target: the first phrase naming someone among the object and the
                // prepositional phrases of the clause ("offered concessions to X", "demanded
                // the removal of X"); an object that names no one is the theme
                var object: Range<Int>?
                if t.entry.frame.contains("obj"), k < s.upperBound, !LocalRoleFinder.rightStops.contains(tk[k]) || (tk[k].lower == "up" && false),
                   tk[k].kind == .word || tk[k].kind == .number {
                    object = rightPhrase(start: k, c)
                }
                var candidates: [(Range<Int>, String)] = []
                if let o = object { candidates.append((o, "object")) }
                var j = object.map { skipRight($0.upperBound, c) } ?? k
                var n = 0
                let preps = t.entry.targetPrepositions
                while j < s.upperBound, n < 14 {
                    let w = tk[j].lower
                    if LocalRoleFinder.targetBreaks.contains(w) { break }
                    if preps.contains(w), j + 1 < s.upperBound {
                        let next = tk[j + 1]
                        if w == "to", !next.isCapitalized, next.kind == .word, !LocalRoleFinder.determiners.contains(next) {
                            // an infinitive complement ("threatened to cut off electricity to X"):
                            // its object and phrases are candidates too
                            j += 2
                            n += 2
                            while j < s.upperBound, LocalRoleFinder.particles.contains(tk[j]) { j += 1 }
                            if j < s.upperBound, !LocalRoleFinder.rightStops.contains(tk[j]), tk[j].kind == .word || tk[j].kind == .number,
                               let np = rightPhrase(start: j, c) {
                                candidates.append((np, "complement-object"))
                                n += np.count
                                j = np.upperBound
                            }
                            continue
                        }
                        if let np = rightPhrase(start: j + 1, c) {
                            candidates.append((np, "prep-" + w))
                            j = np.upperBound
                            n += np.count + 1
                            continue
                        }
                    }
                    j += 1
                    n += 1
                }
                if let (np, rule) = candidates.first(where: { namesSomeone($0.0, c) }) { add("target", np, rule) }
                if let o = object, !namesSomeone(o, c) { add("theme", o, "object") }
                // "demanded that the US cancel …": the that-clause's subject is who is called on
                if ["call", "accuse", "threaten", "declaration"].contains(t.entry.kind), k < s.upperBound, tk[k].lower == "that" {
                    add("target", clauseSubject(start: k + 1, c), "that-subject")
                }
            }
        }
        // participants of symmetric events: a coordinated agent
        if ["meeting", "agreement"].contains(t.entry.kind), let a = out.first(where: { $0.role == "agent" }),
           let r = tokenRange(a.span, c), r.contains(where: { tk[$0].lower == "and" }) {
            var start = r.lowerBound
            for j in r where tk[j].lower == "and" || tk[j].lower == "," {
                if start < j { add2(&out, "participant", start..<j, c) }
                start = j + 1
            }
            if start < r.upperBound { add2(&out, "participant", start..<r.upperBound, c) }
        }
        // place: "in"/"at" before a capitalized name in the trigger's clause
        var k = t.tokens.upperBound
        var n = 0
        while k < s.upperBound, n < 10, tk[k].lower != ",", tk[k].lower != ";" {
            if LocalRoleFinder.placePrepositions.contains(tk[k]), k + 1 < s.upperBound {
                var a = k + 1
                if tk[a].lower == "the", a + 1 < s.upperBound { a += 1 }
                if !tk[a].isCapitalized, tk[a].kind == .word, a + 1 < s.upperBound, tk[a + 1].isCapitalized { a += 1 }
                if tk[a].isCapitalized, c.timeAt[a] < 0 {
                    var b = a
                    while b < s.upperBound, tk[b].isCapitalized || (tk[b].lower == "'s") { b += 1 }
                    // a place is a country, a capital or a place the actors lexicons know, or a
                    // name after "in the town/city/region of"
                    let known = ((k + 1)..<b).contains { c.mentionAt[$0] >= 0 && [.country].contains(c.actors.mentions[Int(c.mentionAt[$0])].kind) }
                    if known || ((k + 1)..<b).contains(where: { LocalRoleFinder.places.contains(tk[$0]) }) || !((k + 1)..<b).contains(where: { c.mentionAt[$0] >= 0 }) && b - a <= 3 && ["in", "near"].contains(tk[k].lower) && tk[b - 1].kind == .word && !tk[b - 1].lower.hasSuffix("s") {
                        add("place", (k + 1)..<b, "in-name")
                    }
                    break
                }
            }
            k += 1
            n += 1
        }
        return out
        }
    }

    /// Determiners that open a noun phrase, and the words that may stand before one inside a
    /// phrase ("the leader of the rebels", "all the people", "both the US and …", "Women in the
    /// U.S.", "Authorities with the Los Angeles Police Department").
    static let phraseOpeners: WordSet = ["the", "a", "an", "this", "these", "those"]
    /// Words read over after a trigger (`skipRight`; the second set only before a time
    /// expression), the auxiliaries and articles that end a phrase (`rightPhrase`), and the
    /// prepositions of a time read over before a subject (`subjectPhrase`). Static sets: an
    /// array literal there was made and searched for every token of every phrase (session 31).
    static let skippedAfterTrigger: WordSet = ["today", "again", "also", "formally", "flatly", "jointly", "yesterday", "tonight", "overnight", "late", "early", "on", "last", "this", "next"]
    static let skippedBeforeTimeOnly: WordSet = ["on", "late", "early", "last", "this", "next"]
    static let phraseEndingAuxiliaries: WordSet = ["has", "have", "had", "will", "would", "was"]
    static let articles: WordSet = ["a", "an", "the"]
    static let timePrepositions: WordSet = ["on", "in", "at", "late", "early", "by", "since", "from"]
    static let phraseInnerWords: WordSet = ["of", "and", "or", "all", "both", "half", "&"]
    /// Prepositions inside a phrase only after a name or a people noun ("Women in the U.S.",
    /// "Authorities with the …"; not "a recovery in the Indian economy" before a verb).
    static let phraseInnerPrepositions: WordSet = ["in", "from", "with", "at", "for", "on"]
    static func isAuxiliary(_ w: String) -> Bool { auxiliaries.contains(w) || beForms.contains(w) }
    /// Words that alone are no argument.
    static let bareWords: WordSet = ["the", "a", "an", "this", "these", "those", "up", "more", "at", "about"]
    static let places: WordSet = ["town", "city", "region", "province", "village", "district", "state", "capital", "island", "camp"]
    static let determiners: WordSet = ["the", "a", "an", "its", "their", "his", "her", "all", "both", "some", "two", "three", "several", "up", "more", "at", "about"]
    /// Nouns for people and groups: a phrase headed by one names someone without a name.
    static let peopleNouns: WordSet = ["people", "person", "persons", "soldiers", "soldier", "civilians", "civilian", "refugees", "students",
                                           "workers", "officials", "official", "protesters", "protestors", "demonstrators", "journalists",
                                           "journalist", "rebels", "rebel", "troops", "forces", "police", "policemen", "government", "authorities",
                                           "prisoners", "hostages", "immigrants", "migrants", "advisers", "advisors", "diplomats", "diplomat", "leaders",
                                           "leader", "members", "villagers", "residents", "militants", "guerrillas", "insurgents", "settlers",
                                           "activists", "activist", "opposition", "parliament", "army", "military", "party", "parties", "detainees",
                                           "peacekeepers", "inspectors", "observers", "negotiator", "negotiators", "president", "minister",
                                           "ambassador", "envoy", "mediator", "candidate", "candidates", "children", "women", "men", "families",
                                           "population", "community", "communities", "groups", "group", "organization", "organisation", "union",
                                           "council", "court", "agency", "administrators", "newspaper", "coalition", "movement", "regime", "nationals",
                                           "citizens", "voters", "crew", "passengers", "victims", "suspects", "suspect", "dissidents", "politicians", "delegation",
                                           "governor", "chief", "commander", "mayor", "spokesman", "king", "judge", "prosecutor", "head", "deputy",
                                           "chairman", "senator", "lawmakers", "legislators", "deputies", "officers", "agents", "guards", "fighters",
                                           "militiamen", "gunmen", "bombers", "attackers", "ministry", "administration", "cabinet", "state", "states"]

    /// Whether a phrase names someone: an actor mention, a name, or a people noun.
    func namesSomeone(_ r: Range<Int>, _ c: SentenceContext) -> Bool {
        for j in r {
            if c.mentionAt[j] >= 0 { return true }
            let t = c.tokens[j]
            if t.isCapitalized && j > c.sentence.tokens.lowerBound && t.kind == .word { return true }
            if LocalRoleFinder.peopleNouns.contains(t) { return true }
        }
        return false
    }

    /// The subject of a clause starting at `start` ("that the US cancel plans"): the phrase up
    /// to the first lowercase word after a name, or to a modal.
    func clauseSubject(start: Int, _ c: SentenceContext) -> Range<Int>? {
        guard let np = rightPhrase(start: start, c) else { return nil }
        var seenName = false
        for j in np {
            let t = c.tokens[j]
            if ["must", "should", "will", "would", "be", "is", "are", "was", "were", "can", "could", "has", "have", "had"].contains(t.lower) { return j > start ? start..<j : nil }
            if seenName && !t.isCapitalized && t.kind == .word && !["of", "'s", "’s", "and", "the"].contains(t.lower) { return start..<j }
            if t.isCapitalized { seenName = true }
        }
        return np
    }

    func add2(_ out: inout [EventTyping.Argument], _ role: String, _ r: Range<Int>, _ c: SentenceContext) {
        let span = c.doc.span(tokens: r)
        out.append(EventTyping.Argument(role: role, span: span, text: c.doc.text(span), actor: actor(in: r, c), rule: "coordination"))
    }

    func tokenRange(_ span: Span, _ c: SentenceContext) -> Range<Int>? {
        let s = c.sentence.tokens
        guard let a = s.first(where: { c.tokens[$0].span.start >= span.start }) else { return nil }
        var b = a
        while b < s.upperBound, c.tokens[b].span.end <= span.end { b += 1 }
        return a..<b
    }

    /// The first actor mentioned in the tokens; a country that only qualifies the actor right
    /// after it gives way to that one ("the United States House of Representatives impeached …":
    /// the House acts, not the country).
    func actor(in r: Range<Int>, _ c: SentenceContext) -> String? {
        for j in r where c.mentionAt[j] >= 0 {
            let m = c.actors.mentions[Int(c.mentionAt[j])]
            let next = m.tokens.upperBound
            if m.kind == .country, m.form == .name, r.contains(next), c.mentionAt[next] >= 0,
               [.organization, .person].contains(c.actors.mentions[Int(c.mentionAt[next])].kind) {
                return c.actors.mentions[Int(c.mentionAt[next])].actor
            }
            return m.actor
        }
        return nil
    }

    /// Skips adverbs and time expressions after a trigger.
    func skipRight(_ from: Int, _ c: SentenceContext) -> Int {
        var k = from
        let s = c.sentence.tokens
        while k < s.upperBound {
            if c.timeAt[k] >= 0 { k = c.times[Int(c.timeAt[k])].tokens.upperBound; continue }
            let w = c.tokens[k].lower
            if LocalRoleFinder.skippedAfterTrigger.contains(w) || (w.hasSuffix("ly") && !c.tokens[k].isCapitalized && w.count > 4) {
                // "on" and "late" only before a time expression
                if LocalRoleFinder.skippedBeforeTimeOnly.contains(w) && !(k + 1 < s.upperBound && c.timeAt[k + 1] >= 0) { break }
                k += 1
                continue
            }
            break
        }
        return k
    }

    /// The phrase after a preposition of the entry's frame, within a few words of `from`.
    func framePhrase(_ t: TriggerSite, _ c: SentenceContext, from: Int) -> (String, Range<Int>)? {
        let preps = t.entry.frame.filter { $0 != "obj" }
        guard !preps.isEmpty else { return nil }
        let s = c.sentence.tokens
        var k = from
        var n = 0
        while k < s.upperBound, n < 8 {
            let w = c.tokens[k].lower
            if w == "," || w == ";" || w == "that" || w == "which" || w == "who" { return nil }
            if preps.contains(w), k + 1 < s.upperBound {
                let next = c.tokens[k + 1]
                // "to" before a verb is an infinitive, not a target
                if w == "to", !next.isCapitalized, next.kind == .word, !["the", "a", "an", "its", "their", "his", "her", "all", "both"].contains(next.lower) { return nil }
                if let np = rightPhrase(start: k + 1, c) { return (w, np) }
                return nil
            }
            k += 1
            n += 1
        }
        return nil
    }

    /// The noun phrase ending at `end` (exclusive), back to a boundary.
    func leftPhrase(end: Int, _ c: SentenceContext) -> Range<Int>? {
        let s = c.sentence.tokens
        var k = end - 1
        var n = 0
        var end = end
        var restarted = false
        while k >= s.lowerBound, n < 12 {
            let t = c.tokens[k]
            if t.kind == .quote || (t.kind == .punct && !["'s", "’s", "-", "&", ".", "(", ")", "/"].contains(t.lower)) || LocalRoleFinder.leftStops.contains(t) { break }
            if c.timeAt[k] >= 0 { break }
            // an auxiliary is no word of a noun phrase: "Washington and the Taliban had been
            // holding talks" ends at "had"; when only one or two lowercase words (adverbs) came
            // before it, the subject is before it ("He has always denied": "He", not "always");
            // a determiner after a lowercase word that is no preposition of the phrase opens it
            // ("Police believe the woman was killed": "the woman")
            if n > 0, LocalRoleFinder.isAuxiliary(t.lower) {
                if !restarted, n <= 2, ((k + 1)..<end).allSatisfy({ c.tokens[$0].kind == .word && !c.tokens[$0].isCapitalized && c.mentionAt[$0] < 0
                    && !LocalRoleFinder.pronouns.contains(c.tokens[$0]) }) {
                    restarted = true
                    while k >= s.lowerBound, LocalRoleFinder.isAuxiliary(c.tokens[k].lower) { k -= 1 }
                    end = k + 1
                    n = 0
                    continue
                }
                break
            }
            if LocalRoleFinder.phraseOpeners.contains(t), k - 1 >= s.lowerBound, c.mentionAt[k - 1] < 0 {
                let p = c.tokens[k - 1]
                let inner = LocalRoleFinder.phraseInnerWords.contains(p)
                    || LocalRoleFinder.phraseInnerPrepositions.contains(p) && k - 2 >= s.lowerBound
                    && (c.tokens[k - 2].isCapitalized || c.mentionAt[k - 2] >= 0 || LocalRoleFinder.peopleNouns.contains(c.tokens[k - 2]))
                if p.kind == .word, !p.isCapitalized, !inner { k -= 1; break }
            }
            k -= 1
            n += 1
        }
        var a = k + 1
        while a < end, ["and", "but", "then", "so"].contains(c.tokens[a].lower) { a += 1 }
        // a past form after an auxiliary is the verb, no word of the phrase ("Images have emerged
        // of coffins being buried": "coffins", not "emerged of coffins"; session 19b)
        if a < end, a > s.lowerBound, LocalRoleFinder.isAuxiliary(c.tokens[a - 1].lower), c.tokens[a].kind == .word, !c.tokens[a].isCapitalized,
           c.mentionAt[a] < 0, c.tokens[a].lower.hasSuffix("ed") {
            a += 1
            while a < end, ["of", "in", "on", "at", "from", "with", "for", "by", "to"].contains(c.tokens[a].lower) { a += 1 }
        }
        return a < end ? a..<end : nil
    }

    /// The noun phrase starting at `start`, up to a boundary.
    func rightPhrase(start: Int, _ c: SentenceContext) -> Range<Int>? {
        let s = c.sentence.tokens
        var k = start
        var n = 0
        while k < s.upperBound, n < 10 {
            let t = c.tokens[k]
            if t.kind == .quote || (t.kind == .punct && !["'s", "’s", "-", "&", "$"].contains(t.lower)) || c.timeAt[k] >= 0 { break }
            if t.lower == "up", k + 1 < s.upperBound, c.tokens[k + 1].lower == "to" { k += 2; n += 2; continue }
            if n > 0, LocalRoleFinder.beForms.contains(t) || LocalRoleFinder.phraseEndingAuxiliaries.contains(t) { break }
            if n > 0, LocalRoleFinder.articles.contains(t) || (t.kind == .number && c.tokens[k - 1].isCapitalized) { break }
            // (session 38: a verb in the past tense of the tags opens the clause's predicate: "the
            // arrest of 36 people came after …", "the invasion of Ukraine began"; not VBZ, which
            // the tagger gives plural nouns too: "Katyusha rockets")
            if n > 0, !t.isCapitalized, t.kind == .word, LocalRoleFinder.pastTenseVerb(k, c) { break }
            if t.lower == "and" {
                // "Iraq and Libya" goes on; "and exploded", "and said" end the phrase
                guard k + 1 < s.upperBound, c.tokens[k + 1].isCapitalized || c.tokens[k + 1].kind == .number else { break }
            } else if LocalRoleFinder.rightStops.contains(t) && n > 0 && !(t.lower == "of" && k + 1 < s.upperBound && c.tokens[k + 1].kind != .punct) || (n > 0 && t.lower.hasSuffix("ing") && !t.isCapitalized && t.lower.count > 5) {
                break
            }
            k += 1
            n += 1
        }
        return k > start ? start..<k : nil
    }

    /// Whether token `k` is a verb in the past tense (VBD) of the tags (`Document.wordClasses`).
    static func pastTenseVerb(_ k: Int, _ c: SentenceContext) -> Bool {
        let syn = c.doc.wordClasses
        guard syn.count > 0, k + 1 < syn.tokenWord.count else { return false }
        let w = Int(syn.tokenWord[k])
        guard w < Int(syn.tokenWord[k + 1]), w < syn.upos.count, syn.upos[w] == .VERB else { return false }
        return syn.xpos(w) == "VBD"
    }

    /// The subject before a verb: over auxiliaries, adverbs and time expressions. Says whether
    /// a form of "be" came between (a passive when the verb is a past participle). None for a
    /// coordinated verb ("… and exploded"; the subject is the first verb's, found then).
    func subjectPhrase(before t: Int, _ c: SentenceContext) -> (Range<Int>?, Bool) {
        let s = c.sentence.tokens
        var j = t - 1
        var passive = false
        while j >= s.lowerBound {
            if c.timeAt[j] >= 0 {
                j = c.times[Int(c.timeAt[j])].tokens.lowerBound - 1
                if j >= s.lowerBound, LocalRoleFinder.timePrepositions.contains(c.tokens[j]) { j -= 1 }
                continue
            }
            let w = c.tokens[j].lower
            if LocalRoleFinder.beForms.contains(w) { passive = true; j -= 1; continue }
            if LocalRoleFinder.auxiliaries.contains(w) || w.hasSuffix("n't") || (w.hasSuffix("ly") && w.count > 4 && !c.tokens[j].isCapitalized) { j -= 1; continue }
            break
        }
        guard j >= s.lowerBound else { return (nil, passive) }
        // (session 26: an apposition set off by commas between the subject and its verb, an age
        // or a noun phrase opened by an article: "Robert Buckley, 32, fell about 2,000 feet", "The
        // climber, a 36-year-old man, fell 200 feet")
        if c.tokens[j].lower == ",", let open = LocalRoleFinder.appositionOpening(closing: j, c) { j = open - 1 }
        let w = c.tokens[j].lower
        // (session 37: an arrangement before "to" is no event, its subject is the infinitive's: "Ross
        // is set to meet with Lionsgate officials", "the suspect was scheduled to appear")
        if w == "to", j - 1 > s.lowerBound, GenericVerbs.arrangementVerbs.contains(c.tokens[j - 1]) { return (subjectPhrase(before: j - 1, c).0, false) }
        if w == "and" || w == "to" { return (nil, passive) }
        // a lowercase word after "to" right before the trigger is an infinitive, the trigger its
        // complement ("was set to begin shutting off power": no subject "begin"; session 19b)
        if j == t - 1, j > s.lowerBound, c.tokens[j - 1].lower == "to", c.tokens[j].kind == .word, !c.tokens[j].isCapitalized, c.mentionAt[j] < 0 {
            return (nil, passive)
        }
        guard var np = leftPhrase(end: j + 1, c) else { return (nil, passive) }
        // a personal pronoun is a whole subject: "Ellen DeGeneres just tweeted she will be
        // hosting", "it appears she called for": the words before it belong to another clause
        if np.count > 1, LocalRoleFinder.pronouns.contains(c.tokens[np.upperBound - 1]) { np = (np.upperBound - 1)..<np.upperBound }
        // "they would meet" after "X said": the speaker
        if np.count == 1, LocalRoleFinder.pronouns.contains(c.tokens[np.lowerBound]) {
            var k = np.lowerBound - 1
            while k >= s.lowerBound, c.tokens[k].lower == "that" || c.timeAt[k] >= 0 || ["on", "in"].contains(c.tokens[k].lower) { k -= 1 }
            if k >= s.lowerBound, LocalRoleFinder.reporting.contains(c.tokens[k]) {
                let (speaker, _) = subjectPhrase(before: k, c)
                if let speaker { np = speaker }
            }
        }
        return (np, passive)
    }

    /// The opening comma of an apposition whose closing comma is token `closing`: at most six
    /// tokens between them, the first a number (an age: "Robert Buckley, 32,") or "a"/"an"/"the"
    /// ("The climber, a 36-year-old man,"), no other comma, quote or verb event among them, and a
    /// word before the opening comma (the head the apposition is on). Nil for any other comma.
    static func appositionOpening(closing: Int, _ c: SentenceContext) -> Int? {
        let tk = c.tokens, s = c.sentence.tokens
        guard closing - 2 > s.lowerBound else { return nil }
        var i = closing - 1
        while i > s.lowerBound, i >= closing - 7, tk[i].lower != "," {
            if tk[i].kind == .quote || c.verbTriggers.contains(where: { $0.contains(i) }) { return nil }
            i -= 1
        }
        guard tk[i].lower == ",", i + 1 < closing, i > s.lowerBound, tk[i - 1].kind == .word else { return nil }
        let first = tk[i + 1]
        guard first.kind == .number || ["a", "an", "the"].contains(first.lower) else { return nil }
        return i
    }
}
