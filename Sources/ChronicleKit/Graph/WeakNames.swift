import Foundation

/// What a diagram, an export or a review page shows for a weak person name (issue 15: a lone
/// surname was its own node, "Trump" beside "Donald Trump").
///
/// The store keeps a surname alone ("Sanders"), or initials and a surname ("V. Zelensky"), that
/// its own article did not resolve as its own actor, so that what is stored does not depend on
/// the order articles came in (`PersonName`). Queries resolve such a name to the most mentioned
/// compatible full name of the store (`Chronicler.withNameForms`). Here the same rule is applied
/// to a whole chronology: each weak name joins the full name with the same surname (any
/// transliteration) and compatible initials that has the most mentions (ties: the smaller id).
/// Its mentions, statements, events and event arguments go to that actor and its name becomes an
/// alias. A weak name without such a full name stays as it is, and full names never join each
/// other. A function of the chronology alone: the same store gives the same view, however it
/// was batched.
///
/// Cost: linear in the chronology, plus weak × full names within one surname, at most
/// `maxCandidates` full names per surname (past that, the surname's weak names stay apart, as
/// queries do).
public enum WeakNames {
    /// Past this many full names sharing a surname, its weak names are left apart.
    public static let maxCandidates = 500

    /// The chronology with each weak person name joined to the full name it stands for, and where
    /// each joined actor id went.
    public static func resolve(_ c: Chronology) -> (chronology: Chronology, redirects: [String: String]) {
        // the people by surname key, weak and full apart
        var weak: [String: [Int]] = [:], full: [String: [Int]] = [:]
        for (k, a) in c.actors.enumerated() where a.kind == .person {
            let surname = PersonName.surname(a.name)
            guard !surname.isEmpty else { continue }
            if PersonName.isWeak(a.name) { weak[surname, default: []].append(k) } else { full[surname, default: []].append(k) }
        }
        var into: [Int: Int] = [:]
        for (surname, ws) in weak {
            guard let fs = full[surname], fs.count <= maxCandidates else { continue }
            for w in ws {
                let name = c.actors[w].name
                var best: Int?
                for f in fs where PersonName.mayStand(name, for: c.actors[f].name) {
                    guard let b = best else { best = f; continue }
                    let (mf, mb) = (c.actors[f].mentions.count, c.actors[b].mentions.count)
                    if mf > mb || (mf == mb && c.actors[f].id < c.actors[b].id) { best = f }
                }
                if let best { into[w] = best }
            }
        }
        guard !into.isEmpty else { return (c, [:]) }
        var out = c
        var redirects: [String: String] = [:]
        // weak names in id order, so that aliases and mentions are added in one order
        for (w, f) in into.sorted(by: { c.actors[$0.key].id < c.actors[$1.key].id }) {
            let from = c.actors[w]
            redirects[from.id] = c.actors[f].id
            var a = out.actors[f]
            for n in from.names where n != a.name && !a.aliases.contains(n) { a.aliases.append(n) }
            a.mentions += from.mentions
            if a.role == nil { a.role = from.role }
            out.actors[f] = a
        }
        for f in Set(into.values) {
            out.actors[f].aliases.sort()
            out.actors[f].mentions.sort { ($0.doc, $0.span.start, $0.span.end) < ($1.doc, $1.span.start, $1.span.end) }
        }
        out.actors = out.actors.enumerated().filter { into[$0.offset] == nil }.map(\.element)
        func to(_ id: String) -> String { redirects[id] ?? id }
        func uniqued(_ ids: [String]) -> [String] {
            var seen = Set<String>()
            return ids.map(to).filter { seen.insert($0).inserted }
        }
        let names = Dictionary(out.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for k in out.statements.indices {
            if let s = out.statements[k].speaker, let t = redirects[s] {
                out.statements[k].speaker = t
                out.statements[k].speakerName = names[t]
            }
            if out.statements[k].about.contains(where: { redirects[$0] != nil }) { out.statements[k].about = uniqued(out.statements[k].about) }
        }
        for k in out.events.indices {
            var e = out.events[k]
            guard e.actors.contains(where: { redirects[$0] != nil }) || e.roles.values.contains(where: { redirects[$0] != nil })
                    || e.typing?.arguments.contains(where: { $0.actor.map { redirects[$0] != nil } ?? false }) == true else { continue }
            e.actors = uniqued(e.actors).sorted()
            e.roles = e.roles.mapValues(to)
            if var t = e.typing {
                for j in t.arguments.indices { t.arguments[j].actor = t.arguments[j].actor.map(to) }
                e.typing = t
            }
            out.events[k] = e
        }
        out.sort()
        return (out, redirects)
    }
}
