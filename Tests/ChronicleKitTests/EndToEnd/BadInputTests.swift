import Foundation
import Testing
@testable import ChronicleKit

/// Every file of `Fixtures/bad/` gets a correct result or a one-line error naming the file and
/// the problem; spans stay right whatever the encoding or line ends.
@Suite struct BadInputTests {
    enum Expect: Sendable {
        case error(String)
        /// A result; at least this many statements, and the speaker of the first one.
        case result(statements: Int, speaker: String?)
    }

    static let expected: [String: Expect] = [
        "empty.txt": .error("empty"),
        "whitespace-only.txt": .error("empty"),
        "binary.bin": .error("binary"),
        "invalid-utf8.txt": .error("not valid UTF-8"),
        "nul-at-end.txt": .error("binary"),
        "gzip-disguised.txt": .error("binary"),
        "utf16le-bom.txt": .result(statements: 1, speaker: "Dmytro Kuleba"),
        "utf16be-bom.txt": .result(statements: 1, speaker: "Dmytro Kuleba"),
        "utf8-bom.txt": .result(statements: 1, speaker: "Dmytro Kuleba"),
        "crlf.txt": .result(statements: 2, speaker: "Dmytro Kuleba"),
        "cr-only.txt": .result(statements: 1, speaker: "Dmytro Kuleba"),
        "quotes-10000.txt": .result(statements: 0, speaker: nil),
        "unbalanced-quotes.txt": .result(statements: 0, speaker: nil),
        "nested-quotes.txt": .result(statements: 1, speaker: "Dmytro Kuleba"),
        "html-markup.txt": .result(statements: 1, speaker: "Dmytro Kuleba"),
        "impossible-date-header.txt": .result(statements: 1, speaker: "Dmytro Kuleba"),
        "punctuation-only.txt": .result(statements: 0, speaker: nil),
        "one-long-word.txt": .result(statements: 0, speaker: nil),
        "control-characters.txt": .result(statements: 1, speaker: "Dmytro Kuleba"),
        "emoji-combining-rtl.txt": .result(statements: 1, speaker: "Dmytro Kuleba"),
        "zero-width-and-nbsp.txt": .result(statements: 1, speaker: "Dmytro Kuleba"),
        "title-only.txt": .result(statements: 0, speaker: nil),
        "many-newlines.txt": .result(statements: 1, speaker: "Dmytro Kuleba"),
        "deep-brackets.txt": .result(statements: 1, speaker: "Dmytro Kuleba"),
        "cyrillic.txt": .result(statements: 0, speaker: nil),
        "numbers-only.txt": .result(statements: 0, speaker: nil),
        "json-looking.txt": .result(statements: 0, speaker: nil),
        "markdown.txt": .result(statements: 1, speaker: "Dmytro Kuleba"),
        "only-boilerplate.txt": .result(statements: 0, speaker: nil),
        "sentence-storm.txt": .result(statements: 0, speaker: nil),
        "long-quote-no-close.txt": .result(statements: 0, speaker: nil),
        "repeated-names.txt": .result(statements: 0, speaker: nil),
    ]

    static var dir: String { Support.fixtures.appendingPathComponent("bad").path }

    @Test func everyFixtureHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.dir).sorted()
        #expect(files.count >= 30)
        #expect(Set(files) == Set(Self.expected.keys))
    }

    @Test(arguments: expected.keys.sorted())
    func badFile(_ name: String) throws {
        let path = Self.dir + "/" + name
        switch Self.expected[name]! {
        case .error(let what):
            #expect {
                _ = try Support.pipeline.analyze(path: path)
            } throws: { e in
                let m = (e as? LocalizedError)?.errorDescription ?? ""
                return m.hasPrefix(path + ":") && m.contains(what) && !m.contains("\n")
            }
        case .result(let n, let speaker):
            let a = try Support.pipeline.analyze(path: path, date: "2021-02-15")
            #expect(a.statements.count >= n, "\(a.statements.map(\.text))")
            if let speaker { #expect(a.statements.first?.speaker == speaker) }
            #expect(ProvenanceInvariantTests.check(EventGraphBuilder().build([a])) == [])
        }
    }

    @Test func impossibleHeaderDateIsAWarningAndNoDate() throws {
        let a = try Support.pipeline.analyze(path: Self.dir + "/impossible-date-header.txt")
        #expect(a.document.date == nil)
        #expect(a.document.warnings.first?.contains("2021-02-30") == true)
        #expect(a.document.title.map(a.document.text) == "Title of the piece")
    }

    @Test func htmlMarkupIsNotBody() throws {
        let a = try Support.pipeline.analyze(path: Self.dir + "/html-markup.txt")
        #expect(!a.document.tokens.contains { $0.text == "script" || $0.text == "alert" || $0.text == "b" })
        #expect(a.statements.first?.text == "talks</b> failed" || a.statements.first?.text.contains("talks") == true)
    }

    static func temp() -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-bad-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    @Test func generatedHardCases() throws {
        let dir = Self.temp()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = TextReader()
        // 20 MB of text: refused with its size
        let big = dir.appendingPathComponent("twenty-mb.txt")
        try Data(repeating: 0x61, count: 20 << 20).write(to: big)
        #expect(throws: ChronicleError.tooLarge(path: big.path, bytes: 20 << 20, limit: 8 << 20)) { try r.read(path: big.path) }
        // one 1 MB line of prose: analyzed
        let line = dir.appendingPathComponent("one-mb-line.txt")
        var prose = ""
        while prose.utf8.count < 1 << 20 { prose += "Foreign Minister Dmytro Kuleba said that talks failed on February 3, and the summit was postponed. " }
        try prose.write(to: line, atomically: true, encoding: .utf8)
        let a = try Support.pipeline.analyze(path: line.path, date: "2021-02-15")
        #expect(a.statements.count > 1000)
        // a directory given as a file
        let d = dir.appendingPathComponent("folder.txt")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        #expect(throws: ChronicleError.notAFile(path: d.path)) { try r.read(path: d.path) }
        #expect(Inputs.expand([d.path]).problems == [.badInput(path: d.path, message: "is a directory with no article files (.txt, .html, .htm, .html.gz, .jsonl, .csv)")])
        // a symlink loop
        let l1 = dir.appendingPathComponent("loop1.txt"), l2 = dir.appendingPathComponent("loop2.txt")
        try FileManager.default.createSymbolicLink(atPath: l1.path, withDestinationPath: l2.path)
        try FileManager.default.createSymbolicLink(atPath: l2.path, withDestinationPath: l1.path)
        #expect(throws: ChronicleError.unreadable(path: l1.path, reason: "a symbolic link loop")) { try r.read(path: l1.path) }
        #expect(Inputs.expand([l1.path]).files == [l1.path])
        // an unreadable file (a link to something that fails on read, even for root)
        let u = dir.appendingPathComponent("unreadable.txt")
        try FileManager.default.createSymbolicLink(atPath: u.path, withDestinationPath: "/proc/self/mem")
        #expect { try r.read(path: u.path) } throws: { e in
            ((e as? LocalizedError)?.errorDescription ?? "").hasPrefix(u.path + ": ")
        }
    }
}
