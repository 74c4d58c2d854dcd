import Foundation
@testable import ChronicleKit

/// Shared test helpers: fixtures, one pipeline, and quick analyses of small texts.
enum Support {
    static let pipeline: Pipeline = try! Pipeline()

    static var fixtures: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }
    static var golden: URL { Bundle.module.url(forResource: "Golden", withExtension: nil)! }
    static var seedDir: String { fixtures.appendingPathComponent("seeds").path }

    /// Analyzes a small text as a document named `t.txt`.
    static func analyze(_ text: String, date: String? = "2021-02-15") -> DocumentAnalysis {
        pipeline.analyze(id: "t.txt", text: text, date: date)
    }

    /// The kind of each actor of a small text by name; with `aliases`, by every other name too
    /// (the unnamed source left out).
    static func actorKinds(_ text: String, aliases: Bool = false) -> [String: ActorKind] {
        var out: [String: ActorKind] = [:]
        for a in analyze("Title\n\n" + text + "\n").actors.actors.values where !aliases || a.name != Actor.unnamedSource {
            out[a.name] = a.kind
            if aliases { for x in a.aliases { out[x] = a.kind } }
        }
        return out
    }

    /// The pipeline with the Syntax stage on (`--syntax`), for the stages' parse readings.
    static let parsing: Pipeline = { var p = pipeline; p.runsSyntax = true; return p }()

    /// `analyze` with the Syntax stage on.
    static func analyzeParsed(_ text: String, date: String? = "2021-02-15") -> DocumentAnalysis {
        parsing.analyze(id: "t.txt", text: text, date: date)
    }

    /// The corpus of the two seed articles.
    static func seeds() -> Corpus {
        Analyzer(pipeline: pipeline).analyze(inputs: [seedDir]).0
    }

    /// The chronology of the two seed articles.
    static func seedChronology() -> Chronology { Chronology(corpus: seeds()) }

    /// The chronology of articles written to a temporary folder (file name → text), as
    /// `chronicle analyze` makes it.
    static func chronology(_ files: [String: String]) throws -> Chronology {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return Chronology(corpus: Analyzer(pipeline: pipeline).analyze(inputs: [dir.path]).0)
    }

    /// Compares `actual` with the golden file `name`; `RECORD=1` rewrites the golden file instead.
    static func golden(_ name: String, _ actual: String) -> Bool {
        let src = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["RECORD"] == "1" {
            try? actual.write(to: src, atomically: true, encoding: .utf8)
            return true
        }
        guard let expected = try? String(contentsOf: src, encoding: .utf8) else { return false }
        return expected == actual
    }
}

/// Typed events of a small text, for the event suites that check dates and kinds: conform and
/// call `typed`, `seen` and `date`.
protocol TypedEventTesting {}

enum TypedEventSupport {
    static let finder = try! TypedEventFinder()
}

extension TypedEventTesting {
    func typed(_ body: String, date: String) -> [Event] {
        let a = Support.analyze("Title\n\n" + body, date: date)
        return TypedEventSupport.finder.find(a.document, actors: a.actors, times: a.times)
    }

    func seen(_ e: [Event]) -> String { "\(e.map { ($0.text, $0.kind, $0.date ?? "-", $0.typing?.dateSource.rawValue ?? "-") })" }

    /// The date of the first event whose text begins with `word` (nil: no such event; .some(nil): undated).
    func date(_ e: [Event], _ word: String) -> String?? { e.first { $0.text.hasPrefix(word) }.map { $0.date } }
}
