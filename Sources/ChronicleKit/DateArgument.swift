/// Checks dates given on the command line.
public enum DateArgument {
    /// Whether the text is a real calendar day written `YYYY-MM-DD`.
    public static func isValid(_ s: String) -> Bool { CalendarDate(iso: s) != nil }
}
