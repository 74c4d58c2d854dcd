import Testing
@testable import ChronicleKit

/// Session 27 (issue 19), from the statement misses of samples v and z: an adverb between a
/// subject and its cue, people described by a bare plural after an inverted cue, a tail cue
/// that is also a noun, a quotation a document noun introduces after a colon, a gerund after
/// "despite", an organisation's "they", an opening word before the day of saying, and a
/// headline "Sources: …".
@Suite struct Session27StatementTests {
    func statements(_ text: String) -> [Statement] { Support.analyze("Title\n\n" + text + "\n", date: "2019-11-19").statements }

    @Test func anAdverbTheTaggerKnowsStandsBetweenSubjectAndCue() {
        // sample v: "Big Machine have twice denied doing anything wrong."
        let s = statements("Big Machine have twice denied doing anything wrong. The Hawks have never said they would move.")
        let denied = s.first { $0.cue == "denied" }
        #expect(denied?.speaker == "Big Machine", "\(s.map { ($0.speaker ?? "-", $0.cue ?? "-", $0.text) })")
        #expect(s.contains { $0.cue == "said" && $0.speaker != "never" && $0.speaker != nil }, "\(s.map { ($0.speaker ?? "-", $0.text) })")
    }

    @Test func aBarePluralAfterAnInvertedCueIsPeopleTheTextDescribes() throws {
        // sample z: "…, the misses did not exceed the beats and were largely neutral, say experts."
        let c = try Support.chronology(["a.txt": "date 2019-11-20\n\nThe key positive is that the misses did not exceed the beats, say experts.\n"])
        let st = try #require(c.statements.first { $0.text.contains("misses") }, "\(c.statements.map(\.text))")
        #expect(st.speakerName == "experts")
        // (a place or a thing after the cue is no source: "…, say, Ohio")
        let n = statements("Some states, say Ohio and Texas, will vote early.")
        #expect(!n.contains { $0.cue == "say" }, "\(n.map(\.text))")
    }

    @Test func aFormThatIsAlsoANounClosesATailAttribution() {
        // sample z: "… one such plume's water vapor directly for the first time, a new study reports."
        let s = statements("Researchers have now detected the plume's water vapor directly for the first time, a new study reports.")
        #expect(s.contains { $0.cue == "reports" && $0.text.hasPrefix("Researchers have now detected") }, "\(s.map { ($0.cue ?? "-", $0.text) })")
        // (a noun before a verb is no cue: "The company reports rose in value" is no attribution of a closing form)
        let n = statements("Sales rose sharply, and the weekly reports were published on Monday.")
        #expect(!n.contains { $0.cue == "reports" }, "\(n.map(\.text))")
    }

    @Test func aQuotationADocumentNounIntroducesAfterAColonIsItsIssuers() {
        // sample z: "McDermott sent out the following message on Twitter: “I will be returning …”"
        let s = statements("Shortly before 2 p.m., McDermott sent out the following message on Twitter: “I will be returning to Creighton for my senior year.”")
        let st = s.first { $0.text.contains("returning to Creighton") }
        #expect(st?.speaker == "McDermott", "\(s.map { ($0.speaker ?? "-", $0.provenance.rule, $0.text) })")
        // sample v: "… with the caption: “Welcome Jose”"
        let t = statements("Tottenham Hotspur posted an image of the new manager holding up a shirt from its Twitter account on Wednesday, with the caption: “Welcome Jose”.")
        #expect(t.first { $0.text.contains("Welcome Jose") }?.speaker == "Tottenham Hotspur", "\(t.map { ($0.speaker ?? "-", $0.provenance.rule, $0.text) })")
        // (a quotation after a colon that no document noun introduces is not the subject's)
        let n = statements("Smith visited the old school with a sign: “Closed for the summer”.")
        #expect(!n.contains { $0.text.contains("Closed") && $0.speaker == "Smith" }, "\(n.map { ($0.speaker ?? "-", $0.text) })")
    }

    @Test func aGerundAfterDespiteSpeaksForTheSubjectAfterTheComma() {
        // sample z: "Despite saying they have been outbid …, the Red Sox do not believe …"
        let s = statements("Despite saying they have been outbid for the player, Boston Red Sox officials do not believe they are out of the chase.")
        let st = s.first { $0.cue == "saying" }
        #expect(st?.text.hasPrefix("they have been outbid") == true, "\(s.map { ($0.speaker ?? "-", $0.cue ?? "-", $0.text) })")
        #expect(st?.speaker != nil)
    }

    @Test func anOrganisationsTheyGoesOnWithTheSpeakerBefore() {
        // sample v: "Big Machine have twice denied doing anything wrong. “At no point …,” they said …"
        let s = statements("Big Machine have twice denied doing anything wrong. \"At no point did we say Taylor could not perform on the show or block her Netflix special,\" they said in a statement on their website last Friday.")
        let st = s.first { $0.text.hasPrefix("At no point") }
        #expect(st?.speaker == "Big Machine", "\(s.map { ($0.speaker ?? "-", $0.text) })")
        // two sentences on, after a sentence that goes on with "they": "Now they've put out another statement …"
        let t = statements("Big Machine have twice denied doing anything wrong. \"At no point did we say Taylor could not perform,\" they said. Now they've put out another statement to the organisers. \"We have agreed to grant all licenses of our artists,\" it says.")
        #expect(t.first { $0.text.contains("We have agreed") }?.speaker == "Big Machine", "\(t.map { ($0.speaker ?? "-", $0.text) })")
        // (a person's statement before gives no "they")
        let p = statements("John Smith denied doing anything wrong. \"We never met the man,\" they said.")
        #expect(p.first { $0.text.hasPrefix("We never") }?.speaker != "John Smith", "\(p.map { ($0.speaker ?? "-", $0.text) })")
    }

    @Test func aDayAfterAnOpeningWordDatesTheSaying() {
        // sample v: "Then, last week, Taylor Swift posted on Twitter accusing Big Machine of …"
        let s = statements("Then, on Friday, Taylor Swift said the label had blocked her.")
        #expect(s.first { $0.text.contains("label") }?.date == "2019-11-15", "\(s.map { ($0.date ?? "-", $0.text) })")
    }

    @Test func aHeadlineOpenedByPeopleTheTextDoesNotNameIsTheirs() throws {
        // sample z: "Sources: Sox May Not Be Out Of Teixeira Chase"
        let c = try Support.chronology(["a.txt": "date 2008-12-19\n\nSources: Sox May Not Be Out Of Teixeira Chase\n\nThe team met the player's agent on Thursday.\n"])
        let st = try #require(c.statements.first { $0.text.contains("Teixeira Chase") }, "\(c.statements.map(\.text))")
        #expect(st.speakerName == "Sources")
    }
}

/// Session 27: an apposition with commas of its own between a name and its cue.
@Suite struct LongAppositionTests {
    @Test func theNameBeforeALongAppositionSpeaks() {
        // sample z: "…,” study lead author Lucas Paganini, a planetary scientist at … in Greenbelt, Maryland, and … in Washington, D.C., said in a statement."
        let s = Support.analyze("Title\n\n\"Liquid water is somewhat hard to find beyond Earth,\" study lead author Lucas Paganini, a planetary scientist at the Goddard Space Flight Center in Greenbelt, Maryland, and American University in Washington, D.C., said in a statement.\n", date: "2019-11-18").statements
        #expect(s.first { $0.text.contains("Liquid water") }?.speaker == "Lucas Paganini", "\(s.map { ($0.speaker ?? "-", $0.text) })")
        // (a short apposition keeps its name: "Jane Doe, a spokeswoman, said")
        let t = Support.analyze("Title\n\nThe plant will close in May, Jane Doe, a spokeswoman for the company in Dallas, Texas, said.\n", date: "2019-11-18").statements
        #expect(t.first { $0.text.contains("plant") }?.speaker == "Jane Doe", "\(t.map { ($0.speaker ?? "-", $0.text) })")
    }
}

/// Session 27: a day inside a relative clause of the subject is no day of saying.
@Suite struct RelativeClauseDayTests {
    @Test func aDayInTheSubjectsRelativeClauseDoesNotDateTheSaying() {
        // sample z: "Bush, who returned from his broken right fibula on Thanksgiving, said he has been feeling stronger"
        let s = Support.analyze("Title\n\nReggie Bush, who returned from his injury on Tuesday, said he has been feeling stronger lately.\n", date: "2011-01-06").statements
        let st = s.first { $0.text.contains("stronger") }
        #expect(st?.date == "2011-01-06", "\(s.map { ($0.date ?? "-", $0.text) })")
        // (a day between the subject and the cue otherwise dates it: "Smith on Tuesday said")
        let t = Support.analyze("Title\n\nJohn Smith on Tuesday said he was feeling stronger.\n", date: "2011-01-06").statements
        #expect(t.first { $0.text.contains("stronger") }?.date == "2011-01-04", "\(t.map { ($0.date ?? "-", $0.text) })")
    }
}

/// Session 27: what a source issues opens the sentence.
@Suite struct DocumentSubjectTests {
    @Test func aDocumentNounOpeningTheSentenceIsTheUnnamedSource() throws {
        // sample v: "Polls show that Trump is almost back to where he was in popularity …"
        let c = try Support.chronology(["a.txt": "date 2019-11-19\n\nThe hearings went on. Polls show that Trump is almost back to where he was in popularity.\n"])
        let st = try #require(c.statements.first { $0.text.contains("popularity") }, "\(c.statements.map(\.text))")
        #expect(st.speakerName == "Polls")
    }
}

/// Session 27: the issuer of a document after an inverted cue.
@Suite struct InvertedDocumentTests {
    @Test func theIssuerOfADocumentAfterAnInvertedCueSpeaks() {
        // sample z: "“The market … earnings,” said a report from Kotak Institutional Equities."
        let s = Support.analyze("Title\n\n\"The market is largely factoring in a reasonable recovery in the economy,\" said a report from Kotak Institutional Equities.\n", date: "2019-11-20").statements
        #expect(s.first { $0.text.contains("market") }?.speaker == "Kotak Institutional Equities", "\(s.map { ($0.speaker ?? "-", $0.text) })")
    }
}

/// Session 27: an opening phrase that refers back to a dated occasion.
@Suite struct OccasionBeforeTests {
    @Test func anOpeningPhraseReferringBackToADatedOccasionDatesTheSaying() {
        // sample v: "He was arrested in April for the March 21 call to the offices of Omar. ¶ During the call, he asked …"
        let s = Support.analyze("Title\n\nJohn Smith was arrested in April for the March 21 call to the offices of the senator.\n\nDuring the call, he said the senator was a traitor.\n", date: "2019-11-19").statements
        #expect(s.first { $0.text.contains("traitor") }?.date == "2019-03-21", "\(s.map { ($0.date ?? "-", $0.text) })")
        // (another noun refers to no such occasion)
        let t = Support.analyze("Title\n\nJohn Smith was arrested in April for the March 21 call to the offices of the senator.\n\nDuring the trial, he said the senator was a traitor.\n", date: "2019-11-19").statements
        #expect(t.first { $0.text.contains("traitor") }?.date != "2019-03-21", "\(t.map { ($0.date ?? "-", $0.text) })")
    }
}

/// Session 27: cues the tagger reads as nouns, and a name after a described subject.
@Suite struct CueFormTests {
    func statements(_ text: String) -> [Statement] { Support.analyze("Title\n\n" + text + "\n", date: "2019-11-19").statements }

    @Test func aFormBeforeThatAndAClauseIsAVerb() {
        // sample v: "The company that runs the AMAs, Dick Clark Productions, denies that anything has been definitely sorted, though."
        let s = statements("The company that runs the AMAs, Dick Clark Productions, denies that anything has been definitely sorted, though.")
        let st = s.first { $0.cue == "denies" }
        #expect(st?.text.hasPrefix("anything has been definitely sorted") == true, "\(s.map { ($0.speaker ?? "-", $0.cue ?? "-", $0.text) })")
        #expect(st?.speaker == "Dick Clark Productions")
    }

    @Test func aFormAfterAQuotationAndAShortSubjectClosesTheAttribution() {
        // sample v: "“Fort Worth P.D. Open the door! We’re coming in!” an officer shouts."
        let s = statements("The video shows officers racing up a staircase. \"Open the door! We are coming in!\" an officer shouts.")
        #expect(s.contains { $0.cue == "shouts" && $0.text.contains("We are coming in") }, "\(s.map { ($0.cue ?? "-", $0.text) })")
    }
}

/// Session 27: speakers of coordinated and described subjects.
@Suite struct SubjectSpeakerTests {
    func statements(_ text: String) -> [Statement] { Support.analyze("Title\n\n" + text + "\n", date: "2019-11-18").statements }

    @Test func theOneNamedSpeaksForTheirPeople() {
        // sample z: "…, Paganini and his team wrote in the new paper"
        let s = statements("Lucas Paganini studied the moon. Such stripping would likely occur fairly regularly, Paganini and his team wrote in the new paper.")
        #expect(s.first { $0.text.contains("stripping") }?.speaker == "Lucas Paganini", "\(s.map { ($0.speaker ?? "-", $0.text) })")
    }

    @Test func aNameAfterADescribedSubjectSpeaksEvenWhenNoActor() {
        // sample v: "The group that owns most of her music, Big Machine, says she will be allowed to play …"
        let s = statements("The group that owns most of her music, Big Machine, says she will be allowed to play her old tracks.")
        #expect(s.first { $0.text.contains("old tracks") }?.speaker == "Big Machine", "\(s.map { ($0.speaker ?? "-", $0.text) })")
    }
}

/// Session 27: the tense of a cue and the day its speaker's earlier statement carries.
@Suite struct CueTenseDayTests {
    @Test func aCueInThePresentOrPastPerfectTakesNoCarriedDay() {
        let s = Support.analyze("Title\n\nJohn Henry said on Thursday that the team had made an offer. Henry says the team will wait. Henry had expressed concern about a long contract.\n", date: "2008-12-19").statements
        #expect(s.first { $0.text.contains("made an offer") }?.date == "2008-12-18", "\(s.map { ($0.date ?? "-", $0.text) })")
        #expect(s.first { $0.text.contains("will wait") }?.date == "2008-12-19", "\(s.map { ($0.date ?? "-", $0.text) })")
        #expect(s.first { $0.text.contains("concern") }?.date == "2008-12-19", "\(s.map { ($0.date ?? "-", $0.text) })")
    }
}

/// Session 27: "said of X" says nothing of its own.
@Suite struct SaidOfTests {
    @Test func whatIsSaidOfSomethingIsTheQuotationBefore() {
        // sample z: "“That's tough,” quarterback Drew Brees said of the loss of both running backs this week."
        let s = Support.analyze("Title\n\nThe Saints lost two running backs. \"That's tough,\" quarterback Drew Brees said of the loss of both running backs this week.\n", date: "2011-01-06").statements
        #expect(s.contains { $0.text.contains("That's tough") && $0.speaker == "Drew Brees" }, "\(s.map { ($0.speaker ?? "-", $0.text) })")
        #expect(!s.contains { $0.text.hasPrefix("of the loss") }, "\(s.map(\.text))")
        // (a day in what it is said of dates that, not the saying)
        #expect(s.first { $0.text.contains("That's tough") }?.date == "2011-01-06", "\(s.map { ($0.date ?? "-", $0.text) })")
    }
}
