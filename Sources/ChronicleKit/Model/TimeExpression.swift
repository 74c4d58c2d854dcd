/// A temporal expression (TIMEX3): where it is, what kind it is, and its value.
public struct TimeExpression: Sendable, Hashable {
    /// The grammatical tense around the expression, used to pick past or future days.
    public enum Tense: String, Sendable { case past, present, future }

    public var id: String
    public var provenance: Provenance
    public var text: String
    public var tokens: Range<Int>
    /// DATE, TIME, DURATION or SET.
    public var type: String
    /// The underspecified value the tagger read (`month=02 day=15`, `rel=0 unit=year`).
    public var spec: [String: String]
    public var tense: Tense
    /// The TIMEX3 value after resolution (`2021-02-15`), nil before.
    public var value: String?
    /// The TIMEX3 `mod` (APPROX, START, MORE_THAN…), if any.
    public var mod: String?

    /// The value is a calendar date or period (not a duration, set or reference word).
    public var isCalendarValue: Bool {
        guard let v = value, type == "DATE" || type == "TIME" else { return false }
        return v.first?.isNumber ?? false
    }
}
