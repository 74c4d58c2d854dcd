import Foundation

/// The trained syntax models: tagger, parser with labeler, morphology, and the names of their
/// classes. Loaded once per process from `Resources/models/`.
public struct SyntaxModel: Sendable {
    public let tables: SyntaxTables
    public let tagger: Tagger
    public let parser: Parser
    public let morphology: Morphology

    /// The model files, in `Resources/models/`.
    public static let files = ["syntax-tagger.bin", "syntax-parser.bin", "syntax-morphology.bin"]

    public init(tables: SyntaxTables, tagger: Tagger, parser: Parser, morphology: Morphology) {
        self.tables = tables
        self.tagger = tagger
        self.parser = parser
        self.morphology = morphology
    }

    /// The bundled English model, loaded once.
    public static let english: Result<SyntaxModel, ChronicleError> = {
        do {
            return .success(try SyntaxModel.load(directory: try RuleBook.resourceRoot().appendingPathComponent("models")))
        } catch let e as ChronicleError {
            return .failure(e)
        } catch {
            return .failure(.missingResource(name: "models: \(error)"))
        }
    }()

    /// Loads the bundled English model or throws the loading error.
    public static func standard() throws -> SyntaxModel { try english.get() }

    /// Reads the three model files from a directory.
    public static func load(directory: URL) throws -> SyntaxModel {
        func bytes(_ name: String) throws -> [UInt8] {
            let url = directory.appendingPathComponent(name)
            guard let d = FileManager.default.contents(atPath: url.path) else { throw ChronicleError.missingResource(name: "models/\(name)") }
            return [UInt8](d)
        }
        return try decode(tagger: bytes(files[0]), parser: bytes(files[1]), morphology: bytes(files[2]))
    }

    static let taggerMagic: UInt32 = 0x5453_4843, parserMagic: UInt32 = 0x5053_4843, morphMagic: UInt32 = 0x4D53_4843
    static let beamMagic: UInt32 = 0x4D41_4542  // "BEAM"
    static let templatesMagic: UInt32 = 0x4C50_4D54  // "TMPL"
    static let decodeMagic: UInt32 = 0x5743_4544  // "DECW"

    /// A model from the bytes of its three files.
    public static func decode(tagger t: [UInt8], parser p: [UInt8], morphology m: [UInt8]) throws -> SyntaxModel {
        var r = ByteReader(t, name: "models/syntax-tagger.bin")
        guard try r.u32() == taggerMagic else { throw r.error("not a tagger model") }
        let upos = try r.strings().map(UPOS.init(name:)), xpos = try r.strings()
        let na = Int(try r.u32())
        guard na < 1 << 24 else { throw r.error("table too large") }
        let flat = try r.u64s(2 * na)
        let amb = (0..<na).map { (flat[2 * $0], flat[2 * $0 + 1]) }
        guard amb.allSatisfy({ $0.0 != 0 }) else { throw r.error("bad ambiguity table") }
        let tagModel = try LinearModel(reading: &r)
        guard upos.count == xpos.count, tagModel.classes == upos.count, upos.count > 1 else { throw r.error("tag classes do not match") }
        r = ByteReader(p, name: "models/syntax-parser.bin")
        guard try r.u32() == parserMagic else { throw r.error("not a parser model") }
        let labels = try r.strings()
        let root = Int(try r.u32())
        let transitions = try LinearModel(reading: &r), labeler = try LinearModel(reading: &r)
        // a model trained for beam search goes on with its width ("BEAM", session 24), then,
        // since session 25, its template set ("TMPL") and the width to decode with ("DECW")
        // when they are not the basic set and the training width; a greedy model with the
        // basic templates (all files before session 24) ends here
        var beam = 1, decode: Int? = nil, templates = Parser.Templates.basic
        if r.at < r.data.count {
            guard try r.u32() == beamMagic else { throw r.error("not a beam width") }
            beam = Int(try r.u32())
            guard beam >= 1, beam <= 256 else { throw r.error("bad beam width") }
            // then the optional records, in this order, each at most once
            var next = 0
            while r.at < r.data.count {
                let tag = try r.u32()
                if tag == templatesMagic && next == 0 {
                    guard let t = Parser.Templates(rawValue: try r.u32()), t != .basic else { throw r.error("bad template set") }
                    templates = t
                    next = 1
                } else if tag == decodeMagic && next <= 1 {
                    let d = Int(try r.u32())
                    guard d >= 1, d <= 256, d != beam else { throw r.error("bad decoding width") }
                    decode = d
                    next = 2
                } else {
                    throw r.error("not a template set or decoding width")
                }
            }
            guard r.at == r.data.count else { throw r.error("bad beam width") }
        }
        guard transitions.classes == 3, labeler.classes == labels.count, root < labels.count, labels.count < 255 else {
            throw r.error("parser classes do not match")
        }
        r = ByteReader(m, name: "models/syntax-morphology.bin")
        guard try r.u32() == morphMagic else { throw r.error("not a morphology model") }
        let morph = try Morphology.read(&r)
        guard morph.defaultFeats.count == upos.count, morph.feats.count < 65536 else { throw r.error("morphology classes do not match") }
        return SyntaxModel(tables: SyntaxTables(upos: upos, xpos: xpos, labels: labels, feats: morph.feats),
                           tagger: Tagger(model: tagModel, ambiguity: amb), parser: Parser(transitions: transitions, labeler: labeler, rootLabel: root, beamWidth: decode ?? beam,
                                                                                                      trainingWidth: beam, templates: templates),
                           morphology: morph)
    }

    /// The bytes of the three files (tagger, parser, morphology).
    public func encode(knownPairs: [(UInt64, UInt64)], suffixPairs: [(UInt64, UInt64)]) -> [[UInt8]] {
        var t = ByteWriter()
        t.u32(Self.taggerMagic)
        t.strings(tables.upos.map(\.name))
        t.strings(tables.xpos)
        t.u32(UInt32(tagger.ambiguityPairs.count))
        for (k, v) in tagger.ambiguityPairs { t.u64(k); t.u64(v) }
        t.bytes(tagger.model.serialized())
        var p = ByteWriter()
        p.u32(Self.parserMagic)
        p.strings(tables.labels)
        p.u32(UInt32(parser.rootLabel))
        p.bytes(parser.transitions.serialized())
        p.bytes(parser.labeler.serialized())
        // the basic greedy model ends here (as all files before session 24); a beam model
        // records its training width, then the template set and the decoding width when they
        // are not the basic set and the training width
        if parser.trainingWidth > 1 || parser.templates != .basic || parser.beamWidth != parser.trainingWidth {
            p.u32(Self.beamMagic)
            p.u32(UInt32(parser.trainingWidth))
            if parser.templates != .basic {
                p.u32(Self.templatesMagic)
                p.u32(parser.templates.rawValue)
            }
            if parser.beamWidth != parser.trainingWidth {
                p.u32(Self.decodeMagic)
                p.u32(UInt32(parser.beamWidth))
            }
        }
        var m = ByteWriter()
        m.u32(Self.morphMagic)
        morphology.write(&m, known: knownPairs, suffix: suffixPairs)
        return [t.data, p.data, m.data]
    }
}

/// Annotates sentences with a `SyntaxModel`, keeping its scratch space between sentences.
public struct SyntaxAnnotator {
    public let model: SyntaxModel
    var hashes: [WordHashes] = []
    var buffer: [UInt32] = []
    var tags: [UInt16] = []
    var w: [UInt64] = []
    var t: [UInt64] = []
    var scores: [Int32]
    var scratch = Parser.Scratch()
    let wordCache: Tagger.WordCache
    let parseCache = Parser.WordCache()
    static let rootHash = FeatureHash.string("<ROOT>")

    public init(model: SyntaxModel) {
        self.init(model: model, wordCache: Tagger.WordCache(classes: model.tagger.model.classes))
    }

    /// An annotator with a word cache of the model's tagger (warm from earlier documents).
    init(model: SyntaxModel, wordCache: Tagger.WordCache) {
        self.model = model
        self.wordCache = wordCache
        scores = [Int32](repeating: 0, count: max(model.tagger.model.classes, model.parser.labeler.classes, 3) + 1)
    }

    /// One annotated sentence: per word, tag class, lemma, feats id, head (0 = root, else
    /// 1-based word number) and relation id.
    public struct Sentence {
        public var tag: [UInt16] = []
        public var lemma: [String] = []
        public var feats: [UInt16] = []
        public var head: [Int32] = []
        public var deprel: [UInt8] = []
        public init() {}
    }

    /// Tags, lemmatizes and parses the words of one sentence, appending to `out` (heads 1-based
    /// within the sentence, 0 for the root).
    public mutating func annotate(_ forms: [String], into out: inout Sentence) {
        hashes.removeAll(keepingCapacity: true)
        for f in forms { hashes.append(WordHashes.of(f, buffer: &buffer)) }
        annotateHashed(forms.count, form: { forms[$0] }, into: &out)
    }

    /// Like `annotate`, with the hashes already in `hashes` and forms given by index.
    /// With `parse: false` only the tagger and the morphology run: every head is 0 and every
    /// relation 0 (the tags of the default analysis, `SyntaxAnalyzer.analyze(_:parse:)`).
    mutating func annotateHashed(_ n: Int, form: (Int) -> String, into out: inout Sentence, parse: Bool = true) {
        guard n > 0 else { return }
        tags.removeAll(keepingCapacity: true)
        tags.append(contentsOf: repeatElement(0, count: n))
        let tagger = model.tagger
        hashes.withUnsafeBufferPointer { hp in
            tags.withUnsafeMutableBufferPointer { tp in
                scores.withUnsafeMutableBufferPointer { sp in tagger.tag(hp, tp.baseAddress!, sp.baseAddress!, cache: wordCache) }
            }
        }
        let morph = model.morphology
        for i in 0..<n {
            let c = Int(tags[i])
            out.tag.append(tags[i])
            let (lemma, feats) = morph.lemmaAndFeats(form(i), hashes[i], c)
            out.lemma.append(lemma)
            out.feats.append(UInt16(feats))
        }
        guard parse else {
            out.head.append(contentsOf: repeatElement(0, count: n))
            out.deprel.append(contentsOf: repeatElement(0, count: n))
            return
        }
        w.removeAll(keepingCapacity: true)
        t.removeAll(keepingCapacity: true)
        w.append(Self.rootHash)
        t.append(UInt64(model.tagger.model.classes))
        for i in 0..<n { w.append(hashes[i].norm); t.append(UInt64(tags[i])) }
        w.withUnsafeBufferPointer { wp in
            t.withUnsafeBufferPointer { tp in model.parser.parse(n, wp.baseAddress!, tp.baseAddress!, &scratch, cache: parseCache) }
        }
        for i in 1...n {
            out.head.append(scratch.head[i])
            out.deprel.append(scratch.label[i] &- 1)
        }
    }
}
