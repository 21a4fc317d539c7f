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
                var i = 0
                let n = p.count
                p.withMemoryRebound(to: UInt32.self) { values in
                    guard let base = values.baseAddress else { return }
                    while i < n {
                        // Four scalars at a time: most hold no line break, no control character.
                        if i &+ 4 <= n && !SourceText.mayHoldControl(UnsafeRawPointer(base + i)) { i &+= 4; continue }
                        let end = min(i &+ 4, n)
                        while i < end {
                            let v = base[i]
                            i &+= 1
                            guard v <= 0x0D else { continue }
                            if v == 0x0A { starts.append(i) } else if v == 0x0D { cr = true }
                        }
                    }
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

    /// False when none of the four scalar values at `p` is below U+000E (none is a line break).
    /// Word-wise: a 32-bit lane below 0x0E sets its top bit in `(w - 0x0E) & ~w`; a borrow from the
    /// lane below may flag a lane of exactly 0x0E too, which the caller checks and passes.
    @inline(__always) static func mayHoldControl(_ p: UnsafeRawPointer) -> Bool {
        let a = p.loadUnaligned(as: UInt64.self), b = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        let low: UInt64 = 0x0000_000E_0000_000E, high: UInt64 = 0x8000_0000_8000_0000
        return ((a &- low) & ~a | (b &- low) & ~b) & high != 0
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
