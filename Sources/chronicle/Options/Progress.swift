import ChronicleKit
import Foundation

/// A progress bar on stderr (count, rate, ETA) when stderr is a terminal; silent otherwise.
final class ProgressBar: @unchecked Sendable {
    let enabled = isatty(STDERR_FILENO) == 1
    let start = Date()
    let label: String
    private var last = Date.distantPast

    init(label: String) { self.label = label }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(last) > 0.1 else { return }
        last = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = Int(Double(width) * Double(done) / Double(total))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = String(format: "\r%@ %d/%d [%@] %.0f/s ETA %ds ", label, done, total, bar, rate, Int(eta.rounded()))
        FileHandle.standardError.write(Data(line.utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

/// Prints one problem per line on stderr.
func report(_ problems: [Error]) {
    for p in problems {
        let text = (p as? LocalizedError)?.errorDescription ?? "\(p)"
        FileHandle.standardError.write(Data(("chronicle: " + text + "\n").utf8))
    }
}

/// Writes text to a file, or to stdout when the path is nil or "-".
func emit(_ text: String, to path: String?) throws {
    guard let path, path != "-" else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
    }
    try OutputFile.write(text, to: path)
}
