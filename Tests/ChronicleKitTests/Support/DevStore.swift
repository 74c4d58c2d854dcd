import Foundation
@testable import ChronicleKit

/// A store of the two seeds plus PolNeAR dev (84 articles copied into
/// `Fixtures/polnear-dev/`; each article's date comes from its file name, which matches the
/// corpus metadata), ingested once per test run through the real `Ingestor`.
enum DevStore {
    static var polnearDir: String { Support.fixtures.appendingPathComponent("polnear-dev").path }

    /// Built on first use; `static let` makes concurrent tests wait for the one build.
    static let shared: Built = {
        do {
            let store = try Store()
            let summary = Ingestor(pipeline: Support.pipeline, store: store).ingest(inputs: [Support.seedDir, polnearDir])
            return Built(store: store, summary: summary)
        } catch {
            fatalError("cannot build the dev store: \(error)")
        }
    }()

    struct Built: @unchecked Sendable {
        let store: Store
        let summary: Ingestor.Summary
        var chronicler: Chronicler { Chronicler(store: store) }
    }

    /// The text of a fixture article, as code points (spans are code-point offsets).
    static func text(_ doc: String) throws -> [Unicode.Scalar] {
        let dir = doc.hasPrefix("00") ? Support.seedDir : polnearDir
        return Array(try String(contentsOfFile: dir + "/" + doc, encoding: .utf8).unicodeScalars)
    }
}
