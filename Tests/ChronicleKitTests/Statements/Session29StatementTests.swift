import Testing
@testable import ChronicleKit

/// Session 29 (issue 19): shapes found on the statement misses of the samples and on PolNeAR
/// train's source errors, each tested on sentences of its own: a phrase of time or manner between
/// a subject and its verb, "That's according to X" after the sentence it reports, and a short
/// parenthesis in the apposition of an inverted source before the day of saying.
@Suite struct Session29StatementTests {
    func statements(_ text: String, date: String = "2019-11-18") -> [Statement] { Support.analyze("Title\n\n" + text + "\n", date: date).statements }
    func show(_ s: [Statement]) -> String { "\(s.map { ($0.speaker ?? "-", $0.cue ?? "-", $0.date ?? "-", $0.text) })" }

    @Test func aPhraseOfTimeBetweenSubjectAndVerbIsNoSubject() {
        // PolNeAR train: "Trump at the time said he’d asked …" (the source was "the time")
        let s = statements("Donald Trump held a rally in Ohio. Trump at the time said he would pay the legal fees of his supporters.")
        let st = s.first { $0.text.contains("legal fees") }
        #expect(st?.speaker == "Donald Trump", "\(show(s))")
        // "Beck, who has in the past described Trump as …" (the source was "the past")
        let b = statements("The radio host Glenn Beck, who has in the past said that the election was rigged, spoke on Monday.")
        #expect(b.first { $0.text.contains("rigged") }.map { $0.speaker != "the past" } ?? true, "\(show(b))")
        // (a phrase after a common noun qualifies it: "Residents in the area said …" keeps its source)
        let r = statements("Residents in the area said the water had risen overnight.")
        #expect(r.first { $0.text.contains("water had risen") }?.speaker != nil, "\(show(r))")
    }

    @Test func aPhraseAfterACapitalisedNameIsPartOfTheName() {
        // (capitalised words after the preposition: one name, not a phrase between subject and verb)
        let s = statements("The Council on Foreign Relations said the sanctions had failed.")
        #expect(s.first { $0.text.contains("sanctions") }?.speaker == "Council on Foreign Relations", "\(show(s))")
    }

    @Test func thatIsAccordingToReportsTheSentenceBefore() {
        // sample h: "Teens love Apple's AirPods, and they're putting them on their holiday wish lists more
        // than ever before. That's according to a new survey from Piper Jaffray."
        let s = statements("Teens love Apple's AirPods, and they're putting them on their holiday wish lists more than ever before. That's according to a new survey from Piper Jaffray.")
        let st = s.first { $0.cue == "according to" }
        #expect(st?.text.hasPrefix("Teens love Apple's AirPods") == true, "\(show(s))")
        #expect(st?.speaker == "Piper Jaffray", "\(show(s))")
        // (not across paragraphs, nor after a clause of its own: "That figure is up, according to …")
        let p = Support.analyze("Title\n\nTeens love their phones more than ever before.\n\nThat's according to a new survey from Piper Jaffray.\n", date: "2019-11-18").statements
        #expect(!p.contains { $0.text.hasPrefix("Teens love") }, "\(show(p))")
        let c = statements("Sales rose last year. That figure is up by a tenth, according to the agency.")
        #expect(!c.contains { $0.cue == "according to" && $0.text.hasPrefix("Sales rose") }, "\(show(c))")
    }

    @Test func aShortParenthesisInTheAppositionKeepsTheDayAfterIt() {
        // sample h: "…,” said Rep. Brian Babin (R-TX), ranking member of the House Science Committee’s
        // space subcommittee, during a hearing last week on NASA’s exploration plans.
        let s = statements("“The study shows we need a heavy-lift vehicle,” said Rep. Brian Babin (R-TX), ranking member of the space subcommittee, during a hearing last week on NASA’s plans.")
        let st = s.first { $0.text.contains("heavy-lift") }
        #expect(st?.date == "2019-W46", "\(show(s))")
        #expect(StatementFinder.withoutShortParentheses("Babin (R-TX), ranking member") == "Babin, ranking member")
        // (a long parenthesis stays: it may hold a clause of its own)
        #expect(StatementFinder.withoutShortParentheses("Babin (who chaired it for years), member") == "Babin (who chaired it for years), member")
    }
}
