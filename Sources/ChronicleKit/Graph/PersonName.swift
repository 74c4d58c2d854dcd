import Foundation

/// Which people of different articles are one person (issues 15: 13 and 19: 4).
///
/// Across articles, two person names are one actor exactly when their `key`s are equal: the
/// key is a function of the name alone (diacritics folded, lower case, transliteration
/// variants of an ending made one), so the actors of a store do not depend on the order in
/// which articles came, on `ingest --batch-size`, or on a killed ingest resumed.
/// "Volodymyr Zelensky", "Volodymyr Zelenskyy" and "Volodymyr Zelenskiy" are one actor;
/// "Bernie Sanders" and "Sarah Sanders" never are (their first names differ).
///
/// A name that says less than a full name — a surname alone ("Sanders"), or initials and a
/// surname ("V. Zelensky") — depends on which full names are known, which grows as articles are
/// added. Such a name stays its own actor in the store (within its article it already joined the
/// article's full name, `ActorRecognizer`), and queries resolve it (`Chronicler.withNameForms`):
/// a weak name stands for the most mentioned compatible full name of the store, a function of
/// what is stored, whatever the order it was stored in.
public enum PersonName {
    /// The key of a person's name: its words with diacritics folded, in lower case, each word's
    /// ending in one spelling of its transliteration variants (`word(_:)`), joined by spaces.
    public static func key(_ name: String) -> String {
        words(name).joined(separator: " ")
    }

    /// The corpus actor id of a person: the slug of the key (for a name in its usual spelling, the
    /// slug of the name itself).
    public static func id(_ name: String) -> String {
        Actor.slug(key(name))
    }

    /// The key's words.
    /// One middle initial is left out ("Donald J. Trump" is "Donald Trump"); two are kept
    /// ("George H. W. Bush" is not "George W. Bush").
    static func words(_ name: String) -> [String] {
        // ASCII (most names): folding changes only the case, and the letters and digits are
        // A–Z, a–z and 0–9, read byte by byte (folding and `Character` tests cost 28 K
        // instructions a name)
        var w = name.utf8.allSatisfy({ $0 < 0x80 }) ? asciiWords(name) : foldedWords(name)
        if w.count >= 3 {
            let initials = (1..<(w.count - 1)).filter { w[$0].count == 1 }
            if initials.count == 1 && w[0].count > 1 { w.remove(at: initials[0]) }
        }
        return w
    }

    /// The words of a name, folded (case and diacritics), split at what is no letter or digit.
    static func foldedWords(_ name: String) -> [String] {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { word(String($0)) }
    }

    /// `foldedWords` of an ASCII name, byte by byte.
    static func asciiWords(_ name: String) -> [String] {
        var w: [String] = []
        var cur: [UInt8] = []
        for b in name.utf8 {
            if b >= 65 && b <= 90 {
                cur.append(b | 0x20)
            } else if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) {
                cur.append(b)
            } else if !cur.isEmpty {
                w.append(word(String(decoding: cur, as: UTF8.self)))
                cur.removeAll(keepingCapacity: true)
            }
        }
        if !cur.isEmpty { w.append(word(String(decoding: cur, as: UTF8.self))) }
        return w
    }

    /// Endings that are one ending spelt in several transliterations, longest first: Зеленський
    /// is Zelensky, Zelenskyy, Zelenskiy, Zelenskyi, Zelenski; Andriy is Andrii and Andriy;
    /// Smirnoff is Smirnov.
    static let endings: [(variants: [String], canonical: String)] = [
        (["skyy", "skyi", "skiy", "skii", "skij", "skyj", "ski"], "sky"),
        (["yy", "yi", "ii", "ij"], "iy"),
        (["off"], "ov"),
        (["eff"], "ev"),
    ]

    /// One word of a key (folded and in lower case): its ending in the canonical spelling. Words
    /// of up to three letters are kept as they are.
    static func word(_ w: String) -> String {
        guard w.count > 3 else { return w }
        for (variants, canonical) in endings {
            for v in variants where w.hasSuffix(v) && w.count > v.count + 1 {
                return String(w.dropLast(v.count)) + canonical
            }
        }
        return w
    }

    /// The key of a name's last word (the surname).
    public static func surname(_ name: String) -> String {
        words(name).last ?? ""
    }

    /// Whether a name says less than a full name: one word, or initials before the surname
    /// ("V. Zelensky", "J. R. Smith").
    public static func isWeak(_ name: String) -> Bool {
        let w = words(name)
        return w.count <= 1 || w.dropLast().allSatisfy { $0.count == 1 }
    }

    /// Whether the weak name `weak` may stand for the full name `full`: the same surname (key),
    /// and initials, if any, those of the full name's first words in order ("V." for
    /// "Volodymyr Zelensky", not for "Olena Zelenska" nor "Oleksandr Zelensky").
    public static func mayStand(_ weak: String, for full: String) -> Bool {
        let w = words(weak), f = words(full)
        guard let s = w.last, s == f.last, !isWeak(full) else { return false }
        let initials = w.dropLast(), given = f.dropLast()
        guard initials.count <= given.count else { return false }
        return zip(initials, given).allSatisfy { i, g in g.hasPrefix(i) }
    }
}
