import ArgumentParser
import ChronicleKit
import Foundation

struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Check and correct facts by hand: verify, reject, set the speaker, date or kind; explain one.",
        discussion: "A fact is named by its id (as query --format json and serve show it). Each correction is stored as a decision keyed on the fact's document and span, applied on top of every analysis and kept through reanalyze and re-ingest. `chronicle query … --explain ID` is `facts explain ID`.",
        subcommands: [Verify.self, Reject.self, Unmark.self, SetSpeaker.self, SetDate.self, SetKind.self, Explain.self, Decisions.self]
    )

    /// Stores a decision about a fact.
    static func decide(_ verb: Decision.Verb, _ id: String, _ value: String, _ options: DecisionStoreOptions) throws {
        let (s, r) = try options.open()
        guard let d = r.decision(verb, fact: id, value: value) else {
            throw ChronicleError.badInput(path: options.store, message: "no fact with id '\(id)'")
        }
        if verb == .factSpeaker && r.fact(id).statement == nil { throw ChronicleError.badInput(path: options.store, message: "'\(id)' is an event: only statements have a speaker") }
        if verb == .factKind && r.fact(id).event == nil { throw ChronicleError.badInput(path: options.store, message: "'\(id)' is a statement: only events have a kind") }
        try options.record(d, in: s)
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "verify", abstract: "Mark a fact checked (exports and queries take --verified-only).")
        @OptionGroup var options: DecisionStoreOptions
        @Argument(help: "The fact id.") var id: String
        func run() throws { try Facts.decide(.factStatus, id, FactStatus.verified.rawValue, options) }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reject", abstract: "Reject a fact: queries, diagrams and exports leave it out.")
        @OptionGroup var options: DecisionStoreOptions
        @Argument(help: "The fact id.") var id: String
        func run() throws { try Facts.decide(.factStatus, id, FactStatus.rejected.rawValue, options) }
    }

    struct Unmark: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unmark", abstract: "Make a verified or rejected fact unreviewed again.")
        @OptionGroup var options: DecisionStoreOptions
        @Argument(help: "The fact id.") var id: String
        func run() throws { try Facts.decide(.factStatus, id, FactStatus.unreviewed.rawValue, options) }
    }

    struct SetSpeaker: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-speaker", abstract: "Give a statement another speaker ('none' for no speaker).")
        @OptionGroup var options: DecisionStoreOptions
        @Argument(help: "The statement id.") var id: String
        @Argument(help: "The speaker: an actor's id, name, alias or surname, or 'none'.") var actor: String
        func run() throws {
            let (_, r) = try options.open()
            let value = actor.lowercased() == "none" ? "" : try r.actor(named: actor).id
            try Facts.decide(.factSpeaker, id, value, options)
        }
    }

    struct SetDate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-date", abstract: "Give a fact another date (YYYY, YYYY-MM or YYYY-MM-DD; 'none' for undated).")
        @OptionGroup var options: DecisionStoreOptions
        @Argument(help: "The fact id.") var id: String
        @Argument(help: "The date.") var date: String
        func validate() throws {
            guard date.lowercased() == "none" || DateRange(value: date) != nil else { throw ValidationError("'\(date)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") }
        }
        func run() throws { try Facts.decide(.factDate, id, date.lowercased() == "none" ? "" : date, options) }
    }

    struct SetKind: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-kind", abstract: "Give an event another kind (meeting, declaration, call, other, or a finer kind).")
        @OptionGroup var options: DecisionStoreOptions
        @Argument(help: "The event id.") var id: String
        @Argument(help: "The kind.") var kind: String
        func validate() throws { guard !kind.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("the kind is empty") } }
        func run() throws { try Facts.decide(.factKind, id, kind.trimmingCharacters(in: .whitespaces), options) }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "explain", abstract: "A fact's spans, rule, confidence, date origin, status and the decisions applied to it.")
        @Option(help: "The store (.sqlite) or chronicle.json.") var store: String
        @Option(help: "An aliases file applied on top (not stored).") var aliases: String?
        @Argument(help: "The fact id.") var id: String
        func run() throws { try Explain.explain(id, store: store, aliases: aliases) }

        static func explain(_ id: String, store: String, aliases: String?) throws {
            let extra = try aliases.map { try AliasTable(path: $0).decisions } ?? []
            let review = ChronologySource.isJSON(store) ? Review(try ChronologySource.load(store), decisions: extra) : try StoreSource.openForQueries(store).reviewed(extra: extra)
            guard let lines = review.explain(id) else { throw ChronicleError.badInput(path: store, message: "no fact with id '\(id)'") }
            print(lines.joined(separator: "\n"))
        }
    }

    struct Decisions: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "decisions", abstract: "Every stored decision in order; those that no longer find their fact or actor are marked.")
        @OptionGroup var options: DecisionStoreOptions
        func run() throws {
            let (s, r) = try options.open()
            let unapplied = Set(r.unapplied.map(\.seq))
            for d in try s.decisions() { print(d.summary + (d.made.map { "\t\($0)" } ?? "") + (unapplied.contains(d.seq) ? "\tNOT APPLIED (its fact or actor is gone)" : "")) }
        }
    }
}
