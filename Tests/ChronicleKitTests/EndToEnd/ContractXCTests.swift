import Foundation
import XCTest
@testable import ChronicleKit

/// The chronicle.json contract checked with XCTest (so both test runners report real tests):
/// valid JSON, the top-level lists, scalar offsets that give back each fact's text.
final class ContractXCTests: XCTestCase {
    func testSeedJSONSpansGiveBackTheFactText() throws {
        let json = ChronicleJSONWriter().write(Support.seedChronology())
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(root["chronicle"] as? Int, 1)
        var texts: [String: [Unicode.Scalar]] = [:]
        for f in try FileManager.default.contentsOfDirectory(atPath: Support.seedDir) {
            texts[f] = Array(try String(contentsOfFile: Support.seedDir + "/" + f, encoding: .utf8).unicodeScalars)
        }
        var checked = 0
        for key in ["times", "statements", "events"] {
            for fact in try XCTUnwrap(root[key] as? [[String: Any]]) {
                let doc = try XCTUnwrap(texts[fact["doc"] as? String ?? ""])
                let span = try XCTUnwrap(fact["span"] as? [Int])
                XCTAssertEqual(String(String.UnicodeScalarView(doc[span[0]..<span[1]])), fact["text"] as? String)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 20)
    }
}
