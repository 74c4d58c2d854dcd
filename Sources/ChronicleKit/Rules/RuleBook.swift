import Foundation

/// Every lexicon and rule file of one language, loaded once and validated.
///
/// Files are found by scanning `Resources/lexicons/<lang>/*.tsv` and
/// `Resources/rules/<lang>/*.rules`; there is no hand-kept index.
public struct RuleBook: Sendable {
    public var tokenizer: Tokenizer
    public var lexicons: LexiconStore
    public var classes: TokenClasses
    /// Rule sets by stage name (the file name without `.rules`).
    public var ruleSets: [String: RuleSet]
    /// Ids for every lowercase form a lexicon or rule names (see `Vocabulary`).
    public var vocabulary = Vocabulary()
    /// The class names in a fixed order: a compiled pattern refers to a class by its index.
    public var classNames: [String] = []
    /// The lexicon names in a fixed order: a compiled pattern refers to a lexicon by its index.
    public var lexiconNames: [String] = []
    var lexiconList: [Lexicon] = []
    var classList: [TokenClasses.Predicate] = []
    /// The token kinds of each class in `classList` (`TokenClasses.kinds`).
    var classKinds: [UInt8] = []
    /// The candidate index of each rule set, by stage name (`candidateIndex(_:)`).
    var candidateIndexes: [String: CandidateIndex] = [:]
    /// A hash of every rule and lexicon file and the code version: stored facts made with
    /// another fingerprint are re-analyzed by `chronicle reanalyze`.
    public var fingerprint: String = ""

    /// Bump when code changes would change what the rules produce.
    public static let codeVersion = "1"

    /// The layers that each stage's rules may refer to.
    public static let layers: Set<String> = ["actor", "quote", "time", "person", "event"]

    /// The bundled English rule book, loaded once.
    public static let english: Result<RuleBook, ChronicleError> = {
        do {
            return .success(try RuleBook.load(root: try resourceRoot(), language: "en"))
        } catch let e as ChronicleError {
            return .failure(e)
        } catch {
            return .failure(.missingResource(name: "\(error)"))
        }
    }()

    /// Loads the bundled English rule book or throws the loading error.
    public static func standard() throws -> RuleBook { try english.get() }

    /// A bundled data file (`relative` under the resource root) read and parsed once by `make`
    /// (its text and file name): what the lexicons of the event stage share.
    static func bundled<T>(_ relative: String, _ make: (String, String) throws -> T) -> Result<T, ChronicleError> {
        do {
            let url = try resourceRoot().appendingPathComponent(relative)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return .failure(.missingResource(name: relative)) }
            return .success(try make(text, url.lastPathComponent))
        } catch let e as ChronicleError {
            return .failure(e)
        } catch {
            return .failure(.missingResource(name: "\(error)"))
        }
    }

    /// A bundled word list (`relative` under the resource root): one word or phrase a line,
    /// comment lines (`#`) and blank lines skipped; empty when the file cannot be read (the
    /// tests of its users fail then).
    static func bundledWords(_ relative: String) -> Set<String> {
        let words = bundled(relative) { text, _ in
            Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
        }
        return (try? words.get()) ?? []
    }

    static func resourceRoot() throws -> URL {
        if let url = Bundle.module.url(forResource: "Resources", withExtension: nil) { return url }
        throw ChronicleError.missingResource(name: "Resources")
    }

    public static func load(root: URL, language: String) throws -> RuleBook {
        let abbrevs = try String(contentsOf: root.appendingPathComponent("lexicons/\(language)/abbreviations.tsv"), encoding: .utf8)
        let abbreviations = Set(abbrevs.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty })
        let tokenizer = Tokenizer(abbreviations: abbreviations)
        let lexicons = try LexiconStore.load(directory: root.appendingPathComponent("lexicons/\(language)"), tokenizer: tokenizer)
        var material = "code \(codeVersion)\n"
        let classes = RuleBook.classes(lexicons)
        var sets: [String: RuleSet] = [:]
        let dir = root.appendingPathComponent("rules/\(language)")
        for f in ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() where f.hasSuffix(".rules") {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            material += f + "\n" + text
            let set = try RuleSet.parse(file: f, text: text)
            try set.validate(lexicons: lexicons, classes: classes, layers: layers)
            sets[String(f.dropLast(6))] = set
        }
        let lexDir = root.appendingPathComponent("lexicons/\(language)")
        for f in ((try? FileManager.default.contentsOfDirectory(atPath: lexDir.path)) ?? []).sorted() where f.hasSuffix(".tsv") {
            material += f + "\n" + ((try? String(contentsOf: lexDir.appendingPathComponent(f), encoding: .utf8)) ?? "")
        }
        var book = RuleBook(tokenizer: tokenizer, lexicons: lexicons, classes: classes, ruleSets: sets)
        book.fingerprint = "en-" + ContentHash.of(material)
        book.freeze()
        return book
    }

    /// Builds the vocabulary from every lexicon key and pattern literal, freezes the lexicons
    /// into id-keyed tries and gives the tokenizer the vocabulary.
    mutating func freeze() {
        let vocab = Vocabulary()
        lexiconNames = lexicons.lexicons.keys.sorted()
        lexiconList = lexiconNames.map { lexicons.lexicons[$0]! }
        for lex in lexiconList { for k in lex.allKeys { vocab.add(k) } }
        func walk(_ n: PatternNode) {
            switch n {
            case .literal(let ws): for w in ws.sorted() { vocab.add(w) }
            case .not(let x), .notAhead(let x), .bind(_, let x): walk(x)
            case .group(let alts, _, _): alts.forEach { $0.forEach(walk) }
            default: break
            }
        }
        for name in ruleSets.keys.sorted() {
            for r in ruleSets[name]!.rules { r.pattern.forEach(walk) }
        }
        for lex in lexiconList { lex.freeze(vocab) }
        vocab.seal()
        var bits = [UInt64](repeating: 0, count: vocab.count)
        for (k, lex) in lexiconList.enumerated() where k < Vocabulary.lexiconBitCount {
            for id in lex.startIds { bits[Int(id)] |= 1 << UInt64(k) }
        }
        classNames = classes.predicates.keys.sorted()
        classList = classNames.map { classes.predicates[$0]! }
        classKinds = classNames.map { classes.kinds(of: $0) }
        vocabulary = vocab
        tokenizer.vocabulary = vocab
        let snapshot = self
        for name in ruleSets.keys.sorted() { ruleSets[name]!.compile(with: snapshot) }
        // each rule set's candidate index, built once, with its bit in the vocabulary
        let compiled = self
        for (n, name) in ruleSets.keys.sorted().enumerated() {
            let index = ruleSets[name]!.candidateIndex(book: compiled)
            if n < 64 - Vocabulary.lexiconBitCount {
                index.vocabBit = 1 << UInt64(Vocabulary.lexiconBitCount + n)
                for id in index.byId.keys where id >= 0 && Int(id) < bits.count { bits[Int(id)] |= index.vocabBit }
            }
            candidateIndexes[name] = index
        }
        vocab.lexiconBits = bits
    }

    /// The candidate index of a stage's rule set (built once by `freeze`).
    public func candidateIndex(_ stage: String) -> CandidateIndex {
        candidateIndexes[stage] ?? rules(stage).candidateIndex(book: self)
    }

    /// Compiles a pattern against this book (rules of the book come compiled).
    public func compile(_ pattern: [PatternNode]) -> CompiledPattern { CompiledPattern.compile(pattern, book: self) }

    /// The compiled pattern of a rule.
    public func program(_ rule: Rule) -> CompiledPattern { rule.compiled ?? compile(rule.pattern) }

    /// The rule set of a stage (empty when the file is absent).
    public func rules(_ stage: String) -> RuleSet { ruleSets[stage] ?? RuleSet(file: "\(stage).rules", rules: []) }

    /// Whether a word is a lowercase particle joined by a hyphen to a capitalised name: "al-Kadhimi",
    /// "el-Sisi", "ad-Din", "bin-Laden" (the `name-particles` entries of form `joined` or `both`).
    static func isJoinedParticleName(_ w: String, particles: Lexicon) -> Bool {
        let s = Array(w.unicodeScalars)
        guard let dash = s.firstIndex(of: "-"), dash >= 2, dash <= 4, dash + 2 < s.count, Tokenizer.isUpper(s[dash + 1]) else { return false }
        return particles.lookup(String(String.UnicodeScalarView(s[..<dash]))).contains { $0["form"] == "joined" || $0["form"] == "both" }
    }

    /// Token classes that need lexicons.
    static func classes(_ lex: LexiconStore) -> TokenClasses {
        var c = TokenClasses()
        let stop = lex.get("name-stopwords")
        let given = lex.get("given-names")
        let particles = lex.get("name-particles")
        let months = lex.get("months")
        let weekdays = lex.get("weekdays")
        let titles = lex.get("titles")
        // a capitalised word that can be part of a person's name
        // (the token is read field by field, not copied: these run at every capitalised token)
        c.define("name", kinds: TokenClasses.mask(.word)) { t, i in
            // "al-Kadhimi", "el-Sisi", "bin-Laden": a lowercase particle joined to a capitalised name
            if t[i].kind == .word && !t[i].isCapitalized {
                return i > 0 && t[i - 1].isCapitalized && t[i].text.utf8.contains(45) && RuleBook.isJoinedParticleName(t[i].text, particles: particles)
            }
            guard t[i].kind == .word, t[i].isCapitalized, !t[i].lower.utf8.contains(46) || t[i].text.utf8.count <= 2 else { return false }
            // a word with a digit names no one ("Brent LCOc1", a ticker)
            if t[i].text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) { return false }
            let id = t[i].id
            // a stopword or month right after a known given name is a family name: "Theresa May",
            // "George Will"; so is one after a capitalised name particle ("Haitham bin Tariq Al
            // Said": "Al", the particle `al` written as a name word)
            @inline(__always) func afterGiven() -> Bool {
                guard i > 0, t[i - 1].kind == .word, t[i - 1].isCapitalized else { return false }
                let g = t[i - 1].id
                if g != Vocabulary.unassigned && given.isFrozen ? given.hasSingle(id: g) : given.hasSingle(t[i - 1]) { return true }
                return i > 1 && t[i - 2].kind == .word && t[i - 2].isCapitalized && particles.lookup(t[i - 1].lower).contains { $0["form"] == "both" }
            }
            // (only a stopword marked `surname` can be one: "Edward Russell Is a reporter")
            @inline(__always) func surname() -> Bool { afterGiven() && stop.lookup(t[i].lower).contains { $0["surname"] == "yes" } }
            // a stopword marked `given` starts a name inside a sentence, before a capitalised
            // word: "“…,’’ Will Moy, chief executive of Full Fact, told the BBC" (not "Will the
            // deal pass?", "Will Brexit happen?" at a sentence's start)
            @inline(__always) func givenName() -> Bool {
                guard i > 0, !t[i].paragraphStart, i + 1 < t.count, t[i + 1].kind == .word, t[i + 1].isCapitalized,
                      !t[i - 1].text.isByte(46), !t[i - 1].text.isByte(63), !t[i - 1].text.isByte(33) else { return false }
                return stop.lookup(t[i].lower).contains { $0["given"] == "yes" }
            }
            // a title that ends a name after a known given name is a family name too: "Gayle
            // King said", "Stephen King's novel" (not "Gayle King Charles")
            @inline(__always) func titleSurname() -> Bool {
                afterGiven() && !(i + 1 < t.count && t[i + 1].kind == .word && t[i + 1].isCapitalized)
            }
            if id != Vocabulary.unassigned && stop.isFrozen {
                if weekdays.hasSingle(id: id) { return false }
                if titles.hasSingle(id: id) && !titleSurname() { return false }
                if months.hasSingle(id: id) { if !afterGiven() { return false } } else if stop.hasSingle(id: id) { if !surname() && !givenName() { return false } }
            } else {
                let tok = t[i]
                if weekdays.hasSingle(tok) { return false }
                if titles.hasSingle(tok) && !titleSurname() { return false }
                if months.hasSingle(tok) { if !afterGiven() { return false } } else if stop.hasSingle(tok) { if !surname() && !givenName() { return false } }
            }
            // all-caps words of 3+ letters are acronyms, not names
            return !(t[i].text.utf8.count >= 3 && t[i].text.unicodeScalars.allSatisfy({ !Tokenizer.isLower($0) }))
        }
        // a known given name (a hyphenated one by its first part: "Emir-Usein")
        c.define("given", kinds: TokenClasses.mask(.word)) { t, i in
            guard t[i].kind == .word, t[i].isCapitalized else { return false }
            let id = t[i].id
            if id != Vocabulary.unassigned && given.isFrozen ? given.hasSingle(id: id) : given.hasSingle(t[i]) { return true }
            if let h = t[i].lower.utf8.firstIndex(of: 45) { return !given.lookup(String(t[i].lower[..<h])).isEmpty }
            return false
        }
        // a lowercase particle inside a person's name: "Ursula von der Leyen", "Oscar de la
        // Renta", "Mohammed bin Salman", "Ludwig van Beethoven" (`name-particles` lexicon)
        c.define("particle", kinds: TokenClasses.mask(.word)) { t, i in
            t[i].kind == .word && !t[i].isCapitalized && particles.hasSingle(t[i]) && !particles.lookup(t[i].lower).contains { $0["form"] == "joined" }
        }
        // a single capital letter with a period: a middle initial
        c.define("initial") { t, i in
            let s = t[i].text.unicodeScalars
            return s.count == 2 && s.first!.properties.isUppercase && s.last == "."
        }
        // a decade written as digits: 1990s, '90s
        c.define("decade", kinds: TokenClasses.mask(.number)) { t, i in
            let s = t[i].lower
            guard s.hasSuffix("s"), t[i].kind == .number else { return false }
            let d = s.dropLast()
            return (d.count == 4 && d.hasSuffix("0") && d.allSatisfy(\.isNumber))
        }
        return c
    }
}
