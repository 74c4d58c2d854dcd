import Foundation

/// Trains the syntax models from CoNLL-U treebanks: the tagger (epochs chosen on dev), the
/// morphology tables, then the parser and labeler on tags a jackknifed tagger gave the
/// training words (epochs chosen on dev). One thread, a seeded shuffle, sorted tables:
/// the same treebanks give the same bytes.
public struct SyntaxTrainer {
    public struct Options: Sendable {
        public var taggerEpochs = 10
        public var parserEpochs = 15
        /// Folds of the jackknife that tags the parser's training words (1: gold tags).
        public var folds = 4
        public var seed: UInt64 = 17
        /// The first epoch (0-based) in which the parser follows its own wrong moves.
        public var exploreFrom = 1
        /// How often it then follows them.
        public var exploreProbability = 0.9
        /// Averaged weights smaller than this many quanta (of 32000 for the largest) are dropped.
        public var minimumQuantum = 1
        /// Parser and labeler features updated fewer times than this in training are left out.
        public var parserMinimumUpdates = 1
        /// The parser's beam width: 1 trains the greedy parser with the dynamic oracle; K > 1
        /// trains a global model for beam search of width K (max-violation updates; docs/Syntax.md,
        /// "Session 24: beam search"), and the model file records K.
        public var parserBeam = 1
        /// The parser's transition templates: `.basic` (46, sessions 7–24) or `.rich` (80: Zhang
        /// and Nivre 2011's Table 1 adapted to arc-hybrid; docs/Syntax.md, "Session 25: rich
        /// features"); the model file records which.
        public var parserTemplates = Parser.Templates.basic
        /// The beam width the model file tells the parser to decode with, and the epochs are
        /// chosen with (nil: the training width).
        public var parserDecodeBeam: Int? = nil
        public init() {}
    }

    /// What a training run made: file name and bytes of each model file, and a report.
    public struct Result: Sendable {
        public var files: [(name: String, bytes: [UInt8])]
        public var report: String
    }

    public var options: Options
    let log: (String) -> Void

    public init(options: Options = Options(), log: @escaping (String) -> Void = { _ in }) {
        self.options = options
        self.log = log
    }

    /// A sentence prepared for training: hashes, gold classes, heads and labels.
    struct Prepared {
        var forms: [String]
        var hashes: [WordHashes]
        var gold: [Int]
        /// Heads (0 = root, 1-based), with a dummy at index 0.
        var heads: [Int]
        /// Label ids, with a dummy at index 0.
        var labels: [Int]
        var lemmas: [String]
        var feats: [String]
        var projectiveOK: Bool
    }

    static func now() -> Double { Date().timeIntervalSince1970 }

    public func train(train: [CoNLLU.Sentence], dev: [CoNLLU.Sentence]) throws -> Result {
        let t0 = Self.now()
        var classNames = Set<String>(), labelNames = Set<String>(["root", "dep"])
        for s in train { for w in s.words { classNames.insert(w[3] + "\t" + w[4]); labelNames.insert(w[7]) } }
        let classes = classNames.sorted()
        let labels = labelNames.sorted()
        guard classes.count > 1, classes.count < 255 else { throw ChronicleError.badInput(path: "train", message: "needs 2 to 254 tag classes, found \(classes.count)") }
        guard labels.count < 255 else { throw ChronicleError.badInput(path: "train", message: "too many relations (\(labels.count))") }
        var classIndex: [String: Int] = [:], labelIndex: [String: Int] = [:]
        for (i, c) in classes.enumerated() { classIndex[c] = i }
        for (i, l) in labels.enumerated() { labelIndex[l] = i }
        let rootLabel = labelIndex["root"]!
        var buffer: [UInt32] = []
        func prepare(_ s: CoNLLU.Sentence) -> Prepared {
            let forms = s.forms
            let hashes = forms.map { WordHashes.of($0, buffer: &buffer) }
            let gold = s.words.map { classIndex[$0[3] + "\t" + $0[4]] ?? -1 }
            let h = CoNLLU.heads(s)
            let heads = [-1] + (h ?? Array(repeating: 0, count: forms.count))
            let labs = [-1] + s.words.map { labelIndex[$0[7]] ?? labelIndex["dep"]! }
            return Prepared(forms: forms, hashes: hashes, gold: gold, heads: heads, labels: labs,
                            lemmas: s.words.map { $0[2] }, feats: s.words.map { $0[5] }, projectiveOK: h != nil)
        }
        let tr = train.map(prepare), dv = dev.map(prepare)
        log("data: \(tr.count) training sentences, \(dv.count) dev sentences, \(classes.count) tag classes, \(labels.count) relations")

        // morphology
        let (morph, knownPairs, suffixPairs) = learnMorphology(tr, classes: classes)
        log(String(format: "morphology: %d known (form, tag) pairs, %d suffix rules (%.1f s)", knownPairs.count, suffixPairs.count, Self.now() - t0))

        // tagger, epochs chosen on dev
        var rng = SeededRandom(seed: options.seed)
        let (tagger, tagEpochs, tagDev) = trainTagger(tr, classes: classes.count, epochs: options.taggerEpochs, dev: dv, rng: &rng)
        let tagModel = tagger.model
        log(String(format: "tagger: %d epochs, dev class accuracy %.2f, %d features (%.1f s)", tagEpochs, tagDev, tagModel.featureCount, Self.now() - t0))

        // jackknifed tags for the parser's training words
        var trainTags = tr.map { $0.gold }
        if options.folds > 1 {
            for f in 0..<options.folds {
                let part = tr.indices.filter { $0 % options.folds != f }.map { tr[$0] }
                var frng = SeededRandom(seed: options.seed &+ UInt64(f + 1))
                let (fold, _, _) = trainTagger(part, classes: classes.count, epochs: tagEpochs, dev: [], rng: &frng)
                for i in tr.indices where i % options.folds == f { trainTags[i] = tagSentence(fold, tr[i].hashes) }
                log(String(format: "jackknife fold %d/%d (%.1f s)", f + 1, options.folds, Self.now() - t0))
            }
        }
        let devTags = dv.map { tagSentence(tagger, $0.hashes) }

        // parser
        let (transitions, labeler, parseEpochs, devUAS, devLAS) = options.parserBeam > 1
            ? trainBeamParser(tr, tags: trainTags, dev: dv, devTags: devTags, classes: classes.count, labels: labels, rootLabel: rootLabel, rng: &rng)
            : trainParser(tr, tags: trainTags, dev: dv, devTags: devTags, classes: classes.count, labels: labels, rootLabel: rootLabel, rng: &rng)
        log(String(format: "parser: %d epochs, dev UAS %.2f LAS %.2f, %d + %d features (%.1f s)", parseEpochs, devUAS, devLAS,
                   transitions.featureCount, labeler.featureCount, Self.now() - t0))

        let tables = SyntaxTables(upos: classes.map { UPOS(name: String($0.split(separator: "\t")[0])) },
                                  xpos: classes.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[1]) },
                                  labels: labels, feats: morph.feats)
        let model = SyntaxModel(tables: tables, tagger: tagger, parser: Parser(transitions: transitions, labeler: labeler, rootLabel: rootLabel,
                                                                                      beamWidth: options.parserDecodeBeam ?? options.parserBeam,
                                                                                      trainingWidth: options.parserBeam, templates: options.parserTemplates),
                                morphology: morph)
        let bytes = model.encode(knownPairs: knownPairs, suffixPairs: suffixPairs)
        // the shipped model, read back, scored on dev
        let shipped = try SyntaxModel.decode(tagger: bytes[0], parser: bytes[1], morphology: bytes[2])
        let scores = Self.score(shipped, dev)
        var report = "# Syntax models\n\n"
        report += "Made by `chronicle train syntax` (see docs/Syntax.md); do not edit.\n\n"
        report += "| | |\n|---|---|\n"
        report += "| training sentences | \(tr.count) |\n| dev sentences (selection) | \(dv.count) |\n"
        report += "| tag classes (UPOS + Penn) | \(classes.count) |\n| relations | \(labels.count) |\n"
        report += "| tagger epochs (chosen on dev) | \(tagEpochs) of \(options.taggerEpochs) |\n"
        report += "| parser epochs (chosen on dev) | \(parseEpochs) of \(options.parserEpochs) |\n"
        if options.parserBeam > 1 { report += "| parser beam width (max-violation training) | \(options.parserBeam) |\n" }
        if let d = options.parserDecodeBeam, d != options.parserBeam { report += "| parser beam width (decoding, epochs chosen with) | \(d) |\n" }
        if options.parserTemplates != .basic { report += "| parser templates | \(options.parserTemplates) (\(options.parserTemplates.featureCount)) |\n" }
        if options.parserMinimumUpdates > 1 { report += "| parser and labeler features kept: updated at least | \(options.parserMinimumUpdates) times |\n" }
        report += "| jackknife folds | \(options.folds) |\n| seed | \(options.seed) |\n"
        report += "| tagger features | \(tagModel.featureCount) |\n| parser features | \(transitions.featureCount) |\n| labeler features | \(labeler.featureCount) |\n"
        report += "| known (form, tag) pairs | \(knownPairs.count) |\n| suffix rules | \(suffixPairs.count) |\n"
        for (name, b) in zip(SyntaxModel.files, bytes) { report += "| \(name) | \(b.count) bytes |\n" }
        report += String(format: "| dev UPOS / Lemma / Feats | %.2f / %.2f / %.2f |\n| dev UAS / LAS | %.2f / %.2f |\n",
                         scores.upos, scores.lemma, scores.feats, scores.uas, scores.las)
        log(String(format: "dev: UPOS %.2f Lemma %.2f Feats %.2f UAS %.2f LAS %.2f (%.1f s)", scores.upos, scores.lemma, scores.feats,
                   scores.uas, scores.las, Self.now() - t0))
        return Result(files: zip(SyntaxModel.files, bytes).map { ($0, $1) } + [("syntax-model.md", Array(report.utf8))], report: report)
    }

    func tagSentence(_ tagger: Tagger, _ hashes: [WordHashes]) -> [Int] {
        var out = [UInt16](repeating: 0, count: hashes.count)
        var scores = [Int32](repeating: 0, count: tagger.model.classes)
        hashes.withUnsafeBufferPointer { hp in
            out.withUnsafeMutableBufferPointer { op in
                scores.withUnsafeMutableBufferPointer { sp in tagger.tag(hp, op.baseAddress!, sp.baseAddress!) }
            }
        }
        return out.map(Int.init)
    }

    /// Trains the tagger; with dev sentences, keeps the epoch that tags dev best.
    /// The ambiguity classes of the words seen at least 3 times: the classes with at least 5 %
    /// of a word's occurrences, hashed in class order.
    static func ambiguity(_ data: [Prepared]) -> [(UInt64, UInt64)] {
        var counts: [UInt64: [Int: Int]] = [:]
        for s in data { for (i, h) in s.hashes.enumerated() where s.gold[i] >= 0 { counts[KeyTable.nonZero(h.lower), default: [:]][s.gold[i], default: 0] += 1 } }
        var out: [(UInt64, UInt64)] = []
        for key in counts.keys.sorted() {
            let c = counts[key]!
            let total = c.values.reduce(0, +)
            guard total >= 3 else { continue }
            var h = FeatureHash.seed
            for cls in c.keys.sorted() where c[cls]! * 20 >= total { h = FeatureHash.step(h, UInt32(cls)) }
            out.append((key, h))
        }
        return out
    }

    func trainTagger(_ data: [Prepared], classes: Int, epochs: Int, dev: [Prepared], rng: inout SeededRandom) -> (Tagger, Int, Double) {
        let amb = Self.ambiguity(data)
        let lexicon = Tagger(model: LinearModel(classes: classes, keys: [], counts: [], entries: []), ambiguity: amb)
        let p = AveragedPerceptron(classes: classes)
        var keys = [UInt64](repeating: 0, count: Tagger.featureCount)
        var scores = [Float](repeating: 0, count: classes)
        var order = Array(data.indices)
        var best: (Tagger, Int, Double)? = nil
        for e in 0..<epochs {
            shuffle(&order, &rng)
            var right = 0, total = 0
            for si in order {
                let s = data[si]
                var p1 = UInt64(classes), p2 = UInt64(classes)
                let ambs = s.hashes.map { lexicon.ambiguityClass($0) }
                ambs.withUnsafeBufferPointer { ap in
                s.hashes.withUnsafeBufferPointer { hp in
                    keys.withUnsafeMutableBufferPointer { kb in
                        scores.withUnsafeMutableBufferPointer { sb in
                            for i in 0..<hp.count {
                                Tagger.features(hp, ap.baseAddress!, i, p1, p2, kb.baseAddress!)
                                sb.update(repeating: 0)
                                p.score(kb.baseAddress!, Tagger.featureCount, sb.baseAddress!)
                                var g = 0
                                for j in 1..<classes where sb[j] > sb[g] { g = j }
                                let truth = s.gold[i]
                                if truth >= 0 { p.update(kb.baseAddress!, Tagger.featureCount, truth: truth, guess: g) }
                                p.tick()
                                if g == truth { right += 1 }
                                total += 1
                                p2 = p1
                                p1 = UInt64(g)
                            }
                        }
                    }
                }
                }
            }
            if dev.isEmpty {
                if e == epochs - 1 { best = (Tagger(model: p.compact(minimum: options.minimumQuantum), ambiguity: amb), epochs, 0) }
                continue
            }
            let m = p.compact(minimum: options.minimumQuantum)
            let t = Tagger(model: m, ambiguity: amb)
            var dr = 0, dt = 0
            for s in dev {
                let tags = tagSentence(t, s.hashes)
                for i in tags.indices { dt += 1; if tags[i] == s.gold[i] { dr += 1 } }
            }
            let acc = 100 * Double(dr) / Double(max(1, dt))
            log(String(format: "  tagger epoch %d: train %.2f, dev %.2f", e + 1, 100 * Double(right) / Double(max(1, total)), acc))
            if best == nil || acc > best!.2 { best = (t, e + 1, acc) }
        }
        return best ?? (Tagger(model: p.compact(minimum: options.minimumQuantum), ambiguity: amb), epochs, 0)
    }

    func shuffle(_ a: inout [Int], _ rng: inout SeededRandom) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, rng.below(i + 1)) }
    }

    /// The cost of a move under the dynamic oracle of the arc-hybrid system: the gold arcs it
    /// makes unreachable (Goldberg and Nivre 2013).
    static func cost(_ st: ParseState, _ move: Int, _ gh: [Int]) -> Int {
        let n = st.n, b = st.b, s0 = st.s0
        switch move {
        case Parser.shift:
            var c = 0
            let h = gh[b]
            for (k, x32) in st.stack.enumerated() {
                let x = Int(x32)
                if x != 0 && gh[x] == b { c += 1 }
                if x == h && k < st.stack.count - 1 { c += 1 }
            }
            return c
        default:
            var c = 0
            if b <= n { for d in b...n where gh[d] == s0 { c += 1 } }
            let h = gh[s0]
            if move == Parser.left {
                if h != b && ((st.stack.count >= 2 && h == st.s1) || h > b) { c += 1 }
            } else {
                if h != st.s1 && b <= n && h >= b { c += 1 }
            }
            return c
        }
    }

    /// Trains parser and labeler; keeps the epoch with the best dev LAS.
    func trainParser(_ data: [Prepared], tags: [[Int]], dev: [Prepared], devTags: [[Int]], classes: Int, labels: [String], rootLabel: Int,
                     rng: inout SeededRandom) -> (LinearModel, LinearModel, Int, Double, Double) {
        let trans = AveragedPerceptron(classes: 3), lab = AveragedPerceptron(classes: labels.count)
        let templates = options.parserTemplates, featureCount = templates.featureCount
        var keys = [UInt64](repeating: 0, count: 128)
        var scores = [Float](repeating: 0, count: max(3, labels.count))
        func values(_ s: Prepared, _ t: [Int]) -> ([UInt64], [UInt64]) {
            ([SyntaxAnnotator.rootHash] + s.hashes.map(\.norm), [UInt64(classes)] + t.map { UInt64($0) })
        }
        let trainValues = data.indices.map { values(data[$0], tags[$0]) }
        let devValues = dev.indices.map { values(dev[$0], devTags[$0]) }
        let universal = labels.map { String($0.split(separator: ":")[0]) }
        var order = Array(data.indices)
        var st = ParseState()
        var best: (LinearModel, LinearModel, Int, Double, Double)? = nil
        for e in 0..<options.parserEpochs {
            shuffle(&order, &rng)
            var wrong = 0, moves = 0
            for si in order {
                let s = data[si]
                let n = s.forms.count
                let gh = s.heads
                let (wv, tv) = trainValues[si]
                st.reset(n)
                wv.withUnsafeBufferPointer { wp in
                    tv.withUnsafeBufferPointer { tp in
                        keys.withUnsafeMutableBufferPointer { kb in
                            scores.withUnsafeMutableBufferPointer { sb in
                                let w = wp.baseAddress!, t = tp.baseAddress!, k = kb.baseAddress!, sc = sb.baseAddress!
                                while !st.isFinal {
                                    var validMoves: [Int] = []
                                    for m in 0..<3 where st.valid(m) { validMoves.append(m) }
                                    var follow = validMoves[0]
                                    if validMoves.count > 1 {
                                        let costs = validMoves.map { Self.cost(st, $0, gh) }
                                        let minCost = costs.min()!
                                        Parser.features(st, w, t, k, templates: templates)
                                        sc[0] = 0; sc[1] = 0; sc[2] = 0
                                        trans.score(k, featureCount, sc)
                                        var pred = -1, bestRight = -1
                                        for (j, m) in validMoves.enumerated() {
                                            if pred < 0 || sc[m] > sc[pred] { pred = m }
                                            if costs[j] == minCost && (bestRight < 0 || sc[m] > sc[bestRight]) { bestRight = m }
                                        }
                                        let predCost = costs[validMoves.firstIndex(of: pred)!]
                                        moves += 1
                                        if predCost > minCost {
                                            wrong += 1
                                            trans.update(k, featureCount, truth: bestRight, guess: pred)
                                        }
                                        trans.tick()
                                        follow = predCost > minCost && e >= options.exploreFrom && rng.unit() < options.exploreProbability ? pred : bestRight
                                    }
                                    var label = 0
                                    if follow != Parser.shift {
                                        let h = follow == Parser.left ? st.b : st.s1, d = st.s0
                                        if h == 0 { label = rootLabel } else {
                                            Parser.labelFeatures(st, h, d, w, t, k)
                                            for j in 0..<labels.count { sc[j] = 0 }
                                            lab.score(k, Parser.labelFeatureCount, sc)
                                            var lp = -1
                                            for j in 0..<labels.count where j != rootLabel && (lp < 0 || sc[j] > sc[lp]) { lp = j }
                                            label = lp
                                            if h == gh[d] {
                                                let gold = s.labels[d]
                                                if gold != rootLabel { lab.update(k, Parser.labelFeatureCount, truth: gold, guess: lp) }
                                                lab.tick()
                                                if e == 0 { label = gold }
                                            }
                                        }
                                    }
                                    st.apply(follow, label: UInt8(label + 1))
                                }
                            }
                        }
                    }
                }
            }
            let tm = trans.compact(minimum: options.minimumQuantum, minimumUpdates: options.parserMinimumUpdates)
            let lm = lab.compact(minimum: options.minimumQuantum, minimumUpdates: options.parserMinimumUpdates)
            let parser = Parser(transitions: tm, labeler: lm, rootLabel: rootLabel, beamWidth: options.parserDecodeBeam ?? 1, trainingWidth: 1,
                                templates: templates)
            let (uas, las) = Self.devScores(parser, dev: dev, values: devValues, universal: universal)
            log(String(format: "  parser epoch %d: wrong moves %.2f%%, dev UAS %.2f LAS %.2f", e + 1, 100 * Double(wrong) / Double(max(1, moves)), uas, las))
            if best == nil || las > best!.4 || dev.isEmpty { best = (tm, lm, e + 1, uas, las) }
        }
        return best ?? (trans.compact(), lab.compact(), options.parserEpochs, 0, 0)
    }

    /// Selection-dev UAS and LAS of `parser` (labels compared by their universal part), for the
    /// greedy and the beam trainer's choice of epoch.
    static func devScores(_ parser: Parser, dev: [Prepared], values: [([UInt64], [UInt64])], universal: [String]) -> (Double, Double) {
        var scratch = Parser.Scratch()
        var ua = 0, la = 0, total = 0
        for (i, s) in dev.enumerated() {
            let (wv, tv) = values[i]
            wv.withUnsafeBufferPointer { wp in tv.withUnsafeBufferPointer { tp in parser.parse(s.forms.count, wp.baseAddress!, tp.baseAddress!, &scratch) } }
            for d in 1...s.forms.count {
                total += 1
                if Int(scratch.head[d]) == s.heads[d] {
                    ua += 1
                    if universal[Int(scratch.label[d]) - 1] == universal[s.labels[d]] { la += 1 }
                }
            }
        }
        return (100 * Double(ua) / Double(max(1, total)), 100 * Double(la) / Double(max(1, total)))
    }

    /// The lemma of a word relative to its form: nil when it is the form itself (lowercased
    /// for a word that is not a proper noun).
    static func lemmaBase(_ form: String, proper: Bool) -> String { proper ? form : Morphology.lower(form) }

    /// The (strip, append) rule that turns `base` into `lemma`.
    static func rule(_ base: String, _ lemma: String) -> (Int, String) {
        let a = Array(base.unicodeScalars), b = Array(lemma.unicodeScalars)
        var p = 0
        while p < a.count && p < b.count && a[p] == b[p] { p += 1 }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: b[p...])
        return (a.count - p, String(s))
    }

    /// Learns the lemma and feature tables from the training words.
    func learnMorphology(_ data: [Prepared], classes: [String]) -> (Morphology, [(UInt64, UInt64)], [(UInt64, UInt64)]) {
        let proper = classes.map { $0.hasPrefix("PROPN\t") }
        var featsSet = Set<String>(["_"])
        for s in data { for f in s.feats { featsSet.insert(f) } }
        let feats = featsSet.sorted()
        var featsIndex: [String: Int] = [:]
        for (i, f) in feats.enumerated() { featsIndex[f] = i }
        // per (lowercase form, class): counts of lemma (relative) and feats
        var lemmaCounts: [UInt64: [String: Int]] = [:], featCounts: [UInt64: [Int: Int]] = [:]
        // types for suffix rules: (key of form+class) → (form, class, lemma rule)
        var typeRules: [String: (WordHashes, Int, String)] = [:]
        var classFeatCounts = [[Int: Int]](repeating: [:], count: classes.count)
        let same = "\u{0}same"
        for s in data {
            for i in s.forms.indices {
                let c = s.gold[i]
                guard c >= 0 else { continue }
                let form = s.forms[i], lemma = s.lemmas[i]
                let key = Morphology.knownKey(s.hashes[i].lower, c)
                let base = Self.lemmaBase(form, proper: proper[c])
                let rel = lemma == base ? same : lemma
                lemmaCounts[key, default: [:]][rel, default: 0] += 1
                featCounts[key, default: [:]][featsIndex[s.feats[i]]!, default: 0] += 1
                let (strip, append) = Self.rule(base, lemma)
                typeRules[Morphology.lower(form) + "\t\(c)\t\(strip)\t" + append] = (s.hashes[i], c, "\(strip)\t" + append)
                classFeatCounts[c][featsIndex[s.feats[i]]!, default: 0] += 1
            }
        }
        var lemmaStrings: [String] = [], lemmaIndex: [String: Int] = [:]
        var known: [(UInt64, UInt64)] = []
        for key in lemmaCounts.keys.sorted() {
            let lc = lemmaCounts[key]!, fc = featCounts[key]!
            let lemma = lc.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            let f = fc.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            var id = Morphology.sameAsForm
            if lemma != same {
                if let j = lemmaIndex[lemma] { id = UInt64(j) } else { id = UInt64(lemmaStrings.count); lemmaIndex[lemma] = lemmaStrings.count; lemmaStrings.append(lemma) }
            }
            known.append((key, id << 32 | UInt64(f)))
        }
        // suffix rules over word types
        var ruleList: [String] = [], ruleIndex: [String: Int] = [:]
        var suffixCounts: [UInt64: [Int: Int]] = [:]
        for tkey in typeRules.keys.sorted() {
            let (h, c, r) = typeRules[tkey]!
            let rid: Int
            if let j = ruleIndex[r] { rid = j } else { rid = ruleList.count; ruleIndex[r] = rid; ruleList.append(r) }
            let n = Int(h.length)
            for k in 1...max(1, min(5, n)) {
                let suf: UInt64
                switch k { case 1: suf = h.suf1; case 2: suf = h.suf2; case 3: suf = h.suf3; case 4: suf = h.suf4; default: suf = h.suf5 }
                suffixCounts[Morphology.suffixKey(suf, c, k), default: [:]][rid, default: 0] += 1
            }
        }
        var suffix: [(UInt64, UInt64)] = []
        for key in suffixCounts.keys.sorted() {
            let counts = suffixCounts[key]!
            let total = counts.values.reduce(0, +)
            guard total >= 2 else { continue }
            let r = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            suffix.append((key, UInt64(r)))
        }
        let strip = ruleList.map { UInt8(min(255, Int($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) ?? 0)) }
        let append = ruleList.map { String($0.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)[1]) }
        let defaults = classFeatCounts.map { fc -> UInt32 in
            fc.isEmpty ? UInt32(featsIndex["_"]!) : UInt32(fc.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key)
        }
        let m = Morphology(lemmas: lemmaStrings, feats: feats, known: known, suffixRules: suffix, ruleStrip: strip, ruleAppend: append,
                           defaultFeats: defaults, properClass: proper)
        return (m, known, suffix)
    }

    /// UPOS, lemma, feats, UAS and LAS (universal relation) of a model on gold-tokenized sentences.
    public static func score(_ model: SyntaxModel, _ sentences: [CoNLLU.Sentence]) -> (upos: Double, lemma: Double, feats: Double, uas: Double, las: Double) {
        var a = SyntaxAnnotator(model: model)
        var n = 0, upos = 0, lemma = 0, feats = 0, uas = 0, las = 0
        for s in sentences {
            var out = SyntaxAnnotator.Sentence()
            a.annotate(s.forms, into: &out)
            for (i, w) in s.words.enumerated() {
                n += 1
                if model.tables.upos[Int(out.tag[i])].name == w[3] { upos += 1 }
                if w[2] == "_" || out.lemma[i] == w[2] { lemma += 1 }
                if model.tables.feats[Int(out.feats[i])] == w[5] { feats += 1 }
                if String(out.head[i]) == w[6] {
                    uas += 1
                    if model.tables.labels[Int(out.deprel[i])].split(separator: ":").first == w[7].split(separator: ":").first { las += 1 }
                }
            }
        }
        let d = Double(max(1, n)) / 100
        return (Double(upos) / d, Double(lemma) / d, Double(feats) / d, Double(uas) / d, Double(las) / d)
    }
}
