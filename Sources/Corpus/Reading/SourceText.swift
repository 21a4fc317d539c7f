/// A decoded input file: its scalars with line breaks normalised to LF, and where each line starts.
///
/// Line numbers are 1-based and always refer to the original file: CRLF and lone CR count as one
/// break, exactly like LF, so line N here is line N in any editor.
public struct SourceText: Sendable {
    /// The path as given (or `-` for standard input).
    public let path: String
    /// The detected encoding.
    public let encoding: TextEncoding
    /// The text, byte-order mark removed, CRLF and CR turned into LF.
    public let scalars: [Unicode.Scalar]
    /// `lineStarts[i]` is the offset in `scalars` where line i+1 begins.
    public let lineStarts: [Int]

    /// Builds a source text from decoded scalars, normalising line breaks.
    public init(path: String, encoding: TextEncoding, decoded: [Unicode.Scalar]) {
        self.path = path
        self.encoding = encoding
        // The common case (LF only, no byte-order mark): keep the decoded array, index its lines
        // in the same pass that looks for a CR.
        if decoded.first?.value != 0xFEFF {
            var starts = [0]
            starts.reserveCapacity(decoded.count / 16 + 1)
            let sawCR = decoded.withUnsafeBufferPointer { p -> Bool in
                var cr = false
                for i in 0..<p.count {
                    let v = p[i].value
                    guard v <= 0x0D else { continue }
                    if v == 0x0A { starts.append(i + 1) } else if v == 0x0D { cr = true }
                }
                return cr
            }
            if !sawCR {
                self.scalars = decoded
                self.lineStarts = starts
                return
            }
        }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(decoded.count)
        var starts = [0]
        var i = 0
        let n = decoded.count
        while i < n {
            let s = decoded[i]
            if s == "\r" {
                out.append("\n")
                if i + 1 < n && decoded[i + 1] == "\n" { i += 1 }
                starts.append(out.count)
            } else {
                if i == 0 && s.value == 0xFEFF { i += 1; continue }
                out.append(s)
                if s == "\n" { starts.append(out.count) }
            }
            i += 1
        }
        self.scalars = out
        self.lineStarts = starts
    }

    /// Decodes raw bytes (any supported encoding) read from `path`.
    public init(path: String, bytes: [UInt8]) throws {
        let (enc, scalars) = try EncodingSniffer.decode(bytes, path: path)
        self.init(path: path, encoding: enc, decoded: scalars)
        if !self.scalars.contains(where: { !ScalarClass.isSpace($0) && $0 != "\n" }) {
            throw ReadError.empty(path: path)
        }
    }

    /// Number of lines (a final line without a newline counts; a trailing newline does not add one).
    public var lineCount: Int {
        if let last = lineStarts.last, last == scalars.count, lineStarts.count > 1 { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// Scalar range of 1-based line `n`, without its newline.
    public func lineRange(_ n: Int) -> Range<Int> {
        let start = lineStarts[n - 1]
        var end = n < lineStarts.count ? lineStarts[n] - 1 : scalars.count
        if end < start { end = start }
        return start..<end
    }

    /// The text of 1-based line `n`, as printed.
    public func line(_ n: Int) -> String {
        String(scalars: scalars[lineRange(n)])
    }

    /// The 1-based line holding scalar offset `offset`.
    public func lineNumber(at offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// 1-based column (in Unicode scalars) of `offset` within its line.
    public func column(at offset: Int) -> Int {
        offset - lineStarts[lineNumber(at: offset) - 1] + 1
    }
}
