import Foundation
import Testing
@testable import ChronicleKit

/// One person across articles (issues 15: 13 and 19: 4): transliterations of a name are one
/// actor; a shared surname with other first names never is; a surname alone stays its own actor
/// in the store and queries resolve it from what is stored, whatever the order of ingest.
@Suite struct PersonNameTests {
    /// An ASCII name is split byte by byte: the same words as folding it and splitting it at
    /// what is no letter or digit (random names of letters, digits, spaces and punctuation).
    @Test func asciiNamesSplitAsFoldedNames() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-'_,()/\t&")
        let fixed = ["Donald J. Trump", "O'Neill-Smith", "G7 envoy", "MARY-KATE  O'BRIEN", "Yakov Smirnoff", "  ", "x"]
        for name in fixed + (0..<500).map({ _ in String((0..<Int.random(in: 0...24, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }) }) {
            #expect(PersonName.asciiWords(name) == PersonName.foldedWords(name), "\(name)")
        }
    }

    @Test func transliterationsOfANameHaveOneKey() {
        let zelensky = ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenskyi", "Volodymyr Zelenski",
                        "VOLODYMYR ZELENSKYY", "Volodymyr Zelenskýy"]
        #expect(Set(zelensky.map(PersonName.key)) == ["volodymyr zelensky"])
        #expect(Set(zelensky.map(PersonName.id)) == ["volodymyr-zelensky"])
        #expect(PersonName.key("Andrii Yermak") == PersonName.key("Andriy Yermak"))
        #expect(PersonName.key("Yakov Smirnoff") == PersonName.key("Yakov Smirnov"))
        #expect(PersonName.key("José Ramírez") == PersonName.key("Jose Ramirez"))
        // a name in its usual spelling keeps the id it had
        #expect(PersonName.id("Joe Biden") == Actor.slug("Joe Biden"))
        #expect(PersonName.id("Dmytro Kuleba") == Actor.slug("Dmytro Kuleba"))
    }

    @Test func oneMiddleInitialIsLeftOutOfTheKey() {
        #expect(PersonName.key("Donald J. Trump") == PersonName.key("Donald Trump"))
        #expect(PersonName.id("Franklin D. Roosevelt") == "franklin-roosevelt")
        // two initials are kept: George H. W. Bush is not George W. Bush
        #expect(PersonName.key("George H. W. Bush") != PersonName.key("George W. Bush"))
        // a leading initial is the name's own ("J. Smith" says less than a full name)
        #expect(PersonName.key("J. R. Smith") != PersonName.key("R. Smith"))
    }

    @Test func aSharedSurnameWithOtherFirstNamesIsNeverOneKey() {
        #expect(PersonName.key("Bernie Sanders") != PersonName.key("Sarah Sanders"))
        #expect(PersonName.key("Volodymyr Zelensky") != PersonName.key("Olena Zelenska"))
        #expect(PersonName.key("Joe Biden") != PersonName.key("Hunter Biden"))
        #expect(PersonName.key("Hillary Clinton") != PersonName.key("Bill Clinton"))
    }

    @Test func weakNamesStandOnlyForCompatibleFullNames() {
        #expect(PersonName.isWeak("Sanders") && PersonName.isWeak("V. Zelensky") && PersonName.isWeak("J. R. Smith"))
        #expect(!PersonName.isWeak("Bernie Sanders"))
        #expect(PersonName.mayStand("Sanders", for: "Bernie Sanders"))
        #expect(PersonName.mayStand("Zelenskiy", for: "Volodymyr Zelenskyy"))
        #expect(PersonName.mayStand("V. Zelensky", for: "Volodymyr Zelenskyy"))
        #expect(!PersonName.mayStand("V. Zelensky", for: "Oleksandr Zelensky"))
        #expect(!PersonName.mayStand("Zelensky", for: "Olena Zelenska"))
        #expect(!PersonName.mayStand("Sanders", for: "Sanders"))
        #expect(!PersonName.mayStand("B. Sanders", for: "Sarah Sanders"))
    }

    /// Articles: Zelensky in three spellings; his wife; Bernie Sanders (often), Sarah Sanders
    /// (once), and an article naming only "Sanders".
    /// The articles, in `Fixtures/person-names` (the PostgreSQL test reads them too).
    static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/person-names")

    static func store(batchSize: Int) throws -> Store {
        let store = try Store()
        var ingestor = Ingestor(pipeline: Support.pipeline, store: store)
        ingestor.batchSize = batchSize
        #expect(ingestor.ingest(inputs: [articles.path], date: "2021-02-15").problems.isEmpty)
        return store
    }

    @Test func oneActorPerPersonWhateverTheSpellingAndTheBatch() throws {
        let whole = try Self.store(batchSize: 100)
        let people = try whole.load().actors.filter { $0.kind == .person }
        let byId = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Zelensky's three spellings are one actor, mentioned in three articles
        let z = try #require(byId["volodymyr-zelensky"], "\(people.map(\.id))")
        #expect(Set(z.mentions.map(\.doc)) == ["a.txt", "b.txt", "c.txt"])
        #expect(z.name == "Volodymyr Zelenskyy")
        #expect(Set(z.names).isSuperset(of: ["Volodymyr Zelensky", "Volodymyr Zelenskiy"]))
        // never on a shared surname alone
        #expect(byId["olena-zelenska"].map { Set($0.mentions.map(\.doc)) } == ["d.txt"])
        #expect(byId["bernie-sanders"].map { Set($0.mentions.map(\.doc)) } == ["e.txt"])
        #expect(byId["sarah-sanders"].map { Set($0.mentions.map(\.doc)) } == ["f.txt"])
        // a surname alone is its own actor in the store
        #expect(byId["sanders"].map { Set($0.mentions.map(\.doc)) } == ["g.txt"])
        // the same store for every batch size
        for size in [1, 2] {
            let batched = try Self.store(batchSize: size)
            let a = try IngestBatchActorTests.dump(batched), b = try IngestBatchActorTests.dump(whole)
            #expect(a == b, "batch size \(size): \(Set(a).symmetricDifference(b).sorted().prefix(6))")
        }
    }

    @Test func queriesResolveASurnameToTheMostMentionedCompatibleFullName() throws {
        let q = Chronicler(store: try Self.store(batchSize: 1))
        #expect(try q.resolve("Bernie Sanders") == ["bernie-sanders", "sanders"])
        #expect(try q.resolve("Sanders") == ["bernie-sanders", "sanders"])
        #expect(try q.resolve("Sarah Sanders") == ["sarah-sanders"])
        #expect(try q.resolve("Zelenskiy") == ["volodymyr-zelensky"])
        #expect(try q.resolve("Volodymyr Zelenskyy") == ["volodymyr-zelensky"])
        #expect(try q.resolve("Olena Zelenska") == ["olena-zelenska"])
        // what "Sanders" alone said is found under Bernie Sanders, not under Sarah Sanders
        #expect(try q.said(by: "Bernie Sanders").map(\.doc).contains("g.txt"))
        #expect(try !q.said(by: "Sarah Sanders").map(\.doc).contains("g.txt"))
        #expect(try q.actor("Sanders").name == "Bernie Sanders")
    }
}
