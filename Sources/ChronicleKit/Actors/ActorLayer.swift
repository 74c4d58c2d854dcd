/// What the Actors stage adds to a document: mentions, the actors they resolve to, and the
/// reporting outlet when the text names one.
public struct ActorLayer: Sendable {
    public var mentions: [Mention] = []
    /// Actors of this document, by canonical name.
    public var actors: [String: Actor] = [:]
    public var outlet: String?

    /// The pattern layers later stages match against: `<actor>` (mentions that can be the
    /// subject of a verb, so no possessives), `<quote>` (the document's quotations) and
    /// `<time>` (temporal expressions).
    public func layers(quotes: [Quote], times: [TimeExpression] = []) -> Layers {
        var l = Layers()
        for (k, m) in mentions.enumerated() where !m.possessive {
            l.add("actor", tokens: m.tokens, item: k)
        }
        for (k, q) in quotes.enumerated() { l.add("quote", tokens: q.tokens, item: k) }
        for (k, t) in times.enumerated() { l.add("time", tokens: t.tokens, item: k) }
        l.declare("time")
        l.declare("actor")
        l.declare("quote")
        return l
    }
}
