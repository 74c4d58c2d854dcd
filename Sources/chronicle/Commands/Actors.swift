import ArgumentParser
import ChronicleKit
import Foundation

/// The store a correcting command writes to (a store file, not a chronicle.json).
struct DecisionStoreOptions: ParsableArguments {
    @Option(help: "The store (.sqlite, or a postgres:// URL) the decision is stored in.")
    var store: String

    func validate() throws {
        guard !ChronologySource.isJSON(store) else { throw ValidationError("decisions are stored in a store (.sqlite), not in '\(store)'") }
    }

    /// The store and its current reviewed view.
    func open() throws -> (any QueryStore, Review) {
        if case .postgres(let url) = try StoreLocation(store) {
            let s = try PostgresStore(url: url)
            return (s, try s.reviewed())
        }
        guard FileManager.default.fileExists(atPath: store) else { throw ChronicleError.fileNotFound(path: store) }
        // decisions are written to the store: opened for writing (migrated to the decision table)
        let s = try ChronologySource.openStore(store, writing: true)
        return (s, try s.review())
    }

    /// Stores a decision and says what it did.
    func record(_ d: Decision, in s: any QueryStore) throws {
        let stored = try s.record([d])
        print("stored " + stored.map(\.summary).joined(separator: "; "))
    }
}

struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Correct actors by hand: merge, rename, split, retype; list them; load an aliases file.",
        discussion: "Each correction is stored as a decision in the store and applied on top of every analysis (queries, diagrams, exports, serve); decisions are kept through reanalyze and re-ingest. Actors are named by id, name, alias or surname.",
        subcommands: [List.self, Merge.self, Rename.self, Split.self, SetType.self, Aliases.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The actors as corrected: id, kind, mentions, name, aliases.")
        @OptionGroup var options: DecisionStoreOptions
        func run() throws {
            let (_, r) = try options.open()
            for a in r.chronology.actors.sorted(by: { ($1.mentions.count, $0.id) < ($0.mentions.count, $1.id) }) {
                print([a.id, a.kind.rawValue, String(a.mentions.count), a.name, a.aliases.joined(separator: "; ")].joined(separator: "\t"))
            }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "merge", abstract: "Merge actor B into actor A (A keeps its name; B's names become aliases).")
        @OptionGroup var options: DecisionStoreOptions
        @Argument(help: "The actor that stays.") var a: String
        @Argument(help: "The actor merged into it.") var b: String
        func run() throws {
            let (s, r) = try options.open()
            let x = try r.actor(named: a), y = try r.actor(named: b)
            guard x.id != y.id else { throw ValidationError("'\(a)' and '\(b)' are already one actor (\(x.id))") }
            try options.record(Decision(verb: .actorMerge, target: x.id, value: y.id), in: s)
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "Give an actor another name (the old one becomes an alias).")
        @OptionGroup var options: DecisionStoreOptions
        @Argument(help: "The actor.") var a: String
        @Argument(help: "Its new name.") var name: String
        func validate() throws { guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("the new name is empty") } }
        func run() throws {
            let (s, r) = try options.open()
            try options.record(Decision(verb: .actorRename, target: try r.actor(named: a).id, value: name), in: s)
        }
    }

    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "split", abstract: "Split mentions off an actor into an actor of their own.",
            discussion: "A mention is named DOC:START-END (its document and span, as `chronicle facts explain` and `actors mentions` print them). Statements whose source is that mention go with it.")
        @OptionGroup var options: DecisionStoreOptions
        @Argument(help: "The actor.") var a: String
        @Option(help: "A mention to split off: DOC:START-END (repeatable).") var mention: [String]
        @Option(help: "The new actor's name (default: the mention's text).") var name: String?
        func validate() throws {
            guard !mention.isEmpty else { throw ValidationError("give at least one --mention DOC:START-END") }
            for m in mention where Split.parse(m) == nil { throw ValidationError("'\(m)' is not a mention (DOC:START-END)") }
        }
        static func parse(_ m: String) -> (doc: String, span: Span)? {
            guard let colon = m.lastIndex(of: ":") else { return nil }
            let parts = m[m.index(after: colon)...].split(separator: "-")
            guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a >= 0, a < b else { return nil }
            return (String(m[..<colon]), Span(a, b))
        }
        func run() throws {
            let (s, r) = try options.open()
            let actor = try r.actor(named: a)
            var ds: [Decision] = []
            for m in mention {
                let (doc, span) = Split.parse(m)!
                guard actor.mentions.contains(where: { $0.doc == doc && $0.span == span }) else {
                    let known = actor.mentions.prefix(8).map { "\($0.doc):\($0.span.start)-\($0.span.end) \"\($0.text)\"" }
                    throw ChronicleError.badInput(path: options.store, message: "\(actor.name) has no mention \(m); its mentions: " + known.joined(separator: ", "))
                }
                // later mentions join the actor the first one made (by its name)
                ds.append(Decision(verb: .actorSplit, target: actor.id, doc: doc, span: span, value: name ?? ""))
            }
            if ds.count > 1 && name == nil {
                let first = actor.mentions.first { $0.doc == ds[0].doc && $0.span == ds[0].span }!.text
                ds = ds.map { var d = $0; d.value = first; return d }
            }
            let stored = try s.record(ds)
            print("stored " + stored.map(\.summary).joined(separator: "; "))
        }
    }

    struct SetType: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "type", abstract: "Set an actor's kind: person, country (government, state), organization (organisation), group, media.")
        @OptionGroup var options: DecisionStoreOptions
        @Argument(help: "The actor.") var a: String
        @Argument(help: "Its kind.") var kind: String
        func validate() throws {
            guard ActorKindName.parse(kind) != nil else { throw ValidationError("'\(kind)' is not an actor kind (person, country, organization, group, media)") }
        }
        func run() throws {
            let (s, r) = try options.open()
            try options.record(Decision(verb: .actorType, target: try r.actor(named: a).id, value: ActorKindName.parse(kind)!.rawValue), in: s)
        }
    }

    struct Aliases: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "aliases", abstract: "Store an aliases file's lines as decisions.",
            discussion: "The file is tab-separated: canonical name, variants separated by ';', and optionally a kind. The actors called by any of a line's names become one actor with the canonical name. (query, render, export and serve also take --aliases FILE to apply one without storing it.)")
        @OptionGroup var options: DecisionStoreOptions
        @Argument(help: "The aliases file (.tsv).") var file: String
        func run() throws {
            let table = try AliasTable(path: file)
            let (s, r) = try options.open()
            let after = Review(r.chronology, decisions: table.decisions)
            try s.record(table.decisions)
            print("stored \(table.decisions.count) alias lines; \(table.decisions.count - after.unapplied.count) matched actors in the store")
            for d in after.unapplied { print("  no actor is called \(([d.target] + d.variants).joined(separator: " / "))") }
        }
    }
}
