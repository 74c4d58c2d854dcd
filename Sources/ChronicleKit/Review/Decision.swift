import Foundation

/// One correction a user made by hand (`chronicle actors …`, `chronicle facts …`, or the review
/// pages of `chronicle serve --review`). Decisions are stored in a table of their own and applied,
/// in the order they were made, on top of every analysis (`Review`), so they outlive `reanalyze`
/// and re-ingest: actors are named by their id (a slug of the name, the same after re-analysis),
/// facts by their document and span (the same text keeps its span; a fact id is only a label).
public struct Decision: Sendable, Equatable {
    /// What the decision does.
    public enum Verb: String, Sendable, CaseIterable {
        /// `value` (an actor id) is merged into `target`.
        case actorMerge = "actor.merge"
        /// `target` gets the name `value` (the old name becomes an alias).
        case actorRename = "actor.rename"
        /// The mention at `doc`/`span` of `target` becomes an actor of its own, named `value`
        /// (default: the mention's text); statements whose source is that mention go with it.
        case actorSplit = "actor.split"
        /// `target` gets the kind `value` (person, country, organization, group, media).
        case actorType = "actor.type"
        /// From an aliases file: the actors called `target` or any of `variants` become one, named
        /// `target`, of kind `value` when given.
        case actorAlias = "actor.alias"
        /// The fact at `doc`/`span` is `value`: verified, rejected or unreviewed.
        case factStatus = "fact.status"
        /// The statement at `doc`/`span` was said by `value` (an actor id; empty: no speaker).
        case factSpeaker = "fact.speaker"
        /// The event at `doc`/`span` is of kind `value`.
        case factKind = "fact.kind"
        /// The fact at `doc`/`span` is dated `value` (YYYY, YYYY-MM or YYYY-MM-DD; empty: undated).
        case factDate = "fact.date"

        /// Whether the decision is about a fact (else about an actor).
        public var isFact: Bool { rawValue.hasPrefix("fact.") }
    }

    /// Its place in the order decisions were made (0 before it is stored).
    public var seq: Int
    public var verb: Verb
    /// The actor id or fact id the decision is about (an actor name for `actor.alias`).
    public var target: String
    /// The document and span of the fact or mention, when the decision is about one.
    public var doc: String?
    public var span: Span?
    public var value: String
    /// `statement` or `event` for fact decisions; the variants (joined by U+001F) for `actor.alias`.
    public var extra: String?
    /// When it was made (UTC, ISO 8601), kept for the record; never in an export.
    public var made: String?

    public init(seq: Int = 0, verb: Verb, target: String, doc: String? = nil, span: Span? = nil, value: String, extra: String? = nil, made: String? = nil) {
        self.seq = seq
        self.verb = verb
        self.target = target
        self.doc = doc
        self.span = span
        self.value = value
        self.extra = extra
        self.made = made
    }

    /// The variants of an `actor.alias` decision.
    public var variants: [String] {
        (extra ?? "").split(separator: "\u{1F}").map(String.init).filter { !$0.isEmpty }
    }

    /// One line for `--explain` and the fact page: "#3 fact.speaker → dmytro-kuleba".
    public var summary: String {
        var s = "#\(seq) \(verb.rawValue) \(target)"
        switch verb {
        case .actorMerge: s += " ← \(value)"
        case .actorAlias: s += " ← " + variants.joined(separator: ", ") + (value.isEmpty ? "" : " (\(value))")
        case .actorSplit: s += " mention \(doc ?? "?"):\(span.map { "\($0.start)-\($0.end)" } ?? "?") → \(value.isEmpty ? "its own actor" : value)"
        default: s += " → " + (value.isEmpty ? "(none)" : value)
        }
        return s
    }
}

/// Review state of a fact.
public enum FactStatus: String, Sendable, CaseIterable {
    case unreviewed, verified, rejected
}

/// Kind names a user may type for an actor: the contract's, plus "organisation",
/// "government" and "state" (a government or state is a `country` actor).
public enum ActorKindName {
    public static func parse(_ text: String) -> ActorKind? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch t {
        case "organisation", "org": return .organization
        case "government", "state", "gov": return .country
        case "outlet", "media outlet": return .media
        default: return ActorKind(rawValue: t)
        }
    }
}
