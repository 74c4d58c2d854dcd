import GRDB

/// Actor names by id for the facts of one read of the store. Names are looked up one by one
/// while a query needs few (most answers), and all read at once when it needs many (an answer
/// of thousands of facts): reading all 3,400 actors of PolNeAR train took as long as a small
/// query. The last speaker and each set of linked actors are kept too: rows in a row often
/// have the same speaker, and the same sets come back (about Trump, about Trump and Clinton…).
final class ActorNames {
    private let db: Database
    /// Names looked up one by one (nil: no such actor).
    private var looked: [String: String?] = [:]
    /// Every actor's name, once read.
    private var all: [String: String]?
    private var lastSpeaker: (id: String, name: String?)?
    private var linkedNames: [String: [String]] = [:]

    /// Past this many names looked up one by one, all are read at once.
    static let readAllAfter = 200

    init(_ db: Database) { self.db = db }

    /// The name of an actor.
    func name(_ id: String) throws -> String? {
        if let all { return all[id] }
        if let known = looked[id] { return known }
        guard looked.count < ActorNames.readAllAfter else {
            let all = try readAll()
            self.all = all
            return all[id]
        }
        let name = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM actor WHERE id = ?"), arguments: [id])
        looked[id] = name
        return name
    }

    /// The name of a statement's speaker.
    func speaker(_ id: String?) throws -> String? {
        guard let id else { return nil }
        if let last = lastSpeaker, last.id == id { return last.name }
        let name = try name(id)
        lastSpeaker = (id, name)
        return name
    }

    /// The names of linked actors from their ids joined by U+001F (`Store.linkedIds`), sorted.
    func linked(_ ids: String?) throws -> [String] {
        guard let ids else { return [] }
        if let known = linkedNames[ids] { return known }
        let linked = ids.utf8.contains(0x1F) ? try ids.utf8.split(separator: 0x1F).compactMap { try name(String(Substring($0))) }.sorted()
            : try name(ids).map { [$0] } ?? []
        linkedNames[ids] = linked
        return linked
    }

    private func readAll() throws -> [String: String] {
        var names: [String: String] = [:]
        names.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM actor") ?? 0)
        let statement = try db.cachedStatement(sql: "SELECT id, name FROM actor")
        let columns = ColumnReader(statement)
        let actors = try Row.fetchCursor(statement)
        while try actors.next() != nil {
            if let id = columns.text(0) { names[id] = columns.text(1) }
        }
        return names
    }
}
