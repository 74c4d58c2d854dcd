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
        i >= s.lowerBound + 2 && tk[i - 2].lower == "the" && offsetSteps.contains(tk[i].lower) && offsetUnits.contains(tk[i - 1].lower)
    }

    /// Dates an undated event from a dated one at a distance the sentence tells: a DURATION of the
    /// rule `time.duration.unit-later` whose next token is a word of `offset-step`; the event
    /// after that word (its trigger at most three tokens on: "after the vote", "after Hiller was
    /// suspended", "after placing") is the anchor, and the event the distance follows (the last
    /// one ending at most twelve tokens before it, no clause break between but a comma right
    /// before the distance), or for a phrase that opens the
    /// sentence the first event after the phrase's comma, is the other. Days and weeks need a
    /// day; a distance of hours, minutes or seconds keeps the other's date as it is. An event that
    /// has a date keeps it. `eventTokens[k]` is event `k`'s trigger tokens.
    static func shareOffsetDates(_ events: inout [Event], eventTokens: [Range<Int>], doc: Document, times: [TimeExpression]) {
        let tk = doc.tokens
        for t in times where t.type == "DURATION" && t.provenance.rule == "time.duration.unit-later" {
            let step = t.tokens.upperBound
            guard step < tk.count, offsetSteps.contains(tk[step].lower), let n = TimeResolver.number(t.spec["dur"]), let unit = t.spec["dunit"] else { continue }
            let sentence = t.provenance.sentence
            guard sentence < doc.sentences.count else { continue }
            let s = doc.sentences[sentence].tokens
            // the days from the other event to the anchor (after: the other is later)
            var shift: Int
            switch unit {
            case "D": shift = n
            case "W": shift = 7 * n
            case "TH", "TM", "TS": shift = 0
            default: continue
            }
            if tk[step].lower == "before" { shift = -shift }
            guard let a = eventTokens.indices.first(where: { events[$0].provenance.sentence == sentence && eventTokens[$0].lowerBound > step && eventTokens[$0].lowerBound <= step + 3 }) else { continue }
            var other: Int?
            // (a comma right before the distance, an adverb between or not, sets it off: "resigned on
            // Friday, just two days after the vote")
            var open = t.tokens.lowerBound
            if open > s.lowerBound, tk[open - 1].kind == .word, open - 2 >= s.lowerBound, tk[open - 2].lower == "," { open -= 1 }
            if open > s.lowerBound, tk[open - 1].lower == "," { open -= 1 }
            if let g = eventTokens.indices.last(where: { events[$0].provenance.sentence == sentence && eventTokens[$0].upperBound <= t.tokens.lowerBound }),
               t.tokens.lowerBound - eventTokens[g].upperBound <= 12,
               !(eventTokens[g].upperBound..<open).contains(where: { clauseBreaks.contains(tk[$0].lower) }) {
                other = g
            } else if t.tokens.lowerBound <= s.lowerBound + 1,
                      let comma = ((eventTokens[a].upperBound)..<min(s.upperBound, eventTokens[a].upperBound + 12)).first(where: { tk[$0].lower == "," }) {
                other = eventTokens.indices.first { events[$0].provenance.sentence == sentence && eventTokens[$0].lowerBound > comma }
            }
            guard let g = other, g != a else { continue }
            func undated(_ k: Int) -> Bool {
                events[k].date == nil && (events[k].typing?.dateSource == EventTyping.DateSource.none || events[k].typing?.dateSource == .article)
            }
            // the other event's date moved by the distance (a day is needed for days and weeks)
            func moved(_ v: String, by d: Int) -> String? {
                if d == 0 { return v }
                guard v.utf8.count == 10, let day = CalendarDate(iso: v) else { return nil }
                return day.adding(days: d).description
            }
            if undated(a), let v = events[g].date, let d = moved(v, by: -shift) {
                events[a].date = d
                events[a].typing?.dateSource = .offset
                events[a].typing?.fallbackDate = nil
            } else if undated(g), let v = events[a].date, let d = moved(v, by: shift) {
                events[g].date = d
                events[g].typing?.dateSource = .offset
                events[g].typing?.fallbackDate = nil
            }
        }
    }
}
