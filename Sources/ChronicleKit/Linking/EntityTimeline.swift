import Foundation

/// The events one entity takes part in, found in an analysed article: where the article names
/// the entity (its name, the variants of its name, the mentions the Actors stage gave it, and
/// "he"/"she" that continue a person's sentence), the predicates that take that mention as an
/// argument (from the parse), each anchored to a date.
///
/// The rules (docs/Timelines.md):
/// - **Mentions.** The full name; a shorter form made by dropping leading words ("Apple Corps",
///   "Jobs") when it starts with a capital and is no common word; the name without a trailing
///   lowercase generic word ("iTunes" for "iTunes store"); plurals ("iPods"); one capitalised
///   word may sit inside a multi-word name ("iTunes Music Store"), a possessive may follow each
///   word ("The Beatles' Apple Corps"). A person's "he"/"she"/"his"/"her" counts when the
///   sentence before, or the same sentence earlier, named the person and no other person
///   came in between.
/// - **Events.** Climbing from the mention's head word through the parse: the first verb it is
///   an argument of (subject, object, oblique, through nouns it modifies, at most three steps),
///   the verbs joined to that verb by `conj` and `xcomp`, event nouns on the way ("the
///   launch of the iPod", "Apple Corps' lawsuit"), and verbs in a relative or participle
///   clause on the mention ("the iPod, which was launched …"). Auxiliaries and copulas are
///   never events. A joined verb (`conj`) counts only for a subject mention and when it has no
///   subject of its own, a controlled verb (`xcomp`) only for an object mention ("prompting
///   Apple Corps to file suit"); a mention that qualifies a thing (`nmod` or `nmod:poss` of a
///   noun that is no event: "the maker of the iPod", "Jobs's health") climbs no further. The headline's events are left out:
///   the article tells them again below, with their dates.
/// - **Dates.** A calendar time of the sentence attached in the parse to the event word, else
///   the nearest calendar time of the sentence; else the article's date for a past or present
///   event (the usual anchor of news events); else none. A future event with no time is undated.
public struct EntityTimeline: Sendable {
    /// One event mention of the entity.
    public struct Entry: Sendable, Hashable {
        public var document: String
        /// The event word (the trigger).
        public var trigger: Span
        public var text: String
        public var sentence: Int
        /// A TIMEX3 value at its own precision (`2006`, `2006-03`, `2006-03-28`), or nil.
        public var date: String?
        /// `time` (a time of the sentence), `document` (the article's date) or nil.
        public var dateSource: String?
        /// The entity's mention that made the event its.
        public var mention: Span
        /// `verb`, `noun`, `clause`: how the event was found.
        public var rule: String
    }

    public let name: String
    /// Lowercased word sequences naming the entity.
    let variants: [[String]]
    let isPerson: Bool

    /// - Parameters:
    ///   - name: the entity's name.
    ///   - aliases: other names it goes by (aliases of the actor in a store).
    ///   - isPerson: whether "he"/"she" may refer to it; nil guesses it from the name (two or
    ///     three capitalised words of letters).
    public init(name: String, aliases: [String] = [], isPerson: Bool? = nil) {
        self.name = name
        var v: [[String]] = []
        func add(_ words: [String]) {
            let w = words.map { $0.lowercased() }
            if !w.isEmpty && !v.contains(w) { v.append(w) }
        }
        for n in [name] + aliases {
            let words = EntityTimeline.words(n)
            guard !words.isEmpty else { continue }
            add(words)
            // shorter forms: drop leading words ("Apple Corps", "Jobs")
            if words.count > 1 {
                for k in 1..<words.count {
                    let rest = Array(words[k...])
                    guard let f = rest.first?.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(f),
                          !EntityTimeline.commonWords.contains(rest[0].lowercased()) else { continue }
                    add(rest)
                }
            }
            // without trailing generic lowercase words ("iTunes" for "iTunes store")
            var head = words
            while head.count > 1, let l = head.last?.unicodeScalars.first, CharacterSet.lowercaseLetters.contains(l) { head.removeLast() }
            if head.count < words.count { add(head) }
        }
        variants = v
        let words = EntityTimeline.words(name)
        self.isPerson = isPerson ?? ((2...3).contains(words.count) && words.allSatisfy { w in
            w.unicodeScalars.allSatisfy { CharacterSet.letters.contains($0) || $0 == "." }
                && (w.unicodeScalars.first.map { CharacterSet.uppercaseLetters.contains($0) } ?? false)
                && w.unicodeScalars.dropFirst().allSatisfy { !CharacterSet.uppercaseLetters.contains($0) }
        })
    }

    static func words(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// Words that never name an entity alone.
    static let commonWords: Set<String> = ["the", "a", "an", "of", "and", "inc", "inc.", "corp", "corp.", "company", "group", "store", "music",
                                           "new", "mr", "mr.", "mrs", "ms", "dr"]

    /// The token ranges of `doc` that name the entity (longest match first, never overlapping).
    public func mentions(in doc: Document, actors: ActorLayer? = nil) -> [Range<Int>] {
        let toks = doc.tokens
        var found: [Range<Int>] = []
        var t = 0
        let sorted = variants.sorted { $0.count > $1.count }
        while t < toks.count {
            var matched: Range<Int>?
            for v in sorted {
                if let end = match(v, toks, at: t) { matched = t..<end; break }
            }
            if let m = matched { found.append(m); t = m.upperBound } else { t += 1 }
        }
        if let actors {
            let key = Set(variants.map { $0.joined(separator: " ") })
            for m in actors.mentions where key.contains(m.actor.lowercased()) && !found.contains(where: { $0.overlaps(m.tokens) }) {
                found.append(m.tokens)
            }
            found.sort { $0.lowerBound < $1.lowerBound }
        }
        if isPerson { found = withPronouns(found, doc, actors) }
        return found
    }

    /// Matches the words `v` at token `t`: each word equal (or with a plural "s"), a possessive
    /// allowed after a word, one capitalised word allowed inside; returns the end token.
    func match(_ v: [String], _ toks: [Token], at t: Int) -> Int? {
        var i = t, k = 0, skipped = false
        while k < v.count {
            guard i < toks.count else { return nil }
            let w = toks[i].lower
            if w == v[k] || (k == v.count - 1 && (w == v[k] + "s" || w == v[k] + "es")) {
                i += 1; k += 1
                if k < v.count, i < toks.count, ["'s", "'", "’s", "’"].contains(toks[i].lower) { i += 1 }
                continue
            }
            if k > 0 && !skipped && toks[i].isCapitalized && v.count > 1 { skipped = true; i += 1; continue }
            return nil
        }
        // a name ends at a word boundary: "iPod" does not name the "iPod Nano" tokens beyond it, but it matches
        return i
    }

    /// Adds "he"/"she"/"his"/"her"/"him" that continue the person: in the sentence of a
    /// mention (after it) or the next sentence, when no other person mention came between.
    func withPronouns(_ found: [Range<Int>], _ doc: Document, _ actors: ActorLayer?) -> [Range<Int>] {
        guard !found.isEmpty else { return found }
        let others = (actors?.mentions ?? []).filter { $0.kind == .person && !found.contains(where: $0.tokens.overlaps) && $0.form != .pronoun }
            .map(\.tokens.lowerBound).sorted()
        let pronouns: WordSet = ["he", "him", "his", "she", "her"]
        var out = found
        var last = -1  // the token of the latest mention of the entity
        var mi = 0, oi = 0
        for t in doc.tokens.indices {
            while mi < found.count && found[mi].lowerBound <= t { last = found[mi].lowerBound; mi += 1 }
            while oi < others.count && others[oi] <= t { if others[oi] > last { last = -1 }; oi += 1 }
            guard last >= 0, pronouns.contains(doc.tokens[t]), !found.contains(where: { $0.contains(t) }) else { continue }
            let sl = doc.sentence(containingToken: last), st = doc.sentence(containingToken: t)
            if st - sl <= 1 { out.append(t..<(t + 1)) }
        }
        return out.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The entity's events in one analysed article; `syntax` is the article's parse (the
    /// document's own when nil). No parse, no events.
    public func entries(_ a: DocumentAnalysis, syntax: SyntaxLayer? = nil) -> [Entry] {
        let doc = a.document
        let syn = syntax ?? doc.syntax
        guard syn.count > 0, !doc.tokens.isEmpty else { return [] }
        var seen: Set<Int> = []
        var out: [Entry] = []
        let dct = doc.date.map { String($0.prefix(10)) }
        let lead = EntityTimeline.leadDate(a)
        // time expressions by sentence
        var timesBySentence: [Int: [TimeExpression]] = [:]
        for t in a.times where t.isCalendarValue { timesBySentence[t.provenance.sentence, default: []].append(t) }
        for m in mentions(in: doc, actors: a.actors) {
            guard let h = headWord(m, syn) else { continue }
            for (w, rule) in events(of: h, mention: m, syn) where !seen.contains(w) {
                seen.insert(w)
                guard !isNegatedOrHypothetical(w, syn), !EntityTimeline.notEvents.contains(syn.lemma[w].lowercased()) else { continue }
                let tok = Int(syn.wordToken[w])
                let s = doc.sentence(containingToken: tok)
                var date: String?, source: String?
                if let t = anchor(w, tok, times: timesBySentence[s] ?? [], syn) {
                    date = t.value.map(EntityTimeline.dayPrecision); source = "time"
                    // a year or month that holds the lead's day is the story's time, told coarser ("at WWDC 2010")
                    if let lead, let v = date, let r = DateRange(value: v), r.first < r.last, let l = DateRange(value: lead), r.first <= l.first && l.last <= r.last {
                        date = lead; source = "lead"
                    }
                } else if let dct, !isFuture(w, syn), syn.upos[w] != .VERB || syn.feature(w, "Tense") != nil {
                    // a past event of the story happened on the lead's day ("Yesterday, … Jobs unveiled …")
                    if let lead, syn.feature(w, "Tense") == "Past" || syn.upos[w] != .VERB { date = lead; source = "lead" } else { date = dct; source = "document" }
                }
                let span = syn.wordSpan[w]
                // a headline restates an event the article tells below it, where it has its date
                if let title = doc.title, title.overlaps(span) { continue }
                out.append(Entry(document: doc.id, trigger: span, text: doc.text(span), sentence: s, date: date, dateSource: source,
                                 mention: doc.span(tokens: m), rule: rule))
            }
        }
        return out.sorted { $0.trigger < $1.trigger }
    }

    /// The day the article's lead sentence gives its story, when it is not the article's own
    /// date: the first day of the first `leadSentences` body sentences that lies in the week
    /// before the article date ("Yesterday, at … Steve Jobs unveiled", "Apple Inc. announced
    /// Friday that …"). News tells the events of its story without repeating their day, so a
    /// past event with no time of its own took place on the lead's day rather than on the day
    /// the article came out (the convention of the SemEval-2015 TimeLine anchors).
    public static func leadDate(_ a: DocumentAnalysis, leadSentences: Int = 2) -> String? {
        let doc = a.document
        guard let dct = doc.date.map({ String($0.prefix(10)) }), let today = DateRange(value: dct), today.first == today.last else { return nil }
        var body: [Int] = []
        for (k, s) in doc.sentences.enumerated() where body.count < leadSentences {
            if let title = doc.title, title.overlaps(s.span) { continue }
            // a dateline alone ("June 8, 2010") is no sentence of the story
            if s.tokens.count <= 5 && a.times.contains(where: { $0.provenance.sentence == k }) { continue }
            body.append(k)
        }
        for t in a.times.sorted(by: { $0.provenance.span.start < $1.provenance.span.start }) where t.isCalendarValue && body.contains(t.provenance.sentence) {
            guard let v = t.value.map(dayPrecision), v.count == 10, v != dct, let r = DateRange(value: v), r.first == r.last else { continue }
            if r.first < today.first && r.first >= today.first - 7 { return v }
        }
        return nil
    }

    /// A date value cut to a calendar day at most (`2006-03-28T10:00` → `2006-03-28`).
    static func dayPrecision(_ v: String) -> String { String(v.prefix(10)) }

    /// The word of the mention whose head lies outside it.
    func headWord(_ m: Range<Int>, _ syn: SyntaxLayer) -> Int? {
        guard m.upperBound < syn.tokenWord.count else { return nil }
        let words = Int(syn.tokenWord[m.lowerBound])..<Int(syn.tokenWord[m.upperBound])
        return words.first { w in let h = Int(syn.head[w]); return h < 0 || !words.contains(h) } ?? words.first
    }

    static let argumentRelations: Set<String> = ["nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "nmod:poss", "compound",
                                                 "appos", "conj", "csubj", "xcomp", "obl:npmod", "nmod:npmod", "flat", "dep"]
    static let eventNouns: Set<String> = ["lawsuit", "suit", "case", "launch", "release", "sale", "sales", "announcement", "introduction",
                                          "reduction", "decision", "deal", "agreement", "trial", "ruling", "verdict", "appeal", "attack",
                                          "acquisition", "merger", "purchase", "meeting", "visit", "talks", "election", "vote", "death",
                                          "resignation", "arrest", "strike", "war", "demand", "development", "dispute", "breach", "use",
                                          "growth", "loss", "debut", "unveiling", "presentation", "conference", "speech", "interview",
                                          "statement", "report", "investigation", "protest", "claim", "claims", "injunction", "settlement",
                                          "surgery", "transplant", "illness", "leave", "return", "departure", "shipment", "shipments", "price",
                                          "cut", "recall", "issue", "problem", "complaint", "criticism", "support", "award", "order", "orders",
                                          "pre-orders", "delay", "shortage", "upgrade", "update", "change", "switch", "move", "plan"]

    /// The event words the mention's head `h` is an argument of, with the rule that found each.
    func events(of h: Int, mention: Range<Int>, _ syn: SyntaxLayer) -> [(Int, String)] {
        var out: [(Int, String)] = []
        let sentence = sentenceWords(h, syn)
        // relative and participle clauses on the mention
        for d in sentence where Int(syn.head[d]) == h && syn.upos[d] == .VERB && syn.relation(d).hasPrefix("acl") {
            out.append((d, "clause"))
        }
        var w = h, steps = 0
        while steps < 3 {
            let rel = syn.relation(w)
            guard EntityTimeline.argumentRelations.contains(where: { rel == $0 || rel.hasPrefix($0 + ":") }) || rel == "nmod:poss" else { break }
            let g = Int(syn.head[w])
            guard g >= 0 else { break }
            steps += 1
            if syn.upos[g] == .VERB {
                out.append((g, "verb"))
                // a verb joined to it shares the mention only as its subject, when it has no
                // subject of its own ("Jobs founded Apple and later returned"); a verb it
                // controls only as its object ("prompting Apple Corps to file suit")
                let subject = rel.hasPrefix("nsubj"), object = rel == "obj" || rel == "iobj"
                for d in sentence where Int(syn.head[d]) == g && syn.upos[d] == .VERB {
                    let r = syn.relation(d)
                    if r == "conj" && subject && !sentence.contains(where: { Int(syn.head[$0]) == d && syn.relation($0).hasPrefix("nsubj") }) {
                        out.append((d, "verb"))
                    } else if r == "xcomp" && object {
                        out.append((d, "verb"))
                    }
                }
                break
            }
            if syn.upos[g] == .NOUN && EntityTimeline.eventNouns.contains(syn.lemma[g].lowercased()) {
                out.append((g, "noun"))
            } else if syn.upos[g] != .NOUN && syn.upos[g] != .PROPN {
                break
            } else if (rel == "nmod" || rel == "nmod:poss") && syn.upos[g] == .NOUN {
                // the mention qualifies a thing ("the maker of the iPod", "Jobs's health"): what
                // that thing does is not the mention's event
                break
            }
            w = g
        }
        return out
    }

    func sentenceWords(_ w: Int, _ syn: SyntaxLayer) -> Range<Int> {
        var lo = 0, hi = syn.sentenceCount - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(syn.sentenceStart[mid]) <= w { lo = mid } else { hi = mid - 1 }
        }
        return syn.sentenceCount > 0 ? syn.words(ofSentence: lo) : w..<(w + 1)
    }

    /// The time of the sentence the event word is anchored to: one attached to it in the parse,
    /// else the nearest.
    func anchor(_ w: Int, _ tok: Int, times: [TimeExpression], _ syn: SyntaxLayer) -> TimeExpression? {
        guard !times.isEmpty else { return nil }
        for t in times {
            for tt in t.tokens {
                for x in syn.words(ofToken: tt) where Int(syn.head[x]) == w { return t }
            }
        }
        return times.min { abs($0.tokens.lowerBound - tok) < abs($1.tokens.lowerBound - tok) }
    }

    /// Verbs that tell of speech or of a state, not of an event on a timeline.
    static let notEvents: Set<String> = ["say", "tell", "be", "seem", "according", "include", "call", "name", "know", "mean", "continue"]

    /// The event word is negated ("did not launch") or under a modal of possibility ("could
    /// launch"): the task's timelines hold only events that happened or will happen.
    func isNegatedOrHypothetical(_ w: Int, _ syn: SyntaxLayer) -> Bool {
        for d in sentenceWords(w, syn) where Int(syn.head[d]) == w {
            let l = syn.lemma[d].lowercased(), r = syn.relation(d)
            if (r == "advmod" || r == "neg") && ["not", "n't", "never"].contains(l) { return true }
            if r == "aux" && ["may", "might", "could", "would", "should", "can", "must"].contains(l) { return true }
            if r == "mark" && ["if", "whether", "unless"].contains(l) { return true }
        }
        return false
    }

    /// The event word has a "will"/"would"/"shall" auxiliary, or is a "to"-infinitive.
    func isFuture(_ w: Int, _ syn: SyntaxLayer) -> Bool {
        for d in sentenceWords(w, syn) where Int(syn.head[d]) == w && syn.relation(d) == "aux" {
            if ["will", "shall", "'ll", "wo", "to"].contains(syn.lemma[d].lowercased()) { return true }
        }
        return false
    }
}
