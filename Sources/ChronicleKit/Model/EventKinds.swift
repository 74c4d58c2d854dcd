/// Coarse and fine event kinds.
public enum EventKinds {
    /// The coarse kind the contract counts: `visit` is a meeting, `agreement` a declaration,
    /// `sanction`, `withdrawal`, `military` and `violence` are other.
    public static func coarse(_ kind: String) -> String {
        switch kind {
        case "visit": return "meeting"
        case "agreement": return "declaration"
        case "sanction", "withdrawal", "military", "violence": return "other"
        default: return kind
        }
    }

    /// A kind and the finer kinds it covers (`meeting` includes `visit`).
    public static func expand(_ kind: String) -> [String] {
        switch kind {
        case "meeting": return ["meeting", "visit"]
        case "declaration": return ["declaration", "agreement"]
        case "other": return ["other", "sanction", "withdrawal", "military", "violence"]
        default: return [kind]
        }
    }
}
