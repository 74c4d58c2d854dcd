import Testing
@testable import ChronicleKit

/// Quotation marks one level deep, and a paragraph opened by a closing mark (PolNeAR dev).
@Suite struct QuotationMarkerNestingTests {
    func quotes(_ text: String) -> [String] {
        let a = Support.analyze("Title\n\n" + text + "\n")
        return a.document.quotes.map { a.document.text($0.inner) }
    }

    @Test func aQuotationInsideAQuotationKeepsTheOuterOne() {
        let q = quotes("“I’d rather live in what he calls “hell” than live in a world where he is president.” ― Adriana Rodarte")
        #expect(q.contains("hell"))
        #expect(q.contains { $0.hasPrefix("I’d rather live") && $0.hasSuffix("president.") }, "\(q)")
    }

    @Test func aClosingMarkOpeningAParagraphOpensAQuotation() {
        let q = quotes("”Fear. I am truly afraid that he will win.” ― Edwin Monroy")
        #expect(q == ["Fear. I am truly afraid that he will win."])
    }

    @Test func aClosingMarkInsideAParagraphOpensNothing() {
        #expect(quotes("He said ”no” and left.").isEmpty)
    }
}
