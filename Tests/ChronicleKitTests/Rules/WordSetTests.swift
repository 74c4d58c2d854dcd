import Testing
@testable import ChronicleKit

/// `WordSet` answers as `Set<String>` does, also for strings that equal a word
/// only in Swift's canonical equivalence (the Kelvin sign is a "K"), and for words no rule knows.
@Suite struct WordSetTests {
    static let words: Set<String> = ["and", "or", ",", "that", "the", "k", "kin", "'ll", "whether"]
    static let probes = ["and", "And", "an", "andes", "or", "o", ",", ";", "that", "than", "the", "thee", "\u{212A}", "\u{212A}in",
                         "k", "kin", "'ll", "’ll", "whether", "weather", "", "é", "e\u{301}", "café", "the\u{301}", "\u{37E}"]

    @Test func answersAsTheSetOfStrings() {
        let set = WordSet(Self.words)
        for p in Self.probes { #expect(set.contains(p) == Self.words.contains(p), "\(p)") }
        // a set with a word that is not ASCII asks the set for every word
        let accented: Set<String> = ["café", "and"]
        let other = WordSet(accented)
        for p in Self.probes + ["cafe\u{301}"] { #expect(other.contains(p) == accented.contains(p), "\(p)") }
    }

    @Test func tokensWithAndWithoutAVocabularyId() throws {
        let book = try RuleBook.standard()
        let set = WordSet(Self.words)
        let text = "The minister and the rebels said that whether they would meet, or not, they'll talk kin."
        let tokens = book.tokenizer.tokenize(text.scalarArray, range: 0..<text.scalarArray.count)
        #expect(tokens.contains { $0.id >= 0 })
        for t in tokens { #expect(set.contains(t) == Self.words.contains(t.lower), "\(t.text)") }
        // a token made without a vocabulary id is still asked by its hash
        var bare = tokens[0]
        bare.id = Vocabulary.unassigned
        #expect(set.contains(bare))
    }

    /// A token is asked by the FNV-1a state of its lowercase form (`Token.lowerHash`): the same
    /// answer as the set of strings for ASCII tokens, for tokens with other characters (asked by
    /// their form), for a set with a curly apostrophe (which no ASCII token can equal) and for one
    /// with a Kelvin sign (which a "k" does equal, so every token is asked by its form).
    @Test func tokensAreAskedByTheirHash() throws {
        let book = try RuleBook.standard()
        let text = "The minister and the rebels said that whether they would meet, or not, they'll talk — kin, café, K, the ministers’ bus."
        let tokens = book.tokenizer.tokenize(text.scalarArray, range: 0..<text.scalarArray.count)
        #expect(tokens.contains { $0.lowerHash != 0 } && tokens.contains { $0.lowerHash == 0 })
        for words in [Self.words, Self.words.union(["’s", "café", "—"]), Self.words.union(["\u{212A}in"]), []] {
            let set = WordSet(words)
            for t in tokens { #expect(set.contains(t) == words.contains(t.lower), "\(t.text) in \(words.sorted())") }
        }
        // a word the set lacks but whose hash it has would need the strings compared: a made-up
        // hash equal to a word's is still told apart by the form
        let set = WordSet(Self.words)
        var forged = tokens[0]
        forged.lower = "minister"
        #expect(!set.contains(forged))
        #expect(set.contains(tokens[0]))
    }
}
