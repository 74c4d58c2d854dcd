import Foundation

/// The pages, script and style sheet, read once from the target's resources into memory. A
/// request can only name one of these by its exact name: nothing is looked up on disk per
/// request, so no path can reach a file outside them.
struct WebAssets: Sendable {
    struct Asset: Sendable {
        var contentType: String
        var body: [UInt8]
    }

    /// By file name (`index.html`, `app.js`…).
    let files: [String: Asset]

    static let types = ["html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8",
                        "svg": "image/svg+xml"]

    init() throws {
        guard let dir = Bundle.module.url(forResource: "web", withExtension: nil, subdirectory: "Resources") else {
            throw APIError(500, "the web resources are missing from the ChronicleServer bundle")
        }
        var files: [String: Asset] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            let ext = (name as NSString).pathExtension
            guard let type = WebAssets.types[ext], let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) else { continue }
            files[name] = Asset(contentType: type, body: Array(data))
        }
        // the pages share one head, header and body, made from one template
        guard let template = FileManager.default.contents(atPath: dir.appendingPathComponent("page.html.template").path) else {
            throw APIError(500, "the page template is missing from the ChronicleServer bundle")
        }
        let text = String(decoding: template, as: UTF8.self)
        for (name, title, page) in WebAssets.pageTemplates {
            let html = text.replacingOccurrences(of: "{{title}}", with: title).replacingOccurrences(of: "{{page}}", with: page)
            files[name] = Asset(contentType: WebAssets.types["html"]!, body: Array(html.utf8))
        }
        self.files = files
    }

    /// Each page's file name, title and `data-page` (which view app.js draws).
    static let pageTemplates = [("index.html", "Timeline", "timeline"), ("fact.html", "Fact", "fact"), ("actor.html", "Actor", "actor"),
                                ("search.html", "Search", "search"), ("graph.html", "Event graph", "graph"), ("review.html", "Review", "review")]

    /// The pages and the file each serves.
    static let pages: [String: String] = ["/": "index.html", "/fact": "fact.html", "/actor": "actor.html", "/search": "search.html",
                                          "/graph": "graph.html", "/review": "review.html"]
}
