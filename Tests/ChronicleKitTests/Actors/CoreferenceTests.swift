import Testing
@testable import ChronicleKit

/// Within-article coreference (Actors/Coreference.swift): agreement, salience and syntax.
@Suite struct CoreferenceTests {
    /// The actor each mention of `surface` went to, in text order.
    func referents(_ a: DocumentAnalysis, _ surface: String) -> [String] {
        a.actors.mentions.filter { $0.text == surface }.map(\.actor)
    }

    @Test(arguments: [false, true]) func itGoesToAnOrganisationAndSpeaksForIt(parsed: Bool) {
        let text = "Title\n\nJoe Biden visited Lagos. Amnesty International criticised the visit. It said the trial was unfair."
        let a = parsed ? Support.analyzeParsed(text) : Support.analyze(text)
        #expect(referents(a, "It") == ["Amnesty International"])
        #expect(a.statements.contains { $0.speaker == "Amnesty International" && $0.text.contains("trial") })
    }

    @Test func heSaidAfterAnAdverbialClauseMayBeItsSubject() {
        // the clause before the comma is no content ("People like Scott, he said"): its subject may speak
        let a = Support.analyze("Title\n\nSecretary of State Mike Pompeo said the release gives hope. When President Ashraf Ghani announced the exchange last week, he said Kabul had ensured that the militants would not return.")
        #expect(referents(a, "he") == ["Ashraf Ghani"])
        // … but a closing "he said" still does not go to a person named in what was said
        let b = Support.analyze("Title\n\nJoe Biden spoke in Ohio. People like Jim Scott are the heart of the party, he said.")
        #expect(referents(b, "he") == ["Joe Biden"])
    }

    @Test func subjectIsMoreSalientThanTheLastName() {
        // the last compatible name is Scholz; the subject of the sentence is Biden
        let a = Support.analyze("Title\n\nJoe Biden met Olaf Scholz in Berlin on Monday. He said the talks went well.")
        #expect(referents(a, "He") == ["Joe Biden"])
    }

    @Test func heSaidAfterAQuotationParagraphIsThePersonIntroducedBeforeIt() {
        // Anderson is the subject two sentences back; Crespo is introduced, as an object, just before the quotation
        let text = """
            Title

            Bryan Anderson largely agreed with the others.

            “A lot of her attempts to reach out come across as pandering,” he said.

            While Barack Obama had many artists writing songs about him, that has not been happening for Clinton, which is something that concerns Henry Crespo, president of the Florida Democratic Black Caucus.

            “No one is writing songs for Hillary. Obama had will.i.am. Hillary has nobody like that,” he said.

            """
        let a = Support.analyze(text)
        #expect(referents(a, "he") == ["Bryan Anderson", "Henry Crespo"])
        #expect(a.statements.contains { $0.speaker == "Henry Crespo" && $0.text.contains("No one is writing songs") })
    }

    @Test func objectPronounIsNotTheSubjectOfItsClause() {
        let a = Support.analyze("Title\n\nOlaf Scholz arrived in Washington. Joe Biden thanked him.")
        #expect(referents(a, "him") == ["Olaf Scholz"])
    }

    @Test func genderAgreementOverridesSalience() {
        let a = Support.analyze("Title\n\nJoe Biden met Angela Merkel in Berlin. She said the talks went well.")
        #expect(referents(a, "She") == ["Angela Merkel"])
    }

    @Test func itAfterAThingNamedSinceTheActorIsThatThing() {
        let a = Support.analyze("Title\n\nAmnesty International published the video on Friday. It shows an officer at the door.")
        #expect(referents(a, "It").isEmpty)
        // a verb of saying after "it": the actor
        let b = Support.analyze("Title\n\nAmnesty International published the video on Friday. It said the officer lied.")
        #expect(referents(b, "It") == ["Amnesty International"])
    }

    @Test func theSpeakerOfContentBeforeHeSaidIsNotNamedInIt() {
        let a = Support.analyze("Title\n\nJoe Biden spoke in Berlin on Monday. \"We need partners like Olaf Scholz,\" he said.")
        #expect(referents(a, "he") == ["Joe Biden"])
        #expect(a.statements.contains { $0.speaker == "Joe Biden" && $0.text.contains("partners") })
    }

    @Test func pleonasticItRefersToNobody() {
        let a = Support.analyze("Title\n\nAmnesty International published a report. It is unclear whether the trial was fair.")
        #expect(referents(a, "It").isEmpty)
    }

    @Test func organisationNounsNeedTheirKindAndName() {
        let a = Support.analyze("Title\n\nThe Russian Foreign Ministry denied the claim. Sergei Lavrov spoke later. The ministry said the report was false.")
        #expect(referents(a, "The ministry") == ["Ministry of Foreign Affairs of Russia"])
        // no court was named: "the court" stays unresolved
        let b = Support.analyze("Title\n\nThe Russian Foreign Ministry denied the claim. The court said nothing.")
        #expect(referents(b, "The court").isEmpty)
    }

    @Test func pronounsBeyondTheWindowStayUnresolved() {
        let filler = String(repeating: "The talks went on. ", count: ActorRecognizer.referentWindow)
        let a = Support.analyze("Title\n\nJoe Biden arrived. " + filler + "He left.")
        #expect(referents(a, "He").isEmpty)
    }

    @Test func theyAndBothMenReferToACoordinatedSubjectThroughItsFirst() {
        // Session 26 (sample u): a pair the text names together is a referent of its own; a later
        // "they" or "both men" goes to it (given to its first), so its statements have a speaker
        let a = Support.analyze("Title\n\nKevin King and Timothy Weeks appeared in a video on Monday. Both men said they were being treated well.")
        #expect(referents(a, "Both men") == ["Kevin King"])
        #expect(a.statements.contains { $0.speaker == "Kevin King" && $0.text.contains("treated well") }, "\(a.statements.map { ($0.speaker ?? "-", $0.text) })")
        let b = Support.analyze("Title\n\nGovernor Eric Holcomb and leaders of the Legislature met on Tuesday. They said they don't expect to take action on school funding.")
        #expect(referents(b, "They") == ["Eric Holcomb"])
        #expect(b.statements.contains { $0.speaker == "Eric Holcomb" && $0.text.contains("school funding") })
        // an object pair is no subject: "they" keeps to the group that acted
        let c = Support.analyze("Title\n\nPolice officers arrested Kevin King and Timothy Weeks on Monday. They said the men had no papers.")
        #expect(!referents(c, "They").contains("Kevin King"))
        // "both men" with no pair before it stays a description of people the text does not name
        let d = Support.analyze("Title\n\nThe bridge collapsed on Monday. Both men said they were lucky.")
        #expect(referents(d, "Both men").allSatisfy { $0 == Actor.unnamedSource })
    }

    @Test func aPersonDescribedByAnOrganisationSpeaksForItAfterwards() {
        // "A Pentagon spokesman said …. He said …": the statement finder gives the first to the
        // Pentagon; the "he" of the next sentence goes to it too
        let a = Support.analyze("Title\n\nA Pentagon spokesman said the troops were safe. He said they would return on Monday.")
        #expect(referents(a, "He") == ["Pentagon"], "\(a.actors.mentions.map { ($0.text, $0.actor) })")
        #expect(a.statements.contains { $0.speaker == "Pentagon" && $0.text.contains("return") })
    }
}

/// Session 27: an age alone after "the" refers back to a person.
@Suite struct AgeAloneCoreferenceTests {
    @Test func theAgeAloneIsThePersonNamedBefore() {
        // sample v: "The 56-year-old said after his appointment: “I am excited …”"
        let a = Support.analyze("Title\n\nJose Mourinho has agreed a deal to manage Tottenham. The 56-year-old said after his appointment that he was excited.\n", date: "2019-11-20")
        #expect(a.statements.first { $0.text.contains("excited") }?.speaker == "Jose Mourinho", "\(a.statements.map { ($0.speaker ?? "-", $0.text) })")
        // (an age that qualifies a noun or a name describes someone else)
        let b = Support.analyze("Title\n\nJose Mourinho arrived. The 8-year-old girl said she was happy.\n", date: "2019-11-20")
        #expect(b.statements.first { $0.text.contains("happy") }?.speaker != "Jose Mourinho", "\(b.statements.map { ($0.speaker ?? "-", $0.text) })")
    }
}
