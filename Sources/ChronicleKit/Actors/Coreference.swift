/// Within-article coreference of actors (issue 19, item 2): pronouns ("he", "her", "it", "its",
/// "they"), role nouns ("the minister", "the spokeswoman") and organisation nouns ("the
/// company", "the ministry", "the government") go to an actor named earlier in the article.
///
/// A salience model in the manner of Lappin and Leass (1994), cut down to what the stage has
/// (docs/Actors.md, "Coreference within an article"):
/// - **Discourse referents.** Every actor mention (name, surname, alias, and every resolved
///   anaphor) adds to its actor's salience: 100 for being mentioned, +80 as a subject, +50 as
///   an object, +0 inside a prepositional phrase, +80 when it is not a possessive. Salience
///   halves with every sentence boundary.
/// - **Grammatical role.** With a parse (`--syntax`) from the relation of the mention's head
///   word (`nsubj`, `nsubj:pass` / `obj`, `iobj` / `obl`, `nmod`); without one, a mention
///   after a preposition is oblique, the first other mention of a clause its subject and later
///   ones objects.
/// - **Agreement.** "he"/"she" need a person whose gender is that one or unknown (an unknown
///   gender counts 20 % less); "it"/"its" an organisation, country or medium, and the last
///   noun phrase unless a verb of saying follows ("It said"); "they"/"their"/
///   "them" a group, or an organisation or country that was a subject in this or the last
///   sentence and is the last noun phrase (or a verb of saying follows). A role noun needs a person: the person whose role has its head ("minister"), else
///   for a generic one ("the official") the most salient person, for a specific one the only
///   person of the last sentences. An organisation noun needs its kind, and a specific one ("the ministry",
///   "the court") an actor whose name has the word.
/// - **Speech.** In "…, he said" the speaker is not one named in what was said before it in
///   the sentence ("People like Scott, he said"). After a quotation that opens its paragraph,
///   a person first named in the sentence before the quotation counts twice: news introduces
///   a speaker, then quotes them ("… concerns Henry Crespo, president of …" / "“No one is
///   writing songs for Hillary …,” he said").
/// - **Syntax.** A non-possessive object pronoun ("him", "them") is never the subject of its
///   own clause (with a parse: of the same verb). "It" is resolved only as a subject and never
///   when pleonastic ("it is", "it was reported"; with a parse, the `expl` relation).
/// - **Bounds.** Referents leave after `referentWindow` sentences (pronouns other than a
///   person's, and role nouns without their role, look back `pronounWindow`), and at most `maxReferents` are kept: each anaphor compares a bounded
///   number of candidates, so the cost stays linear in the article.
extension ActorRecognizer {
    static let pronounWindow = 4
    static let referentWindow = 8
    static let maxReferents = 16
    /// What the subject of a verb of saying adds to its salience (`speaks`).
    static let speakerSalience = 60.0

    /// What the article has said of one actor so far.
    struct Referent {
        var actor: String
        var kind: ActorKind
        var gender: String?
        var role: String?
        /// Salience as of sentence `at`.
        var score: Double
        var at: Int
        /// The sentence of its latest mention.
        var sentence: Int
        /// Whether its latest mention was a subject, and of which clause (`clause`: the first
        /// token of the clause without a parse, the governing word with one).
        var subject: Bool
        var clause: Int
        /// The token after its latest mention.
        var end: Int
        /// The sentence of its first mention.
        var introduced: Int
        /// The sentence of its latest mention other than a pronoun outside a quotation: "…, he
        /// said" is not said by a person named in the content before it, but may be by one the
        /// content calls "her" ("… left her “pretty overwhelmed,” she said").
        var named: Int
        /// The sentence of its latest mention inside a quotation: "“…,” she said" is not said by
        /// a person the quotation names, but may be by one the sentence named before it ("By the
        /// time Buckley learned …, she was only half-surprised: “…,” she said").
        var quoted: Int
        /// The kind of the actor when the referent is the pair or group it heads as the first of a
        /// coordinated subject ("Kevin King and Timothy Weeks appeared …": a later "they" or
        /// "both men" refers to them, and is given to the first); nil for the actor itself.
        var member: ActorKind? = nil

        func salience(_ s: Int) -> Double { s - at >= 30 ? 0 : score / Double(1 << (s - at)) }
        /// The kind of a mention that refers to it: a described person is a mention of the
        /// unnamed source, whose kind is group.
        var mentionKind: ActorKind { member ?? (actor == Actor.unnamedSource ? .group : kind) }
    }

    enum Grammar { case subject, object, oblique, possessive }

    /// Adds a mention for each pronoun, role noun and organisation noun that refers back to an
    /// actor of `mentions` (which are sorted by span), and returns all mentions sorted.
    func resolveCoreference(_ mentions: [Mention], doc: Document, taken: [Bool], work: inout Int) -> [Mention] {
        let pronouns = book.lexicons.get("pronouns")
        let roles = book.lexicons.get("role-nouns")
        let weekdays = book.lexicons.get("weekdays")
        let timeWords = book.lexicons.get("time-words")
        let theId = book.vocabulary.id("the"), aId = book.vocabulary.id("a"), anId = book.vocabulary.id("an")
        let sources = book.lexicons.get("source-nouns")
        // the words that may open a group of people the text describes ("some officials")
        let quantifierIds = ActorRecognizer.groupQuantifiers.map { book.vocabulary.id($0) }.filter { $0 != Vocabulary.unassigned }
        let syn = doc.syntax
        let parsed = syn.count > 0 && syn.wordToken.count == syn.count && syn.tokenWord.count > doc.tokens.count
        // each person's role (from any of its mentions)
        var roleOf: [String: String] = [:]
        // (an organisation's role is the noun that named it: "the United Auto Workers union")
        for m in mentions { if let r = m.role, roleOf[m.actor] == nil { roleOf[m.actor] = r } }
        // mentions in token order (bylines have no tokens)
        let ordered = mentions.indices.filter { !mentions[$0].tokens.isEmpty && mentions[$0].tokens.upperBound <= doc.tokens.count && mentions[$0].form != .unnamed }
            .sorted { mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound }
        // a given name alone ("Steve") for the one full name that starts with it ("Steve Jobs")
        let givenNames = book.lexicons.get("given-names")
        var byFirstName: [String: String?] = [:]
        for m in mentions where m.kind == .person && m.form == .name && m.tokens.count >= 2 && m.tokens.upperBound <= doc.tokens.count {
            let first = doc.tokens[m.tokens.lowerBound].lower
            if let known = byFirstName[first] { if known != m.actor { byFirstName[first] = .some(nil) } } else { byFirstName[first] = m.actor }
        }
        var named: Set<String> = []
        let reporting = book.lexicons.get("reporting-verbs")
        // (the tokens read through the array's buffer: an out-of-line subscript copied each token,
        // retaining and releasing its strings)
        let orderedStart = ordered.map { mentions[$0].tokens.lowerBound }
        return doc.tokens.withUnsafeBufferPointer { tb in
            // the start of the last "the/a/this + lowercase word" phrase before each token, outside names
            var lastPhrase = [Int](repeating: -1, count: doc.tokens.count + 1)
            work += doc.tokens.count
            let determiners = ActorRecognizer.determiners, boundaries = ActorRecognizer.clauseBoundaries
            for t in doc.tokens.indices {
                lastPhrase[t + 1] = lastPhrase[t]
                if t + 1 < doc.tokens.count, !taken[t], determiners.contains(tb[t]),
                   tb[t + 1].kind == .word, !tb[t + 1].isCapitalized, !taken[t + 1] {
                    lastPhrase[t + 1] = t
                }
            }
            var next = 0
            var refs: [Referent] = []
            // the sentence where each actor was first named
            var introduced: [String: Int] = [:]
            var added: [Mention] = []
            let inQuote = ActorRecognizer.quoteMask(doc)
            // the opening mark of each quotation, by its closing mark
            var quoteOpening: [Int: Int] = [:]
            for q in doc.quotes where q.tokens.count >= 2 { quoteOpening[q.tokens.upperBound - 1] = q.tokens.lowerBound }
            // without a parse: the clauses of the current sentence that have their subject
            var subjectClauses: Set<Int> = []

            /// The clause a token belongs to without a parse: the last clause boundary before it.
            func clauseStart(_ i: Int, _ s: Sentence) -> Int {
                var k = i - 1
                var steps = 0
                while k >= s.tokens.lowerBound && steps < 40 {
                    if boundaries.contains(tb[k]) { return k + 1 }
                    k -= 1; steps += 1
                }
                return s.tokens.lowerBound
            }
            /// The role of the token range in its sentence, and its clause key.
            func grammar(_ r: Range<Int>, _ s: Sentence, possessive: Bool) -> (Grammar, Int) {
                if possessive { return (.possessive, clauseStart(r.lowerBound, s)) }
                if parsed {
                    let words = Int(syn.tokenWord[r.lowerBound])..<Int(syn.tokenWord[r.upperBound])
                    if let h = words.first(where: { w in let g = Int(syn.head[w]); return g < 0 || !words.contains(g) }) {
                        let rel = syn.relation(h)
                        let gov = Int(syn.head[h])
                        if rel.hasPrefix("nsubj") { return (.subject, gov) }
                        if rel == "obj" || rel == "iobj" { return (.object, gov) }
                        if rel == "nmod:poss" { return (.possessive, gov) }
                        return (.oblique, gov)
                    }
                }
                let c = clauseStart(r.lowerBound, s)
                if r.lowerBound > s.tokens.lowerBound && ActorRecognizer.prepositions.contains(tb[r.lowerBound - 1].lower) { return (.oblique, c) }
                // the first mention of the clause is its subject
                if subjectClauses.contains(c) { return (.object, c) }
                subjectClauses.insert(c)
                return (.subject, c)
            }
            func weight(_ g: Grammar) -> Double {
                switch g {
                case .subject: 100 + 80 + 80
                case .object: 100 + 50 + 80
                case .oblique: 100 + 80
                case .possessive: 100
                }
            }
            /// Whether a verb of saying follows the mention ending at `end` in sentence `s`, past one
            /// adverb or a parenthesis ("Josh Earnest said", "Perdue (R-Ga.) also said"): a speaker
            /// stays salient, so the "he said" of the next sentence is theirs, not that of a person
            /// named in what they said.
            func speaks(_ end: Int, _ s: Sentence) -> Bool {
                var k = end
                let hi = s.tokens.upperBound
                if k < hi && tb[k].text == "(" {
                    let stop = min(hi, k + 8)
                    while k < stop && tb[k].text != ")" { k += 1 }
                    k += 1
                }
                if k < hi && tb[k].kind == .word && !tb[k].isCapitalized && (tb[k].lower.hasSuffix("ly") || tb[k].lower == "also") { k += 1 }
                return k < hi && !inQuote[k] && reporting.firstSingle(tb[k])?["frame"] == "say"
            }
            func note(actor: String, kind: ActorKind, gender: String?, role: String?, grammar g: Grammar, clause: Int, sentence s: Int, end: Int,
                      speaker: Bool = false, pronoun: Bool = false, quoted: Bool = false, member: ActorKind? = nil) {
                work += refs.count
                let bonus = speaker ? ActorRecognizer.speakerSalience : 0
                if let k = refs.firstIndex(where: { $0.actor == actor && $0.member == member }) {
                    if !pronoun { refs[k].named = s }
                    if quoted { refs[k].quoted = s }
                    // the unnamed source is whoever the text described last: a person or a group
                    if actor == Actor.unnamedSource { refs[k].kind = kind; refs[k].gender = gender }
                    refs[k].end = end
                    refs[k].score = refs[k].salience(s) + weight(g) + bonus
                    refs[k].at = s
                    refs[k].sentence = s
                    refs[k].subject = g == .subject
                    refs[k].clause = clause
                    if refs[k].gender == nil { refs[k].gender = gender }
                    if refs[k].role == nil { refs[k].role = role }
                    return
                }
                if refs.count >= ActorRecognizer.maxReferents, let old = refs.indices.min(by: { refs[$0].sentence < refs[$1].sentence }) {
                    refs.remove(at: old)
                }
                refs.append(Referent(actor: actor, kind: kind, gender: gender, role: role, score: weight(g) + bonus, at: s, sentence: s,
                                     subject: g == .subject, clause: clause, end: end, introduced: introduced[actor] ?? s,
                                     named: pronoun ? -1 : s, quoted: quoted ? s : -1, member: member))
                if introduced[actor] == nil { introduced[actor] = s }
            }
            /// The most salient referent that passes `ok` (ties: the latest).
            func best(_ s: Int, window: Int, _ ok: (Referent) -> Double) -> Referent? {
                work += refs.count
                var found: Referent?
                var top = 0.0
                for r in refs where s - r.sentence <= window {
                    let f = ok(r)
                    guard f > 0 else { continue }
                    let v = r.salience(s) * f
                    if found == nil || v > top || (v == top && r.sentence >= found!.sentence) { found = r; top = v }
                }
                return found
            }

            /// Whether no verb comes between the start of the clause and token `i` (the tagger's
            /// tags): a name there is in the subject, also after another name ("Republican Gov. Eric
            /// Holcomb and …").
            func beforeVerb(_ i: Int, _ s: Sentence) -> Bool {
                let tags = doc.wordClasses
                guard tags.count > 0 else { return false }
                let c = clauseStart(i, s)
                guard i - c <= 12 else { return false }
                work += i - c
                return (c..<i).allSatisfy { k in
                    let w = tags.words(ofToken: k)
                    return w.isEmpty || (tags.upos[w.lowerBound] != .VERB && tags.upos[w.lowerBound] != .AUX)
                }
            }
            /// Whether "and" at `end` joins a second subject to the mention that ends there: another
            /// mention, or a plural noun the tagger tags as one ("leaders of the Legislature"), not a
            /// clause ("Smith and his wife" is a pair too; "Smith and then left" is not).
            func coordinated(after end: Int, _ s: Sentence, nextMention: Int) -> Bool {
                guard end + 1 < s.tokens.upperBound, tb[end].lower == "and" else { return false }
                if nextMention == end + 1 { return true }
                // another mention after one or two words in lower case that say what the person is
                // ("Senator Elizabeth Warren and congresswoman Alexandria Ocasio-Cortez", which the
                // tagger may read as a proper noun; not a determiner or pronoun: "Hong Kong police and
                // their Chinese Ministry of State Security intelligence service masters")
                if nextMention > end + 1 && nextMention <= end + 3
                    && (end + 1..<nextMention).allSatisfy({ k in
                        let t = tb[k]
                        return t.kind == .word && !t.isCapitalized && !taken[k] && !pronouns.hasSingle(t) && !determiners.contains(t)
                    }) { return true }
                var k = end + 1
                if k < s.tokens.upperBound, ActorRecognizer.determiners.contains(tb[k]) || tb[k].lower == "his" || tb[k].lower == "her" { k += 1 }
                let tags = doc.wordClasses
                guard k < s.tokens.upperBound, !taken[k], tags.count > 0 else { return false }
                let w = tags.words(ofToken: k)
                guard !w.isEmpty, tags.upos[w.lowerBound] == .NOUN else { return false }
                return tags.feature(w.lowerBound, "Number") == "Plur" || sources.hasSingle(tb[k]) || roles.hasSingle(tb[k])
            }

            for s in doc.sentences {
                work += s.tokens.count + refs.count
                refs.removeAll { s.index - $0.sentence > ActorRecognizer.referentWindow }
                subjectClauses.removeAll(keepingCapacity: true)
                var i = s.tokens.lowerBound
                while i < s.tokens.upperBound {
                    // a mention the stage found
                    while next < ordered.count && orderedStart[next] < i { next += 1 }
                    if next < ordered.count && orderedStart[next] == i {
                        let m = mentions[ordered[next]]
                        next += 1
                        named.insert(m.actor)
                        let (g, c) = grammar(m.tokens, s, possessive: m.possessive)
                        note(actor: m.actor, kind: m.kind, gender: m.gender, role: roleOf[m.actor],
                             grammar: g, clause: c, sentence: s.index, end: m.tokens.upperBound,
                             speaker: !m.possessive && speaks(m.tokens.upperBound, s), quoted: inQuote[i])
                        // the first of a coordinated subject or object heads a pair or group of its own
                        // ("Kevin King and Timothy Weeks appeared …", "Gov. Eric Holcomb and leaders of the
                        // Legislature said", "… met Smith and Jones."): a later "they" or "both men" refers
                        // to it (an object's pair with the lower salience of an object)
                        if !m.possessive && !inQuote[i] && m.kind != .group, g == .subject || g == .object || beforeVerb(m.tokens.lowerBound, s),
                           coordinated(after: m.tokens.upperBound, s, nextMention: next < ordered.count ? orderedStart[next] : -1) {
                            note(actor: m.actor, kind: .group, gender: nil, role: nil, grammar: g, clause: c, sentence: s.index,
                                 end: m.tokens.upperBound, member: m.kind)
                        }
                        i = max(i + 1, m.tokens.upperBound)
                        continue
                    }
                    defer { i += 1 }
                    if taken[i] { continue }
                    // (the lexicon first: a look-up by id, where the table hashes the word)
                    if tb[i].isCapitalized, !byFirstName.isEmpty, givenNames.hasSingle(tb[i]), let a = byFirstName[tb[i].lower] ?? nil, named.contains(a),
                       i + 1 >= s.tokens.upperBound || !tb[i + 1].isCapitalized {
                        let t = tb[i]
                        let (g, c) = grammar(i..<(i + 1), s, possessive: false)
                        added.append(Mention(provenance: Provenance(document: doc.id, span: t.span, sentence: s.index, rule: "actor.person.first-name"),
                                             text: t.text, tokens: i..<(i + 1), actor: a, kind: .person, form: .alias))
                        note(actor: a, kind: .person, gender: nil, role: nil, grammar: g, clause: c, sentence: s.index, end: i + 1, quoted: inQuote[i])
                        continue
                    }
                    let id = tb[i].id
                    if id != Vocabulary.unassigned, id != theId, id != aId, id != anId, pronouns.isFrozen, !pronouns.hasSingle(id: id),
                       sources.isFrozen, !sources.hasSingle(id: id), !quantifierIds.contains(id) { continue }
                    let t = tb[i]
                    if let p = pronouns.firstSingle(t) {
                        let possessive = p["possessive"] == "yes"
                        let g = p["gender"]
                        let kind = p["kind"] ?? "person"
                        // "I", "we" and "you" are not in the lexicon; a pronoun in a quotation is the quoted speaker's
                        if inQuote[i] && kind != "person" { continue }
                        var (gram, clause) = grammar(i..<(i + 1), s, possessive: possessive)
                        // "it"/"its" with no verb of saying after it may be a thing named since the
                        // actor ("NBC News published the video … It shows"): then the actor must be
                        // the last noun phrase
                        func saying(_ k: Int) -> Bool { k < s.tokens.upperBound && reporting.firstSingle(tb[k])?["frame"] == "say" }
                        let says = kind == "thing" && !possessive && (saying(i + 1) || saying(i + 2))
                        if kind == "thing" && !possessive {
                            // "it" only as a subject, and never pleonastic
                            // (a verb of saying right after "it" makes it the subject of its own clause, where
                            // the first-mention guess takes it for an object: "Greece faces a due date on
                            // debt it says it can't repay")
                            if isPleonastic(i, s, doc: doc, parsed: parsed) { continue }
                            guard gram == .subject || saying(i + 1) || (parsed && syn.relation(Int(syn.tokenWord[i])).hasPrefix("nsubj")) else { continue }
                            if gram != .subject && !parsed { gram = .subject }
                        }
                        // "People like Scott, he said": the speaker of what came before is not named in it
                        // (only when the verb closes its clause: in "When Ghani announced the exchange, he said
                        // Kabul had …" the clause before the comma is no content, and Ghani may speak)
                        let closes = i + 2 >= s.tokens.upperBound || tb[i + 2].kind == .punct
                            || ActorRecognizer.prepositions.contains(tb[i + 2].lower)
                            || weekdays.hasSingle(tb[i + 2]) || timeWords.hasSingle(tb[i + 2])
                        let afterContent = kind == "person" && !possessive && i > s.tokens.lowerBound
                            && ActorRecognizer.contentEnds.contains(tb[i - 1].lower) && saying(i + 1) && closes
                        // "“…,” he said" after a paragraph of its own: the speaker is often the person the
                        // sentence before introduced ("… concerns Henry Crespo, president of …" / "“No one …,” he said")
                        let afterQuote = afterContent && quoteOpening[i - 1] != nil
                        var introducedAt = -1
                        if afterContent, let open = quoteOpening[i - 1], tb[open].paragraphStart {
                            introducedAt = doc.sentence(containingToken: open) - 1
                        }
                        let objectForm = !possessive && p["case"] == "object"
                        // a person's pronoun reaches as far as the referents are kept ("he said" after a long quotation)
                        let found = best(s.index, window: kind == "person" ? ActorRecognizer.referentWindow : ActorRecognizer.pronounWindow) { r in
                            // an object pronoun is not the subject of its own clause
                            if objectForm && r.subject && r.sentence == s.index && r.clause == clause { return 0 }
                            switch kind {
                            case "person":
                                guard r.kind == .person, !(afterContent && (afterQuote ? r.quoted : r.named) == s.index) else { return 0 }
                                let introducedBefore = r.introduced == introducedAt ? 2.0 : 1.0
                                if let g, let rg = r.gender { return rg == g ? introducedBefore : 0 }
                                return (g == nil ? 1 : 0.8) * introducedBefore
                            case "thing":
                                guard r.kind == .organization || r.kind == .country || r.kind == .media else { return 0 }
                                return says || lastPhrase[i] < r.end ? 1 : 0
                            default:  // plural
                                if r.kind == .group { return 1 }
                                if (r.kind == .organization || r.kind == .country) && r.subject && s.index - r.sentence <= 1
                                    && (saying(i + 1) || lastPhrase[i] < r.end) { return 0.5 }
                                return 0
                            }
                        }
                        guard let a = found else { continue }
                        if gram == .subject && possessive { gram = .possessive }
                        var m = Mention(provenance: Provenance(document: doc.id, span: t.span, sentence: s.index, rule: "actor.pronoun"),
                                        text: t.text, tokens: i..<(i + 1), actor: a.actor, kind: a.mentionKind, form: .pronoun,
                                        gender: a.mentionKind == .person ? (g ?? a.gender) : nil)
                        m.possessive = possessive
                        added.append(m)
                        // (a pronoun in a quotation names nobody: "“You might remember him …,” he said" after
                        // "Simmons teed up McDonald’s cameo" is Simmons's, whom the salience gave "him" too;
                        // only a name in the quotation bars its speaker)
                        note(actor: a.actor, kind: a.kind, gender: g, role: nil, grammar: gram, clause: clause, sentence: s.index, end: i + 1,
                             speaker: !possessive && speaks(i + 1, s), pronoun: !inQuote[i], member: a.member)
                        continue
                    }
                    // people the text describes and does not name are a referent of their own, the
                    // unnamed source: a group ("Protesters believe …", "some officials said") for a later
                    // "they", a person ("a health official, …, said", "A doctor on the scene told") for a
                    // later "he said", which then goes to it and not to a person named before (not in an
                    // apposition: "Brian Fallon, a spokesman for the campaign, …")
                    let apposition = i >= 2 && tb[i - 1].text == "," && taken[i - 2]
                    let described: (end: Int, kind: ActorKind, gender: String?)? =
                        if let end = describedGroup(doc, at: i, in: s.tokens, taken: taken, sources: sources, quantifiers: quantifierIds) {
                            (end, .group, nil)
                        } else if t.lower == "a" || t.lower == "an", !apposition,
                                  let (end, gender) = describedPerson(doc, after: i, in: s.tokens, taken: taken, roles: roles) {
                            (end, .person, gender)
                        } else {
                            nil
                        }
                    // "both men", "the two leaders" after a coordinated subject: the pair, given to its first
                    if let end = pairPhrase(doc, at: i, in: s.tokens, taken: taken),
                       let a = best(s.index, window: 2, { r in r.member != nil ? 1 : 0 }) {
                        let span = Span(t.span.start, tb[end - 1].span.end)
                        let (gram, clause) = grammar(i..<end, s, possessive: false)
                        added.append(Mention(provenance: Provenance(document: doc.id, span: span, sentence: s.index, rule: "actor.pair-noun"),
                                             text: doc.text(span), tokens: i..<end, actor: a.actor, kind: a.mentionKind, form: .roleNoun))
                        note(actor: a.actor, kind: .group, gender: nil, role: nil, grammar: gram, clause: clause, sentence: s.index, end: end,
                             speaker: speaks(end, s), member: a.member)
                        i = end - 1
                        continue
                    }
                    // "A Pentagon spokesman said …" / "He said …": a person described by the organisation or
                    // country named in the phrase speaks for it (as the statement finder reads the phrase),
                    // so a later "he" goes to it
                    if described == nil, t.lower == "a" || t.lower == "an", !apposition, next < ordered.count,
                       case let m = mentions[ordered[next]], m.tokens.lowerBound > i, m.tokens.lowerBound <= i + 2,
                       m.kind == .organization || m.kind == .country || m.kind == .media, !m.possessive,
                       (i + 1..<m.tokens.lowerBound).allSatisfy({ tb[$0].kind == .word && !tb[$0].isCapitalized }),
                       let (end, gender) = describedPerson(doc, after: m.tokens.upperBound - 1, in: s.tokens, taken: taken, roles: roles),
                       end <= m.tokens.upperBound + 2 {
                        let (gram, clause) = grammar(i..<end, s, possessive: false)
                        note(actor: m.actor, kind: .person, gender: gender, role: nil, grammar: gram, clause: clause, sentence: s.index, end: end,
                             speaker: speaks(end, s), member: m.kind)
                        continue
                    }
                    if let d = described {
                        let (gram, clause) = grammar(i..<d.end, s, possessive: false)
                        if gram == .subject {
                            note(actor: Actor.unnamedSource, kind: d.kind, gender: d.gender, role: nil, grammar: gram, clause: clause,
                                 sentence: s.index, end: d.end, speaker: speaks(d.end, s))
                        }
                        i = d.end - 1
                        continue
                    }
                    guard t.lower == "the", i + 1 < s.tokens.upperBound, !taken[i + 1] else { continue }
                    // "the 56-year-old said": an age alone describes a person named before, the most
                    // salient one (as a generic role noun does: "the official")
                    if !inQuote[i], let end = ageAlone(doc, after: i, in: s.tokens, taken: taken),
                       let a = best(s.index, window: ActorRecognizer.pronounWindow, { r in r.kind == .person && r.member == nil && r.actor != Actor.unnamedSource ? 1 : 0 }) {
                        let span = Span(t.span.start, tb[end - 1].span.end)
                        let (gram, clause) = grammar(i..<end, s, possessive: false)
                        added.append(Mention(provenance: Provenance(document: doc.id, span: span, sentence: s.index, rule: "actor.age-noun"),
                                             text: doc.text(span), tokens: i..<end, actor: a.actor, kind: .person, form: .roleNoun, gender: a.gender))
                        note(actor: a.actor, kind: a.kind, gender: nil, role: nil, grammar: gram, clause: clause, sentence: s.index, end: end,
                             speaker: speaks(end, s))
                        i = end - 1
                        continue
                    }
                    // the role noun right after "the", or after words that describe it (`describedRole`)
                    var at = i + 1
                    var hitOrNil = roles.longest(doc.tokens, at: at, end: s.tokens.upperBound)
                    var nationality: String?
                    if hitOrNil == nil, let d = describedRole(doc, after: i, in: s.tokens, roles: roles) { at = d.at; hitOrNil = d.hit; nationality = d.country }
                    guard let hit = hitOrNil else { continue }
                    let end = at + hit.length
                    // "the minister of X" or "the minister Y" is a new description, not a reference back
                    if end < s.tokens.upperBound && (tb[end].lower == "of" || tb[end].isCapitalized || tb[end].lower == "for") { continue }
                    if (i + 1..<end).contains(where: { taken[$0] }) { continue }
                    let e = hit.entries[0]
                    let head = e.value
                    let kind = e["kind"].flatMap(ActorKind.init(rawValue:)) ?? .person
                    let found: Referent?
                    if kind == .person, let country = nationality?.lowercased() {
                        // "the Cuban leader": a person whose role names the country
                        found = best(s.index, window: ActorRecognizer.referentWindow) { r in
                            r.kind == .person && (r.role ?? "").lowercased().contains(country) ? 1 : 0
                        }
                    } else if kind == .person {
                        let generic = ActorRecognizer.genericRoles.contains(head)
                        // (a role may hold the title's short form: "Gov. Eric Holcomb" … "the governor")
                        let short = e["abbreviation"]
                        let withRole = best(s.index, window: ActorRecognizer.referentWindow) { r in
                            guard r.kind == .person, let role = r.role?.lowercased() else { return 0 }
                            return role.contains(head) || (short.map { a in role.split(separator: " ").contains { $0 == a } } ?? false) ? 1 : 0
                        }
                        // else: any person for a generic noun ("the official"); for a specific one
                        // ("the senator") only the one person of the last sentences, when it has no other role
                        var people = 0
                        for r in refs where r.kind == .person && s.index - r.sentence <= ActorRecognizer.pronounWindow { people += 1 }
                        found = withRole ?? (generic || people == 1 ? best(s.index, window: ActorRecognizer.pronounWindow) { r in
                            guard r.kind == .person else { return 0 }
                            if let g = e["gender"], let rg = r.gender, g != rg { return 0 }
                            return generic || r.role == nil ? 1 : 0
                        } : nil)
                    } else {
                        let named = e["match"] == "name"
                        func kindOK(_ r: Referent) -> Bool {
                            // (the people the text only described are no organisation or group it named)
                            r.actor != Actor.unnamedSource && (r.kind == kind || (kind == .organization && r.kind == .media && head == "company")
                                || (kind == .country && r.kind == .organization && r.actor.lowercased().contains(head))
                                || (kind == .group && r.kind == .organization))
                        }
                        func fits(_ r: Referent) -> Bool { kindOK(r) && (!named || r.actor.lowercased().contains(head) || r.role == head) }
                        // a description that opens its sentence goes on with the subject of the sentence
                        // before when that one fits, however salient others are ("SoftBank … told WeWork
                        // executives … rescue the company. ¶ Amazon is now letting you …. The company
                        // published a blog post …": Amazon); the first such subject of that sentence
                        var continued: Referent?
                        if i == s.tokens.lowerBound, s.index > 0 {
                            work += refs.count
                            for r in refs where r.sentence == s.index - 1 && r.subject && r.member == nil && fits(r) && r.end < (continued?.end ?? Int.max) {
                                continued = r
                            }
                        }
                        found = continued ?? best(s.index, window: ActorRecognizer.referentWindow) { r in
                            fits(r) ? 1 : 0
                        } ?? (named && e["acronym"] == "yes" ? best(s.index, window: ActorRecognizer.referentWindow) { r in
                            // else an acronym hides its head word ("NASA" … "the agency", "UAW" … "the union")
                            kindOK(r) && ActorRecognizer.isAcronym(r.actor) ? 1 : 0
                        } : nil)
                    }
                    guard let a = found else {
                        // a person's role noun when no person was named in the last sentences is a
                        // person the text does not name, the unnamed source ("The mayor warned that …,
                        // and he said …"), as "a doctor" is: a later "he said" goes to it (not a
                        // possessive: "The president's roots")
                        if kind == .person, !inQuote[i], end < s.tokens.upperBound, !["'s", "’s", "'", "’"].contains(tb[end].lower),
                           !refs.contains(where: { $0.kind == .person && $0.actor != Actor.unnamedSource && s.index - $0.sentence <= ActorRecognizer.pronounWindow }),
                           case let (gram, clause) = grammar(i..<end, s, possessive: false), gram == .subject {
                            note(actor: Actor.unnamedSource, kind: .person, gender: e["gender"], role: nil, grammar: gram, clause: clause,
                                 sentence: s.index, end: end, speaker: speaks(end, s))
                            i = end - 1
                        }
                        continue
                    }
                    let span = Span(t.span.start, tb[end - 1].span.end)
                    let (gram, clause) = grammar(i..<end, s, possessive: false)
                    added.append(Mention(provenance: Provenance(document: doc.id, span: span, sentence: s.index, rule: kind == .person ? "actor.role-noun" : "actor.org-noun"),
                                         text: doc.text(span), tokens: i..<end, actor: a.actor, kind: a.mentionKind, form: .roleNoun,
                                         gender: a.mentionKind == .person ? a.gender : nil))
                    note(actor: a.actor, kind: a.kind, gender: nil, role: nil, grammar: gram, clause: clause, sentence: s.index, end: end, quoted: inQuote[i])
                    i = end - 1
                }
            }
            return (mentions + added).sorted { $0.provenance.span < $1.provenance.span }
        }
    }

    /// Whether the word is a `source-nouns` noun that names an unnamed source on its own
    /// ("officials", "a doctor"; not "people", which needs a phrase after it).
    static func namesUnnamedAlone(_ t: Token, _ sources: Lexicon) -> Bool {
        guard sources.hasSingle(t), let e = sources.firstSingle(t) else { return false }
        return e["kind"] == "unnamed" && e["alone"] != "no"
    }

    /// The words that may open a group of people the text describes, before a plural noun of
    /// `source-nouns` ("some officials", "many residents", "the protesters").
    static let groupQuantifiers = ["the", "some", "many", "several", "most", "both"]

    /// The end of a group of people described at `i`: a plural noun of `source-nouns` (not one
    /// that needs a phrase after it, like "people"), alone ("Protesters believe") or after a
    /// quantifier and up to two lower-case words ("some senior officials").
    func describedGroup(_ doc: Document, at i: Int, in sentence: Range<Int>, taken: [Bool], sources: Lexicon, quantifiers: [Int32]) -> Int? {
        // (the tokens read in place, and the lexicon asked by id before the word's ending is
        // looked at: this runs at most words of an article)
        doc.tokens.withUnsafeBufferPointer { tb in
            func plural(_ k: Int) -> Bool {
                guard !taken[k], tb[k].kind == .word, sources.hasSingle(tb[k]), tb[k].lower.hasSuffix("s") || tb[k].lower == "police" else { return false }
                return ActorRecognizer.namesUnnamedAlone(tb[k], sources)
            }
            if plural(i) { return i + 1 }
            guard quantifiers.contains(tb[i].id) || (tb[i].id == Vocabulary.unassigned && ActorRecognizer.groupQuantifiers.contains(tb[i].lower)) else { return nil }
            var k = i + 1
            while k < sentence.upperBound && k - i <= 3 && !taken[k] && tb[k].kind == .word && !tb[k].isCapitalized {
                if plural(k) && (k + 1 >= sentence.upperBound || !plural(k + 1)) { return k + 1 }
                k += 1
            }
            return nil
        }
    }

    /// The end of a phrase at `i` that refers to two people or groups together: "both" or "the
    /// two", up to two lower-case words, then a plural noun (the tagger's Number=Plur): "both
    /// men", "the two leaders", "both sides"; nil without the tags.
    func pairPhrase(_ doc: Document, at i: Int, in sentence: Range<Int>, taken: [Bool]) -> Int? {
        // (the words first: the tags are a copy of the layer, made only for a phrase that opens so)
        guard !taken[i] else { return nil }
        var k = i + 1
        if doc.tokens[i].lower == "the" {
            guard k < sentence.upperBound, doc.tokens[k].lower == "two" else { return nil }
            k += 1
        } else if doc.tokens[i].lower != "both" {
            return nil
        }
        let tags = doc.wordClasses
        guard tags.count > 0 else { return nil }
        let start = k
        while k < sentence.upperBound && k - start <= 2 && !taken[k] && doc.tokens[k].kind == .word && !doc.tokens[k].isCapitalized {
            let w = tags.words(ofToken: k)
            guard !w.isEmpty else { return nil }
            if tags.upos[w.lowerBound] == .NOUN && tags.feature(w.lowerBound, "Number") == "Plur" {
                let n = tags.words(ofToken: k + 1)
                if k + 1 < sentence.upperBound, !n.isEmpty, tags.upos[n.lowerBound] == .NOUN { k += 1; continue }
                return k + 1
            }
            guard tags.upos[w.lowerBound] == .ADJ || tags.upos[w.lowerBound] == .NOUN else { return nil }
            k += 1
        }
        return nil
    }

    /// The end of a person described after "a"/"an" at `i` (up to three lower-case words, then a
    /// singular noun of `source-nouns` or a person's role noun: "a health official", "a doctor",
    /// "an aide"), and the gender the noun gives, or nil.
    func describedPerson(_ doc: Document, after i: Int, in sentence: Range<Int>, taken: [Bool], roles: Lexicon) -> (Int, String?)? {
        let sources = book.lexicons.get("source-nouns")
        var k = i + 1
        while k < sentence.upperBound && k - i <= 4 && !taken[k] && doc.tokens[k].kind == .word && !doc.tokens[k].isCapitalized {
            let t = doc.tokens[k]
            // the last noun of a compound heads it ("a police source")
            let nextIsNoun = k + 1 < sentence.upperBound && !doc.tokens[k + 1].isCapitalized
                && (sources.hasSingle(doc.tokens[k + 1]) || roles.firstSingle(doc.tokens[k + 1]).map { ($0["kind"] ?? "").isEmpty } == true)
            if !nextIsNoun {
                if ActorRecognizer.namesUnnamedAlone(t, sources) { return (k + 1, nil) }
                if let e = roles.firstSingle(t), (e["kind"] ?? "").isEmpty { return (k + 1, e["gender"]) }
            }
            k += 1
        }
        return nil
    }

    /// The end of an age that stands alone after "the" at `i`: "the 56-year-old said" (the
    /// tokenizer splits "56-year-old" into "56", "-", "year-old"), not one that qualifies a noun
    /// or a name after it ("the 8-year-old girl", "the 36-year-old Klitschko": the tagger's NOUN
    /// or PROPN, or a capitalised word); nil without the tags.
    func ageAlone(_ doc: Document, after i: Int, in sentence: Range<Int>, taken: [Bool]) -> Int? {
        let tokens = doc.tokens
        guard i + 3 < sentence.upperBound, tokens[i + 1].kind == .number, tokens[i + 2].text == "-",
              ["year-old", "years-old"].contains(tokens[i + 3].lower), !(i + 1...i + 3).contains(where: { taken[$0] }) else { return nil }
        let end = i + 4
        let tags = doc.wordClasses
        guard tags.count > 0 else { return nil }
        if end < sentence.upperBound {
            let n = tokens[end]
            if n.kind == .word && n.isCapitalized { return nil }
            let w = tags.words(ofToken: end)
            if !w.isEmpty && (tags.upos[w.lowerBound] == .NOUN || tags.upos[w.lowerBound] == .PROPN || tags.upos[w.lowerBound] == .ADJ) { return nil }
            if n.text == "-" { return nil }
        }
        return end
    }

    /// "it is", "it was reported", "it seems": no referent. With a parse, the `expl` relation
    /// or a copular/adjectival head decides.
    func isPleonastic(_ i: Int, _ s: Sentence, doc: Document, parsed: Bool) -> Bool {
        if parsed {
            let syn = doc.syntax
            let w = Int(syn.tokenWord[i])
            if syn.relation(w) == "expl" { return true }
            let h = Int(syn.head[w])
            if h >= 0 && (syn.upos[h] == .ADJ || syn.lemma[h] == "seem" || syn.lemma[h] == "appear" || syn.lemma[h] == "take") { return true }
        }
        guard i + 1 < s.tokens.upperBound else { return true }
        return ActorRecognizer.pleonasticNext.contains(doc.tokens[i + 1].lower)
    }

    /// Whether each token lies inside a quotation.
    static func quoteMask(_ doc: Document) -> [Bool] {
        var mask = [Bool](repeating: false, count: doc.tokens.count)
        for q in doc.quotes { for t in q.tokens where t < mask.count { mask[t] = true } }
        return mask
    }

    /// What ends the content before "he said" (", he said", "…,” he said").
    static let contentEnds: Set<String> = [",", "\"", "”", "''", "’"]
    static let determiners: WordSet = ["the", "a", "an", "this", "these", "those"]
    static let clauseBoundaries: WordSet = [",", ";", ":", "that", "who", "which", "whom", "because", "and", "but", "while", "when",
                                                "after", "before", "although", "though", "since", "if", "as", "(", "\"", "“", "”"]
    static let prepositions: Set<String> = ["of", "in", "to", "for", "with", "by", "from", "at", "on", "against", "about", "between",
                                            "among", "over", "under", "into", "onto", "toward", "towards", "via", "than", "like", "without"]
    static let pleonasticNext: Set<String> = ["is", "was", "'s", "’s", "be", "been", "seems", "seemed", "appears", "appeared", "remains",
                                              "remained", "would", "might", "may", "could", "should", "must", "takes", "took", "isn't",
                                              "wasn't", "becomes", "became", "means", "meant", "matters", "follows", "emerged", "turned"]
    /// Role nouns that any person may hold ("the official", "the leader").
    static let genericRoles: Set<String> = ["official", "leader", "diplomat", "politician", "lawmaker", "executive"]

    /// A person's role noun after "the" (at `i`) and "former" or a nationality ("the former
    /// president", "the Cuban leader"), at most two words. Returns where the role noun starts,
    /// its lexicon hit and the country of the nationality, which the referent's role must name
    /// ("President of Cuba"). Descriptions of companies ("the semiconductor concern", "the new
    /// company") are left alone: on the TempEval-3 business news the last company was the wrong
    /// one about as often as the right one.
    func describedRole(_ doc: Document, after i: Int, in sentence: Range<Int>, roles: Lexicon) -> (at: Int, hit: (length: Int, entries: [LexiconEntry]), country: String?)? {
        let tokens = doc.tokens
        let adjectives = book.lexicons.get("countries:adjectives")
        var country: String?
        var j = i + 1
        while j < sentence.upperBound && j <= i + 2 {
            let w = tokens[j]
            guard w.kind == .word else { return nil }
            if j > i + 1, let hit = roles.longest(tokens, at: j, end: sentence.upperBound) {
                let kind = hit.entries[0]["kind"] ?? ""
                return kind.isEmpty || kind == "person" ? (j, hit, country) : nil
            }
            if w.lower == "former" {
                // (any person's)
            } else if let c = adjectives.firstSingle(w), country == nil {
                country = c.value
            } else {
                return nil
            }
            j += 1
        }
        return nil
    }
}

extension ActorRecognizer {
    /// Finds again, everywhere in the article, the names of two or more words it gives an
    /// organisation, country, group or medium ("Apple Corps", "Apple Computer"): a shorter
    /// name inside a repeat ("Apple" of "Apple Corps sues …") gives way to it. Persons are
    /// `unifyPersons`'s. A company named with its legal form ("Philip Morris Co.", `actor-heads`
    /// column `legal`) is found again by the words before it too, even one word ("Xerox Corp.",
    /// "Xerox"), and such a repeat read as a person's name ("Philip Morris said") is the company.
    /// At most 8 names per first word, so the cost stays linear.
    func repeatNames(_ mentions: [Mention], doc: Document, taken: inout [Bool], work: inout Int) -> [Mention] {
        var byFirst: [String: [(words: [String], mention: Int)]] = [:]
        func note(_ w: [String], _ k: Int) {
            let known = byFirst[w[0]] ?? []
            work += 1 + known.count
            if known.count >= 8 || known.contains(where: { $0.words == w }) { return }
            byFirst[w[0], default: []].append((w, k))
        }
        for (k, m) in mentions.enumerated() where m.kind != .person && m.form == .name && m.tokens.count >= 2 && m.tokens.upperBound <= doc.tokens.count {
            note(m.tokens.map { doc.tokens[$0].lower }, k)
            if m.kind == .organization, let base = legalBase(m.tokens, doc: doc) { note(base.map { doc.tokens[$0].lower }, k) }
        }
        guard !byFirst.isEmpty else { return mentions }
        var at = [Int32](repeating: -1, count: doc.tokens.count)
        for (k, m) in mentions.enumerated() where m.tokens.upperBound <= doc.tokens.count { for t in m.tokens { at[t] = Int32(k) } }
        var drop = Set<Int>()
        var added: [Mention] = []
        var i = 0
        work += doc.tokens.count
        while i < doc.tokens.count {
            guard doc.tokens[i].isCapitalized, let cands = byFirst[doc.tokens[i].lower] else { i += 1; continue }
            var best: (end: Int, mention: Int)?
            for c in cands where i + c.words.count <= doc.tokens.count {
                work += c.words.count
                if c.words.indices.allSatisfy({ doc.tokens[i + $0].lower == c.words[$0] }), c.words.count > (best.map { $0.end - i } ?? 0) {
                    best = (i + c.words.count, c.mention)
                }
            }
            guard let (end, k) = best else { i += 1; continue }
            let covering = Set((i..<end).compactMap { at[$0] >= 0 ? Int(at[$0]) : nil })
            // a mention reaching outside the repeat, or the repeat already found, stays (but the
            // words of a company's name read as a person's are the company)
            if covering.contains(where: { mentions[$0].tokens.lowerBound < i || mentions[$0].tokens.upperBound > end
                    || (mentions[$0].tokens == i..<end && !(mentions[$0].kind == .person && mentions[k].kind == .organization)) })
                || doc.isBoilerplate(doc.tokens[i].span) {
                i = end
                continue
            }
            drop.formUnion(covering)
            let m = mentions[k]
            let span = doc.span(tokens: i..<end)
            let r = Mention(provenance: Provenance(document: doc.id, span: span, sentence: doc.sentence(containingToken: i), rule: "actor.name.repeat"),
                            text: doc.text(span), tokens: i..<end, actor: m.actor, kind: m.kind, form: .name, role: nil)
            added.append(r)
            for t in i..<end { taken[t] = true }
            i = end
        }
        guard !added.isEmpty else { return mentions }
        let kept = mentions.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        return (kept + added).sorted { $0.provenance.span < $1.provenance.span }
    }

    /// The words of a company's name before its legal form ("Philip Morris" of "Philip Morris
    /// Co.", "Apple" of "Apple, Inc."; `actor-heads` column `legal`), or nil: also when what is
    /// left ends in a head word ("Insurance Co.") or is one common word.
    func legalBase(_ r: Range<Int>, doc: Document) -> Range<Int>? {
        guard r.count >= 2, r.upperBound <= doc.tokens.count else { return nil }
        let heads = book.lexicons.get("actor-heads")
        let tokens = doc.tokens
        guard let hit = heads.longest(tokens, at: r.upperBound - 1, end: r.upperBound), hit.entries.contains(where: { $0["legal"] == "yes" }) else { return nil }
        var end = r.upperBound - 1
        if end > r.lowerBound, tokens[end - 1].text == "," { end -= 1 }
        guard end > r.lowerBound else { return nil }
        let last = tokens[end - 1]
        guard last.kind == .word, last.isCapitalized, !heads.hasSingle(last) else { return nil }
        // one word that is also a common word, a place or a country is no name alone ("First
        // Boston Corp." is not "Boston")
        if end - r.lowerBound == 1, ["name-stopwords", "places", "countries"].contains(where: { book.lexicons.get($0).hasSingle(last) }) { return nil }
        return r.lowerBound..<end
    }
}
