import Foundation
import Testing
@testable import ChronicleKit

/// The fast paths of the syntax stage (docs/Syntax.md, "Design") give what the trainer's
/// feature functions give: the parser's (role sums, per-word key prefixes, the none row, and
/// the cache that keeps them across the sentences of one annotator) makes
/// the moves and labels of `Parser.features` and `Parser.labelFeatures` over a `ParseState`;
/// the tagger's word cache tags as scoring every feature does; the SIMD argmax picks the first
/// best class.
@Suite struct SyntaxSpeedTests {
    /// The bundled model, decoded greedily (the fast greedy path is what this suite checks;
    /// `BeamSearchTests` checks the beam's).
    static let model: SyntaxModel = {
        let m = try! SyntaxModel.standard()
        return SyntaxModel(tables: m.tables, tagger: m.tagger, parser: m.parser.decoding(width: 1), morphology: m.morphology)
    }()

    /// Heads and labels (id + 1) of words 0...n by the trainer's feature functions.
    static func referenceParse(_ p: Parser, _ n: Int, _ w: [UInt64], _ t: [UInt64]) -> (head: [Int32], label: [UInt8]) {
        var st = ParseState()
        st.reset(n)
        var keys = [UInt64](repeating: 0, count: 128), scores = [Int32](repeating: 0, count: 256)
        let lc = p.labeler.classes
        w.withUnsafeBufferPointer { wp in
            t.withUnsafeBufferPointer { tp in
                keys.withUnsafeMutableBufferPointer { kb in
                    scores.withUnsafeMutableBufferPointer { sb in
                        let k = kb.baseAddress!, s = sb.baseAddress!
                        while !st.isFinal {
                            let vs = st.valid(Parser.shift), vl = st.valid(Parser.left), vr = st.valid(Parser.right)
                            var move = -1
                            if vs && !vl && !vr { move = Parser.shift } else if vr && !vs && !vl { move = Parser.right } else {
                                Parser.features(st, wp.baseAddress!, tp.baseAddress!, k, templates: p.templates)
                                s[0] = 0; s[1] = 0; s[2] = 0
                                p.transitions.score(k, p.templates.featureCount, s)
                                for m in 0..<3 where (m == 0 ? vs : m == 1 ? vl : vr) && (move < 0 || s[m] > s[move]) { move = m }
                            }
                            var lab = 0
                            if move != Parser.shift {
                                let h = move == Parser.left ? st.b : st.s1, d = st.s0
                                if h == 0 { lab = p.rootLabel } else {
                                    Parser.labelFeatures(st, h, d, wp.baseAddress!, tp.baseAddress!, k)
                                    for j in 0..<lc { s[j] = 0 }
                                    p.labeler.score(k, Parser.labelFeatureCount, s)
                                    lab = -1
                                    for l in 0..<lc where l != p.rootLabel && (lab < 0 || s[l] > s[lab]) { lab = l }
                                }
                            }
                            st.apply(move, label: UInt8(lab + 1))
                        }
                    }
                }
            }
        }
        return (st.head, st.label)
    }

    /// Every sentence of a few PolNeAR dev articles (fixtures) and of the fuzz inputs, and a
    /// 2,000-word sentence: the same heads and labels both ways.
    @Test func fastParseMakesTheReferenceMoves() throws {
        let dir = Support.fixtures.appendingPathComponent("polnear-dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted().prefix(6)
        var texts = try names.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
        for f in ["caps-urls.txt", "non-english.txt", "table.txt"] {
            texts.append(try String(contentsOf: Support.fixtures.appendingPathComponent("fuzz/syntax/\(f)"), encoding: .utf8))
        }
        texts.append(String(repeating: "the talks of the minister and ", count: 300))
        var annotator = SyntaxAnnotator(model: Self.model)
        let parser = Self.model.parser
        var sentences = 0, words = 0
        for text in texts {
            let doc = Support.pipeline.text.analyze(id: "t.txt", text: text)
            for s in doc.sentences {
                let forms = doc.tokens[s.tokens].map(\.text)
                guard !forms.isEmpty else { continue }
                var out = SyntaxAnnotator.Sentence()
                annotator.annotate(forms, into: &out)
                let n = forms.count
                let w = [SyntaxAnnotator.rootHash] + annotator.hashes.map(\.norm)
                let t = [UInt64(Self.model.tagger.model.classes)] + out.tag.map { UInt64($0) }
                // the tagger without its word cache
                var plain = [UInt16](repeating: 0, count: n)
                var scores = [Int32](repeating: 0, count: Self.model.tagger.model.classes)
                annotator.hashes.withUnsafeBufferPointer { hp in
                    plain.withUnsafeMutableBufferPointer { op in
                        scores.withUnsafeMutableBufferPointer { Self.model.tagger.tag(hp, op.baseAddress!, $0.baseAddress!) }
                    }
                }
                #expect(plain == out.tag)
                let ref = Self.referenceParse(parser, n, w, t)
                #expect(Array(ref.head[1...n]) == out.head)
                #expect(ref.label[1...n].map { $0 &- 1 } == out.deprel)
                sentences += 1
                words += n
            }
        }
        #expect(sentences > 100)
        #expect(words > 3000)
    }

    /// The tagger's word-only, tag-pair and context keys are together the keys of
    /// `Tagger.features` (less the bias, scored once per model).
    @Test func taggerKeysSplitTheReferenceKeys() {
        var buffer: [UInt32] = []
        let forms = ["The", "minister", "said", "2,000", "U.S.", "don't", "Kyiv", "\u{201C}", "x"]
        let hashes = forms.map { WordHashes.of($0, buffer: &buffer) }
        let amb = hashes.map { Self.model.tagger.ambiguityClass($0) }
        hashes.withUnsafeBufferPointer { hp in
            amb.withUnsafeBufferPointer { ap in
                for i in 0..<forms.count {
                    for (p1, p2) in [(UInt64(104), UInt64(104)), (3, 17)] {
                        var ref = [UInt64](repeating: 0, count: Tagger.featureCount), split = [UInt64](repeating: 0, count: 32)
                        ref.withUnsafeMutableBufferPointer { Tagger.features(hp, ap.baseAddress!, i, p1, p2, $0.baseAddress!) }
                        split.withUnsafeMutableBufferPointer { sb in
                            Tagger.wordFeatures(hp[i], ap[i], sb.baseAddress!)
                            Tagger.tagFeatures(p1, p2, sb.baseAddress! + 12)
                            Tagger.contextFeatures(hp, ap.baseAddress!, i, p1, sb.baseAddress! + 15)
                        }
                        #expect(ref.dropFirst().sorted() == split.sorted())
                    }
                }
            }
        }
    }

    /// The first index of the largest score, ties and Int32.min included, for lengths 1...120.
    @Test func argmaxIsTheFirstBest() {
        var rng = SeededRandom(seed: 17)
        for c in 1...120 {
            for round in 0..<20 {
                let scores: [Int32] = (0..<c).map { _ in
                    switch round % 4 {
                    case 0: return Int32(truncatingIfNeeded: Int(rng.below(2000)) - 1000)
                    case 1: return Int32(rng.below(3))  // many ties
                    case 2: return .min
                    default: return rng.below(2) == 0 ? .min : .max
                    }
                }
                var best = 0
                for j in 1..<c where scores[j] > scores[best] { best = j }
                #expect(scores.withUnsafeBufferPointer { LinearModel.argmax($0.baseAddress!, c) } == best)
            }
        }
    }

    /// The ASCII path of `WordHashes.of` gives the scalar path's values, for words of every
    /// shape (case, digits, hyphens, punctuation, lengths 0 to 12).
    @Test func asciiWordHashesAreTheScalarOnes() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("aZzA09-.,'$&Mx".utf8)
        var words = ["", "a", "I", "The", "U.S.", "1,000", "2019", "co-op", "n't", "'s", "HELLO", "McDonald's"]
        for _ in 0..<2000 {
            let n = Int.random(in: 0...12, using: &rng)
            words.append(String(decoding: (0..<n).map { _ in alphabet.randomElement(using: &rng)! }, as: UTF8.self))
        }
        var buffer: [UInt32] = []
        for w in words {
            let fast = WordHashes.of(w, buffer: &buffer)
            let slow = WordHashes.of(w.unicodeScalars, buffer: &buffer)
            #expect([fast.exact, fast.lower, fast.norm, fast.suf1, fast.suf2, fast.suf3, fast.suf4, fast.suf5, fast.pre1, fast.pre2, fast.pre3, fast.shape]
                    == [slow.exact, slow.lower, slow.norm, slow.suf1, slow.suf2, slow.suf3, slow.suf4, slow.suf5, slow.pre1, slow.pre2, slow.pre3, slow.shape], "\(w)")
            #expect(fast.flags == slow.flags && fast.length == slow.length, "\(w)")
        }
        // a word with a non-ASCII scalar takes the scalar path
        #expect(Array("café".utf8).withUnsafeBufferPointer { WordHashes.ascii($0) } == nil)
    }

    /// Contractions split as UD splits them, and nothing else (curly quotes, dashes and
    /// words of five or six letters starting like "cannot" or "gonna" are one word).
    @Test func cliticsAreFoundByTheirEnds() {
        let cases: [(String, Int?)] = [("don't", 3), ("DON'T", 3), ("can’t", 3), ("they're", 3), ("we've", 3), ("he'll", 3), ("I'm", 2),
                                       ("she'd", 2), ("it's", 2), ("Russia’s", 2), ("cannot", 3), ("CANNOT", 3), ("gonna", 2), ("Wanna", 2),
                                       ("gotta", 2), ("“", nil), ("”", nil), ("—", nil), ("could", nil), ("world", nil), ("gonnaa", nil),
                                       ("c@nnot", nil), ("'s", nil), ("’s", nil), ("rock'n'roll", nil), ("o'clock", nil)]
        for (w, k) in cases { #expect(SyntaxAnalyzer.cliticLength(w) == k, "\(w)") }
    }

    /// The tagger's word cache kept from one document to the next (`Tagger.WordCache.Pool`)
    /// gives the tags, lemmas and features a cold cache gives: documents tagged after others
    /// (warm) and each alone with a fresh annotator (cold) agree word for word.
    @Test func warmWordCacheTagsAsAColdOne() {
        let model = SyntaxTests.model
        let texts = ["The minister said on Monday that talks with Russia had failed.",
                     "Russia's foreign minister rejected the claims, saying the talks would go on.",
                     "The minister said the claims were false; talks with the minister's team went on in Geneva."]
        let docs = texts.enumerated().map { Support.pipeline.text.analyze(id: "w\($0.offset).txt", text: $0.element) }
        let analyzer = SyntaxAnalyzer(model: model)
        // warm: the same analyzer over all documents, twice, so later ones reuse the cache
        let warm = (docs + docs).map { analyzer.analyze($0, parse: false) }
        for (k, doc) in docs.enumerated() {
            var ann = SyntaxAnnotator(model: model)
            var cold = SyntaxAnnotator.Sentence()
            for s in doc.sentences {
                let forms = warm[k].wordToken.indices.filter { s.tokens.contains(Int(warm[k].wordToken[$0])) }.map { doc.text(warm[k].wordSpan[$0]) }
                ann.annotate(forms, into: &cold)
            }
            for layer in [warm[k], warm[k + docs.count]] {
                #expect(layer.tag == cold.tag)
                #expect(layer.lemma == cold.lemma)
                #expect(layer.feats == cold.feats)
            }
        }
    }
}
