import Foundation
import Testing
@testable import ChronicleKit

/// What users type into queries: `%` and `_` are letters, not wildcards; a word repeated is
/// searched once; date bounds are real dates in order (issue 15: 15, 16, 19).
@Suite struct QueryArgumentTests {
    let q: Chronicler

    init() throws {
        let store = try Store()
        try store.save(Support.seedChronology())
        q = Chronicler(store: store)
    }

    static func unknown(_ body: () throws -> Any) -> Bool {
        do {
            _ = try body()
            return false
        } catch let ChronicleError.unknownActor(_, suggestions) {
            return !suggestions.isEmpty
        } catch {
            return false
        }
    }

    @Test func likeWildcardsMatchThemselves() throws {
        for name in ["%", "_", "%%", "Kul%", "_uleba", "% %", "Mr. %"] {
            #expect(Self.unknown { try q.resolve(name) }, "'\(name)' matched an actor")
            #expect(Self.unknown { try q.said(by: name) }, "--by '\(name)' matched")
            #expect(Self.unknown { try q.said(about: name) }, "--about '\(name)' matched")
            #expect(Self.unknown { try q.events(actor: name) }, "--actor '\(name)' matched")
            #expect(Self.unknown { try q.actor(name) }, "actor '\(name)' matched")
        }
        // real names and parts still resolve
        #expect(try q.said(by: "Kuleba").count == 5)
        #expect(try !q.resolve("Landsbergis").isEmpty)
    }

    @Test func aNameWithAWildcardCharacterIsFoundLiterally() throws {
        let store = try Store()
        var c = Support.seedChronology()
        let k = try #require(c.actors.firstIndex { $0.name == "Dmytro Kuleba" })
        c.actors[k].name = "Dmytro 100%_Kuleba"
        try store.save(c)
        let q = Chronicler(store: store)
        #expect(try q.resolve("100%_Kuleba") == [c.actors[k].id])
        #expect(Self.unknown { try q.resolve("100%") })
    }

    @Test func aRepeatedWordIsSearchedOnce() throws {
        let once = try q.search("Crimea")
        #expect(!once.isEmpty)
        let many = Array(repeating: "Crimea", count: 1000).joined(separator: " ")
        #expect(Chronicler.match(many) == "\"Crimea\"")
        #expect(Chronicler.match("crimea CRIMEA Crimea's talks") == "\"crimea\" \"talks\"")
        #expect(try q.search(many).map(\.id) == once.map(\.id))
        // FTS5 syntax in the text is words, never operators
        #expect(Chronicler.match("Crimea OR NEAR(\"x\") *") == "\"Crimea\" \"OR\" \"NEAR\" \"x\"")
        #expect(Chronicler.match("  ;- ") == nil)
    }

    @Test func dateBoundsAreRealDatesInOrder() throws {
        #expect(DateArgument.bound("2021") != nil && DateArgument.bound("2021-02") != nil && DateArgument.bound("2020-02-29") != nil)
        for bad in ["2021-02-30", "2021-13", "2021-00", "2021-2", "21", "2021-W05", "2021-02-15T10", "٢٠٢١", "+202", "2021-02-", ""] {
            #expect(DateArgument.bound(bad) == nil, "\(bad)")
            #expect(DateArgument.windowProblem(from: bad, to: nil) != nil, "\(bad)")
            #expect(throws: ChronicleError.self) { try q.said(from: bad) }
        }
        #expect(DateArgument.windowProblem(from: "2021", to: "2020")?.contains("after") == true)
        #expect(DateArgument.windowProblem(from: "2021-02-15", to: "2021-02") == nil)
        #expect(DateArgument.windowProblem(from: "2021-02", to: "2021-02-01") == nil)
        #expect(throws: ChronicleError.self) { try q.between("2021", "2020") }
        #expect(throws: ChronicleError.self) { try q.between("2021-02-30", "2021-03-01") }
        #expect(throws: ChronicleError.self) { try q.events(from: "2021-03", to: "2021-02") }
        #expect(try q.between("2021-02-15", "2021-02-15").count == 7 + (try q.events(from: "2021-02-15", to: "2021-02-15").count))
    }

    /// A malformed week or date in a stored value (or a chronicle.json) is no date, not a trap.
    @Test func strangeDateValuesAreNoDates() {
        for v in ["٣٣٣٣", "2021-W99999999999999999999", "99999999999999999999", "2021-W0", "½"] {
            #expect(DateRange(value: v) == nil, "\(v)")
        }
        #expect(DateRange(value: "2021-W05") != nil)
    }
}
