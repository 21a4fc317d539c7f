/// The encodings renpa detects in input files.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-8 that starts with the byte-order mark EF BB BF.
    case utf8BOM = "utf-8-bom"
    /// UTF-16 little-endian with the byte-order mark FF FE.
    case utf16LE = "utf-16le"
    /// UTF-16 big-endian with the byte-order mark FE FF.
    case utf16BE = "utf-16be"
    /// UTF-16 little-endian without a byte-order mark, recognised by its NUL high bytes.
    case utf16LENoBOM = "utf-16le-nobom"
    /// UTF-16 big-endian without a byte-order mark.
    case utf16BENoBOM = "utf-16be-nobom"
    /// GB18030 (a superset of GBK and GB2312), chosen when the bytes are not valid UTF-8.
    case gb18030 = "gb18030"
}
