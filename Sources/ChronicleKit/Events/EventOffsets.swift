/// An event dated by its distance from another event of its sentence (session 33, issue 18;
/// the words are the set `offset-step` of `events/en/function-words.tsv`, whose examples
/// `FunctionWordsTests` runs; tests in `Tests/ChronicleKitTests/Events/EventOffsetsTests.swift`):
/// "The minister resigned two days after the vote on Monday" puts the resignation on Wednesday,
/// "The Saints placed him on injured reserve on Wednesday, one day after placing Ivory there"
/// puts the placing on Tuesday, and "minutes after", "hours before" keep the other event's day.
/// The time layer reads the distance (`time.duration.unit-later`: "two days", then "after" or
/// "before"); this stage finds the two events around it.
extension TypedEventFinder {
    /// Words after a distance that tell the order of two events: `offset-step` ("after", "before").
    static let offsetSteps = WordSet(FunctionWords.standard.words("offset-step"))
    /// Nouns of a unit that, with "the" before and a word of `offset-step` after, tell a day other
    /// than the story's: `offset-unit` ("The day before Buckley's death, another climber died";
    /// the sentence takes no day carried from the sentences before it).
    static let offsetUnits = FunctionWords.standard.words("offset-unit")
    /// The units of `offset-unit` that tell a distance of one day (the line `offset-unit.day`: "the
    /// day before Buckley's death", "the night after the vote"; session 35).
    static let offsetDayUnits = WordSet(FunctionWords.standard.lineWords("offset-unit.day"))

    /// Words between the two "as" of a comparison right before a time: `time-comparison` ("could
    /// come to the U.S. from Cuba as early as Tuesday", "as soon as Friday"; session 33).
    static let timeComparisons = FunctionWords.standard.words("time-comparison")

    /// Whether token `k` is one of the two "as" of "as early as" (a word of `time-comparison`
    /// between them) right before the time at `time`: no clause break between an event and
    /// the time after it.
    static func comparesTheTime(_ k: Int, _ time: Int, _ tk: [Token]) -> Bool {
        guard tk[k].lower == "as" else { return false }
        if k + 3 == time, tk[k + 2].lower == "as" { return timeComparisons.contains(tk[k + 1].lower) }
        if k + 1 == time, k >= 2, tk[k - 2].lower == "as" { return timeComparisons.contains(tk[k - 1].lower) }
        return false
    }

    /// Whether token `i`, a word of `offset-step`, follows "the" and a word of `offset-unit` in
    /// range `s` ("the day before", "the night after").
    static func stepsFromTheUnit(_ i: Int, _ s: Range<Int>, _ tk: [Token]) -> Bool {
        i >= s.lowerBound + 2 && tk[i - 2].lower == "the" && offsetSteps.contains(tk[i]) && offsetUnits.contains(tk[i - 1].lower)
    }

    /// Plural units shorter than a day that, with no number and a word of `offset-step` right
    /// after them, tell a distance that keeps the date: `offset-span` ("minutes after Hiller was
    /// suspended", "hours before the vote"; session 34). The time layer reads no such distance.
    static let offsetSpans = WordSet(FunctionWords.standard.words("offset-span"))

    /// Dates an undated event from a dated one at a distance the sentence tells: a DURATION of the
    /// rule `time.duration.unit-later` whose next token is a word of `offset-step`, or (session 34)
    /// a word of `offset-span` with no number before that word and no time on it ("minutes
    /// after"); the event after that word (its trigger at most three tokens on: "after the vote",
    /// "after Hiller was suspended", "after placing") is the anchor, and the event the distance
    /// follows (the last one ending at most twelve tokens before it, no clause break between but a
    /// comma right before the distance), or for a phrase that opens the sentence the first event
    /// after the phrase's comma, is the other. Days and weeks need a day; a distance of hours,
    /// minutes or seconds keeps the other's date as it is. An event that has a date of its own keeps
    /// it (a day carried from the sentences before, `occasion`, gives way).
    /// (session 34) The other may be a definite noun that names an earlier event ("Police say that
    /// the shootings happened minutes after …": the shootings told before, of September 2010), whose
    /// date it takes as `join` will make it that event's mention; with no event before the distance
    /// in its sentence, a demonstrative noun there ("The Saints made that move only one day after
    /// placing …") is the last event with a day of the sentence before, in the same paragraph.
    /// `eventTokens[k]` is event `k`'s trigger tokens; `timeAt` the time at each token (-1: none).
    static func shareOffsetDates(_ events: inout [Event], eventTokens: [Range<Int>], doc: Document, times: [TimeExpression], timeAt: [Int32]) {
        let tk = doc.tokens
        // the distances: (first token, the step word, days from the other to the anchor before the
        // sign, sentence)
        var distances: [(lower: Int, step: Int, days: Int, sentence: Int)] = []
        for t in times where t.type == "DURATION" && t.provenance.rule == "time.duration.unit-later" {
            let step = t.tokens.upperBound
            guard step < tk.count, offsetSteps.contains(tk[step]), let n = TimeResolver.number(t.spec["dur"]), let unit = t.spec["dunit"] else { continue }
            switch unit {
            case "D": distances.append((t.tokens.lowerBound, step, n, t.provenance.sentence))
            case "W": distances.append((t.tokens.lowerBound, step, 7 * n, t.provenance.sentence))
            case "TH", "TM", "TS": distances.append((t.tokens.lowerBound, step, 0, t.provenance.sentence))
            default: continue
            }
        }
        // (session 34: "minutes after", read back from each event's trigger: a few events a sentence)
        for k in events.indices where k < eventTokens.count {
            let n = events[k].provenance.sentence
            guard n < doc.sentences.count else { continue }
            let s = doc.sentences[n].tokens
            let b = eventTokens[k].lowerBound
            for p in max(s.lowerBound + 1, b - 3)..<max(s.lowerBound + 1, b) where tk[p - 1].lower.hasSuffix("s") && (p - 1 >= timeAt.count || timeAt[p - 1] < 0) {
                guard offsetSpans.contains(tk[p - 1]), offsetSteps.contains(tk[p]) else { continue }
                // (a number before the unit is the time layer's distance, or no distance: "24 hours after")
                if p - 2 >= s.lowerBound, tk[p - 2].kind == .number || (p - 2 < timeAt.count && timeAt[p - 2] >= 0) { continue }
                if !distances.contains(where: { $0.step == p }) { distances.append((p - 1, p, 0, n)) }
            }
            // (session 35: "the day before Buckley's death", "the night after the vote": a day)
            for p in max(s.lowerBound + 2, b - 3)..<max(s.lowerBound + 2, b) where stepsFromTheUnit(p, s, tk) && offsetDayUnits.contains(tk[p - 1]) {
                if !distances.contains(where: { $0.step == p }) { distances.append((p - 2, p, 1, n)) }
            }
        }
        for dist in distances {
            let step = dist.step
            let sentence = dist.sentence
            guard sentence < doc.sentences.count else { continue }
            let s = doc.sentences[sentence].tokens
            // the days from the other event to the anchor (after: the other is later)
            var shift = dist.days
            if tk[step].lower == "before" { shift = -shift }
            guard let a = eventTokens.indices.first(where: { events[$0].provenance.sentence == sentence && eventTokens[$0].lowerBound > step && eventTokens[$0].lowerBound <= step + 3 }) else { continue }
            var other: Int?
            // (a comma right before the distance, an adverb between or not, sets it off: "resigned on
            // Friday, just two days after the vote")
            var open = dist.lower
            if open > s.lowerBound, tk[open - 1].kind == .word, open - 2 >= s.lowerBound, tk[open - 2].lower == "," { open -= 1 }
            if open > s.lowerBound, tk[open - 1].lower == "," { open -= 1 }
            if let g = eventTokens.indices.last(where: { events[$0].provenance.sentence == sentence && eventTokens[$0].upperBound <= dist.lower }),
               dist.lower - eventTokens[g].upperBound <= 12,
               !(eventTokens[g].upperBound..<open).contains(where: { clauseBreaks.contains(tk[$0]) }) {
                other = g
            } else if dist.lower <= s.lowerBound + 1,
                      let comma = ((eventTokens[a].upperBound)..<min(s.upperBound, eventTokens[a].upperBound + 12)).first(where: { tk[$0].lower == "," }) {
                other = eventTokens.indices.first { events[$0].provenance.sentence == sentence && eventTokens[$0].lowerBound > comma }
            }
            // (session 34: a day carried from the sentences before is weaker than a distance the
            // sentence tells: "… was placed on injured reserve on Wednesday. The Saints made that move
            // only one day after placing …" is Tuesday's placing, not the carried Wednesday)
            func undated(_ k: Int) -> Bool {
                guard let src = events[k].typing?.dateSource else { return false }
                return src == .occasion || events[k].date == nil && (src == EventTyping.DateSource.none || src == .article)
            }
            // the other event's date moved by the distance (a day is needed for days and weeks)
            func moved(_ v: String, by d: Int) -> String? {
                if d == 0 { return v }
                guard v.utf8.count == 10, let day = CalendarDate(iso: v) else { return nil }
                return day.adding(days: d).description
            }
            func setDate(_ k: Int, _ d: String) {
                events[k].date = d
                events[k].typing?.dateSource = .offset
                events[k].typing?.fallbackDate = nil
            }
            guard undated(a) || other.map({ undated($0) }) == true else { continue }
            // the date the other side has: its own, an earlier event's that a definite noun names
            // again, or the sentence before's that a demonstrative noun refers to
            var otherDate: String?
            if let g = other {
                otherDate = events[g].date ?? (undated(g) && g != a ? antecedentDate(g, events, eventTokens, doc) : nil)
            } else if !(eventTokens.indices.contains { events[$0].provenance.sentence == sentence && eventTokens[$0].upperBound <= dist.lower }),
                      refersBack(s.lowerBound..<open, doc) {
                otherDate = previousSentenceDay(sentence, events, doc)
            }
            // (session 35: an anchor noun with no date of its own takes its day through its other
            // mentions, "The day before Buckley's death", "a week after the attack"; a day carried to
            // the other side gives way to it)
            if undated(a), let g = other, g != a, undated(g), let v = chainDay(a, events, eventTokens, doc), let d = moved(v, by: shift) {
                setDate(g, d)
            } else if undated(a), let v = otherDate, let d = moved(v, by: -shift) {
                setDate(a, d)
            } else if let g = other, g != a, undated(g), let v = events[a].date, let d = moved(v, by: shift) {
                setDate(g, d)
            }
        }
    }

    /// The date of the earlier event that event `g`, a noun after "the", "this", "that", "these" or
    /// "those", names again: the last dated event before it of its entry, else the last event
    /// before it of its `joinFamily` (the one `join` makes it a mention of), if that has a date.
    static func antecedentDate(_ g: Int, _ events: [Event], _ eventTokens: [Range<Int>], _ doc: Document) -> String? {
        guard let id = events[g].typing?.trigger, !id.hasSuffix(".v") else { return nil }
        let b = eventTokens[g].lowerBound
        guard b > 0, antecedentDeterminers.contains(doc.tokens[b - 1]) else { return nil }
        // (the last one of the same entry with a date, "the shooting deaths … in September 2010"
        // before "the shootings"; else the last of its family, if dated)
        if let k = (0..<g).last(where: { events[$0].date != nil && events[$0].typing?.trigger == id }) { return events[k].date }
        let family = joinFamily(events[g])
        guard let k = (0..<g).last(where: { joinFamily(events[$0]) == family }) else { return nil }
        return events[k].date
    }

    /// The day of an undated anchor noun through its other mentions (session 35): the noun names an
    /// event told elsewhere in the article ("The day before Buckley's death, another climber died"
    /// after "Robert Buckley fell about 2,000 feet … on Saturday"; "a week after the attack"). In
    /// order: the last earlier event of its entry, else of its `joinFamily`, that has a day; for a
    /// possessor's noun ("Buckley's death") the last earlier event with a day whose agent or target
    /// ends in the possessor's word; else the first later event of its entry with a day. Nil for a
    /// verb (the trigger's last word is no NOUN of the parse, else of the tags). Read only for the
    /// anchor of a distance (a few an article); each look is bounded.
    static func chainDay(_ a: Int, _ events: [Event], _ eventTokens: [Range<Int>], _ doc: Document) -> String? {
        guard let id = events[a].typing?.trigger, a < eventTokens.count else { return nil }
        // (a noun of the parse, else of the tags)
        let syn = doc.wordClasses
        let b = eventTokens[a].lowerBound
        guard eventTokens[a].upperBound < syn.tokenWord.count else { return nil }
        let words = Int(syn.tokenWord[b])..<Int(syn.tokenWord[eventTokens[a].upperBound])
        guard let w = words.last, w < syn.upos.count, syn.upos[w] == .NOUN else { return nil }
        func day(_ k: Int) -> String? { events[k].date.flatMap { $0.utf8.count == 10 ? $0 : nil } }
        let earlier = max(0, a - chainReach)..<a
        if let k = earlier.last(where: { day($0) != nil && events[$0].typing?.trigger == id }) { return day(k) }
        let family = joinFamily(events[a])
        if let k = earlier.last(where: { day($0) != nil && joinFamily(events[$0]) == family }) { return day(k) }
        // the possessor: "Buckley's death", "the minister's resignation"
        let tk = doc.tokens
        if b >= 2, ["'s", "’s"].contains(tk[b - 1].lower), tk[b - 2].kind == .word, tk[b - 2].isCapitalized {
            let name = tk[b - 2].text
            func endsInName(_ x: EventTyping.Argument) -> Bool {
                (x.role == "agent" || x.role == "target") && (x.text == name || x.text.hasSuffix(" " + name))
            }
            if let k = earlier.last(where: { day($0) != nil && events[$0].typing?.arguments.contains(where: endsInName) == true }) { return day(k) }
        }
        let later = (a + 1)..<min(events.count, a + 1 + chainReach)
        if let k = later.first(where: { day($0) != nil && events[$0].typing?.trigger == id }) { return day(k) }
        return nil
    }
    /// How many events before or after an anchor `chainDay` reads.
    static let chainReach = 200

    /// Determiners of a noun that names an event told before ("the shootings"): `offset-antecedent`
    /// of `function-words.tsv`.
    static let antecedentDeterminers = WordSet(FunctionWords.standard.words("offset-antecedent"))
    /// Demonstratives of a noun that refers to what the sentence before told ("that move"):
    /// `offset-demonstrative` of `function-words.tsv`.
    static let demonstratives = WordSet(FunctionWords.standard.words("offset-demonstrative"))

    /// Whether tokens `r` hold a demonstrative before a noun of the parse ("The Saints made that
    /// move"), a reference to what an earlier sentence told.
    static func refersBack(_ r: Range<Int>, _ doc: Document) -> Bool {
        let syn = doc.wordClasses
        guard syn.count > 0 else { return false }
        for i in r where i + 1 < r.upperBound && demonstratives.contains(doc.tokens[i]) && i + 1 < syn.tokenWord.count {
            let w = Int(syn.tokenWord[i + 1])
            if w < syn.upos.count, syn.upos[w] == .NOUN { return true }
        }
        return false
    }

    /// The day of the last event with one (an ISO day) of the sentence before `n`, in the same
    /// paragraph.
    static func previousSentenceDay(_ n: Int, _ events: [Event], _ doc: Document) -> String? {
        guard n > 0, n < doc.sentences.count, doc.sentences[n - 1].paragraph == doc.sentences[n].paragraph else { return nil }
        return events.last(where: { $0.provenance.sentence == n - 1 && ($0.date?.utf8.count ?? 0) == 10 })?.date
    }
}
