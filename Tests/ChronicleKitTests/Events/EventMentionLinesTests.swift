import Foundation
import Testing
@testable import ChronicleKit

/// `chronicle events` writes each further mention of an event (the headline's verb) as a line of
/// its own, `mention_of` its event's trigger, with the arguments of the mention's own sentence:
/// a document scorer matches gold triggers one to one, mention by mention.
@Suite struct EventMentionLinesTests {
    @Test func aHeadlineMentionIsALineWithItsOwnArguments() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-mentions-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "Cisco sues Apple over iPhone name\n\nJanuary 10, 2007\n\nCisco Systems sued Apple Inc. on Wednesday over the name of the iPhone.\n"
        let file = dir.appendingPathComponent("a.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let (out, problems) = try EventExport().run(inputs: [file.path], date: "2007-01-10")
        #expect(problems.isEmpty)
        let lines = out.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let scalars = Array(text.unicodeScalars)
        func at(_ v: Any?) -> String {
            guard let p = v as? [Int], p.count == 2 else { return "" }
            return String(String.UnicodeScalarView(scalars[p[0]..<p[1]]))
        }
        let body = lines.first { at($0["trigger"]) == "sued" && $0["mention_of"] == nil }
        let head = lines.first { at($0["trigger"]) == "sues" }
        #expect(body?["kind"] as? String == "legal", "\(lines)")
        // the headline verb is a mention of the body event, on a line of its own after it
        #expect(at(head?["mention_of"]) == "sued", "\(lines)")
        #expect(head?["kind"] as? String == "legal" && head?["cluster"] as? String == body?["cluster"] as? String)
        #expect(head?["date"] as? String == body?["date"] as? String)
        #expect((body?["mentions"] as? [[Int]])?.count == 2)
        // its arguments are the headline's own, not the body's spans
        let args = (head?["args"] as? [[String: Any]]) ?? []
        #expect(args.contains { $0["role"] as? String == "agent" && at($0["span"]) == "Cisco" }, "\(args)")
        #expect(args.allSatisfy { ($0["span"] as? [Int])?.first ?? 0 < 33 }, "\(args)")
    }

    /// A headline cue that is another mention of an event is written once: as the mention's
    /// line, not again as a speech event.
    @Test func aMentionIsNotAlsoASpeechEvent() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-mentions2-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "Apple announces iCloud service\n\nJune 7, 2011\n\nApple announced the iCloud service on Monday at its conference.\n"
        let file = dir.appendingPathComponent("b.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let (out, _) = try EventExport().run(inputs: [file.path], date: "2011-06-07")
        let lines = out.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let triggers = lines.compactMap { $0["trigger"] as? [Int] }
        #expect(triggers.contains([6, 15]), "\(lines)")
        #expect(Set(triggers.map { "\($0)" }).count == triggers.count, "\(lines)")
    }
}
