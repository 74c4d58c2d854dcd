import Testing
@testable import ChronicleKit

/// Session 22 (issue 19): who speaks through a document, a quotation or a described source, and
/// the words that name a source the text does not name.
@Suite struct SourceDescriptionTests {
    func analysis(_ text: String) -> DocumentAnalysis { Support.analyze("Title\n\n" + text + "\n", date: "1999-10-08") }
    func names(_ a: DocumentAnalysis) -> [String: String] {
        let c = Chronology(corpus: EventGraphBuilder().build([a]))
        var out: [String: String] = [:]
        for s in c.statements { out[s.text] = s.speakerName ?? "-" }
        return out
    }
    func show(_ s: [Statement]) -> String { "\(s.map { "\($0.speaker ?? "-") [\($0.provenance.rule)]: \($0.text)" })" }

    @Test func theIssuerOfADocumentSpeaksPastATimeOrAParticiple() {
        let a = analysis("The suspect was scheduled to appear before a magistrate judge at midday, according to a statement today by U.S. Attorney Mary Jo White.")
        #expect(a.statements.first { $0.text.contains("magistrate") }?.speaker == "Mary Jo White", "\(show(a.statements))")
        let b = analysis("At least 106 protesters in 21 cities have been killed, according to credible reports received by Amnesty International.")
        #expect(b.statements.first { $0.text.contains("protesters") }?.speaker == "Amnesty International", "\(show(b.statements))")
        // who only obtained the document does not speak through it
        let c = analysis("According to real estate records obtained by The Associated Press, the couple bought and sold homes.")
        #expect(c.statements.first { $0.text.contains("couple") }?.speaker != "Associated Press", "\(show(c.statements))")
    }

    @Test func theObjectOfAnActiveVerbOfQuotingSpeaks() {
        let a = analysis("The Cape Argus quoted immigration official Jurie de Wet as saying the arrests stemmed from requests for asylum.")
        let s = a.statements.first { $0.text.contains("arrests stemmed") }
        #expect(s?.speaker == "Jurie de Wet", "\(show(a.statements))")
        #expect(s?.provenance.rule == "statement.cue.quoted-as-saying")
    }

    @Test func aNameBeforeTheNounThatSaysWhatItNamesSpeaks() {
        let a = analysis("The Cape Argus newspaper in Cape Town reported that a search has been launched for accomplices.")
        #expect(names(a).first { $0.key.contains("search has been launched") }?.value == "Cape Argus", "\(names(a))")
    }

    @Test func aDescriptionEndsBeforeAPlaceAParticipleOrWho() {
        let a = analysis("The Cape Argus newspaper in Cape Town reported that a search has been launched. Court papers obtained by our correspondent showed that the suit was filed by a senior lawyer. The planned blackout would be the latest in a series of outages, including one last month that outraged local officials and customers who accused the utility of overkill.")
        let n = names(a)
        #expect(n.first { $0.key.contains("search has been launched") }?.value == "Cape Argus", "\(n)")
        #expect(n.first { $0.key.contains("the suit was filed") }?.value == "Court papers", "\(n)")
        #expect(n.first { $0.key.contains("overkill") }?.value == "customers", "\(n)")
    }

    @Test func aDescribedPersonBeforeAPrepositionIsTheSource() {
        let a = analysis("Protesters blocked the road. A doctor on the scene told Ruptly that he tried to save one of the wounded demonstrators.")
        #expect(names(a).first { $0.key.contains("tried to save") }?.value == "A doctor on the scene", "\(names(a))")
    }

    @Test func aPersonsRoleBeforeToHeadsTheSource() {
        let a = analysis("China’s ambassador to Britain accused the UK and the US of meddling in the country’s affairs.")
        #expect(a.statements.first { $0.text.contains("meddling") }?.speaker != "United Kingdom", "\(show(a.statements))")
    }

    @Test func aQuantifierAloneIsPeopleTheTextDoesNotName() {
        let a = analysis("Nearly 150 Indians returned home on Wednesday. Some said they felt dejected that they could not realise their dream. Another wondered why the state had deported them. The FBI's most wanted list has ten names.")
        #expect(a.statements.first { $0.text.contains("felt dejected") }?.speaker == Actor.unnamedSource, "\(show(a.statements))")
        #expect(a.statements.first { $0.text.contains("had deported them") }?.speaker == Actor.unnamedSource, "\(show(a.statements))")
        #expect(!a.statements.contains { $0.cue == "wanted" }, "\(show(a.statements))")
    }

    @Test func peopleBeforeToAreTheSubjectOfAVerbOfSaying() {
        let a = analysis("The video prompted some Twitter users to argue that the promotional material made it look as if those featured were on the drug.")
        let s = a.statements.first { $0.text.contains("promotional material") }
        #expect(s?.speaker == Actor.unnamedSource, "\(show(a.statements))")
        #expect(names(a).first { $0.key.contains("promotional material") }?.value == "some Twitter users", "\(names(a))")
    }

    @Test func peopleNamedByWhatTheyUseSpeakUnnamed() {
        let a = analysis("“South Dakota: if we were any higher, we’d be North Dakota,” one user quipped.")
        #expect(a.statements.first { $0.text.contains("North Dakota") }?.speaker == Actor.unnamedSource, "\(show(a.statements))")
    }
}

/// Session 22 (issue 19): a participle cue after the comma that closes a quotation, and an
/// apposition that closes an inverted cue's source.
@Suite struct QuotationParticipleTests {
    func statements(_ text: String) -> [Statement] { Support.analyze("Title\n\n" + text + "\n", date: "2019-11-19").statements }

    @Test func aParticipleAfterAClosingQuotationIsACueOfItsOwn() {
        let s = statements("Governor Kristi Noem later tweeted that the state’s meth epidemic “needs to be a dinner table conversation,” adding “we need everyone on it.”")
        let added = s.first { $0.text.contains("we need everyone on it") }
        #expect(added?.speaker == "Kristi Noem", "\(s.map { "\($0.speaker ?? "-") [\($0.cue ?? "-")]: \($0.text)" })")
        #expect(added?.cue == "adding")
        #expect(s.first { $0.cue == "tweeted" }.map { !$0.text.contains("everyone") } ?? false)
    }

    @Test func anAppositionClosingAnInvertedSourceNamesTheSpeaker() {
        let s = statements("Sondland was known for telling others he was in charge of Ukraine, said another witness in the impeachment probe, former White House Russia adviser Fiona Hill.")
        #expect(s.first { $0.text.contains("in charge of Ukraine") }?.speaker == "Fiona Hill", "\(s.map { "\($0.speaker ?? "-") [\($0.cue ?? "-")]: \($0.text)" })")
    }
}
