/// Turns a byte offset in a file into the 1-based line and column (Unicode scalars) an editor shows,
/// counting line breaks like `SourceText` does (LF, CRLF and lone CR).
public enum BytePosition {
    public static func locate(_ offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var i = 0
        let end = min(offset, bytes.count)
        // A leading byte-order mark is not a column.
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF && end >= 3 { i = 3 }
        while i < end {
            let b = bytes[i]
            if b == 0x0A || (b == 0x0D && !(i + 1 < bytes.count && bytes[i + 1] == 0x0A)) {
                line += 1
                column = 1
            } else if b == 0x0D {
                // CR of a CRLF: the LF ends the line.
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }
}
