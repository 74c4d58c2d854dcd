/// How much to trust a fact before anyone checked it, from the rule that found it: a simple,
/// documented prior that orders the review queue (least sure first), not a calibrated
/// probability. Quotations with a named speaker found by a full pattern are the surest;
/// reported speech less; the general cue finder and bare event triggers least. A statement
/// with no speaker, or whose speaker is only a pronoun or role noun, and an undated fact, are
/// less sure than the rule alone says.
public enum Confidence {
    /// The prior of a rule id, by the longest listed prefix.
    public static func prior(rule: String) -> Double {
        var best = (length: -1, value: 0.5)
        for (prefix, value) in table where rule.hasPrefix(prefix) && prefix.count > best.length { best = (prefix.count, value) }
        return best.value
    }

    /// Rule-id prefixes and their priors (documented in docs/Review.md).
    public static let table: [(prefix: String, value: Double)] = [
        ("statement.quote", 0.9),
        ("statement.quote.dash", 0.75),
        ("statement.quote.after-colon", 0.75),
        ("statement.reported", 0.75),
        ("statement.cue", 0.6),
        ("statement.cue.according-to", 0.7),
        ("statement.cue.colon", 0.65),
        ("statement.cue.passive", 0.5),
        ("statement.cue.participle", 0.5),
        ("statement.cue.relative", 0.5),
        ("statement", 0.6),
        ("event.named-document", 0.8),
        ("event.meeting-named", 0.8),
        ("event.call", 0.7),
        ("event.trigger", 0.55),
        ("event", 0.55),
    ]

    /// A statement's confidence: its rule's prior, lowered for no speaker (× 0.6), a speaker named
    /// only by a pronoun or role noun (× 0.85), and no date (× 0.9).
    public static func of(_ s: StatementRecord, speakerForm: String?) -> Double {
        var c = prior(rule: s.rule)
        if s.speaker == nil { c *= 0.6 } else if speakerForm == "pronoun" || speakerForm == "role-noun" { c *= 0.85 }
        if s.date == nil { c *= 0.9 }
        return rounded(c)
    }

    /// An event's confidence: its rule's prior, lowered for no actor (× 0.8) and no date (× 0.9).
    public static func of(_ e: EventRecord) -> Double {
        var c = prior(rule: e.rule)
        if e.actors.isEmpty { c *= 0.8 }
        if e.date == nil { c *= 0.9 }
        return rounded(c)
    }

    static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
