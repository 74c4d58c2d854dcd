import Testing
@testable import ChronicleKit

/// A speaker the text names but the Actors stage does not know ("“…” ― Beck Pimentel", a
/// private person) becomes a person actor, so the stored view shows the speaker.
@Suite struct NamedSpeakerTests {
    @Test func aSignedQuotationGivesItsSignerAsAnActor() {
        let a = Support.analyze("Readers react\n\n“I am truly afraid of what comes next for my family.” ― Beck Pimentel\n")
        #expect(a.statements.first?.speaker == "Beck Pimentel")
        let actor = a.actors.actors["Beck Pimentel"]
        #expect(actor?.kind == .person)
        #expect(actor?.mentions.first?.provenance.rule == "actor.statement-source")
        #expect(actor?.mentions.first?.text == "Beck Pimentel")
        // the corpus and its chronology carry the speaker's name into every view
        let c = Chronology(corpus: EventGraphBuilder().build([a]))
        #expect(c.statements.first?.speakerName == "Beck Pimentel")
    }

    @Test func aSourceThatIsNoNameStaysText() {
        // a title, an organisation head word or a description is no person
        let a = Support.analyze("Title\n\n“The plan is dead and we all know it now.” ― The Daily Mail\n\n“We will not give up on this town.” ― Mayor Office\n")
        #expect(a.actors.actors.values.allSatisfy { $0.mentions.allSatisfy { $0.provenance.rule != "actor.statement-source" } })
    }

    @Test func aSourceEndingInAnOrganisationHeadIsAnOrganisation() {
        // web DEV (Miami, session 15): the trust that speaks is an organisation, not a person
        let a = Support.analyze("Title\n\nThe Citizens’ Independent Transportation Trust, which safeguards the half-penny tax for transit, complained that the transportation department had kept it in the dark.\n")
        let speaker = a.statements.first?.speaker
        #expect(speaker?.hasSuffix("Transportation Trust") == true, "\(String(describing: speaker))")
        let actor = speaker.flatMap { a.actors.actors[$0] }
        #expect(actor?.kind == .organization)
        #expect(actor?.mentions.first?.provenance.rule == "actor.statement-source.organization")
    }

    @Test func theTailOfALongerNameIsNoName() {
        let a = Support.analyze("Title\n\nUnited States Citizenship and Immigration Services, the agency that oversees the program, said it would review the rules.\n\nOfficials at Homeland Security Investigations said the case was open.\n")
        #expect(a.actors.actors.values.allSatisfy { $0.mentions.allSatisfy { $0.provenance.rule != "actor.statement-source" } })
    }

    @Test func aKnownActorIsNotAddedTwice() {
        let a = Support.analyze("Title\n\nForeign Minister John Smith said on Monday that talks failed.\n")
        #expect(a.statements.first?.speaker == "John Smith")
        #expect(a.actors.actors["John Smith"]?.mentions.contains { $0.provenance.rule == "actor.statement-source" } == false)
    }
}

/// "''…,'' Mr. Obama said, not even needing to mention the author of that boast, Muhammad Ali":
/// after a preposition "that" is a determiner, so "boast" is no verb of saying whose content
/// runs over the quotation a second time with no speaker.
@Suite struct DeterminerThatTests {
    @Test func aQuotationIsAttributedOnce() {
        let a = Support.analyze("Title\n\n''We've shown the world we can float like butterflies and sting like bees,'' Mr. Obama said, not even needing to mention the author of that boast, Muhammad Ali, who died three months ago.\n")
        #expect(a.statements.count == 1)
        #expect(a.statements.first?.speaker == "Obama")
        #expect(a.statements.allSatisfy { $0.cue != "boast" })
    }
}
