/// Escaping for XML, HTML and Graphviz HTML-like labels: one function for every writer.
public enum Markup {
    /// `&`, `<` and `>` always; `"` and `'` when the text goes into an attribute.
    public static func escape(_ s: String, quotes: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Whether XML 1.0 allows `c` in a document (tab, LF, CR and U+0020 on, but U+FFFE and U+FFFF).
    @inline(__always)
    public static func isXMLCharacter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v >= 0x20 ? (v != 0xFFFE && v != 0xFFFF) : (v == 0x09 || v == 0x0A || v == 0x0D)
    }

    /// `s` with each character XML 1.0 does not allow replaced by a space (one for one).
    public static func xmlCharacters(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { !isXMLCharacter($0) }) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.map { isXMLCharacter($0) ? $0 : " " }))
    }
}
