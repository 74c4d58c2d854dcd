import Foundation

/// The kinds of actor the contract knows.
public enum ActorKind: String, Sendable, Hashable, CaseIterable {
    case person, country, organization, group, media
}

/// One place in the text where an actor is referred to.
public struct Mention: Sendable, Hashable {
    /// How the actor is referred to.
    public enum Form: String, Sendable, Hashable {
        case name, surname, alias, capital, demonym, pronoun, roleNoun = "role-noun", byline
        /// A source the text does not name ("officials said", "according to sources"): actor
        /// `Actor.unnamedSource`.
        case unnamed
    }

    public var provenance: Provenance
    public var text: String
    public var tokens: Range<Int>
    /// The canonical name of the actor (its key within the document).
    public var actor: String
    public var kind: ActorKind
    public var form: Form
    /// A title or role given with the mention ("Foreign Minister of Lithuania").
    public var role: String?
    public var gender: String?
    /// Set for possessive pronouns ("his"), which cannot be the subject of a cue.
    public var possessive: Bool = false
}

/// An actor with every name it goes by and every mention.
public struct Actor: Sendable, Hashable {
    /// A stable id made from the name ("dmytro-kuleba").
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    public var role: String?
    public var mentions: [Mention]

    /// The actor of every source the text does not name ("officials said").
    public static let unnamedSource = "unnamed source"

    /// The id for a name: lowercase ASCII letters and digits joined by hyphens.
    public static func slug(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 128 }) {
            // ASCII: lowercase letters and digits, other runs become one dash
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            var dash = false
            for var b in name.utf8 {
                if b >= 65 && b <= 90 { b += 32 }
                if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) {
                    if dash && !bytes.isEmpty { bytes.append(45) }
                    bytes.append(b)
                    dash = false
                } else {
                    dash = true
                }
            }
            return bytes.isEmpty ? "actor" : String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        var dash = false
        for s in name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().unicodeScalars {
            if (s >= "a" && s <= "z") || (s >= "0" && s <= "9") {
                if dash && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(s)
                dash = false
            } else {
                dash = true
            }
        }
        return out.isEmpty ? "actor" : out
    }
}
