import Testing
@testable import ChronicleKit

/// Who speaks when the text gives no full name: time expressions are never sources, unnamed
/// sources get the unnamed-source marker (also around a name: "Associates of Navalny"), and
/// media outlets and lone given names that speak become actors of their kind.
@Suite struct SpeakerSourceTests {
    @Test func aTimeAfterTheCueIsNoSource() {
        let a = Support.analyze("Title\n\nMichael Flynn, a top Trump surrogate, said Thursday morning on Fox News that the plan was sound.\n\nThe doctor released a letter Friday afternoon that says he is healthy.\n")
        #expect(a.statements.contains { $0.speaker == "Michael Flynn" && $0.text.hasPrefix("the plan") })
        let sources = a.statements.compactMap { s in s.sourceSpan.map { a.document.text($0) } }
        #expect(!sources.contains { $0.contains("Thursday") || $0.contains("Friday") })
    }

    @Test func unnamedSourcesGetTheMarker() {
        let a = Support.analyze("Title\n\nOfficials said the bridge would reopen next week. According to sources, the minister will resign. A source close to the ministry said the plan was dropped. People familiar with the talks said a deal was near.\n")
        for phrase in ["the bridge", "the minister", "the plan", "a deal"] {
            let s = a.statements.first { $0.text.hasPrefix(phrase) }
            #expect(s?.speaker == Actor.unnamedSource, "\(phrase)")
        }
        // one actor of its own kind, a mention per source
        #expect(a.actors.actors[Actor.unnamedSource]?.kind == .group)
        #expect(a.actors.actors[Actor.unnamedSource]?.mentions.count == 4)
    }

    @Test func theOuterPhraseOfANestedSourceSpeaks() {
        let a = Support.analyze("Title\n\nAlexei Navalny fell ill on a flight. Associates of Navalny alleged he drank tea laced with poison.\n")
        let s = a.statements.first { $0.text.contains("tea laced") }
        #expect(s != nil)
        #expect(s?.speaker == Actor.unnamedSource)
        #expect(s.map { a.document.text($0.sourceSpan!) } == "Associates of Navalny")
    }

    @Test func theLastNounOfACompoundSourceIsItsHead() {
        let a = Support.analyze("Title\n\nThe men were flown out of the region on helicopters, according to a local police source. Intelligence officials said the plot was foiled.\n")
        #expect(a.statements.first { $0.text.hasPrefix("The men") }?.speaker == Actor.unnamedSource)
        #expect(a.statements.first { $0.text.hasPrefix("the plot") }?.speaker == Actor.unnamedSource)
    }

    @Test func anAddresseeThatClosesTheSentenceIsNoContent() {
        let a = Support.analyze("Title\n\nTwo professors were handed over to US forces in Zabul province, an insurgent source told Agence France-Presse. The talks will resume, he told reporters on Monday. Officials told him to leave.\n")
        let afp = a.statements.first { $0.cue == "told" && $0.speaker == Actor.unnamedSource }
        #expect(afp?.text.hasPrefix("Two professors were handed over") == true)
        #expect(!a.statements.contains { $0.text.contains("Agence France-Presse") || $0.text.hasPrefix("reporters") })
        #expect(a.statements.contains { $0.text == "The talks will resume" })
    }

    @Test func aContentEndsWhereAnotherAttributionBegins() {
        let a = Support.analyze("Title\n\nWhen President Ashraf Ghani announced the exchange last week, he said Kabul had ensured that the militants would not return. The economy, he believed, was strong.\n")
        let announced = a.statements.first { $0.cue == "announced" }
        #expect(announced?.text == "the exchange last week")
        #expect(a.statements.contains { $0.cue == "said" && $0.text.hasPrefix("Kabul had ensured") })
    }

    @Test func aCoordinatedCueTakesNoContentBeforeItsSubject() {
        let a = Support.analyze("Title\n\nAs Clinton talked about bringing communities together, Trump highlighted his message that the country needs a dose of law and order.\n")
        #expect(!a.statements.contains { $0.cue == "order" })
    }

    @Test func aNameAfterTheNounIsAnApposition() {
        let a = Support.analyze("Title\n\nAide John Smith said the plan failed.\n")
        #expect(a.statements.first?.speaker == "John Smith")
    }

    @Test func mediaOutletsSpeakAsMedia() {
        let a = Support.analyze("Title\n\nKurdish fighters captured the town of Sinjar on Friday, Rudaw reports. Syrian state media said the army had retaken the airport.\n")
        #expect(a.statements.first { $0.text.hasPrefix("Kurdish") }?.speaker == "Rudaw")
        #expect(a.actors.actors["Rudaw"]?.kind == .media)
        #expect(a.actors.actors["Syrian state media"]?.kind == .media)
        #expect(a.statements.first { $0.text.contains("airport") }?.speaker == "Syrian state media")
    }

    @Test func aLoneGivenNameThatSpeaksIsAPerson() {
        let a = Support.analyze("Title\n\nPenny runs a bakery in Leeds. “Business is slow this winter,” Penny says.\n")
        #expect(a.statements.first?.speaker == "Penny")
        #expect(a.actors.actors["Penny"]?.kind == .person)
        // a lone word that is no given name and does not report is no actor
        let b = Support.analyze("Title\n\n“Business is slow this winter,” Bakers say.\n")
        #expect(b.actors.actors["Bakers"] == nil)
    }
}

/// Cues the general finder missed on PolNeAR dev: a headline "Name: …", a noun-like -s verb
/// with a name or pronoun object ("shows him"), and "plans to".
@Suite struct MissedCueTests {
    @Test func aHeadlineNameAndColonSpeaks() {
        let a = Support.analyze("Kuleba: Russia Must Free All Political Prisoners\n\nDmytro Kuleba spoke in Kyiv on Monday.\n")
        #expect(a.statements.first { $0.text.hasPrefix("Russia Must") }?.speaker == "Dmytro Kuleba")
        // a phrase that is no actor does not speak
        let b = Support.analyze("Two Questions: Why Would Anyone Do That Now\n\nThe talks ended.\n")
        #expect(b.statements.isEmpty)
    }

    @Test func anAllCapitalsPlaceAndColonIsADateline() {
        let a = Support.analyze("Deportees return home\n\nNEW DELHI: Their American dream shattered, nearly 150 Indians returned home on Wednesday.\n\nWASHINGTON: Officials in India said the flight landed at 6am.\n")
        #expect(!a.statements.contains { $0.cue == ":" })
        #expect(a.statements.contains { $0.text.hasPrefix("the flight landed") })
    }

    @Test func aNounLikeVerbWithAnObjectIsACue() {
        let a = Support.analyze("Title\n\nVideo of the incident shows him with his hands in the air. The average shows Clinton leading by three points. The shows were cancelled.\n")
        #expect(a.statements.contains { $0.cue == "shows" && $0.text.hasPrefix("him") })
        #expect(a.statements.contains { $0.cue == "shows" && $0.text.hasPrefix("Clinton") })
        #expect(a.statements.count == 2)
    }

    @Test func plansToIsACue() {
        let a = Support.analyze("Title\n\nHillary Clinton plans to call on young people to join national service.\n")
        #expect(a.statements.first?.cue == "plans")
    }
}

/// A pronoun that speaks goes to the person who spoke before, not to a person named in what
/// they said (the subject of a verb of saying stays salient: `ActorRecognizer.speakerSalience`).
@Suite struct SpeakerSalienceTests {
    @Test func heSaidFollowsTheLastSpeaker() {
        let a = Support.analyze("Title\n\nWhite House spokesman Josh Earnest said Monday that President Barack Obama has long called for tax fairness. He said Obama hopes that his successor will close the loopholes.\n")
        let s = a.statements.first { $0.text.contains("successor") }
        #expect(s?.speaker == "Josh Earnest")
    }

    @Test func anOrganisationQuoteStaysWithTheOrganisation() {
        let a = Support.analyze("Title\n\nThe US State Department said the strike was legal. Iraqi Prime Minister Mustafa Kadhimi condemned the strike on Sunday. It said the United States would defend its troops.\n")
        #expect(a.statements.first { $0.text.contains("defend its troops") }?.speaker == "State Department")
    }
}

/// What is no speaker actor: generic media, a company reporting figures, a place after the
/// subject, and "people" with nothing after it.
@Suite struct SpeakerSourceLimitTests {
    @Test func genericMediaAndCompanyFiguresAreNoMedia() {
        let a = Support.analyze("Title\n\nThe media said the trip was a failure. Snap reported a loss of two million dollars.\n")
        #expect(a.actors.actors["The media"] == nil && a.actors.actors["the media"] == nil)
        #expect(a.actors.actors["Snap"]?.kind != .media)
    }

    @Test func aPlaceAfterTheSubjectDoesNotSpeak() {
        let a = Support.analyze("Title\n\nRestaurant owners in Milan said the rules remain unclear.\n")
        let s = a.statements.first { $0.text.contains("rules") }
        #expect(s?.speaker == Actor.unnamedSource)
        #expect(a.actors.actors["Milan"]?.kind != .person)
    }

    @Test func peopleAloneIsNoUnnamedSource() {
        let a = Support.analyze("Title\n\nPeople familiar with the talks said a deal was near. In the end, people say they want peace.\n")
        #expect(a.statements.first { $0.text.contains("deal") }?.speaker == Actor.unnamedSource)
        #expect(a.statements.first { $0.text.contains("peace") }?.speaker != Actor.unnamedSource)
    }
}

/// A name in the apposition speaks for a description ("A lawyer for the news outlets, David
/// Schulz, said"); a parenthesis before the apposition is passed; "said no" with a clause after
/// it reports that clause, "said no to" nothing.
@Suite struct AppositionSpeakerTests {
    @Test func theNameInTheAppositionSpeaks() {
        let a = Support.analyze("Title\n\nA lawyer for the news outlets, David Schulz, said no immediate decision had been made.\n")
        let s = a.statements.first
        #expect(s?.speaker == "David Schulz")
        #expect(s?.text.hasPrefix("no immediate decision") == true)
    }

    @Test func aParenthesisBeforeTheAppositionIsPassed() {
        let a = Support.analyze("Title\n\nRep. Gregory W. Meeks (D-N.Y.), chairman of the caucus fund, said members will help him raise cash.\n")
        #expect(a.statements.first?.speaker == "Gregory W. Meeks")
    }

    @Test func saidNoToIsNoStatement() {
        let a = Support.analyze("Title\n\nThe senator said no to the deal.\n")
        #expect(a.statements.isEmpty)
    }
}

/// Adverbs between the subject and the cue are no source ("they almost immediately disclosed").
@Suite struct AdverbSourceTests {
    @Test(arguments: ["The two senators together vowed that the bill would pass.", "The aides almost immediately disclosed that the bill would pass."])
    func adverbsAreSkipped(_ text: String) {
        let a = Support.analyze("Title\n\n" + text + "\n")
        let s = a.statements.first
        #expect(s != nil)
        let src = s?.sourceSpan.map { a.document.text($0) } ?? ""
        #expect(!src.contains("together") && !src.contains("almost") && !src.isEmpty, "\(src)")
    }
}

/// "An adviser to the president said", "Police say": unnamed sources; the person after "to" does not speak.
@Suite struct AdviserToTests {
    @Test func anAdviserToIsAnUnnamedSource() {
        let a = Support.analyze("Title\n\nPresident Joe Biden left for Geneva. An adviser to the president said the plan was dead. Police say he posed a deadly threat.\n")
        #expect(a.statements.first { $0.text.contains("plan") }?.speaker == Actor.unnamedSource)
        #expect(a.statements.first { $0.text.contains("threat") }?.speaker == Actor.unnamedSource)
    }
}

/// A plural head before a prepositional phrase takes a plural verb, and a cue set off by commas
/// after an opening phrase reports the clause after it.
@Suite struct PluralHeadTests {
    @Test func advisersToSay() {
        let a = Support.analyze("Title\n\nBut in recent days, advisers to Mr. Obama say, the president has grown exasperated with the campaign.\n")
        let s = a.statements.first
        #expect(s?.cue == "say")
        #expect(s?.text.hasPrefix("the president has grown") == true)
        #expect(s?.speaker == Actor.unnamedSource)
    }
}

/// "according to a tweet by X": X speaks through what it issued (`source-documents`).
@Suite struct AccordingToDocumentTests {
    @Test func theIssuerSpeaks() {
        let a = Support.analyze("Title\n\nThe talks collapsed on Monday, according to a tweet by Dmytro Kuleba. The strike killed nine people, according to a report by Reuters.\n")
        #expect(a.statements.first { $0.text.contains("talks") }?.speaker == "Dmytro Kuleba")
        #expect(a.statements.first { $0.text.contains("strike") }?.speaker == "Reuters")
        let src = a.statements.first { $0.text.contains("talks") }?.sourceSpan.map { a.document.text($0) }
        #expect(src == "a tweet by Dmytro Kuleba")
    }
}
