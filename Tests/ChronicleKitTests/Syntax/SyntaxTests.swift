import Foundation
import Testing
@testable import ChronicleKit

/// The Syntax stage: the bundled model loads and parses clear sentences sensibly, every parse
/// is a tree, CoNLL-U goes round, and training is deterministic.
@Suite struct SyntaxTests {
    static let model = try! SyntaxModel.standard()

    /// The words, tags, relations and heads of a one-sentence text.
    static func parse(_ text: String) -> (doc: Document, layer: SyntaxLayer) {
        let doc = Support.pipeline.text.analyze(id: "t.txt", text: text)
        return (doc, SyntaxAnalyzer(model: model).analyze(doc))
    }

    static func word(_ p: (doc: Document, layer: SyntaxLayer), _ form: String) -> Int? {
        (0..<p.layer.count).first { p.doc.text(p.layer.wordSpan[$0]) == form }
    }

    @Test func reportingVerbHasItsSubject() throws {
        let p = Self.parse("The minister said on Monday that talks failed.")
        let said = try #require(Self.word(p, "said")), minister = try #require(Self.word(p, "minister"))
        #expect(p.layer.upos[said] == .VERB)
        #expect(p.layer.head[said] == -1)
        #expect(p.layer.relation(said) == "root")
        #expect(p.layer.head[minister] == Int32(said))
        #expect(p.layer.relation(minister) == "nsubj")
        #expect(p.layer.lemma[said] == "say")
        #expect(p.layer.feature(said, "Tense") == "Past")
        #expect(p.layer.feature(said, "VerbForm") == "Fin")
        let failed = try #require(Self.word(p, "failed"))
        #expect(p.layer.head[failed] == Int32(said))
        #expect(p.layer.relation(failed) == "ccomp")
    }

    @Test func nounAndVerbReadings() throws {
        let p = Self.parse("Russia attacks the city, but the attacks failed.")
        let words = (0..<p.layer.count).filter { p.doc.text(p.layer.wordSpan[$0]) == "attacks" }
        try #require(words.count == 2)
        #expect(p.layer.upos[words[0]] == .VERB)
        #expect(p.layer.upos[words[1]] == .NOUN)
        #expect(p.layer.lemma[words[1]] == "attack")
        #expect(p.layer.feature(words[1], "Number") == "Plur")
    }

    @Test func contractionsAreTwoWords() throws {
        let p = Self.parse("I don't think Russia's army can't win.")
        let dont = try #require(p.doc.tokens.firstIndex { $0.text == "don't" })
        let words = p.layer.words(ofToken: dont)
        #expect(words.count == 2)
        #expect(words.map { p.doc.text(p.layer.wordSpan[$0]) } == ["do", "n't"])
        #expect(p.layer.lemma[words.upperBound - 1] == "not")
        let us = Self.parse("The U.S. said no.")
        #expect(Self.word(us, "U.S.").map { us.layer.upos[$0] } == .PROPN)
        let poss = try #require(Self.word(p, "'s"))
        #expect(p.layer.relation(poss) == "case")
    }

    @Test(arguments: [
        "", "...", "BREAKING: PUTIN SAYS TALKS ARE OVER", "See https://example.com/a?b=1 now",
        "2019 1.2 3.4\n2020 5.6 7.8", "Der Minister sagte, dass die Gespräche gescheitert seien.", "\u{0}\u{7}x",
        String(repeating: "the talks of the minister and ", count: 400),
    ])
    func alwaysATree(_ text: String) {
        let p = Self.parse(text)
        FuzzTargets.checkTree(p.layer, tokens: p.doc.tokens.count)
        #expect(p.layer.count >= p.doc.tokens.count)
    }

    /// A 2,000-word "sentence" with no period costs what 2,000 one-word steps cost: 2n moves
    /// and at most 2n scorings per beam item, the same per word as for a sentence of 20 words.
    @Test func longSentenceIsLinear() {
        func work(_ n: Int) -> (moves: Int, features: Int) {
            let forms = (0..<n).map { ["the", "talks", "of", "minister", "and", "said", "2,000", "in"][$0 % 8] }
            var a = SyntaxAnnotator(model: Self.model)
            var out = SyntaxAnnotator.Sentence()
            a.annotate(forms, into: &out)
            #expect(out.head.count == n)
            #expect(out.head.filter { $0 == 0 }.count == 1)
            return (a.scratch.moves, a.scratch.scoredFeatures)
        }
        let small = work(20), large = work(2000)
        #expect(small.moves == 40)
        #expect(large.moves == 4000)
        let perMove = (Self.model.parser.templates.featureCount + Parser.labelFeatureCount) * Self.model.parser.beamWidth
        #expect(large.features <= 4000 * perMove)
        #expect(large.features > 2000 * Self.model.parser.templates.featureCount / 2)
    }

    @Test func conlluRoundTrip() throws {
        let path = Support.fixtures.appendingPathComponent("syntax/tiny.conllu").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let sentences = try CoNLLU.read(text, path: path)
        #expect(sentences.count == 4)
        #expect(sentences[1].forms == ["I", "do", "n't", "know", "."])
        var annotator = SyntaxAnnotator(model: Self.model)
        var out = ""
        for s in sentences {
            var a = SyntaxAnnotator.Sentence()
            annotator.annotate(s.forms, into: &a)
            CoNLLU.write(s, a, tables: Self.model.tables, into: &out)
        }
        let again = try CoNLLU.read(out, path: "out")
        #expect(again.map(\.forms) == sentences.map(\.forms))
        // comments, multiword tokens and empty nodes pass through
        #expect(out.contains("2-3\tdon't\t_"))
        #expect(out.contains("6.1\tattacked"))
        #expect(out.contains("# text = I don't know."))
        for s in again { #expect(CoNLLU.heads(s) != nil) }
        #expect(throws: ChronicleError.self) { try CoNLLU.read("1\tx\n", path: "bad.conllu") }
    }

    /// A model's table goes through its bytes unchanged (dense and sparse layouts, sparse
    /// features with weight rows), scores every feature as the (class, weight) entries it
    /// was made from, alone and together, and a corrupt table is an error, not a crash.
    @Test(arguments: [3, 40, 51])
    func linearModelRoundTrip(classes: Int) throws {
        var rng = SeededRandom(seed: UInt64(classes))
        var keys = Set<UInt32>()
        while keys.count < 500 { keys.insert(UInt32(truncatingIfNeeded: rng.next() | 1)) }
        let sorted = keys.sorted()
        var counts: [UInt8] = [], entries: [UInt32] = [], expected: [[Int32]] = []
        for _ in sorted {
            var row = [Int32](repeating: 0, count: classes)
            var n: UInt8 = 0
            for c in 0..<classes where rng.below(3) == 0 {
                let w = Int16(truncatingIfNeeded: Int(rng.below(2000)) - 1000) | 1
                entries.append(UInt32(c) << 16 | UInt32(UInt16(bitPattern: w)))
                row[c] = Int32(w)
                n += 1
            }
            if n == 0 { entries.append(UInt32(UInt16(bitPattern: 7))); row[0] = 7; n = 1 }
            counts.append(n)
            expected.append(row)
        }
        let m = LinearModel(classes: classes, keys: sorted, counts: counts, entries: entries)
        let bytes = m.serialized()
        var r = ByteReader(bytes, name: "m")
        let back = try LinearModel(reading: &r)
        #expect(back.serialized() == bytes)
        #expect(back.featureCount == 500)
        for (i, k) in sorted.enumerated() {
            var key = UInt64(k) << 32 | UInt64(i)
            var absent = UInt64(k &+ 1) << 32
            var s = [Int32](repeating: 0, count: classes)
            s.withUnsafeMutableBufferPointer { back.score(&key, 1, $0.baseAddress!) }
            #expect(s == expected[i])
            if !keys.contains(k &+ 1) && k &+ 1 != 0 {
                var z = [Int32](repeating: 0, count: classes)
                z.withUnsafeMutableBufferPointer { back.score(&absent, 1, $0.baseAddress!) }
                #expect(z == [Int32](repeating: 0, count: classes))
            }
        }
        // all features at once: the sums of their rows (weight rows and entry runs mixed)
        if classes > LinearModel.denseClasses {
            #expect(counts.contains { LinearModel.usesRow(Int($0), classes: classes) } && counts.contains { !LinearModel.usesRow(Int($0), classes: classes) })
        }
        var all = sorted.enumerated().map { UInt64($0.element) << 32 | UInt64($0.offset) }
        var total = [Int32](repeating: 0, count: classes)
        total.withUnsafeMutableBufferPointer { tb in all.withUnsafeMutableBufferPointer { back.score($0.baseAddress!, $0.count, tb.baseAddress!) } }
        #expect(total == (0..<classes).map { c in expected.reduce(Int32(0)) { $0 &+ $1[c] } })
        // a slot table with a stray entry is refused
        var bad = bytes
        bad[bad.count - 1] ^= 0xFF
        var rb = ByteReader(bad, name: "bad")
        if classes > 6 { #expect(throws: ChronicleError.self) { try LinearModel(reading: &rb) } }
        var rt = ByteReader(Array(bytes.prefix(bytes.count - 3)), name: "short")
        #expect(throws: ChronicleError.self) { try LinearModel(reading: &rt) }
    }

    @Test func trainingIsDeterministic() throws {
        let text = try String(contentsOf: Support.fixtures.appendingPathComponent("syntax/tiny.conllu"), encoding: .utf8)
        let sentences = try CoNLLU.read(text, path: "tiny.conllu")
        var o = SyntaxTrainer.Options()
        o.taggerEpochs = 3; o.parserEpochs = 3; o.folds = 2
        let a = try SyntaxTrainer(options: o).train(train: sentences, dev: sentences)
        let b = try SyntaxTrainer(options: o).train(train: sentences, dev: sentences)
        #expect(a.files.map(\.name) == b.files.map(\.name))
        #expect(a.files.map(\.bytes) == b.files.map(\.bytes))
        // and the files make a model that loads and parses
        let m = try SyntaxModel.decode(tagger: a.files[0].bytes, parser: a.files[1].bytes, morphology: a.files[2].bytes)
        var ann = SyntaxAnnotator(model: m)
        var out = SyntaxAnnotator.Sentence()
        ann.annotate(["The", "minister", "said", "."], into: &out)
        #expect(out.head.filter { $0 == 0 }.count == 1)
    }

    @Test func badModelBytesAreAnError() {
        #expect(throws: ChronicleError.self) { try SyntaxModel.decode(tagger: [1, 2, 3], parser: [], morphology: []) }
    }

    @Test func pipelineFillsTheLayer() {
        var p = Support.pipeline
        p.runsSyntax = true
        let a = p.analyze(id: "t.txt", text: "Title\n\n\"We will win,\" Foreign Minister John Smith said on Monday.")
        #expect(a.document.syntax.count >= a.document.tokens.count)
        #expect(a.document.syntax.tokenWord.count == a.document.tokens.count + 1)
    }
}
