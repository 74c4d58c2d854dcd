/// Actor names by id for the rows of one query. The last speaker is kept (rows in a row often
/// have the same one), and the names of each set of linked actors once made (the same sets
/// come back: a statement about Trump, about Trump and Clinton…).
struct NameCache {
    let names: [String: String]
    private var lastSpeaker: (id: String, name: String?)?
    private var linkedNames: [String: [String]] = [:]

    init(_ names: [String: String]) { self.names = names }

    /// The name of an actor id.
    mutating func name(_ id: String?) -> String? {
        guard let id else { return nil }
        if let last = lastSpeaker, last.id == id { return last.name }
        let name = names[id]
        lastSpeaker = (id, name)
        return name
    }

    /// The names of linked actors from their ids joined by U+001F (`Store.linkedIds`), sorted.
    mutating func linked(_ ids: String?) -> [String] {
        guard let ids else { return [] }
        if let known = linkedNames[ids] { return known }
        let linked = ids.utf8.contains(0x1F) ? ids.utf8.split(separator: 0x1F).compactMap { names[String(Substring($0))] }.sorted()
            : names[ids].map { [$0] } ?? []
        linkedNames[ids] = linked
        return linked
    }
}
