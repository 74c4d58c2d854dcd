/// Roles from the dependency parse (the document's `SyntaxLayer`), with `LocalRoleFinder` for
/// what the parse does not give (and for documents without a parse):
/// - a verb: `nsubj` is the agent, `nsubj:pass` the target, `obl:agent` (or an `obl` with
///   "by" under a passive) the agent; `obj`/`iobj`, else an `obl` with a frame preposition
///   ("to", "against", "on", "with", …), naming someone is the target;
/// - a verb without its own subject takes its controller's: an `xcomp` the object of the verb
///   it completes ("urged Iran to release") or its subject ("agreed to meet"), a `conj` the
///   first verb's subject, a relative clause (`acl:relcl`, `acl`) the noun it modifies
///   (agent, or target for a passive participle: "36 people arrested by police");
/// - a pronoun subject of a clause complementing a reporting verb ("X said they would meet")
///   is the reporter;
/// - a noun: `nmod:poss` ("Erdoğan's visit": agent; "Navalny's arrest": target for events done
///   to someone), `nmod` with "of" (target for those events, agent otherwise), "by" (agent),
///   a frame preposition (target); without an agent, the subject of the verb it is the object
///   of ("held talks", "imposed sanctions on Iran": that verb's phrases are targets too);
/// - symmetric events (meeting, agreement): the conjuncts of the agent ("X and Y met"), and of
///   a "between" phrase ("talks between X and Y"), are participants.
/// Argument spans are the argument word's subtree without its clauses (relative clauses,
/// adverbial clauses, parataxis), in the tokens of the document.
public struct ParseRoleFinder: RoleFinder {
    let local = LocalRoleFinder()
    /// Whether roles the parse leaves empty are taken from `LocalRoleFinder`.
    public var fillsFromLocal: Bool

    public init(fillsFromLocal: Bool = true) { self.fillsFromLocal = fillsFromLocal }

    static let patientKinds = LocalRoleFinder.patientKinds
    static let targetCases: Set<String> = ["to", "against", "on", "with", "at", "from", "toward", "towards", "into", "upon", "over", "for"]
    static let personalPronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]
    static let relativePronouns: Set<String> = ["who", "which", "that", "whom"]
    static let reporting: Set<String> = ["say", "announce", "tell", "state", "declare", "add", "confirm", "report", "claim", "insist", "warn"]
    static let clauses: Set<String> = ["acl:relcl", "acl", "advcl", "parataxis", "ccomp", "dep", "punct", "list", "discourse"]

    public func arguments(of t: TriggerSite, in c: SentenceContext) -> [EventTyping.Argument] {
        let syn = c.doc.syntax
        let s = c.sentence.tokens
        guard syn.count > 0, s.upperBound < syn.tokenWord.count, t.tokens.upperBound <= s.upperBound else {
            return local.arguments(of: t, in: c)
        }
        let view = View(syn: syn, words: Int(syn.tokenWord[s.lowerBound])..<Int(syn.tokenWord[s.upperBound]))
        let trig = Int(syn.tokenWord[t.tokens.lowerBound])..<Int(syn.tokenWord[t.tokens.upperBound])
        guard !trig.isEmpty, !view.words.isEmpty else { return local.arguments(of: t, in: c) }
        // the trigger's head word: its word whose head lies outside it (for a light verb
        // phrase "held talks" the verb)
        let h = trig.first { !trig.contains(Int(syn.head[$0])) } ?? trig.lowerBound

        var out: [EventTyping.Argument] = []
        func add(_ role: String, _ w: Int?, _ rule: String, also: [Int] = []) {
            guard let w, !out.contains(where: { $0.role == role }), !trig.contains(w) else { return }
            // several words of one relation (a subject the parser split in two) make one span
            var words = view.phrase(w)
            for x in also where x != w && !trig.contains(x) {
                if let p = view.phrase(x), let q = words { words = min(p.lowerBound, q.lowerBound)..<max(p.upperBound, q.upperBound) }
            }
            // a phrase that holds the trigger (the noun it modifies: "killed five people and
            // injured 20 others") keeps only the argument word's side of it
            if let q = words, q.overlaps(trig) {
                words = w >= trig.upperBound ? trig.upperBound..<q.upperBound : q.lowerBound..<trig.lowerBound
            }
            guard let r = tokens(words, c) else { return }
            let span = c.doc.span(tokens: r)
            out.append(EventTyping.Argument(role: role, span: span, text: c.doc.text(span), actor: local.actor(in: r, c), rule: "parse-" + rule))
        }
        func names(_ w: Int) -> Bool {
            guard let r = tokens(view.phrase(w), c) else { return false }
            // a time expression ("on Monday") names no one
            let ht = Int(syn.wordToken[w])
            if ht < c.timeAt.count, c.timeAt[ht] >= 0 { return false }
            if syn.upos[w] == .PRON { return ParseRoleFinder.personalPronouns.contains(syn.lemma[w].lowercased()) }
            return local.namesSomeone(r, c)
        }
        func addParticipant(_ w: Int) {
            guard let r = tokens(view.phrase(w, conjuncts: false), c) else { return }
            let span = c.doc.span(tokens: r)
            guard !out.contains(where: { $0.role == "participant" && $0.span == span }) else { return }
            out.append(EventTyping.Argument(role: "participant", span: span, text: c.doc.text(span), actor: local.actor(in: r, c), rule: "parse-coordination"))
        }

        /// The subject of predicate `v`, through controllers and coordination.
        func subject(of v: Int) -> Int? {
            var x = v
            for _ in 0..<4 {
                if let s = view.children(x).first(where: { ["nsubj", "csubj"].contains(syn.relation($0)) }) { return resolve(s) }
                let r = syn.relation(x)
                let g = Int(syn.head[x])
                guard g >= 0, view.words.contains(g), r == "xcomp" || r == "conj" else { return nil }
                x = g
            }
            return nil
        }

        /// A relative or personal pronoun is what it stands for: the noun a relative clause
        /// modifies; the reporter of a clause a reporting verb governs.
        func resolve(_ w: Int) -> Int {
            guard syn.upos[w] == .PRON else { return w }
            let lemma = syn.lemma[w].lowercased()
            let p = Int(syn.head[w])
            guard p >= 0, view.words.contains(p) else { return w }
            if ParseRoleFinder.relativePronouns.contains(lemma), syn.relation(p) == "acl:relcl" {
                let n = Int(syn.head[p])
                if n >= 0, view.words.contains(n) { return n }
            }
            if ParseRoleFinder.personalPronouns.contains(lemma), syn.relation(p) == "ccomp" {
                let r = Int(syn.head[p])
                if r >= 0, view.words.contains(r), ParseRoleFinder.reporting.contains(syn.lemma[r].lowercased()),
                   let s = view.children(r).first(where: { syn.relation($0) == "nsubj" }), syn.upos[s] != .PRON {
                    return s
                }
            }
            return w
        }

        let kind = t.entry.kind
        let frame = t.entry.framePrepositions
        let isNoun = [.NOUN, .PROPN].contains(syn.upos[h]) || (t.isNoun && syn.upos[h] != .VERB)

        /// The target among a predicate's object and prepositional phrases.
        func target(of v: Int, objectFirst: Bool) -> (Int, String)? {
            var cands: [(Int, String)] = []
            for d in view.children(v) {
                let rel = syn.relation(d)
                if objectFirst && (rel == "obj" || rel == "iobj") { cands.append((d, rel)) }
                if rel == "obl" || rel == "nmod" || rel.hasPrefix("obl:") && rel != "obl:agent" && rel != "obl:tmod" && rel != "obl:npmod" {
                    if let p = view.caseWord(d), frame.contains(p) || ParseRoleFinder.targetCases.contains(p) { cands.append((d, "obl-" + p)) }
                }
            }
            // frame prepositions before others; the object first
            cands.sort { a, b in
                func rank(_ x: (Int, String)) -> Int {
                    if x.1 == "obj" || x.1 == "iobj" { return 0 }
                    return frame.contains(String(x.1.dropFirst(4))) ? 1 : 2
                }
                return (rank(a), a.0) < (rank(b), b.0)
            }
            return cands.first { names($0.0) }
        }

        if isNoun {
            for d in view.children(h) {
                let rel = syn.relation(d)
                if rel == "nmod:poss" {
                    add(ParseRoleFinder.patientKinds.contains(kind) && kind != "military" ? "target" : "agent", d, "possessor")
                } else if rel == "nmod" || rel.hasPrefix("nmod:") {
                    switch view.caseWord(d) {
                    case "of":
                        // (session 38: the entry's frame puts its target in the "of" phrase, or a
                        // "by" phrase names the doer: "the takeover of the airline by Lufthansa")
                        if ParseRoleFinder.patientKinds.contains(kind) {
                            add("target", d, "of")
                        } else if frame.contains("of") || view.children(h).contains(where: { syn.relation($0).hasPrefix("nmod") && view.caseWord($0) == "by" }) {
                            add(names(d) ? "target" : "theme", d, "of")
                        } else {
                            add("agent", d, "of")
                        }
                    case "by": add("agent", d, "by")
                    case "between", "among":
                        if ["meeting", "agreement"].contains(kind) { for p in view.conjuncts(d) { addParticipant(p) } }
                    case let p?: if frame.contains(p) || ParseRoleFinder.targetCases.contains(p), names(d) { add("target", d, "prep-" + p) }
                    default: break
                    }
                } else if rel == "compound" || rel == "amod", names(d), syn.upos[d] == .PROPN || local.actor(in: tokens(d..<(d + 1), c) ?? 0..<0, c) != nil {
                    add("agent", d, rel)
                }
            }
            // the verb this noun is the object (or subject) of
            let v = Int(syn.head[h])
            let rel = syn.relation(h)
            if v >= 0, view.words.contains(v), syn.upos[v] == .VERB || syn.upos[v] == .AUX {
                if rel == "obj" || rel == "nsubj:pass" {
                    // (session 39: not a verb of order in time, `complement-opener`: "The protests
                    // followed the election of a new president" names no one who elects)
                    if !TypedEventFinder.complementOpeners.contains(c.tokens[Int(syn.wordToken[v])]), let a = subject(of: v) { add("agent", a, "support-subject") }
                    if let (d, r) = target(of: v, objectFirst: false) { add("target", d, "support-" + r) }
                } else if rel == "nsubj", ["meeting", "agreement"].contains(kind) {
                    for d in view.children(v) where syn.relation(d).hasPrefix("obl") && ["between", "among"].contains(view.caseWord(d) ?? "") {
                        for p in view.conjuncts(d) { addParticipant(p) }
                    }
                }
            }
        } else {
            let passive = view.children(h).contains { syn.relation($0) == "nsubj:pass" || syn.relation($0) == "aux:pass" }
            var subj: Int?
            var passSubj: Int?
            var byAgent: Int?
            for d in view.children(h) {
                switch syn.relation(d) {
                case "nsubj", "csubj": subj = subj ?? d
                case "nsubj:pass": passSubj = passSubj ?? d
                case "obl:agent": byAgent = byAgent ?? d
                case "obl" where passive && view.caseWord(d) == "by": byAgent = byAgent ?? d
                default: break
                }
            }
            if passive {
                add("target", passSubj.map { resolve($0) }, "passive-subject")
                add("agent", byAgent, "passive-by")
            } else if let s = subj {
                let r = resolve(s)
                add("agent", r, "subject", also: r == s ? view.children(h).filter { syn.relation($0) == "nsubj" } : [])
            }
            let rel = syn.relation(h)
            if subj == nil && passSubj == nil {
                let g = Int(syn.head[h])
                if g >= 0, view.words.contains(g) {
                    if rel == "xcomp" {
                        // object control ("urged Iran to release"), else subject control
                        if let o = view.children(g).first(where: { syn.relation($0) == "obj" }), names(o) {
                            add("agent", o, "controller-object")
                        } else {
                            add("agent", subject(of: g), "controller")
                        }
                    } else if rel == "conj" {
                        let gp = syn.children(isPassive: g, view)
                        add(gp ? "target" : "agent", subject(of: g) ?? view.children(g).first { syn.relation($0) == "nsubj:pass" }, "conj-subject")
                    } else if rel == "acl" || rel == "acl:relcl" || rel == "amod" {
                        // "36 people arrested by police": the noun is what is done to
                        let participle = syn.feature(h, "VerbForm") == "Part" && syn.feature(h, "Tense") == "Past"
                        // (so is the noun after an adjective of harm: "injured 20 others", "wounded soldiers")
                        let harmed = rel == "amod" && g > h && ParseRoleFinder.patientKinds.contains(kind)
                        if (participle || harmed) && rel != "acl:relcl" { add("target", g, "modified-noun") } else { add("agent", g, "modified-noun") }
                    }
                }
            }
            if !out.contains(where: { $0.role == "target" }), !passive || passSubj == nil {
                if let (d, r) = target(of: h, objectFirst: true) { add("target", d, r) }
            }
            // a threat or demand is aimed at the subject of its condition ("threatened to strike
            // unless Israel withdrew"): the clause under the trigger or under its complement
            if ["threaten", "call"].contains(kind) {
                var scope = [h] + view.children(h).filter { ["xcomp", "ccomp"].contains(syn.relation($0)) }
                scope += scope.dropFirst().flatMap { x in view.children(x).filter { syn.relation($0) == "xcomp" } }
                for x in scope {
                    for a in view.children(x) where syn.relation(a) == "advcl" && view.children(a).contains(where: { ["unless", "if"].contains(syn.lemma[$0].lowercased()) && syn.relation($0) == "mark" }) {
                        if let sj = view.children(a).first(where: { syn.relation($0).hasPrefix("nsubj") }), names(sj) {
                            add("target", sj, "condition-subject")
                        }
                    }
                }
                // "demanded that X cancel", "warned that police will …": the clause's subject
                if let cc = view.children(h).first(where: { syn.relation($0) == "ccomp" }), let sj = view.children(cc).first(where: { syn.relation($0).hasPrefix("nsubj") }), names(sj) {
                    add("target", resolve(sj), "that-subject")
                }
                // the complement's object or phrases ("threatened to impose a curfew in Algiers")
                for x in view.children(h) where syn.relation(x) == "xcomp" {
                    if let (d, r) = target(of: x, objectFirst: true) { add("target", d, "complement-" + r) }
                }
            }
            if let o = view.children(h).first(where: { syn.relation($0) == "obj" }), !names(o) { add("theme", o, "object") }
            // "met with X" on a symmetric event: X is a participant too
            if ["meeting", "agreement"].contains(kind) {
                for d in view.children(h) where syn.relation(d).hasPrefix("obl") && ["between", "among"].contains(view.caseWord(d) ?? "") {
                    for p in view.conjuncts(d) { addParticipant(p) }
                }
            }
        }
        // participants: the conjuncts of a symmetric event's agent
        if ["meeting", "agreement"].contains(kind), !out.contains(where: { $0.role == "participant" }),
           let a = out.first(where: { $0.role == "agent" }), let aw = wordAt(a.span.start, view, c) {
            let parts = view.conjuncts(aw)
            if parts.count > 1 { for p in parts { addParticipant(p) } }
        }

        // the recipient: the nearest phrase under the trigger (its objects, prepositional
        // phrases and complements, breadth first) that mentions an actor ("offered its troops
        // to Lebanon's president", "deploy peacekeepers in Iraq", "impose a curfew in Algiers")
        var recipient: EventTyping.Argument?
        if !isNoun || kind != "declaration" {
            var queue = view.children(h).filter { !syn.relation($0).hasPrefix("nsubj") }
            var seen = 0
            while seen < queue.count, seen < 40, recipient == nil {
                let x = queue[seen]
                seen += 1
                let rel = syn.relation(x)
                guard ["obj", "iobj", "obl", "nmod", "xcomp", "acl", "advcl"].contains(where: { rel == $0 || rel.hasPrefix($0 + ":") }),
                      rel != "obl:tmod" else { continue }
                let xt = Int(syn.wordToken[x])
                if [.NOUN, .PROPN].contains(syn.upos[x]), xt < c.timeAt.count, c.timeAt[xt] < 0,
                   local.actor(in: xt..<(xt + 1), c) != nil || (view.caseWord(x) != nil && syn.upos[x] == .PROPN) {
                    if let pr = tokens(view.phrase(x), c) {
                        let span = c.doc.span(tokens: pr)
                        recipient = EventTyping.Argument(role: "target", span: span, text: c.doc.text(span), actor: local.actor(in: pr, c), rule: "parse-recipient")
                    }
                }
                queue += view.children(x).filter { !syn.relation($0).hasPrefix("nsubj") }
            }
        }
        // an argument of the parse never repeats another role's span
        if let ag = out.first(where: { $0.role == "agent" }) {
            out.removeAll { $0.role == "target" && ($0.span.overlaps(ag.span)) && $0.rule != "parse-condition-subject" }
        }
        guard fillsFromLocal else { return out }
        // the merge with the local patterns (measured on PLOVER dev): the local agent first (the
        // parse's subjects are noisier), the parse's where it has none; the parse's target when
        // the local one has none, when it contains the local one (a whole object phrase: "52
        // members of the banned Movement …") or when it is a threat's condition subject; the
        // parse's participants; the local place and theme first
        let more = local.arguments(of: t, in: c)
        var merged: [EventTyping.Argument] = []
        for role in ["agent", "target", "participant", "place", "theme"] {
            let l = more.filter { $0.role == role }, p = out.filter { $0.role == role }
            switch role {
            case "target":
                // (and when the local phrase ran on past the parse's: "to Moscow lasted")
                if let pt = p.first, l.isEmpty || pt.span.contains(l[0].span) || pt.rule == "parse-condition-subject"
                    || l[0].span.start == pt.span.start && l[0].span.end > pt.span.end { merged.append(pt) } else { merged += l.prefix(1) }
            case "participant":
                merged += p.isEmpty ? l : p
            default:
                merged += l.isEmpty ? p.prefix(1) : l.prefix(1)
            }
        }
        if let ag = merged.first(where: { $0.role == "agent" }), let k = merged.firstIndex(where: { $0.role == "target" }),
           merged[k].span == ag.span {
            merged.remove(at: k)
        }
        // a target that mentions no actor ("its troops", "a call for …") gives way to the
        // recipient that does; no target at all takes it
        if let rc = recipient, !merged.contains(where: { $0.role == "agent" && $0.span.overlaps(rc.span) }) {
            if let k = merged.firstIndex(where: { $0.role == "target" }) {
                // (a phrase with a name in it, "an Australian ultimatum", "Iraqi towns", keeps its place)
                var named = true
                if let r = local.tokenRange(merged[k].span, c) {
                    named = r.contains { j in c.tokens[j].isCapitalized && j > c.sentence.tokens.lowerBound && c.timeAt[j] < 0 }
                }
                // (only a target read off an object or a phrase: a passive subject, a possessor
                // or an "of" phrase is what the event is done to)
                let rule = merged[k].rule
                let fromObject = !["passive", "possessor", "of", "subject", "modified"].contains { ParseRoleFinder.has(rule, $0) }
                if merged[k].actor == nil && !named && fromObject && !merged[k].span.contains(rc.span) { merged[k] = rc }
            } else {
                merged.append(rc)
            }
        }
        return merged
    }

    /// Whether `s` contains `part`, compared as UTF-8 bytes (Foundation's `contains` on a
    /// String goes through NSString, which cost more than the rest of the merge).
    static func has(_ s: String, _ part: String) -> Bool {
        let a = Array(s.utf8), b = Array(part.utf8)
        guard !b.isEmpty else { return true }
        guard a.count >= b.count else { return false }
        for i in 0...(a.count - b.count) where a[i] == b[0] {
            var k = 1
            while k < b.count && a[i + k] == b[k] { k += 1 }
            if k == b.count { return true }
        }
        return false
    }

    /// The tokens of a word range (nil for an empty one).
    func tokens(_ words: Range<Int>?, _ c: SentenceContext) -> Range<Int>? {
        guard let words, !words.isEmpty else { return nil }
        let syn = c.doc.syntax
        let a = Int(syn.wordToken[words.lowerBound]), b = Int(syn.wordToken[words.upperBound - 1]) + 1
        return a < b ? a..<b : nil
    }

    /// The word whose token starts at scalar offset `start`.
    func wordAt(_ start: Int, _ v: View, _ c: SentenceContext) -> Int? {
        let s = c.sentence.tokens
        guard let t = s.first(where: { c.tokens[$0].span.start >= start }) else { return nil }
        // the phrase's head: the word of the phrase whose head lies outside it
        let w0 = Int(v.syn.tokenWord[t])
        var w = w0
        var n = 0
        while n < 12, v.words.contains(Int(v.syn.head[w])), c.tokens[Int(v.syn.wordToken[Int(v.syn.head[w])])].span.start >= start,
              Int(v.syn.head[w]) != w, !["conj", "cc"].contains(v.syn.relation(w)) {
            w = Int(v.syn.head[w])
            n += 1
        }
        return w
    }

    /// One sentence's words and the parse.
    struct View {
        let syn: SyntaxLayer
        let words: Range<Int>
        /// The dependents of each word of the sentence, in order: those of word `words.lowerBound + k`
        /// are `list[start[k]..<start[k + 1]]` (built once, in linear time).
        let start: [Int32]
        let list: [Int32]

        init(syn: SyntaxLayer, words: Range<Int>) {
            self.syn = syn
            self.words = words
            var count = [Int32](repeating: 0, count: words.count + 1)
            for d in words {
                let h = Int(syn.head[d])
                if words.contains(h) { count[h - words.lowerBound + 1] += 1 }
            }
            for k in 0..<words.count { count[k + 1] += count[k] }
            var fill = count
            var list = [Int32](repeating: 0, count: Int(count[words.count]))
            for d in words {
                let h = Int(syn.head[d])
                if words.contains(h) {
                    list[Int(fill[h - words.lowerBound])] = Int32(d)
                    fill[h - words.lowerBound] += 1
                }
            }
            self.start = count
            self.list = list
        }

        func children(_ w: Int) -> [Int] {
            guard words.contains(w) else { return [] }
            let k = w - words.lowerBound
            return list[Int(start[k])..<Int(start[k + 1])].map { Int($0) }
        }

        /// The preposition of a nominal ("to" for "to Moscow"), lowercased.
        func caseWord(_ w: Int) -> String? {
            for d in children(w) where syn.relation(d) == "case" { return syn.lemma[d].lowercased() }
            return nil
        }

        /// The conjuncts of a nominal, itself first.
        func conjuncts(_ w: Int) -> [Int] { [w] + children(w).filter { syn.relation($0) == "conj" } }

        /// The words of `w`'s phrase: its subtree without clauses (and without its conjuncts
        /// when `conjuncts` is false), as the span from its first to its last kept word.
        func phrase(_ w: Int, conjuncts: Bool = true) -> Range<Int>? {
            guard words.contains(w) else { return nil }
            var lo = w, hi = w
            var stack = [w]
            while let x = stack.popLast() {
                for d in children(x) {
                    let r = syn.relation(d)
                    if ParseRoleFinder.clauses.contains(r) { continue }
                    if !conjuncts && x == w && (r == "conj" || r == "cc") { continue }
                    // a case marker before the head word ("to Moscow") is not part of the phrase
                    if x == w && r == "case" && d < w { continue }
                    lo = min(lo, d)
                    hi = max(hi, d)
                    stack.append(d)
                }
            }
            return lo..<(hi + 1)
        }
    }
}

extension SyntaxLayer {
    /// Whether predicate `v` is passive (it has a passive subject or auxiliary).
    func children(isPassive v: Int, _ view: ParseRoleFinder.View) -> Bool {
        view.children(v).contains { relation($0) == "nsubj:pass" || relation($0) == "aux:pass" }
    }
}
