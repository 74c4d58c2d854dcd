/// An event: a meeting, declaration, call or other happening, with every mention of it.
public struct Event: Sendable, Hashable {
    public var id: String
    /// The main mention (the first in the body).
    public var provenance: Provenance
    public var text: String
    /// `meeting`, `declaration`, `call`, `other`, or a finer kind (`visit`, `agreement`, …).
    public var kind: String
    /// The event's own name, when it has one ("Declaration Against Arbitrary Detention…").
    public var name: String?
    public var triggerSpan: Span
    /// A TIMEX3 value at its precision, or nil: never the article date by default.
    public var date: String?
    /// Canonical names of the actors taking part.
    public var actors: [String]
    /// Every mention of the event, the main one included.
    public var mentions: [Provenance]
    /// Canonical actor names in a role: `agent` (who calls, initiates), `target` (who is called on).
    public var roles: [String: String] = [:]
    /// Compact kind, PLOVER/CAMEO codes, status, date source and arguments, when the
    /// typed-event stage (`TypedEventFinder`) found or enriched the event.
    public var typing: EventTyping?

    /// The coarse kind the contract counts (`visit` is a meeting, `agreement` a declaration…).
    public var coarseKind: String { EventKinds.coarse(kind) }
}
