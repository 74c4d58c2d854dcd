/// The universal part-of-speech tags of UD v2.
public enum UPOS: UInt8, Sendable, CaseIterable {
    case ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X

    /// The tag as UD writes it.
    public var name: String { String(describing: self) }

    /// The tag of a UD name (X for an unknown one).
    public init(name: String) { self = UPOS.allCases.first { $0.name == name } ?? .X }
}

/// The names behind the ids a `SyntaxLayer` stores: tag classes, relations, feature sets.
/// One shared, immutable instance per loaded model.
public final class SyntaxTables: Sendable {
    /// UPOS of each tag class.
    public let upos: [UPOS]
    /// The Penn Treebank tag (XPOS) of each tag class.
    public let xpos: [String]
    /// UD v2 relations (with subtypes, e.g. `nmod:poss`).
    public let labels: [String]
    /// FEATS strings ("_" for none).
    public let feats: [String]

    /// For each FEATS id, the verb's form and tense as bits (`finitePast`, `participlePast`,
    /// `finitePresent`), read once here so that no stage splits FEATS strings per word.
    public let verbFlags: [UInt8]
    public static let finitePast: UInt8 = 1, participlePast: UInt8 = 2, finitePresent: UInt8 = 4

    public init(upos: [UPOS], xpos: [String], labels: [String], feats: [String]) {
        self.upos = upos
        self.xpos = xpos
        self.labels = labels
        self.feats = feats
        verbFlags = feats.map { f in
            let parts = Set(f.split(separator: "|").map(String.init))
            let past = parts.contains("Tense=Past"), present = parts.contains("Tense=Pres")
            if parts.contains("VerbForm=Fin") { return past ? SyntaxTables.finitePast : present ? SyntaxTables.finitePresent : 0 }
            return parts.contains("VerbForm=Part") && past ? SyntaxTables.participlePast : 0
        }
    }
}

/// The syntax of a document, as flat per-word arrays: UPOS, Penn tag, lemma, features, head,
/// relation. Words are UD syntactic words: a token is one word, except contractions, which
/// are two ("don't" → "do" + "n't", "I'm" → "I" + "'m"; see docs/Architecture.md).
public struct SyntaxLayer: Sendable {
    /// The token each word belongs to.
    public var wordToken: [Int32] = []
    /// The span of each word (a part of its token's span for a contraction).
    public var wordSpan: [Span] = []
    /// The first word of each token; one more entry than tokens (the word count at the end).
    public var tokenWord: [Int32] = []
    /// The tag class of each word (UPOS and Penn tag together; names in `tables`).
    public var tag: [UInt16] = []
    /// The UPOS of each word.
    public var upos: [UPOS] = []
    public var lemma: [String] = []
    /// The FEATS id of each word (`tables.feats`).
    public var feats: [UInt16] = []
    /// The head word of each word (document word index), -1 for a sentence's root.
    public var head: [Int32] = []
    /// The relation id of each word to its head (`tables.labels`).
    public var deprel: [UInt8] = []
    /// The first word of each parsed sentence, then the word count: sentence k is words
    /// `sentenceStart[k]..<sentenceStart[k + 1]` (the document's sentences, and any tokens
    /// outside them as sentences of their own).
    public var sentenceStart: [Int32] = []
    public var tables: SyntaxTables?
    /// Whether heads and relations were parsed (false for the tags of the default analysis:
    /// `Document.tags`).
    public var parsed = true

    public init() {}

    public var count: Int { upos.count }

    /// The relation of word `w` ("nsubj", "obl:tmod", …).
    public func relation(_ w: Int) -> String { tables.map { $0.labels[Int(deprel[w])] } ?? "_" }
    /// The Penn tag of word `w`.
    public func xpos(_ w: Int) -> String { tables.map { $0.xpos[Int(tag[w])] } ?? "_" }
    /// The FEATS string of word `w` ("Number=Sing|…" or "_").
    public func featsString(_ w: Int) -> String { tables.map { $0.feats[Int(feats[w])] } ?? "_" }

    /// The value of one feature of word `w` ("Past" for "Tense"), if it has it.
    public func feature(_ w: Int, _ name: String) -> String? {
        let s = featsString(w)
        guard s != "_" else { return nil }
        for part in s.split(separator: "|") {
            let kv = part.split(separator: "=", maxSplits: 1)
            if kv.count == 2 && kv[0] == name { return String(kv[1]) }
        }
        return nil
    }

    /// The number of parsed sentences.
    public var sentenceCount: Int { max(0, sentenceStart.count - 1) }

    /// The words of parsed sentence `k`.
    public func words(ofSentence k: Int) -> Range<Int> { Int(sentenceStart[k])..<Int(sentenceStart[k + 1]) }

    /// The words of token `t`.
    public func words(ofToken t: Int) -> Range<Int> {
        guard t + 1 < tokenWord.count else { return 0..<0 }
        return Int(tokenWord[t])..<Int(tokenWord[t + 1])
    }

    /// The dependents of word `w` with the relation `label` (a linear scan of its sentence).
    public func dependents(of w: Int, in words: Range<Int>) -> [Int] {
        words.filter { head[$0] == Int32(w) }
    }
}
