/// All analysed documents joined into one model: actors and events merged across articles,
/// ready to be flattened into a `Chronology`.
public struct Corpus: Sendable {
    public var documents: [DocumentAnalysis]
    /// Actors merged across documents, sorted by id.
    public var actors: [Actor]
    /// Events merged across documents, in document order; their actors and roles are corpus actor ids.
    public var events: [Event]
    /// For each document, its canonical actor names mapped to corpus actor ids.
    public var actorIds: [String: [String: String]]
    let actorIndex = IdIndexCache()

    public init(documents: [DocumentAnalysis], actors: [Actor], events: [Event], actorIds: [String: [String: String]]) {
        self.documents = documents
        self.actors = actors
        self.events = events
        self.actorIds = actorIds
    }

    /// The corpus id of a document-level actor name.
    public func actorId(doc: String, name: String?) -> String? {
        guard let name else { return nil }
        return actorIds[doc]?[name]
    }

    public func actor(id: String) -> Actor? { actorIndex.first(id, in: actors, key: \.id) }
}
