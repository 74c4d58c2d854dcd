/// CoNLL-U sentences (https://universaldependencies.org/format.html): read for training and
/// re-annotation, written by `chronicle parse`.
public enum CoNLLU {
    /// One sentence: its lines as read, and which of them are words (integer ids).
    public struct Sentence: Sendable {
        /// Every line: comments, multiword-token ranges ("1-2"), empty nodes ("1.1"), words.
        public var lines: [String] = []
        /// For each word, the index of its line in `lines`.
        public var wordLines: [Int] = []
        /// The ten columns of each word.
        public var words: [[String]] = []

        public init() {}

        public var forms: [String] { words.map { $0[1] } }
    }

    /// Reads the sentences of a CoNLL-U text. A word line without ten columns, or ids out of
    /// order, is an error naming the line.
    public static func read(_ text: String, path: String) throws -> [Sentence] {
        var out: [Sentence] = []
        var cur = Sentence()
        var lineNo = 0
        func close() { if !cur.lines.isEmpty { if !cur.words.isEmpty { out.append(cur) }; cur = Sentence() } }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if line.isEmpty { close(); continue }
            if line.hasPrefix("#") { cur.lines.append(line); continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == 10 else {
                throw ChronicleError.badInput(path: path, message: "line \(lineNo): expected 10 tab-separated columns, found \(cols.count)")
            }
            if cols[0].contains("-") || cols[0].contains(".") { cur.lines.append(line); continue }
            guard let id = Int(cols[0]), id == cur.words.count + 1 else {
                throw ChronicleError.badInput(path: path, message: "line \(lineNo): word id '\(cols[0])' out of order")
            }
            cur.wordLines.append(cur.lines.count)
            cur.lines.append(line)
            cur.words.append(cols)
        }
        close()
        return out
    }

    /// The gold heads (0 = root) and relations of a sentence; nil when a head is not a word
    /// of the sentence.
    public static func heads(_ s: Sentence) -> [Int]? {
        var h: [Int] = []
        for w in s.words {
            guard let v = Int(w[6]), v >= 0, v <= s.words.count else { return nil }
            h.append(v)
        }
        return h
    }

    /// The sentence with columns LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL of every word
    /// replaced by an annotation; every other line stays as it was.
    public static func write(_ s: Sentence, _ a: SyntaxAnnotator.Sentence, tables: SyntaxTables, into out: inout String) {
        var k = 0
        var next = s.wordLines.first ?? -1
        for (i, line) in s.lines.enumerated() {
            if i != next { out += line; out += "\n"; continue }
            var cols = s.words[k]
            cols[2] = a.lemma[k].isEmpty ? "_" : a.lemma[k]
            cols[3] = tables.upos[Int(a.tag[k])].name
            cols[4] = tables.xpos[Int(a.tag[k])]
            cols[5] = tables.feats[Int(a.feats[k])]
            cols[6] = String(a.head[k])
            cols[7] = tables.labels[Int(a.deprel[k])]
            cols[8] = "_"
            out += cols.joined(separator: "\t")
            out += "\n"
            k += 1
            next = k < s.wordLines.count ? s.wordLines[k] : -1
        }
        out += "\n"
    }
}
