/// Stage 3: finds actors with the `actors.rules` rules, then resolves surnames, pronouns and
/// role nouns ("the minister") to the last compatible person.
public struct ActorRecognizer: Sendable {
    let book: RuleBook
    let rules: RuleSet

    let patterns: [[PatternNode]]
    /// Rules not indexed by a first word or lexicon: tried only near a capitalised word.
    let unanchored: [Bool]

    public init(book: RuleBook) {
        self.book = book
        self.rules = book.rules("actors")
        self.patterns = rules.rules.map(\.pattern)
        self.unanchored = rules.rules.map { r in
            if case .unknown = RuleSet.first(r.pattern) { return true }
            return false
        }
    }

    struct Candidate {
        var rule: Rule
        var match: Range<Int>
        var extent: Range<Int>
        var captures: [Capture]
        var sentence: Int
    }

    public func recognize(_ doc: Document) -> ActorLayer {
        var layer = ActorLayer()
        let matcher = Matcher(tokens: doc.tokens, lexicons: book.lexicons, classes: book.classes, layers: Layers())
        // 1. every rule match in every sentence
        var cands: [Candidate] = []
        // every actor name has a capital letter within its first three tokens
        var capital = [Bool](repeating: false, count: doc.tokens.count + 3)
        for (i, t) in doc.tokens.enumerated() where t.isCapitalized || (t.kind == .word && t.text.unicodeScalars.contains { $0.properties.isUppercase }) {
            capital[i] = true
        }
        for s in doc.sentences {
            for i in s.tokens {
                let near = capital[i] || capital[i + 1] || capital[i + 2]
                for k in rules.candidates(doc.tokens, at: i, lexicons: book.lexicons) {
                    if unanchored[k] && !near { continue }
                    guard let m = matcher.match(patterns[k], at: i, in: s.tokens) else { continue }
                    let r = rules.rules[k]
                    let ext = r["span"].flatMap { n in m.captures.first { $0.name == n }?.tokens } ?? (i..<m.end)
                    cands.append(Candidate(rule: r, match: i..<m.end, extent: ext, captures: m.captures, sentence: s.index))
                }
            }
        }
        // 2. longest first, then earlier rule; mentions do not overlap
        cands.sort {
            $0.match.count != $1.match.count ? $0.match.count > $1.match.count
                : $0.rule.order != $1.rule.order ? $0.rule.order < $1.rule.order : $0.match.lowerBound < $1.match.lowerBound
        }
        var taken = [Bool](repeating: false, count: doc.tokens.count)
        var mentions: [Mention] = []
        for c in cands {
            if c.extent.contains(where: { taken[$0] }) { continue }
            guard let name = Template.fill(c.rule["name"] ?? "", captures: c.captures, doc: doc), !name.isEmpty,
                  let kind = ActorKind(rawValue: c.rule["kind"] ?? "") else { continue }
            for t in c.extent { taken[t] = true }
            let span = doc.span(tokens: c.extent)
            var m = Mention(provenance: Provenance(document: doc.id, span: span, sentence: c.sentence, rule: c.rule.id),
                            text: doc.text(span), tokens: c.extent, actor: name, kind: kind,
                            form: Mention.Form(rawValue: c.rule["form"] ?? "") ?? .name,
                            role: c.rule["role"].flatMap { Template.fill($0, captures: c.captures, doc: doc) })
            if kind == .person { m.gender = gender(of: c, doc: doc) }
            if c.rule["outlet"] == "yes" && layer.outlet == nil { layer.outlet = name }
            mentions.append(m)
        }
        // bylines ("Author: UNIAN") name the outlet when it is a known medium
        for b in doc.bylines {
            let toks = book.tokenizer.tokenize(doc.scalars, range: b.start..<b.end)
            if let hit = book.lexicons.get("media").longest(toks, at: 0, end: toks.count), hit.length == toks.count {
                let name = hit.entries[0].value
                layer.outlet = layer.outlet ?? name
                mentions.append(Mention(provenance: Provenance(document: doc.id, span: b, sentence: -1, rule: "actor.media.byline"),
                                        text: doc.text(b), tokens: 0..<0, actor: name, kind: .media, form: .byline))
            }
        }
        mentions.sort { $0.provenance.span < $1.provenance.span }
        mentions = unifyPersons(mentions, doc: doc, taken: &taken)
        mentions = resolveAnaphora(mentions, doc: doc, taken: taken)
        layer.mentions = mentions
        layer.actors = ActorRecognizer.actors(from: mentions)
        return layer
    }

    func gender(of c: Candidate, doc: Document) -> String? {
        if let t = c.captures.first(where: { $0.name == "title" }), let g = c.captures.isEmpty ? nil : book.lexicons.get("titles").longest(doc.tokens, at: t.tokens.lowerBound, end: t.tokens.upperBound)?.entries.first?["gender"] {
            return g
        }
        if let n = c.captures.first(where: { $0.name == "name" }) {
            var first = doc.tokens[n.tokens.lowerBound].lower
            if let h = first.firstIndex(of: "-") { first = String(first[..<h]) }
            if let g = book.lexicons.get("given-names").lookup(first).first?["gender"], g == "m" || g == "f" { return g }
        }
        return nil
    }

    /// Gives every person mention the fullest name of its person, and finds later surnames.
    func unifyPersons(_ mentions: [Mention], doc: Document, taken: inout [Bool]) -> [Mention] {
        var out = mentions
        // full names by their last token
        var fullBySurname: [String: [String]] = [:]
        for m in out where m.kind == .person && m.tokens.count >= 2 {
            let last = doc.tokens[m.tokens.upperBound - 1].lower
            if !(fullBySurname[last]?.contains(m.actor) ?? false) { fullBySurname[last, default: []].append(m.actor) }
        }
        // a one-word person name ("Minister Kuleba") joins the full name with that surname
        var genderOf: [String: String] = [:]
        for k in out.indices where out[k].kind == .person {
            if out[k].tokens.count == 1, let full = fullBySurname[doc.tokens[out[k].tokens.lowerBound].lower]?.first {
                out[k].actor = full
                out[k].form = .surname
            }
            if let g = out[k].gender { genderOf[out[k].actor] = g }
        }
        // bare surnames elsewhere
        for (i, t) in doc.tokens.enumerated() where !taken[i] && t.isCapitalized && t.kind == .word {
            guard let fulls = fullBySurname[t.lower], !doc.isBoilerplate(t.span) else { continue }
            let s = doc.sentence(containingToken: i)
            // the most recent full name with this surname, else the first one
            let before = out.last { $0.kind == .person && $0.provenance.span.end <= t.span.start && fulls.contains($0.actor) }
            let actor = before?.actor ?? fulls[0]
            taken[i] = true
            out.append(Mention(provenance: Provenance(document: doc.id, span: t.span, sentence: s, rule: "actor.person.surname"),
                               text: t.text, tokens: i..<(i + 1), actor: actor, kind: .person, form: .surname, gender: genderOf[actor]))
        }
        for k in out.indices where out[k].kind == .person && out[k].gender == nil { out[k].gender = genderOf[out[k].actor] }
        out.sort { $0.provenance.span < $1.provenance.span }
        return out
    }

    /// Pronouns (he, she, his) and role nouns (the minister) go to the last compatible person.
    func resolveAnaphora(_ mentions: [Mention], doc: Document, taken: [Bool]) -> [Mention] {
        let pronouns = book.lexicons.get("pronouns")
        let roles = book.lexicons.get("role-nouns")
        var persons = mentions.filter { $0.kind == .person }
        var roleOf: [String: String] = [:]
        for m in persons { if let r = m.role { roleOf[m.actor] = roleOf[m.actor] ?? r } }
        var added: [Mention] = []
        for s in doc.sentences {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                defer { i += 1 }
                if taken[i] { continue }
                let t = doc.tokens[i]
                if let p = pronouns.lookup(t.lower).first {
                    let g = p["gender"]
                    guard let antecedent = persons.last(where: { $0.provenance.span.end <= t.span.start && ($0.gender == nil || $0.gender == g) }) else { continue }
                    var m = Mention(provenance: Provenance(document: doc.id, span: t.span, sentence: s.index, rule: "actor.pronoun"),
                                    text: t.text, tokens: i..<(i + 1), actor: antecedent.actor, kind: .person, form: .pronoun, gender: g)
                    m.possessive = p["possessive"] == "yes"
                    added.append(m)
                    continue
                }
                if t.lower == "the" && i + 1 < s.tokens.upperBound, let hit = roles.longest(doc.tokens, at: i + 1, end: s.tokens.upperBound) {
                    let end = i + 1 + hit.length
                    // "the minister of X" or "the minister Y" is a new description, not a reference back
                    if end < s.tokens.upperBound && (doc.tokens[end].lower == "of" || doc.tokens[end].isCapitalized || doc.tokens[end].lower == "for") { continue }
                    let head = hit.entries[0].value
                    let before = persons.filter { $0.provenance.span.end <= t.span.start }
                    let withRole = before.last { (roleOf[$0.actor] ?? "").lowercased().contains(head) }
                    guard let antecedent = withRole ?? (head == "official" || head == "leader" || head == "diplomat" ? before.last : nil) ?? (before.last.map { roleOf[$0.actor] == nil ? $0 : nil } ?? nil) else { continue }
                    let span = Span(t.span.start, doc.tokens[end - 1].span.end)
                    added.append(Mention(provenance: Provenance(document: doc.id, span: span, sentence: s.index, rule: "actor.role-noun"),
                                         text: doc.text(span), tokens: i..<end, actor: antecedent.actor, kind: .person, form: .roleNoun,
                                         gender: antecedent.gender))
                    i = end - 1
                }
            }
            // mentions of this sentence become antecedents for the next ones
            persons = (mentions + added).filter { $0.kind == .person && !$0.possessive && $0.provenance.span.end <= s.span.end }
                .sorted { $0.provenance.span < $1.provenance.span }
        }
        return (mentions + added).sorted { $0.provenance.span < $1.provenance.span }
    }

    /// Groups mentions into actors: name, kind, aliases and role.
    static func actors(from mentions: [Mention]) -> [String: Actor] {
        var out: [String: Actor] = [:]
        for m in mentions {
            var a = out[m.actor] ?? Actor(id: Actor.slug(m.actor), name: m.actor, kind: m.kind, aliases: [], role: nil, mentions: [])
            a.mentions.append(m)
            if a.role == nil, let r = m.role { a.role = r }
            let alias: String? = switch m.form {
            case .pronoun: nil
            case .roleNoun: m.text.lowercased()
            default: m.text
            }
            if let alias, alias != a.name, !a.aliases.contains(alias) { a.aliases.append(alias) }
            out[m.actor] = a
        }
        return out
    }
}
