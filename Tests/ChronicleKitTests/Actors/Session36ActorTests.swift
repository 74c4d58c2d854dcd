import Testing
@testable import ChronicleKit

/// Session 36 (issue 19): initials written apart ("the U. S. Geological Survey", "T. Y. Hilton")
/// keep their periods, so the sentence goes on and the names match; a pronoun in a quotation
/// names nobody for the "…, he said" after it; more organisation nouns in apposition and
/// posts only an organisation has.
@Suite struct Session36ActorTests {
    func kinds(_ text: String) -> [String: ActorKind] { Support.actorKinds(text, aliases: true) }

    @Test func initialsWrittenApartKeepTheirPeriods() {
        let t = Tokenizer()
        let words = t.tokenize(Array("the U. S. Geological Survey said".unicodeScalars)).map(\.text)
        #expect(words == ["the", "U.", "S.", "Geological", "Survey", "said"], "\(words)")
        let pass = t.tokenize(Array("a pass to T. Y. Hilton on third down".unicodeScalars)).map(\.text)
        #expect(pass.contains("T.") && pass.contains("Y."), "\(pass)")
        // the last of a run before a word in lower case, and a lone letter at a sentence's end
        let gov = t.tokenize(Array("the U. S. government".unicodeScalars)).map(\.text)
        #expect(gov == ["the", "U.", "S.", "government"], "\(gov)")
        let plan = t.tokenize(Array("They chose plan B. The talks failed.".unicodeScalars)).map(\.text)
        #expect(plan.contains("B") && plan.contains("."), "\(plan)")
    }

    @Test func aNameWithInitialsWrittenApartIsOneSentenceAndOneActor() {
        // sample d (ECB+): "… but the U. S. Geological Survey in Golden, Colo., said it was a magnitude-6.1 temblor"
        let doc = Support.analyze("Title\n\nTehran's seismologic center said the quake measured magnitude-5.9, but the U. S. Geological Survey in Golden, Colo., said it was a magnitude-6.1 temblor.\n")
        #expect(doc.actors.mentions.contains { $0.actor == "U.S. Geological Survey" }, "\(doc.actors.mentions.map { "\($0.text)=\($0.actor)" })")
        #expect(doc.statements.contains { $0.speaker == "U.S. Geological Survey" }, "\(doc.statements.map { $0.speaker ?? "-" })")
        let us = kinds("Officials said the U. S. government would respond.")
        #expect(us["United States"] == .country, "\(us)")
    }

    @Test func aPronounInAQuotationDoesNotBarItsSpeaker() {
        // sample h: "Simmons teed up McDonald’s cameo. “You might remember him from, well, he has his
        // own band these days,” he said." The quotation's "him" and "he" went to Simmons, the
        // subject before, which then barred him from the "he said"
        let doc = Support.analyze("Title\n\nSingers Tom Johnston and Patrick Simmons and keyboardist Michael McDonald will tour together.\n\n"
            + "McDonald came out during the encore for a surprise version of their single.\n\n"
            + "Following a performance of their jam, Simmons teed up McDonald’s cameo. “You might remember him from, well, he has his own band these days,” he said.\n")
        let st = doc.statements.first { $0.provenance.rule.hasPrefix("statement.quote") }
        #expect(st?.speaker == "Patrick Simmons", "\(doc.statements.map { $0.speaker ?? "-" })")
    }

    @Test func moreOrganisationNounsInAppositionAndPostsOfAnOrganisation() {
        let a = kinds("WeWork bought Meetup, a social network, for $200 million in 2017.")
        #expect(a["Meetup"] == .organization, "\(a)")
        let b = kinds("Scott Heiferman, Meetup's co-founder, said the layoffs were painful.")
        #expect(b["Meetup"] == .organization, "\(b)")
        // a person in apposition to a noun of people stays a person (or no actor)
        let c = kinds("Smith, a property developer, said the plan would fail.")
        #expect(c["Smith"] != .organization, "\(c)")
    }
}

/// Session 36 (issue 19): people whose given name no lexicon knows, by an age before their family
/// name given alone, or by a noun of people before the name.
@Suite struct Session36PersonEvidenceTests {
    @Test func anAgeBeforeAFamilyNameGivenAloneMakesTheFullNameAPerson() {
        // ECB+ train: "Wladimir Klitschko retained his … belts … It was 36-year-old Klitschko's 58th victory"
        let a = Support.actorKinds("Wladimir Klitschko retained his heavyweight title belts on Saturday in Berne. "
            + "It was 36-year-old Klitschko's 58th victory, his 16th in a row.")
        #expect(a["Wladimir Klitschko"] == .person, "\(a)")
        // an age before a word that qualifies a noun names no person
        let b = Support.actorKinds("Police said a 25-year-old Millom man was arrested. The Millom Tigers won on Saturday.")
        #expect(b["Millom Tigers"] != .person, "\(b)")
    }

    @Test func aNounOfPeopleBeforeTheNameMakesAPerson() {
        let a = Support.actorKinds("Yesterday in Los Angeles, pin-up icon Bettie Page succumbed to complications from a heart attack.")
        #expect(a["Bettie Page"] == .person, "\(a)")
    }
}
