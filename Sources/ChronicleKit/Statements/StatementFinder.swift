/// Stage 4: finds attributions with the `statements.rules` rules over the quotes of the Text
/// stage and the actor mentions of the Actors stage, and dates each one.
public struct StatementFinder: Sendable {
    let book: RuleBook
    let rules: RuleSet
    let cues: CueFinder
    /// What the stage reads from the parse.
    let parse: ParseSources
    let verbs: Lexicon
    let titles: Lexicon
    let roleNouns: Lexicon
    /// Posts in an organisation written between its name and a person's ("LAPD detective").
    let memberRoles: Lexicon
    /// Nouns that head an unnamed source ("officials", "sources", "associates").
    let sourceNouns: Lexicon
    let patterns: [CompiledPattern]
    /// Rules that begin with `^`: tried only at the start of a sentence (the candidate index
    /// cannot bound them, and takes care of rules that begin with a layer).
    let atSentenceStart: [Bool]
    let candidates: CandidateIndex
    /// What a statement reports is cut to its first `maxContentTokens` tokens per part
    /// (`Limits.maxStatementTokens`), so no statement holds the rest of a run-on sentence.
    public var maxContentTokens: Int

    public init(book: RuleBook, limits: Limits = .standard) {
        self.book = book
        self.maxContentTokens = max(1, limits.maxStatementTokens)
        self.rules = book.rules("statements")
        self.candidates = book.candidateIndex("statements")
        self.cues = CueFinder(book: book, maxContent: max(1, limits.maxStatementTokens))
        self.parse = ParseSources(book: book)
        self.verbs = book.lexicons.get("reporting-verbs")
        self.titles = book.lexicons.get("titles")
        self.roleNouns = book.lexicons.get("role-nouns")
        self.memberRoles = book.lexicons.get("member-roles")
        self.sourceNouns = book.lexicons.get("source-nouns")
        self.patterns = rules.rules.map(book.program)
        self.atSentenceStart = rules.rules.map { r in
            func start(_ n: PatternNode) -> Bool {
                switch n {
                case .bind(_, let inner): return start(inner)
                case .sentenceStart: return true
                default: return false
                }
            }
            return r.pattern.first.map(start) ?? false
        }
    }

    /// What `find` did besides finding: the steps of its loops and of the pattern matcher, and
    /// how many statements were cut to `maxContentTokens`.
    public struct Tally: Sendable, Equatable {
        public var work = 0
        public var truncated = 0
        public init() {}
    }

    public func find(_ doc: Document, actors: ActorLayer, times: [TimeExpression]) -> [Statement] {
        var tally = Tally()
        return find(doc, actors: actors, times: times, tally: &tally)
    }

    /// `find`, counting its work and the statements cut in `tally`.
    public func find(_ doc: Document, actors: ActorLayer, times: [TimeExpression], tally: inout Tally) -> [Statement] {
        let layers = actors.layers(quotes: doc.quotes, times: times)
        let matcher = Matcher(tokens: doc.tokens, book: book, layers: layers)
        var found: [(rule: Rule, caps: [Capture], sentence: Sentence, start: Int)] = []
        let cand = candidates.makeList()
        for s in doc.sentences {
            // every rule needs a cue: skip sentences without a reporting verb
            tally.work += s.tokens.count
            guard s.tokens.contains(where: { verbs.starts(id: matcher.ids[$0]) }) else { continue }
            for i in s.tokens {
                candidates.candidates(at: i, in: s.tokens, matcher: matcher, into: cand)
                tally.work += 1 + cand.count
                for k in cand {
                    if atSentenceStart[k] && i != s.tokens.lowerBound { continue }
                    guard let m = matcher.match(patterns[k], at: i, in: s.tokens) else { continue }
                    found.append((rules.rules[k], m.captures, s, i))
                }
            }
        }
        found.sort { $0.rule.order != $1.rule.order ? $0.rule.order < $1.rule.order : $0.start < $1.start }
        var inQuote = [Bool](repeating: false, count: found.isEmpty ? 0 : doc.tokens.count)
        if !found.isEmpty { for q in doc.quotes { for k in q.tokens { inQuote[k] = true } } }
        var out: [Statement] = []
        // (found in rule order, not text order)
        var used = SpanSet(length: found.isEmpty ? 0 : doc.scalars.count)
        var usedCues = SpanSet(length: found.isEmpty ? 0 : doc.scalars.count)
        let timeIndex = SpanIndex(times.map(\.provenance.span))
        let mentionIndex = SpanIndex(actors.mentions.map(\.provenance.span))
        let unnamedAt = ParseSources.unnamedIndex(actors)
        let quoted = QuoteMap(doc)
        // the mention at each token, made when a source first needs it
        var mentionAt: [Int32]?
        tally.work += matcher.work + found.count
        for f in found {
            guard let content = f.caps.first(where: { $0.name == "content" }) else { continue }
            let direct = f.rule["direct"] == "true"
            var parts: [Span] = []
            for name in ["content", "content2"] {
                guard let c = f.caps.first(where: { $0.name == name }) else { continue }
                if let q = c.item, direct || c.tokens == doc.quotes[q].tokens {
                    parts.append(capped(doc, quote: doc.quotes[q], tally: &tally))
                } else if let span = trimmed(doc, direct ? c.tokens : c.tokens.lowerBound..<cues.endBeforeAttribution(c.tokens, doc.tokens, inQuote,
                                                                                                               outer: f.caps.first(where: { $0.name == "cue" }).flatMap { $0.tokens.first.map { doc.tokens[$0].lower } },
                                                                                                               work: &tally.work), tally: &tally) {
                    parts.append(span)
                }
            }
            parts = Self.clipped(parts, cue: f.caps.first(where: { $0.name == "cue" }).map { doc.span(tokens: $0.tokens) }, quotes: quoted)
            guard let first = parts.first else { continue }
            // a source inside a quotation speaks only there: "“He stands for us,” Anderson said, adding that …"
            if let src = f.caps.first(where: { $0.name == "source" }), let cue = f.caps.first(where: { $0.name == "cue" }),
               let a = src.tokens.first, let b = cue.tokens.first, inQuote[a] != inQuote[b] { continue }
            let span = parts.count > 1 ? first.union(parts[parts.count - 1]) : first
            if used.overlapsAny(span) { continue }
            // one cue, one statement: "“…,” Trump said Wednesday on ABC" is not also "Trump said [Wednesday on ABC]"
            let cueCapture = f.caps.first(where: { $0.name == "cue" }).map { doc.span(tokens: $0.tokens) }
            if let c = cueCapture, usedCues.overlapsAny(c) { continue }
            _ = content
            used.insert(span)
            if let c = cueCapture { usedCues.insert(c) }
            var st = Statement(id: "s-\(span.start)-\(span.end)", provenance: Provenance(document: doc.id, span: span, sentence: f.sentence.index, rule: f.rule.id),
                               text: doc.text(span), direct: direct, speaker: nil, sourceSpan: nil, cueSpan: nil, cue: nil,
                               date: nil, about: [], parts: parts)
            if let src = f.caps.first(where: { $0.name == "source" }), let item = src.item {
                var m = actors.mentions[item]
                // "according to the Travis County Republican Party chair Matt Mackowiak": the
                // person named after the organisation and a title speaks
                if m.kind != .person && m.tokens.upperBound <= doc.tokens.count {
                    if mentionAt == nil {
                        mentionAt = StatementFinder.mentionAt(doc, actors)
                        tally.work += doc.tokens.count
                    }
                    if let p = personAfterTitle(doc, m.tokens.upperBound, actors: actors, mentionAt: mentionAt!) { m = p }
                    // "Jens Stoltenberg of NATO said": the person named before "of" speaks
                    else if let p = personBeforeOf(doc, m.tokens.lowerBound, actors: actors, mentionAt: mentionAt!) { m = p }
                }
                // "Associates of X alleged": the outer phrase speaks, not X
                if let outer = ParseSources.outerSource(doc, m, unnamedAt: unnamedAt, actors: actors) { m = outer }
                st.speaker = m.actor
                st.sourceSpan = m.provenance.span
                if m.form != .unnamed, m.tokens.upperBound <= doc.tokens.count, let outer = unnamedAround(doc, m) {
                    st.speaker = Actor.unnamedSource
                    st.sourceSpan = doc.span(tokens: outer)
                }
            }
            if let cue = f.caps.first(where: { $0.name == "cue" }) {
                let cs = doc.span(tokens: cue.tokens)
                st.cueSpan = cs
                st.cue = doc.text(cs)
            }
            st.date = date(for: span, sentence: f.sentence, times: times, index: timeIndex, doc: doc, cue: st.cueSpan, source: st.sourceSpan, work: &tally.work)
            st.about = about(span, speaker: st.speaker, actors: actors, index: mentionIndex, work: &tally.work)
            out.append(st)
        }
        out += general(doc, actors: actors, times: times, known: out, timeIndex: timeIndex, mentionIndex: mentionIndex, tally: &tally)
        out += fromParse(doc, actors: actors, times: times, known: out, timeIndex: timeIndex, mentionIndex: mentionIndex, tally: &tally)
        // a quotation attributed by layout is not blocked by a cue inside it ("“… He said it over and over …” ― Veronica Cruz")
        let outside = out.filter { st in st.cueSpan.map { quoted.quote(at: $0) == nil } ?? true }
        tally.work += out.count
        out += standalone(doc, actors: actors, times: times, known: outside, timeIndex: timeIndex, mentionIndex: mentionIndex, tally: &tally)
        out += embeddedPosts(doc, actors: actors, known: out, timeIndex: timeIndex, times: times, mentionIndex: mentionIndex, tally: &tally)
        out += layoutStatements(doc, actors: actors, known: out, timeIndex: timeIndex, times: times, mentionIndex: mentionIndex, tally: &tally)
        out = Self.outermost(out, doc: doc, quotes: quoted, work: &tally.work)
        out += continued(doc, known: out, actors: actors, mentionIndex: mentionIndex, tally: &tally)
        out.sort { $0.provenance.span < $1.provenance.span }
        pronounSpeakers(&out, doc: doc, actors: actors, mentionIndex: mentionIndex, work: &tally.work)
        let seeds = occasionSeeds(doc, actors: actors, statements: out, times: times, timeIndex: timeIndex, mentionIndex: mentionIndex, quoted: quoted, work: &tally.work)
        Self.carryDay(&out, articleDate: doc.date, seeds: seeds) { st in
            // (a sentence that names a date of its own keeps it: "Noem said on Tuesday morning")
            let inside = timeIndex.inside(doc.sentences[st.provenance.sentence].span)
            tally.work += 1 + inside.count
            if inside.contains(where: { times[$0].isCalendarValue && quoted.quote(at: times[$0].provenance.span) == nil }) { return true }
            // ("Noem later tweeted that …": another occasion, whose day the text does not give)
            guard let c = st.cueSpan, let r = spanTokens(doc, c) else { return false }
            if (max(0, r.lowerBound - 2)..<r.lowerBound).contains(where: { doc.tokens[$0].lower == "later" }) { return true }
            // (a cue in the present tense speaks now, on the article's day: "… it says"; one in the past
            // perfect before that occasion: "Henry had expressed concern …"; the tagger's tags)
            // (a continued quotation has the cue of the statement it goes on)
            let tags = doc.wordClasses
            let w = tags.words(ofToken: r.lowerBound)
            guard tags.count > 0, tags.tables != nil, !w.isEmpty else { return false }
            if ["VBZ", "VBP"].contains(tags.xpos(w.lowerBound)) { return true }
            return tags.xpos(w.lowerBound) == "VBN" && (max(0, r.lowerBound - 2)..<r.lowerBound).contains { doc.tokens[$0].lower == "had" }
        }
        // (after the carry: the day of one occasion is no day of its speaker's later statements)
        for k in out.indices where out[k].date == doc.date {
            guard let at = out[k].sourceSpan ?? out[k].cueSpan else { continue }
            let inside = timeIndex.inside(doc.sentences[out[k].provenance.sentence].span)
            tally.work += 1 + inside.count
            let dated = inside.lazy.map { times[$0] }.filter { t in t.isCalendarValue && !out[k].parts.contains { $0.overlaps(t.provenance.span) } }
            if let d = occasionDay(dated, source: at, doc: doc, work: &tally.work) { out[k].date = d }
        }
        Self.headlineDay(&out, doc: doc)
        return out
    }

    /// A statement of the headline ("… police station, Austria says") sums up the lead: when the
    /// first statement of the first two sentences after the headline gives a day of saying of its
    /// own ("Austria's interior minister said on Tuesday"), the headline's statements that give
    /// none were said that day, not on the article's date. (One pass over the statements.)
    static func headlineDay(_ statements: inout [Statement], doc: Document) {
        guard let title = doc.title, let date = doc.date, !statements.isEmpty else { return }
        let heads = statements.indices.filter { statements[$0].provenance.span.end <= title.end && statements[$0].date == date }
        guard !heads.isEmpty else { return }
        let lead = doc.sentences.firstIndex { $0.span.start >= title.end } ?? Int.max
        guard let first = statements.first(where: { $0.provenance.span.start >= title.end }),
              first.provenance.sentence <= lead + 1, let d = first.date, d != date, carriesAsDay(d) else { return }
        for k in heads { statements[k].date = d }
    }

    /// Drops the statements nested in another one's content where the text gives one speaker:
    /// - a verb of saying whose subject opens another one's content, at most two words before
    ///   it: "Trump said he thought that drugs were …" is Trump's statement, not also one of
    ///   "he thought";
    /// - a verb of saying inside a quotation that a cue outside it attributes: in "“…, and he
    ///   really believes that …,” Clinton said" only Clinton speaks.
    /// (Other nested cues stay: a participle or a clause after the content, "…, saying …", is
    /// often cut into the content of the cue before it.) Each statement looks up only the cues
    /// inside its own content, which is capped, so the cost stays linear.
    static func outermost(_ statements: [Statement], doc: Document, quotes: QuoteMap, work: inout Int) -> [Statement] {
        let withCue = statements.indices.filter { statements[$0].cueSpan != nil }
        guard withCue.count > 1 else { return statements }
        let cues = SpanIndex(withCue.map { statements[$0].cueSpan! })
        var drop = Set<Int>()
        for (a, st) in statements.enumerated() {
            guard let cueA = st.cueSpan else { continue }
            let quoteA = quotes.quote(at: cueA)
            for (n, part) in st.parts.enumerated() {
                let found = cues.inside(part)
                work += 1 + found.count
                for k in found where withCue[k] != a {
                    let inner = statements[withCue[k]]
                    guard let cueB = inner.cueSpan else { continue }
                    // two statements each holding the other's cue ("His lawyer said he would not answer"):
                    // the first cue is the outer one
                    if cueB.start < cueA.start && inner.parts.contains(where: { $0.contains(cueA) }) { continue }
                    // (people with a participle and a quotation are whom the outer verb shows saying it:
                    // "Videos showed protesters chanting “Macron resign”")
                    // (nor a speaker after "According to X,": "According to a 1997 article in Ebony, Benjamin
                    // said she applied …" is Benjamin's saying, which the article reports)
                    let quotedParticiple = inner.provenance.rule == "statement.cue.participle"
                        && (inner.direct || inner.text.unicodeScalars.first.map(Tokenizer.isQuote) == true)
                    let opens = n == 0 && !quotedParticiple
                        && !(st.provenance.rule == "statement.cue.according-to" && cueA.end <= part.start) && inner.sourceSpan.map { src in
                        src.start == part.start && src.end <= cueB.start
                            && doc.text(Span(src.end, cueB.start)).split(separator: " ").count <= 2
                    } ?? false
                    let quoted = quoteA == nil && quotes.quote(at: cueB).map { q in part.contains(q.inner) || q.inner.contains(part) } ?? false
                    if opens || quoted { drop.insert(withCue[k]) }
                }
            }
        }
        return drop.isEmpty ? statements : statements.indices.filter { !drop.contains($0) }.map { statements[$0] }
    }

    /// The parts of a statement whose cue is inside a quotation, cut at that quotation's end: a
    /// speaker quoted speaks only inside the quotation ("“… he really believes that …,” Clinton
    /// said" is not "he believes [… Clinton said]").
    static func clipped(_ parts: [Span], cue: Span?, quotes: QuoteMap) -> [Span] {
        guard let cue, let q = quotes.quote(at: cue) else { return parts }
        let end = q.inner.end
        return parts.compactMap { p in
            guard p.start < end else { return nil }
            return p.end <= end ? p : Span(p.start, end)
        }
    }

    /// The inner span of a quotation, cut to its first `maxContentTokens` tokens.
    func capped(_ doc: Document, quote q: Quote, tally: inout Tally) -> Span {
        let first = q.tokens.lowerBound + 1
        guard q.tokens.count - 2 > maxContentTokens else { return q.inner }
        tally.truncated += 1
        return Span(q.inner.start, doc.tokens[first + maxContentTokens - 1].span.end)
    }

    /// Attributions of the general cue finder whose cue no rule statement has used.
    /// Quotations attributed by layout rather than by a verb in their sentence:
    /// - a quote followed by a dash and a name (`“…” ― Carla Sanchez`);
    /// - a quote opening a paragraph after a paragraph that ends in a cue and a colon
    ///   (`Caddell continued:` / `“…”`).
    func standalone(_ doc: Document, actors: ActorLayer, times: [TimeExpression], known: [Statement],
                    timeIndex: SpanIndex, mentionIndex: SpanIndex, tally: inout Tally) -> [Statement] {
        // Linear: the known statements' spans are sorted once and walked with the quotations,
        // which come in text order (by outer span, so their starts never go back). Those starting
        // before a quotation overlap it when the largest of their ends passes its start; of those
        // starting inside it, the first one is enough to look at. The quotations taken here do
        // not overlap each other, so only the last one taken can overlap the next. (A sorted set
        // that took each quotation in among the known spans moved all the spans after it:
        // quadratic with thousands of such quotations in an article.)
        // (an empty span overlaps nothing)
        let knownSpans = known.map(\.provenance.span).filter { !$0.isEmpty }.sorted()
        tally.work += known.count
        var next = 0, largestEndBefore = Int.min
        func overlapsKnown(_ span: Span, _ work: inout Int) -> Bool {
            while next < knownSpans.count && knownSpans[next].start < span.start {
                largestEndBefore = max(largestEndBefore, knownSpans[next].end)
                next += 1
                work += 1
            }
            // a span starting inside the quotation overlaps it
            return largestEndBefore > span.start || (next < knownSpans.count && knownSpans[next].start < span.end)
        }
        var lastTakenEnd = Int.min
        var mentionAt: [Int: Int] = [:]
        for (k, m) in actors.mentions.enumerated() where !m.possessive && m.tokens.upperBound <= doc.tokens.count {
            mentionAt[m.tokens.lowerBound] = k
        }
        let tokens = doc.tokens
        var out: [Statement] = []
        for q in doc.quotes where q.tokens.count > 3 {
            tally.work += 1
            var content = q.outer
            guard lastTakenEnd <= content.start, !overlapsKnown(content, &tally.work) else { continue }
            var st: Statement?
            let after = q.tokens.upperBound
            // “…” ― Name
            if after + 1 < tokens.count, ["―", "—", "–"].contains(tokens[after].text), !tokens[after].paragraphStart,
               tokens[after + 1].isCapitalized, !tokens[after + 1].paragraphStart {
                var e = after + 1
                while e < tokens.count && e < after + 6 && tokens[e].kind == .word && tokens[e].isCapitalized && !tokens[e].paragraphStart { e += 1 }
                let src = doc.span(tokens: (after + 1)..<e)
                let speaker = mentionAt[after + 1].map { actors.mentions[$0].actor } ?? Template.normalizeSpaces(doc.text(src))
                st = Statement(id: "s-\(content.start)-\(content.end)", provenance: Provenance(document: doc.id, span: content, sentence: doc.sentence(containingToken: q.tokens.lowerBound), rule: "statement.quote.dash"),
                               text: doc.text(content), direct: true, speaker: speaker, sourceSpan: src, cueSpan: doc.span(tokens: after..<(after + 1)),
                               cue: tokens[after].text, date: nil, about: [], parts: [content])
            }
            // Name said: ¶ “…”
            let open = q.tokens.lowerBound
            if st == nil, tokens[open].paragraphStart, open >= 3, tokens[open - 1].text == ":" {
                let prev = doc.sentence(containingToken: open - 1)
                let r = doc.sentences[prev].tokens
                tally.work += r.count
                if let cue = (r.lowerBound..<(open - 1)).last(where: { verbs.starts(tokens[$0].lower) && !tokens[$0].isCapitalized }),
                   let m = (r.lowerBound..<cue).reversed().compactMap({ mentionAt[$0] }).first {
                    let mention = actors.mentions[m]
                    st = Statement(id: "s-\(content.start)-\(content.end)", provenance: Provenance(document: doc.id, span: content, sentence: doc.sentence(containingToken: open), rule: "statement.quote.after-colon"),
                                   text: doc.text(content), direct: true, speaker: mention.actor, sourceSpan: mention.provenance.span,
                                   cueSpan: tokens[cue].span, cue: tokens[cue].text, date: nil, about: [], parts: [content])
                }
            }
            guard var found = st else { continue }
            lastTakenEnd = content.end
            // a quotation longer than the cap: what it reports is its first tokens
            if q.tokens.count - 2 > maxContentTokens {
                tally.truncated += 1
                content = Span(content.start, tokens[q.tokens.lowerBound + maxContentTokens].span.end)
                found.provenance.span = content
                found.text = doc.text(content)
                found.parts = [content]
            }
            found.date = date(for: content, sentence: doc.sentences[found.provenance.sentence], times: times, index: timeIndex, doc: doc, work: &tally.work)
            found.about = about(content, speaker: found.speaker, actors: actors, index: mentionIndex, work: &tally.work)
            out.append(found)
        }
        return out
    }

    func general(_ doc: Document, actors: ActorLayer, times: [TimeExpression], known: [Statement],
                 timeIndex: SpanIndex, mentionIndex: SpanIndex, tally: inout Tally) -> [Statement] {
        var inQuote = [Bool](repeating: false, count: doc.tokens.count)
        var quoteStarts: [Int: Int] = [:]  // the first token of each quotation, by its last token
        for q in doc.quotes {
            for k in q.tokens { inQuote[k] = true }
            quoteStarts[q.tokens.upperBound - 1] = q.tokens.lowerBound
        }
        let usedCues = OverlapIndex(known.compactMap(\.cueSpan))
        // a cue inside what a rule statement reports is part of that statement ("X said that Lithuania considers …"),
        // except in what is reported "according to" someone: "Bloomberg reports that …, according to the Roper
        // Center for Public Opinion Research" has two sources (PolNeAR annotates both)
        let reported = OverlapIndex(known.filter { !$0.provenance.rule.hasPrefix("statement.reported.according-to") }.map(\.provenance.span))
        // the mention covering each token, for the speaker of a source phrase
        let mentionAt = StatementFinder.mentionAt(doc, actors)
        let unnamedAt = ParseSources.unnamedIndex(actors)
        let quoted = QuoteMap(doc)
        var out: [Statement] = []
        tally.work += doc.tokens.count + doc.quotes.count + actors.mentions.count
        // (the tokens by themselves: a closure that reads the document copies it, every array and
        // string of it retained and released)
        let tk = doc.tokens
        var fs: [CueFinder.Found] = []
        for s in doc.sentences {
            // (a loop, not `filter` with a closure: the closure copied the document at each sentence)
            fs.removeAll(keepingCapacity: true)
            for f in cues.find(doc, sentence: s, inQuote: inQuote, quoteStarts: quoteStarts, work: &tally.work) {
                let cueSpan = doc.span(tokens: f.cue)
                if usedCues.overlapsAny(cueSpan) { continue }
                // a cue inside what a rule statement reports is part of it, unless a relative or
                // interrogative clause or "according to" gives it a source of its own: "… amounting to
                // what the senators said was economic gerrymandering", "how experts say it would
                // shape tax law", "…, according to the Roper Center" (PolNeAR annotates those)
                var keep = !reported.overlapsAny(cueSpan) || f.rule == "statement.cue.according-to"
                if !keep, f.speech, let src = f.source {
                    keep = src.lowerBound > 0 && cues.words.questionWord.contains(tk[src.lowerBound - 1])
                }
                if keep { fs.append(f) }
            }
            for f in fs {
                // a headline "Name: …" speaks only when the name is an actor's
                // (or people the text does not name, one plural noun of `source-nouns`: "Sources: Sox May Not Be Out …",
                // "Police: Man Shot …")
                if f.rule == "statement.cue.colon-headline", let src = f.source,
                   !(mentionAt[src.upperBound - 1] >= 0 && actors.mentions[Int(mentionAt[src.upperBound - 1])].form != .pronoun),
                   !(src.count == 1 && cues.isPlural(tk[src.lowerBound]) && ActorRecognizer.namesUnnamedAlone(tk[src.lowerBound], sourceNouns)) { continue }
                // an attitude or action inside what another cue reports is part of that report:
                // "Weber told them that Manafort discussed the project" is Weber's statement only
                if !f.speech { tally.work += fs.count }
                // (not people with a participle and a quotation: "Videos showed protesters chanting “Macron resign”")
                let quotedParticiple = f.rule == "statement.cue.participle" && f.content.first.map { tk[$0.lowerBound].kind == .quote } == true
                if !f.speech, !quotedParticiple, fs.contains(where: { o in
                    o.cue != f.cue && o.content[0].lowerBound >= o.cue.upperBound
                        && o.content.contains { $0.lowerBound <= f.cue.lowerBound && f.cue.upperBound <= $0.upperBound }
                }) { continue }
                let cueSpan = doc.span(tokens: f.cue)
                if f.truncated { tally.truncated += 1 }
                let parts = Self.clipped(f.content.map { doc.span(tokens: $0) }, cue: cueSpan, quotes: quoted)
                guard !parts.isEmpty else { continue }
                let span = parts[0].union(parts[parts.count - 1])
                let direct = f.content.contains { r in r.contains { tk[$0].kind == .quote } }
                var st = Statement(id: "s-\(span.start)-\(span.end)-\(cueSpan.start)", provenance: Provenance(document: doc.id, span: span, sentence: s.index, rule: f.rule),
                                   text: doc.text(span), direct: direct, speaker: nil, sourceSpan: nil, cueSpan: cueSpan, cue: doc.text(cueSpan),
                                   date: nil, about: [], parts: parts)
                if let src = f.source {
                    st.sourceSpan = doc.span(tokens: src)
                    // a subject with a clause or participle phrase (`CueFinder.modifiedSubject`, `parseSubject`)
                    // speaks through its head, unless that is coordinated
                    // ("Employees who worked at the plant": Employees; "The mayor and the police chief": both)
                    var named = src
                    if let h = f.sourceHead, h + 1 < src.upperBound, src.contains(h), !cues.words.coordination.contains(tk[h + 1]) { named = src.lowerBound..<(h + 1) }
                    st.speaker = speaker(doc, named, actors: actors, mentionAt: mentionAt, unnamedAt: unnamedAt)
                    // a name the phrase ends in that no actor has is the source ("The group that owns most of her
                    // music, Big Machine,": "Big Machine"), so the named speakers make it an actor
                    if let sp = st.speaker, actors.actors[sp] == nil, sp != Actor.unnamedSource, sp.first?.isUppercase == true, src.count > 1,
                       let k = (src.lowerBound + 1..<src.upperBound).first(where: { tk[$0 - 1].text == "," && doc.text(doc.span(tokens: $0..<src.upperBound)) == sp }) {
                        st.sourceSpan = doc.span(tokens: k..<src.upperBound)
                    }
                    if let r = describedSource(doc, src, speaker: st.speaker, actors: actors, mentionAt: mentionAt) { st.sourceSpan = doc.span(tokens: r) }
                }
                st.date = date(for: span, sentence: s, times: times, index: timeIndex, doc: doc, cue: st.cueSpan, source: st.sourceSpan, work: &tally.work)
                st.about = about(span, speaker: st.speaker, actors: actors, index: mentionIndex, work: &tally.work)
                out.append(st)
            }
        }
        return out
    }

    /// The speaker of a source phrase: the actor of the mention at its head (its last token,
    /// or the first mention for "X, who"), else the phrase as written.
    func speaker(_ doc: Document, _ src: Range<Int>, actors: ActorLayer, mentionAt: [Int32], unnamedAt: [Int: Int] = [:]) -> String? {
        // (the tokens and the finder's word lists by themselves: the closures below copied the whole
        // document, or the whole finder, when they read them)
        let tk = doc.tokens
        let placePrepositions = cues.placePrepositions, documents = cues.documents
        // a subject and its apposition: the part that names a person speaks ("A lawyer for the
        // news outlets, David Schulz"), else the subject ("Pence, Trump's running mate")
        if let comma = src.dropFirst().first(where: { tk[$0].text == "," }) {
            let second = (comma + 1)..<src.upperBound
            if !second.isEmpty, mentionAt[second.upperBound - 1] >= 0, actors.mentions[Int(mentionAt[second.upperBound - 1])].kind == .person,
               mentionAt[comma - 1] < 0 || actors.mentions[Int(mentionAt[comma - 1])].form == .pronoun {
                return speaker(doc, second, actors: actors, mentionAt: mentionAt, unnamedAt: unnamedAt)
            }
            // "The company that runs the AMAs, Dick Clark Productions, denies": a first part that a verb or a
            // relative word before it makes the object of a clause describing the subject gives way to the
            // name after the comma (an actor's, or capitalised words the Actors stage did not find)
            if !second.isEmpty, src.lowerBound > 0,
               cues.words.relativeOpener.contains(tk[src.lowerBound - 1]) || cues.wordClass(doc, src.lowerBound - 1) == .VERB {
                if mentionAt[second.upperBound - 1] >= 0, case let m = actors.mentions[Int(mentionAt[second.upperBound - 1])],
                   m.form == .name, m.tokens.lowerBound == second.lowerBound {
                    return m.actor
                }
                if second.count <= 4, second.allSatisfy({ tk[$0].kind == .word && tk[$0].isCapitalized && cues.cls(tk[$0]) == nil }) {
                    return doc.text(doc.span(tokens: second))
                }
            }
            return speaker(doc, src.lowerBound..<comma, actors: actors, mentionAt: mentionAt, unnamedAt: unnamedAt)
        }
        // "Paganini and his team wrote", "Smith and her colleagues said": the one named speaks for the
        // people that are theirs
        // (also "He and others at the hearing questioned …": the one named or resolved speaks for others)
        if let a = src.dropFirst().first(where: { tk[$0].lower == "and" }), a + 1 < src.upperBound, mentionAt[a - 1] >= 0,
           case let m = actors.mentions[Int(mentionAt[a - 1])], m.tokens.lowerBound >= src.lowerBound,
           (a + 2..<src.upperBound).allSatisfy({ tk[$0].kind == .word && !tk[$0].isCapitalized }),
           (a + 2 < src.upperBound && cues.words.possessivePronoun.contains(tk[a + 1]) && m.form != .pronoun)
            || (tk[a + 1].lower == "others" && m.kind == .person) {
            return m.actor
        }
        // "Ukraine and the West say", "The United Nations and the West said": a named actor
        // coordinated with capitalised words that name no actor speaks for the pair (a second
        // named actor is the cue's neighbour, which the rules take, as for "Trump and Clinton said")
        if let a = src.dropFirst().first(where: { tk[$0].lower == "and" }), a + 1 < src.upperBound, mentionAt[a - 1] >= 0,
           case let m = actors.mentions[Int(mentionAt[a - 1])], m.form == .name, m.tokens.upperBound == a,
           m.tokens.lowerBound >= src.lowerBound, (src.lowerBound..<m.tokens.lowerBound).allSatisfy({ cues.cls(tk[$0]) == "det" }),
           case let rest = (tk[a + 1].kind == .word && cues.cls(tk[a + 1]) == "det" ? a + 2 : a + 1)..<src.upperBound,
           !rest.isEmpty, rest.count <= 4,
           rest.allSatisfy({ tk[$0].kind == .word && tk[$0].isCapitalized && mentionAt[$0] < 0 && cues.cls(tk[$0]) == nil }) {
            return m.actor
        }
        // "Both men said", "the two leaders said" after a coordinated subject: the Actors stage
        // gave the phrase to the first of the pair (`actor.pair-noun`)
        if mentionAt[src.upperBound - 1] >= 0, case let m = actors.mentions[Int(mentionAt[src.upperBound - 1])],
           m.tokens == src, m.provenance.rule == "actor.pair-noun" {
            return m.actor
        }
        // "Jens Stoltenberg of NATO said", "Mr. Morgan of the Sierra Club said", "Sen. Smith of Texas
        // said": a person named right before the phrase's first "of" speaks, not the organisation or
        // place that says where the person belongs (not "Associates of Navalny": no name before "of")
        if let p = src.dropFirst().first(where: { tk[$0].lower == "of" }), p + 1 < src.upperBound,
           let m = personBeforeOf(doc, tk[p + 1].lower == "the" ? p + 2 : p + 1, actors: actors, mentionAt: mentionAt),
           m.tokens.lowerBound >= src.lowerBound {
            return (ParseSources.outerSource(doc, m, unnamedAt: unnamedAt, actors: actors) ?? m).actor
        }
        // "officials said", "a source close to the ministry said": a source the text does not name
        if unnamedHead(doc, src) != nil { return Actor.unnamedSource }
        // "A doctor on the scene told": the phrase is the object of a preposition after such a noun
        if src.lowerBound >= 2, mentionAt[src.upperBound - 1] < 0, Self.afterUnnamedHead.contains(tk[src.lowerBound - 1].lower),
           unnamedHead(doc, (src.lowerBound - 2)..<src.upperBound) == src.lowerBound - 2 {
            return Actor.unnamedSource
        }
        var head = src.upperBound - 1
        // "U.S. Attorney James Kennedy Jr.": the name before a suffix speaks
        if mentionAt[head] < 0, head > src.lowerBound, mentionAt[head - 1] >= 0, book.lexicons.get("name-suffixes").hasSingle(tk[head]) { head -= 1 }
        // "The Cape Argus newspaper", "the Teamsters union": the name before the noun that says what it names speaks
        if nounAfterName(doc, head, from: src.lowerBound, mentionAt: mentionAt) { head -= 1 }
        // "Some said", "Another wondered": a quantifier that is the whole subject is people the text does not name
        if src.count == 1, cues.cls(tk[src.lowerBound]) == "det",
           cues.words.unnamedQuantifier.contains(tk[src.lowerBound]) { return Actor.unnamedSource }
        // "China's ambassador to Britain": a person's role noun before "to" heads the phrase
        if let p = src.dropFirst().first(where: { tk[$0].lower == "to" }), p - 1 > src.lowerBound, mentionAt[p - 1] < 0,
           let e = book.lexicons.get("role-nouns").firstSingle(tk[p - 1]), (e["kind"] ?? "").isEmpty || e["kind"] == "person" {
            return speaker(doc, src.lowerBound..<p, actors: actors, mentionAt: mentionAt, unnamedAt: unnamedAt)
        }
        // "owners in Milan", "The Briar in Douglas": the head comes before the place
        // (not "a statement from the Foreign Ministry": its issuer speaks; but a name's last word
        // is no document: "the U.S. Geological Survey in Golden, Colo.")
        if let p = src.dropFirst().first(where: { placePrepositions.contains(tk[$0]) }),
           !cues.documents.hasSingle(tk[p - 1]) || mentionAt[p - 1] >= 0 && actors.mentions[Int(mentionAt[p - 1])].form == .name {
            head = p - 1
            if nounAfterName(doc, head, from: src.lowerBound, mentionAt: mentionAt) { head -= 1 }
            let h = tk[head]
            // a plural common noun is a group the text does not name: "Restaurant owners in Milan"
            if mentionAt[head] < 0 && h.kind == .word && !h.isCapitalized && cues.isPlural(h) && cues.cls(h) == nil { return Actor.unnamedSource }
            if mentionAt[head] < 0 { return doc.text(doc.span(tokens: src.lowerBound..<p)) }
        }
        if let c = cues.cls(tk[head]), c == "rel" {
            if let k = src.first(where: { mentionAt[$0] >= 0 }) { head = k }
        }
        // "a message from the Central Commission for Elections and Referenda of Turkmenistan said":
        // the issuer named right after what it issued speaks, not a name at the phrase's end
        if let k = src.first(where: { !tk[$0].isCapitalized && documents.hasSingle(tk[$0]) }),
           k + 1 < src.upperBound, ["from", "by", "of"].contains(tk[k + 1].lower),
           let m = (k + 2..<src.upperBound).first(where: { mentionAt[$0] >= 0 && actors.mentions[Int(mentionAt[$0])].form == .name }) {
            return actors.mentions[Int(mentionAt[m])].actor
        }
        if mentionAt[head] >= 0 {
            var m = actors.mentions[Int(mentionAt[head])]
            // "according to the Travis County Republican Party chair Matt Mackowiak": the person
            // named after the organisation and a title speaks
            if m.kind != .person, let p = personAfterTitle(doc, src.upperBound, actors: actors, mentionAt: mentionAt) { m = p }
            // "Associates of X alleged": the outer phrase speaks, not X
            return (ParseSources.outerSource(doc, m, unnamedAt: unnamedAt, actors: actors) ?? m).actor
        }
        // "a Pentagon spokesman", "an IBM spokeswoman": the organisation or country named before
        // a person's role noun (and lower-case words) speaks through it
        if let e = book.lexicons.get("role-nouns").firstSingle(tk[head]), (e["kind"] ?? "").isEmpty || e["kind"] == "person",
           let k = (src.lowerBound..<head).last(where: { mentionAt[$0] >= 0 }) {
            let m = actors.mentions[Int(mentionAt[k])]
            if m.kind != .person, m.form == .name, m.tokens.lowerBound >= src.lowerBound,
               (m.tokens.upperBound..<head).allSatisfy({ tk[$0].kind == .word && !tk[$0].isCapitalized }),
               src.lowerBound == m.tokens.lowerBound || (m.tokens.lowerBound == src.lowerBound + 1 && cues.cls(tk[src.lowerBound]) == "det") {
                return m.actor
            }
        }
        // an unresolved pronoun names nobody
        // (also a possessive one: "its prediction that …")
        if src.count == 1, cues.cls(tk[head]) == "pron" || cues.pronouns.lookup(tk[head].lower).first?["possessive"] == "yes" { return nil }
        // an organisation's noun after a possessor ("Public Ombudsman Nadia Cruz's office",
        // "His office", "the prosecutor's office"): the possessor speaks through it, else a
        // source the text does not name ("Bolivia's public defender's office")
        let h = tk[head]
        func possessive(_ k: Int) -> Bool { cues.words.possessiveMark.contains(tk[k]) }
        let owner: Int? = head - 1 < src.lowerBound ? nil
            : cues.pronouns.lookup(tk[head - 1].lower).first?["possessive"] == "yes" ? head - 1
            : head - 2 >= src.lowerBound && possessive(head - 1) ? head - 2
            : head - 3 >= src.lowerBound && possessive(head - 2) ? head - 3 : nil
        if let p = owner, !h.isCapitalized, book.lexicons.get("role-nouns").firstSingle(h)?["kind"] == "organization" {
            if mentionAt[p] >= 0 { return (ParseSources.outerSource(doc, actors.mentions[Int(mentionAt[p])], unnamedAt: unnamedAt, actors: actors) ?? actors.mentions[Int(mentionAt[p])]).actor }
            return Actor.unnamedSource
        }
        // an organisation's noun that no actor before it answers ("the utility said", "the zoo
        // said", "an American brokerage said"): a source the text does not name
        if mentionAt[head] < 0, !h.isCapitalized, head > src.lowerBound, cues.words.article.contains(tk[src.lowerBound]),
           let e = book.lexicons.get("role-nouns").firstSingle(h), let k = e["kind"], !k.isEmpty, k != "person",
           !(src.lowerBound..<head).contains(where: { mentionAt[$0] >= 0 }) {
            return Actor.unnamedSource
        }
        // what a source issues ("the affidavit said", "according to a study", "a report from …"):
        // an actor named in the phrase speaks through it, else a source the text does not name
        // (capitalised where it opens the sentence: "Polls show that …")
        func opensSentence(_ k: Int) -> Bool {
            k == src.lowerBound && (k == 0 || tk[k].paragraphStart || [".", "!", "?"].contains(tk[k - 1].text))
        }
        if let k = src.first(where: { (!tk[$0].isCapitalized || opensSentence($0)) && documents.hasSingle(tk[$0]) }) {
            // (named after it, "a report from Kotak", else before it: "Eurostat figures")
            // (a surname or an alias names too as the possessor: "President Obama's announcement also
            // noted that …"; not "the Clinton email matter")
            func named(_ j: Int) -> Bool {
                guard mentionAt[j] >= 0 else { return false }
                let m = actors.mentions[Int(mentionAt[j])]
                if m.form == .name { return true }
                let e = m.tokens.upperBound
                return (m.form == .surname || m.form == .alias) && e < k && cues.words.possessiveMark.contains(tk[e])
            }
            if let m = (k + 1..<src.upperBound).last(where: named) ?? (src.lowerBound..<k).last(where: named) {
                return actors.mentions[Int(mentionAt[m])].actor
            }
            // (the subject of the finite verb that put it out, right before it: "The company published a
            // blog post that said …", "Tesla issued a statement saying …")
            if src.lowerBound >= 2, case let v = src.lowerBound - 1, tk[v].kind == .word, !tk[v].isCapitalized,
               cues.hasFiniteVerb(doc, v..<(v + 1)) == true, mentionAt[v - 1] >= 0,
               case let m = actors.mentions[Int(mentionAt[v - 1])], m.form != .unnamed {
                return m.actor
            }
            // (an issuer the Actors stage names elsewhere in the article but not here: "according to
            // the TexAuto Facts report from InfoNation, a provider of …" … "according to InfoNation")
            if k + 2 < src.upperBound, cues.words.agentPreposition.contains(tk[k + 1]),
               (k + 2..<src.upperBound).allSatisfy({ tk[$0].isCapitalized }), src.upperBound - k - 2 <= 4,
               case let name = doc.text(doc.span(tokens: (k + 2)..<src.upperBound)), actors.actors[name] != nil {
                return name
            }
            return Actor.unnamedSource
        }
        return doc.text(doc.span(tokens: src))
    }

    /// The person named right before "of" (perhaps "of the") and token `start`: "[Jens
    /// Stoltenberg] of NATO", "Mr. [Morgan] of the Sierra Club", "Sen. [John Cornyn] of Texas"; a
    /// name, surname or alias that ends at "of" (not "Associates of Navalny", "the president of
    /// Russia": no name before "of").
    func personBeforeOf(_ doc: Document, _ start: Int, actors: ActorLayer, mentionAt: [Int32]) -> Mention? {
        let tk = doc.tokens
        var k = start - 1
        if k >= 0 && tk[k].lower == "the" { k -= 1 }
        guard k >= 1, k < tk.count, tk[k].lower == "of", mentionAt[k - 1] >= 0 else { return nil }
        let p = actors.mentions[Int(mentionAt[k - 1])]
        guard p.kind == .person, p.tokens.upperBound == k, p.form == .name || p.form == .surname || p.form == .alias else { return nil }
        return p
    }

    /// Whether token `head` is a lower-case noun of `name-nouns` right after an actor's name that
    /// ends there ("The Cape Argus newspaper", "the Teamsters union"): the name is what speaks.
    func nounAfterName(_ doc: Document, _ head: Int, from lo: Int, mentionAt: [Int32]) -> Bool {
        guard head > lo, mentionAt[head] < 0, mentionAt[head - 1] >= 0, !doc.tokens[head].isCapitalized else { return false }
        return book.lexicons.get("name-nouns").hasSingle(doc.tokens[head])
    }

    /// The index of the mention covering each token (-1: none).
    static func mentionAt(_ doc: Document, _ actors: ActorLayer) -> [Int32] {
        var at = [Int32](repeating: -1, count: doc.tokens.count)
        for (k, m) in actors.mentions.enumerated() where m.tokens.upperBound <= doc.tokens.count {
            for t in m.tokens { at[t] = Int32(k) }
        }
        return at
    }

    /// The person mention right after `i` and one title or more (`titles`, or a lowercase
    /// `role-nouns` or `member-roles` word; possibly after "'s"), in the
    /// same sentence: "[Party] chair Matt Mackowiak", "[Amnesty]'s researcher Anna Neistat". A
    /// lower-case noun (the tagger's) may tell what the post is about before it: "[LAPD]
    /// homicide detective Efren Guttierez".
    func personAfterTitle(_ doc: Document, _ i: Int, actors: ActorLayer, mentionAt: [Int32]) -> Mention? {
        let tokens = doc.tokens
        guard i < tokens.count else { return nil }
        let sentence = doc.sentence(containingToken: i - 1)
        var k = i
        if k < tokens.count && tokens[k].lower == "'s" { k += 1 }
        var titled = false
        // at most four titles ("deputy campaign chair"): bounded
        for _ in 0..<4 {
            guard k < tokens.count, mentionAt[k] < 0 else { break }
            let end = min(tokens.count, k + 6)
            if let hit = titles.longest(tokens, at: k, end: end) ?? roleNouns.longest(tokens, at: k, end: end) ?? memberRoles.longest(tokens, at: k, end: end) {
                k += hit.length
                titled = true
                continue
            }
            // (a noun in lower case before the post: "homicide detective")
            guard tokens[k].kind == .word, !tokens[k].isCapitalized, cues.wordClass(doc, k) == .NOUN else { break }
            k += 1
            titled = false
        }
        guard titled, k < tokens.count, mentionAt[k] >= 0, doc.sentence(containingToken: k) == sentence else { return nil }
        let p = actors.mentions[Int(mentionAt[k])]
        return p.kind == .person ? p : nil
    }

    /// Attributions of verbs of saying that only the parse finds ("X was quoted as saying that
    /// …", "… and later said that …"): the cue is used by no statement so far and lies in none.
    func fromParse(_ doc: Document, actors: ActorLayer, times: [TimeExpression], known: [Statement],
                   timeIndex: SpanIndex, mentionIndex: SpanIndex, tally: inout Tally) -> [Statement] {
        let syn = doc.syntax
        guard syn.count > 0, syn.wordToken.count == syn.count else { return [] }
        let usedCues = OverlapIndex(known.compactMap(\.cueSpan))
        let reported = OverlapIndex(known.map(\.provenance.span))
        var inQuote = [Bool](repeating: false, count: doc.tokens.count)
        for q in doc.quotes { for k in q.tokens where k < inQuote.count { inQuote[k] = true } }
        let mentionAt = StatementFinder.mentionAt(doc, actors)
        let unnamedAt = ParseSources.unnamedIndex(actors)
        let quoted = QuoteMap(doc)
        var out: [Statement] = []
        tally.work += doc.tokens.count
        for k in 0..<syn.sentenceCount {
            for f in parse.find(doc, sentence: k, work: &tally.work) {
                let cueToken = Int(syn.wordToken[f.cue])
                guard cueToken < doc.tokens.count, !inQuote[cueToken] else { continue }
                let cueSpan = doc.tokens[cueToken].span
                if usedCues.overlapsAny(cueSpan) || reported.overlapsAny(cueSpan) { continue }
                let a = Int(syn.wordToken[f.content.lowerBound]), b = Int(syn.wordToken[f.content.upperBound - 1]) + 1
                guard a < b, b <= doc.tokens.count, let whole = trimmed(doc, a..<b, tally: &tally),
                      let span = Self.clipped([whole], cue: cueSpan, quotes: quoted).first else { continue }
                if reported.overlapsAny(span) { continue }
                let sa = Int(syn.wordToken[f.source.lowerBound]), sb = Int(syn.wordToken[f.source.upperBound - 1]) + 1
                guard sa < sb, sb <= doc.tokens.count else { continue }
                let s = doc.sentence(containingToken: cueToken)
                guard s >= 0 && s < doc.sentences.count else { continue }
                let head = Int(syn.wordToken[f.sourceWord])
                var st = Statement(id: "s-\(span.start)-\(span.end)-\(cueSpan.start)", provenance: Provenance(document: doc.id, span: span, sentence: s, rule: f.rule),
                                   text: doc.text(span), direct: doc.tokens[a..<b].contains { $0.kind == .quote }, speaker: nil,
                                   sourceSpan: doc.span(tokens: sa..<sb), cueSpan: cueSpan, cue: doc.text(cueSpan), date: nil, about: [], parts: [span])
                if mentionAt[head] >= 0 {
                    let m = actors.mentions[Int(mentionAt[head])]
                    st.speaker = (ParseSources.outerSource(doc, m, unnamedAt: unnamedAt, actors: actors) ?? m).actor
                } else if syn.upos[f.sourceWord] != .PRON {
                    st.speaker = Template.normalizeSpaces(doc.text(doc.span(tokens: sa..<sb)))
                }
                st.date = date(for: span, sentence: doc.sentences[s], times: times, index: timeIndex, doc: doc, cue: st.cueSpan, source: st.sourceSpan, work: &tally.work)
                st.about = about(span, speaker: st.speaker, actors: actors, index: mentionIndex, work: &tally.work)
                out.append(st)
            }
        }
        return out
    }

    /// The content span without a leading "that" and trailing punctuation, cut to its first
    /// `maxContentTokens` tokens.
    func trimmed(_ doc: Document, _ r: Range<Int>, tally: inout Tally) -> Span? {
        var a = r.lowerBound, b = r.upperBound
        while a < b && (doc.tokens[a].lower == "that" || doc.tokens[a].kind == .punct) { a += 1; tally.work += 1 }
        if b - a > maxContentTokens {
            b = a + maxContentTokens
            tally.truncated += 1
        }
        tally.work += b - a
        while b > a && (doc.tokens[b - 1].kind == .punct) { b -= 1 }
        let quotes = doc.tokens[a..<b].filter { $0.kind == .quote }.count
        if quotes % 2 == 1 {
            if b > a && doc.tokens[b - 1].kind == .quote { b -= 1 } else if doc.tokens[a].kind == .quote { a += 1 }
        }
        while b > a && (doc.tokens[b - 1].kind == .punct) { b -= 1 }
        return b > a ? doc.span(tokens: a..<b) : nil
    }

    /// A calendar date in the sentence outside the content, else the article date. With the
    /// cue known, only a date of the attribution itself: between the source and the cue ("Cruz
    /// on Wednesday announced"), a few words after the cue with no comma between ("…, New Zealand
    /// said Friday in response to …", "said in an interview in Le Parisien Wednesday"), or the
    /// phrase that opens the sentence before the source ("On Sunday, police said …"; also a year
    /// there: "In 2009, police said" is `2009`). A date elsewhere in the sentence is no day of
    /// saying: "… during a session to discuss the cuts he announced Sunday", "… urging them to
    /// pass the bailout by Friday", "Greece faces a May 19 due date on debt it says …".
    func date(for content: Span, sentence: Sentence, times: [TimeExpression], index: SpanIndex, doc: Document,
              cue: Span? = nil, source: Span? = nil, work: inout Int) -> String? {
        let inside = index.inside(sentence.span)
        work += 1 + inside.count
        // (a day right after the cue, or after the cue and one word, is the day of saying even
        // inside the content: "Obama announced plans Tuesday to resume …"; not "said Tuesday's vote …")
        func opensContent(_ t: TimeExpression) -> Bool {
            guard let cue, t.provenance.span.start >= cue.end, t.provenance.span.start - cue.end <= 24 else { return false }
            let between = doc.text(Span(cue.end, t.provenance.span.start)).split(separator: " ")
            let after = t.provenance.span.end < doc.scalars.count ? doc.text(Span(t.provenance.span.end, min(doc.scalars.count, t.provenance.span.end + 2))) : ""
            return between.count <= 1 && !between.contains(where: { $0.contains(",") }) && !after.hasPrefix("'") && !after.hasPrefix("’")
        }
        // (a list, not a lazy filter: the filter's closure is kept with the sequence, and it copied
        // the document, twice, at every call)
        var dated: [TimeExpression] = []
        for k in inside where (!content.overlaps(times[k].provenance.span) || opensContent(times[k])) && times[k].isCalendarValue { dated.append(times[k]) }
        guard let cue else {
            if let t = dated.first, let v = t.value, v.count >= 7 { return StatementFinder.day(v) }
            return doc.date
        }
        // the words between two offsets, at most `limit` (nil: more, or a comma, quote or semicolon between)
        func words(_ a: Int, _ b: Int, limit: Int) -> Int? {
            guard a <= b else { return nil }
            guard b - a <= 12 * (limit + 1) else { return nil }
            let text = doc.text(Span(a, b))
            work += b - a
            if text.contains(where: { ",;\"“”".contains($0) }) { return nil }
            let n = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
            return n <= limit ? n : nil
        }
        // an opening phrase that ends right before the source dates the saying (`opens` of the
        // `attribution-words` lexicon): "When Afghan President Ashraf Ghani first announced the
        // potential exchange last week, he said …", "In an interview on Tuesday, Smith said …";
        // not one of another time ("After the attack on Monday, police said …", "In addition to
        // the three fatalities at a fuel plant on Tuesday, … said")
        func introduces(_ s: Span, _ lo: Int) -> Bool {
            guard s.end <= lo, lo - sentence.span.start <= 200, let first = sentence.tokens.first,
                  let kind = cues.opens[doc.tokens[first].lower] else { return false }
            let head = doc.text(Span(sentence.span.start, lo))
            work += lo - sentence.span.start
            // (one comma, then the source, or a title of two words at most and the source:
            // "…, Governor Jane Doe said")
            let scalars = Array(head.unicodeScalars)
            guard head.filter({ ",;:\"“”()".contains($0) }).count == 1, let comma = scalars.lastIndex(of: ","),
                  s.end <= sentence.span.start + comma,
                  String(String.UnicodeScalarView(scalars[(comma + 1)...])).split(separator: " ").count <= 2 else { return false }
            if kind == "document" {
                let next = (first + 1)..<min(first + 5, sentence.tokens.upperBound)
                return next.contains { cues.documents.hasSingle(doc.tokens[$0]) }
            }
            return kind == "clause"
        }
        /// Whether the text from the sentence's start to `a` is one word and a comma ("Then, ", "Meanwhile, ").
        func afterOpeningWord(_ a: Int) -> Bool {
            guard a > sentence.span.start, a - sentence.span.start <= 20 else { return false }
            var head = Substring(doc.text(Span(sentence.span.start, a)))
            work += a - sentence.span.start
            while head.last == " " || head.last == "\n" { head = head.dropLast() }
            // (a preposition may open the time: "Then, on Friday, …")
            for p in [" on", " in", " at"] where head.hasSuffix(p) { head = head.dropLast(p.count) }
            guard head.count >= 2, head.hasSuffix(",") else { return false }
            return head.dropLast().allSatisfy { $0.isLetter }
        }
        /// Whether ", who", ", which" or ", whose" opens a relative clause between offsets `a` and `b`.
        func relativeBetween(_ a: Int, _ b: Int) -> Bool {
            guard a < b, b - a <= 300 else { return false }
            let text = doc.text(Span(a, b))
            work += b - a
            return [", who ", ", which ", ", whose "].contains { text.contains($0) }
        }
        /// Whether the words from offset `a` to `b` open with "of" or "about" (what the saying is of).
        func topicAfter(_ a: Int, _ b: Int) -> Bool {
            guard a < b else { return false }
            let first = doc.text(Span(a, min(b, a + 8))).split(separator: " ").first.map { $0.lowercased() }
            work += 1
            return first == "of" || first == "about"
        }
        /// Whether the words from the cue's end `a` to a time at `b` are where it was said, with the
        /// commas of a place, and "on" before the day: "Trump said at a rally in Monroe, La., on Nov.
        /// 6, 2019." (at most twelve words, opening with "at", "in" or "during", no quotation mark)
        func placeThenDay(_ a: Int, _ b: Int) -> Bool {
            guard a < b, b - a <= 100 else { return false }
            let text = doc.text(Span(a, b))
            work += b - a
            if text.contains(where: { ";\"“”()".contains($0) }) { return false }
            let w = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            guard w.count >= 3, w.count <= 12, cues.words.occasionOpener.contains(w[0].lowercased()), w.last?.lowercased() == "on" else { return false }
            // (the commas are a place's: only a capitalised word carries one, "a rally in Monroe, La.,")
            return w.dropFirst().dropLast().allSatisfy { x in x.first?.isUppercase == true || !x.hasSuffix(",") }
        }
        /// Whether a time at `b` opens the phrase after the apposition of a source that follows its
        /// cue (`a`: the source's end): "…,” said Doug Cooke, a former NASA associate administrator
        /// …, during a September hearing" (at most three words after the apposition's last comma, the
        /// first "during", "at", "in" or "on"; no quotation mark or semicolon between).
        func afterApposition(_ a: Int, _ b: Int) -> Bool {
            guard a < b, b - a <= 200 else { return false }
            // (a short parenthesis after the name, a party and state or an abbreviation, is part of
            // the apposition: "said Rep. Brian Babin (R-TX), ranking member of …, during a hearing")
            let text = StatementFinder.withoutShortParentheses(doc.text(Span(a, b)))
            work += b - a
            guard text.hasPrefix(","), !text.contains(where: { ";\"“”()".contains($0) }), let c = text.lastIndex(of: ",") else { return false }
            let w = text[text.index(after: c)...].split(whereSeparator: { $0 == " " || $0 == "\n" })
            return w.count >= 1 && w.count <= 3 && cues.words.occasionPreposition.contains(w[0].lowercased())
        }
        let lo = min(source?.start ?? cue.start, cue.start)
        if dated.isEmpty, let d = occasionBefore(sentence, cue: cue, source: source, times: times, index: index, doc: doc, work: &work) { return d }
        for t in dated {
            let s = t.provenance.span
            guard let v = t.value else { continue }
            // (not a day in a relative clause of the subject: "Bush, who returned from his broken fibula on
            // Thanksgiving, said …" dates the return, not the saying)
            // (nor one in what the cue is said of: "said of the loss of both running backs this week")
            let near = (s.start >= lo && s.end <= cue.start && !relativeBetween(lo, s.start))
                || (s.start >= cue.end && words(cue.end, s.start, limit: 8) != nil && !topicAfter(cue.end, s.start))
                || (s.start >= cue.end && placeThenDay(cue.end, s.start))
                || (source.map { src in src.start >= cue.end && s.start >= src.end && afterApposition(src.end, s.start) } ?? false)
            // (also after one word and a comma that open the sentence: "Then, last week, Taylor Swift posted …")
            let opening = s.end <= lo && (words(sentence.span.start, s.start, limit: 1) != nil || afterOpeningWord(s.start))
            if (near || opening || introduces(s, lo)) && v.count >= 7 { return StatementFinder.day(v) }
            if opening && v.count == 4 { return v }
        }
        return doc.date
    }

    /// `text` without its short parenthesised groups (at most 12 characters inside, none nested)
    /// and the space before each: "Babin (R-TX), ranking member" is "Babin, ranking member". A
    /// parenthesis left open or longer stays. (Linear in the text.)
    static func withoutShortParentheses(_ text: String) -> String {
        let u = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var k = 0
        while k < u.count {
            if u[k] == "(", let close = u[(k + 1)..<min(u.count, k + 14)].firstIndex(where: { $0 == ")" || $0 == "(" }), u[close] == ")", close > k + 1 {
                if out.last == " " { out.removeLast() }
                k = close + 1
                continue
            }
            out.append(u[k])
            k += 1
        }
        return String(out)
    }

    /// The day of an occasion an opening phrase refers back to: "He was arrested in April for the
    /// March 21 call to the offices of Omar. ¶ During the call, he asked …, called Omar a
    /// “terrorist” and said …". The sentence opens with "During", "At" or "In", "the", one noun in
    /// lower case and a comma, before the cue; one of the two sentences before gives a calendar
    /// day right before that noun ("the March 21 call", at most two words between) or right
    /// after it ("a meeting on Tuesday", at most one word between); the statement's source opens the
    /// clause after the comma. (Bounded: two sentences.)
    func occasionBefore(_ sentence: Sentence, cue: Span, source: Span?, times: [TimeExpression], index: SpanIndex, doc: Document, work: inout Int) -> String? {
        let r = sentence.tokens
        let tokens = doc.tokens
        // (the subject right after the comma speaks there; "…, the prosecutor's office said" at the
        // sentence's end reports it later)
        guard sentence.index > 0, r.count > 5, cues.words.occasionOpener.contains(tokens[r.lowerBound]), tokens[r.lowerBound + 1].lower == "the",
              tokens[r.lowerBound + 2].kind == .word, !tokens[r.lowerBound + 2].isCapitalized, tokens[r.lowerBound + 3].text == ",",
              cue.start >= tokens[r.lowerBound + 3].span.end, source?.start == tokens[r.lowerBound + 4].span.start else { return nil }
        let noun = tokens[r.lowerBound + 2].lower
        func words(_ a: Int, _ b: Int) -> [String] {
            guard a < b else { return [] }
            work += b - a
            return doc.text(Span(a, b)).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        }
        for k in stride(from: sentence.index - 1, through: max(0, sentence.index - 2), by: -1) {
            let sent = doc.sentences[k].span
            let inside = index.inside(sent)
            work += 1 + inside.count
            for i in inside {
                let t = times[i]
                guard t.isCalendarValue, let v = t.value, v.count >= 10 else { continue }
                let after = words(t.provenance.span.end, min(sent.end, t.provenance.span.end + 40)).prefix(3)
                let before = words(max(sent.start, t.provenance.span.start - 30), t.provenance.span.start).suffix(3)
                if after.contains(noun) || (before.count >= 2 && before[before.endIndex - 2] == noun) { return StatementFinder.day(v) }
            }
        }
        return nil
    }

    /// The day of an occasion whose relative clause holds the attribution: "for a March 21 phone
    /// call he made to Omar’s office, in which he said he’d …", "Trump’s July 25 call when he
    /// asked Zelenskiy for …", "a Dec. 5 letter in which the mayor wrote": the day (a calendar
    /// day) that dates the noun the clause opens after. The words from the day to the relative
    /// word are at most ten, with no clause mark (a comma only right before the relative word);
    /// the relative word ("in which", "during which", "when") stands right before the source.
    func occasionDay(_ dated: some Sequence<TimeExpression>, source: Span, doc: Document, work: inout Int) -> String? {
        for t in dated {
            let s = t.provenance.span
            guard let v = t.value, v.count >= 10, s.end <= source.start, source.start - s.end <= 120 else { continue }
            var between = doc.text(Span(s.end, source.start))
            work += source.start - s.end
            var rel = false
            for w in [" in which ", " during which ", " at which ", " when "] where between.hasSuffix(w) {
                between = String(between.dropLast(w.count))
                rel = true
                break
            }
            guard rel else { continue }
            if between.hasSuffix(",") { between.removeLast() }
            guard !between.contains(where: { ",;:\"“”()".contains($0) }) else { continue }
            let words = between.split(whereSeparator: { $0 == " " || $0 == "\n" })
            // (the day dates a noun: "call", "phone call he made to the office"; not a clause of its own)
            guard !words.isEmpty, words.count <= 10 else { continue }
            return StatementFinder.day(v)
        }
        return nil
    }

    /// The day of saying a statement gives (not the article's date: "President Barack Obama
    /// announced plans Tuesday to resume …", "Palmer Public Safety Director Jon Owen said Tuesday
    /// that …") carries on to the later statements of the same speaker that give none: "During a
    /// visit to the Interior Department, Obama said …", "“The building was uninsured,” Owen said"
    /// were said on that Tuesday, not on the day of the article's date. Other speakers keep their
    /// own ("Democrats have argued …" is no part of the occasion); a later statement of the
    /// speaker dated otherwise starts a new occasion for them (a year or a month ends the carry:
    /// "In 2009, police said …"), and one whose sentence names a date keeps its own
    /// (`keepsOwn`: "Noem said on Tuesday morning"; a date inside a quotation is part of what was
    /// said, not the day of saying: "“We can grow our economy today,” Obama said"), as does one
    /// said "later" ("Noem later tweeted that …": another occasion, on a day the text does not give).
    /// (`statements` in text order; linear.)
    /// A week carries as a day does ("Last week State Department official David Holmes revealed
    /// …", then "“I then heard President Trump ask …” Holmes testified": said that week).
    /// `seeds` (in sentence order) are occasions the text dates without a statement of their own
    /// (`occasionSeeds`): each starts a carry for its actor from its sentence on.
    ///
    /// When the first statement that gives a day of its own was said the day after the article's
    /// date, the article's date is a day behind the news it reports (a wire story dated where it
    /// was filed: "New Zealand said Friday" in an article dated Thursday); every later statement
    /// that gives no day of its own, by any speaker, was said on that day ("Foreign Minister Don
    /// McKinnon said that …", "McKinnon's spokeswoman said …"), unless its speaker carries a day
    /// of their own.
    static func carryDay(_ statements: inout [Statement], articleDate: String?, seeds: [Occasion] = [], keepsOwn: (Statement) -> Bool) {
        // the day of each speaker's latest statement that gives one, and its sentence
        var carry: [String: (day: String, sentence: Int)] = [:]
        var nextSeed = 0
        // the day of the article's news when it is the day after the article's date
        var ahead: (day: String, sentence: Int)?
        var firstDated = true
        let article = articleDate.flatMap(CalendarDate.init(iso:))
        for k in statements.indices {
            while nextSeed < seeds.count, seeds[nextSeed].sentence <= statements[k].provenance.sentence {
                let o = seeds[nextSeed]
                carry[o.actor] = (o.day, o.sentence)
                nextSeed += 1
            }
            guard let d = statements[k].date else { continue }
            let sentence = statements[k].provenance.sentence
            // (the unnamed source is many people: "another neighbor said" is no one said before)
            let speaker = statements[k].speaker.flatMap { $0 == Actor.unnamedSource ? nil : $0 }
            if d != articleDate {
                if firstDated, let a = article, let x = CalendarDate(iso: d), d.utf8.count == 10, x.dayNumber == a.dayNumber + 1 { ahead = (d, sentence) }
                firstDated = false
                if let speaker { carry[speaker] = Self.carriesAsDay(d) ? (d, sentence) : nil }
                continue
            }
            // (a statement of the dated statement's own sentence has its own date: nothing to carry)
            if let speaker, let c = carry[speaker] {
                if sentence > c.sentence, !keepsOwn(statements[k]) { statements[k].date = c.day }
            } else if let a = ahead, sentence > a.sentence, !keepsOwn(statements[k]) {
                statements[k].date = a.day
            }
        }
    }

    /// Whether a date value names a day ("2019-11-19") or a week ("2019-W46"): the values an
    /// occasion's day carries (a month or a year is no occasion).
    static func carriesAsDay(_ v: String) -> Bool {
        let u = Array(v.utf8)
        if u.count == 10 { return u[4] == UInt8(ascii: "-") && u[7] == UInt8(ascii: "-") && u[0] != UInt8(ascii: "X") }
        return u.count == 8 && u[5] == UInt8(ascii: "W") && u[0] != UInt8(ascii: "X") && u[6] != UInt8(ascii: "X")
    }

    /// An occasion the text dates for an actor without a statement: its sentence, actor and day.
    struct Occasion: Equatable {
        var sentence: Int
        var actor: String
        var day: String
    }

    /// Occasions the text dates without a statement of their own: "Kurt Volker, the former
    /// special envoy to Ukraine, and Tim Morrison, a former National Security Council official,
    /// testified side-by-side before the House Intelligence Committee Tuesday about …". A
    /// sentence with a verb of saying (frame `say` or `tell` of `reporting-verbs`, a verb in the
    /// past tense in the tags, outside quotations) and a day (or week, not after the article's
    /// day: "the trek, which kicks off June 9th") outside quotations names, before the
    /// verb, the actors who spoke then (names and surnames: no pronoun, no unnamed source). Each
    /// of them that has no statement in that sentence gets the occasion, so their later
    /// statements that give no day of their own were said then ("Volker said he had no knowledge
    /// of …"; `carryDay`). The day is the one nearest the verb. (Linear: one pass over the
    /// sentences, each looking up its own times and mentions.)
    func occasionSeeds(_ doc: Document, actors: ActorLayer, statements: [Statement], times: [TimeExpression], timeIndex: SpanIndex,
                       mentionIndex: SpanIndex, quoted: QuoteMap, work: inout Int) -> [Occasion] {
        let syn = doc.wordClasses
        guard !statements.isEmpty, syn.count > 0, syn.tables != nil else { return [] }
        // (sentence, speaker) of every statement, and the statements of each sentence
        var spoke = Set<String>()
        var ofSentence: [Int: [Int]] = [:]
        for (k, st) in statements.enumerated() {
            if let sp = st.speaker { spoke.insert("\(st.provenance.sentence) \(sp)") }
            ofSentence[st.provenance.sentence, default: []].append(k)
        }
        var out: [Occasion] = []
        for (si, s) in doc.sentences.enumerated() {
            let inside = timeIndex.inside(s.span)
            work += 1 + inside.count
            // (a day inside what a statement of the sentence says is no day of saying: "The school
            // must respond by July 26, …, NCAA spokesman Erik Christianson said")
            let said = ofSentence[si] ?? []
            work += said.count
            let days = inside.filter { k in
                let t = times[k]
                // (a day after the article's is no occasion it reports: "the trek, which kicks off June 9th …")
                return t.isCalendarValue && t.value.map(Self.carriesAsDay) == true && quoted.quote(at: t.provenance.span) == nil
                    && !(t.value.map { v in v.utf8.count == 10 && doc.date.map { d in d.utf8.count == 10 && v > d } == true } ?? false)
                    && !said.contains { statements[$0].parts.contains { $0.overlaps(t.provenance.span) } }
            }
            guard !days.isEmpty else { continue }
            // the first verb of saying outside quotations that is a finite verb
            var verb: Int?
            for j in s.tokens {
                work += 1
                guard doc.tokens[j].kind == .word, !doc.tokens[j].isCapitalized, quoted.quote(at: doc.tokens[j].span) == nil,
                      let hit = verbs.longest(doc.tokens, at: j, end: s.tokens.upperBound),
                      ["say", "tell"].contains(hit.entries[0]["frame"] ?? "") else { continue }
                // (a past participle right after a closing apposition is the tagger's slip for
                // the finite verb: "Tim Morrison, a former … official, testified"; not "were told")
                let finite = syn.words(ofToken: j).contains { w in
                    let x = syn.xpos(w)
                    // (in the past: an occasion that was; "concludes October 10th" is a plan)
                    return x == "VBD" || (x == "VBN" && j > s.tokens.lowerBound && doc.tokens[j - 1].text == ",")
                }
                guard finite else { continue }
                verb = j
                break
            }
            guard let v = verb else { continue }
            let vs = doc.tokens[v].span
            let day = days.min { abs(times[$0].provenance.span.start - vs.start) < abs(times[$1].provenance.span.start - vs.start) }!
            let named = mentionIndex.inside(Span(s.span.start, vs.start))
            work += named.count
            var seen = Set<String>()
            for k in named {
                let m = actors.mentions[k]
                guard [.name, .surname, .alias].contains(m.form), m.kind == .person || m.kind == .organization,
                      quoted.quote(at: m.provenance.span) == nil, seen.insert(m.actor).inserted,
                      // (a name inside a statement's source speaks through it: "NCAA spokesman Erik Christianson")
                      !said.contains(where: { statements[$0].sourceSpan?.overlaps(m.provenance.span) == true }) else { continue }
                if spoke.contains("\(si) \(m.actor)") { continue }
                out.append(Occasion(sentence: si, actor: m.actor, day: StatementFinder.day(times[day].value!)))
            }
        }
        return out
    }

    /// A statement's date is the day it was said: a time value's part of the day or clock time
    /// is dropped ("Noem tweeted Monday night": `2019-11-18TNI` → `2019-11-18`,
    /// chronicle-json.md: "when it was said"); other values stay as they are.
    static func day(_ v: String) -> String {
        let u = Array(v.utf8)
        guard u.count > 11, u[10] == UInt8(ascii: "T"), u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return v }
        return String(decoding: u[..<10], as: UTF8.self)
    }

    /// The actors named inside a statement's span other than its speaker (pronouns aside), sorted.
    func about(_ span: Span, speaker: String?, actors: ActorLayer, index: SpanIndex, work: inout Int) -> [String] {
        let inside = index.inside(span)
        work += 1 + inside.count
        return Array(Set(inside.lazy.map { actors.mentions[$0] }.filter { $0.actor != speaker && $0.form != .pronoun && $0.form != .unnamed }.map(\.actor))).sorted()
    }
}
