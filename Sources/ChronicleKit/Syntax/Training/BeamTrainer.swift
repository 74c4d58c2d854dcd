import Foundation

/// Global training of the transition model for beam search (`Options.parserBeam` > 1):
/// the structured perceptron with inexact search of Huang, Fayong and Guo (2012), with their
/// max-violation update, after Zhang and Clark (2008) and Zhang and Nivre (2011).
///
/// For each training sentence: the gold move sequence is the static oracle's (LEFT or RIGHT as
/// soon as the word on top of the stack has all its dependents, else SHIFT; sentences the
/// oracle cannot derive, non-projective ones, are left out); beam search with the current
/// weights follows the gold sequence alongside; at the step where the best item outscores the
/// gold prefix by most (the best not being the gold), the features of the gold prefix are added
/// and those of the best prefix subtracted (the common prefix cancels, so from where they part).
/// Moves with a single valid choice have no features and score 0, as in decoding. The labels
/// come from the labeler when an arc is made (not part of the beam score), as in decoding;
/// the labeler is trained on the gold sequence's arcs after each sentence. Averaged weights
/// (one tick per sentence), epochs chosen on dev LAS with the compact model decoded by
/// `Parser.beamParse`. One thread, fixed order of every sum: the same data gives the same bits.
extension SyntaxTrainer {
    /// The static oracle's moves for gold heads `gh` (1-based, `gh[0]` unused), or nil when
    /// they do not give the gold tree (a non-projective tree).
    static func staticOracle(_ n: Int, _ gh: [Int]) -> [Int]? {
        var kids = [Int](repeating: 0, count: n + 1)
        for d in 1...n where gh[d] >= 0 && gh[d] <= n { kids[gh[d]] += 1 }
        var st = ParseState()
        st.reset(n)
        var out: [Int] = []
        out.reserveCapacity(2 * n)
        while !st.isFinal {
            let s0 = st.s0
            let done = Int(st.nl[s0]) + Int(st.nr[s0]) == kids[s0]
            let m: Int
            if done && s0 != 0 && st.valid(Parser.left) && gh[s0] == st.b { m = Parser.left }
            else if done && s0 != 0 && st.valid(Parser.right) && gh[s0] == st.s1 { m = Parser.right }
            else if st.valid(Parser.shift) { m = Parser.shift }
            else { return nil }
            out.append(m)
            st.apply(m, label: 0)
        }
        for d in 1...n where Int(st.head[d]) != gh[d] { return nil }
        return out
    }

    func trainBeamParser(_ data: [Prepared], tags: [[Int]], dev: [Prepared], devTags: [[Int]], classes: Int, labels: [String], rootLabel: Int,
                         rng: inout SeededRandom) -> (LinearModel, LinearModel, Int, Double, Double) {
        let K = options.parserBeam
        let templates = options.parserTemplates, featureCount = templates.featureCount
        let trans = AveragedPerceptron(classes: 3), lab = AveragedPerceptron(classes: labels.count)
        var keys = [UInt64](repeating: 0, count: 128)
        var scores = [Float](repeating: 0, count: max(3, labels.count))
        // word and tag values of words 0...n and the none row
        func values(_ s: Prepared, _ t: [Int], none: Bool) -> ([UInt64], [UInt64]) {
            let tail: [UInt64] = none ? [Parser.none] : []
            return ([SyntaxAnnotator.rootHash] + s.hashes.map(\.norm) + tail, [UInt64(classes)] + t.map { UInt64($0) } + tail)
        }
        let trainValues = data.indices.map { values(data[$0], tags[$0], none: true) }
        let devValues = dev.indices.map { values(dev[$0], devTags[$0], none: false) }
        let oracle = data.map { Self.staticOracle($0.forms.count, $0.heads) }
        let universal = labels.map { String($0.split(separator: ":")[0]) }
        log("  beam \(K): \(oracle.filter { $0 != nil }.count) of \(data.count) training sentences derivable by the static oracle")
        var order = Array(data.indices)
        var lat = BeamLattice()
        var beam: [Int32] = [], next: [Int32] = [], top: [BeamCandidate] = []
        var gold: [Int] = []
        var best: (LinearModel, LinearModel, Int, Double, Double)? = nil
        for e in 0..<options.parserEpochs {
            let t0 = Self.now()
            shuffle(&order, &rng)
            var updates = 0, sentences = 0, finalWrong = 0
            for si in order {
                guard let goldMoves = oracle[si] else { continue }
                let s = data[si]
                let n = s.forms.count
                let (wv, tv) = trainValues[si]
                sentences += 1
                wv.withUnsafeBufferPointer { wp in
                tv.withUnsafeBufferPointer { tp in
                keys.withUnsafeMutableBufferPointer { kb in
                scores.withUnsafeMutableBufferPointer { sb in
                    let w = wp.baseAddress!, t = tp.baseAddress!, k = kb.baseAddress!, sc = sb.baseAddress!
                    /// Scores the three moves of item `i` into sc[0...2] (zeros with one valid move).
                    func score(_ i: Int) -> (Bool, Bool, Bool) {
                        let v = lat.valid(lat.items[i])
                        sc[0] = 0; sc[1] = 0; sc[2] = 0
                        if (v.0 ? 1 : 0) + (v.1 ? 1 : 0) + (v.2 ? 1 : 0) >= 2 {
                            lat.transitionKeys(i, w, t, k, templates: templates)
                            trans.score(k, featureCount, sc)
                        }
                        return v
                    }
                    /// The labeler's label (id + 1) for the arc `move` makes from item `p`.
                    func label(_ p: Int, _ move: Int) -> UInt8 {
                        guard move != Parser.shift else { return 0 }
                        let (h, _) = lat.arc(p, move)
                        if h == 0 { return UInt8(rootLabel + 1) }
                        lat.labelKeys(p, move, w, t, k)
                        for j in 0..<labels.count { sc[j] = 0 }
                        lab.score(k, Parser.labelFeatureCount, sc)
                        var lp = -1
                        for j in 0..<labels.count where j != rootLabel && (lp < 0 || sc[j] > sc[lp]) { lp = j }
                        return UInt8(lp + 1)
                    }
                    lat.reset(n)
                    beam.removeAll(keepingCapacity: true)
                    beam.append(0)
                    gold.removeAll(keepingCapacity: true)
                    gold.append(0)
                    var goldPos = 0
                    var maxViolation = -1.0, violationStep = -1, violationItem = -1
                    for step in 0..<(2 * n) {
                        let gm = goldMoves[step]
                        top.removeAll(keepingCapacity: true)
                        var goldScore = 0.0
                        for pos in 0..<beam.count {
                            let it = Int(beam[pos])
                            let (vs, vl, vr) = score(it)
                            for m in 0..<3 where m == 0 ? vs : m == 1 ? vl : vr {
                                let c = BeamCandidate(score: lat.items[it].score + Double(sc[m]), move: Int32(m), pos: Int32(pos))
                                if pos == goldPos && m == gm { goldScore = c.score }
                                BeamCandidate.insert(c, into: &top, k: K)
                            }
                        }
                        next.removeAll(keepingCapacity: true)
                        var newGold = -1
                        for (j, c) in top.enumerated() {
                            let p = Int(beam[Int(c.pos)]), move = Int(c.move)
                            let l = label(p, move)
                            next.append(Int32(lat.apply(p, move, l, score: c.score)))
                            if Int(c.pos) == goldPos && move == gm { newGold = j }
                        }
                        let g = gold[gold.count - 1]
                        if newGold >= 0 {
                            gold.append(Int(next[newGold]))
                        } else {
                            if goldPos < 0 {
                                _ = score(g)
                                goldScore = lat.items[g].score + Double(sc[gm])
                            }
                            let l = label(g, gm)
                            gold.append(lat.apply(g, gm, l, score: goldScore))
                        }
                        goldPos = newGold
                        swap(&beam, &next)
                        if goldPos != 0 {
                            let v = lat.items[Int(beam[0])].score - lat.items[gold[gold.count - 1]].score
                            if v > maxViolation { maxViolation = v; violationStep = step; violationItem = Int(beam[0]) }
                        }
                    }
                    if goldPos != 0 { finalWrong += 1 }
                    if violationStep >= 0 {
                        // the best prefix and the gold prefix at the step of the largest violation
                        var pred: [Int] = []
                        var i = violationItem
                        while i >= 0 { pred.append(i); i = Int(lat.items[i].parent) }
                        pred.reverse()
                        var c = 0
                        while c + 1 < pred.count && pred[c + 1] == gold[c + 1] { c += 1 }
                        for (chain, delta) in [(gold, Float(1)), (pred, Float(-1))] {
                            for j in (c + 1)...(violationStep + 1) {
                                let p = chain[j - 1]
                                let v = lat.valid(lat.items[p])
                                guard (v.0 ? 1 : 0) + (v.1 ? 1 : 0) + (v.2 ? 1 : 0) >= 2 else { continue }
                                lat.transitionKeys(p, w, t, k, templates: templates)
                                trans.add(k, featureCount, Int(lat.items[chain[j]].move), delta)
                            }
                        }
                        updates += 1
                    }
                    trans.tick()
                    // the labeler, on the gold sequence's arcs
                    for j in 1..<gold.count {
                        let p = gold[j - 1], move = Int(lat.items[gold[j]].move)
                        guard move != Parser.shift else { continue }
                        let (h, d) = lat.arc(p, move)
                        guard h != 0 else { continue }
                        let truth = s.labels[d]
                        guard truth != rootLabel else { continue }
                        lat.labelKeys(p, move, w, t, k)
                        for x in 0..<labels.count { sc[x] = 0 }
                        lab.score(k, Parser.labelFeatureCount, sc)
                        var lp = -1
                        for x in 0..<labels.count where x != rootLabel && (lp < 0 || sc[x] > sc[lp]) { lp = x }
                        lab.update(k, Parser.labelFeatureCount, truth: truth, guess: lp)
                        lab.tick()
                    }
                }}}}
            }
            let tm = trans.compact(minimum: options.minimumQuantum, minimumUpdates: options.parserMinimumUpdates)
            let lm = lab.compact(minimum: options.minimumQuantum, minimumUpdates: options.parserMinimumUpdates)
            let decode = options.parserDecodeBeam ?? K
            /// Selection-dev UAS and LAS decoding at `width`.
            func devScores(_ width: Int) -> (Double, Double) {
                let parser = Parser(transitions: tm, labeler: lm, rootLabel: rootLabel, beamWidth: width, trainingWidth: K, templates: templates)
                return SyntaxTrainer.devScores(parser, dev: dev, values: devValues, universal: universal)
            }
            // chosen decoding at the width the file records; the training width's figures too
            let (uas, las) = devScores(decode)
            var also = ""
            if decode != K {
                let (u, l) = devScores(K)
                also = String(format: " (decoding at %d: %.2f / %.2f)", K, u, l)
            }
            log(String(format: "  beam parser epoch %d: updates %.2f%%, final parse wrong %.2f%%, dev UAS %.2f LAS %.2f", e + 1,
                       100 * Double(updates) / Double(max(1, sentences)), 100 * Double(finalWrong) / Double(max(1, sentences)), uas, las)
                + also + String(format: ", %d features (%.1f s)", tm.featureCount, Self.now() - t0))
            if best == nil || las > best!.4 || dev.isEmpty { best = (tm, lm, e + 1, uas, las) }
        }
        return best ?? (trans.compact(), lab.compact(), options.parserEpochs, 0, 0)
    }
}
