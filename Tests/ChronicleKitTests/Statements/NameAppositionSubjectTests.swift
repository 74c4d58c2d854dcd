import Testing
@testable import ChronicleKit

/// Session 19 speaker phenomena (issue 19), on sentences of news articles nobody tuned on (web
/// DEV pages): a name and its apposition before the cue are its subject, not what was said
/// (`CueFinder.nameAndApposition`); an apposition without its closing comma keeps its name; a
/// suffix after a name ("Jr.") does not hide the speaker (`name-suffixes`); names next to the
/// verb with a middle initial, a possessor in the apposition or a title in lower case before them.
@Suite struct NameAppositionSubjectTests {
    func found(_ body: String) -> [CueFinderTests.Found] { CueFinderTests().found(body) }

    @Test func aNameAndItsAppositionBeforeTheCueAreItsSubject() {
        // the words after the cue are what was said, whatever they start with
        let f = found("Roxanne Delgado, founder of the civic association Friends of Pelham Parkway, said Velázquez's reversal on the rezoning hurt her chances of keeping her seat in the Council.")
        let s = f.first { $0.cue == "said" }
        #expect(s?.speaker == "Roxanne Delgado", "\(f)")
        #expect(s?.content.hasPrefix("Velázquez's reversal on the rezoning hurt") == true, "\(f)")
        let g = found("James Kennedy, the prosecutor, said the case matters.")
        #expect(g.first { $0.cue == "said" }?.speaker == "James Kennedy", "\(g)")
        #expect(g.first { $0.cue == "said" }?.content == "the case matters", "\(g)")
        let h = found("Throgs Neck resident Dennise Laboy, 55, said Velázquez's last-minute push to approve the rezoning last year incensed her.")
        #expect(h.first { $0.cue == "said" }?.speaker == "Dennise Laboy", "\(h)")
        // an addressee after the cue is no source: "told Salon that …"
        let t = found("Dr. Marie E. Thoma, an associate professor in the department of family science at the University of Maryland, told Salon that in general, the U.S. ranks very poorly.")
        #expect(t.first { $0.cue == "told" }?.speaker == "Marie E. Thoma", "\(t)")
    }

    @Test func whatWasSaidBeforeTheCueStaysInverted() {
        // a clause before the comma is what was said: the phrase after the cue speaks
        let f = found("Donald Trump, the nominee, is wrong about trade, said Senator John Smith.")
        #expect(f.first { $0.cue == "said" }?.speaker == "John Smith", "\(f)")
        #expect(f.first { $0.cue == "said" }?.content.hasPrefix("Donald Trump, the nominee, is wrong") == true, "\(f)")
        // an opening phrase is no name: "In Washington, …"
        let g = found("In Washington, the talks had failed, said the minister.")
        #expect(g.first { $0.cue == "said" }?.source == "the minister", "\(g)")
    }

    @Test func anAppositionWithoutItsClosingCommaKeepsTheName() {
        let f = found("Joy Baker, an OBGYN based in Georgia told Salon the mother and fetus are a unit and should be treated as so.")
        #expect(f.first { $0.cue == "told" }?.speaker == "Joy Baker", "\(f)")
        let g = found("In a statement, Sandy Ching, president of the American Academy of Pediatrics (AAP) said the increase in infant mortality rates is disturbing.")
        #expect(g.first { $0.cue == "said" }?.speaker == "Sandy Ching", "\(g)")
        // a parenthetical cue between two names is no apposition: the name after the comma speaks
        let h = found("Ms. Clinton, Mr. Trump said, is the most corrupt candidate ever.")
        #expect(h.first { $0.cue == "said" }?.speaker != "Hillary Clinton", "\(h)")
    }

    @Test func aNameSuffixEndsNoSpeaker() {
        // the example lines of `name-suffixes.tsv`
        let f = found("U.S. Attorney James Kennedy Jr. said in the release this case demonstrates that free speech does not protect threats.")
        #expect(f.first { $0.cue == "said" }?.speaker == "James Kennedy", "\(f)")
        let g = found("The case matters, said James P. Kennedy Jr., the prosecutor.")
        #expect(g.first { $0.cue == "said" }?.speaker == "James P. Kennedy", "\(g)")
        // (a given name no lexicon knows: the name next to the verb, past its suffix)
        let h = found("“Absolutely hate this framing,” Efrem Q. Zoltarski III, a writer for The Atlantic, said on Twitter.")
        #expect(h.first { $0.cue == "said" }?.speaker?.hasPrefix("Efrem Q. Zoltarski") == true, "\(h)")
    }

    @Test func namesNextToTheVerbThatNoLexiconKnows() {
        // a middle initial and a possessor in the apposition
        let f = found("Sonya A. Zoghlin, Carlineo’s attorney, told The Hill in a statement that her client did not intend to cause harm.")
        #expect(f.first { $0.cue == "told" }?.speaker == "Sonya A. Zoghlin", "\(f)")
        // a title in lower case between the verb and the name
        let g = found("“If a murder suspect is dismembering a body, it’s to delay identification,” said LAPD homicide detective Efren Guttierez.")
        #expect(g.first { $0.cue == "said" }?.speaker == "Efren Guttierez", "\(g)")
        // a name's last word that is a word of a class too, in the apposition
        let h = found("Housing Executive Chief Executive, Grainia Long, said: “We work proactively.”")
        #expect(h.first { $0.cue == "said" }?.speaker == "Grainia Long", "\(h)")
        // a place after the verb is no name
        let p = found("“We will rebuild,” said residents in New Orleans.")
        #expect(!p.contains { $0.speaker == "New Orleans" }, "\(p)")
    }
}

/// Session 19 (issue 19): an office or campaign after a possessor speaks for the possessor, and
/// what a source issues ("the affidavit", "a study", "Eurostat figures") for the actor the
/// phrase names, else for a source the text does not name; people the text describes by what
/// they are ("a DUP councillor", "others") are unnamed sources. Sentences of the web DEV news.
@Suite struct OfficesAndDocumentsTests {
    func found(_ body: String) -> [CueFinderTests.Found] { CueFinderTests().found(body) }

    @Test func anOfficeSpeaksForItsHolder() {
        let f = found("Public Ombudsman Nadia Cruz’s office said the deaths were caused by gunshot wounds.")
        #expect(f.first { $0.cue == "said" }?.speaker == "Nadia Cruz", "\(f)")
        let g = found("Gov. Eric Holcomb was not at the rally. His office said he was keeping long-standing plans for traveling to Florida.")
        #expect(g.first { $0.cue == "said" }?.speaker == "Eric Holcomb", "\(g)")
        // an office the text does not name the holder of is an organisation named by the post
        // (session 31: `actor.organization.post-office`)
        let h = found("Bolivia’s public defender’s office said another 30 people had been injured in the skirmishes.")
        #expect(h.first { $0.cue == "said" }?.speaker == "public defender’s office", "\(h)")
        // a person's aide is no office: not the possessor's statement
        let a = found("Gov. Eric Holcomb was not at the rally. His lawyer said the plans were old.")
        #expect(a.first { $0.cue == "said" }?.speaker != "Eric Holcomb", "\(a)")
    }

    @Test func whatASourceIssuesSpeaksForItsIssuer() {
        let f = found("Often women were “enticed” with provided travel and lodging accommodations, the affidavit said.")
        #expect(f.first { $0.cue == "said" }?.speaker == Actor.unnamedSource, "\(f)")
        let g = found("College students are moving to big cities for higher wages, according to new research from the Federal Reserve.")
        #expect(g.first { $0.cue == "according to" }?.speaker == "Federal Reserve", "\(g)")
        let h = found("Rates of cannabis use disorder have risen in U.S. states where the drug has been legalized, according to a study.")
        #expect(h.first { $0.cue == "according to" }?.speaker == Actor.unnamedSource, "\(h)")
    }

    @Test func peopleDescribedByWhatTheyAreAreUnnamedSources() {
        let f = found("A DUP councillor has said that offensive signs erected in the Belvoir area are a sign of a community pushed to its limit.")
        #expect(f.first { $0.cue == "said" }?.speaker == Actor.unnamedSource, "\(f)")
        let g = found("While some invoked racist tropes, others said they simply did not want taller buildings in their community.")
        #expect(g.first { $0.cue == "said" }?.speaker == Actor.unnamedSource, "\(g)")
        let d = found("The dad of a man missing for a decade has said he has finally accepted his son is dead.")
        #expect(d.first { $0.cue == "said" }?.speaker == Actor.unnamedSource, "\(d)")
        let s = found("“Haley and DeSantis clearly stand out on that stage,” said a veteran GOP strategist who isn't aligned with any campaign.")
        #expect(s.first { $0.cue == "said" }?.speaker == Actor.unnamedSource, "\(s)")
    }

    @Test func anOrganisationsNounWithoutAnActorBeforeIsAnUnnamedSource() {
        let f = found("The utility said it will closely monitor the weather and could further reduce that number if it improves.")
        #expect(f.first { $0.cue == "said" }?.speaker == Actor.unnamedSource, "\(f)")
        // an actor the noun refers back to speaks
        let g = found("The Florida Department of Transportation declined to comment. The department, however, said it couldn't answer anything until September.")
        #expect(g.first { $0.cue == "said" }?.speaker == "Florida Department of Transportation", "\(g)")
    }
}
