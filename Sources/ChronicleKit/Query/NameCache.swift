/// Actor names by id for the rows of one query, with the last answers kept: rows in a row
/// often have the same speaker, or are about the same actors.
struct NameCache {
    let names: [String: String]
    private var lastSpeaker: (id: String, name: String?)?
    private var lastLinked: (ids: String, names: [String])?

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
        if let last = lastLinked, last.ids == ids { return last.names }
        let linked = ids.utf8.contains(0x1F) ? ids.utf8.split(separator: 0x1F).compactMap { names[String(Substring($0))] }.sorted()
            : names[ids].map { [$0] } ?? []
        lastLinked = (ids, linked)
        return linked
    }
}
