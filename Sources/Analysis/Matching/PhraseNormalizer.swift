// The normalization of analysis text, applied to user phrases so they match it.

/// Normalizes a phrase (or any text) the way analysis text is normalized:
/// - full-width ASCII forms U+FF01…U+FF5E fold to ASCII (`，`→`,`, `（`→`(`, `２`→`2`),
///   U+3000 (ideographic space) becomes a space;
/// - whitespace is removed, except that one space is kept between two ASCII letters/digits
///   (`COVID 19` stays two words, `人 大 常 委 会` becomes `人大常委会`);
/// - everything else (including “ ” 「」 、 。) is kept as is.
/// So `民有所呼、我有所应` and `发展全过程人民民主，保障人民当家作主` match either comma.
public enum PhraseNormalizer {
    /// Folds one scalar: full-width ASCII to ASCII, ideographic space to space.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(v - 0xFEE0)! }
        if v == 0x3000 { return " " }
        return s
    }

    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isASCIIAlnum(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// Normalizes a sequence of scalars.
    public static func normalize<S: Sequence>(scalars: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.underestimatedCount)
        var pendingSpace = false
        for raw in scalars {
            let s = fold(raw)
            if isWhitespace(s) {
                pendingSpace = true
                continue
            }
            if pendingSpace, let last = out.last, isASCIIAlnum(last), isASCIIAlnum(s) {
                out.append(" ")
            }
            pendingSpace = false
            out.append(s)
        }
        return out
    }

    /// Normalizes a string.
    public static func normalize(_ text: String) -> [Unicode.Scalar] {
        normalize(scalars: text.unicodeScalars)
    }

    /// Normalizes a string and returns it as a string.
    public static func normalizedString(_ text: String) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: normalize(text))
        return String(v)
    }
}
