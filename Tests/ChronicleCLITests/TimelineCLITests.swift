import ChronicleKit
import Foundation
import Testing

/// `chronicle timeline --actor NAME --store S` (issue 19, item 5), through the built binary.
@Suite(.serialized) struct TimelineCLITests {
    @Test func kulebaOnTheSeedsInEveryFormat() throws {
        let (dir, store) = try ReviewCLITests.seedStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        // table: a heading line, date groups in order, the stored statements by him
        let table = try CLITests.run(["timeline", "--actor", "Kuleba", "--store", store])
        #expect(table.status == 0, "\(table.err)")
        #expect(table.out.hasPrefix("Dmytro Kuleba"))
        // (date groups are headed as people write dates, "15 Feb 2021", in the json groups' order)
        let dates = table.out.split(separator: "\n").dropFirst().filter { !$0.hasPrefix(" ") && $0 != "undated" }.map(String.init)
        #expect(dates.count >= 2)
        #expect(table.out.contains("statement"))
        // jsonl: the scorer's fields; orders grow with the dates, undated rows have order 0
        let jl = try CLITests.run(["timeline", "--actor", "Kuleba", "--store", store, "--format", "jsonl"])
        #expect(jl.status == 0)
        let rows = jl.out.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(!rows.isEmpty)
        var lastDate = "", lastOrder = 0
        for r in rows {
            #expect(r["entity"] as? String == "Kuleba")
            #expect((r["span"] as? [Int])?.count == 2)
            let order = r["order"] as! Int
            if let d = r["date"] as? String {
                #expect(order >= lastOrder && order > 0)
                #expect(d == lastDate ? order == lastOrder : order > lastOrder)
                lastDate = d; lastOrder = order
            } else {
                #expect(order == 0)
            }
        }
        // json: groups and undated apart
        let js = try CLITests.run(["timeline", "--actor", "Kuleba", "--store", store, "--format", "json"])
        let o = try #require(try JSONSerialization.jsonObject(with: Data(js.out.utf8)) as? [String: Any])
        #expect((o["timeline"] as? [[String: Any]])?.isEmpty == false)
        let groupDates = (o["timeline"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(groupDates == groupDates.sorted())
        #expect(dates == groupDates.map { DateLabel.human($0) }, "\(dates) vs \(groupDates)")
        #expect(o["undated"] is [Any])
        let md = try CLITests.run(["timeline", "--actor", "Kuleba", "--store", store, "--format", "md"])
        #expect(md.out.hasPrefix("# Dmytro Kuleba"))
    }

    @Test func unknownNameAndBadFormatFailWithOneLine() throws {
        let (dir, store) = try ReviewCLITests.seedStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLITests.run(["timeline", "--actor", "Zzyzx Qqq", "--store", store])
        #expect(r.status != 0)
        #expect(r.err.split(separator: "\n").count == 1)
        let f = try CLITests.run(["timeline", "--actor", "Kuleba", "--store", store, "--format", "xml"])
        #expect(f.status != 0)
    }
}
