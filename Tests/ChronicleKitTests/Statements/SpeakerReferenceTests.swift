import Testing
@testable import ChronicleKit

/// Session 20 speaker phenomena (issue 19), from the statements without a speaker on 82 news
/// articles nobody tuned on (web DEV pages): a pronoun the content used for the speaker does not
/// bar them from "…, she said"; a name inside a quotation does; a title that ends a name after a
/// given name is a family name ("Gayle King"); a lower-case title before the name after an
/// inverted cue; a name before a second apposition; the verb before a colon is the cue; a role
/// noun finds the person whose title is its short form ("Gov." … "the governor").
@Suite struct SpeakerReferenceTests {
    func found(_ body: String) -> [CueFinderTests.Found] { CueFinderTests().found(body) }

    @Test func aPronounInTheContentMayBeTheSpeaker() {
        // "her" in what was said is Valerie Smith; "she said" is hers
        let f = found("After a few tries, I eventually reached Valerie Smith by phone. Smith still found it difficult to talk about his death. She had represented him since 1978. But in the 1990s, family obligations and a legal battle left her “pretty overwhelmed,” she said.")
        #expect(f.first { $0.cue == "said" && $0.content.contains("pretty overwhelmed") }?.speaker == "Valerie Smith", "\(f)")
        // a person the content names is still no speaker of "…, he said"
        let g = found("Martin Lowe met Tom Reyes on Monday. People like Reyes are rare, he said.")
        #expect(g.first { $0.content.hasPrefix("People like Reyes") }?.speaker != "Tom Reyes", "\(g)")
    }

    @Test func aNameInsideTheQuotationIsNotItsSpeaker() {
        // the quotation names Martha by her given name: "she said" is the other woman's
        let f = found("Martha Fry kept the rights to the books. Jane Starner, his sister, wants them printed again. “I cannot believe Martha would not want his books back in print,” she said.")
        let s = f.first { $0.content.contains("I cannot believe Martha") }
        #expect(s?.speaker == "Jane Starner", "\(f)")
        // a person the sentence names before the quotation may speak after it
        let g = found("Jessie Buckley starred in the film. Mary Steenburgen wrote the song. By the time Buckley learned who had written the song, she was only half-surprised: “It made sense, because it came from someone with a complex understanding,” she said.")
        #expect(g.first { $0.cue == "said" && $0.content.contains("It made sense") }?.speaker == "Jessie Buckley", "\(g)")
    }

    @Test func aTitleAfterAGivenNameIsAFamilyName() {
        let f = found("Scott told \"CBS This Morning\" co-host Gayle King that the stakes were higher. \"I keep hearing that,\" King said.")
        #expect(f.first { $0.content.contains("I keep hearing that") }?.speaker == "Gayle King", "\(f)")
        // a title before a name stays a title, not a family name; a royal one before a single
        // given name is written with it ("King Charles", rule actor.person.royal-title-name)
        let g = found("King Charles said the kingdom would mourn.")
        #expect(g.first { $0.cue == "said" }?.speaker == "King Charles", "\(g)")
        let h = found("President Gayle said the kingdom would mourn.")
        #expect(h.first { $0.cue == "said" }?.speaker == "Gayle", "\(h)")
    }

    @Test func aLowerCaseTitleBeforeTheNameAfterAnInvertedCue() {
        let f = found("In addition, taking a multivitamin every day might help you as you enter your golden years, says certified personal trainer Sergio Pedemonte.")
        let s = f.first { $0.cue == "says" }
        #expect(s?.speaker == "Sergio Pedemonte", "\(f)")
        #expect(s?.content.contains("taking a multivitamin every day might help you") == true, "\(f)")
        let g = found("That's all well and good, says pharmacist Dr. Leslie Helou, as long as you're putting in the rest of the work as well.")
        #expect(g.first { $0.cue == "says" }?.speaker == "Leslie Helou", "\(g)")
        // lower-case words that are no title do not make a source
        let h = found("The plan will fail, says everyone in New York.")
        #expect(h.first { $0.cue == "says" }?.speaker == nil, "\(h)")
    }

    @Test func aNameBeforeASecondApposition() {
        let f = found("David Chang, CEO of Gradifi — which consults for companies on their student loan repayment programs — said he's seen the pattern.")
        let s = f.first { $0.cue == "said" }
        #expect(s?.speaker == "David Chang", "\(f)")
        #expect(s?.content == "he's seen the pattern", "\(f)")
    }

    @Test func theVerbBeforeAColonIsTheCue() {
        let f = found("Mr Shapps said: \"Data from Poland shows that test positivity has nearly doubled.\"")
        #expect(f.first { $0.content.contains("Data from Poland") }?.speaker == "Shapps", "\(f)")
        let g = found("Dr Holohan wrote: \"The team appreciates how difficult it will be for everyone.\"")
        #expect(g.first { $0.content.contains("The team appreciates") }?.speaker == "Holohan", "\(g)")
    }

    @Test func aRoleNounFindsTheTitleInItsShortForm() {
        let f = found("Republican Gov. Eric Holcomb avoided direct criticism of teachers. Teachers didn't see Holcomb at the Statehouse on Tuesday. The governor said he was waiting for a teacher pay commission.")
        #expect(f.first { $0.content.hasPrefix("he was waiting") }?.speaker == "Eric Holcomb", "\(f)")
        // a role the person does not hold finds no one
        let g = found("Sen. Maria Lopez spoke on Monday. The governor said the budget was sound.")
        #expect(g.first { $0.content.hasPrefix("the budget") }?.speaker != "Maria Lopez", "\(g)")
    }

    @Test func anOrganisationWhoseHeadComesBeforeOfOrFor() {
        let f = found("The California Governor's Office of Emergency Services said in a letter that the engagement was unacceptable.")
        #expect(f.first { $0.cue == "said" }?.speaker == "Office of Emergency Services", "\(f)")
        let g = found("A study by the Centre for Economic Policy Research, a London-based think tank, concluded that the tariff falls on consumers.")
        #expect(g.first { $0.cue == "concluded" }?.speaker == "Centre for Economic Policy Research", "\(g)")
        // a name the lexicon knows inside it stays that organisation; a country before it is its own
        let h = found("Officials at the U.S. Department of State said this week that 17,000 citizens had enrolled.")
        #expect(h.first { $0.cue == "said" }?.speaker != "U.S. Department of State", "\(h)")
    }
}
