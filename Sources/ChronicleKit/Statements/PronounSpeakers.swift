/// A person's pronoun that speaks right after another person's statement goes on with that
/// speaker: news names a speaker, then quotes them with "he said" / "she said" ("In Miami, the
/// boy's great-uncle, Lazaro Gonzalez, denied that he would send Elian out of the country.
/// ‘‘It never even entered my mind,’’ he said."). The Actors stage resolves the pronoun by
/// salience, which favours a person who spoke often earlier in the article (there: Fidel
/// Castro); the statement before it is the better guide.
///
/// The statement's source is one subject pronoun of a person (`pronouns`: "he", "she"); the
/// statement with a speaker right before it (text order) lies in the sentence before, and its
/// speaker is a person whose gender (from the mentions that name them, not from pronouns) is
/// not the other one. A pronoun already resolved to a person the sentence names outside what was
/// said keeps it ("When Jones arrived, he said …"). Continued quotations of the statement
/// (`statement.quote.continued`, same cue) follow it. (`statements` in text order; one pass.)
extension StatementFinder {
    func pronounSpeakers(_ statements: inout [Statement], doc: Document, actors: ActorLayer, mentionIndex: SpanIndex, work: inout Int) {
        guard statements.count > 1 else { return }
        var prev: Int?
        // the cues whose speaker changed, with the new speaker
        var changed: [Span: String] = [:]
        var genders: [String: String?] = [:]
        func gender(_ name: String) -> String? {
            if let g = genders[name] { return g }
            let ms = actors.actors[name]?.mentions ?? []
            work += ms.count
            // (not from the pronouns resolved to them: a pronoun resolved wrongly would bar the right speaker)
            let named = Set(ms.filter { $0.form != .pronoun }.compactMap(\.gender))
            let g = named.count == 1 ? named.first : nil
            genders[name] = g
            return g
        }
        for k in statements.indices {
            work += 1
            defer { if statements[k].speaker != nil { prev = k } }
            if statements[k].provenance.rule == Self.continuedRule, let c = statements[k].cueSpan, let sp = changed[c] {
                statements[k].speaker = sp
                statements[k].about = about(statements[k].provenance.span, speaker: sp, actors: actors, index: mentionIndex, work: &work)
                continue
            }
            guard let p = prev, let src = statements[k].sourceSpan, let r = spanTokens(doc, src), r.count == 1,
                  let e = cues.pronouns.lookup(doc.tokens[r.lowerBound].lower).first,
                  e["possessive"] != "yes", e["case"] != "object" else { continue }
            if e["kind"] != "person" {
                organisationPronoun(&statements, k, before: p, kind: e["kind"] ?? "", doc: doc, actors: actors, mentionIndex: mentionIndex, changed: &changed, work: &work)
                continue
            }
            let before = statements[p]
            let s = statements[k].provenance.sentence
            guard let speaker = before.speaker, speaker != statements[k].speaker, before.provenance.sentence == s - 1,
                  let a = actors.actors[speaker], a.kind == .person else { continue }
            if let g = e["gender"], let ag = gender(speaker), ag != g { continue }
            // a person the sentence names outside what was said keeps the pronoun
            if namesSpeakerOutside(statements[k], sentence: s, doc: doc, actors: actors, mentionIndex: mentionIndex, work: &work) { continue }
            reassign(&statements, k, to: speaker, actors: actors, mentionIndex: mentionIndex, changed: &changed, work: &work)
        }
    }

    /// Whether sentence `s` names the statement's speaker outside what was said: a pronoun
    /// resolved to that actor there keeps it.
    func namesSpeakerOutside(_ st: Statement, sentence s: Int, doc: Document, actors: ActorLayer, mentionIndex: SpanIndex, work: inout Int) -> Bool {
        guard let current = st.speaker else { return false }
        let inside = mentionIndex.inside(doc.sentences[s].span)
        work += 1 + inside.count
        return inside.contains { m in
            let x = actors.mentions[m]
            return x.actor == current && x.form != .pronoun && !st.parts.contains { $0.overlaps(x.provenance.span) }
        }
    }

    /// Statement `k` goes to `speaker`, with what it is about; its cue is noted in `changed`.
    func reassign(_ statements: inout [Statement], _ k: Int, to speaker: String, actors: ActorLayer, mentionIndex: SpanIndex,
                  changed: inout [Span: String], work: inout Int) {
        statements[k].speaker = speaker
        statements[k].about = about(statements[k].provenance.span, speaker: speaker, actors: actors, index: mentionIndex, work: &work)
        if let c = statements[k].cueSpan { changed[c] = speaker }
    }

    /// An organisation's "they" or "it" that speaks in the sentence after a statement whose speaker
    /// is no person (or two sentences on, when the sentence between opens with an organisation's pronoun too)
    /// goes on with that speaker: "Big Machine have twice denied doing
    /// anything wrong. “At no point did we say …,” they said in a statement." The Actors stage
    /// resolves such a pronoun only to an organisation it named, and may pick one named inside a
    /// quotation ("… block her Netflix special"); the statement before is the better guide. The
    /// speaker before is an actor of no person's kind, a speaker the text names that is no actor
    /// yet, or (for "they") people the text describes with a plural noun ("Officials said …").
    /// A pronoun already resolved to an actor the sentence names outside what was said keeps it.
    func organisationPronoun(_ statements: inout [Statement], _ k: Int, before p: Int, kind: String, doc: Document, actors: ActorLayer,
                             mentionIndex: SpanIndex, changed: inout [Span: String], work: inout Int) {
        let before = statements[p]
        let s = statements[k].provenance.sentence
        guard let speaker = before.speaker, speaker != statements[k].speaker, s - before.provenance.sentence <= 2,
              s > before.provenance.sentence else { return }
        // (two sentences on, the sentence between goes on with such a pronoun among its first three
        // words: "Now they've put out another statement …")
        if s - before.provenance.sentence == 2 {
            let r = doc.sentences[s - 1].tokens
            work += 3
            // ("they've" is one token)
            func bare(_ w: String) -> String { String(w.prefix { $0 != "'" && $0 != "’" }) }
            guard r.prefix(3).contains(where: { k in cues.pronouns.lookup(bare(doc.tokens[k].lower)).contains { ["plural", "thing"].contains($0["kind"] ?? "") && $0["possessive"] != "yes" && $0["case"] != "object" } }) else { return }
        }
        if speaker == Actor.unnamedSource {
            // (people described with a plural noun, for "they" only)
            guard kind == "plural", let bs = before.sourceSpan, let br = spanTokens(doc, bs), cues.isPlural(doc.tokens[br.upperBound - 1]) else { return }
        } else if let a = actors.actors[speaker] {
            guard a.kind != .person else { return }
            if kind == "thing" && a.kind == .group { return }
        } else {
            // (a speaker the text names but no actor: a name of capitalised words)
            guard speaker.first?.isUppercase == true else { return }
        }
        if namesSpeakerOutside(statements[k], sentence: s, doc: doc, actors: actors, mentionIndex: mentionIndex, work: &work) { return }
        reassign(&statements, k, to: speaker, actors: actors, mentionIndex: mentionIndex, changed: &changed, work: &work)
    }
}
