import ArgumentParser
import ChronicleKit
import Foundation

/// How inputs are read: the fields of JSON Lines and CSV records, and whether the rule stages
/// run on articles that are not in English.
struct ReaderOptions: ParsableArguments {
    @Option(help: "JSONL/CSV: the field with the article text (default: the first of text, content, body, article).")
    var textField: String?
    @Option(help: "JSONL/CSV: the field with the title (default: title, headline).")
    var titleField: String?
    @Option(help: "JSONL/CSV: the field with the publication date (default: date, published, publish_date, published_at).")
    var dateField: String?
    @Option(help: "JSONL/CSV: the field with the record id (default: id; else the line number).")
    var idField: String?
    @Option(help: "JSONL/CSV: the field with the URL (default: url, link).")
    var urlField: String?
    @Flag(help: "Run the rule stages on articles that are not in English too (they are made for English).")
    var force = false

    var reader: ArticleReader {
        ArticleReader(fields: .init(text: textField, title: titleField, date: dateField, id: idField, url: urlField))
    }
}

/// Prints what the reader saw (skipped files, undated and non-English articles) and the summary line.
func reportNotes(_ notes: Inputs.Notes) {
    for m in notes.messages { FileHandle.standardError.write(Data("chronicle: note: \(m)\n".utf8)) }
    FileHandle.standardError.write(Data("chronicle: \(notes.summary)\n".utf8))
}
