import Testing
@testable import ChronicleKit

@Suite struct PatternTests {
    let book = Support.pipeline.book

    func tokens(_ s: String) -> [Token] { book.tokenizer.tokenize(Array(s.unicodeScalars)) }

    func match(_ pattern: String, _ text: String, at i: Int = 0) throws -> (end: Int, captures: [Capture])? {
        var p = PatternParser(pattern)
        let nodes = try p.parse()
        let t = tokens(text)
        return Matcher(tokens: t, book: book, layers: Layers()).match(nodes, at: i, in: 0..<t.count)
    }

    @Test func literalsOptionalsAndBindings() throws {
        let m = try #require(try match("(the)? month=@months day=#day", "the February 15 summit"))
        #expect(m.end == 3)
        #expect(m.captures.first { $0.name == "month" }?.entry?.value == "02")
        #expect(m.captures.first { $0.name == "day" }?.tokens == 2..<3)
    }

    @Test func lazyAnyStopsAtTheFirstPossibleEnd() throws {
        let m = try #require(try match("content=... , he said", "a , b , he said"))
        #expect(m.captures.first { $0.name == "content" }?.tokens == 0..<3)
    }

    @Test func sentenceAnchorsAndNegation() throws {
        #expect(try match("^ said", "said it") != nil)
        #expect(try match("!in x=@countries:capitals", "in Moscow", at: 0) == nil)
        #expect(try match("!in x=@countries:capitals", "told Moscow", at: 0) != nil)
        #expect(try match("Moscow $", "to Moscow", at: 1) != nil)
    }

    @Test func aLayerAheadIsNotThereWhateverItsLength() throws {
        // Session 23: `~<time>` sees the two-token time "last year" ahead, as "Friday"
        var p = PatternParser("said ~<time> x=#word")
        let nodes = try p.parse()
        let t = tokens("said last year .")
        var layers = Layers()
        layers.add("time", tokens: 1..<3, item: 0)
        #expect(Matcher(tokens: t, book: book, layers: layers).match(nodes, at: 0, in: 0..<t.count) == nil)
        var one = Layers()
        one.add("time", tokens: 1..<2, item: 0)
        #expect(Matcher(tokens: t, book: book, layers: one).match(nodes, at: 0, in: 0..<t.count) == nil)
        #expect(Matcher(tokens: t, book: book, layers: Layers()).match(nodes, at: 0, in: 0..<t.count) != nil)
    }

    @Test func caseRulesOfLexiconSurfaces() throws {
        // "May" the month needs a capital; "US" needs exact case
        #expect(try match("@months", "may") == nil)
        #expect(try match("@months", "May") != nil)
        #expect(try match("@countries", "us") == nil)
        #expect(try match("@countries", "US") != nil)
    }

    @Test func syntaxErrorsNameTheFileAndLine() {
        #expect(throws: ChronicleError.ruleSyntax(file: "x.rules", line: 2, message: "rule a.b: missing ')'")) {
            try RuleSet.parse(file: "x.rules", text: "rule a.b\n  pattern: ( x y\n")
        }
        #expect(throws: ChronicleError.self) { try RuleSet.parse(file: "x.rules", text: "rule a\n  pattern: x\nrule a\n  pattern: y\n") }
        #expect(throws: ChronicleError.self) {
            let set = try RuleSet.parse(file: "x.rules", text: "rule a\n  pattern: @nosuchlexicon\n")
            try set.validate(lexicons: book.lexicons, classes: book.classes, layers: RuleBook.layers)
        }
    }
}
