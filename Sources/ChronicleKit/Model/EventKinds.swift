/// Coarse and fine event kinds.
public enum EventKinds {
    /// The compact kind set (`Resources/events/en/kinds.tsv`, from the project's
    /// `event_types.tsv`): every typed event has one of these.
    public static let compact = ["meeting", "visit", "agreement", "declaration", "call", "accuse", "reject", "threaten",
                                 "sanction", "coerce", "arrest", "legal", "military", "violence", "protest", "withdrawal",
                                 "release", "aid", "election", "other"]
    /// The compact kinds as a set, for the look-ups (`compact.contains` compared the kind with
    /// each of the twenty in turn).
    public static let compactSet = Set(compact)

    /// The kinds `chronicle.json` writes as an event's `kind` (acceptance/chronicle-json.md): the
    /// four coarse kinds and the six finer ones the contract names.
    public static let contract: Set<String> = ["meeting", "declaration", "call", "other", "visit", "agreement", "sanction",
                                               "withdrawal", "military", "violence"]

    /// An event's kind as the contract writes it: its own when the contract names it, else its
    /// coarse kind (an `arrest`, a `legal` event, a `protest` are `other`; the compact kind stays
    /// in `type`). A scorer that knows the contract's kinds only found none of them before.
    public static func contractKind(_ kind: String) -> String { contract.contains(kind) ? kind : coarse(kind) }

    /// The coarse kind the contract counts: `visit` is a meeting, `agreement` a declaration,
    /// every other compact kind but `call` is other.
    public static func coarse(_ kind: String) -> String {
        switch kind {
        case "meeting", "visit": return "meeting"
        case "declaration", "agreement": return "declaration"
        case "call": return "call"
        default: return compactSet.contains(kind) ? "other" : kind
        }
    }

    /// A kind and the finer kinds it covers (`meeting` includes `visit`).
    public static func expand(_ kind: String) -> [String] {
        switch kind {
        case "meeting": return ["meeting", "visit"]
        case "declaration": return ["declaration", "agreement"]
        case "other": return ["other"] + compact.filter { coarse($0) == "other" && $0 != "other" }
        default: return [kind]
        }
    }
}
