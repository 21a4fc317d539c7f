import Foundation

/// How one synthetic file is written to disk.
enum FileEncoding: String, Sendable, CaseIterable {
    /// UTF-8 with LF line ends (most files).
    case utf8 = "utf-8"
    /// UTF-8 with CRLF line ends.
    case crlf = "utf-8 crlf"
    /// GB18030 with LF line ends, encoded through Foundation.
    case gb18030 = "gb18030"

    /// Foundation's identifier for GB18030 on Linux (`kCFStringEncodingGB_18030_2000`).
    static let foundationGB18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Draws a file's encoding: `share` of files are GB18030 and as many again CRLF.
    static func draw(share: Double, _ rng: inout SplitMix64) -> FileEncoding {
        let x = Double(rng.next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
        if x < share { return .gb18030 }
        if x < 2 * share { return .crlf }
        return .utf8
    }

    /// The bytes of `lines` joined by this encoding's line break, with `newlines` breaks before
    /// them and one after the last line.
    func encode(_ lines: [[Unicode.Scalar]], leadingBreaks: Int) -> [UInt8] {
        switch self {
        case .utf8, .crlf:
            var out = [UInt8]()
            out.reserveCapacity(lines.reduce(leadingBreaks * 2) { $0 + 3 * $1.count + 2 })
            let crlf = self == .crlf
            func lineBreak() { if crlf { out.append(0x0D) }; out.append(0x0A) }
            for _ in 0..<leadingBreaks { lineBreak() }
            for line in lines {
                for s in line { FileEncoding.appendUTF8(s, to: &out) }
                lineBreak()
            }
            return out
        case .gb18030:
            var s = String(repeating: "\n", count: leadingBreaks)
            for line in lines {
                s.unicodeScalars.append(contentsOf: line)
                s += "\n"
            }
            // GB18030 maps all of Unicode; the lossy flag only guards against a Foundation gap.
            guard let data = s.data(using: FileEncoding.foundationGB18030, allowLossyConversion: true) else {
                return Array(s.utf8)
            }
            return [UInt8](data)
        }
    }

    /// Appends the UTF-8 bytes of `s`.
    @inline(__always)
    static func appendUTF8(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        let v = s.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
