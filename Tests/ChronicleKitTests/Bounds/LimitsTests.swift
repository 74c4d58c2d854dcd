import Foundation
import Testing
@testable import ChronicleKit

/// Issue 15: every limit of an article's analysis is explicit (README, "Limits"), and what
/// happens past it is what the README says.
@Suite struct LimitsTests {
    static func temp() -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-limits-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    static func pipeline(_ limits: Limits) -> Pipeline { Pipeline(book: Support.pipeline.book, limits: limits) }

    @Test func articleSizeLimitRefusesWithExactSizes() throws {
        let dir = Self.temp()
        defer { try? FileManager.default.removeItem(at: dir) }
        let at = dir.appendingPathComponent("at.txt"), over = dir.appendingPathComponent("over.txt")
        try Data(repeating: 0x61, count: 1_000).write(to: at)
        try Data(repeating: 0x61, count: 1_001).write(to: over)
        let r = TextReader(maxBytes: 1_000)
        #expect(try r.read(path: at.path).utf8.count == 1_000)
        #expect(throws: ChronicleError.tooLarge(path: over.path, bytes: 1_001, limit: 1_000)) { try r.read(path: over.path) }
        let message = ChronicleError.tooLarge(path: "a.txt", bytes: 8_388_609, limit: 8 << 20).errorDescription
        #expect(message == "a.txt: the file is 8,388,609 bytes, more than the 8,388,608 bytes an article may have (--max-article-bytes)")
        // the pipeline's limit is the one its readers use
        #expect(throws: ChronicleError.tooLarge(path: over.path, bytes: 1_001, limit: 1_000)) {
            try Self.pipeline(Limits(maxArticleBytes: 1_000)).analyze(path: over.path)
        }
        var problems: [ChronicleError] = []
        Inputs.forEachArticle([at.path, over.path], date: nil, maxBytes: 1_000, problem: { problems.append($0) }) { _ in }
        #expect(problems == [.tooLarge(path: over.path, bytes: 1_001, limit: 1_000)])
    }

    @Test func longSentencesAreCutAtCommasWithAWarning() {
        let text = "Title\n\n" + String(repeating: "Smith said on Monday that the talks failed, ", count: 120) + "\n"
        let a = Self.pipeline(Limits(maxSentenceTokens: 100)).analyze(id: "t.txt", text: text, date: "2021-02-15")
        let body = a.document.sentences.dropFirst()
        #expect(body.count >= 10)
        for s in body {
            #expect(s.tokens.count <= 100)
            // each piece but the last ends after a comma (one stands in every last quarter)
            if s.index != a.document.sentences.count - 1 { #expect(a.document.tokens[s.tokens.upperBound - 1].text == ",") }
        }
        #expect(a.document.warnings.contains { $0.hasPrefix("1 sentence longer than 100 tokens (the longest 1080) cut into pieces of at most 100") })
        // within the limit, nothing is cut and nothing is said
        let b = Self.pipeline(Limits(maxSentenceTokens: 2_000, maxStatementTokens: 2_000)).analyze(id: "t.txt", text: text, date: "2021-02-15")
        #expect(b.document.sentences.count == 2)
        #expect(b.document.warnings.isEmpty)
    }

    @Test func quotationsPastTheParagraphCapPairWithNothing() {
        let para = (0..<10).map { "\"Quote number \($0),\" he said." }.joined(separator: " ")
        let text = "Title\n\n" + para + "\n\n" + "\"One,\" he said. \"Two,\" she said.\n"
        let doc = Self.pipeline(Limits(maxParagraphQuotes: 3)).analyze(id: "t.txt", text: text, date: nil).document
        #expect(doc.quotes.count == 5)  // 3 in the first paragraph, both in the second
        #expect(doc.quotes.prefix(3).allSatisfy { doc.text($0.inner).hasPrefix("Quote number") })
        #expect(doc.warnings == ["14 quotation marks of paragraphs with more than 3 quotations were left unpaired (--max-paragraph-quotes)"])
        #expect(Self.pipeline(.standard).analyze(id: "t.txt", text: text, date: nil).document.quotes.count == 12)
    }

    @Test func statementsAreCutToTheirFirstTokensWithAWarning() {
        let quote = (1...40).map { "word\($0)" }.joined(separator: " ")
        let text = "Title\n\n\"\(quote),\" Foreign Minister John Smith said on Monday.\n\nSmith said that " + quote + ".\n"
        let p = Self.pipeline(Limits(maxStatementTokens: 10))
        let a = p.analyze(id: "t.txt", text: text, date: "2021-02-15")
        #expect(a.statements.count == 2)
        for s in a.statements {
            #expect(s.text.hasSuffix("word10") || s.text.hasSuffix("word9 word10"), "\(s.text)")
            #expect(!s.text.contains("word11"))
        }
        #expect(a.document.warnings == ["2 statements longer than 10 tokens cut to their first 10 (--max-statement-tokens)"])
        let full = Self.pipeline(.standard).analyze(id: "t.txt", text: text, date: "2021-02-15")
        #expect(full.statements.allSatisfy { $0.text.contains("word40") })
        #expect(full.document.warnings.isEmpty)
        // the attributions path says the same
        var warnings: [String] = []
        _ = AttributionExport(book: Support.pipeline.book, limits: Limits(maxStatementTokens: 10)).statements(id: "t", text: text, warnings: &warnings)
        #expect(warnings == ["2 statements longer than 10 tokens cut to their first 10 (--max-statement-tokens)"])
    }

    @Test func normalNewsMeetsNoLimit() {
        for a in Support.seeds().documents { #expect(a.document.warnings.isEmpty, "\(a.document.id): \(a.document.warnings)") }
    }
}
