import Foundation

extension Store {
    /// An event's typed fields as the compact JSON object `chronicle.json` writes, nil for none.
    static func typingJSON(_ e: EventRecord) -> String? {
        guard e.typing != nil else { return nil }
        return JSON.object(ChronicleJSONWriter.typing(e)).serialized(indent: nil)
    }

    /// The typed fields back from the stored JSON.
    static func typing(json: String?) -> EventTyping? {
        guard let json, let o = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] else { return nil }
        return ChronicleJSONReader.typing(o) { v in
            guard let a = v as? [Any], a.count == 2, let s = (a[0] as? NSNumber)?.intValue, let e = (a[1] as? NSNumber)?.intValue else { return nil }
            return Span(s, e)
        }
    }
}
