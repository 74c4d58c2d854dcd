import Testing
@testable import ChronicleKit

/// Session 37 (issue 19): organisations named after a post and "the" ("a lawyer for the Sierra
/// Club"), in apposition with "the nation's largest …" or "one of the … companies"; people whose
/// given name no lexicon knows, in apposition to a post or a noun of a person, after a medium's
/// possessive ("CNN's Wolf Blitzer") or named later with an honorific ("Ms. Joseph"); a
/// statement's one-word unnamed source ("Some said") names its speaker.
@Suite struct Session37ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func aPostAndTheBeforeCapitalisedWordsNameAnOrganisation() {
        // PolNeAR dev: "said Peter Morgan, a lawyer for the Sierra Club, who has been challenging …"
        let a = kinds("\"These are strange days,\" said Peter Morgan, a lawyer for the Sierra Club, who has been challenging the coal industry.")
        #expect(a["Sierra Club"] == .organization, "\(a)")
        // a family's name before a noun is no organisation
        let b = kinds("John Smith, a lawyer for the Smith family, said nothing.")
        #expect(b["Smith"] != .organization, "\(b)")
    }

    @Test func anOrganisationInAppositionToTheNationsLargestCompany() {
        let a = kinds("The mine went to Alpha Ridge, the nation's largest coal company, in 2007.")
        #expect(a["Alpha Ridge"] == .organization, "\(a)")
        let b = kinds("The mine went to Patriot Ridge, one of the nation's largest coal companies, in 2007.")
        #expect(b["Patriot Ridge"] == .organization, "\(b)")
    }

    @Test func aPersonInAppositionToAPostOrANounOfAPerson() {
        let a = kinds("Zurana Horton, a mother of twelve, was killed in the crossfire on Friday.")
        #expect(a["Zurana Horton"] == .person, "\(a)")
        let b = kinds("Kalief Browder, a 22-year-old black man, committed suicide in June 2015.")
        #expect(b["Kalief Browder"] == .person, "\(b)")
        // a place before a describing phrase is no person
        let c = kinds("Silicon Valley, a haven for investors, grew quickly.")
        #expect(c["Silicon Valley"] != .person, "\(c)")
    }

    @Test func aNameAfterAMediumsPossessiveIsAPerson() {
        let a = kinds("The moderators were NBC's Lester Holt and CNN's Wolf Blitzer.")
        #expect(a["Wolf Blitzer"] == .person, "\(a)")
        // a craft named after a possessive qualifies a noun: no person
        let b = kinds("The BBC's Galileo Jupiter probe measured the plasma.")
        #expect(b["Galileo Jupiter"] != .person, "\(b)")
    }

    @Test func aFamilyNameAfterAnHonorificMakesTheFullNameAPerson() {
        let doc = Support.analyze("Title\n\nAmelize Joseph loves the public school that her daughter attends.\n\n\"It is wonderful,\" Ms. Joseph said on Thursday.\n")
        let names = Set(doc.actors.mentions.filter { $0.kind == .person }.map(\.actor))
        #expect(names.contains("Amelize Joseph"), "\(names)")
    }

    @Test func aPassiveOfWhatIsDoneToAPersonMakesAPerson() {
        // ECB+ train: "Less than two weeks later, Jermayne Timmons was arrested and charged with the shooting."
        let a = kinds("Less than two weeks later, Jermayne Timmons was arrested and charged with the shooting.")
        #expect(a["Jermayne Timmons"] == .person, "\(a)")
        let b = kinds("Zurana Horton was killed when the accused men were spraying bullets from a rooftop.")
        #expect(b["Zurana Horton"] == .person, "\(b)")
        // what a company also undergoes names no person
        let c = kinds("Last year Patriot Coal was sued by the state.")
        #expect(c["Patriot Coal"] != .person, "\(c)")
    }

    @Test func aOneWordUnnamedSourceThatIsNoPronounNamesTheSpeaker() {
        let text = "Some said they felt dejected."
        let sentence = Span(0, text.unicodeScalars.count)
        #expect(StatementRecord.speakerName(Actor.unnamedSource, source: Span(0, 4), sentence: sentence, sentenceText: text) == "Some")
        let they = "They said it was over."
        #expect(StatementRecord.speakerName(Actor.unnamedSource, source: Span(0, 4), sentence: Span(0, they.unicodeScalars.count), sentenceText: they) == Actor.unnamedSource)
    }
}
