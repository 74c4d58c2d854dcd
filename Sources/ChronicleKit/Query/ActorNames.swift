
/// Actor names by id for the facts of one read of the store. Names are looked up one by one
/// while a query needs few (most answers), and all read at once when it needs many (an answer
/// of thousands of facts): reading all 3,400 actors of PolNeAR train took as long as a small
/// query. Speakers and sets of linked actors are kept by the bytes of their ids, as the store
/// gives them: the same ones come back row after row (about Trump, about Trump and Clinton…).
final class ActorNames {
    private let source: any QuerySource
    /// Names looked up one by one (nil: no such actor).
    private var looked = ByteTable<String?>()
    /// Every actor's name, once read.
    private var all: ByteTable<String>?
    /// Speakers by id: the id as a string and the name.
    private var speakers = ByteTable<(id: String, name: String?)>()
    /// The sorted names of sets of linked actors, by their ids joined by U+001F.
    private var linkedNames = ByteTable<[String]>()

    /// Past this many names looked up one by one, all are read at once.
    static let readAllAfter = 200

    init(_ source: any QuerySource) { self.source = source }

    /// The name of an actor.
    func name(_ id: String) throws -> String? {
        var id = id
        return try id.withUTF8 { try name($0) }
    }

    /// The name of an actor by the UTF-8 bytes of its id.
    func name(_ id: UnsafeBufferPointer<UInt8>) throws -> String? {
        if all != nil { return all!.value(id) }
        if let known = looked.value(id) { return known }
        // PostgreSQL: the names a query's rows need are read before them (`prefetch`); past a
        // few more lookups (each a round trip to the server), all at once
        guard (source.dialect == .postgres ? misses : looked.count) < (source.dialect == .postgres ? 8 : ActorNames.readAllAfter) else {
            all = try readAll()
            return all!.value(id)
        }
        misses += 1
        let name = try source.firstText("SELECT name FROM actor WHERE id = ?", id) ?? nil
        looked.insert(id, name)
        return name
    }

    /// Names looked up one by one after `prefetch`.
    private var misses = 0

    /// Reads the names of `ids` (UTF-8 bytes) not known yet, in one query (per 1,000).
    func prefetch(_ ids: [[UInt8]]) throws {
        guard all == nil else { return }
        var missing: [[UInt8]] = []
        for var id in ids {
            let known = id.withUnsafeMutableBufferPointer { b in looked.value(UnsafeBufferPointer(b)) != nil }
            if !known { missing.append(id) }
        }
        for start in stride(from: 0, to: missing.count, by: 1000) {
            let part = missing[start..<min(start + 1000, missing.count)]
            var found = ByteTable<String>()
            try source.each("SELECT id, name FROM actor WHERE id IN (\(Array(repeating: "?", count: part.count).joined(separator: ",")))",
                            part.map { .text(String(decoding: $0, as: UTF8.self)) }) { columns in
                if let id = columns.bytes(0), let name = columns.text(1) { found.insert(id, name) }
            }
            for var id in part {
                id.withUnsafeMutableBufferPointer { b in
                    let key = UnsafeBufferPointer(b)
                    looked.insert(key, found.value(key))
                }
            }
        }
    }

    /// A statement's speaker from the bytes of its id: the id and the name.
    func speaker(_ id: UnsafeBufferPointer<UInt8>?) throws -> (id: String, name: String?)? {
        guard let id else { return nil }
        return try speakers.value(id) { (String(decoding: id, as: UTF8.self), try name(id)) }
    }

    /// The names of linked actors from the bytes of their ids joined by U+001F (`Store.linkedIds`),
    /// sorted.
    func linked(_ ids: UnsafeBufferPointer<UInt8>?) throws -> [String] {
        guard let ids else { return [] }
        return try linkedNames.value(ids) {
            guard ids.contains(0x1F) else { return try name(ids).map { [$0] } ?? [] }
            // the ids between separators, none empty (as `split` gives them)
            var names: [String] = []
            var start = 0
            for end in 0...ids.count where end == ids.count || ids[end] == 0x1F {
                if end > start, let n = try name(UnsafeBufferPointer(rebasing: ids[start..<end])) { names.append(n) }
                start = end + 1
            }
            return names.sorted()
        }
    }

    private func readAll() throws -> ByteTable<String> {
        var names = ByteTable<String>()
        try source.each("SELECT id, name FROM actor", []) { columns in
            // ids are unique (the primary key); a name is NOT NULL
            if let id = columns.bytes(0), let name = columns.text(1) { names.insert(id, name) }
        }
        return names
    }
}
