import Foundation

/// Takes the article out of a parsed web page: the main text without navigation, ads,
/// comments, share bars or related links, with its paragraph breaks; the title; the
/// publication date (JSON-LD `datePublished`, then `article:published_time` and other meta
/// tags, then `<time>`, then a date in the URL, then a visible byline); the authors; the
/// outlet. Rules are about page structure, never about one site (see docs/Reading.md).
///
/// The main text is found the way Readability does (Arc90; Mozilla's Readability.js):
/// every paragraph-like block scores its parent and grandparent by its length and commas,
/// class and id names add or subtract, a container's score is scaled by how little of its
/// text is link text, and the best container with its good siblings is the article. Blocks
/// in it that are mostly links, or named like page furniture, are dropped (as in
/// Readability's conditional cleaning and trafilatura's link-density tests). Linear in the
/// page: one pass up the tree for the counts, one to score, one to write the text.
public struct HTMLArticleExtractor: Sendable {
    public init() {}

    /// What was read from a page.
    public struct Result: Sendable {
        /// Paragraphs of the main text, in order.
        public var paragraphs: [String] = []
        public var title: String?
        public var date: String?
        /// Where the date came from ("json-ld", "meta", "time", "url", "byline", "text").
        public var dateSource: String?
        public var authors: [String] = []
        public var outlet: String?
        /// The page's declared language (`<html lang>`), if any.
        public var declaredLanguage: String?
        public var url: String?
    }

    // MARK: - Names of page parts

    /// Tags whose content is never article text.
    static let droppedTags: Set<String> = ["script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button",
                                           "select", "iframe", "menu", "input", "textarea", "object", "embed", "canvas", "video", "audio",
                                           "dialog", "figure", "figcaption", "head", "title", "label", "option", "map", "picture"]
    /// Class or id words of page furniture, dropped wherever they are.
    static let furniture: Set<String> = ["comment", "comments", "commentlist", "share", "sharing", "sharebar", "social", "socials", "related",
                                         "sidebar", "nav", "navbar", "navigation", "menu", "advert", "advertisement", "ad", "ads", "adsense",
                                         "dfp", "newsletter", "cookie", "cookies", "breadcrumb", "breadcrumbs", "outbrain", "taboola", "disqus",
                                         "popup", "modal", "promo", "sponsor", "sponsored", "recommended", "recommendations", "recirc",
                                         "trending", "popular", "recent", "most", "next", "prev", "pagination", "pager", "signup", "login",
                                         "subscribe", "subscription", "toolbar", "tools", "masthead", "footer", "copyright", "disclaimer",
                                         "rss", "follow", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "email",
                                         "print", "skip", "hidden", "hide", "sr", "screen", "visually", "offscreen", "widget", "banner",
                                         "teaser", "teasers", "more", "links", "tags", "tag", "topics", "keywords", "categories", "gdpr", "consent", "privacy", "cmp", "onetrust"]
    /// Furniture words that win over content words ("article-comments", "post-share").
    static let strongFurniture: Set<String> = ["footer", "comment", "comments", "commentlist", "share", "sharing", "sharebar", "social", "related",
                                               "outbrain", "taboola", "disqus", "newsletter", "recommended", "recirc", "trending", "popular"]
    /// Class or id words of short page parts (bylines, dates, captions), dropped when short.
    static let shortFurniture: Set<String> = ["byline", "author", "authors", "meta", "date", "time", "timestamp", "dateline", "caption",
                                              "credit", "credits", "header", "headline", "title", "kicker", "label", "source", "info",
                                              "published", "updated", "image", "photo", "img", "media", "video", "gallery", "bio", "avatar",
                                              "rating", "reading", "read", "badge", "eyebrow", "subtitle", "deck", "category", "section"]
    /// Class words of the parts that hold a byline or a date (with the prefixes date, publish, byline).
    static let bylineWords: Set<String> = ["author", "posted", "timestamp", "meta", "time", "pubdate", "entry"]
    /// Class or id words of article content.
    static let contentWords: Set<String> = ["article", "content", "body", "entry", "post", "story", "text", "main", "blog", "page",
                                            "prose", "richtext", "articlebody", "storybody", "paragraph", "copy"]
    /// Elements that hold paragraphs or are paragraphs.
    static let paragraphTags: Set<String> = ["p", "div", "section", "article", "main", "pre", "blockquote", "table", "ul", "ol", "dl", "li",
                                             "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "header", "center", "form", "address"]
    /// Block elements: they start and end a paragraph.
    static let blockTags: Set<String> = ["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
                                         "dd", "dt", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "header", "address",
                                         "center", "hr", "br", "body", "html"]
    /// Lines that are page furniture when alone.
    static let furnitureLines: Set<String> = ["advertisement", "advertisement - continue reading below", "continue reading", "read more",
                                              "share", "share this", "share this article", "tweet", "email", "print", "related", "related articles",
                                              "comments", "sign up", "subscribe", "follow us", "read next", "recommended", "story continues below",
                                              "story continues below advertisement", "ad", "loading", "loading...", "click here", "more",
                                              "skip to content", "you may also like", "most popular", "image", "photo", "close"]

    /// The lowercased words (letters and digits) of a class list, an id or a title.
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        if forEachASCIIWord(s, { out.append(String(decoding: $0, as: UTF8.self)) }) { return out }
        // letters beyond ASCII: split and lowercase by Unicode properties
        return s.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Calls `body` with each lowercased word (ASCII letters and digits) of `s`; false, having
    /// called nothing, when `s` has a byte beyond ASCII.
    @inline(__always)
    static func forEachASCIIWord(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        var s = s
        return s.withUTF8 { u -> Bool in
            let n = u.count
            guard n > 0 else { return true }
            for b in u where b >= 0x80 { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { low -> Bool in
                var start = -1
                for k in 0..<n {
                    let b = u[k]
                    let isWord = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39)
                    if isWord {
                        low[k] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                        if start < 0 { start = k }
                    } else if start >= 0 {
                        body(UnsafeBufferPointer(rebasing: low[start..<k]))
                        start = -1
                    }
                }
                if start >= 0 { body(UnsafeBufferPointer(rebasing: low[start..<n])) }
                return true
            }
        }
    }

    /// Whether a class list names a part that holds a byline or a date (a word of
    /// `bylineWords`, or one that starts with date, publish or byline).
    static func namesByline(_ cls: String) -> Bool {
        var found = false
        let ascii = forEachASCIIWord(cls) { w in
            guard !found else { return }
            if startsWith(w, "date") || startsWith(w, "publish") || startsWith(w, "byline") { found = true; return }
            switch w.count {
            case 4: found = equals(w, "meta") || equals(w, "time")
            case 5: found = equals(w, "entry")
            case 6: found = equals(w, "author") || equals(w, "posted")
            case 7: found = equals(w, "pubdate")
            case 9: found = equals(w, "timestamp")
            default: break
            }
        }
        if ascii { return found }
        return words(cls).contains(where: { bylineWords.contains($0) || $0.hasPrefix("date") || $0.hasPrefix("publish") || $0.hasPrefix("byline") })
    }

    @inline(__always) static func startsWith(_ w: UnsafeBufferPointer<UInt8>, _ p: StaticString) -> Bool {
        let m = p.utf8CodeUnitCount
        guard w.count >= m else { return false }
        return memcmp(w.baseAddress!, p.utf8Start, m) == 0
    }

    @inline(__always) static func equals(_ w: UnsafeBufferPointer<UInt8>, _ p: StaticString) -> Bool {
        w.count == p.utf8CodeUnitCount && memcmp(w.baseAddress!, p.utf8Start, w.count) == 0
    }

    /// How many words of a class/id/itemprop list are furniture, strong furniture, short
    /// furniture and content words.
    struct NameCounts {
        var neg = 0, pos = 0, short = 0, strong = 0
        init(_ words: [String]) {
            for s in words { count(s) }
        }

        /// The counts of a class/id/itemprop list, read word by word without a list of words.
        init(names: String) {
            var counts = NameCounts([])
            if HTMLArticleExtractor.forEachASCIIWord(names, { w in
                // most words of a class list are in no list: their first letter and length say so
                guard w.count < 32, let f = w.first, f >= 0x61, NameCounts.shapes[Int(f - 0x61)] & (1 << UInt32(w.count)) != 0 else { return }
                counts.count(String(decoding: w, as: UTF8.self))
            }) {
                self = counts
            } else {
                self.init(HTMLArticleExtractor.words(names))
            }
        }

        mutating func count(_ s: String) {
            guard let k = NameCounts.kinds[s] else { return }
            if k & 1 != 0 { neg += 1 }
            if k & 2 != 0 { strong += 1 }
            if k & 4 != 0 { short += 1 }
            if k & 8 != 0 { pos += 1 }
        }

        /// For each first letter a-z, the lengths (bit n: n bytes) of the words in the lists.
        static let shapes: [UInt32] = {
            var m = [UInt32](repeating: 0, count: 26)
            for w in kinds.keys {
                let u = Array(w.utf8)
                guard let f = u.first, f >= 0x61, f <= 0x7A, u.count < 32 else { continue }
                m[Int(f - 0x61)] |= 1 << UInt32(u.count)
            }
            return m
        }()

        /// Which of the four lists each word is in (one lookup a word).
        static let kinds: [String: UInt8] = {
            var d: [String: UInt8] = [:]
            for w in HTMLArticleExtractor.furniture { d[w, default: 0] |= 1 }
            for w in HTMLArticleExtractor.strongFurniture { d[w, default: 0] |= 2 }
            for w in HTMLArticleExtractor.shortFurniture { d[w, default: 0] |= 4 }
            for w in HTMLArticleExtractor.contentWords { d[w, default: 0] |= 8 }
            return d
        }()
    }

    // MARK: - Extraction

    public func extract(_ tree: HTMLTree) -> Result {
        var r = Result()
        let n = tree.nodes.count
        guard n > 0 else { return r }
        let nodes = tree.nodes
        // 1. which subtrees are not text at all: tags first, then names of page furniture (but a
        // wrapper named so that holds most of the page's paragraphs is kept: "widget Blog")
        var dropped = [Bool](repeating: false, count: n)
        var weight = [Int](repeating: 0, count: n)
        for i in 0..<n where nodes[i].kind == .element {
            let p = nodes[i].parent
            if p >= 0 && dropped[p] { dropped[i] = true; continue }
            let tag = nodes[i].name
            if nodes[i].tags.contains(.dropped) { dropped[i] = true; continue }
            if nodes[i].attributes.isEmpty { continue }
            if nodes[i].attribute("hidden") != nil || nodes[i].attribute("aria-hidden") == "true" { dropped[i] = true; continue }
            if let st = nodes[i].attribute("style")?.lowercased(), HTMLTree.has(st, "display:none") || HTMLTree.has(st, "display: none") { dropped[i] = true; continue }
            if let role = nodes[i].attribute("role"), ["navigation", "complementary", "banner", "contentinfo", "dialog", "menu", "search"].contains(role) { dropped[i] = true; continue }
        }
        var rawLen = [Int](repeating: 0, count: n)
        var longParagraphs = [Int](repeating: 0, count: n)
        // blocks without blocks inside are paragraphs, whatever their tag (a div of spans)
        var hasBlock = [Bool](repeating: false, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) where !dropped[i] {
            if nodes[i].kind == .text { rawLen[i] = nodes[i].text.utf8.count }
            let isBlock = nodes[i].tags.contains(.paragraph)
            if isBlock && !hasBlock[i] && rawLen[i] >= 120 { longParagraphs[i] += 1 }
            let p = nodes[i].parent
            if p >= 0 {
                rawLen[p] += rawLen[i]
                longParagraphs[p] += longParagraphs[i]
                if isBlock { hasBlock[p] = true }
            }
        }
        let pageParagraphs = longParagraphs[0]
        var nameCounts: [String: NameCounts] = [:]
        for i in 0..<n where nodes[i].kind == .element && !dropped[i] {
            let p = nodes[i].parent
            if p >= 0 && dropped[p] { dropped[i] = true; continue }
            let tag = nodes[i].name
            let names = (nodes[i].attribute("class") ?? "") + " " + (nodes[i].attribute("id") ?? "") + " " + (nodes[i].attribute("itemprop") ?? "")
            guard names.utf8.count > 2 else { continue }
            // pages repeat their class names: each distinct one is split and looked up once
            let counts: NameCounts
            if let c = nameCounts[names] {
                counts = c
            } else {
                counts = NameCounts(names: names)
                nameCounts[names] = counts
            }
            let (neg, pos, short, strong) = (counts.neg, counts.pos, counts.short, counts.strong)
            if tag == "body" || tag == "html" || tag == "main" { continue }
            weight[i] = (pos > 0 ? 25 : 0) - (neg > 0 ? 25 : 0)
            // an embedded post is quoted text of the article ("blockquote class=twitter-tweet")
            let wrapper = longParagraphs[i] >= 3 && longParagraphs[i] * 2 > pageParagraphs || tag == "blockquote"
            if neg > 0 && pos == 0 && !wrapper { dropped[i] = true; continue }
            if strong > 0 && !wrapper && tag != "article" { dropped[i] = true; continue }
            if short > 0 && pos == 0 { weight[i] -= 10 }
            if short > 0 && pos == 0 && rawLen[i] < 200 && longParagraphs[i] == 0 { dropped[i] = true; continue }
        }
        // 2. counts up the tree: text, link text, commas, paragraphs
        var textLen = [Int](repeating: 0, count: n)
        var linkLen = [Int](repeating: 0, count: n)
        var commas = [Int](repeating: 0, count: n)
        var directText = [Int](repeating: 0, count: n)
        var inLink = [Bool](repeating: false, count: n)
        for i in 0..<n {
            let p = nodes[i].parent
            inLink[i] = (p >= 0 && inLink[p]) || (nodes[i].kind == .element && nodes[i].name == "a")
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            if dropped[i] { continue }
            if nodes[i].kind == .text {
                var len = 0, c = 0, space = true
                for ch in nodes[i].text.unicodeScalars {
                    if HTMLTree.isSpace(ch) { if !space { len += 1 }; space = true } else { len += 1; space = false }
                    if ch == "," || ch == "،" || ch == "，" || ch == "、" { c += 1 }
                }
                textLen[i] = len
                commas[i] = c
                if inLink[i] { linkLen[i] = len }
                let p = nodes[i].parent
                if p >= 0 { directText[p] += len }
            }
            let p = nodes[i].parent
            if p >= 0 {
                textLen[p] += textLen[i]
                linkLen[p] += linkLen[i]
                commas[p] += commas[i]
            }
        }
        func density(_ i: Int) -> Double { textLen[i] == 0 ? 0 : Double(linkLen[i]) / Double(textLen[i]) }
        // 3. metadata (before the text: the title helps the text drop a repeated headline)
        readMetadata(tree, into: &r)
        // 4. scores
        var score = [Double](repeating: 0, count: n)
        var initialised = [Bool](repeating: false, count: n)
        func base(_ i: Int) -> Double {
            var s = Double(weight[i])
            switch nodes[i].name {
            case "div", "article", "section", "main": s += 5
            case "pre", "td", "blockquote": s += 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": s -= 3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": s -= 5
            default: break
            }
            if nodes[i].name == "article" { s += 10 }
            if nodes[i].attribute("itemprop")?.lowercased() == "articlebody" { s += 30 }
            return s
        }
        var candidates: [Int] = []
        for i in 0..<n where nodes[i].kind == .element && !dropped[i] {
            let tag = nodes[i].name
            let leaf = (tag == "div" || tag == "section" || tag == "article") && !hasBlock[i]
            let paragraphLike = tag == "p" || tag == "pre" || tag == "td" || tag == "blockquote" || leaf
                || ((tag == "div" || tag == "section" || tag == "article" || tag == "span" || tag == "font") && directText[i] >= 25)
            guard paragraphLike else { continue }
            let len = tag == "p" || tag == "pre" || tag == "blockquote" || tag == "td" || leaf ? textLen[i] : directText[i]
            guard len >= 25 else { continue }
            let s = 1 + Double(commas[i]) + min(Double(len) / 100, 3)
            var a = nodes[i].parent
            var level = 0
            while a >= 0 && level < 4 {
                if !initialised[a] { initialised[a] = true; score[a] = base(a); candidates.append(a) }
                score[a] += s / (level == 0 ? 1 : level == 1 ? 2 : Double(level * 3))
                a = nodes[a].parent
                level += 1
            }
        }
        var top = -1
        var best = -Double.infinity
        for c in candidates {
            let s = score[c] * (1 - density(c))
            score[c] = s
            if s > best { best = s; top = c }
        }
        if top < 0 {
            // no paragraphs: the body (or the root) as it is
            top = tree.first("body") ?? 0
        }
        // a top candidate that is the only child with text of its parent is as good as the parent
        // (Readability climbs while the parent holds little else)
        while nodes[top].parent >= 0, textLen[nodes[top].parent] > 0,
              Double(textLen[top]) / Double(textLen[nodes[top].parent]) > 0.85, nodes[nodes[top].parent].name != "body", nodes[nodes[top].parent].name != "html" {
            // with the child's score, so that siblings are measured against it (a paragraph per
            // "card": the paragraph's card and the cards beside it, which share its class)
            let up = nodes[top].parent
            score[up] = max(score[up], score[top])
            top = up
        }
        // 5. the article: the top candidate and its good siblings
        var parts: [Int] = [top]
        let p = nodes[top].parent
        if p >= 0 {
            let threshold = max(10, score[top] * 0.2)
            let topClass = nodes[top].attribute("class")
            parts = []
            for s in tree.children(p) where !dropped[s] {
                if s == top { parts.append(s); continue }
                guard nodes[s].kind == .element else { continue }
                var bonus = 0.0
                if let c = topClass, !c.isEmpty, nodes[s].attribute("class") == c { bonus += score[top] * 0.2 }
                if initialised[s] && score[s] + bonus >= threshold { parts.append(s); continue }
                if nodes[s].name == "p" {
                    let len = textLen[s], ld = density(s)
                    if len > 80 && ld < 0.25 { parts.append(s) } else if len > 0 && len <= 80 && ld == 0 && HTMLTree.has(tree.text(s), ". ") { parts.append(s) }
                }
            }
        }
        // 6. the text of the article, paragraph by paragraph, without the furniture inside it
        let titleKey = r.title.map { HTMLArticleExtractor.words($0).joined(separator: " ") }
        var paragraphs: [String] = []
        var current = ""
        func flush() {
            let t = HTMLTree.collapse(current)
            current = ""
            guard !t.isEmpty else { return }
            // no letter or digit: not text
            if !t.utf8.contains(where: { $0 >= 0x80 || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }) { return }
            if t.utf8.count <= 40 && HTMLArticleExtractor.furnitureLines.contains(t.lowercased().trimmingCharacters(in: .punctuationCharacters)) { return }
            if paragraphs.isEmpty, let titleKey, HTMLArticleExtractor.words(t).joined(separator: " ") == titleKey { return }
            paragraphs.append(t)
        }
        func clean(_ i: Int) -> Bool {
            // conditional cleaning of a block inside the article
            let tag = nodes[i].name
            if tag == "h1" { return true }
            if textLen[i] == 0 { return false }
            let ld = density(i)
            switch tag {
            case "p", "li", "dd", "dt", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre":
                return ld > 0.6
            case "span", "em", "strong", "b", "i", "a", "code", "sup", "sub", "small", "font", "u", "q", "cite", "abbr", "time", "mark", "s":
                return false
            default:
                if weight[i] < 0 && textLen[i] < 300 { return true }
                if ld > 0.5 { return true }
                if ld > 0.3 && textLen[i] < 400 && commas[i] < 5 { return true }
                return false
            }
        }
        func write(_ parts: [Int], cleaning: Bool) {
        for part in parts {
            var i = part
            var ends: [Int] = []   // ends of open block elements
            while i < nodes[part].end {
                while let e = ends.last, i >= e { ends.removeLast(); flush() }
                let node = nodes[i]
                if dropped[i] { i = max(node.end, i + 1); continue }
                if node.kind == .text {
                    current += node.text
                    i += 1
                    continue
                }
                if node.name == "br" {
                    flush()
                    i += 1
                    continue
                }
                if cleaning && i != part && clean(i) { i = max(node.end, i + 1); continue }
                if node.tags.contains(.block) {
                    flush()
                    ends.append(node.end)
                } else if !current.isEmpty && !(current.unicodeScalars.last?.properties.isWhitespace ?? true) && node.name != "a" && node.name != "span" && node.name != "em" && node.name != "strong" && node.name != "b" && node.name != "i" && node.name != "sup" && node.name != "sub" {
                    current += " "
                }
                i += 1
            }
            flush()
        }
        }
        write(parts, cleaning: true)
        if paragraphs.isEmpty {
            // nothing passed: the page's readable text as it is (a page that is not an article)
            write([tree.first("body") ?? 0], cleaning: false)
        }
        r.paragraphs = paragraphs
        if r.date == nil {
            // a dateline at the head of the text
            if let d = ArticleDate.dateline(in: paragraphs.prefix(6).joined(separator: "\n")) { r.date = d; r.dateSource = "text" }
        }
        if r.date == nil {
            // the first full date in a short piece of the page's visible text (a byline, a
            // post's footer), as htmldate's extensive search does
            for i in 0..<n where nodes[i].kind == .text && !dropped[i] {
                let t = nodes[i].text
                guard t.utf8.count <= 160, t.utf8.count >= 6 else { continue }
                if let f = DatePhrase.find(in: t, limit: 160).first(where: { $0.kind != .updated }) {
                    r.date = f.date.description
                    r.dateSource = "page-text"
                    break
                }
            }
        }
        return r
    }

    // MARK: - Metadata

    /// The meta tags (`property`, `name` or `itemprop`, lowercased) whose `content` is read: for
    /// the date, in order of trust,
    static let metaDateKeys = ["article:published_time", "og:article:published_time", "article.published", "datepublished", "pubdate", "publishdate",
                               "publish-date", "publish_date", "published_time", "published-date", "publication_date", "article_date_original",
                               "original-publish-date", "originalpublicationdate", "sailthru.date", "parsely-pub-date", "dc.date.issued",
                               "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date", "citation_publication_date",
                               "citation_date", "og:published_time", "article:published", "cxenseparse:recs:publishtime", "release_date", "created"]
    /// the date of the last change (the date when there is no other),
    static let metaModifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "last-modified"]
    /// the authors,
    static let metaAuthorKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author"]
    /// the title, the outlet and the URL.
    static let metaOtherKeys = ["og:site_name", "application-name", "og:title", "twitter:title", "publisher", "og:url"]
    /// Every meta key whose content is read, and the `itemprop` values (on any element) whose
    /// `content` is read: the byte pass before the parser drops the content of other meta tags.
    static let readContentKeys = Set(metaDateKeys + metaModifiedKeys + metaAuthorKeys + metaOtherKeys + ["author", "creator", "name"])

    /// Reads title, date, authors, outlet and URL from meta tags, JSON-LD, `<time>`, the URL
    /// and visible bylines.
    func readMetadata(_ tree: HTMLTree, into r: inout Result) {
        let nodes = tree.nodes
        var meta: [String: String] = [:]
        var titleTag: String?
        var h1: String?
        var logoNames: [String] = []
        var ldDates: [String] = [], ldModified: [String] = [], ldHeadline: String?, ldAuthors: [String] = [], ldPublisher: String?
        var timeDates: [(String, Bool)] = []   // (value, marked as publication)
        var zoneOffset: Int?   // the first time zone other than UTC a timestamp of the page gives, in minutes
        var itempropDate: String?
        var itempropAuthors: [String] = []
        var relAuthors: [String] = []
        var bylineTexts: [String] = []
        var canonical: String?
        for i in nodes.indices where nodes[i].kind == .element {
            // an element without attributes matters only by its name
            guard nodes[i].tags.contains(.metadata) || !nodes[i].attributes.isEmpty else { continue }
            let node = nodes[i]
            switch node.tags.contains(.metadata) ? node.name : "" {
            case "html":
                if r.declaredLanguage == nil, let l = node.attribute("lang") { r.declaredLanguage = HTMLArticleExtractor.languageCode(l) }
            case "meta":
                guard let content = node.attribute("content"), !content.isEmpty else { break }
                for key in [node.attribute("property"), node.attribute("name"), node.attribute("itemprop")].compactMap({ $0?.lowercased() }) where meta[key] == nil {
                    meta[key] = content
                }
            case "title":
                if titleTag == nil { titleTag = tree.text(i) }
            case "h1":
                let t = tree.text(i)
                guard !t.isEmpty else { break }
                // an h1 that is one link is the site's logo, not the headline
                var logo = false
                for j in (i + 1)..<max(node.end, i + 1) where nodes[j].kind == .element && nodes[j].name == "a" {
                    if tree.text(j) == t { logo = true }
                    break
                }
                if logo { logoNames.append(t) } else if h1 == nil { h1 = t }
            case "link":
                if node.attribute("rel")?.lowercased() == "canonical", let h = node.attribute("href") { canonical = h }
            case "script":
                guard let ty = node.attribute("type"), HTMLTree.has(ty.lowercased(), "ld+json") else { break }
                var text = ""
                for j in (i + 1)..<max(node.end, i + 1) where nodes[j].kind == .text { text += nodes[j].text }
                // (a script with none of the keys `readJSONLD` reads, such as a breadcrumb list, is not parsed)
                guard HTMLArticleExtractor.mayHoldArticleKeys(text),
                      let json = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { break }
                HTMLArticleExtractor.readJSONLD(json, dates: &ldDates, modified: &ldModified, headline: &ldHeadline, authors: &ldAuthors, publisher: &ldPublisher, depth: 0)
            case "time":
                let v = node.attribute("datetime") ?? tree.text(i)
                if zoneOffset == nil, let t = HTMLArticleExtractor.timestamp(v), t.offset != 0 { zoneOffset = t.offset }
                let names = ((node.attribute("class") ?? "") + " " + (node.attribute("itemprop") ?? "") + " " + (node.attribute("pubdate") ?? "")).lowercased()
                let isPub = HTMLTree.has(names, "publish") || HTMLTree.has(names, "pubdate") || HTMLTree.has(names, "created") || node.attribute("pubdate") != nil
                let isMod = HTMLTree.has(names, "modif") || HTMLTree.has(names, "update")
                if !isMod { timeDates.append((v, isPub)) }
            default:
                break
            }
            if let ip = node.attribute("itemprop")?.lowercased() {
                if ip == "datepublished" && itempropDate == nil {
                    itempropDate = node.attribute("content") ?? node.attribute("datetime") ?? tree.text(i)
                }
                if ip == "author" || ip == "creator" {
                    // the name inside, else the text
                    var name: String?
                    for j in (i + 1)..<max(node.end, i + 1) where nodes[j].kind == .element && nodes[j].attribute("itemprop")?.lowercased() == "name" {
                        name = nodes[j].attribute("content") ?? tree.text(j)
                        break
                    }
                    if let c = node.attribute("content"), name == nil { name = c }
                    let t = name ?? tree.text(i)
                    if !t.isEmpty && t.count < 100 { itempropAuthors.append(t) }
                }
            }
            if node.name == "a", let rel = node.attribute("rel")?.lowercased(), rel.split(separator: " ").contains("author") {
                let t = tree.text(i)
                if !t.isEmpty && t.count < 80 { relAuthors.append(t) }
            }
            if let cls = node.attribute("class"), bylineTexts.count < 20 {
                // (comparing the bytes of the class words costs less than hashing the class)
                let named = HTMLArticleExtractor.namesByline(cls)
                // (a long part, such as an "entry-content", is not made text to be thrown away)
                if named && tree.textIsShorter(i, than: 200) {
                    let t = tree.text(i)
                    if !t.isEmpty { bylineTexts.append(t) }
                }
            }
        }
        // title
        func key(_ s: String) -> String { HTMLArticleExtractor.words(s).joined(separator: " ") }
        let siteKeys = Set(([meta["og:site_name"], ldPublisher, meta["application-name"]].compactMap { $0 } + logoNames).map(key).filter { !$0.isEmpty })
        let ogTitle = (meta["og:title"] ?? meta["twitter:title"]).map { HTMLArticleExtractor.stripSite($0, siteKeys: siteKeys) }
        titleTag = titleTag.map { HTMLArticleExtractor.stripSite($0, siteKeys: siteKeys) }
        if let h = h1, siteKeys.contains(key(h)) { h1 = nil }
        if let h = h1, let t = titleTag ?? ogTitle, key(t).contains(key(h)), key(h).count > 10 {
            r.title = h
        } else if let h = h1, let o = ogTitle, key(h) == key(o) {
            r.title = h
        } else if let o = ogTitle.map(HTMLTree.collapse), !o.isEmpty {
            r.title = HTMLArticleExtractor.stripSite(o)
        } else if let l = ldHeadline, !l.isEmpty {
            r.title = HTMLTree.collapse(l)
        } else if let t = titleTag, !t.isEmpty {
            r.title = HTMLArticleExtractor.stripSite(t)
        } else {
            r.title = h1
        }
        // outlet and URL
        r.outlet = (meta["og:site_name"] ?? ldPublisher ?? meta["application-name"] ?? meta["publisher"]).map(HTMLTree.collapse)
        r.url = canonical ?? meta["og:url"]
        // date, in order of trust
        var chosen: String?
        func first(_ values: [String]) -> CalendarDate? {
            for v in values { if let d = DatePhrase.parseValue(v) { chosen = v; return d } }
            return nil
        }
        if let d = first(ldDates) { r.date = d.description; r.dateSource = "json-ld" }
        else if let d = first(HTMLArticleExtractor.metaDateKeys.compactMap { meta[$0] }) { r.date = d.description; r.dateSource = "meta" }
        else if let d = first([itempropDate].compactMap { $0 }) { r.date = d.description; r.dateSource = "meta" }
        else if let d = first(timeDates.filter(\.1).map(\.0) + timeDates.filter { !$0.1 }.map(\.0)) { r.date = d.description; r.dateSource = "time" }
        else if let u = r.url, let d = HTMLArticleExtractor.urlDate(u) { r.date = d.description; r.dateSource = "url" }
        else if let d = bylineTexts.lazy.compactMap({ ArticleDate.dateline(in: $0).flatMap { CalendarDate(iso: $0) } }).first { r.date = d.description; r.dateSource = "byline" }
        else if let d = first(ldModified + HTMLArticleExtractor.metaModifiedKeys.compactMap { meta[$0] }) {
            r.date = d.description; r.dateSource = "modified"
        }
        // a UTC timestamp on a page whose other timestamps give its own time zone: the day there
        // ("2023-11-09T02:11:03+00:00" in the metadata, "2023-11-08T21:11:03-05:00" on the page)
        if r.dateSource == "json-ld" || r.dateSource == "meta", let v = chosen, let t = HTMLArticleExtractor.timestamp(v), t.offset == 0,
           let zone = zoneOffset ?? (ldDates + ldModified + (HTMLArticleExtractor.metaDateKeys + HTMLArticleExtractor.metaModifiedKeys).compactMap { meta[$0] })
               .lazy.compactMap({ HTMLArticleExtractor.timestamp($0) }).first(where: { $0.offset != 0 })?.offset {
            let local = t.minute + zone
            if local < 0 { r.date = t.date.adding(days: -1).description } else if local >= 1440 { r.date = t.date.adding(days: 1).description }
        }
        // a timestamp in another time zone: the URL's day, one day off, is the local one
        if let d = r.date.flatMap(CalendarDate.init(iso:)), r.dateSource == "json-ld" || r.dateSource == "meta",
           let u = r.url, let ud = HTMLArticleExtractor.urlDate(u), abs(ud.dayNumber - d.dayNumber) == 1 {
            r.date = ud.description
            r.dateSource = "url"
        }
        // authors
        var authors = ldAuthors
        if authors.isEmpty {
            for k in HTMLArticleExtractor.metaAuthorKeys {
                if let a = meta[k], !a.hasPrefix("http"), !a.isEmpty { authors = [a]; break }
            }
        }
        if authors.isEmpty { authors = itempropAuthors }
        if authors.isEmpty { authors = relAuthors }
        var seen = Set<String>()
        r.authors = authors.map { HTMLArticleExtractor.cleanAuthor($0) }.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    static func cleanAuthor(_ s: String) -> String {
        var t = HTMLTree.collapse(s)
        for p in ["By ", "by ", "BY ", "Von ", "Par "] where t.hasPrefix(p) { t = String(t.dropFirst(p.count)) }
        return t
    }

    /// The language of a `lang` attribute, its primary subtag lowercased ("en-US" → "en",
    /// "pt_BR" → "pt"); nil when that is not two or three letters.
    static func languageCode(_ value: String) -> String? {
        let primary = value.trimmingCharacters(in: .whitespaces).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
        guard (2...3).contains(primary.count), primary.unicodeScalars.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A }) else { return nil }
        return String(primary)
    }

    /// "Headline | Site" → "Headline": the longest part when the title has a site part.
    static func stripSite(_ s: String, siteKeys: Set<String> = []) -> String {
        var t = HTMLTree.collapse(s)
        if !siteKeys.isEmpty {
            // drop the parts that name the site ("Penny - Stardew Valley Wiki")
            for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", ": "] where HTMLTree.has(t, sep) {
                let parts = t.components(separatedBy: sep)
                let kept = parts.filter { p in
                    let k = HTMLArticleExtractor.words(p).joined(separator: " ")
                    return !siteKeys.contains(k) && !siteKeys.contains(where: { !$0.isEmpty && k.hasSuffix($0) && k.count < $0.count + 8 }) && k != "blog archive"
                }
                if !kept.isEmpty && kept.count < parts.count { t = kept.joined(separator: sep); break }
            }
        }
        for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] where HTMLTree.has(t, sep) {
            let parts = t.components(separatedBy: sep)
            if let longest = parts.max(by: { $0.count < $1.count }), longest.count >= 15 || parts.count == 2 {
                // keep the first part when it is the long one (the headline comes first most often)
                if parts[0].count >= longest.count / 2 && parts[0].split(separator: " ").count >= 3 { return parts[0] }
                return longest
            }
        }
        return t
    }

    /// A date in a URL path: /2019/11/20/, /2019-11-20, /20191120/.
    /// An ISO-8601 timestamp with its time zone: "2023-11-09T02:11:03+00:00", "2020-05-02T02:54:29.000Z",
    /// "2020-01-20T09:49:32+0000", "2023-11-08T21:11-05:00": the day, the minute of the day and the
    /// zone's offset in minutes. nil without a time or a zone.
    static func timestamp(_ v: String) -> (date: CalendarDate, minute: Int, offset: Int)? {
        let s = Array(v.utf8.prefix(40))
        var i = 0
        while i < s.count && (s[i] == 32 || s[i] == 9 || s[i] == 10) { i += 1 }
        guard i + 16 <= s.count, let date = CalendarDate(iso: String(decoding: s[i..<(i + 10)], as: UTF8.self)),
              s[i + 10] == 84 || s[i + 10] == 32 else { return nil }
        func two(_ k: Int) -> Int? {
            guard k + 2 <= s.count, (48...57).contains(s[k]), (48...57).contains(s[k + 1]) else { return nil }
            return Int(s[k] - 48) * 10 + Int(s[k + 1] - 48)
        }
        guard let h = two(i + 11), s[i + 13] == 58, let m = two(i + 14), h < 24, m < 60 else { return nil }
        var k = i + 16
        if k < s.count && s[k] == 58 { k += 3 }                                   // :ss
        if k < s.count && s[k] == 46 { k += 1; while k < s.count && (48...57).contains(s[k]) { k += 1 } }   // .fff
        guard k < s.count else { return nil }
        if s[k] == 90 { return (date, h * 60 + m, 0) }                             // Z
        guard s[k] == 43 || s[k] == 45, let oh = two(k + 1) else { return nil }
        var c = k + 3
        if c < s.count && s[c] == 58 { c += 1 }
        guard let om = two(c), oh <= 14, om < 60 else { return nil }
        return (date, h * 60 + m, (s[k] == 45 ? -1 : 1) * (oh * 60 + om))
    }

    static func urlDate(_ u: String) -> CalendarDate? {
        let s = Array(u.unicodeScalars)
        func num(_ a: Int, _ k: Int) -> Int? {
            guard a + k <= s.count else { return nil }
            var v = 0
            for j in a..<(a + k) { guard DatePhrase.isDigit(s[j]) else { return nil }; v = v * 10 + Int(s[j].value - 48) }
            return v
        }
        var i = 0
        while i < s.count {
            if s[i] == "/" || s[i] == "-" || s[i] == "_", let y = num(i + 1, 4), (1995...2100).contains(y), i + 5 < s.count {
                let sep = s[i + 5]
                if sep == "/" || sep == "-" || sep == "_", let m = num(i + 6, 2), i + 8 < s.count, s[i + 8] == sep, let d = num(i + 9, 2),
                   i + 11 >= s.count || !DatePhrase.isDigit(s[i + 11]), let date = CalendarDate(year: y, month: m, day: d) {
                    return date
                }
            }
            i += 1
        }
        return nil
    }

    /// Whether JSON-LD text may hold a key that `readJSONLD` reads (datePublished, dateCreated,
    /// dateModified, headline, author, creator, publisher, @graph, mainEntity); a text with a
    /// `\u` escape may spell one so, and is taken to.
    static func mayHoldArticleKeys(_ text: String) -> Bool {
        for k in ["date", "headline", "author", "creator", "publisher", "@graph", "mainEntity", "\\u"] where HTMLTree.has(text, k) { return true }
        return false
    }

    /// Walks JSON-LD (objects, lists, `@graph`) for the article's fields.
    static func readJSONLD(_ json: Any, dates: inout [String], modified: inout [String], headline: inout String?, authors: inout [String],
                           publisher: inout String?, depth: Int) {
        guard depth < 8 else { return }
        if let list = json as? [Any] {
            for x in list.prefix(50) { readJSONLD(x, dates: &dates, modified: &modified, headline: &headline, authors: &authors, publisher: &publisher, depth: depth + 1) }
            return
        }
        guard let o = json as? [String: Any] else { return }
        let type = (o["@type"] as? String) ?? ((o["@type"] as? [String])?.first ?? "")
        let articleLike = type.contains("Article") || type.contains("Posting") || type == "Report" || type.contains("NewsArticle") || type == "WebPage" || type == "CreativeWork"
        if let d = o["datePublished"] as? String { if articleLike && type != "WebPage" { dates.insert(d, at: 0) } else { dates.append(d) } }
        else if let d = o["dateCreated"] as? String, articleLike { dates.append(d) }
        if let d = o["dateModified"] as? String { modified.append(d) }
        if articleLike && type != "WebPage", headline == nil, let h = o["headline"] as? String { headline = h }
        if articleLike && type != "WebPage", authors.isEmpty, let a = o["author"] ?? o["creator"] {
            func names(_ x: Any) -> [String] {
                if let s = x as? String { return s.hasPrefix("http") ? [] : [s] }
                if let d = x as? [String: Any] { return (d["name"] as? String).map { [$0] } ?? [] }
                if let l = x as? [Any] { return l.prefix(10).flatMap(names) }
                return []
            }
            authors = names(a)
        }
        if publisher == nil, let p = o["publisher"] as? [String: Any], let name = p["name"] as? String { publisher = name }
        if let g = o["@graph"] { readJSONLD(g, dates: &dates, modified: &modified, headline: &headline, authors: &authors, publisher: &publisher, depth: depth + 1) }
        if let m = o["mainEntity"] { readJSONLD(m, dates: &dates, modified: &modified, headline: &headline, authors: &authors, publisher: &publisher, depth: depth + 1) }
    }
}
