import Foundation

/// Expands command-line inputs into article files: a directory gives its `.txt` files (sorted,
/// recursively), a file is taken as it is. Problems are returned, not thrown, so the batch
/// goes on with the other files.
public enum Inputs {
    public static func expand(_ paths: [String]) -> (files: [String], problems: [ChronicleError]) {
        var files: [String] = []
        var problems: [ChronicleError] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else {
                // a dangling link or a link loop is read (and reported) like a file
                if (try? fm.destinationOfSymbolicLink(atPath: p)) != nil { files.append(p) } else { problems.append(.fileNotFound(path: p)) }
                continue
            }
            if isDir.boolValue {
                guard let e = fm.enumerator(atPath: p) else {
                    problems.append(.unreadable(path: p, reason: "cannot list the directory"))
                    continue
                }
                var found: [String] = []
                while let rel = e.nextObject() as? String {
                    if rel.hasSuffix(".txt") { found.append((p as NSString).appendingPathComponent(rel)) }
                }
                if found.isEmpty { problems.append(.badInput(path: p, message: "is a directory with no .txt files")) }
                files += found.sorted()
            } else {
                files.append(p)
            }
        }
        return (files, problems)
    }
}
