import Testing
@testable import ChronicleKit

/// Every rule fires on each of its own `example:` lines and on none of its `not:` lines.
@Suite struct RuleExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        var positive: Bool
        var testDescription: String { "\(positive ? "fires" : "silent"): \(rule)" }
    }

    static let cases: [Case] = {
        var out: [Case] = []
        for (_, set) in Support.pipeline.book.ruleSets.sorted(by: { $0.key < $1.key }) {
            for r in set.rules {
                out += r.examples.map { Case(rule: r.id, text: $0, positive: true) }
                out += r.counterexamples.map { Case(rule: r.id, text: $0, positive: false) }
            }
        }
        return out
    }()

    static func rulesFired(_ text: String) -> Set<String> {
        let a = Support.analyze(text)
        var ids = Set<String>()
        a.times.forEach { ids.insert($0.provenance.rule) }
        a.actors.mentions.forEach { ids.insert($0.provenance.rule) }
        a.statements.forEach { ids.insert($0.provenance.rule) }
        a.events.forEach { e in e.mentions.forEach { ids.insert($0.rule) } }
        return ids
    }

    @Test func everyRuleHasAnExample() {
        for (_, set) in Support.pipeline.book.ruleSets {
            for r in set.rules { #expect(!r.examples.isEmpty, "rule \(r.id) (\(r.file):\(r.line)) has no example") }
        }
    }

    @Test(arguments: cases) func ruleExample(_ c: Case) {
        let fired = Self.rulesFired(c.text)
        if c.positive {
            #expect(fired.contains(c.rule), "\(c.rule) did not fire on: \(c.text) (fired: \(fired.sorted()))")
        } else {
            #expect(!fired.contains(c.rule), "\(c.rule) fired on: \(c.text)")
        }
    }
}
