import Foundation

/// Substring search that answers exactly as Foundation's `StringProtocol.range(of:)` (a search by
/// canonical equivalence) without Foundation, when both strings hold only scalars that no canonical
/// equivalence or grapheme rule touches (`isPlain`): there the search is a plain scalar comparison.
/// Foundation's search cost about 10,000 instructions a call.
enum PlainSearch {
    /// The scalar offset of the first occurrence of `needle` in `hay`; `.some(nil)` when there is
    /// none; nil when a string holds a scalar that is not plain (ask Foundation).
    static func firstOffset(of needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> Int?? {
        guard !needle.isEmpty else { return nil }
        for c in needle where !isPlain(c) { return nil }
        for c in hay where !isPlain(c) { return nil }
        guard hay.count >= needle.count else { return .some(nil) }
        let first = needle[0]
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return .some(i) }
            }
            i += 1
        }
        return .some(nil)
    }

    /// Scalars with no canonical decomposition, that are no combining mark, joiner, variation
    /// selector, line separator or Hangul, and that compose with nothing: printable ASCII and tab,
    /// Latin-1 punctuation (U+00A1–U+00BF), general punctuation without its spaces and format
    /// characters (U+2010–U+2027, U+2030–U+205E), CJK symbols and punctuation without the
    /// combining tone marks (U+3000–U+3029, U+3030–U+303F), CJK unified ideographs and extension A,
    /// full-width forms (U+FF01–U+FF5E).
    @inline(__always) static func isPlain(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v &- 0x4E00 <= 0x9FFF - 0x4E00 { return true }
        if v < 0x80 { return v >= 0x20 && v < 0x7F || v == 0x09 }
        if v &- 0x3000 <= 0x303F - 0x3000 { return v < 0x302A || v > 0x302F }
        if v &- 0xFF01 <= 0xFF5E - 0xFF01 { return true }
        if v &- 0x2010 <= 0x205E - 0x2010 { return v < 0x2028 || v >= 0x2030 }
        if v &- 0x3400 <= 0x4DBF - 0x3400 { return true }
        return v &- 0xA1 <= 0xBF - 0xA1
    }
}
