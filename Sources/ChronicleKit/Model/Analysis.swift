/// Everything the stages found in one document.
public struct DocumentAnalysis: Sendable {
    public var document: Document
    public var times: [TimeExpression]
    public var actors: ActorLayer
    public var statements: [Statement]
    public var events: [Event]

    /// The reporting outlet: a byline or a "correspondent" mention.
    public var source: String? { document.source ?? actors.outlet }
}
