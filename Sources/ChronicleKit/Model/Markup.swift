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
}
