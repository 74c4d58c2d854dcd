import Testing
@testable import ChronicleKit

/// Session 27 (issue 18, the dates of events): a first-person performative in a quotation is done
/// by saying it, on the saying's day (`EventPerformatives.swift`).
@Suite struct EventPerformativesTests: TypedEventTesting {
    @Test func aQuotedFirstPersonCallIsOfTheSayingsDay() {
        let none = typed("\u{201C}The United States firmly opposes intimidation, and we call for an end to the bullying,\u{201D} Esper said.", date: "2019-11-20")
        #expect(date(none, "call for") == "2019-11-20", "\(seen(none))")
        #expect(none.first { $0.text == "call for" }?.typing?.dateSource == .saying, "\(seen(none))")
        // (the attribution's time is the saying's)
        let tuesday = typed("\u{201C}We strongly condemn this attack,\u{201D} the minister said on Tuesday.", date: "2019-11-20")
        #expect(date(tuesday, "condemn") == "2019-11-19", "\(seen(tuesday))")
    }

    @Test func notOutsideAQuotationNorAPastNorAPlan() {
        let told = typed("The minister said we call for an end to the bullying.", date: "2019-11-20")
        #expect(told.first { $0.text == "call for" }?.typing?.dateSource != .saying, "\(seen(told))")
        let past = typed("\u{201C}We called for an end to the bullying,\u{201D} Esper said.", date: "2019-11-20")
        #expect(past.first { $0.text.hasPrefix("called") }?.typing?.dateSource != .saying, "\(seen(past))")
        let plan = typed("\u{201C}We will call for an end to the bullying,\u{201D} Esper said.", date: "2019-11-20")
        #expect(plan.first { $0.text.hasPrefix("call") }?.typing?.dateSource != .saying, "\(seen(plan))")
    }
}
