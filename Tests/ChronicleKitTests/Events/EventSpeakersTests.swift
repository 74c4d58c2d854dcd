import Testing
@testable import ChronicleKit

/// Session 37 (issue 18): a demand's speaker is its agent (`TypedEventFinder.demandSpeaker`);
/// "must have" and a participle is a guess about the past, no demand (the parse's status); a
/// phrase's gap never holds a verb with a tense (`TypedEventFinder.tensedVerb`); an arrangement
/// before "to" is no event of its own (`arrangement-verb` of `function-words.tsv`).
@Suite struct EventSpeakersTests: TypedEventTesting {
    func parsed(_ body: String, date: String) -> [Event] {
        let a = Support.analyzeParsed("Title\n\n" + body, date: date)
        return TypedEventSupport.finder.find(a.document, actors: a.actors, times: a.times)
    }
    func demand(_ e: [Event]) -> Event? { e.first { $0.typing?.trigger == TypedEventFinder.demandEntryID } }
    func arg(_ e: Event?, _ role: String) -> String? { e?.typing?.arguments.first { $0.role == role }?.text }
    func roles(_ e: Event?) -> String { "\(String(describing: e?.typing?.arguments.map { ($0.role, $0.text) }))" }

    @Test func theSpeakerOfADemandIsItsAgent() {
        let cases = [("The minister said Iran must release the prisoners.", "The minister", "Iran"),
                     ("Amnesty International said on Tuesday that the authorities should end the crackdown.", "Amnesty International", "the authorities"),
                     ("“The authorities must end this brutal crackdown,” said Philip Luther.", "Philip Luther", "The authorities"),
                     ("Russia should hand over the documents, the minister said.", "the minister", "Russia")]
        for (text, agent, target) in cases {
            for e in [typed(text, date: "2019-11-20"), parsed(text, date: "2019-11-20")] {
                let d = demand(e)
                #expect(d?.kind == "call" && arg(d, "agent") == agent && arg(d, "target") == target, "\(text): \(roles(d))")
            }
        }
    }

    @Test func mustHaveAndAParticipleIsAPastEvent() {
        for e in [typed("Police said the suspect must have fled the country.", date: "2019-11-20"),
                  parsed("Police said the suspect must have fled the country.", date: "2019-11-20")] {
            let fled = e.first { $0.text == "fled" }
            #expect(fled != nil && fled?.typing?.status == .happened && demand(e) == nil, "\(seen(e))")
        }
        // (an obligation stays one)
        let must = parsed("The minister said Iran must release the prisoners.", date: "2019-11-20")
        #expect(must.first { $0.text == "release" }?.typing?.status == .demanded, "\(seen(must))")
    }

    @Test func aGapHoldsNoVerbWithATense() {
        let e = typed("Government forces carried out air strikes on the town on Monday.", date: "2019-11-20")
        #expect(!e.contains { $0.typing?.trigger == "sanction.force-out.vp" }, "\(seen(e))")
        #expect(e.contains { $0.kind == "military" }, "\(seen(e))")
        let out = typed("Jakarta forced the UN agency out of the country.", date: "2019-11-20")
        #expect(out.contains { $0.typing?.trigger == "sanction.force-out.vp" }, "\(seen(out))")
    }

    @Test func anArrangementBeforeToIsNoEvent() {
        let e = typed("The suspect was scheduled to appear before a magistrate on Friday.", date: "2019-11-20")
        #expect(!e.contains { $0.text == "scheduled" }, "\(seen(e))")
        #expect(e.contains { $0.text.hasPrefix("appear") && $0.typing?.status == .planned }, "\(seen(e))")
        // (its subject is the infinitive's agent)
        let set = typed("Gary Ross is set to meet with Lionsgate officials on Monday to resume negotiations.", date: "2012-04-09")
        let meet = set.first { $0.text == "meet" }
        #expect(meet?.typing?.arguments.first { $0.role == "agent" }?.text == "Gary Ross", "\(roles(meet))")
    }
}
