import Testing
@testable import ChronicleKit

/// `LowerCaseWords`: whether the article writes a word in lower case somewhere (read by the
/// false-person and speaker-name checks), exact and built once per document.
@Suite struct LowerCaseWordsTests {
    @Test func findsWordsWrittenInLowerCaseOnly() {
        let doc = Support.pipeline.text.analyze(id: "a.txt", text: "Valley Federal said the federal bank would close. Zenith agreed.")
        var words = LowerCaseWords()
        var work = 0
        #expect(words.contains("federal", in: doc, work: &work))
        #expect(words.contains("bank", in: doc, work: &work))
        // written capitalised only, or not at all
        #expect(!words.contains("valley", in: doc, work: &work))
        #expect(!words.contains("zenith", in: doc, work: &work))
        #expect(!words.contains("federa", in: doc, work: &work))
        #expect(!words.contains("", in: doc, work: &work))
        // the table is built once: one pass over the tokens
        #expect(work == doc.tokens.count)
    }

    @Test func aLongArticleKeepsEveryWord() {
        let text = (0..<3_000).map { "w\($0)x said" }.joined(separator: " ") + "."
        let doc = Support.pipeline.text.analyze(id: "a.txt", text: text)
        var words = LowerCaseWords()
        var work = 0
        for k in stride(from: 0, to: 3_000, by: 7) { #expect(words.contains("w\(k)x", in: doc, work: &work)) }
        #expect(!words.contains("w3000x", in: doc, work: &work))
        #expect(words.contains("said", in: doc, work: &work))
    }
}
