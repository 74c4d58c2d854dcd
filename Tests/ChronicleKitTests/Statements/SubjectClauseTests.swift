import Testing
@testable import ChronicleKit

/// Session 15 speaker phenomena (issue 19), on sentences of news articles (PolNeAR): a subject
/// that a relative clause or a participle phrase modifies speaks through its head noun, a
/// relative clause without "that" ends the subject, and a verb of saying that opens a sentence
/// before a name and a colon is the cue ("Said Ellis: …").
@Suite struct SubjectClauseTests {
    func found(_ body: String) -> [CueFinderTests.Found] { CueFinderTests().found(body) }

    @Test func aRelativeClauseInTheSubjectIsPartOfTheSource() {
        let f = found("Employees who worked at the plant for decades said the closure came as a shock.")
        let s = f.first { $0.cue == "said" }
        #expect(s?.source == "Employees who worked at the plant for decades", "\(f)")
        #expect(s?.speaker != "the plant for decades", "\(f)")
        #expect(s?.content == "the closure came as a shock")
    }

    @Test func aParticiplePhraseInTheSubjectIsPartOfTheSource() {
        let f = found("Protesters marching through the streets chanted that the police must release the video.")
        let s = f.first { $0.cue == "chanted" }
        #expect(s?.source == "Protesters marching through the streets", "\(f)")
        // protesters are people the text describes and does not name: the unnamed source
        #expect(s?.speaker == Actor.unnamedSource, "\(f)")
    }

    @Test func aRelativeClauseWithoutThatEndsTheSubject() {
        let f = found("In Mrs. Clinton's favor, all the experts I interviewed said her proposals were more detailed and transparent.")
        let s = f.first { $0.cue == "said" }
        #expect(s?.source == "all the experts I interviewed", "\(f)")
        #expect(s?.speaker == Actor.unnamedSource, "\(f)")
        #expect(s?.content == "her proposals were more detailed and transparent")
    }

    @Test func aVerbOfSayingOpeningTheSentenceBeforeANameAndAColonIsTheCue() {
        let f = found("If anything, experts say her plans would make the code more complicated. Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”")
        let s = f.first { $0.content.contains("tax reform") }
        #expect(s?.cue == "Said", "\(f)")
        #expect(s?.source == "Ellis", "\(f)")
    }

    @Test func aPhraseAfterAVerbIsNoModifiedSubject() {
        // the words before the preposition are a verb phrase, not a subject: the phrase alone speaks
        let f = found("Trump spoke on Monday. The senators in the room said the vote would pass.")
        #expect(f.contains { $0.cue == "said" && $0.source == "The senators in the room" }, "\(f)")
    }

    @Test func twoNounPhrasesJoinedByAndAreOneSubject() {
        let f = found("Political observers in Virginia and around the country say Scott deserves the right of first refusal.")
        let s = f.first { $0.cue == "say" }
        #expect(s?.source == "Political observers in Virginia and around the country", "\(f)")
        #expect(s?.content == "Scott deserves the right of first refusal")
        let g = found("The mayor and the police chief said the video would be released on Friday.")
        #expect(g.contains { $0.cue == "said" && $0.source == "The mayor and the police chief" }, "\(g)")
        let h = found("Trump and Clinton point out their own credentials during the forum.")
        #expect(h.contains { $0.cue == "point out" && $0.source == "Trump and Clinton" }, "\(h)")
        // the object of a verb before "and" is no part of the next subject
        let o = found("Voters rejected Clinton and Obama said the result was clear.")
        #expect(!o.contains { $0.source?.hasPrefix("Clinton and") == true }, "\(o)")
    }

    @Test func aQuantifierAfterButSpeaks() {
        let f = found("But some note that Trump has benefited from the tax code.")
        #expect(f.contains { $0.cue == "note" && $0.source == "some" && $0.content == "Trump has benefited from the tax code" }, "\(f)")
    }

    @Test func anAppositionBetweenDoubleHyphensIsSkipped() {
        let f = found("Kall -- co-editor of Debating The Donald, a book analyzing Trump's debates -- said the candidate tended to make announcements at those encounters.")
        let s = f.first { $0.cue == "said" }
        #expect(s?.source?.hasPrefix("Kall") == true, "\(f)")
        #expect(s?.content == "the candidate tended to make announcements at those encounters")
    }

    @Test func aCapitalisedModalBeforeAPastCueIsAName() {
        let f = found("May told reporters that Britain would leave the bloc.")
        #expect(f.contains { $0.cue == "told" && $0.source == "May" && $0.content == "Britain would leave the bloc" }, "\(f)")
        // a modal before a base form stays a modal: no "May" source
        let g = found("May say the plan works, the minister said.")
        #expect(!g.contains { $0.source == "May" }, "\(g)")
    }

    @Test func aRelativeClauseOfSayingInsideAReportHasItsOwnSource() {
        let f = found("Bloomberg reports that the Republican nominee has won among voters making $100,000 or more, according to the Roper Center for Public Opinion Research.")
        #expect(f.contains { $0.cue == "reports" && $0.source == "Bloomberg" }, "\(f)")
        // (the organisation is an actor: its name is the source)
        #expect(f.contains { $0.cue == "according to" && $0.source?.hasSuffix("Roper Center for Public Opinion Research") == true }, "\(f)")
        let w = found("Leahy and Grassley said in a letter that developers had combined the areas, amounting to what the senators said was economic gerrymandering.")
        #expect(w.contains { $0.cue == "said" && $0.source == "the senators" && $0.content.hasPrefix("was economic gerrymandering") }, "\(w)")
    }

    @Test func aPollOrDataWithAModifierIsTheSubject() {
        // a number after a determiner stays in the phrase ("his 1995 tax return")
        let d = found("But that gap has taken on new urgency after leaked documents from his 1995 tax return show he took a massive $916 million loss.")
        #expect(d.contains { $0.cue == "show" && $0.source == "leaked documents from his 1995 tax return" && $0.content.hasPrefix("he took a massive") }, "\(d)")
        let p = found("By now it should be obvious. A Quinnipiac University poll released in late August found that 74 percent of likely voters said Mr. Trump should release his tax returns.")
        // ("in late August": a time of two modifiers is skipped before the cue)
        #expect(p.contains { $0.cue == "found" && $0.source?.hasPrefix("A Quinnipiac University poll") == true && $0.content.hasPrefix("74 percent") }, "\(p)")
    }

    @Test func aCapitalisedWordInSBeforeAnSFormAndThatIsAName() {
        let f = found("Wines believes that the Clinton campaign took black voters for granted.")
        #expect(f.contains { $0.cue == "believes" && $0.source == "Wines" && $0.content == "the Clinton campaign took black voters for granted" }, "\(f)")
    }
}
