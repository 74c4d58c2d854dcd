import ArgumentParser
import ChronicleKit
import Foundation

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "One actor's timeline: its statements and events in time order, facts of one date together, undated facts apart.",
        discussion: """
            The stored statements by or about the actor and the events it takes part in, plus the events the articles \
            that name it tell about it (found on the parse: the predicates its mentions are arguments of, dated by the \
            sentence's time or the article's date). jsonl is the system format of SemEval-2015 Task 4's scorer \
            (timeline_score.py): entity, doc, span (the event word), date, order. See docs/Timelines.md.
            """
    )
    @Option(help: "The actor: a name, alias or part of a name (or any name the articles use).") var actor: String
    @Option(help: "The store (.sqlite), a chronicle.json or a postgres:// URL.") var store: String?
    @Option(help: "table, json, md or jsonl.") var format: String = "table"
    @Flag(help: "Only facts marked verified.") var verifiedOnly = false
    @Option(help: "An aliases file applied on top of the stored decisions.") var aliases: String?

    func validate() throws {
        guard ["table", "json", "md", "jsonl"].contains(format) else { throw ValidationError("--format must be table, json, md or jsonl, not '\(format)'") }
    }

    func run() throws {
        let s = try ChronologySource.openReviewed(storeArgument(store), aliases: aliases, verifiedOnly: verifiedOnly)
        let t = try ActorTimeline.build(store: s, name: actor, pipeline: try Pipeline())
        let text: String
        switch format {
        case "json": text = t.jsonDocument()
        case "md": text = t.markdown()
        case "jsonl": text = t.jsonl()
        default: text = t.table()
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
