/// What the Actors stage adds to a document: mentions, the actors they resolve to, and the
/// reporting outlet when the text names one.
public struct ActorLayer: Sendable {
    public var mentions: [Mention] = []
    /// Actors of this document, by canonical name.
    public var actors: [String: Actor] = [:]
    public var outlet: String?

    /// Mentions that can be the subject of a speech verb (no possessives), as a pattern layer.
    public func layers() -> Layers {
        var l = Layers()
        for (k, m) in mentions.enumerated() where !m.possessive {
            l.add("actor", tokens: m.tokens, item: k)
        }
        l.declare("actor")
        return l
    }
}
