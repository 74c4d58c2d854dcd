import Testing
@testable import ChronicleKit

/// Session 36 (issue 18): "X must Y" in someone's words is the speaker's call on X
/// (`EventDemands.swift`); a declaration that demands hands the main event to its demand; "to
/// attend" a noun event makes it a complement (`EventAttendance.swift`); a complement planned by
/// its governor keeps the past time right after it (`EventCoordination.swift`).
@Suite struct EventDemandsTests: TypedEventTesting {
    func demand(_ e: [Event]) -> Event? { e.first { $0.typing?.trigger == TypedEventFinder.demandEntryID } }
    func arg(_ e: Event?, _ role: String) -> String? { e?.typing?.arguments.first { $0.role == role }?.text }

    @Test func anObligationInSomeonesWordsIsACall() {
        let declared = typed("The Bush administration declared Tuesday that China must drop barriers to U.S. exports or face tariff penalties.", date: "2002-05-08")
        let d = demand(declared)
        #expect(d?.text == "must" && d?.kind == "call" && d?.typing?.plover == "DEMAND", "\(seen(declared))")
        #expect(d?.typing?.main == true && arg(d, "target") == "China" && arg(d, "agent") == "The Bush administration",
                "\(String(describing: d?.typing?.arguments.map { ($0.role, $0.text) }))")
        for text in ["“The authorities must end this brutal and deadly crackdown immediately,” said Philip Luther of Amnesty International.",
                     "The ambassador told the officials that they would need to deliver an investigation.",
                     "Chirac issued a stern reminder Saturday to Iraq that it must cooperate fully with the inspectors.",
                     "The minister said on Monday that Russia should hand over the documents."] {
            let e = typed(text, date: "2019-11-20")
            #expect(demand(e)?.kind == "call" && demand(e)?.typing?.status == .happened, "\(text): \(seen(e))")
        }
    }

    @Test func anObligationNoOneIsCalledOnIsNone() {
        for text in ["Visitors must wear masks inside the museum.",
                     "“We must do more,” the president said on Monday.",
                     "“I must admit I was surprised,” she said.",
                     "Forecasters said the weather should improve by Thursday.",
                     "The minister said the suspect must have fled the country.",
                     "It should be noted that the minister said nothing.",
                     "He asked whether Russia should hand over the documents?",
                     "Analysts think the central bank must raise rates soon.",
                     "“You have to take yourself out of it a little bit,” she said.",
                     "Subscribe to the newsletter, he said: 10 Things in Tech You Need to Know.",
                     "“The house's future use by the police should send a signal,” the minister said.",
                     "People will begin to think the target of such anger must be doing something right, he said."] {
            let e = typed(text, date: "2019-11-20")
            #expect(demand(e) == nil, "\(text): \(seen(e))")
        }
    }

    @Test func aDeclarationThatDemandsIsTheDemand() {
        let e = typed("The rebel Kurdistan Workers' Party issued a declaration demanding that the Turkish government provide information on the safety of its leader.", date: "1999-02-20")
        let main = e.first { $0.typing?.main == true }
        #expect(main?.text == "demanding" && main?.kind == "call", "\(seen(e))")
        #expect(arg(main, "agent")?.hasSuffix("Party") == true, "\(String(describing: main?.typing?.arguments.map { ($0.role, $0.text) }))")
    }

    @Test func whatOneIsToAttendTakesTheGoverningStatus() {
        let invited = typed("The leaders were invited to attend the summit in Paris.", date: "2019-11-20")
        #expect(invited.first { $0.text == "summit" }?.typing?.status == .planned, "\(seen(invited))")
        let refused = typed("The opposition refused to attend the talks with the government.", date: "2019-11-20")
        #expect(refused.first { $0.text == "talks" }?.typing?.status == .negated, "\(seen(refused))")
        // (a preposition after the verb: no event attended)
        let tended = typed("The doctors agreed to attend to the wounded after the attack.", date: "2019-11-20")
        #expect(tended.first { $0.text == "attack" }?.typing?.status != .planned, "\(seen(tended))")
    }

    @Test func attendingAnOccasionIsAnEvent() {
        let e = typed("President Emmanuel Macron attended a show with his wife on Friday.", date: "2020-01-18")
        #expect(e.contains { $0.text == "attended" && $0.kind == "other" }, "\(seen(e))")
        // (an event noun after it is the event)
        let summit = typed("The minister attended a conference on Monday.", date: "2019-11-20")
        #expect(summit.map(\.text) == ["conference"], "\(seen(summit))")
    }

    @Test func aComplementPlannedByItsGovernorKeepsItsPastTime() {
        let e = typed("Suu Kyi, who was freed in 2010, personally invited McConnell to visit her in January 2012.", date: "2016-09-16")
        #expect(date(e, "visit") == "2012-01", "\(seen(e))")
        // (a plan of its own keeps a past time after it from another noun)
        let g = typed("The ministry said Friday it would investigate the genocide of Tutsis in Rwanda nearly four years ago.", date: "1998-01-09")
        #expect(date(g, "investigate") != "1994", "\(seen(g))")
    }
}

/// Session 36: a quarter of a game dates no event; a company's quarter still does.
@Suite struct GameQuarterTests: TypedEventTesting {
    @Test func aQuarterOfAGameIsNoCalendarQuarter() {
        let a = Support.analyze("Colts beat Chiefs 20-13 to clinch playoff berth\n\nThe Colts beat the Chiefs 20-13 on Sunday. Luck broke Newton's record of 4,051 yards passing in the second quarter.", date: "2012-12-23")
        let e = TypedEventSupport.finder.find(a.document, actors: a.actors, times: a.times)
        let broke = e.first { $0.text == "broke" }
        #expect(broke != nil && broke?.date != "2012-Q2", "\(seen(e))")
        let firm = typed("The company opened a new plant in the third quarter.", date: "2012-12-23")
        #expect(firm.contains { $0.date == "2012-Q3" }, "\(seen(firm))")
    }
}
