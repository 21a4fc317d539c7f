/// Character classes renpa's layout rules need, on Unicode scalars (no `Character`, no allocation).
public enum ScalarClass {
    /// CJK unified ideographs (basic block, extension A, compatibility, extensions B+).
    @inline(__always) public static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF)
            || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x2FFFF)
    }

    /// Horizontal white space: ASCII space and tab, no-break space, ideographic space, thin spaces, BOM.
    @inline(__always) public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        // Han and most punctuation lie above U+3000, ASCII text below U+00A0: each is told in a
        // comparison or two.
        if v > 0x3000 { return v == 0xFEFF }
        if v < 0xA0 { return v == 0x20 || v == 0x09 || v == 0x0B || v == 0x0C }
        return v == 0xA0 || v == 0x3000 || (v >= 0x2000 && v <= 0x200B) || v == 0x202F || v == 0x205F
    }

    /// ASCII letter or digit (after width folding).
    @inline(__always) public static func isASCIIAlnum(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// Digit 0-9, ASCII or full-width.
    @inline(__always) public static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19)
    }

    /// Folds full-width ASCII forms (U+FF01–U+FF5E) to ASCII and the ideographic space to a space.
    @inline(__always) public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        // (Full-width ASCII folds to ASCII: built from a byte, with no check for a surrogate.)
        if v &- 0xFF01 <= 0xFF5E - 0xFF01 { return Unicode.Scalar(UInt8(truncatingIfNeeded: v &- 0xFEE0)) }
        if v == 0x3000 { return " " }
        return s
    }

    /// Punctuation that ends a sentence: 。！？；… and their ASCII forms.
    @inline(__always) public static func isSentenceFinal(_ s: Unicode.Scalar) -> Bool {
        switch fold(s).value {
        case 0x3002, 0x21, 0x3F, 0x3B, 0x2026, 0xFF61: return true
        default: return false
        }
    }

    /// Closing quotes and brackets that may follow sentence-final punctuation.
    @inline(__always) public static func isClosing(_ s: Unicode.Scalar) -> Bool {
        switch fold(s).value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0x29, 0x300B, 0x3011, 0x5D, 0x22, 0x27: return true
        default: return false
        }
    }

    /// Opening quotes and brackets.
    @inline(__always) public static func isOpening(_ s: Unicode.Scalar) -> Bool {
        switch fold(s).value {
        case 0x201C, 0x2018, 0x300C, 0x300E, 0x28, 0x300A, 0x3010, 0x5B: return true
        default: return false
        }
    }

    /// Clause punctuation that cannot end a paragraph: ，、：—— and ASCII comma/colon.
    @inline(__always) public static func isClausePunct(_ s: Unicode.Scalar) -> Bool {
        switch fold(s).value {
        case 0x2C, 0x3001, 0x3A, 0x2014, 0x2E: return true
        default: return false
        }
    }

    /// Letters, digits or Han: what a reader counts as text.
    @inline(__always) public static func isWordLike(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x10000 { return wordLikeBMP[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return isHan(s) || s.properties.isAlphabetic
    }

    /// How many of `scalars` are word-like (letters, digits, Han): the table is fetched once.
    /// (Not generic: a generic function called from another module runs unspecialised.)
    public static func wordLikeCount(_ scalars: [Unicode.Scalar]) -> Int {
        wordLikeBMP.withUnsafeBufferPointer { bits in
            var n = 0
            for s in scalars {
                let v = s.value
                // The basic block of ideographs (most of the text) is word-like throughout.
                if v &- 0x4E00 <= 0x9FFF - 0x4E00 { n += 1; continue }
                if v < 0x10000 {
                    if bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { n += 1 }
                } else if isHan(s) || s.properties.isAlphabetic {
                    n += 1
                }
            }
            return n
        }
    }

    /// `isWordLike` for the Basic Multilingual Plane, one bit per scalar (8 KiB, built once): the
    /// Unicode property lookup cost more than everything else in counting characters.
    private static let wordLikeBMP: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for v in 0..<UInt32(0x10000) {
            guard let s = Unicode.Scalar(v) else { continue }
            // Two large blocks whose answer Unicode fixes for good, without the property lookup:
            // Hangul syllables are letters (Lo), private-use code points are not (Co).
            let known = (0xAC00...0xD7A3).contains(v) ? true : (0xE000...0xF8FF).contains(v) ? false : nil
            if isHan(s) || isASCIIAlnum(fold(s)) || (known ?? s.properties.isAlphabetic) { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        }
        return bits
    }()
}
