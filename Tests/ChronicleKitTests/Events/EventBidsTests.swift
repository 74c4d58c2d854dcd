import Testing
@testable import ChronicleKit

/// Session 31 (issue 18): an offer of money or of a contract is a bid, an event of the kind
/// `other`; an offer of help, talks or concessions stays an agreement (`EventBids.swift`).
@Suite struct EventBidsTests: TypedEventTesting {
    func kind(_ e: [Event], _ word: String) -> String? { e.first { $0.text.hasPrefix(word) }?.kind }

    @Test func anOfferOfMoneyOrAContractIsABid() {
        let deal = typed("The Red Sox offered Teixeira, 28, an eight-year deal worth $184 million on Thursday.", date: "2008-12-19")
        #expect(kind(deal, "offered") == "other", "\(seen(deal))")
        #expect(deal.first { $0.text == "offered" }?.typing?.plover == nil, "\(seen(deal))")
        let noun = typed("The Angels said last week they made an eight-year offer.", date: "2008-12-19")
        #expect(kind(noun, "offer") == "other", "\(seen(noun))")
        let reward = typed("A total of $650,000 is being offered in the United States for information leading to his arrest.", date: "2000-01-24")
        #expect(kind(reward, "offered") == "other", "\(seen(reward))")
    }

    @Test func anOfferOfHelpOrTalksStaysAnAgreement() {
        for text in ["Libya has offered to hand over to Great Britain two of its nationals.",
                     "Syria has again offered its troops to Lebanon's new President Elias Hrawi.",
                     "A Russian official offered concessions last November that could lead to an agreement."] {
            let e = typed(text, date: "1999-11-20")
            #expect(kind(e, "offered") == "agreement", "\(text): \(seen(e))")
        }
        // (a bid word past a ";" is another clause's)
        let e = typed("The minister offered talks; the bill will cost $3 million.", date: "1999-11-20")
        #expect(kind(e, "offered") == "agreement", "\(seen(e))")
    }
}
