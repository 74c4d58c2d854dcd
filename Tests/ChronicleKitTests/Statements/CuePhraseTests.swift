import Testing
@testable import ChronicleKit

/// Session 14 speaker phenomena (issue 19), on sentences of news articles (PolNeAR): cues of
/// voice, comparison and decision and "go on to say" (`reporting-verbs`), a source that opens
/// with a number, and a content that runs into a tail attribution of a noun phrase.
@Suite struct CuePhraseTests {
    /// Statements as the JSON-lines export gives them (the cue finder's tests read them so too).
    func found(_ body: String) -> [CueFinderTests.Found] { CueFinderTests().found(body) }

    @Test func aQuotationYelledOrSungIsItsSpeakers() {
        let yelled = found("\"Did you shoot him? He better not be dead,\" she yells while moving along the tree-lined street.")
        #expect(yelled.contains { $0.cue == "yells" && $0.source == "she" && $0.content.contains("Did you shoot him") }, "\(yelled)")
        let sung = found("\"Promise mama you'll keep your hands in sight,\" Blige sings to Clinton.")
        #expect(sung.contains { $0.cue == "sings" && $0.source == "Blige" }, "\(sung)")
    }

    @Test func likeningAndDecidingAreAttitudesOfTheirSubject() {
        let f = found("At a rally, Trump likened the refugees to a \"vicious snake\" in a song about a woman.")
        #expect(f.contains { $0.cue == "likened" && $0.source == "Trump" }, "\(f)")
        let d = found("The Commission on Presidential Debates decided against including Gary Johnson in the first debate.")
        #expect(d.contains { $0.cue?.hasPrefix("decided") == true && $0.speaker?.hasSuffix("Commission on Presidential Debates") == true }, "\(d)")
    }

    @Test func goingOnToSayIsOneCue() {
        let text = "\"The birther issue again, we're bringing that up, is insane,\" Sanders said, going on to say that the country has spent hundreds of years fighting against racism."
        let f = found(text)
        let g = f.first { $0.cue == "going on to say" }
        #expect(g?.content == "the country has spent hundreds of years fighting against racism", "\(f)")
        #expect(g?.source == "Sanders")
        let w = found("Caddell went on to say that voters are worried about the economy.")
        #expect(w.contains { $0.cue == "went on to say" && $0.source == "Caddell" && $0.content == "voters are worried about the economy" }, "\(w)")
    }

    @Test func goingOnDoingSaysNothingAndReportsAreUnnamedSources() {
        // Wikinews (web datelines DEV, session 15): the firefighters "continued to cool the
        // structure" was a statement; "Some reports suggest" had no speaker
        let c = found("Not only did they put out the fire but they continued to cool the structure after the fire was gone.")
        #expect(!c.contains { $0.cue == "continued" }, "\(c)")
        let h = found("He continued: \"We will rebuild it.\"")
        #expect(h.contains { $0.cue == "continued" && $0.source == "He" }, "\(h)")
        let r = found("Some reports suggest a deliberate criminal act.")
        #expect(r.contains { $0.cue == "suggest" && $0.speaker == Actor.unnamedSource }, "\(r)")
    }

    @Test func aLetterReadsItsQuotation() {
        let f = found("\"Our support for charter schools is not abstract, but instead based on our personal experiences,\" the letter reads.")
        #expect(f.contains { $0.cue == "reads" && $0.source == "the letter" }, "\(f)")
        // "reads like" compares, it quotes nothing
        let like = found("The new plan reads like a list of promises the governor made last year.")
        #expect(!like.contains { $0.cue == "reads" }, "\(like)")
    }

    @Test func aSourceMayOpenWithANumber() {
        let one = found("\"Republicans are in a frenzy that is disorganized,\" said one Democratic source on the panel.")
        #expect(one.contains { $0.cue == "said" && $0.source == "one Democratic source" && $0.speaker == Actor.unnamedSource }, "\(one)")
        let widow = found("\"The president's rationales to veto JASTA don't hold weight,\" said 9/11 widow Terry Strada.")
        #expect(widow.contains { $0.cue == "said" && $0.source?.hasSuffix("Terry Strada") == true }, "\(widow)")
        // a year after the cue is no source
        let year = found("The plan will not pass, said Smith in 2010.")
        #expect(!year.contains { $0.source?.hasPrefix("2010") == true }, "\(year)")
    }

    @Test func aContentEndsBeforeATailAttributionOfANounPhrase() {
        let f = found("Clinton had told police officials that she didn't want the escort at all, but the NYPD overruled that request, the source added.")
        // (what Clinton told is inside what the source added: no content runs on into "the source added")
        #expect(!f.contains { $0.content.hasSuffix("the source added") }, "\(f)")
        #expect(f.contains { $0.cue == "added" && $0.source == "the source" && $0.speaker == Actor.unnamedSource }, "\(f)")
    }

    @Test func asSomeonePutItQuotesThem() {
        let f = found("The primary requirement for the EB-5 program is a \"lawful source of investment income,\" as a Homeland Security memo put it.")
        #expect(f.contains { $0.cue == "put it" && $0.source == "a Homeland Security memo" && $0.content.contains("lawful source of investment income") }, "\(f)")
        // putting a thing somewhere says nothing
        let thing = found("The mayor put it on the agenda for the next meeting of the council.")
        #expect(!thing.contains { $0.cue == "put it" }, "\(thing)")
    }

    @Test func aYearBetweenARelativeAndItsCueIsNoSource() {
        let f = found("Obama has had a frosty relationship with McConnell, now the Senate majority leader, who in 2010 said the GOP's most important goal was to make Obama a one-term president.")
        let said = f.first { $0.cue == "said" }
        #expect(said?.source?.hasSuffix("who") == true, "\(f)")
        #expect(said?.content.hasPrefix("the GOP's most important goal") == true)
    }

    @Test func aCoordinatedVerbOfSayingIsAStatementOfItsOwn() {
        let f = found("He claimed vast wealth and said it ensured he was not beholden to special interests.")
        #expect(f.contains { $0.cue == "claimed" && $0.content == "vast wealth" }, "\(f)")
        #expect(f.contains { $0.cue == "said" && $0.source == "He" && $0.content == "it ensured he was not beholden to special interests" }, "\(f)")
        // the subject of the outer cue says the second thing too, not the one inside its content
        let key = found("Prime Minister John Key said this week that the country would formally declare its intention to leave the pact and suggested that it would withdraw from the single market.")
        #expect(key.contains { $0.cue == "suggested" && $0.speaker == "John Key" }, "\(key)")
        // after a cue of attitude, any cue that shares the subject
        let plans = found("He proposes doing away with the government mandate requiring all individuals to purchase insurance, and plans to reduce the cost of insurance.")
        #expect(plans.contains { $0.cue == "proposes" && $0.content == "doing away with the government mandate requiring all individuals to purchase insurance" }, "\(plans)")
    }

    @Test func aClauseOfSayingAfterThoughOrAParticipleIsAStatementOfItsOwn() {
        let f = found("Lynch said the nonstop demands sometimes erase the barriers, though she noted clients are beginning to demand diverse legal teams.")
        #expect(f.contains { $0.cue == "said" && $0.content == "the nonstop demands sometimes erase the barriers" }, "\(f)")
        #expect(f.contains { $0.cue == "noted" && $0.source == "she" && $0.content == "clients are beginning to demand diverse legal teams" }, "\(f)")
        let p = found("The GOP nominee complained about his mic the morning after the debate, even suggesting he may have been sabotaged.")
        #expect(p.contains { $0.cue == "complained" && $0.content == "about his mic the morning after the debate" }, "\(p)")
        #expect(p.contains { $0.cue == "suggesting" && $0.source == "The GOP nominee" && $0.content == "he may have been sabotaged" }, "\(p)")
    }

    @Test func aSubjectWhoTookToTwitterToSaySpeaks() {
        let f = found("Trump took to Twitter overnight to accuse Clinton's campaign of being \"duped\" by \"a con\".")
        #expect(f.contains { $0.cue == "accuse" && $0.source == "Trump" }, "\(f)")
    }

    @Test func aPassiveCueOfBlameWithoutAgentHasNoSource() {
        let f = found("Ban Ki-moon has sometimes been accused of being too timid in confronting powerful nations.")
        #expect(f.contains { $0.cue == "accused" && $0.source == nil && $0.content.hasPrefix("of being too timid") }, "\(f)")
        // a passive with its agent keeps the agent as the source
        let by = found("The plan was criticized as reckless by Senator John Smith.")
        #expect(by.contains { $0.cue == "criticized" && $0.source == "Senator John Smith" && $0.content == "as reckless" }, "\(by)")
        let rated = found("PolitiFact rated 32% of Republican claims as \"false\" or \"pants on fire.\"")
        #expect(rated.contains { $0.cue == "rated" && $0.source == "PolitiFact" }, "\(rated)")
    }

    @Test func aDeterminerAloneIsNoSubjectOfACoordinatedCue() {
        // PolNeAR dev (Washington Post, 2016-09-25): "The" was the source of "called for"
        let f = found("The unreleased department video of the encounter has become a focal point for demonstrators here, who have taken to the city's streets and called for footage to be released.")
        #expect(!f.contains { $0.source == "The" }, "\(f)")
    }
}
