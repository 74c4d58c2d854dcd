/// Stage 5: finds events with the `events.rules` rules, dates them, gives them their actors,
/// and merges mentions of the same event within the document.
public struct EventDetector: Sendable {
    let book: RuleBook
    let rules: RuleSet
    let candidates: CandidateIndex
    let patterns: [CompiledPattern]

    public init(book: RuleBook) {
        self.book = book
        self.rules = book.rules("events")
        self.candidates = book.candidateIndex("events")
        self.patterns = rules.rules.map(book.program)
    }

    struct Found {
        var rule: Rule
        var tokens: Range<Int>
        var caps: [Capture]
        var sentence: Sentence
    }

    public func detect(_ doc: Document, actors: ActorLayer, times: [TimeExpression]) -> [Event] {
        var work = 0
        return detect(doc, actors: actors, times: times, work: &work)
    }

    /// `detect`, adding the steps of its loops and of the pattern matcher to `work`.
    public func detect(_ doc: Document, actors: ActorLayer, times: [TimeExpression], work: inout Int) -> [Event] {
        let matcher = Matcher(tokens: doc.tokens, book: book, layers: actors.layers(quotes: doc.quotes, times: times))
        var found: [Found] = []
        let cand = candidates.makeList()
        for s in doc.sentences {
            for i in s.tokens {
                candidates.candidates(at: i, in: s.tokens, matcher: matcher, into: cand)
                work += 1 + cand.count
                for k in cand {
                    guard let m = matcher.match(patterns[k], at: i, in: s.tokens) else { continue }
                    found.append(Found(rule: rules.rules[k], tokens: i..<m.end, caps: m.captures, sentence: s))
                }
            }
        }
        // longest first, then rule order; event mentions do not overlap
        found.sort { $0.tokens.count != $1.tokens.count ? $0.tokens.count > $1.tokens.count
            : $0.rule.order != $1.rule.order ? $0.rule.order < $1.rule.order : $0.tokens.lowerBound < $1.tokens.lowerBound }
        var taken = [Bool](repeating: false, count: doc.tokens.count)
        var accepted: [Found] = []
        work += matcher.work
        for f in found where !f.tokens.contains(where: { taken[$0] }) {
            work += f.tokens.count
            for t in f.tokens { taken[t] = true }
            accepted.append(f)
        }
        accepted.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        let creation = book.lexicons.get("creation-verbs")
        let meetingSentences = Set(accepted.filter { k in
            guard let kind = Template.fill(k.rule["kind"] ?? "", captures: k.caps, doc: doc) else { return false }
            return kind == "meeting" || kind == "visit"
        }.map(\.sentence.index))

        var events: [Event] = []
        let timeIndex = SpanIndex(times.map(\.provenance.span))
        // whether a token is in a time expression (`complementOpener` asks it token by token)
        var inTime = [Bool](repeating: false, count: doc.tokens.count)
        for t in times { for k in t.tokens where k < inTime.count { inTime[k] = true } }
        // whether a token is in a named actor's mention (`complementOpener` asks it too; session 39)
        var inMention = [Bool](repeating: false, count: doc.tokens.count)
        for m in actors.mentions where m.form != .unnamed { for k in m.tokens where k < inMention.count { inMention[k] = true } }
        let mentionIndex = SpanIndex(actors.mentions.map(\.provenance.span))
        var merger = EventMerger()
        // the actors of each merged event so far, as a set: a merge adds the new ones, and the
        // list is sorted once at the end (not re-sorted at every merge)
        var actorSets: [Int: Set<String>] = [:]
        for f in accepted {
            guard let kind = Template.fill(f.rule["kind"] ?? "other", captures: f.caps, doc: doc) else { continue }
            let trigger = f.caps.first { $0.name == "trigger" }?.tokens ?? f.tokens
            // a combat noun after a word that makes it no combat ("a heart attack", "a legal
            // offensive": `figurative-modifiers.tsv`, as for the typed events)
            if kind == "military", trigger.lowerBound > f.sentence.tokens.lowerBound,
               TypedEventFinder.figurativeModifiers.contains(doc.tokens[trigger.lowerBound - 1].lower) { continue }
            // a noun that is an adjective here ("offensive signs": `adjective-nouns.tsv`)
            if trigger.count == 1, TypedEventFinder.readsAsAdjective(doc.tokens, trigger.lowerBound, f.sentence.tokens) { continue }
            // a noun that only qualifies the noun after it ("a televised election debate",
            // "election officials": `modified-heads.tsv`, as for the typed events; session 20)
            if trigger.count == 1, trigger.upperBound < f.sentence.tokens.upperBound,
               TypedEventFinder.modifiedHeads.contains(doc.tokens[trigger.upperBound].lower) { continue }
            // a capitalized trigger inside the name of a body, not an event: "the Central Election
            // Commission", "the Central Commission for Elections and Referenda" (session 21; a
            // named event keeps its capture `name`, and a headline in title case is read as words)
            if kind == "other", trigger.count == 1, !f.caps.contains(where: { $0.name == "name" }),
               EventDetector.insideAName(trigger.lowerBound, f.sentence.tokens, doc.tokens) { continue }
            var span = doc.span(tokens: f.tokens)
            // a leading quote mark is not part of the event
            if doc.tokens[f.tokens.lowerBound].kind == .quote, f.tokens.count > 1 { span.start = doc.tokens[f.tokens.lowerBound + 1].span.start }
            var name: String?
            if let n = f.caps.first(where: { $0.name == "name" }) {
                var r = n.tokens
                while r.count > 1 && !doc.tokens[r.upperBound - 1].isCapitalized { r = r.lowerBound..<(r.upperBound - 1) }
                if let q = n.item {
                    name = doc.text(doc.quotes[q].inner)
                } else if r.count > 1 {
                    name = doc.text(doc.span(tokens: r))
                    span = Span(span.start, doc.span(tokens: r).end)
                }
            }
            // the date
            var date: String?
            let inSentence = timeIndex.inside(f.sentence.span)
            work += 1 + inSentence.count
            let sentenceTimes = inSentence.map { times[$0] }.filter(\.isCalendarValue)
            switch f.rule["date"] {
            case "creation":
                work += f.sentence.tokens.count
                let hasCreation = f.sentence.tokens.contains { i in
                    creation.hasSingle(doc.tokens[i]) && !(i > 0 && doc.tokens[i - 1].lower == "to")
                }
                if hasCreation && !meetingSentences.contains(f.sentence.index) { date = TypedEventFinder.dayPrecision(sentenceTimes.first?.value) }
            default:
                // (not a time that premodifies another noun: "a July 10 meeting … would agree to a
                // meeting Zelenskiy wanted" is not July 10; session 23)
                // (nor a time that ends a period: "agreed a deal … until the end of the 2022/23
                // season" is not of 2022; session 27, `EventTenses.swift`)
                let open = sentenceTimes.filter { !TypedEventFinder.endsAPeriod($0.tokens, in: f.sentence.tokens, doc.tokens) }
                var near = open.min { a, b in distance(a.tokens, trigger) < distance(b.tokens, trigger) }
                // (session 38 follow-up: nor a time inside the complement of "after", "following",
                // "since", "before" after the trigger, which dates the event inside it: "The arrest
                // … came after the killing of a journalist in January"; `EventComplementTimes.swift`)
                func inComplement(_ t: TimeExpression) -> Bool {
                    TypedEventFinder.complementOpener(t.tokens, after: trigger, doc, isTime: { inTime[$0] }, inMention: { inMention[$0] }) != nil
                }
                // (session 39: and then no time, not the next nearest one: "15 years under house
                // arrest before being freed in 2010, … invited him to visit her in January 2012" is
                // not of 2012; the typed event's clause date still applies, `combine`)
                if let t = near, inComplement(t) { near = nil }
                // (session 39 follow-up: nor a time before the trigger that another phrase or
                // clause owns: "since the start of the invasion on February 24 and cannot be part of
                // the talks"; "since March 29, and … exacerbated by the shelling")
                if let t = near, TypedEventFinder.ownedBefore(t.tokens, trigger: trigger, sentence: f.sentence.tokens, doc, isTime: { inTime[$0] }, inMention: { inMention[$0] }) { near = nil }
                if let t = near, TypedEventFinder.premodifiedPhrase(t.tokens, in: f.sentence.tokens, doc).map({ !$0.contains(trigger.lowerBound) }) != true {
                    // (at a day's precision, as the typed events: "the attack Monday morning" is
                    // 2007-04-09, not 2007-04-09TMO; session 24)
                    date = TypedEventFinder.dayPrecision(t.value)
                }
            }
            // the actors: those named in the sentence (not the outlet reporting it)
            var names: [String] = []
            // (a set once the list is long: a sentence may name thousands)
            var seen: Set<String>?
            let mentionsInside = mentionIndex.inside(f.sentence.span)
            work += 1 + mentionsInside.count
            for m in mentionsInside.map({ actors.mentions[$0] }) where m.kind != .media && m.form != .unnamed {
                if seen == nil && names.count >= 16 { seen = Set(names) }
                if seen == nil ? !names.contains(m.actor) : seen!.insert(m.actor).inserted { names.append(m.actor) }
            }
            let prov = Provenance(document: doc.id, span: span, sentence: f.sentence.index, rule: f.rule.id)
            var ev = Event(id: "e-\(span.start)-\(span.end)", provenance: prov, text: doc.text(span), kind: kind, name: name,
                           triggerSpan: doc.span(tokens: trigger), date: date, actors: names.sorted(), mentions: [prov])
            for role in ["agent", "target"] {
                if let item = f.caps.first(where: { $0.name == role })?.item { ev.roles[role] = actors.mentions[item].actor }
            }
            // merge with an earlier mention of the same event
            if let k = merger.first(sameAs: ev, back: f.rule["ref"] == "back", in: events, work: &work) {
                merge(into: &events[k], ev, doc: doc)
                actorSets[k, default: Set(events[k].actors)].formUnion(ev.actors)
            } else if f.rule["ref"] != "back" {
                merger.added(ev, at: events.count)
                events.append(ev)
            }
        }
        for (k, set) in actorSets where set.count != events[k].actors.count { events[k].actors = set.sorted() }
        work += events.count
        return events.sorted { $0.provenance.span < $1.provenance.span }
    }

    /// Whether the capitalized word at `i` is part of a name inside its sentence: a capitalized
    /// word right after it, or "for"/"of" and a capitalized word right before it ("Central Election
    /// Commission", "Commission for Elections"); never at the sentence's start or in a title-case
    /// headline.
    static func insideAName(_ i: Int, _ s: Range<Int>, _ tk: [Token]) -> Bool {
        guard i > s.lowerBound, tk[i].isCapitalized, !TypedEventFinder.isTitleCase(s, tk) else { return false }
        if i + 1 < s.upperBound, tk[i + 1].isCapitalized, tk[i + 1].kind == .word { return true }
        return i - 2 >= s.lowerBound && ["for", "of"].contains(tk[i - 1].lower) && tk[i - 2].isCapitalized && tk[i - 2].kind == .word
    }

    /// Finds the first earlier event that `sameEvent` accepts without scanning them all: kinds
    /// and names never change when events merge, and an unnamed call's target does not either
    /// (a call merges only when it has one), so the candidates are indexed by those.
    struct EventMerger {
        var firstNamed: [String: Int] = [:]
        var byName: [String: [String: Int]] = [:]
        var callsByTarget: [String: [Int]] = [:]

        mutating func added(_ e: Event, at k: Int) {
            guard let name = e.name else {
                if e.kind == "call", let t = e.roles["target"] { callsByTarget[t, default: []].append(k) }
                return
            }
            if firstNamed[e.kind] == nil { firstNamed[e.kind] = k }
            let key = EventDetector.normalize(name)
            if byName[e.kind]?[key] == nil { byName[e.kind, default: [:]][key] = k }
        }

        func first(sameAs b: Event, back: Bool, in events: [Event], work: inout Int) -> Int? {
            if back { return firstNamed[b.kind] }
            if let y = b.name { return byName[b.kind]?[EventDetector.normalize(y)] }
            guard b.kind == "call", let t = b.roles["target"] else { return nil }
            work += callsByTarget[t]?.count ?? 0
            return callsByTarget[t]?.first { k in
                let a = events[k]
                return a.roles["agent"] == nil || b.roles["agent"] == nil || a.roles["agent"] == b.roles["agent"]
            }
        }
    }

    func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound + 1 : a.lowerBound >= b.upperBound ? a.lowerBound - b.upperBound : 0
    }

    /// Same kind, and the same name; or (for unnamed calls) the same actors.
    func sameEvent(_ a: Event, _ b: Event, back: Bool) -> Bool {
        guard a.kind == b.kind else { return false }
        if back { return a.name != nil }
        if let x = a.name, let y = b.name { return EventDetector.normalize(x) == EventDetector.normalize(y) }
        if a.kind == "call" && a.name == nil && b.name == nil {
            // the same appeal reported twice (a headline and its body): same target, same or no agent
            guard let t = a.roles["target"], t == b.roles["target"] else { return false }
            return a.roles["agent"] == nil || b.roles["agent"] == nil || a.roles["agent"] == b.roles["agent"]
        }
        return false
    }

    static func normalize(_ s: String) -> String {
        s.lowercased().unicodeScalars.filter { CharacterSetLite.isAlnum($0) }.map(String.init).joined()
    }

    /// Merges mention `b` into event `m` in place (its actors are added by the caller, once
    /// at the end; merging into a copy would copy the mention list at every merge).
    func merge(into m: inout Event, _ b: Event, doc: Document) {
        m.mentions.append(b.provenance)
        m.date = m.date ?? b.date
        for (k, v) in b.roles where m.roles[k] == nil { m.roles[k] = v }
        // the main mention is the first one in the body, not the title
        if let title = doc.title, title.contains(m.provenance.span), !title.contains(b.provenance.span) {
            m.provenance = b.provenance
            m.text = b.text
            m.triggerSpan = b.triggerSpan
            m.id = b.id
        }
    }
}

enum CharacterSetLite {
    static func isAlnum(_ s: Unicode.Scalar) -> Bool { Tokenizer.isAlnum(s) }
}
