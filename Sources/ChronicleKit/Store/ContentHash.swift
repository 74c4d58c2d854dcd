/// A stable 64-bit FNV-1a hash of a text, hex-encoded (to notice changed articles).
public enum ContentHash {
    public static func of(_ s: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
