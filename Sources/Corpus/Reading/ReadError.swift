/// Why an input could not be read. Every case names the file, and where it helps, the byte offset.
public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path does not exist or cannot be opened.
    case cannotOpen(path: String, reason: String)
    /// The file has no bytes (or only a byte-order mark / whitespace).
    case empty(path: String)
    /// The file holds NUL bytes or other control bytes typical of binary data.
    case binary(path: String, offset: Int)
    /// Neither UTF-8, UTF-16 (with BOM) nor GB18030 decodes the bytes.
    case undecodable(path: String, offset: Int)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .cannotOpen(let p, _), .empty(let p), .binary(let p, _), .undecodable(let p, _): return p
        }
    }

    public var description: String {
        switch self {
        case .cannotOpen(let p, let r): return "\(p): cannot open: \(r)"
        case .empty(let p): return "\(p): empty file, nothing to read (skipped)"
        case .binary(let p, let o): return "\(p): binary data at byte \(o), not a text file (skipped)"
        case .undecodable(let p, let o):
            return "\(p): invalid UTF-8 at byte \(o) and not decodable as GB18030 either; re-export the file as UTF-8 (skipped)"
        }
    }
}
