import Foundation

/// Values by the bytes of a text (open addressing, linear probing), for what query answers
/// repeat: documents, dates, cues and rules, speakers, sets of linked actors. A column's bytes
/// are looked up as SQLite gives them, with no `String` made and hashed for each row: a
/// `String` per value and Swift's hashing of it were a third of the time of a query over all
/// 15k statements of PolNeAR train.
///
/// Keys are compared byte for byte (a `String` key would also match a canonically equivalent
/// spelling, which SQLite's `=` does not).
struct ByteTable<Value> {
    /// The keys' bytes, one after another.
    private var keyBytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Entry indices, -1 for an empty slot; a power of two long.
    private var slots: [Int32] = Array(repeating: -1, count: 16)
    /// The entry found last, -1 for none.
    private var last = -1

    private struct Entry {
        var start: Int
        var count: Int
        var hash: UInt64
        var value: Value
    }

    var count: Int { entries.count }

    /// The value of `key`, if it is in the table.
    mutating func value(_ key: UnsafeBufferPointer<UInt8>) -> Value? {
        find(key).map { entries[$0].value }
    }

    /// The value of `key`, made by `make` (and kept) the first time.
    mutating func value(_ key: UnsafeBufferPointer<UInt8>, orMake make: () throws -> Value) rethrows -> Value {
        if let k = find(key) { return entries[k].value }
        let value = try make()
        insert(key, ByteTable.hash(key), value)
        last = entries.count - 1
        return value
    }

    /// Adds a key that is not in the table yet.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Value) {
        let hash = ByteTable.hash(key)
        assert(find(key, hash) == nil, "key already in the table")
        insert(key, hash, value)
    }

    /// The entry of `key`: the last one found when it is the same (rows in a row often repeat
    /// a value), else by its hash.
    private mutating func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        if last >= 0, isKey(last, key) { return last }
        guard let k = find(key, ByteTable.hash(key)) else { return nil }
        last = k
        return k
    }

    /// Whether entry `k` has `key`.
    private func isKey(_ k: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        entries.withUnsafeBufferPointer { entries in
            entries[k].count == key.count
                && (key.count == 0 || keyBytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + entries[k].start, key.baseAddress!, key.count) == 0 })
        }
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return keyBytes.withUnsafeBufferPointer { stored in
            entries.withUnsafeBufferPointer { entries in
                while true {
                    let k = Int(slots[slot])
                    if k < 0 { return nil }
                    if entries[k].hash == hash, entries[k].count == key.count,
                       key.count == 0 || memcmp(stored.baseAddress! + entries[k].start, key.baseAddress!, key.count) == 0 {
                        return k
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ hash: UInt64, _ value: Value) {
        entries.append(Entry(start: keyBytes.count, count: key.count, hash: hash, value: value))
        keyBytes.append(contentsOf: key)
        if entries.count * 2 > slots.count {
            // at most half full: rebuild twice as large
            slots = Array(repeating: -1, count: slots.count * 2)
            for k in entries.indices { place(k) }
        } else {
            place(entries.count - 1)
        }
    }

    private mutating func place(_ k: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[k].hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(k)
    }

    /// A 64-bit hash of bytes, eight at a time (multiply and fold); not for untrusted keys, as
    /// nothing here is.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let m: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(bytes.count) &* m
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var k = 0
        while k + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* m
            h ^= h >> 29
            k += 8
        }
        if k < bytes.count {
            // the last eight bytes (overlapping the word before), or the few there are
            var tail: UInt64 = 0
            if bytes.count >= 8 {
                tail = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
            } else {
                for j in k..<bytes.count { tail = tail << 8 | UInt64(base[j]) }
            }
            h = (h ^ tail) &* m
            h ^= h >> 29
        }
        h = (h ^ (h >> 32)) &* m
        return h ^ (h >> 29)
    }
}
