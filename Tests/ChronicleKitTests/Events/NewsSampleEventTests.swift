import Testing
@testable import ChronicleKit

/// Session 21 (development sample of ECB+ and TempEval-3 news): the day of a story's occasion,
/// dates at a day's precision, deadlines of calls, commas of place lists and appositions, public
/// reactions as declarations, and nouns the position tells from verbs.
@Suite struct NewsSampleEventTests {
    static let finder = try! TypedEventFinder()

    func typed(_ body: String, date: String? = "2010-05-05") -> [Event] {
        let a = Support.analyze("Title\n\n" + body, date: date)
        return Self.finder.find(a.document, actors: a.actors, times: a.times)
    }

    /// The day of the story reaches the next sentences of its paragraph that give no time, told in
    /// the simple past; not a perfect, a reduced passive, another paragraph, or past a sentence
    /// with a time of its own.
    @Test func theStorysDayReachesTheNextSentences() {
        let body = "Riots over austerity measures left three bank workers dead in Athens on Wednesday. Police responded with tear gas. "
            + "Tens of thousands of people took to the streets in a nationwide strike to protest spending cuts demanded by the IMF."
        let e = typed(body)
        let strike = e.first { $0.text == "strike" }
        #expect(strike?.kind == "protest" && strike?.date == "2010-05-05" && strike?.typing?.dateSource == .occasion,
                "\(e.map { ($0.text, $0.kind, $0.date ?? "-") })")
        #expect(e.first { $0.text == "demanded" }?.date == nil, "a reduced passive is background")
        // a noun after "after" is another time
        let heist = typed("Four men rammed their car into a jewellery store in Paris on Monday. The heist is the latest to hit France after a spate of robberies in Cannes.", date: "2013-09-09")
        #expect(heist.first { $0.text == "robberies" }?.date == nil, "\(heist.map { ($0.text, $0.date ?? "-") })")
        // a perfect is news of now, not of that day
        #expect(typed("Riots left three bank workers dead in Athens on Wednesday. The death toll has risen to four.").first { $0.text == "risen" }?.date == nil)
        // another paragraph, or a sentence with its own time in between, ends it
        // (session 22: across paragraphs of at most two sentences, as web pages and wire copy give a
        // story, the day goes on: EventDateCluesTests.theDayReachesAcrossShortParagraphs)
        let other = typed("Riots left three bank workers dead in Athens on Wednesday. Police used tear gas. Shops closed early.\n\nTens of thousands of people took to the streets.")
        #expect(other.first { $0.text.hasPrefix("took") }?.date == nil, "\(other.map { ($0.text, $0.date ?? "-") })")
        let later = typed("Riots left three bank workers dead in Athens on Wednesday. In 2008 a riot broke out. Tens of thousands of people took to the streets.")
        #expect(later.first { $0.text.hasPrefix("took") }?.date == nil, "\(later.map { ($0.text, $0.date ?? "-") })")
        // not the content of a legal step, a fronted subordinate clause, a quotation, or a sentence
        // that points to another time
        let court = typed("LaCalamita was arraigned in court on Wednesday. He was found guilty of first-degree murder and assault.", date: "2007-04-11")
        #expect(court.first { $0.text == "murder" }?.date == nil && court.first { $0.text == "found guilty" }?.date == "2007-04-11",
                "\(court.map { ($0.text, $0.date ?? "-") })")
        let when = typed("King held a news conference on Monday. When King hired O'Brien, he had called him a perfect fit.", date: "2005-05-24")
        #expect(when.first { $0.text == "hired" }?.date == nil, "\(when.map { ($0.text, $0.date ?? "-") })")
        let quote = typed("The gunman opened fire at the firm on Monday. \"We are devastated by the death of Madeline Kafoury,\" the firm said.", date: "2007-04-11")
        #expect(quote.first { $0.text == "death" }?.date == nil, "\(quote.map { ($0.text, $0.date ?? "-") })")
        let before = typed("Police arrested Williams on Monday. Jackson was previously arrested for drunk driving.", date: "2009-04-02")
        #expect(before.first { $0.text == "arrested" && $0.date == nil } != nil, "\(before.map { ($0.text, $0.date ?? "-") })")
        // the day of a sentence told before the article's day
        let aug = typed("On Aug. 7, Bushnell and Kimotho had just ended a news conference. They were talking when the bomb went off, killing 247 people.", date: "1998-08-26")
        #expect(aug.first { $0.text == "went off" }?.date == "1998-08-07", "\(aug.map { ($0.text, $0.date ?? "-") })")
    }

    /// A rule event takes the occasion's day from the typed event folded into it.
    @Test func aRuleEventTakesTheOccasionsDay() {
        let a = Support.analyze("Title\n\nPresident Barack Obama announced plans Tuesday to resume scientific reviews of projects. The president signed a memorandum putting on hold a Bush regulation.",
                                date: "2009-03-04")
        let memo = a.events.first { $0.text == "memorandum" || $0.text == "signed" }
        #expect(memo?.date == "2009-03-03", "\(a.events.map { ($0.text, $0.kind, $0.date ?? "-") })")
    }

    /// A verb outside the main clause takes the sentence's only time ("as", "when" after the time);
    /// not one after "that".
    @Test func aVerbOfTheSameOccasionTakesTheSentencesTime() {
        let e = typed("Riots engulfed the streets of Athens on Wednesday, as angry protesters tried to storm parliament.")
        #expect(e.first { $0.text == "storm" }?.date == "2010-05-05", "\(e.map { ($0.text, $0.date ?? "-") })")
        // not a verb of a clause the time is outside of
        let clinic = typed("She had to rebuild the clinic after it burned down, receiving a genius grant in 2008 for the effort.", date: "2009-07-13")
        #expect(clinic.first { $0.text == "burned down" }?.date == nil, "\(clinic.map { ($0.text, $0.date ?? "-") })")
        let night = typed("Paris also witnessed another dramatic robbery on Sunday night when thieves armed with rifles stormed a subsidiary of the rail operator.", date: "2013-09-09")
        #expect(night.first { $0.text == "stormed" }?.date == "2013-09-08", "\(night.map { ($0.text, $0.date ?? "-") })")
        // a time of day dates the day
        #expect(night.first { $0.text == "robbery" }?.date == "2013-09-08")
    }

    /// A call's time after its infinitive with an object is the content's deadline.
    /// A time whose own words point ahead ("by Thursday morning") keeps its day even where the
    /// event reads as done (session 22, 2019 news page): it is not moved a week or a year back.
    @Test func aTimeThatPointsAheadIsNotMovedBack() {
        let e = typed("The weather should ease by Thursday morning, allowing the utility to begin restoring power, a director said.", date: "2019-11-20")
        let dated = e.filter { $0.date != nil }
        #expect(!dated.isEmpty && dated.allSatisfy { $0.date == "2019-11-21" }, "\(e.map { ($0.text, $0.date ?? "-") })")
        // a weekday after the article's day in a sentence told in the past is last week's
        let past = typed("Police arrested two men on Thursday.", date: "2019-11-20")
        #expect(past.first { $0.text == "arrested" }?.date == "2019-11-14", "\(past.map { ($0.text, $0.date ?? "-") })")
    }

    @Test func aDeadlineAfterACallsContentIsNotTheCallsDay() {
        let e = typed("Merkel told lawmakers in Berlin, urging them to quickly pass the country's share of the bailout by Friday.")
        #expect(e.first { $0.text == "urging" }?.date == nil, "\(e.map { ($0.text, $0.date ?? "-") })")
    }

    /// The commas of a place list and of a time in apposition keep the time in the clause.
    @Test func aPlaceListOrAnAppositionKeepsTheTime() {
        let e = typed("Nearly simultaneous bombings at U.S. embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, on Aug. 7 killed 258 people.", date: "1998-09-11")
        #expect(e.first { $0.text == "bombings" }?.date == "1998-08-07", "\(e.map { ($0.text, $0.date ?? "-") })")
        let f = typed("The embassy bombings, on Aug. 7, killed 247 people in Kenya and 10 in Tanzania.", date: "1998-08-20")
        #expect(f.first { $0.text == "bombings" }?.date == "1998-08-07", "\(f.map { ($0.text, $0.date ?? "-") })")
        // a name after a comma that opens a clause is no list ("in East Africa, U.S. forces")
        let h = typed("Retaliating 13 days after the deadly embassy bombings in East Africa, U.S. forces Thursday launched cruise missile strikes.", date: "1998-08-20")
        #expect(h.first { $0.text == "bombings" }?.date == nil, "\(h.map { ($0.text, $0.date ?? "-") })")
        // a comma before a lowercase clause still ends it
        let g = typed("The bombings killed 20 people, and on Aug. 9 police arrested two men.", date: "1998-08-20")
        #expect(g.first { $0.text == "bombings" }?.date == nil, "\(g.map { ($0.text, $0.date ?? "-") })")
    }

    /// A condemnation is a declaration in chronicle.json's kinds; its compact kind stays accuse.
    @Test func aCondemnationIsADeclaration() {
        let e = typed("Philippine President Joseph Estrada on Tuesday condemned the bombings of the U.S. embassies.", date: "1998-08-11")
        let c = e.first { $0.text == "condemned" }
        #expect(c?.kind == "declaration" && c?.typing?.type == "accuse" && c?.typing?.plover == "ACCUSE", "\(e.map { ($0.text, $0.kind) })")
        #expect(TypedEventFinder.publicReactions.contains("accuse.condemn.v"))
        // every entry of the file is an entry of the lexicon, and its example gives a declaration
        for id in TypedEventFinder.publicReactions {
            guard let entry = Self.finder.lexicon.entries.first(where: { $0.id == id }) else { Issue.record("no entry \(id)"); continue }
            #expect(typed(entry.example).contains { $0.typing?.trigger == id && $0.kind == "declaration" }, "\(id)")
        }
    }

    /// Nouns the position tells from verbs.
    @Test func nounsByPosition() {
        let strike = typed("Tens of thousands of people joined a nationwide strike.")
        #expect(strike.first { $0.text == "strike" }?.typing?.type == "protest", "\(strike.map { ($0.text, $0.kind) })")
        #expect(!typed("The blast shattered the glass shell of the building.").contains { $0.text == "shell" })
        #expect(!typed("Power and water supplies were not affected.").contains { $0.text == "supplies" })
        #expect(!typed("Police found empty shell boxes in a Dumpster outside his apartment.").contains { $0.text == "shell" })
        #expect(!typed("The act has protected our nation's most threatened wildlife.").contains { $0.text == "threatened" })
        // the verbs stay
        #expect(typed("Artillery shelled the town.").contains { $0.text == "shelled" })
        #expect(typed("Iran supplies drones to Russia.").contains { $0.text == "supplies" })
        #expect(typed("Rebels threatened the town.").contains { $0.text == "threatened" })
    }

    /// Adopting a law or a decision is an act of its own (`other`); a resolution stays a declaration.
    @Test func adoptingALawIsNoDeclaration() {
        let law = typed("Last year a law 'On political parties' was adopted in Turkmenistan.", date: "2013-09-26")
        #expect(law.first { $0.text == "adopted" }?.kind == "other", "\(law.map { ($0.text, $0.kind) })")
        let decision = typed("In August 2013 the Turkmen leader adopted a decision to remove the duties of the chairman.", date: "2013-09-26")
        #expect(decision.first { $0.text == "adopted" }?.kind == "other")
        let resolution = typed("The Security Council adopted a resolution on Thursday.", date: "1998-08-13")
        #expect(resolution.first { $0.text == "adopted" }?.kind == "declaration", "\(resolution.map { ($0.text, $0.kind) })")
        #expect(TypedEventFinder.adoptedLaws.contains("law"))
    }

    /// A capitalized trigger word inside the name of a body is no event of the rules.
    @Test func aTriggerInsideANameIsNoRuleEvent() {
        let a = Support.analyze("Title\n\nAt a meeting of the Central Election Commission it was decided to hold seminars. A message from the Central Commission for Elections and Referenda said so. The elections will be held in December.")
        #expect(!a.events.contains { $0.text == "Election" || $0.text == "Elections" }, "\(a.events.map { ($0.text, $0.kind) })")
        #expect(a.events.contains { $0.text == "elections" })
    }

    /// A verb that stops another event is an event of its own but leaves the sentence's main event
    /// to the one it stops (the lexicon's examples find "foiled", "thwarted", "pulled over", "chase").
    @Test func aFoiledAttemptStaysTheMainEvent() {
        let e = typed("The attempt to assassinate the governor was thwarted in Siberia on Monday.", date: "2009-04-02")
        #expect(e.contains { $0.text == "thwarted" } && e.first { $0.typing?.main == true }?.text == "assassinate", "\(e.map { ($0.text, $0.typing?.main ?? false) })")
        #expect(TypedEventFinder.stoppingVerbs.allSatisfy { id in Self.finder.lexicon.entries.contains { $0.id == id } })
    }
}
