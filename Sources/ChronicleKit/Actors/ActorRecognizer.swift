/// Stage 3: finds actors with the `actors.rules` rules, then resolves surnames, and pronouns
/// and role nouns ("the minister", "the company") by salience and agreement (Coreference.swift).
public struct ActorRecognizer: Sendable {
    let book: RuleBook
    let rules: RuleSet

    let patterns: [CompiledPattern]
    /// The rules by reference, for the candidates (`SharedRule`).
    let shared: [SharedRule]
    /// Rules not indexed by a first word or lexicon: tried only near a capitalised word.
    let unanchored: [Bool]
    let candidates: CandidateIndex
    /// The lemmas of the `reporting-verbs` lexicon (for sources found in the parse).
    let cueLemmas: Set<String>
    /// The lexicons whose words are common words, not names (`isCommonWord`), found once: by
    /// name at each call, they were six table look-ups that hash the name.
    let commonWordLexicons: [Lexicon]

    public init(book: RuleBook) {
        self.book = book
        self.rules = book.rules("actors")
        self.candidates = book.candidateIndex("actors")
        self.patterns = rules.rules.map(book.program)
        self.shared = rules.rules.map(SharedRule.init)
        self.cueLemmas = Set(book.lexicons.get("reporting-verbs").entries.compactMap { $0["lemma"] }.filter { !$0.contains(" ") })
        self.commonWordLexicons = ["name-stopwords", "titles", "months", "weekdays", "actor-heads", "pronouns"].map { book.lexicons.get($0) }
        self.unanchored = rules.rules.map { r in
            if case .unknown = RuleSet.first(r.pattern) { return true }
            return false
        }
    }

    struct Candidate {
        var rule: SharedRule
        var match: Range<Int>
        var extent: Range<Int>
        var captures: [Capture]
        var sentence: Int
        /// The kind when the name's head word decides it (`actor-heads`), else the rule's.
        var kind: ActorKind?
        /// Set when the candidate is dropped (a product: "Boeing 737-800 jet").
        var dropped = false
        /// The rule id of the mention when not the rule's own (a person candidate taken into
        /// an organisation's name: `actor.organization.head-word`).
        var ruleId: String?
    }

    /// A surname joins one of the first `maxFullNamesPerSurname` full names with that surname in
    /// the article (docs/Architecture.md, "Bounds"): a list of thousands of "X Smith"s costs
    /// no more per "Smith" than a handful.
    static let maxFullNamesPerSurname = 8

    public func recognize(_ doc: Document) -> ActorLayer {
        var work = 0
        return recognize(doc, work: &work)
    }

    /// `recognize`, adding the steps of its loops and of the pattern matcher to `work`.
    public func recognize(_ doc: Document, work: inout Int) -> ActorLayer {
        // the article's lower-case words, gathered once for every pass below
        var doc = doc
        if doc.lowerCaseTable.isEmpty { doc.lowerCaseTable = LowerCaseWords.table(doc, work: &work) }
        var layer = ActorLayer()
        let matcher = Matcher(tokens: doc.tokens, book: book, layers: Layers())
        // 1. every rule match in every sentence
        var cands: [Candidate] = []
        // every actor name has a capital letter within its first three tokens
        var capital = [Bool](repeating: false, count: doc.tokens.count + 3)
        for i in doc.tokens.indices where doc.tokens[i].isCapitalized || (doc.tokens[i].kind == .word && ActorRecognizer.hasUpper(doc.tokens[i])) {
            capital[i] = true
        }
        let cand = candidates.makeList()
        for s in doc.sentences {
            for i in s.tokens {
                let near = capital[i] || capital[i + 1] || capital[i + 2]
                candidates.candidates(at: i, in: s.tokens, matcher: matcher, into: cand)
                work += 1 + cand.count
                for k in cand {
                    if unanchored[k] && !near { continue }
                    guard let m = matcher.match(patterns[k], at: i, in: s.tokens) else { continue }
                    let r = shared[k]
                    let ext = r.span.flatMap { n in m.captures.first { $0.name == n }?.tokens } ?? (i..<m.end)
                    cands.append(Candidate(rule: r, match: i..<m.end, extent: ext, captures: m.captures, sentence: s.index))
                }
            }
        }
        // names end where a country or organisation before them ends, take their kind from
        // their head word, and products are no actors (ActorRecognizer+Names.swift)
        refine(&cands, doc: doc, work: &work)
        checkHeadNames(&cands, doc: doc, work: &work)
        checkNounNames(&cands, doc: doc, work: &work)
        // organisations named by a post of one of their people (ActorRecognizer+Affiliations.swift)
        checkMemberRoles(&cands, doc: doc, work: &work)
        // sports teams by their city and plural, in articles about sport (ActorRecognizer+Teams.swift;
        // whether the article is about sport is found once, here, for `checkTeams` and `learnTeams`)
        let sport = isSportArticle(doc, work: &work)
        checkTeams(&cands, doc: doc, sport: sport, work: &work)
        preferLexiconNames(&cands, work: &work)
        dropCountriesInPlaces(&cands, doc: doc, work: &work)
        // capitalised words that name no person (ActorRecognizer+FalsePersons.swift)
        dropFalsePersons(&cands, doc: doc, work: &work)
        // 2. the longest name first (a cue or a word of context a rule reads around the name does
        // not make it longer: "as the New York Times wrote" is the medium, not the person "York
        // Times" of `name-before-cue`), then the earlier rule (a name a lexicon knows keeps its
        // kind: "Goldman Sachs says" is the bank), then the longest match; mentions do not overlap
        cands.sort {
            $0.extent.count != $1.extent.count ? $0.extent.count > $1.extent.count
                : $0.rule.order != $1.rule.order ? $0.rule.order < $1.rule.order
                : $0.match.count != $1.match.count ? $0.match.count > $1.match.count : $0.match.lowerBound < $1.match.lowerBound
        }
        var taken = [Bool](repeating: false, count: doc.tokens.count)
        var mentions: [Mention] = []
        work += matcher.work
        for c in cands {
            work += c.extent.count
            if c.dropped || c.extent.contains(where: { taken[$0] }) { continue }
            // (`name-is-text: yes`: the name is the mention's text, not the lexicon value of a word
            // it begins with: "U.S. Attorney’s Office …" is no "U.S. Attorney")
            guard var name = c.rule.nameIsText ? Template.normalizeSpaces(doc.text(doc.span(tokens: c.extent)))
                    : Template.fill(c.rule.name ?? "", captures: c.captures, doc: doc), !name.isEmpty,
                  let kind = c.kind ?? ActorKind(rawValue: c.rule.kind ?? "") else { continue }
            // (a single letter names no actor: "in Group C", "Rt. Hon. B. U. Nzeribe" cut at its
            // first initial; no lexicon lists one; "G20" and "G7" are names)
            if !ActorRecognizer.hasTwoLettersOrDigits(name) { continue }
            // a company is named without its legal form ("Xerox Corp.": "Xerox"), so that
            // the two forms are one actor here and across articles
            if kind == .organization, let base = legalBase(c.extent, doc: doc), name == Template.normalizeSpaces(doc.text(doc.span(tokens: c.extent))) {
                name = Template.normalizeSpaces(doc.text(doc.span(tokens: base)))
            }
            for t in c.extent { taken[t] = true }
            let span = doc.span(tokens: c.extent)
            var m = Mention(provenance: Provenance(document: doc.id, span: span, sentence: c.sentence, rule: c.ruleId ?? c.rule.id),
                            text: doc.text(span), tokens: c.extent, actor: name, kind: kind,
                            form: Mention.Form(rawValue: c.rule.form ?? "") ?? .name,
                            role: c.rule.role.flatMap { Template.fill($0, captures: c.captures, doc: doc) })
            if kind == .person { m.gender = gender(of: c, doc: doc) }
            if c.rule.outlet && layer.outlet == nil { layer.outlet = name }
            mentions.append(m)
        }
        // bylines ("Author: UNIAN") name the outlet when it is a known medium
        for b in doc.bylines {
            let toks = book.tokenizer.tokenize(doc.scalars, range: b.start..<b.end)
            if let hit = book.lexicons.get("media").longest(toks, at: 0, end: toks.count), hit.length == toks.count {
                let name = hit.entries[0].value
                layer.outlet = layer.outlet ?? name
                mentions.append(Mention(provenance: Provenance(document: doc.id, span: b, sentence: -1, rule: "actor.media.byline"),
                                        text: doc.text(b), tokens: 0..<0, actor: name, kind: .media, form: .byline))
            } else if let (name, gender) = ActorRecognizer.bylinePerson(toks, given: book.lexicons.get("given-names"),
                                                                        notNames: ["actor-heads", "source-nouns", "role-nouns", "countries", "places"].map { book.lexicons.get($0) }) {
                // a reporter named in a byline ("By LISA MASCARO, ERIC TUCKER"): a person, the author
                mentions.append(Mention(provenance: Provenance(document: doc.id, span: b, sentence: -1, rule: "actor.person.byline"),
                                        text: doc.text(b), tokens: 0..<0, actor: name, kind: .person, form: .byline, role: "author", gender: gender))
            }
        }
        mentions.sort { $0.provenance.span < $1.provenance.span }
        mentions = repeatNames(mentions, doc: doc, taken: &taken, work: &work)
        mentions = learnSpeakerNames(mentions, doc: doc, taken: &taken, work: &work)
        // people no lexicon knows, by an age or a family name; countries named only as places
        // (ActorRecognizer+PersonEvidence.swift, ActorRecognizer+Places.swift)
        mentions = learnPersonsByEvidence(mentions, doc: doc, taken: &taken, work: &work)
        // leaders named by the family name that names their government ("the Trump
        // administration" … "Trump is"; ActorRecognizer+PersonEvidence.swift)
        mentions = learnAdministrationLeaders(mentions, doc: doc, taken: &taken, work: &work)
        // names that only qualify a noun ("a 8-year-old Fort Worth girl"; ActorRecognizer+Affiliations.swift)
        mentions = dropQualifyingPersons(mentions, doc: doc, work: &work)
        // markets and indices named by an organisation's name ("Nikkei futures"; ActorRecognizer+Places.swift)
        mentions = dropMarketNames(mentions, doc: doc, work: &work)
        mentions = dropPlaceCountries(mentions, doc: doc, work: &work)
        mentions = dropPlaceSites(mentions, doc: doc, work: &work)
        // platforms named only where something is posted, leagues only as what is won
        // (ActorRecognizer+Places.swift, ActorRecognizer+Teams.swift)
        mentions = dropPlacePlatforms(mentions, doc: doc, work: &work)
        mentions = dropCompetitions(mentions, doc: doc, work: &work)
        // two countries of one hyphenated word ("the US-China trade impasse"; ActorRecognizer+Compounds.swift)
        mentions = learnCountryPairs(mentions, doc: doc, taken: &taken, work: &work)
        // newspapers named by one hyphenated word ("The World-Herald"; ActorRecognizer+Compounds.swift)
        mentions = learnHyphenatedMedia(mentions, doc: doc, taken: &taken, work: &work)
        // organisations no lexicon knows, in a list beside known ones (ActorRecognizer+Coordination.swift)
        mentions = learnCoordinatedNames(mentions, doc: doc, taken: &taken, work: &work)
        // teams named by their plural alone in articles about sport (ActorRecognizer+Teams.swift)
        mentions = learnTeams(mentions, doc: doc, sport: sport, taken: &taken, work: &work)
        mentions = joinAcronyms(mentions, doc: doc, work: &work)
        mentions = unifyPersons(mentions, doc: doc, taken: &taken, work: &work)
        // organisations named later by their first word or initials ("Tottenham said" beside
        // "Tottenham Hotspur"; ActorRecognizer+ShortForms.swift)
        mentions = learnShortForms(mentions, doc: doc, taken: &taken, work: &work)
        // "the prosecutor's office" after the office's name is that office (ActorRecognizer+Sources.swift)
        mentions = joinPostOffices(mentions, doc: doc, work: &work)
        mentions = resolveCoreference(mentions, doc: doc, taken: taken, work: &work)
        mentions = addUnnamedSources(mentions, doc: doc, work: &work)
        layer.mentions = mentions
        layer.actors = ActorRecognizer.actors(from: mentions)
        return layer
    }

    /// Whether a name has at least two letters or digits (ASCII bytes checked directly; stops
    /// at the second).
    static func hasTwoLettersOrDigits(_ name: String) -> Bool {
        var n = 0
        for c in name.unicodeScalars {
            let v = c.value
            let counts = v < 128 ? (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
                : c.properties.isAlphabetic || c.properties.numericType != nil
            if counts { n += 1; if n == 2 { return true } }
        }
        return false
    }

    /// Whether a token has an uppercase letter: for an ASCII token (whose lowercase form the
    /// tokenizer hashed) its text differs from that form (the tokenizer lowercases A–Z alone, and
    /// keeps the text itself as the form when it has none), else `hasUpper` of the text.
    @inline(__always)
    static func hasUpper(_ t: Token) -> Bool {
        t.lowerHash != 0 ? t.text != t.lower : hasUpper(t.text)
    }

    /// Whether a word has an uppercase letter (ASCII bytes checked directly).
    static func hasUpper(_ s: String) -> Bool {
        var s = s
        var ascii = true
        let upper = s.withUTF8 { buf -> Bool in
            for b in buf {
                if b >= 65 && b <= 90 { return true }
                if b >= 128 { ascii = false }
            }
            return false
        }
        return upper || (!ascii && s.unicodeScalars.contains(where: Tokenizer.isUpper))
    }

    func gender(of c: Candidate, doc: Document) -> String? {
        if let t = c.captures.first(where: { $0.name == "title" }), let g = c.captures.isEmpty ? nil : book.lexicons.get("titles").longest(doc.tokens, at: t.tokens.lowerBound, end: t.tokens.upperBound)?.entries.first?["gender"] {
            return g
        }
        if let n = c.captures.first(where: { $0.name == "name" }) {
            // (past an initial: "C. Everett Koop")
            let f = n.tokens.count >= 2 && ActorRecognizer.isInitial(doc.tokens[n.tokens.lowerBound]) ? n.tokens.lowerBound + 1 : n.tokens.lowerBound
            var first = doc.tokens[f].lower
            // (searched only in a token with a hyphen-minus: `hasHyphen`, the tokenizer's note)
            if doc.tokens[f].hasHyphen, let h = first.firstIndex(of: "-") { first = String(first[..<h]) }
            if let g = book.lexicons.get("given-names").lookup(first).first?["gender"], g == "m" || g == "f" { return g }
        }
        return nil
    }

    /// Gives every person mention the fullest name of its person, and finds later surnames.
    func unifyPersons(_ mentions: [Mention], doc: Document, taken: inout [Bool], work: inout Int) -> [Mention] {
        var out = mentions
        // full names by their last token (the first `maxFullNamesPerSurname` of each)
        var fullBySurname: [String: [String]] = [:]
        let particles = book.lexicons.get("name-particles")
        for m in out where m.kind == .person && m.tokens.count >= 2 {
            let last = doc.tokens[m.tokens.upperBound - 1].lower
            let known = fullBySurname[last] ?? []
            work += 1 + known.count
            if known.count < ActorRecognizer.maxFullNamesPerSurname && !known.contains(m.actor) { fullBySurname[last, default: []].append(m.actor) }
            // "Mustafa al-Kadhimi" is also "Kadhimi" later
            let text = doc.tokens[m.tokens.upperBound - 1].text
            if RuleBook.isJoinedParticleName(text, particles: particles), let dash = last.firstIndex(of: "-") {
                let bare = String(last[last.index(after: dash)...])
                if (fullBySurname[bare] ?? []).count < ActorRecognizer.maxFullNamesPerSurname && !(fullBySurname[bare] ?? []).contains(m.actor) {
                    fullBySurname[bare, default: []].append(m.actor)
                }
            }
        }
        // a name no given name knows may be written surname first ("Liu Xiaming" … "Liu said",
        // "President Xi Jinping" … "Xi's problem"): its first word also joins it when no full name
        // ends in that word, when it is no given name, stopword, title, month or weekday, and
        // when no other two-word name begins with it
        let given = book.lexicons.get("given-names"), titles = book.lexicons.get("titles")
        let stop = book.lexicons.get("name-stopwords"), months = book.lexicons.get("months"), weekdays = book.lexicons.get("weekdays")
        var firstWords: [String: String] = [:]
        for m in out where m.kind == .person && m.tokens.count == 2 && m.form == .name && m.tokens.upperBound <= doc.tokens.count {
            work += 1
            let f = doc.tokens[m.tokens.lowerBound]
            guard f.kind == .word, f.isCapitalized, f.text.unicodeScalars.count >= 2, f.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
                  m.provenance.rule.hasPrefix("actor.person.speaker-name") || !(given.hasSingle(f) || stop.hasSingle(f) || titles.hasSingle(f)
                    || months.hasSingle(f) || weekdays.hasSingle(f)) else { continue }
            if let other = firstWords[f.lower] {
                if other != m.actor { firstWords[f.lower] = "" }
            } else {
                firstWords[f.lower] = m.actor
            }
        }
        // (such a first word stands alone, and the person it names does not become the most recent
        // one for a surname that others share: "Elian" beside "Juan Miguel Gonzalez")
        var firstOnly = Set<String>()
        for (first, actor) in firstWords where !actor.isEmpty && fullBySurname[first] == nil {
            fullBySurname[first] = [actor]
            firstOnly.insert(first)
        }
        // a one-word person name ("Minister Kuleba") joins the full name with that surname
        var genderOf: [String: String] = [:]
        for k in out.indices where out[k].kind == .person {
            if out[k].tokens.count == 1, let full = fullBySurname[doc.tokens[out[k].tokens.lowerBound].lower]?.first {
                out[k].actor = full
                out[k].form = .surname
            }
            if let g = out[k].gender { genderOf[out[k].actor] = g }
        }
        // a person named by one word after a noun of a person ("his elder brother Vitali",
        // "midfielder Pogba"; rule `actor.person.noun-before-one-name`) or by a given name after
        // a kinship noun ("her husband Bill"; rule `actor.person.kin-given-name`) is that word
        // alone elsewhere too ("Vitali was in his brother's corner", "Bill said"), when no full
        // name ends in it; as a first word, it stands alone and becomes no surname's most recent
        // person
        for m in out where m.kind == .person && m.tokens.count == 1
            && (m.provenance.rule == "actor.person.noun-before-one-name" || m.provenance.rule == "actor.person.kin-given-name") {
            work += 1
            let w = doc.tokens[m.tokens.lowerBound].lower
            if fullBySurname[w] == nil {
                fullBySurname[w] = [m.actor]
                firstOnly.insert(w)
            }
        }
        // bare surnames elsewhere
        // `out.last { person, ending before the token, one of the full names }` without a scan:
        // the mentions found so far, swept in order of their end, give each actor's last
        // position; surnames added here come after all of them and are all earlier in the text.
        let byEnd = out.indices.filter { out[$0].kind == .person }.sorted { out[$0].provenance.span.end < out[$1].provenance.span.end }
        var sweep = 0
        var lastOriginal: [String: Int] = [:]
        var lastAdded: [String: Int] = [:]
        work += doc.tokens.count
        var titleCase: [Int: Bool] = [:]
        for (i, t) in doc.tokens.enumerated() where !taken[i] && t.isCapitalized && t.kind == .word {
            guard let fulls = fullBySurname[t.lower], !doc.isBoilerplate(t.span) else { continue }
            let first = !firstOnly.isEmpty && firstOnly.contains(t.lower)
            if first, i + 1 < doc.tokens.count, doc.tokens[i + 1].kind == .word, doc.tokens[i + 1].isCapitalized { continue }
            work += 2 * fulls.count
            let s = doc.sentence(containingToken: i)
            // a word inside a longer name no rule took is no surname ("Evidence Action Beta
            // incubates …" after "Evidence Action believe"), outside a title-case line
            if s >= 0, insideUnknownName(i, sentence: doc.sentences[s].tokens, doc: doc, taken: taken, stop: stop, weekdays: weekdays, months: months, names: fulls) {
                if titleCase[s] == nil {
                    work += doc.sentences[s].tokens.count
                    titleCase[s] = ActorRecognizer.capitalizesItsWords(doc.sentences[s].tokens, doc.tokens)
                }
                if !titleCase[s]! { continue }
            }
            // the most recent full name with this surname, else the first one
            while sweep < byEnd.count && out[byEnd[sweep]].provenance.span.end <= t.span.start {
                let k = byEnd[sweep]
                lastOriginal[out[k].actor] = max(lastOriginal[out[k].actor] ?? -1, k)
                sweep += 1
            }
            var before: Int?
            for f in fulls { if let k = lastAdded[f], k > (before ?? -1) { before = k } }
            if before == nil { for f in fulls { if let k = lastOriginal[f], k > (before ?? -1) { before = k } } }
            let actor = before.map { out[$0].actor } ?? fulls[0]
            taken[i] = true
            if !first { lastAdded[actor] = out.count }
            out.append(Mention(provenance: Provenance(document: doc.id, span: t.span, sentence: s, rule: "actor.person.surname"),
                               text: t.text, tokens: i..<(i + 1), actor: actor, kind: .person, form: .surname, gender: genderOf[actor]))
        }
        for k in out.indices where out[k].kind == .person && out[k].gender == nil { out[k].gender = genderOf[out[k].actor] }
        out.sort { $0.provenance.span < $1.provenance.span }
        return out
    }

    /// Groups mentions into actors: name, kind, aliases and role.
    static func actors(from mentions: [Mention]) -> [String: Actor] {
        var out: [String: Actor] = [:]
        // each actor's aliases as a set too, so a new alias is checked in one lookup
        var known: [String: Set<String>] = [:]
        func add(_ m: Mention, to a: inout Actor) {
            a.mentions.append(m)
            // (an unnamed source's role is the phrase of one mention, not the actor's)
            if a.role == nil, m.form != .unnamed, let r = m.role { a.role = r }
            let alias: String? = switch m.form {
            case .pronoun: nil
            case .roleNoun, .unnamed: m.text.lowercased()
            default: m.text
            }
            if let alias, alias != a.name, known[a.name, default: []].insert(alias).inserted { a.aliases.append(alias) }
        }
        // (the mentions read in place: each is copied once, into its actor)
        mentions.withUnsafeBufferPointer { ms in
            for k in ms.indices {
                // updated in place: copying the actor out and back would copy its mentions each time
                add(ms[k], to: &out[ms[k].actor, default: Actor(id: Actor.slug(ms[k].actor), name: ms[k].actor, kind: ms[k].kind, aliases: [], role: nil, mentions: [])])
            }
        }
        return out
    }
}

/// The words an article writes in lower case somewhere, gathered on first use (one pass over
/// the tokens, added to `work`): a capitalised word the article also writes in lower case is a
/// common word, not a name ("Officials said" beside "officials", "Valley Federal" beside
/// "federal").
struct LowerCaseWords {
    /// An open-addressing table of the document's lower-case words: (FNV-1a hash of the word's
    /// UTF-8, index of a token that writes it), empty slots with index -1. A hit is confirmed on
    /// the token's text, so the answer is exact; built on first use, one pass over the tokens
    /// (a `Set<String>` hashed every word's string with SipHash: 1.6 % of the whole analysis).
    private var slots: [(hash: UInt64, token: Int32)] = []

    /// The table of a document's lower-case words: one pass over the tokens.
    static func table(_ doc: Document, work: inout Int) -> [(hash: UInt64, token: Int32)] {
        var n = 16
        while n < 2 * doc.tokens.count { n <<= 1 }
        var slots = [(hash: UInt64, token: Int32)](repeating: (0, -1), count: n)
        doc.tokens.withUnsafeBufferPointer { toks in
            for i in toks.indices where toks[i].kind == .word && !toks[i].isCapitalized {
                let h = Vocabulary.state(of: toks[i])
                var j = Int(truncatingIfNeeded: h) & (n - 1)
                while slots[j].token >= 0 {
                    if slots[j].hash == h && toks[Int(slots[j].token)].lower == toks[i].lower { break }
                    j = (j + 1) & (n - 1)
                }
                if slots[j].token < 0 { slots[j] = (h, Int32(i)) }
            }
        }
        work += doc.tokens.count
        return slots
    }

    mutating func contains(_ w: String, in doc: Document, work: inout Int) -> Bool {
        if slots.isEmpty { slots = doc.lowerCaseTable.isEmpty ? Self.table(doc, work: &work) : doc.lowerCaseTable }
        let h = Vocabulary.state(w), mask = slots.count - 1
        var j = Int(truncatingIfNeeded: h) & mask
        while slots[j].token >= 0 {
            if slots[j].hash == h && doc.tokens[Int(slots[j].token)].lower == w { return true }
            j = (j + 1) & mask
        }
        return false
    }
}

extension LowerCaseWords {
    /// Whether capitalised words (`r`, two or more) that no rule knows as a person's name name
    /// none: the first is a nationality and no given name ("Cuban Americans said", "American
    /// Medical said"), or the last is a people's name or a word the article also writes in lower
    /// case ("Valley Federal said" beside "federal", "said Zenith Acquisition"). Read by the
    /// speech-verb rule (`dropFalsePersons`) and by the Statements stage's named speakers.
    mutating func namesNoPerson(_ r: Range<Int>, doc: Document, lexicons: LexiconStore, work: inout Int) -> Bool {
        let f = doc.tokens[r.lowerBound], l = doc.tokens[r.upperBound - 1]
        let people = lexicons.get("countries:people")
        if !lexicons.get("given-names").hasSingle(f) && (lexicons.get("countries:adjectives").hasSingle(f) || people.hasSingle(f)) { return true }
        return people.hasSingle(l) || contains(l.lower, in: doc, work: &work)
    }
}

extension ActorRecognizer {
    /// The person a byline names, with the gender of the given name: two to four capitalised
    /// words, none of them a word that heads or names something else (an organisation's or
    /// outlet's head word, a source or role noun, a country or place: "Antrim Court Reporter",
    /// "CBS News"), the first a given name unless there are two or three words none in capitals
    /// (a heading in capitals, "DARK CLOUD", is no name: "JANIE HAR" → "Janie Har", "Mary Clare
    /// Jalonick"); words in capitals are written as names are.
    static func bylinePerson(_ toks: [Token], given: Lexicon, notNames: [Lexicon]) -> (name: String, gender: String?)? {
        guard (2...4).contains(toks.count), toks.allSatisfy({ $0.kind == .word && $0.isCapitalized }) else { return nil }
        let capitals = toks.map { $0.text.unicodeScalars.allSatisfy { !Tokenizer.isLower($0) } }
        let first = given.lookup(toks[0].lower).first
        guard first != nil || (toks.count <= 3 && !capitals.contains(true)),
              !toks.contains(where: { t in notNames.contains { !$0.lookup(t.lower).isEmpty || !$0.lookup(t.text).isEmpty } })
        else { return nil }
        let name = zip(toks, capitals).map { t, caps -> String in
            guard caps else { return t.text }
            // "O'BRIEN" → "O'Brien", "SMITH-JONES" → "Smith-Jones"
            var out = ""
            var upper = true
            for c in t.text {
                out += upper ? String(c).uppercased() : String(c).lowercased()
                upper = c == "'" || c == "’" || c == "-"
            }
            return out
        }.joined(separator: " ")
        return (name, first?["gender"].flatMap { $0 == "m" || $0 == "f" ? $0 : nil })
    }
}

extension ActorRecognizer {
    /// Whether the capitalised word at `i` stands inside a longer name no rule took: a capitalised
    /// word right before or after it, in the same sentence and taken by no mention, that is no
    /// function word, weekday, month, abbreviation or word of the full names `names` the surname
    /// may join ("Evidence Action Beta": "Action" is then no surname of "Evidence Action"; not
    /// "Smith Tuesday", "When Smith", "Benjamin U. S.", "Kostro Miller" after "Amanda A. Kostro
    /// Miller").
    func insideUnknownName(_ i: Int, sentence: Range<Int>, doc: Document, taken: [Bool], stop: Lexicon, weekdays: Lexicon, months: Lexicon,
                           names: [String]) -> Bool {
        func nameWord(_ k: Int) -> Bool {
            guard sentence.contains(k), !taken[k] else { return false }
            let t = doc.tokens[k]
            guard t.kind == .word, t.isCapitalized, !t.text.utf8.contains(46) else { return false }
            guard !stop.hasSingle(t) && !weekdays.hasSingle(t) && !months.hasSingle(t) else { return false }
            return !names.contains { $0.split(separator: " ").contains { $0 == t.text } }
        }
        return nameWord(i - 1) || nameWord(i + 1)
    }
}
