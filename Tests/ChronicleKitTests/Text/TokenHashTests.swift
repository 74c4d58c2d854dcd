import Testing
@testable import ChronicleKit

/// The tokenizer keeps each ASCII token's FNV-1a state of its lowercase form (`Token.lowerHash`), and
/// the lookups that read it answer as those that hash the string.
@Suite struct TokenHashTests {
    let text = "The Minister’s talks in Zürich and São Paulo FAILED, Ça va: l'été 2019 — OK?"

    @Test func everyTokenKeepsTheStateOfItsLowercaseForm() throws {
        let book = try RuleBook.standard()
        let tokens = book.tokenizer.tokenize(text.scalarArray, range: 0..<text.scalarArray.count)
        #expect(tokens.count > 10)
        #expect(tokens.contains { $0.lower.utf8.contains { $0 >= 128 } })
        #expect(tokens.contains { $0.lowerHash == 0 } && tokens.contains { $0.lowerHash != 0 })
        for t in tokens {
            // (kept for tokens written in ASCII, computed when asked for the others: "’s" is
            // "'s" in lower case)
            if t.text.utf8.allSatisfy({ $0 < 128 }) { #expect(t.lowerHash != 0, "\(t.text)") }
            if t.lowerHash != 0 { #expect(t.lowerHash == Vocabulary.state(t.lower), "\(t.text)") }
            var bare = t
            bare.lowerHash = 0
            #expect(Vocabulary.state(of: bare) == Vocabulary.state(t.lower))
            #expect(Vocabulary.state(of: t) == Vocabulary.state(t.lower))
        }
    }

    @Test func aVocabularyFindsATokenWithOrWithoutItsState() throws {
        let book = try RuleBook.standard()
        let vocab = book.vocabulary
        let tokens = book.tokenizer.tokenize(text.scalarArray, range: 0..<text.scalarArray.count)
        #expect(tokens.contains { vocab.id(lowerOf: $0) >= 0 })
        for t in tokens {
            var bare = t
            bare.lowerHash = 0
            #expect(vocab.id(lowerOf: t) == vocab.id(t.lower), "\(t.text)")
            #expect(vocab.id(lowerOf: bare) == vocab.id(t.lower), "\(t.text)")
        }
    }
}
