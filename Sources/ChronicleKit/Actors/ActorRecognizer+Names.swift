/// Where names end and what kind of actor they are: the candidates of the rules, adjusted by
/// the other candidates around them, by the head word of the name (`actor-heads` lexicon) and
/// by the parse (`Document.syntax`).
extension ActorRecognizer {
    /// Adjusts person candidates and drops products (docs/Actors.md, "Name spans and types"):
    /// - a person name that begins with a country or organisation another candidate found
    ///   ("Ukraine Volodymyr Zelenskyy", "Iran Brian Hook", "[United] Nations Nikki Haley") starts
    ///   after it, when two name words are left and the first of them is a given name or the
    ///   part cut off is not one ("Jordan Peterson" stays);
    /// - a descriptor before a given name and a surname is cut off ("Billionaire Donald Trump");
    ///   an initial before the given name is part of the name ("C. Everett Koop");
    /// - a person name whose last word is an organisation or media head ("Amnesty
    ///   International", "Cyprus Mail") is that kind of actor, and one whose last word is a
    ///   country and whose first is no given name an organisation ("Vodafone Egypt");
    /// - an organisation followed by a model number or a product noun ("Boeing 737-800 jet",
    ///   "an Airbus A320") is a product, not an actor.
    func refine(_ cands: inout [Candidate], doc: Document, work: inout Int) {
        guard !cands.isEmpty else { return }
        let heads = book.lexicons.get("actor-heads")
        let given = book.lexicons.get("given-names")
        let countries = book.lexicons.get("countries")
        let titles = book.lexicons.get("titles")
        let tokens = doc.tokens
        // the non-person candidates, by the token they end before
        var endsAt: [Int: [Range<Int>]] = [:]
        for c in cands where (c.rule.kind ?? "") != ActorKind.person.rawValue {
            endsAt[c.match.upperBound, default: []].append(c.match)
        }
        work += cands.count
        for k in cands.indices {
            let kind = cands[k].rule.kind ?? ""
            let ext = cands[k].extent
            if kind == ActorKind.organization.rawValue || kind == ActorKind.media.rawValue {
                let next = ext.upperBound
                if next < tokens.count && isProductAfter(next, doc: doc, heads: heads) { cands[k].dropped = true }
                continue
            }
            guard kind == ActorKind.person.rawValue, ext.count >= 2,
                  let n = cands[k].captures.firstIndex(where: { $0.name == "name" }), cands[k].captures[n].tokens == ext else { continue }
            // a country or organisation ends inside the name, leaving two words or more
            work += ext.count
            var cut = ext.lowerBound
            for e in (ext.lowerBound + 1)..<(ext.upperBound - 1) {
                guard let ms = endsAt[e], ms.contains(where: { $0.lowerBound <= ext.lowerBound }) else { continue }
                if given.hasSingle(tokens[e]) || !given.hasSingle(tokens[ext.lowerBound]) { cut = e }
            }
            // a descriptor before a full name ("Billionaire Donald Trump", "Republican Mitt
            // Romney"): a first word that is no given name before one that is, three words or more
            // (not in an apposition, where a descriptor is written in lower case: "the Libyan, Atif
            // Issa Enhamed, …")
            if cut == ext.lowerBound && ext.count >= 3 && !given.hasSingle(tokens[ext.lowerBound])
                && given.hasSingle(tokens[ext.lowerBound + 1]) && tokens[ext.lowerBound + 1].isCapitalized
                && !(ext.lowerBound > 0 && tokens[ext.lowerBound - 1].text == ",") {
                cut = ext.lowerBound + 1
            }
            if cut > ext.lowerBound {
                let r = cut..<ext.upperBound
                cands[k].extent = r
                cands[k].captures[n].tokens = r
            } else if ext.lowerBound >= 1, given.hasSingle(tokens[ext.lowerBound]), ActorRecognizer.isInitial(tokens[ext.lowerBound - 1]),
                      tokens[ext.lowerBound - 1].spaceBefore || ext.lowerBound == 1,
                      !(ext.lowerBound >= 2 && (ActorRecognizer.isInitial(tokens[ext.lowerBound - 2]) || tokens[ext.lowerBound - 2].text == "."
                        || (tokens[ext.lowerBound - 2].kind == .word && tokens[ext.lowerBound - 2].isCapitalized && !titles.hasSingle(tokens[ext.lowerBound - 2])))) {
                // an initial before the given name is the name's first ("C. Everett Koop", "J.
                // Edgar Hoover"), after a word in lower case, a title or nothing (not after another
                // initial or a capitalised word: "Washington, D.C. John Smith")
                let r = (ext.lowerBound - 1)..<ext.upperBound
                cands[k].extent = r
                cands[k].captures[n].tokens = r
            }
            // the head word of the name decides its kind, or that it is no actor
            let last = cands[k].extent.upperBound - 1
            if let hit = heads.longest(tokens, at: last, end: last + 1), tokens[last].isCapitalized,
               let kk = hit.entries.first?["kind"] {
                if kk == "none" { cands[k].dropped = true; continue }
                if let other = ActorKind(rawValue: kk) { cands[k].kind = other }
            } else if last + 1 < tokens.count, tokens[last + 1].isCapitalized, tokens[last + 1].spaceBefore,
                      let hit = heads.longest(tokens, at: last + 1, end: last + 2), let kk = hit.entries.first?["kind"],
                      let other = ActorKind(rawValue: kk), other != .person, doc.sentence(containingToken: last + 1) == cands[k].sentence {
                // a name right before an organisation head is that organisation's name ("Travis
                // County Republican Party", "Bill Gates Foundation")
                let r = cands[k].extent.lowerBound..<(last + 2)
                cands[k].extent = r
                cands[k].captures[n].tokens = r
                cands[k].kind = other
                cands[k].ruleId = "actor.organization.head-word"
            } else if !given.hasSingle(tokens[cands[k].extent.lowerBound]), countries.longest(tokens, at: last, end: last + 1) != nil {
                // a name ending in a country that opens with no given name is a company's branch
                // there ("Vodafone Egypt said", "MTN Nigeria"), no person
                cands[k].kind = .organization
            }
        }
    }

    /// The candidates of `actor.organization.head-name` (capitalised words ending in a head word
    /// of `actor-heads`), kept only when the head is marked `names` (they take its kind):
    /// - a name that begins with a country's name (not its adjective) starts after it ("the
    ///   U.S. Capitol Police": "Capitol Police"), or is dropped when no name word is left ("the
    ///   Nigeria Police"), unless the head keeps it (`actor-heads` country=keep: "Kenya Television",
    ///   "U.S. Embassy");
    /// - a first word that is no part of the name is cut off: a compound with a lower-case part
    ///   ("Miami-based Carnival Cruise Lines"), a number ("Twelve Arab League ministers"), the
    ///   sentence's first word when the article writes it in lower case too ("Replied State
    ///   Department officials") or when it ends in "-ing" ("Watching NBA League games");
    /// - a place that begins before the name and ends inside it is part of it ("New York
    ///   University");
    /// - a name that a longer one goes on before is dropped (after a capitalised word, "&",
    ///   "of", "and", "for" or a possessive: "Procter & Gamble Co.", "Young's Market Co."; not
    ///   a country's or place's: "Israel's Labor Party");
    /// - "of" or "for" and capitalised words after the head are part of the name ("National
    ///   Association of Manufacturers"), unless they name a country or the head is a legal
    ///   form ("Royal Trustco Ltd. of Toronto");
    /// - nothing in a sentence written in title case (nine in ten of its words of four letters
    ///   or more capitalised, at least four, as in a headline, where a name runs into the words
    ///   around it).
    /// One pass over the candidates; each sentence's case counted once, the article's lower-case
    /// words gathered once when first needed.
    func checkHeadNames(_ cands: inout [Candidate], doc: Document, work: inout Int) {
        let heads = book.lexicons.get("actor-heads")
        let stop = book.lexicons.get("name-stopwords")
        let numbers = book.lexicons.get("numbers")
        let places = book.lexicons.get("places")
        let countries = book.lexicons.get("countries")
        let capitals = book.lexicons.get("countries:capitals")
        let weekdays = book.lexicons.get("weekdays")
        let months = book.lexicons.get("months")
        let tokens = doc.tokens
        var titleCase: [Int: Bool] = [:]
        /// Whether sentence `i` is written in title case (counted once per sentence).
        func isTitleCase(_ i: Int) -> Bool {
            if let known = titleCase[i] { return known }
            let sentence = doc.sentences[i].tokens
            work += sentence.count
            titleCase[i] = ActorRecognizer.capitalizesItsWords(sentence, tokens)
            return titleCase[i]!
        }
        var lowered = LowerCaseWords()
        func writtenInLowerCase(_ w: String) -> Bool { lowered.contains(w, in: doc, work: &work) }
        func isNameWord(_ i: Int) -> Bool {
            let t = tokens[i]
            return t.kind == .word && t.isCapitalized && !stop.hasSingle(t) && !countries.hasSingle(t)
        }
        // a source after "according to" (`according-to`, `according-to-the`): a medium when its
        // last word is a medium's head word ("the Wall Street Journal"); without "the", not a
        // person's family name in the article ("according to Biden")
        var familyNames: Set<String>?
        for k in cands.indices where !cands[k].dropped && (cands[k].rule.id == "actor.organization.according-to" || cands[k].rule.id == "actor.organization.according-to-the") {
            let c = cands[k]
            work += c.extent.count
            if c.rule.id == "actor.organization.according-to" {
                if familyNames == nil {
                    // the last words of persons' names, and of any two capitalised words in a row
                    // ("certified nutritionist Anju Mobin": a name later stages find)
                    var names = Set<String>()
                    for o in cands where !o.dropped && o.rule.kind == "person" && o.extent.count >= 2 {
                        work += 1
                        names.insert(tokens[o.extent.upperBound - 1].lower)
                    }
                    work += tokens.count
                    for i in tokens.indices.dropFirst() where tokens[i].kind == .word && tokens[i].isCapitalized
                        && tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized && !tokens[i - 1].paragraphStart {
                        names.insert(tokens[i].lower)
                    }
                    familyNames = names
                }
                if c.extent.count == 1 && familyNames!.contains(tokens[c.extent.lowerBound].lower) { cands[k].dropped = true; continue }
            }
            if let hit = heads.longest(tokens, at: c.extent.upperBound - 1, end: c.extent.upperBound), hit.entries.first?["kind"] == "media" {
                cands[k].kind = .media
            }
        }
        var known: [Bool]?
        // a head word first ("Centre for Economic Policy Research"): an organisation's head, any
        // of its `names` values, and not in a title-case sentence
        for k in cands.indices where cands[k].rule.id == "actor.organization.head-of-name" && !cands[k].dropped {
            let c = cands[k]
            work += 1
            guard let h = c.captures.first(where: { $0.name == "h" })?.tokens, h.count == 1,
                  let hit = heads.longest(tokens, at: h.lowerBound, end: h.upperBound),
                  let e = hit.entries.first, let kind = ActorKind(rawValue: e["kind"] ?? ""), kind == .organization,
                  doc.sentences.indices.contains(c.sentence), !isTitleCase(c.sentence) else {
                cands[k].dropped = true
                continue
            }
            // a name a lexicon knows inside it is that organisation ("the U.S. Department of State")
            if known == nil {
                var mask = [Bool](repeating: false, count: tokens.count)
                for o in cands where o.rule.id == "actor.organization" && !o.dropped {
                    work += o.extent.count
                    for t in o.extent { mask[t] = true }
                }
                known = mask
            }
            if c.extent.contains(where: { known![$0] }) { cands[k].dropped = true; continue }
            cands[k].kind = kind
            for n in cands[k].captures.indices where cands[k].captures[n].name == "name" {
                // the name is the words, not the head's lexicon value ("Centre"), and starts after
                // a country's name ("the U.S. Bureau of Prisons")
                cands[k].captures[n].entry = nil
                let r = cands[k].captures[n].tokens
                if let hit = countries.longest(tokens, at: r.lowerBound, end: h.lowerBound) {
                    let rest = (r.lowerBound + Int(hit.length))..<r.upperBound
                    cands[k].captures[n].tokens = rest
                    cands[k].extent = rest
                }
            }
        }
        for k in cands.indices where cands[k].rule.id == "actor.organization.head-name" && !cands[k].dropped {
            let c = cands[k]
            guard let h = c.captures.first(where: { $0.name == "h" })?.tokens, let ni = c.captures.firstIndex(where: { $0.name == "name" }),
                  let hit = heads.longest(tokens, at: h.lowerBound, end: h.upperBound),
                  let e = hit.entries.first(where: { $0["names"] == "yes" }), let kind = ActorKind(rawValue: e["kind"] ?? "") else {
                cands[k].dropped = true
                continue
            }
            cands[k].kind = kind
            var n = c.captures[ni].tokens
            work += n.count
            let sentence = doc.sentences.indices.contains(c.sentence) ? doc.sentences[c.sentence].tokens : n
            // a country's name first is the country's own mention: the name starts after it
            // ("the U.S. Capitol Police": "Capitol Police"), if a name word is left
            if let hit = countries.longest(tokens, at: n.lowerBound, end: n.upperBound) {
                let rest = (n.lowerBound + Int(hit.length))..<n.upperBound
                // (but a country before a head marked country=keep is part of the name: "Bushnell told
                // Kenya Television", "a U.S. Embassy official", as "the Nigeria Police" is the country's)
                if e["country"] == "keep" {
                    // the whole name
                } else if rest.lowerBound >= h.lowerBound || !isNameWord(rest.lowerBound) {
                    cands[k].dropped = true
                    continue
                } else {
                    n = rest
                }
            }
            // a first word that is no part of the name
            let f = tokens[n.lowerBound]
            if n.lowerBound != c.captures[ni].tokens.lowerBound {
                // (cut after a country already)
            } else if ActorRecognizer.isLowerCaseCompound(f)
                || numbers.hasSingle(f)
                || (n.lowerBound == sentence.lowerBound && (writtenInLowerCase(f.lower) || f.lower.hasSuffix("ing"))) {
                n = (n.lowerBound + 1)..<n.upperBound
                if n.lowerBound >= h.lowerBound { cands[k].dropped = true; continue }
            } else if let j = placeBefore(n, sentence: sentence, doc: doc, places: places, countries: countries) {
                // a place that began before it is part of the name ("New York University")
                n = j..<n.upperBound
            } else if n.lowerBound > sentence.lowerBound {
                // a longer name goes on before it
                let p = tokens[n.lowerBound - 1]
                let possessive = ["'s", "’s", "'", "’"].contains(p.lower)
                let owner = n.lowerBound >= 2 ? tokens[n.lowerBound - 2] : p
                if possessive && (countries.hasSingle(owner) || places.hasSingle(owner)) {
                    // a country's or place's organisation
                } else if (p.kind == .word && p.isCapitalized && !stop.hasSingle(p)) || possessive {
                    cands[k].dropped = true
                    continue
                } else if ["&", "of", "and", "for"].contains(p.lower), n.lowerBound - 1 > sentence.lowerBound,
                          tokens[n.lowerBound - 2].kind == .word, tokens[n.lowerBound - 2].isCapitalized {
                    // a longer name joined by a word after a capitalised one ("Procter & Gamble Co.",
                    // "Centre for Policy Research Group"); after a word in lower case or a comma the
                    // name starts here: "and LG Electronics had 3 GW", "a unit of Hanwha Group"
                    cands[k].dropped = true
                    continue
                }
            }
            // "of" or "for" and capitalised words after the head (at most three), no country
            var end = n.upperBound
            if end + 1 < sentence.upperBound, tokens[end].lower == "of" || tokens[end].lower == "for", isNameWord(end + 1),
               !hit.entries.contains(where: { $0["legal"] == "yes" }) {
                var j = end + 1
                while j < sentence.upperBound, j < end + 4, isNameWord(j) { j += 1 }
                end = j
            }
            // "in" and a city after a head marked `in` ("the U.S. Embassy in Pretoria"): a place or
            // capital of the lexicons, else one to three capitalised words that end there (no
            // weekday or month: "in Nairobi Friday"; not before "'s": "in Tanzania's capital")
            if e["in"] == "yes", end == h.upperBound, end + 1 < sentence.upperBound, tokens[end].lower == "in",
               tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized {
                var j = end + 1
                if let hit = places.longest(tokens, at: j, end: sentence.upperBound) ?? capitals.longest(tokens, at: j, end: sentence.upperBound) {
                    j += Int(hit.length)
                } else {
                    while j < sentence.upperBound && j < end + 4 && tokens[j].kind == .word && tokens[j].isCapitalized
                            && !weekdays.hasSingle(tokens[j]) && !months.hasSingle(tokens[j]) { j += 1 }
                }
                if j > end + 1, !(j < sentence.upperBound && (["'s", "’s"].contains(tokens[j].lower) || (tokens[j].kind == .word && tokens[j].isCapitalized))) {
                    end = j
                }
            }
            if n.lowerBound != c.captures[ni].tokens.lowerBound || end != n.upperBound {
                n = n.lowerBound..<end
                cands[k].captures[ni].tokens = n
                cands[k].extent = n
            }
            if doc.sentences.indices.contains(c.sentence) && isTitleCase(c.sentence) { cands[k].dropped = true }
        }
    }

    /// The candidates of `actor.organization.name-before-noun` ("the United Auto Workers union")
    /// take the kind of their noun (`name-nouns`: "the Guardian newspaper" is a medium); a name
    /// that is a country, place or person's title only ("the Ukraine group") or a compound with a
    /// lower-case part ("the Koch-backed group") is dropped.
    func checkNounNames(_ cands: inout [Candidate], doc: Document, work: inout Int) {
        let nouns = book.lexicons.get("name-nouns")
        let tokens = doc.tokens
        for k in cands.indices where (cands[k].rule.id == "actor.organization.name-before-noun" || cands[k].rule.id == "actor.organization.noun-called-name") && !cands[k].dropped {
            let c = cands[k]
            work += 1
            guard let h = c.captures.first(where: { $0.name == "h" })?.tokens, let e = nouns.longest(tokens, at: h.lowerBound, end: h.upperBound)?.entries.first,
                  let kind = ActorKind(rawValue: e["kind"] ?? "") else {
                cands[k].dropped = true
                continue
            }
            let n = c.extent
            // (nor a compound with a lower-case part: "the Koch-backed group")
            if ["countries", "countries:adjectives", "places", "titles", "months", "weekdays"].contains(where: { book.lexicons.get($0).longest(tokens, at: n.lowerBound, end: n.upperBound)?.length == n.count })
                || n.contains(where: { ActorRecognizer.isLowerCaseCompound(tokens[$0]) }) {
                cands[k].dropped = true
                continue
            }
            cands[k].kind = kind
        }
    }

    /// The start of a place or country name that begins one or two capitalised words before
    /// `n` and ends inside it ("New York" of "York University"), or nil.
    func placeBefore(_ n: Range<Int>, sentence: Range<Int>, doc: Document, places: Lexicon, countries: Lexicon) -> Int? {
        let tokens = doc.tokens
        for j in stride(from: n.lowerBound - 1, through: max(sentence.lowerBound, n.lowerBound - 2), by: -1) {
            // (not an article that opens a country's name: "The U.S. Embassy" is "U.S. Embassy")
            guard tokens[j].kind == .word, tokens[j].isCapitalized, tokens[j].lower != "the" else { return nil }
            for lex in [places, countries] {
                if let hit = lex.longest(tokens, at: j, end: n.upperBound), j + hit.length > n.lowerBound { return j }
            }
        }
        return nil
    }

    /// Whether the token at `i` makes the name before it a product: a model number ("737",
    /// "A320", "737-800"), or a product noun of `actor-heads` ("jet").
    func isProductAfter(_ i: Int, doc: Document, heads: Lexicon) -> Bool {
        let t = doc.tokens[i]
        // (not a year: "Boeing 2019 results"; not a score of two numbers of one or two digits:
        // "the Kansas City Chiefs 20-13", as "Boeing 737-800" is a model)
        if t.kind == .number {
            let ts = doc.tokens
            if t.text.utf8.count <= 2, i + 2 < ts.count, ts[i + 1].text == "-", ts[i + 2].kind == .number, ts[i + 2].text.utf8.count <= 2 { return false }
            return !(t.text.utf8.count == 4 && (t.text.hasPrefix("19") || t.text.hasPrefix("20")))
        }
        if t.kind == .word && t.text.unicodeScalars.contains(where: { $0.properties.numericType != nil })
            && t.text.unicodeScalars.contains(where: { Tokenizer.isUpper($0) }) { return true }
        if t.kind == .word, let hit = heads.longest(doc.tokens, at: i, end: i + 1), hit.entries.first?["kind"] == "product" {
            // by the parse when there is one: the noun the name modifies
            if doc.syntax.count > 0 {
                let w = doc.syntax.words(ofToken: i)
                return w.isEmpty || doc.syntax.upos[w.lowerBound] == .NOUN
            }
            return true
        }
        return false
    }

    /// A single capital letter and a period ("C."), as `#initial` reads it.
    static func isInitial(_ t: Token) -> Bool {
        let s = t.text.unicodeScalars
        return s.count == 2 && s.first!.properties.isUppercase && s.last == "."
    }
}
