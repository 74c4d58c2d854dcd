import Foundation

/// Loads every `lexicons/<lang>/*.tsv` file into named `Lexicon`s.
///
/// A file's columns are declared by a directive line, for example
/// `#@columns name:key aliases:alias capitals:sub gender:attr`:
/// - `key`: surfaces of the file's main lexicon; the first one is the entry's value;
/// - `alias`: more surfaces of the main lexicon for the same entry;
/// - `value`: the entry's value (instead of the key);
/// - `sub`: surfaces of a sub-lexicon named `file:column`, mapping to the same entry;
/// - `attr`: an attribute of the entry.
/// Without a directive the file has the columns `surface:key value:value`.
/// Values inside a column are separated by `|`. Lines starting with `#` are comments.
public struct LexiconStore: Sendable {
    public private(set) var lexicons: [String: Lexicon] = [:]

    public init() {}

    public subscript(name: String) -> Lexicon? { lexicons[name] }

    /// The lexicon of that name, or an empty one (so a missing optional file is not fatal).
    public func get(_ name: String) -> Lexicon { lexicons[name] ?? Lexicon(name: name) }

    enum Role: String { case key, alias, value, sub, attr, ignore }

    /// Loads all `.tsv` files of a directory, sorted by name.
    public static func load(directory: URL, tokenizer: Tokenizer) throws -> LexiconStore {
        var store = LexiconStore()
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for f in files.sorted() where f.hasSuffix(".tsv") {
            let url = directory.appendingPathComponent(f)
            let text = try String(contentsOf: url, encoding: .utf8)
            try store.add(file: f, text: text, tokenizer: tokenizer)
        }
        return store
    }

    /// A surface's tokens as the tokenizer gives them; a surface that is one run of ASCII
    /// letters is one word token, itself (most of the entries: no tokenizer run needed).
    static func surfaceTokens(_ s: String, _ tokenizer: Tokenizer) -> [String] {
        var simple = !s.isEmpty
        for b in s.utf8 where !((b | 0x20) >= 97 && (b | 0x20) <= 122) { simple = false; break }
        if simple { return [s] }
        return tokenizer.tokenize(Array(s.unicodeScalars)).map(\.text)
    }

    /// Parses one lexicon file's text and adds its lexicons.
    public mutating func add(file: String, text: String, tokenizer: Tokenizer) throws {
        let base = String(file.dropLast(4))
        var columns: [(String, Role)] = [("surface", .key), ("value", .value)]
        let main = lexicons[base] ?? Lexicon(name: base)
        var subs: [String: Lexicon] = [:]
        for (n, raw) in text.splitBytes(10).enumerated() {
            let line = raw.utf8.last == 13 ? raw.dropLast() : raw
            if line.utf8.first == 35, line.hasPrefix("#@columns") {
                columns = []
                for item in line.dropFirst(9).split(separator: " ") {
                    let parts = item.split(separator: ":")
                    guard parts.count == 2, let role = Role(rawValue: String(parts[1])) else {
                        throw ChronicleError.lexiconSyntax(file: file, line: n + 1, message: "bad column declaration '\(item)'")
                    }
                    columns.append((String(parts[0]), role))
                }
                continue
            }
            if line.utf8.first == 35 || line.utf8.allSatisfy({ $0 == 32 || $0 == 9 }) { continue }
            let cells = line.splitBytes(9).map(String.init)
            if cells.count > columns.count {
                throw ChronicleError.lexiconSyntax(file: file, line: n + 1, message: "\(cells.count) columns, expected at most \(columns.count)")
            }
            var keys: [String] = []
            var aliases: [String] = []
            var value: String?
            var attrs: [String: String] = [:]
            var subSurfaces: [(String, [String])] = []
            for (c, cell) in cells.enumerated() {
                // (most cells hold one item: no split needed)
                let items: [String]
                if cell.hasByte(124) {
                    items = cell.splitBytes(124, omittingEmpty: true).map { $0.trimmedSpaces() }.filter { !$0.isEmpty }
                } else {
                    let t = cell.trimmedSpaces()
                    items = t.isEmpty ? [] : [t]
                }
                let (name, role) = columns[c]
                switch role {
                case .key: keys += items
                case .alias: aliases += items
                case .value: value = cell.isEmpty ? nil : cell
                case .sub: subSurfaces.append((name, items))
                case .attr: if !cell.isEmpty { attrs[name] = cell }
                case .ignore: break
                }
            }
            guard let first = keys.first else {
                throw ChronicleError.lexiconSyntax(file: file, line: n + 1, message: "no key in the first column")
            }
            let entry = LexiconEntry(value: value ?? first, attrs: attrs, surface: [])
            for s in keys { main.add(surfaceTokens: LexiconStore.surfaceTokens(s, tokenizer), entry: entry) }
            for s in aliases { main.add(surfaceTokens: LexiconStore.surfaceTokens(s, tokenizer), entry: entry) }
            for (col, items) in subSurfaces {
                let name = base + ":" + col
                let lex = subs[name] ?? lexicons[name] ?? Lexicon(name: name)
                for s in items { lex.add(surfaceTokens: LexiconStore.surfaceTokens(s, tokenizer), entry: entry) }
                subs[name] = lex
            }
        }
        lexicons[base] = main
        for (k, v) in subs { lexicons[k] = v }
    }
}
