import Foundation

/// Writes output files, naming a failure as a write error with its cause.
public enum OutputFile {
    /// Writes `data` to `path` atomically (a temporary file renamed into place).
    public static func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ChronicleError.cannotWrite(path: path, reason: reason(error, path: path))
        }
    }

    public static func write(_ text: String, to path: String) throws { try write(Data(text.utf8), to: path) }

    /// Creates a directory (and its parents).
    public static func makeDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ChronicleError.cannotWrite(path: path, reason: "cannot create the directory: " + reason(error, path: path))
        }
    }

    /// The cause of a failed write in a few words: the POSIX error when there is one.
    static func reason(_ error: Error, path: String) -> String {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue { return "it is a directory" }
        let ns = error as NSError
        var code: Int32?
        if ns.domain == NSPOSIXErrorDomain { code = Int32(ns.code) }
        if let u = ns.userInfo[NSUnderlyingErrorKey] as? NSError, u.domain == NSPOSIXErrorDomain { code = Int32(u.code) }
        if code == nil, let e = error as? CocoaError {
            switch e.code {
            case .fileWriteOutOfSpace: code = ENOSPC
            case .fileWriteNoPermission: code = EACCES
            case .fileWriteVolumeReadOnly: code = EROFS
            case .fileNoSuchFile, .fileWriteInvalidFileName: code = ENOENT
            default: break
            }
        }
        switch code {
        case ENOSPC?, EDQUOT?: return "the disk is full"
        case EACCES?, EPERM?: return "permission denied"
        case EROFS?: return "read-only file system"
        case ENOENT?: return "no such directory"
        case ENOTDIR?: return "a part of the path is not a directory"
        case EISDIR?: return "it is a directory"
        case let c?: return String(cString: strerror(c)).lowercased()
        case nil: return "cannot write"
        }
    }
}
