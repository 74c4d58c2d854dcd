import Testing
@testable import ChronicleKit

/// Offsets are the spine: for every fact of both seeds, the text at its span is its text,
/// its span lies in its sentence, and it names the rule that produced it.
@Suite struct ProvenanceInvariantTests {
    static func check(_ c: Corpus) -> [String] {
        var bad: [String] = []
        for d in c.documents {
            let doc = d.document
            func verify(_ kind: String, _ p: Provenance, _ text: String) {
                if doc.text(p.span) != text { bad.append("\(kind) \(p.span) '\(text)' != '\(doc.text(p.span))'") }
                if p.rule.isEmpty { bad.append("\(kind) \(p.span) has no rule") }
                if p.sentence >= 0 && !doc.sentences[p.sentence].span.contains(p.span) && !(kind == "statement") {
                    bad.append("\(kind) \(p.span) outside its sentence \(doc.sentences[p.sentence].span)")
                }
            }
            for t in d.times { verify("time", t.provenance, t.text) }
            for m in d.actors.mentions { verify("mention", m.provenance, m.text) }
            for s in d.statements {
                verify("statement", s.provenance, s.text)
                if let src = s.sourceSpan, src.overlaps(s.provenance.span) && s.parts.count == 1 { bad.append("source inside content \(s.provenance.span)") }
            }
            for e in d.events { verify("event", e.provenance, e.text) }
            for t in doc.tokens where doc.text(t.span) != t.text { bad.append("token \(t.span)") }
        }
        return bad
    }

    @Test func everySeedFactHasItsTextAtItsSpan() {
        let c = Support.seeds()
        #expect(c.documents.count == 2)
        #expect(c.documents.map { $0.times.count + $0.statements.count + $0.events.count + $0.actors.mentions.count }.reduce(0, +) > 50)
        #expect(Self.check(c) == [])
    }

    @Test func spansCountUnicodeScalarsWithBOMAndCRLF() {
        let text = "\u{FEFF}date 2021-02-15 Title line\r\n\r\n“We will win,” said Foreign Minister Dmytro Kuleba on Monday.\r\n"
        let a = Support.pipeline.analyze(id: "bom.txt", text: text)
        let c = EventGraphBuilder().build([a])
        #expect(Self.check(c) == [])
        #expect(a.statements.count == 1)
        #expect(a.statements.first?.text == "We will win")
        #expect(a.document.date == "2021-02-15")
    }
}
