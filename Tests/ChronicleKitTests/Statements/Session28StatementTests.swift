import Testing
@testable import ChronicleKit

/// Session 28 (issue 19): shapes of wire news the statement misses of the samples showed, each
/// tested on sentences of its own: the addressee of "told" before ", adding that …", a
/// participle after a document noun, people before a participle and a quotation, what a text
/// "read", an "according to" aside inside its clause, a phrase of the source after an opening
/// "According to …", the issuer of a document named by a surname, and a quotation a reported
/// statement opens that goes on in the next paragraph.
@Suite struct Session28StatementTests {
    func statements(_ text: String) -> [Statement] { Support.analyze("Title\n\n" + text + "\n", date: "2019-11-20").statements }

    @Test func theAddresseeOfToldEndsBeforeAParticipleOfSaying() {
        // sample x: "A total of 39 are confirmed dead, officials told state media, adding that rescuers ended their work yesterday."
        let s = statements("A total of 39 are confirmed dead, officials told state media, adding that rescuers ended their work yesterday.")
        let told = s.first { $0.cue == "told" }
        #expect(told?.text.hasPrefix("A total of 39") == true, "\(s.map { ($0.cue ?? "-", $0.text) })")
        #expect(s.contains { $0.cue == "adding" && $0.text.hasPrefix("rescuers ended") }, "\(s.map { ($0.cue ?? "-", $0.text) })")
        // (what follows "told" without a participle after the comma is no addressee alone)
        let t = statements("John Smith told reporters, in a long interview, that the talks had failed.")
        #expect(!t.contains { $0.cue == "told" && $0.text.hasPrefix("John Smith") }, "\(t.map { ($0.cue ?? "-", $0.text) })")
    }

    @Test func aParticipleAfterADocumentNounIsItsIssuersSaying() {
        // sample u: "the Electoral Commission … issued a statement warning that “voters are entitled to …”"
        let s = statements("The Electoral Commission issued a statement warning that voters are entitled to transparency from campaigners.")
        let st = s.first { $0.text.contains("entitled to transparency") }
        #expect(st?.speaker == "Electoral Commission", "\(s.map { ($0.speaker ?? "-", $0.cue ?? "-", $0.text) })")
        // (a gerund after a document noun with no clause after it says nothing: "a statement warning sign")
        let n = statements("The council put up a warning sign near the river.")
        #expect(!n.contains { $0.cue == "warning" }, "\(n.map { ($0.cue ?? "-", $0.text) })")
    }

    @Test func peopleBeforeAParticipleSayTheQuotationAfterIt() throws {
        // sample x: "Videos on social media showed protesters chanting “Macron resign” …"
        let c = try Support.chronology(["a.txt": "date 2020-01-18\n\nVideos on social media showed protesters chanting “Macron resign” outside the theater.\n"])
        let st = try #require(c.statements.first { $0.text.contains("Macron resign") && $0.cue == "chanting" }, "\(c.statements.map { ($0.cue ?? "-", $0.text) })")
        #expect(st.speakerName == "protesters")
        // (a document before the participle is what the subject issued: "released a statement saying “…”")
        let d = Support.analyze("Title\n\nThe Electoral Commission released a statement saying “voters are entitled to transparency.”\n", date: "2019-11-20").statements
        #expect(d.first { $0.text.contains("entitled") }?.speaker == "Electoral Commission", "\(d.map { ($0.speaker ?? "-", $0.text) })")
    }

    @Test func whatATextReadIsItsWords() throws {
        // sample x: "The summary of the decision read in part: “This Court has already concluded …”"
        let c = try Support.chronology(["a.txt": "date 2019-09-24\n\nThe court ruled on Tuesday. The summary of the decision read in part: “This Court has already concluded that the advice was unlawful.”\n"])
        let st = try #require(c.statements.first { $0.text.contains("This Court") }, "\(c.statements.map(\.text))")
        #expect(st.speakerName == "The summary of the decision", "\(st.speakerName ?? "-")")
        #expect(st.cue == "read")
    }

    @Test func anAccordingToAsideInsideItsClauseReportsTheWholeClause() {
        // sample x: "A further 17 manufacturers, according to the report, had production operations ranging from 30-600 MW."
        let s = statements("A further 17 manufacturers, according to the report, had production operations ranging from 30-600 MW.")
        let st = s.first { $0.cue == "according to" }
        #expect(st?.parts.count == 2, "\(s.map { ($0.cue ?? "-", $0.text) })")
        #expect(st?.text.contains("production operations") == true, "\(s.map { ($0.cue ?? "-", $0.text) })")
        // (an aside before no verb stays what it was: "…, according to the report, which …")
        let t = statements("Sales fell by a tenth, according to the report, which was published on Monday.")
        #expect(t.first { $0.cue == "according to" }?.text.hasPrefix("Sales fell") == true, "\(t.map { ($0.cue ?? "-", $0.text) })")
    }

    @Test func aPhraseOfTheSourceAfterAnOpeningAccordingToDatesItAndIsNoContent() {
        // sample x: "According to data released by MOTIE in August, newly installed capacity … reached 1.64 GW"
        let s = statements("According to data released by the ministry in August, newly installed capacity reached 1.64 GW.")
        let st = s.first { $0.cue?.lowercased() == "according to" }
        #expect(st?.text.hasPrefix("newly installed capacity") == true, "\(s.map { ($0.cue ?? "-", $0.text) })")
        #expect(st?.date == "2019-08", "\(s.map { ($0.date ?? "-", $0.text) })")
    }

    @Test func theIssuerOfADocumentNamedByASurnameSpeaks() {
        // sample t: "President Obama's announcement also noted that Dr. Benjamin received the 2000 National Caring Award"
        let s = statements("President Barack Obama named Regina Benjamin surgeon general. President Obama's announcement also noted that Dr. Benjamin received a national award.")
        #expect(s.first { $0.text.contains("national award") }?.speaker == "Barack Obama", "\(s.map { ($0.speaker ?? "-", $0.text) })")
    }

    @Test func theIssuerNamedElsewhereInTheArticleSpeaksForItsReport() throws {
        // sample x: "…, according to the TexAuto Facts report from InfoNation, a Sugar Land-based provider …"
        let c = try Support.chronology(["a.txt": "date 2019-11-20\n\nDealers sold 30,154 new cars in October, according to the TexAuto Facts report from InfoNation, a provider of data. Dealers last year sold 303,417 new vehicles, according to InfoNation.\n"])
        let st = try #require(c.statements.first { $0.text.contains("30,154") }, "\(c.statements.map(\.text))")
        #expect(st.speakerName == "InfoNation", "\(st.speakerName ?? "-")")
    }

    @Test func aPluralNounOpeningTheSentenceDescribesTheSource() throws {
        // sample u: "Traders cited the lingering uncertainty over whether the United States and China could agree …"
        let c = try Support.chronology(["a.txt": "date 2019-11-19\n\nOil prices fell sharply on Tuesday. Traders cited the lingering uncertainty over the trade war as a reason for stocks to drift.\n"])
        let st = try #require(c.statements.first { $0.cue == "cited" }, "\(c.statements.map { ($0.cue ?? "-", $0.text) })")
        #expect(st.speakerName == "Traders", "\(st.speakerName ?? "-")")
    }

    @Test func anAgeAPlaceAndARelativeClauseStandBetweenANameAndItsCue() {
        // PolNeAR dev: "Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen on the Mall, said the event …"
        let s = statements("Donna Sampson Rawlings, 59, of Ashton, who watched the ceremony on a screen on the Mall, said the event brought back memories of her father.")
        #expect(s.first { $0.text.contains("memories") }?.speaker == "Donna Sampson Rawlings", "\(s.map { ($0.speaker ?? "-", $0.text) })")
    }

    @Test func aSpeakerAfterAnOpeningAccordingToKeepsTheirStatement() {
        // ECB+ dev: "According to a 1997 article in Ebony, Benjamin said she applied to Yale University School of Law …"
        let s = statements("Regina Benjamin is a doctor. According to a 1997 article in Ebony, Benjamin said she applied to law school before she attended college.")
        #expect(s.contains { $0.cue == "said" && $0.speaker == "Regina Benjamin" }, "\(s.map { ($0.speaker ?? "-", $0.cue ?? "-", $0.text) })")
    }

    @Test func aQuotationAReportedStatementOpensGoesOnInTheNextParagraph() {
        // sample u: "Secretary of State Mike Pompeo said the release of the hostages “give[s] us hope … support. ¶ “We see these developments as hopeful signs …”"
        let s = Support.analyze("Title\n\nSecretary of State Mike Pompeo said the release of the hostages “gives us hope for the success of peace negotiations, which the United States stands ready to support.\n\n“We see these developments as hopeful signs that the war may soon conclude through a political settlement.”\n", date: "2019-11-19").statements
        #expect(s.first { $0.text.contains("hopeful signs") }?.speaker == "Mike Pompeo", "\(s.map { ($0.speaker ?? "-", $0.provenance.rule, $0.text) })")
        // (a paragraph whose quotation the statement before closed is no continuation)
        let t = Support.analyze("Title\n\nSecretary of State Mike Pompeo said the release “gives us hope.”\n\n“We see these developments as hopeful signs that the war may soon conclude,” a diplomat wrote.\n", date: "2019-11-19").statements
        #expect(t.first { $0.text.contains("hopeful signs") }?.speaker != "Mike Pompeo", "\(t.map { ($0.speaker ?? "-", $0.text) })")
    }
}

/// Session 28: "it" right before a verb of saying is the subject of its clause.
@Suite struct SayingPronounCoreferenceTests {
    @Test func itBeforeAVerbOfSayingGoesToTheCountryOrOrganisation() {
        // sample d: "Greece faces a May 19 due date on debt it says it can't repay without the help."
        let a = Support.analyze("Title\n\nGreece faces a May 19 due date on debt it says it can't repay without the help.\n", date: "2010-05-05")
        #expect(a.statements.first { $0.text.contains("repay") }?.speaker == "Greece", "\(a.statements.map { ($0.speaker ?? "-", $0.text) })")
        // (an "it" with no verb of saying after it in object position stays unresolved)
        let b = Support.analyze("Title\n\nGreece sold the bonds and bought it back later.\n", date: "2010-05-05")
        #expect(!b.actors.mentions.contains { $0.text == "it" && $0.actor == "Greece" })
    }
}

/// Session 28, from the fresh sample h (web news of 2019): days of saying after a place or an
/// apposition, plans that are no occasions, a verb of manner after a quotation, people that go
/// with a named speaker, and the issuer of a document put out by the subject.
@Suite struct Session28SampleHTests {
    func statements(_ text: String, date: String = "2019-11-18") -> [Statement] { Support.analyze("Title\n\n" + text + "\n", date: date).statements }

    @Test func aDayAfterThePlaceOfTheSayingDatesIt() {
        // sample h: "“…,” Trump said at a rally in Monroe, La., on Nov. 6, 2019."
        let s = statements("\"Under this administration, the great betrayal is over,\" Donald Trump said at a rally in Monroe, La., on Nov. 6, 2019.")
        #expect(s.first { $0.text.contains("great betrayal") }?.date == "2019-11-06", "\(s.map { ($0.date ?? "-", $0.text) })")
        // (a day after a clause of its own is not the saying's: "said the plant, which closed, would reopen on Nov. 6")
        let t = statements("John Smith said the plant, which closed in Monroe, would reopen on Nov. 6, 2019.")
        #expect(t.first { $0.text.contains("plant") }?.date == "2019-11-18", "\(t.map { ($0.date ?? "-", $0.text) })")
    }

    @Test func aDayAfterTheAppositionOfAnInvertedSourceDatesTheSaying() {
        // sample h: "“…,” said Doug Cooke, a former NASA associate administrator …, during a September hearing by the same House committee."
        let s = statements("\"The fewer launches per mission, the higher the probability of mission success,\" said Doug Cooke, a former NASA official and now an industry consultant, during a September hearing by the same committee.")
        #expect(s.first { $0.text.contains("fewer launches") }?.date == "2019-09", "\(s.map { ($0.date ?? "-", $0.text) })")
    }

    @Test func aDateAfterACueWithNoClauseIsNoStatementAndNoOccasion() {
        // sample h: "… will tour together …, which kicks off June 9th in West Palm Beach, Florida, and concludes October 10th in Houston, Texas."
        let s = statements("Singer Tom Johnston and Patrick Simmons will tour together during the trek, which kicks off June 9th in West Palm Beach, Florida, and concludes October 10th in Houston, Texas. \"You might remember him from his band,\" Simmons said.", date: "2019-11-19")
        #expect(!s.contains { $0.cue == "concludes" }, "\(s.map { ($0.cue ?? "-", $0.text) })")
        // (and the later statement keeps the article's day: a plan of next year is no occasion of saying)
        #expect(s.first { $0.text.contains("remember him") }?.date == "2019-11-19", "\(s.map { ($0.date ?? "-", $0.text) })")
        // (a clause after the date is what was said: "concluded October 10 that the plan had failed")
        let t = statements("The committee concluded on October 10 that the plan had failed.")
        #expect(t.contains { $0.cue == "concluded" }, "\(t.map { ($0.cue ?? "-", $0.text) })")
    }

    @Test func aVerbOfMannerAfterAQuotationAttributesIt() {
        // sample h: "“All of a sudden she was referencing these obscure indie bands …,” McDowell laughed."
        let s = statements("Charlie McDowell remembers it. \"All of a sudden she was referencing these obscure indie bands,\" McDowell laughed.")
        #expect(s.first { $0.text.contains("obscure indie") }?.speaker == "Charlie McDowell", "\(s.map { ($0.speaker ?? "-", $0.text) })")
        // (laughing at something says nothing)
        let t = statements("Charlie McDowell laughed at the idea of a tour.")
        #expect(!t.contains { $0.cue == "laughed" }, "\(t.map { ($0.cue ?? "-", $0.text) })")
    }

    @Test func othersWithANamedSpeakerGoWithTheirSpeaker() {
        // sample h: "He and others at the hearing questioned NASA’s approach that, in their view, minimizes …"
        let s = statements("Rep. Brian Babin spoke first. He and others at the hearing questioned the approach that minimizes the use of the rocket.")
        #expect(s.first { $0.cue == "questioned" }?.speaker == "Brian Babin", "\(s.map { ($0.speaker ?? "-", $0.cue ?? "-", $0.text) })")
    }

    @Test func theSubjectThatPutOutADocumentSpeaksThroughIt() {
        // sample h: "The company published a blog post that said customers without a Prime membership … could now access …"
        let s = statements("Amazon is now letting you listen to music free. The company published a blog post that said customers without a membership could now access music for free.")
        #expect(s.first { $0.text.contains("customers without") }?.speaker == "Amazon", "\(s.map { ($0.speaker ?? "-", $0.text) })")
    }
}
