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
        // (mentions are read in place: a copy would retain their strings)
        for k in mentions.indices where !mentions[k].possessive && mentions[k].form != .unnamed {
            l.add(index: Layers.actor, tokens: mentions[k].tokens, item: k)
        }
        for k in quotes.indices { l.add(index: Layers.quote, tokens: quotes[k].tokens, item: k) }
        for k in times.indices { l.add(index: Layers.time, tokens: times[k].tokens, item: k) }
        l.declare("time")
        l.declare("actor")
        l.declare("quote")
        return l
    }
}
