import Foundation

/// An aliases file given with `--aliases`: one actor per line, tab-separated: the canonical name,
/// its variants (separated by `;` or `|`), and optionally a kind (person, country, organization,
/// organisation, group, media, government). `#` starts a comment line. Each line becomes an
/// `actor.alias` decision: the actors called by any of the names become one, with that name.
public struct AliasTable: Sendable {
    public var decisions: [Decision]

    /// Reads a file; a bad line is an error naming the file and line.
    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw ChronicleError.fileNotFound(path: path) }
        guard let text = String(data: data, encoding: .utf8) else { throw ChronicleError.notUTF8(path: path) }
        try self.init(text: text, path: path)
    }

    public init(text: String, path: String = "aliases.tsv") throws {
        decisions = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = cols.first, !name.isEmpty else {
                throw ChronicleError.badInput(path: "\(path):\(n + 1)", message: "no canonical name in the first column")
            }
            let variants = cols.count > 1 ? cols[1].split(whereSeparator: { $0 == ";" || $0 == "|" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
            var kind = ""
            if cols.count > 2, !cols[2].isEmpty {
                guard let k = ActorKindName.parse(cols[2]) else {
                    throw ChronicleError.badInput(path: "\(path):\(n + 1)", message: "unknown actor kind '\(cols[2])' (person, country, organization, group, media)")
                }
                kind = k.rawValue
            }
            decisions.append(Decision(verb: .actorAlias, target: name, value: kind, extra: variants.joined(separator: "\u{1F}")))
        }
    }
}
