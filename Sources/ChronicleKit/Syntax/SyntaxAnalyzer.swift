/// The Syntax stage: tags, lemmatizes and parses every sentence of a document, after Text and
/// before Time. It adds a `SyntaxLayer` (flat per-word arrays) to the document.
///
/// Chronicle's tokens become UD words one for one, except contractions, which UD splits:
/// "don't" → "do" + "n't", "can't" → "ca" + "n't", "I'm" → "I" + "'m", "cannot" →
/// "can" + "not", "gonna" → "gon" + "na". Chronicle already splits a possessive "'s"
/// ("Russia's" → "Russia" + "'s") and keeps "U.S." whole, as UD does.
public struct SyntaxAnalyzer: Sendable {
    public let model: SyntaxModel

    public init(model: SyntaxModel) { self.model = model }

    /// The scalars of the second word of a contraction, if the token is one.
    public static func cliticLength(_ text: String) -> Int? {
        // most tokens: the bytes read in place, and none of the exits below can pass
        if let none = text.utf8.withContiguousStorageIfAvailable({ hasNoClitic($0) }), none { return nil }
        var apostrophe = false, n = 0
        var last: UInt8 = 0
        for b in text.utf8 {
            if b == 0x27 || b == 0xE2 { apostrophe = true }
            n += 1
            last = b
        }
        guard n >= 3 else { return nil }
        if !apostrophe {
            guard n == 5 || n == 6, let f = text.utf8.first else { return nil }
            let f0 = f | 0x20
            guard f0 == 0x63 || f0 == 0x67 || f0 == 0x77 else { return nil }
            // the forms compared in lower case, byte by byte (ASCII letters: `| 0x20` lowers
            // them and maps no other byte to a lowercase letter)
            func equals(_ word: StaticString) -> Bool {
                guard text.utf8.count == word.utf8CodeUnitCount else { return false }
                var k = 0
                for b in text.utf8 {
                    if b | 0x20 != word.utf8Start[k] || !((b >= 65 && b <= 90) || (b >= 97 && b <= 122)) { return false }
                    k += 1
                }
                return true
            }
            if equals("cannot") { return 3 }
            if equals("gonna") || equals("wanna") || equals("gotta") { return 2 }
            return nil
        }
        // every clitic ends in one of the letters t, e, l, m, d, s ("n't", "'re", "'ve", "'ll",
        // "'m", "'d", "'s"): a token ending otherwise (a curly quote, a dash) has none
        switch last | 0x20 {
        case 0x74, 0x65, 0x6C, 0x6D, 0x64, 0x73: break
        default: return nil
        }
        let s = Array(text.unicodeScalars.suffix(4)).map { WordHashes.lowercase(Unicode.Scalar(WordHashes.normalize($0.value)) ?? $0) }
        let c = s.count
        func tail(_ k: Int) -> [UInt32] { Array(s.suffix(k)) }
        let total = text.unicodeScalars.count
        if c >= 3 && tail(3) == [110, 39, 116] && total > 3 { return 3 }  // n't
        if c >= 3 && total > 3 && (tail(3) == [39, 114, 101] || tail(3) == [39, 118, 101] || tail(3) == [39, 108, 108]) { return 3 }  // 're 've 'll
        if c >= 2 && total > 2 && (tail(2) == [39, 109] || tail(2) == [39, 100] || tail(2) == [39, 115]) { return 2 }  // 'm 'd 's
        return nil
    }

    /// Whether `cliticLength` returns nil at one of its first exits on these bytes: fewer than
    /// three; no apostrophe and not a five- or six-byte word starting with c, g or w; an
    /// apostrophe and a last byte that ends no clitic. (False: the full test decides.)
    @inline(__always)
    static func hasNoClitic(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard n >= 3 else { return true }
        var apostrophe = false
        for x in b where x == 0x27 || x == 0xE2 { apostrophe = true; break }
        if !apostrophe {
            guard n == 5 || n == 6 else { return true }
            let f0 = b[0] | 0x20
            return !(f0 == 0x63 || f0 == 0x67 || f0 == 0x77)
        }
        switch b[n - 1] | 0x20 {
        case 0x74, 0x65, 0x6C, 0x6D, 0x64, 0x73: return false
        default: return true
        }
    }

    /// Adds this stage's layer to `doc`: the parse (`Document.syntax`) when `parse`, else the tags,
    /// lemmas and features of the default analysis (`Document.tags`). The one path by which
    /// `Pipeline` and `AttributionExport` run the stage, so both commands read the same word classes.
    public func annotate(_ doc: inout Document, parse: Bool) {
        if parse { doc.syntax = analyze(doc) } else { doc.tags = analyze(doc, parse: false) }
    }

    /// The syntax of a document's sentences (tokens outside every sentence are parsed as
    /// sentences of their own). With `parse: false`, tags, lemmas and features only (every
    /// word a root, `SyntaxLayer.parsed` false): a third of the stage's cost, what the default
    /// analysis runs (`Document.tags`).
    public func analyze(_ doc: Document, parse: Bool = true) -> SyntaxLayer {
        var layer = SyntaxLayer()
        layer.tables = model.tables
        layer.parsed = parse
        let nt = doc.tokens.count
        layer.tokenWord.reserveCapacity(nt + 1)
        layer.wordToken.reserveCapacity(nt + nt / 64)
        // (the tagger's word cache is kept from one document to the next)
        let cache = Tagger.WordCache.Pool.shared.take(for: model.tagger)
        defer { Tagger.WordCache.Pool.shared.give(cache, for: model.tagger) }
        var ann = SyntaxAnnotator(model: model, wordCache: cache)
        var out = SyntaxAnnotator.Sentence()
        var forms: [String] = []
        func run(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            let base = layer.wordToken.count
            layer.sentenceStart.append(Int32(base))
            ann.hashes.removeAll(keepingCapacity: true)
            forms.removeAll(keepingCapacity: true)
            for t in range {
                let tok = doc.tokens[t]
                layer.tokenWord.append(Int32(layer.wordToken.count))
                if let k = Self.cliticLength(tok.text) {
                    let u = tok.text.unicodeScalars
                    let cut = u.count - k
                    let first = String(String.UnicodeScalarView(u.prefix(cut))), second = String(String.UnicodeScalarView(u.suffix(k)))
                    for (f, span) in [(first, Span(tok.span.start, tok.span.start + cut)), (second, Span(tok.span.start + cut, tok.span.end))] {
                        layer.wordToken.append(Int32(t))
                        layer.wordSpan.append(span)
                        forms.append(f)
                        ann.hashes.append(WordHashes.of(f, buffer: &ann.buffer))
                    }
                } else {
                    layer.wordToken.append(Int32(t))
                    layer.wordSpan.append(tok.span)
                    forms.append(tok.text)
                    ann.hashes.append(WordHashes.of(tok.text, buffer: &ann.buffer))
                }
            }
            out.tag.removeAll(keepingCapacity: true); out.lemma.removeAll(keepingCapacity: true)
            out.feats.removeAll(keepingCapacity: true); out.head.removeAll(keepingCapacity: true); out.deprel.removeAll(keepingCapacity: true)
            ann.annotateHashed(forms.count, form: { forms[$0] }, into: &out, parse: parse)
            for i in 0..<forms.count {
                layer.tag.append(out.tag[i])
                layer.upos.append(model.tables.upos[Int(out.tag[i])])
                layer.feats.append(out.feats[i])
                layer.deprel.append(out.deprel[i])
                layer.head.append(out.head[i] == 0 ? -1 : Int32(base) + out.head[i] - 1)
            }
            layer.lemma.append(contentsOf: out.lemma)
        }
        var next = 0
        for s in doc.sentences {
            let lo = max(next, min(s.tokens.lowerBound, nt)), hi = max(lo, min(s.tokens.upperBound, nt))
            run(next..<lo)
            run(lo..<hi)
            next = hi
        }
        run(next..<nt)
        layer.tokenWord.append(Int32(layer.wordToken.count))
        layer.sentenceStart.append(Int32(layer.wordToken.count))
        return layer
    }
}
