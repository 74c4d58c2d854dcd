import Testing
@testable import ChronicleKit

@Suite struct TemplateTests {
    let doc = Support.analyze("Dmytro Kuleba met Zoë Müller in Kyiv.").document

    /// The capture of tokens `range` under `name`.
    func cap(_ name: String, _ range: Range<Int>) -> Capture { Capture(name: name, tokens: range, entry: nil, item: nil) }

    @Test func slotsTakeTheirTextAndOptionalPartsNeedTheirSlots() {
        let caps = [cap("a", 0..<2), cap("b", 3..<5)]
        #expect(Template.fill("{a}", captures: caps, doc: doc) == "Dmytro Kuleba")
        #expect(Template.fill("{a} and {b}", captures: caps, doc: doc) == "Dmytro Kuleba and Zoë Müller")
        #expect(Template.fill("Minister {a}[ of {c}]", captures: caps, doc: doc) == "Minister Dmytro Kuleba")
        #expect(Template.fill("Minister {a}[ with {b}]", captures: caps, doc: doc) == "Minister Dmytro Kuleba with Zoë Müller")
        // a slot outside brackets that did not match: no name at all
        #expect(Template.fill("{a} {c}", captures: caps, doc: doc) == nil)
    }

    @Test func literalTextAndUnclosedBracesStayAsWritten() {
        let caps = [cap("b", 3..<5)]
        #expect(Template.fill("Ministère de {b}", captures: caps, doc: doc) == "Ministère de Zoë Müller")
        #expect(Template.fill("{b} {unclosed", captures: caps, doc: doc) == "Zoë Müller {unclosed")
        #expect(Template.fill("plain", captures: [], doc: doc) == "plain")
        #expect(Template.fill("", captures: [], doc: doc) == "")
    }

    @Test func lexiconValuesWinOverTheText() {
        let entry = LexiconEntry(value: "Ukraine", attrs: [:], surface: ["Kyiv"])
        let caps = [Capture(name: "c", tokens: 6..<7, entry: entry, item: nil)]
        #expect(Template.fill("Government of {c}", captures: caps, doc: doc) == "Government of Ukraine")
    }
}
