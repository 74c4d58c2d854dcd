import ArgumentParser
import ChronicleKit

@main
struct Chronicle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Turns news articles into a timeline and an event graph.",
        discussion: "Finds actors, dates, events and statements (who said what, when) in articles, with the exact source span of every fact.",
        subcommands: [Analyze.self, Ingest.self, Reanalyze.self, Query.self, Render.self, Export.self, Actors.self, Facts.self, Serve.self, Time.self, Attributions.self, Read.self, Events.self, Timeline.self, Bench.self, Parse.self, Train.self],
        defaultSubcommand: Analyze.self
    )

    static func main() {
        HeapSlack.keep()
        main(nil)
    }
}
