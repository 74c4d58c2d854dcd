import Foundation

/// Function words the typed-event finder reads around a trigger (`events/en/function-words.tsv`):
/// each line a group of words of one set, with an example sentence and what the example must
/// give (`FunctionWordsTests` runs every line). The sets: `headline-passive-next` (a headline's
/// participle before one is a passive), `gerund-opener` (a noun in -ing after one is a gerund)
/// and `noun-follower` (a noun in -ing before one is the noun).
struct FunctionWords: Sendable {
    struct Line: Sendable {
        let id: String
        /// The set the line's words belong to (the id's first part).
        let set: String
        let words: [String]
        let example: String
        /// `target=TEXT`, `none=WORD` or `event=WORD`.
        let expect: String
        /// The line number in the file.
        let line: Int
    }

    let lines: [Line]
    private let sets: [String: Set<String>]

    init(text: String, file: String = "function-words.tsv") throws {
        var lines: [Line] = []
        var sets: [String: Set<String>] = [:]
        for (n, f) in try TabularFile.rows(text, file: file, columns: ["id", "words", "example", "expect"]) {
            guard let set = f[0].split(separator: ".").first.map(String.init) else { continue }
            let words = f[1].split(separator: "|").map { $0.lowercased() }
            lines.append(Line(id: f[0], set: set, words: words, example: f[2], expect: f[3], line: n))
            sets[set, default: []].formUnion(words)
        }
        self.lines = lines
        self.sets = sets
    }

    /// The words of a set (empty for a set the file does not name).
    func words(_ set: String) -> Set<String> { sets[set] ?? [] }

    /// The words of one line, by its id (empty for an id the file does not have).
    func lineWords(_ id: String) -> Set<String> { Set(lines.filter { $0.id == id }.flatMap(\.words)) }

    /// The bundled English lines (an absent file gives none, and the tests fail).
    static let standard: FunctionWords = (try? RuleBook.bundled("events/en/function-words.tsv") { text, file in try FunctionWords(text: text, file: file) }.get())
        ?? FunctionWords()

    private init() { lines = []; sets = [:] }
}
