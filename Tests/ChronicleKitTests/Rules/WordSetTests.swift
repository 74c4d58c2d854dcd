import Testing
@testable import ChronicleKit

/// `WordSet` and `TokenWordSet` answer as `Set<String>` does, also for strings that equal a word
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

    @Test func tokensAreAskedByTheirVocabularyId() throws {
        let book = try RuleBook.standard()
        let set = TokenWordSet(Self.words, vocabulary: book.vocabulary)
        let text = "The minister and the rebels said that whether they would meet, or not, they'll talk kin."
        let tokens = book.tokenizer.tokenize(text.scalarArray, range: 0..<text.scalarArray.count)
        #expect(tokens.contains { $0.id >= 0 })
        for t in tokens { #expect(set.contains(t) == Self.words.contains(t.lower), "\(t.text)") }
        // a token made without a vocabulary is asked by its form
        var bare = tokens[0]
        bare.id = Vocabulary.unassigned
        #expect(set.contains(bare))
    }
}
