import Foundation
import Testing
@testable import ChronicleKit

/// Issue 15: the cost of one article is linear in its size, whatever its shape. For each
/// adversarial shape, an article four times as long may cost each stage at most five times
/// the work (`StageWork`: loop steps and pattern-matcher steps counted as the stages run,
/// a deterministic proxy for instructions; docs/Architecture.md, "Bounds").
@Suite struct LinearCostTests {
    /// The shapes of the issue, smaller (a debug build runs them): `unit(k)` is the k-th repetition.
    struct Shape: CustomTestStringConvertible, Sendable {
        var name: String
        var count: Int
        var separator: String
        var unit: @Sendable (Int) -> String
        var prefix = ""
        var suffix: (@Sendable (Int) -> String)?
        var testDescription: String { name }

        func text(_ times: Int) -> String {
            let n = count * times
            var body = prefix
            for k in 0..<n {
                if k > 0 { body += separator }
                body += unit(k)
            }
            if let suffix { body += suffix(n) }
            return "Adversarial \(name)\n\n" + body + "\n"
        }
    }

    static let first = ["John", "Mary", "Peter", "Anna", "Carl", "Eve", "Oleg", "Ines", "Paul", "Rita", "Ivan", "Lena"]
    static let last = ["Smith", "Jones", "Weber", "Adams", "Kuleba", "Novak", "Garcia", "Brown"]

    static let shapes: [Shape] = [
        // a quote-dense paragraph ('Mr. Smith said "yes, ' × 2,000 took 14.5 s)
        // (1× has several times the quotations a paragraph may pair, `Limits.maxParagraphQuotes`:
        // the marks past the cap cost more per word than the paired ones, so with a 1× just past
        // it, two linear costs with that offset (600 units: statements 341,004 and 1,779,870
        // steps, ×5.2; 1,200 units: ×4.5) would read as superlinear)
        Shape(name: "quote-dense paragraph", count: 1_200, separator: "", unit: { _ in "Mr. Smith said \"yes, " }),
        // capitalised names in a row, many full names per surname
        Shape(name: "capitalised names", count: 1_000, separator: " ", unit: { k in
            first[k % first.count] + " " + last[(k / first.count) % last.count] + (k % 3 == 0 ? " " + last[k % last.count] : "")
        }),
        // "he said" over and over
        Shape(name: "he said", count: 1_000, separator: " ", unit: { _ in "he said" }),
        // a run-on sentence with no period (every statement held the rest of it)
        Shape(name: "run-on sentence", count: 250, separator: " ", unit: { _ in "Smith said on Monday that the talks failed," }),
        // dates
        Shape(name: "dates", count: 400, separator: " ", unit: { k in "on March \(k % 28 + 1), \(1990 + k % 30) and" }),
        // deeply nested brackets and quotation marks
        Shape(name: "nested brackets and quotes", count: 300, separator: " ", unit: { _ in "( “ « \" [" },
              prefix: "Smith said ", suffix: { n in " yes" + String(repeating: " ] \" » ” )", count: n) }),
        // straight quotation marks only (`chronicle time` on 50,000 of them took 3.8 s)
        Shape(name: "quotation marks", count: 2_000, separator: "", unit: { _ in "\"" }),
        Shape(name: "opening curly quotation marks", count: 2_000, separator: "", unit: { _ in "“" }),
        // quotations attributed by layout (a dash and a name) between statements found by the
        // rules: each used to be put in among the statements after it
        Shape(name: "dash-attributed quotations", count: 150, separator: "\n\n",
              unit: { k in "“The talks went on for hours \(k),” ― Carl Weber. “The plan is dead,” Smith said." }),
    ]

    /// The dash-attributed shape does reach `StatementFinder.standalone`, at both sizes, and
    /// each of its quotations is found once.
    @Test func dashAttributedQuotationsAreFoundByLayout() {
        let shape = Self.shapes.first { $0.name == "dash-attributed quotations" }!
        for times in [1, 4] {
            let statements = Support.analyze(shape.text(times)).statements
            let dash = statements.filter { $0.provenance.rule == "statement.quote.dash" }
            #expect(dash.count == shape.count * times, "\(times)×: \(dash.count) found by layout")
            #expect(Set(dash.map(\.provenance.span)).count == dash.count)
            #expect(statements.count >= 2 * shape.count * times)
        }
    }

    static func work(_ text: String) -> (StageWork, graph: Int) {
        var w = StageWork()
        let a = Support.pipeline.analyze(id: "t.txt", text: text, date: "2021-02-15", work: &w)
        var g = 0
        _ = EventGraphBuilder().build([a], work: &g)
        return (w, g)
    }

    @Test(arguments: shapes) func fourTimesTheTextIsAtMostFiveTimesTheWork(_ shape: Shape) {
        let (one, g1) = Self.work(shape.text(1))
        let (four, g4) = Self.work(shape.text(4))
        let stages = [("text", one.text, four.text), ("time", one.time, four.time), ("actors", one.actors, four.actors),
                      ("statements", one.statements, four.statements), ("events", one.events, four.events), ("graph", g1, g4)]
        for (stage, a, b) in stages {
            if ProcessInfo.processInfo.environment["CHRONICLE_PRINT_WORK"] != nil { print("work \(shape.name) \(stage): 1× \(a) 4× \(b) \(Double(b) / Double(max(a, 1)))") }
            #expect(a > 0, "\(shape.name), \(stage): no work counted")
            #expect(b <= 5 * a, "\(shape.name), \(stage): 1× \(a), 4× \(b) (\(Double(b) / Double(max(a, 1)))×)")
        }
    }

    /// The counter sees the quadratic cost it is there to catch: with the sentence cap lifted,
    /// a run-on sentence four times as long costs the statements stage more than five times.
    @Test func theCounterSeesAQuadraticWindow() {
        var shape = Self.shapes[3]
        shape.count = 100
        let p = Pipeline(book: Support.pipeline.book, limits: Limits(maxSentenceTokens: 1 << 30, maxStatementTokens: 1 << 30))
        var one = StageWork(), four = StageWork()
        _ = p.analyze(id: "t.txt", text: shape.text(1), date: "2021-02-15", work: &one)
        _ = p.analyze(id: "t.txt", text: shape.text(4), date: "2021-02-15", work: &four)
        #expect(four.statements > 5 * one.statements, "1× \(one.statements), 4× \(four.statements)")
    }

    /// What the run-on sentence writes grows linearly too: the statements' text at 4× is at
    /// most five times that at 1× (it held the rest of the sentence: 111 MB for 44 KB).
    @Test func statementTextGrowsLinearly() {
        let shape = Self.shapes[3]
        let one = Support.analyze(shape.text(1)).statements.reduce(0) { $0 + $1.text.utf8.count }
        let four = Support.analyze(shape.text(4)).statements.reduce(0) { $0 + $1.text.utf8.count }
        #expect(one > 0)
        #expect(four <= 5 * one, "1× \(one) bytes, 4× \(four) bytes")
    }
}
