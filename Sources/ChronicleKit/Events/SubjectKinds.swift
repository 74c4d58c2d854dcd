import Foundation

/// Verbs whose event kind depends on what does it (`Resources/events/en/subject-kinds.tsv`):
/// "an earthquake hit the coast" is a disaster (`other`), "a missile hit the hospital" an
/// attack (`military`), "the woman was hit by a car" an accident (`other`), "the company hit a
/// record" no event. The doer is the event's agent: the subject, or the "by" phrase of a
/// passive, as the role finders give it; its head word is the last word before a
/// post-modifier ("A 7.1-magnitude earthquake in Chile": earthquake).
public struct SubjectKinds: Sendable {
    /// One line of the file.
    public struct Line: Sendable {
        public var entry: String
        public var heads: Set<String>
        /// `*`: any other subject, or none.
        public var any: Bool
        /// The kind the event takes; nil: no event.
        public var kind: String?
        public var plover: String?
        public var cameo: String?
        public var example: String
        public var line: Int
    }

    public private(set) var lines: [Line] = []
    /// The lines of each lexicon entry, in file order.
    private var byEntry: [String: [Int]] = [:]

    /// The bundled English file, loaded once.
    public static let english: Result<SubjectKinds, ChronicleError> = RuleBook.bundled("events/en/subject-kinds.tsv") { try SubjectKinds(text: $0, file: $1) }

    /// The bundled file, or no lines when it cannot be read (the `SubjectKindsTests` fail then).
    public static var standard: SubjectKinds { (try? english.get()) ?? SubjectKinds() }

    public init() {}

    /// Parses the file's text.
    public init(text: String, file: String) throws {
        let kinds = Set(EventKinds.compact)
        for (line, c) in try TabularFile.rows(text, file: file, columns: ["entry", "heads", "kind", "plover", "cameo", "example"]) {
            guard c[2] == "-" || kinds.contains(c[2]) else {
                throw ChronicleError.lexiconSyntax(file: file, line: line, message: "unknown kind '\(c[2])' (\(EventKinds.compact.joined(separator: ", ")), or - for no event)")
            }
            let heads = c[1] == "*" ? [] : c[1].split(separator: "|").map { $0.lowercased() }
            byEntry[c[0], default: []].append(lines.count)
            lines.append(Line(entry: c[0], heads: Set(heads), any: c[1] == "*", kind: c[2] == "-" ? nil : c[2],
                              plover: c[3] == "-" ? nil : c[3], cameo: c[4] == "-" ? nil : c[4], example: c[5], line: line))
        }
    }

    /// Whether any line applies to the entry.
    public func decides(_ entry: String) -> Bool { byEntry[entry] != nil }

    /// The kinds an entry's events may take (its own and its lines').
    public func kinds(of entry: TriggerLexicon.Entry) -> [String] {
        var out = [entry.kind]
        for k in byEntry[entry.id] ?? [] { if let kind = lines[k].kind, !out.contains(kind) { out.append(kind) } }
        return out
    }

    /// The line that decides an event of `entry` whose doer is `agent` (its text); nil when no
    /// line applies (the entry keeps its kind).
    /// `person`: the doer is a person the actor layer knows ("Robert Buckley fell"), matched by
    /// the head `@person`.
    public func line(for entry: String, agent: String?, person: Bool = false) -> Line? {
        guard let ks = byEntry[entry] else { return nil }
        let head = agent.flatMap(SubjectKinds.headWord)
        for k in ks {
            let l = lines[k]
            if l.any { return l }
            if person && l.heads.contains("@person") { return l }
            if let h = head, l.heads.contains(h) || h.hasSuffix("s") && l.heads.contains(String(h.dropLast())) { return l }
        }
        return nil
    }

    /// The words that end a noun phrase's head: prepositions, relatives, punctuation.
    static let postModifiers: Set<String> = ["of", "in", "for", "from", "at", "on", "with", "to", "that", "which", "who", "near", "off", "along", ",", "(", "-"]

    /// A phrase's head word, lower case: its last word before a post-modifier.
    static func headWord(_ phrase: String) -> String? {
        var head: Substring?
        for w in phrase.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if postModifiers.contains(w.lowercased()) { break }
            head = w
        }
        return head.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
    }
}
