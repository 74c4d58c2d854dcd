import Testing
@testable import ChronicleKit

/// Where person names end on real news (issues 17 item 6, 19 item 1): middle initials stay in
/// the name, places, laws and prizes are no people, a name before an organisation word is that
/// organisation, a descriptor before a full name is cut off, and a title-case headline does not
/// glue its verb onto a name the body gives.
@Suite struct NameBoundaryTests {
    func actors(_ text: String) -> [String: Actor] { Support.analyze(text).actors.actors }

    @Test func middleInitialsStayInTheName() {
        let an = Support.analyze("Title\n\nPresident Franklin D. Roosevelt met Susan B. Anthony in Washington. Donald J. Trump said the Philip K. Dick Award was fine.")
        let a = an.actors.actors
        #expect(a["Franklin D. Roosevelt"]?.kind == .person, "\(a.keys.sorted())")
        #expect(a["Susan B. Anthony"]?.kind == .person)
        #expect(a["Donald J. Trump"]?.kind == .person)
        #expect(!a.keys.contains { $0.hasSuffix(" D") || $0.hasSuffix(" B") || $0.hasSuffix(" J") || $0.hasSuffix(" K") })
        // the initial's period ends no sentence: one statement with its whole content
        #expect(an.statements.count == 1)
        #expect(an.statements.first?.text == "the Philip K. Dick Award was fine")
        for m in an.actors.mentions { #expect(an.document.text(m.provenance.span) == m.text) }
    }

    @Test func aMonthOrStopwordAfterAGivenNameIsAFamilyName() {
        // PolNeAR dev (Washington Post, 2016-09-18): "British Prime Minister Theresa May" was "Theresa"
        let an = Support.analyze("Title\n\nBritish Prime Minister Theresa May said on Tuesday that talks would go on. In May, columnist George Will met her.")
        let a = an.actors.actors
        #expect(a["Theresa May"]?.kind == .person, "\(a.keys.sorted())")
        #expect(a["George Will"]?.kind == .person, "\(a.keys.sorted())")
        #expect(a["Theresa"] == nil && a["George"] == nil)
        #expect(an.statements.first?.speaker == "Theresa May")
        // "In May" stays a date, and a sentence-initial "May" or "Will" is no name
        #expect(an.times.contains { an.document.text($0.provenance.span) == "May" })
        // only a stopword that is also a family name: an author's note capitalising "Is"
        let c = actors("Title\n\nEdward Russell Is a Senior Aviation Business Reporter at the site.")
        #expect(c["Edward Russell"]?.kind == .person, "\(c.keys.sorted())")
        let b = actors("Title\n\nMay the talks go on, officials said. Will they end soon?")
        #expect(!b.values.contains { $0.kind == .person }, "\(b.keys.sorted())")
    }

    @Test func aCapitalisedReportingVerbAfterANameParticleIsAFamilyName() {
        // Wikinews (2020-01-11, web datelines DEV): "Haitham bin Tariq Al Said" was the person
        // "Tariq Al" ("Said" read as the cue of "Tariq Al"), and the mosque a person "Qaboos
        // Grand Mosque" titled Sultan
        let a = actors("Title\n\nAfter the burial, his successor, Haitham bin Tariq Al Said, attended funeral prayers at the Sultan Qaboos Grand Mosque in Muscat.")
        #expect(a["Haitham bin Tariq Al Said"]?.kind == .person, "\(a.keys.sorted())")
        #expect(a.count == 1, "\(a.keys.sorted())")
        // a lowercase cue after two name words still makes a speaker
        let b = actors("Title\n\nReince Priebus said the party would unite.")
        #expect(b["Reince Priebus"]?.kind == .person, "\(b.keys.sorted())")
    }

    @Test func aNameALexiconKnowsKeepsItsKindBesideACue() {
        // web DEV pages (session 15): the cue rule's context made its match longer than the
        // lexicon's, so "as the New York Times wrote" gave "York Times", and "Goldman Sachs says"
        // and "General Motors" were people
        let a = actors("Title\n\nForbes exemplified a kind of gleeful capitalism, as the New York Times wrote in his obituary.")
        #expect(a["The New York Times"]?.kind == .media, "\(a.keys.sorted())")
        #expect(a["York Times"] == nil)
        let b = actors("Title\n\nGoldman Sachs says India's growth may plummet. It was the first strike at Ford, General Motors and Stellantis.")
        #expect(b["Goldman Sachs"]?.kind == .organization, "\(b.keys.sorted())")
        #expect(b["General Motors"]?.kind == .organization, "\(b.keys.sorted())")
        #expect(!b.values.contains { $0.kind == .person }, "\(b.keys.sorted())")
        // a head word of a newspaper ends a medium's name
        let c = actors("Title\n\nThe South Florida Sun Sentinel reports that the district wants the system.")
        #expect(!c.values.contains { $0.kind == .person }, "\(c.keys.sorted())")
        #expect(c.values.contains { $0.kind == .media && $0.name.hasSuffix("Sun Sentinel") }, "\(c.keys.sorted())")
    }

    @Test func aLetterAndAPeriodStillEndASentenceElsewhere() {
        let doc = Support.analyze("Title\n\nThey fought in World War I. The war ended in 1918.\n\nThe team chose plan B. Then it won.").document
        let sentences = doc.sentences.map { doc.text($0.span) }
        #expect(sentences.contains("They fought in World War I."), "\(sentences)")
        #expect(sentences.contains("The team chose plan B."), "\(sentences)")
    }

    @Test func placesLawsAndPrizesAreNoPeople() {
        let a = actors("Title\n\nOfficials in Broward County and Napa County met Wall Street bankers about the Logan Act and the Stanley Cup on Monday.")
        let people = a.values.filter { $0.kind == .person }.map(\.name)
        #expect(people.isEmpty, "\(people)")
    }

    @Test func aNameBeforeAnOrganisationWordIsThatOrganisation() {
        let a = actors("Title\n\nThe Robert Wood Johnson Foundation gave money to the school on Monday.")
        #expect(a["Robert Wood Johnson Foundation"]?.kind == .organization, "\(a.map { "\($0.key): \($0.value.kind)" })")
        #expect(!a.values.contains { $0.kind == .person })
    }

    @Test func aDescriptorBeforeAFullNameIsCutOff() {
        let a = actors("Title\n\nBillionaire Donald Trump praised the reporter on Monday.")
        #expect(a["Donald Trump"]?.kind == .person, "\(a.keys.sorted())")
        #expect(!a.keys.contains { $0.hasPrefix("Billionaire") })
    }

    @Test func aHeadlineNameEndsWhereTheBodysNameEnds() {
        let a = actors("Donald Trump Praises Breitbart Reporter\n\nDonald Trump praised the reporter at a press conference on Monday.")
        #expect(a["Donald Trump"]?.kind == .person, "\(a.keys.sorted())")
        #expect(!a.keys.contains("Donald Trump Praises"))
        #expect(a["Donald Trump"]?.mentions.count == 2)
    }
}
