import Foundation
import Testing
@testable import ChronicleKit

/// Saved pages inflated with libdeflate (issue 16, speed): whole files, several members, files
/// that are not gzip, damaged ones, and the size bound.
@Suite struct GzipTests {
    /// `gzip -c` of bytes, by the system's gzip (the reader must read what users' tools write).
    static func gzip(_ data: Data) throws -> Data {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-gzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = dir.appendingPathComponent("p")
        try data.write(to: plain)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["gzip", "-n", plain.path]
        try p.run()
        p.waitUntilExit()
        return try Data(contentsOf: dir.appendingPathComponent("p.gz"))
    }

    static let page = Data(("<html><body>" + String(repeating: "<p>The council met on Monday, and again on Tuesday.</p>", count: 2_000) + "</body></html>").utf8)

    @Test func aPageInflatesToItsBytes() throws {
        let z = try Self.gzip(Self.page)
        #expect(z.count < Self.page.count / 10)
        #expect(try Gzip.decompress(z, path: "p.html.gz", limit: 1 << 20) == Self.page)
    }

    @Test func everyMemberIsReadAndPaddingAfterTheLastIsIgnored() throws {
        // two members: the trailer gives the second one's size only, so the buffer must grow
        let a = Data(Self.page.prefix(50_000)), b = Data(Self.page.dropFirst(50_000))
        var z = try Self.gzip(a) + Self.gzip(b)
        #expect(try Gzip.decompress(z, path: "two.gz", limit: 1 << 20) == Self.page)
        z.append(contentsOf: [UInt8](repeating: 0, count: 40))
        #expect(try Gzip.decompress(z, path: "two.gz", limit: 1 << 20) == Self.page)
    }

    @Test func bytesThatAreNotGzipAreReadAsTheyAre() throws {
        let plain = Data("<html><body><p>not compressed</p></body></html>".utf8)
        #expect(try Gzip.decompress(plain, path: "plain.html.gz", limit: 1 << 20) == plain)
        #expect(try Gzip.decompress(Data(), path: "empty.html.gz", limit: 1 << 20) == Data())
    }

    @Test func damagedOrCutFilesAreUnreadableAndNamed() throws {
        let z = try Self.gzip(Self.page)
        for bad in [Data(z.prefix(z.count / 2)), Data(z.prefix(12)), { var d = z; d[d.count - 6] ^= 0xFF; return d }()] {
            #expect(throws: ChronicleError.unreadable(path: "bad.html.gz", reason: "not readable gzip or text")) {
                try Gzip.decompress(bad, path: "bad.html.gz", limit: 1 << 20)
            }
        }
    }

    @Test func aPageThatInflatesPastTheLimitIsTooLarge() throws {
        let z = try Self.gzip(Self.page)
        // the trailer says so at once
        #expect(throws: ChronicleError.tooLarge(path: "big.gz", bytes: Self.page.count, limit: 10_000)) {
            try Gzip.decompress(z, path: "big.gz", limit: 10_000)
        }
        // a trailer that lies (here: a second member of 100 bytes) is caught by the buffer's bound
        let lying = try z + Self.gzip(Data(Self.page.prefix(100)))
        #expect(throws: ChronicleError.tooLarge(path: "big.gz", bytes: 10_001, limit: 10_000)) {
            try Gzip.decompress(lying, path: "big.gz", limit: 10_000)
        }
        #expect(try Gzip.decompress(lying, path: "big.gz", limit: 1 << 20).count == Self.page.count + 100)
    }
}
