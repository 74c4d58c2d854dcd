/// A multi-class averaged perceptron (Collins 2002) for training: a dense row of weights per
/// feature, created when the feature is first updated, and the averaging trick of Daumé
/// (2006): keep `w` and `u` (updates weighted by the time they happen); the average is
/// `w - u / c`. One thread, fixed order of every sum: the same data gives the same bits.
final class AveragedPerceptron {
    let classes: Int
    var rows: [UInt64: Int32] = [:]
    var w: [Float] = []
    var u: [Float] = []
    /// How many updates touched each row.
    var hits: [UInt32] = []
    /// Instances seen so far, plus one.
    var c = 1

    init(classes: Int) { self.classes = classes }

    /// Adds the current (not averaged) weights of the features to `s`.
    func score(_ keys: UnsafePointer<UInt64>, _ n: Int, _ s: UnsafeMutablePointer<Float>) {
        let C = classes
        w.withUnsafeBufferPointer { wp in
            for f in 0..<n {
                guard let r = rows[keys[f]] else { continue }
                let base = Int(r) * C
                for k in 0..<C { s[k] += wp[base + k] }
            }
        }
    }

    /// Moves the weights towards `truth` and away from `guess`.
    func update(_ keys: UnsafePointer<UInt64>, _ n: Int, truth: Int, guess: Int) {
        guard truth != guess else { return }
        let C = classes
        let cf = Float(c)
        for f in 0..<n {
            let k = keys[f]
            let r: Int
            if let e = rows[k] { r = Int(e) } else {
                r = rows.count
                rows[k] = Int32(r)
                w.append(contentsOf: repeatElement(0, count: C))
                u.append(contentsOf: repeatElement(0, count: C))
                hits.append(0)
            }
            hits[r] &+= 1
            w[r * C + truth] += 1; u[r * C + truth] += cf
            w[r * C + guess] -= 1; u[r * C + guess] -= cf
        }
    }

    /// Adds `delta` to the weight of class `cls` of each feature (a structured update adds
    /// the features of a whole move sequence, +1 for the gold one and -1 for the predicted).
    func add(_ keys: UnsafePointer<UInt64>, _ n: Int, _ cls: Int, _ delta: Float) {
        let C = classes
        let cd = Float(c) * delta
        for f in 0..<n {
            let k = keys[f]
            let r: Int
            if let e = rows[k] { r = Int(e) } else {
                r = rows.count
                rows[k] = Int32(r)
                w.append(contentsOf: repeatElement(0, count: C))
                u.append(contentsOf: repeatElement(0, count: C))
                hits.append(0)
            }
            hits[r] &+= 1
            w[r * C + cls] += delta; u[r * C + cls] += cd
        }
    }

    /// One instance done.
    func tick() { c += 1 }

    /// The averaged weights, quantized to Int16 and pruned of those that round to less than
    /// `minimum` quanta, as a run-time model. Features updated fewer than `minimumUpdates`
    /// times are left out.
    func compact(minimum: Int = 1, minimumUpdates: Int = 1) -> LinearModel {
        let C = classes
        let cf = Float(c)
        // features by stored (short) key; those sharing one are summed, in full-key order
        let keys = rows.keys.filter { Int(hits[Int(rows[$0]!)]) >= minimumUpdates }
            .sorted { (LinearModel.short($0), $0) < (LinearModel.short($1), $1) }
        var groups: [(UInt32, [Float])] = []
        for k in keys {
            let base = Int(rows[k]!) * C
            let avg = (0..<C).map { w[base + $0] - u[base + $0] / cf }
            let sk = LinearModel.short(k)
            if let last = groups.last, last.0 == sk {
                groups[groups.count - 1].1 = zip(last.1, avg).map { $0 + $1 }
            } else {
                groups.append((sk, avg))
            }
        }
        var maxAbs: Float = 0
        for g in groups { for v in g.1 { maxAbs = max(maxAbs, abs(v)) } }
        let scale = maxAbs > 0 ? 32000 / maxAbs : 1
        var outKeys: [UInt32] = [], counts: [UInt8] = [], entries: [UInt32] = []
        for (k, avg) in groups {
            var n = 0
            for j in 0..<C {
                let q = Int((avg[j] * scale).rounded()).clamped(-32767, 32767)
                if abs(q) >= minimum {
                    entries.append(UInt32(j) << 16 | UInt32(UInt16(bitPattern: Int16(q))))
                    n += 1
                }
            }
            if n > 0 { outKeys.append(k); counts.append(UInt8(n)) }
        }
        return LinearModel(classes: C, keys: outKeys, counts: counts, entries: entries)
    }
}

extension Int {
    func clamped(_ lo: Int, _ hi: Int) -> Int { Swift.max(lo, Swift.min(hi, self)) }
}
