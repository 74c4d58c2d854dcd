import Foundation

/// A byte-level pass over a page before libxml2 parses it: it cuts what the reader would
/// throw away anyway, so the parser reads about half the bytes of a typical news page.
///
/// - The content of every `<script>` and `<style>` element goes (the start tag and the end
///   tag stay, so the tree keeps the element); the content of a JSON-LD script
///   (`type="application/ld+json"`) stays, the reader takes dates and authors from it.
/// - Every comment becomes an empty comment `<!---->` (a comment still separates the texts
///   on its two sides, as it does in libxml2's tree).
///
/// It follows libxml2's own rules (2.9, recovery mode) for where these end: a script or
/// style ends at the first `</script` or `</style` (any case), a comment at the first
/// `-->`; an unterminated one is left as it is for the parser to deal with. Start tags are
/// stepped over as a whole, quoted attribute values included, so a `<script` inside an
/// attribute value is not taken for a tag. Everything else is copied byte for byte. It
/// works on any ASCII-compatible encoding (UTF-8, Latin-1, Windows-1252…); a page in UTF-16
/// (a byte-order mark, or NUL bytes) is left alone. One pass, linear in the page.
public enum HTMLPrefilter {
    /// The filtered bytes, or nil when nothing would be cut (the caller then parses the original).
    public static func filter(_ raw: UnsafeRawBufferPointer) -> [UInt8]? {
        let n = raw.count
        guard n > 0, let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        let p = UnsafeBufferPointer(start: base, count: n)
        // UTF-16 (with or without a byte-order mark) is not ASCII-compatible
        if n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)) { return nil }
        if memchr(base, 0, min(n, 1024)) != nil { return nil }
        var out: [UInt8] = []
        var copied = 0  // bytes of the input up to here are written (or cut)
        var cut = false
        func emit(_ upTo: Int) {
            if upTo > copied {
                if !cut { out.reserveCapacity(n / 2) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<upTo]))
            }
            copied = upTo
        }
        var kept: [Range<Int>] = []  // the attributes of a start tag that stay
        var i = 0
        while i < n {
            guard let hit = memchr(base + i, 0x3C, n - i) else { break }  // '<'
            let lt = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            i = lt + 1
            guard i < n else { break }
            let c = p[i]
            if c == 0x21 {  // "<!"
                guard lt + 4 <= n, p[lt + 2] == 0x2D, p[lt + 3] == 0x2D else { continue }  // "<!--"
                guard let close = commentEnd(p, from: lt + 4) else { break }  // unterminated: leave it
                if close > lt + 4 {
                    emit(lt)
                    out.append(contentsOf: emptyComment)
                    copied = close + 3
                    cut = true
                }
                i = close + 3
                continue
            }
            guard isLetter(c) else { continue }
            // a start tag: its name, then its end (quoted values stepped over)
            var j = i
            while j < n && isNameByte(p[j]) { j += 1 }
            let kind = element(p, i, j)
            guard let tagEnd = endOfTag(p, from: j) else { break }
            i = tagEnd + 1
            // of the attributes, only those the reader reads stay
            if let rest = keptAttributes(p, name: lt + 1..<j, from: j, to: tagEnd, into: &kept) {
                emit(j)
                for r in kept {
                    out.append(0x20)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[r]))
                }
                copied = rest
                cut = true
            }
            guard let kind else { continue }
            // "<script/>" is an empty element to libxml2 (not "src=a/>": the slash is the value's)
            if p[tagEnd - 1] == 0x2F && (tagEnd - 1 == j || isSpace(p[tagEnd - 2]) || p[tagEnd - 2] == 0x22 || p[tagEnd - 2] == 0x27) { continue }
            let close: Int?
            switch kind {
            case .script:
                if isJSONLD(p, j, tagEnd) { continue }
                // the content runs to the first "</script" or "</style", whatever the case
                close = findCaseless(p, "</script", from: i)
            case .style: close = findCaseless(p, "</style", from: i)
            case .nested: close = matchingEnd(p, name: lt + 1..<j, from: i)
            }
            guard let close else { break }
            if close > i {
                emit(i)
                copied = close
                cut = true
            }
            i = close
        }
        guard cut else { return nil }
        emit(n)
        return out
    }

    static let emptyComment: [UInt8] = Array("<!---->".utf8)

    /// Whether the attribute name `p[a..<b]` (any case) is one the tree builder keeps
    /// (`HTMLParser.keptAttributes`); `href` only on `<link>`, `lang` only on `<html>`,
    /// `pubdate` only on `<time>`.
    static func isKept(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, link: Bool, html: Bool = false, time: Bool = false) -> Bool {
        @inline(__always) func eq(_ w: StaticString) -> Bool { equalsCaseless(p, a, w) }
        switch b - a {
        case 2: return eq("id")
        case 3: return eq("rel")
        case 4: return eq("name") || eq("type") || eq("role") || (link && eq("href")) || (html && eq("lang"))
        case 5: return eq("class") || eq("style")
        case 6: return eq("hidden")
        case 7: return eq("content") || (time && eq("pubdate"))
        case 8: return eq("itemprop") || eq("property") || eq("datetime")
        case 11: return eq("aria-hidden")
        default: return false
        }
    }

    /// The attributes of a start tag (`p[from..<to]`, `to` its `>`) that the tree builder
    /// keeps, each from its name to the end of its value, into `kept`; the result is where the
    /// part after the last attribute starts (blanks, a `/`). Nil when every attribute is kept,
    /// and whenever the tag is not a plain list of `name`, `name=value`, `name="value"` or
    /// `name='value'` separated by blanks as libxml2 2.9 reads them: the tag is then copied as
    /// it is. Dropping whole attributes leaves libxml2's reading of the rest unchanged: it
    /// skips blanks between attributes and keeps no state across them.
    ///
    /// A `<meta>` with `charset` or `http-equiv` is copied as it is (libxml2 reads the page's
    /// encoding from it). Of other meta tags only those whose `property`, `name` or `itemprop`
    /// the reader looks up (`HTMLArticleExtractor.readContentKeys`) keep their `content`.
    static func keptAttributes(_ p: UnsafeBufferPointer<UInt8>, name: Range<Int>, from: Int, to end: Int, into kept: inout [Range<Int>]) -> Int? {
        kept.removeAll(keepingCapacity: true)
        let isMeta = sameName(p, name.lowerBound, name.upperBound, metaName)
        let isLink = !isMeta && sameName(p, name.lowerBound, name.upperBound, linkName)
        let isHTML = !isMeta && !isLink && sameName(p, name.lowerBound, name.upperBound, htmlName)
        let isTime = !isMeta && !isLink && !isHTML && sameName(p, name.lowerBound, name.upperBound, timeName)
        @inline(__always) func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        var dropped = false
        var rest = from
        var k = from
        var content = -1          // a meta tag's content, in kept
        var contentRead = false   // whether a meta tag's key is one the reader reads
        var quoted = false        // the last attribute ended with a quote
        while true {
            let afterPrevious = k
            while k < end && blank(p[k]) { k += 1 }
            if k == end { break }
            if p[k] == 0x2F && k + 1 == end { break }  // "/>"
            // after a name or an unquoted value, another attribute needs a blank first
            guard k > afterPrevious || quoted, isLetter(p[k]) else { return nil }
            quoted = false
            let a = k
            while k < end && isNameByte(p[k]) { k += 1 }
            let nameEnd = k
            guard nameEnd - a < 100 else { return nil }
            var value = k..<k
            var m = k
            while m < end && blank(p[m]) { m += 1 }
            if m < end && p[m] == 0x3D {  // '='
                m += 1
                while m < end && blank(p[m]) { m += 1 }
                guard m < end else { return nil }
                let q = p[m]
                if q == 0x22 || q == 0x27 {
                    guard let e = memchr(p.baseAddress! + m + 1, Int32(q), end - m - 1) else { return nil }
                    let close = p.baseAddress!.distance(to: e.assumingMemoryBound(to: UInt8.self))
                    if memchr(p.baseAddress! + m + 1, 0, close - m - 1) != nil { return nil }
                    value = m + 1..<close
                    k = close + 1
                    quoted = true
                } else {
                    var v = m
                    while v < end && !blank(p[v]) {
                        let b = p[v]
                        if b == 0x22 || b == 0x27 || b == 0x3D || b == 0x3C || b == 0x60 || b == 0 || b == 0x0C { return nil }
                        v += 1
                    }
                    guard v > m else { return nil }
                    value = m..<v
                    k = v
                }
            } else {
                // a name without a value
                guard k == end || blank(p[k]) || p[k] == 0x2F else { return nil }
            }
            rest = k
            if isMeta {
                let len = nameEnd - a
                if (len == 7 && equalsCaseless(p, a, "charset")) || (len == 10 && equalsCaseless(p, a, "http-equiv")) { return nil }
                if len == 7 && equalsCaseless(p, a, "content") { content = kept.count }
                if !contentRead && ((len == 4 && equalsCaseless(p, a, "name")) || (len == 8 && (equalsCaseless(p, a, "property") || equalsCaseless(p, a, "itemprop")))) {
                    contentRead = isReadKey(p, value)
                }
            }
            if isKept(p, a, nameEnd, link: isLink, html: isHTML, time: isTime) {
                kept.append(a..<k)
            } else {
                dropped = true
            }
        }
        if content >= 0 && !contentRead {
            kept.remove(at: content)
            dropped = true
        }
        return dropped ? rest : nil
    }

    /// Whether a meta tag's key (an attribute value) is one whose content the reader reads;
    /// a key with a character reference or beyond ASCII is taken to be one.
    static func isReadKey(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count <= 64 else { return false }
        var key = ""
        for b in p[r] {
            if b == 0x26 || b >= 0x80 { return true }
            key.unicodeScalars.append(Unicode.Scalar(b >= 0x41 && b <= 0x5A ? b + 32 : b))
        }
        return readKeys.contains(key)
    }

    static let readKeys = HTMLArticleExtractor.readContentKeys

    static let metaName: [UInt8] = Array("meta".utf8)
    static let linkName: [UInt8] = Array("link".utf8)
    static let htmlName: [UInt8] = Array("html".utf8)
    static let timeName: [UInt8] = Array("time".utf8)

    enum Emptied { case script, style, nested }

    /// Elements whose content goes besides scripts and styles: never article text, and the
    /// reader takes nothing from inside them. Their content is ordinary markup, so they end
    /// at the end tag that matches (nested ones counted).
    static let nested: [[UInt8]] = ["svg", "noscript", "template", "nav", "aside"].map { Array($0.utf8) }

    /// Which kind of element to empty the tag name `p[a..<b]` is, if any (any case).
    static func element(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Emptied? {
        switch b - a {
        case 6: if equalsCaseless(p, a, "script") { return .script }
        case 5: if equalsCaseless(p, a, "style") { return .style }
        default: break
        }
        return nested.contains { sameName(p, a, b, $0) } ? .nested : nil
    }

    /// Whether `p[a..<b]` is `word` (lowercase ASCII), in any case.
    static func sameName(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ word: [UInt8]) -> Bool {
        guard b - a == word.count else { return false }
        for k in 0..<word.count where (p[a + k] | 0x20) != word[k] { return false }
        return true
    }

    /// The index of the `</name` that closes an element whose start tag ends before `from`:
    /// start tags of the same name in between open a level each. Nil when there is none.
    static func matchingEnd(_ p: UnsafeBufferPointer<UInt8>, name: Range<Int>, from: Int) -> Int? {
        let base = p.baseAddress!
        let n = p.count
        let word = p[name].map { $0 | 0x20 }
        let m = word.count
        var depth = 0
        var i = from
        while i < n {
            guard let h = memchr(base + i, 0x3C, n - i) else { return nil }
            let lt = base.distance(to: h.assumingMemoryBound(to: UInt8.self))
            i = lt + 1
            let closing = i < n && p[i] == 0x2F
            let a = closing ? i + 1 : i
            guard a + m < n, sameName(p, a, a + m, word), !isNameByte(p[a + m]) else { continue }
            if closing {
                if depth == 0 { return lt }
                depth -= 1
            } else {
                depth += 1
            }
        }
        return nil
    }

    /// The index of the `>` that ends a start tag whose name ends before `from`: quoted
    /// attribute values are stepped over. Nil when the page ends first.
    static func endOfTag(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var j = from
        let n = p.count
        while j < n {
            let b = p[j]
            if b == 0x3E { return j }  // '>'
            if b == 0x3D {  // '=': a value, maybe quoted
                j += 1
                while j < n && isSpace(p[j]) { j += 1 }
                if j < n && (p[j] == 0x22 || p[j] == 0x27) {
                    let q = p[j]
                    guard let e = memchr(p.baseAddress! + j + 1, Int32(q), n - j - 1) else { return nil }
                    j = p.baseAddress!.distance(to: e.assumingMemoryBound(to: UInt8.self)) + 1
                }
                continue
            }
            j += 1
        }
        return nil
    }

    /// Whether a script start tag's attributes (`p[a..<b]`) say `ld+json`.
    static func isJSONLD(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        var i = a
        while i + 7 <= b {
            if equalsCaseless(p, i, "ld+json") { return true }
            i += 1
        }
        return false
    }

    /// The first `-->` at or after `from` (the end of a comment): memchr for its `>`.
    static func commentEnd(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from + 2
        let n = p.count
        while i < n {
            guard let h = memchr(p.baseAddress! + i, 0x3E, n - i) else { return nil }
            let k = p.baseAddress!.distance(to: h.assumingMemoryBound(to: UInt8.self))
            if p[k - 1] == 0x2D && p[k - 2] == 0x2D { return k - 2 }
            i = k + 1
        }
        return nil
    }

    /// The first index of `needle` (lowercase ASCII, starting with `<`) at or after `from`, in
    /// any case: memchr for the `<`, then a caseless compare of the rest.
    static func findCaseless(_ p: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from: Int) -> Int? {
        let m = needle.utf8CodeUnitCount
        let w = needle.utf8Start
        let base = p.baseAddress!
        let n = p.count
        var i = from
        while i + m <= n {
            guard let h = memchr(base + i, Int32(w[0]), n - m + 1 - i) else { return nil }
            let q = h.assumingMemoryBound(to: UInt8.self)
            var k = 1
            while k < m && (q[k] | (q[k] >= 0x41 && q[k] <= 0x5A ? 0x20 : 0)) == w[k] { k += 1 }
            let at = base.distance(to: q)
            if k == m { return at }
            i = at + 1
        }
        return nil
    }

    /// Whether `p[a...]` starts with `word` (lowercase ASCII), in any case.
    static func equalsCaseless(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ word: StaticString) -> Bool {
        let m = word.utf8CodeUnitCount
        guard a + m <= p.count else { return false }
        let w = word.utf8Start
        for k in 0..<m {
            var b = p[a + k]
            if b >= 0x41 && b <= 0x5A { b += 32 }
            if b != w[k] { return false }
        }
        return true
    }

    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isNameByte(_ b: UInt8) -> Bool { isLetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x3A || b == 0x2E }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
}
