import Foundation
import Testing
@testable import ChronicleKit

/// Beam search (`BeamSearch.swift`; docs/Syntax.md, "Session 24: beam search"): width 1 makes
/// the greedy parse, the persistent configurations give the features of `ParseState`, a wide
/// beam gives one tree per sentence at a cost linear in the words, and a beam model trains
/// deterministically and records its width.
@Suite struct BeamSearchTests {
    static let model = try! SyntaxModel.standard()

    /// The standard model with its parser decoding with a beam of `width`.
    static func model(width: Int) -> SyntaxModel {
        SyntaxModel(tables: model.tables, tagger: model.tagger, parser: model.parser.decoding(width: width), morphology: model.morphology)
    }

    /// The sentences (word and tag values of words 0...n) of a few PolNeAR dev articles and
    /// fuzz inputs, tagged by the standard model.
    static func sentences() throws -> [(n: Int, w: [UInt64], t: [UInt64])] {
        let dir = Support.fixtures.appendingPathComponent("polnear-dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted().prefix(6)
        var texts = try names.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
        for f in ["caps-urls.txt", "non-english.txt", "table.txt"] {
            texts.append(try String(contentsOf: Support.fixtures.appendingPathComponent("fuzz/syntax/\(f)"), encoding: .utf8))
        }
        var annotator = SyntaxAnnotator(model: model)
        var out: [(Int, [UInt64], [UInt64])] = []
        for text in texts {
            let doc = Support.pipeline.text.analyze(id: "t.txt", text: text)
            for s in doc.sentences {
                let forms = doc.tokens[s.tokens].map(\.text)
                guard !forms.isEmpty else { continue }
                var o = SyntaxAnnotator.Sentence()
                annotator.annotate(forms, into: &o)
                out.append((forms.count, [SyntaxAnnotator.rootHash] + annotator.hashes.map(\.norm),
                            [UInt64(model.tagger.model.classes)] + o.tag.map { UInt64($0) }))
            }
        }
        return out
    }

    static func parse(_ p: Parser, _ s: (n: Int, w: [UInt64], t: [UInt64]), width: Int?, _ scratch: inout Parser.Scratch) -> ([Int32], [UInt8]) {
        s.w.withUnsafeBufferPointer { wp in
            s.t.withUnsafeBufferPointer { tp in
                if let width {
                    p.beamParse(s.n, wp.baseAddress!, tp.baseAddress!, &scratch, cache: nil, width: width)
                } else {
                    p.parse(s.n, wp.baseAddress!, tp.baseAddress!, &scratch)
                }
            }
        }
        return (scratch.head, scratch.label)
    }

    @Test func widthOneIsTheGreedyParse() throws {
        let all = try Self.sentences()
        #expect(all.count > 60)
        var a = Parser.Scratch(), b = Parser.Scratch()
        let greedyParser = Self.model(width: 1).parser
        for s in all {
            let greedy = Self.parse(greedyParser, s, width: nil, &a)
            let beam = Self.parse(Self.model.parser, s, width: 1, &b)
            #expect(greedy.0 == beam.0)
            #expect(greedy.1 == beam.1)
        }
        // a wider beam changes some parses
        var changed = 0
        for s in all {
            let greedy = Self.parse(greedyParser, s, width: nil, &a)
            if Self.parse(Self.model.parser, s, width: 8, &b).0 != greedy.0 { changed += 1 }
        }
        #expect(changed > 0)
    }

    /// Beam search scored with the trainer's keys (`BeamLattice.transitionKeys`/`labelKeys` and
    /// `LinearModel.score`), for checking `beamParse`'s fast scoring.
    static func referenceBeam(_ p: Parser, _ s: (n: Int, w: [UInt64], t: [UInt64]), width: Int,
                              visit: ((ArraySlice<UInt64>) -> Void)? = nil) -> ([Int32], [UInt8]) {
        let w = s.w + [Parser.none], t = s.t + [Parser.none]
        var lat = BeamLattice()
        lat.reset(s.n)
        var beam = [0], top: [BeamCandidate] = []
        var keys = [UInt64](repeating: 0, count: 128), scores = [Int32](repeating: 0, count: 256)
        let lc = p.labeler.classes
        w.withUnsafeBufferPointer { wp in
            t.withUnsafeBufferPointer { tp in
                for _ in 0..<(2 * s.n) {
                    top.removeAll()
                    for (pos, i) in beam.enumerated() {
                        let v = lat.valid(lat.items[i])
                        var sc: [Int32] = [0, 0, 0]
                        if [v.0, v.1, v.2].filter({ $0 }).count >= 2 {
                            lat.transitionKeys(i, wp.baseAddress!, tp.baseAddress!, &keys, templates: p.templates)
                            p.transitions.score(keys, p.templates.featureCount, &sc)
                            visit?(keys.prefix(p.templates.featureCount))
                        }
                        for m in 0..<3 where [v.0, v.1, v.2][m] {
                            BeamCandidate.insert(BeamCandidate(score: lat.items[i].score + Double(sc[m]), move: Int32(m), pos: Int32(pos)), into: &top, k: width)
                        }
                    }
                    var next: [Int] = []
                    for c in top {
                        let i = beam[Int(c.pos)], m = Int(c.move)
                        var lab: UInt8 = 0
                        if m != Parser.shift {
                            if lat.arc(i, m).0 == 0 { lab = UInt8(p.rootLabel + 1) } else {
                                lat.labelKeys(i, m, wp.baseAddress!, tp.baseAddress!, &keys)
                                for j in 0..<lc { scores[j] = 0 }
                                p.labeler.score(keys, Parser.labelFeatureCount, &scores)
                                var best = -1
                                for l in 0..<lc where l != p.rootLabel && (best < 0 || scores[l] > scores[best]) { best = l }
                                lab = UInt8(best + 1)
                            }
                        }
                        next.append(lat.apply(i, m, lab, score: c.score))
                    }
                    beam = next
                }
            }
        }
        var head: [Int32] = [], label: [UInt8] = []
        lat.read(beam[0], head: &head, label: &label)
        return (head, label)
    }

    @Test func fastBeamScoringIsTheReference() throws {
        var scratch = Parser.Scratch()
        for s in try Self.sentences() {
            let fast = Self.parse(Self.model.parser, s, width: 8, &scratch)
            let ref = Self.referenceBeam(Self.model.parser, s, width: 8)
            #expect(fast.0 == ref.0)
            #expect(fast.1 == ref.1)
        }
    }

    /// The beam's memos (docs/Syntax.md, "Session 39"): the labels of arcs (`LabelMemo`) and the
    /// scores of (s0, b0) pairs (`PairMemo`) kept per sentence serve only their sentence. A
    /// scratch reused over every sentence, one whose generation wraps around (the memos cleared)
    /// part way, and a new scratch per sentence give the same parses, at widths 4 and 8.
    @Test func memosServeOnlyTheirSentence() throws {
        let all = try Self.sentences()
        let p = Self.model.parser
        for width in [4, 8] {
            var reused = Parser.Scratch(), wrapping = Parser.Scratch()
            wrapping.labelMemo.generation = UInt64.max - UInt64(all.count / 2)
            var wrapped = false
            for s in all {
                var fresh = Parser.Scratch()
                let a = Self.parse(p, s, width: width, &fresh)
                let before = wrapping.labelMemo.generation
                #expect(Self.parse(p, s, width: width, &reused) == a)
                #expect(Self.parse(p, s, width: width, &wrapping) == a)
                if wrapping.labelMemo.generation < before { wrapped = true }
            }
            #expect(wrapped)
        }
    }

    /// The standard model's transitions with weights for the rich templates' keys too
    /// (`Parser.richKeys`): the keys of every configuration the reference beam of width 8 scores
    /// on the sentences, each with seeded pseudo-random weights of the size of the model's,
    /// so that a rich key computed otherwise by the fast path changes scores and parses.
    static let richParser: Parser = {
        let p = model.parser
        let probe = Parser(transitions: p.transitions, labeler: p.labeler, rootLabel: p.rootLabel, beamWidth: 8, templates: .rich)
        var rich = Set<UInt32>()
        for s in try! sentences() {
            _ = referenceBeam(probe, s, width: 8) { keys in
                for k in keys.dropFirst(Parser.featureCount) { rich.insert(LinearModel.short(k)) }
            }
        }
        let (keys, counts, entries) = p.transitions.features()
        let known = Set(keys)
        var rng = SeededRandom(seed: 25)
        var k2 = keys, c2 = counts, e2 = entries
        for k in rich.sorted() where !known.contains(k) {
            k2.append(k)
            c2.append(3)
            for c in 0..<3 { e2.append(UInt32(c) << 16 | UInt32(UInt16(bitPattern: Int16(rng.below(4001) - 2000)))) }
        }
        return Parser(transitions: LinearModel(classes: 3, keys: k2, counts: c2, entries: e2), labeler: p.labeler, rootLabel: p.rootLabel,
                      beamWidth: 8, templates: .rich)
    }()

    /// With the rich templates, `beamParse`'s keys (the 32 prefixed ones and `richKeys` over
    /// the nodes) give the parses of the trainer's keys, at widths 8 and 1 (the greedy path of
    /// a rich model), and the rich keys' weights change parses.
    @Test func fastRichBeamScoringIsTheReference() throws {
        var scratch = Parser.Scratch()
        let rich = Self.richParser
        #expect(rich.transitions.featureCount > Self.model.parser.transitions.featureCount + 1000)
        var changed = 0
        for s in try Self.sentences() {
            for width in [8, 1] {
                let fast = Self.parse(rich, s, width: width, &scratch)
                let ref = Self.referenceBeam(rich, s, width: width)
                #expect(fast.0 == ref.0)
                #expect(fast.1 == ref.1)
            }
            // `parse` decodes a rich model at its width
            let viaParse = Self.parse(rich, s, width: nil, &scratch)
            #expect(viaParse.0 == Self.referenceBeam(rich, s, width: 8).0)
            if viaParse.0 != Self.parse(Self.model.parser, s, width: 8, &scratch).0 { changed += 1 }
        }
        #expect(changed > 10)
        // the greedy reference over a `ParseState` (`Parser.features` with the rich keys) makes
        // the moves of a rich model decoded at width 1
        let greedy = rich.decoding(width: 1)
        for s in try Self.sentences().prefix(40) {
            let ref = SyntaxSpeedTests.referenceParse(greedy, s.n, s.w, s.t)
            let fast = Self.parse(greedy, s, width: nil, &scratch)
            #expect(ref.head == fast.0)
            #expect(ref.label == fast.1)
        }
    }

    /// Along the greedy parse of each sentence, the beam lattice's keys (what the trainer
    /// scores) are those of `Parser.features` and `Parser.labelFeatures` over a `ParseState`,
    /// with the basic and the rich templates.
    @Test(arguments: Parser.Templates.allCases)
    func latticeKeysAreTheReferenceKeys(templates: Parser.Templates) throws {
        var scratch = Parser.Scratch()
        let p = Self.model.parser
        var rich = 0, distinct = 0
        for s in try Self.sentences().prefix(40) {
            // any parse's moves will do: the model's own
            _ = Self.parse(p, s, width: nil, &scratch)
            let w = s.w + [Parser.none], t = s.t + [Parser.none]
            var st = ParseState()
            st.reset(s.n)
            var lat = BeamLattice()
            lat.reset(s.n)
            var item = 0
            var ka = [UInt64](repeating: 0, count: 128), kb = [UInt64](repeating: 0, count: 128)
            let count = templates.featureCount
            // replayed by the static oracle on its heads
            let heads = [-1] + (1...s.n).map { Int(scratch.head[$0]) }
            guard let moves = SyntaxTrainer.staticOracle(s.n, heads) else { Issue.record("a parse is projective"); continue }
            w.withUnsafeBufferPointer { wp in
                t.withUnsafeBufferPointer { tp in
                    for m in moves {
                        ka[count] = 1; kb[count] = 2
                        Parser.features(st, wp.baseAddress!, tp.baseAddress!, &ka, templates: templates)
                        lat.transitionKeys(item, wp.baseAddress!, tp.baseAddress!, &kb, templates: templates)
                        #expect(ka.prefix(count) == kb.prefix(count))
                        // no more keys than the count
                        #expect(ka[count] == 1 && kb[count] == 2)
                        if templates == .rich { rich += 1; if Set(ka[Parser.featureCount..<count]).count == Parser.richFeatureCount { distinct += 1 } }
                        var label: UInt8 = 0
                        if m != Parser.shift {
                            let h = m == Parser.left ? st.b : st.s1, d = st.s0
                            #expect(lat.arc(item, m) == (h, d))
                            Parser.labelFeatures(st, h, d, wp.baseAddress!, tp.baseAddress!, &ka)
                            lat.labelKeys(item, m, wp.baseAddress!, tp.baseAddress!, &kb)
                            #expect(ka.prefix(Parser.labelFeatureCount) == kb.prefix(Parser.labelFeatureCount))
                            label = scratch.label[d]
                        }
                        let v = lat.valid(lat.items[item])
                        #expect(v == (st.valid(Parser.shift), st.valid(Parser.left), st.valid(Parser.right)))
                        st.apply(m, label: label)
                        item = lat.apply(item, m, label, score: 0)
                    }
                }
            }
            var head: [Int32] = [], label: [UInt8] = []
            lat.read(item, head: &head, label: &label)
            #expect(head == st.head)
            #expect(label == st.label)
        }
        // the 34 rich templates give 34 different keys (the template id is in each)
        #expect(templates == .basic || distinct == rich && rich > 1000)
    }

    /// Every sentence of the fuzz inputs, parsed with a beam of 8, is a tree with one root; the
    /// 2,000-word sentence without a period makes at most 8 × 2 items per word.
    @Test func wideBeamGivesTreesInLinearCost() throws {
        let m = Self.model(width: 8)
        for f in ["caps-urls.txt", "non-english.txt", "table.txt", "long-no-period.txt"] {
            let text = try String(contentsOf: Support.fixtures.appendingPathComponent("fuzz/syntax/\(f)"), encoding: .utf8)
            let doc = Support.pipeline.text.analyze(id: "t.txt", text: text)
            let layer = SyntaxAnalyzer(model: m).analyze(doc)
            FuzzTargets.checkTree(layer, tokens: doc.tokens.count)
        }
        func work(_ n: Int) -> (moves: Int, states: Int, features: Int) {
            let forms = (0..<n).map { ["the", "talks", "of", "minister", "and", "said", "2,000", "in"][$0 % 8] }
            var a = SyntaxAnnotator(model: m)
            var out = SyntaxAnnotator.Sentence()
            a.annotate(forms, into: &out)
            #expect(out.head.count == n)
            #expect(out.head.filter { $0 == 0 }.count == 1)
            return (a.scratch.moves, a.scratch.beamStates, a.scratch.scoredFeatures)
        }
        let small = work(20), large = work(2000)
        #expect(small.moves == 40 && large.moves == 4000)
        #expect(small.states <= 8 * 40)
        #expect(large.states <= 8 * 4000)
        #expect(large.states > 4000)
        #expect(large.features <= 8 * 4000 * (m.parser.templates.featureCount + Parser.labelFeatureCount))
    }

    /// The committed parser file records the training width 8, the basic templates and the
    /// decoding width 4 (docs/Syntax.md, "Session 25"); the same file without the decoding
    /// width (the format of session 24) loads as a basic model decoding at 8, parses as the
    /// committed model decoded at 8, and one without the beam width too (the greedy files of
    /// sessions 7–23) as a greedy one.
    @Test func committedAndOlderFilesLoad() throws {
        let dir = try RuleBook.resourceRoot().appendingPathComponent("models")
        func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: dir.appendingPathComponent(name))) }
        let t = try bytes("syntax-tagger.bin"), p = try bytes("syntax-parser.bin"), m = try bytes("syntax-morphology.bin")
        let now = try SyntaxModel.decode(tagger: t, parser: p, morphology: m).parser
        #expect(now.beamWidth == 4 && now.trainingWidth == 8 && now.templates == .basic)
        #expect(Self.model.parser.beamWidth == 4)
        func record(_ tag: UInt32, _ v: UInt32) -> [UInt8] { var w = ByteWriter(); w.u32(tag); w.u32(v); return w.data }
        #expect(Array(p.suffix(16)) == record(SyntaxModel.beamMagic, 8) + record(SyntaxModel.decodeMagic, 4))
        let session24 = try SyntaxModel.decode(tagger: t, parser: Array(p.dropLast(8)), morphology: m).parser
        #expect(session24.beamWidth == 8 && session24.trainingWidth == 8 && session24.templates == .basic)
        let greedy = try SyntaxModel.decode(tagger: t, parser: Array(p.dropLast(16)), morphology: m).parser
        #expect(greedy.beamWidth == 1 && greedy.trainingWidth == 1 && greedy.templates == .basic)
        var a = Parser.Scratch(), b = Parser.Scratch()
        let at8 = now.decoding(width: 8)
        for s in try Self.sentences().prefix(30) {
            #expect(Self.parse(session24, s, width: nil, &a) == Self.parse(at8, s, width: nil, &b))
            #expect(Self.parse(greedy, s, width: nil, &a) == Self.parse(now, s, width: 1, &b))
        }
    }

    /// A beam model trains to the same bytes twice, records its width, and parses.
    @Test func beamTrainingIsDeterministic() throws {
        let text = try String(contentsOf: Support.fixtures.appendingPathComponent("syntax/tiny.conllu"), encoding: .utf8)
        let sentences = try CoNLLU.read(text, path: "tiny.conllu")
        var o = SyntaxTrainer.Options()
        o.taggerEpochs = 3; o.parserEpochs = 3; o.folds = 2; o.parserBeam = 4
        let a = try SyntaxTrainer(options: o).train(train: sentences, dev: sentences)
        let b = try SyntaxTrainer(options: o).train(train: sentences, dev: sentences)
        #expect(a.files.map(\.bytes) == b.files.map(\.bytes))
        #expect(a.report.contains("| parser beam width (max-violation training) | 4 |"))
        let m = try SyntaxModel.decode(tagger: a.files[0].bytes, parser: a.files[1].bytes, morphology: a.files[2].bytes)
        #expect(m.parser.beamWidth == 4)
        var ann = SyntaxAnnotator(model: m)
        var out = SyntaxAnnotator.Sentence()
        ann.annotate(["The", "minister", "said", "talks", "had", "failed", "."], into: &out)
        #expect(out.head.filter { $0 == 0 }.count == 1)
        #expect(ann.scratch.beamStates > 0)
        #expect(m.parser.templates == .basic && m.parser.trainingWidth == 4)
        // the rich templates, decoding at 2: trained twice to the same bytes, recorded
        var r = o
        r.parserTemplates = .rich
        r.parserDecodeBeam = 2
        let ra = try SyntaxTrainer(options: r).train(train: sentences, dev: sentences)
        let rb = try SyntaxTrainer(options: r).train(train: sentences, dev: sentences)
        #expect(ra.files.map(\.bytes) == rb.files.map(\.bytes))
        #expect(ra.files[0].bytes == a.files[0].bytes && ra.files[2].bytes == a.files[2].bytes)
        #expect(ra.report.contains("| parser templates | rich (80) |"))
        #expect(ra.report.contains("| parser beam width (decoding, epochs chosen with) | 2 |"))
        let rm = try SyntaxModel.decode(tagger: ra.files[0].bytes, parser: ra.files[1].bytes, morphology: ra.files[2].bytes)
        #expect(rm.parser.templates == .rich && rm.parser.trainingWidth == 4 && rm.parser.beamWidth == 2)
        // the model written again gives the same bytes
        #expect(SyntaxModel(tables: rm.tables, tagger: rm.tagger, parser: rm.parser, morphology: rm.morphology)
            .encode(knownPairs: [], suffixPairs: [])[1] == ra.files[1].bytes)
        var rann = SyntaxAnnotator(model: rm)
        var rout = SyntaxAnnotator.Sentence()
        rann.annotate(["The", "minister", "said", "talks", "had", "failed", "."], into: &rout)
        #expect(rout.head.filter { $0 == 0 }.count == 1)
        #expect(rann.scratch.beamStates > 0 && rann.scratch.beamStates <= 2 * 14)
        // records out of order, repeated or unknown are errors
        let body = Array(ra.files[1].bytes.dropLast(16))
        func record(_ tag: UInt32, _ v: UInt32) -> [UInt8] { var w = ByteWriter(); w.u32(tag); w.u32(v); return w.data }
        for bad in [body + record(SyntaxModel.decodeMagic, 2) + record(SyntaxModel.templatesMagic, 1),
                    body + record(SyntaxModel.templatesMagic, 1) + record(SyntaxModel.templatesMagic, 1),
                    body + record(SyntaxModel.templatesMagic, 7), body + record(SyntaxModel.templatesMagic, 0),
                    body + record(SyntaxModel.decodeMagic, 4), body + record(0x1234, 1)] {
            #expect(throws: ChronicleError.self) { try SyntaxModel.decode(tagger: ra.files[0].bytes, parser: bad, morphology: ra.files[2].bytes) }
        }
        // a greedy model's file has no width and decodes greedily
        o.parserBeam = 1
        let g = try SyntaxTrainer(options: o).train(train: sentences, dev: sentences)
        #expect(try SyntaxModel.decode(tagger: g.files[0].bytes, parser: g.files[1].bytes, morphology: g.files[2].bytes).parser.beamWidth == 1)
        // a truncated width is an error
        #expect(throws: ChronicleError.self) {
            try SyntaxModel.decode(tagger: a.files[0].bytes, parser: Array(a.files[1].bytes.dropLast(2)), morphology: a.files[2].bytes)
        }
    }
}
