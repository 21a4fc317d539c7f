import Foundation

/// Common two-character Chinese words (a resource built from jieba's MIT-licensed dictionary by
/// `Tests/Scripts/make_wordlist.py`), used to judge whether text reads on across a column seam.
public final class CommonWords: Sendable {
    private let pairs: FlatCounter

    /// The bundled list, loaded once.
    public static let shared: CommonWords = {
        guard let url = resourceURL, let data = try? Data(contentsOf: url) else { return CommonWords(utf8: []) }
        return CommonWords(utf8: [UInt8](data))
    }()

    /// Location of the bundled list.
    static var resourceURL: URL? {
        Bundle.module.url(forResource: "words2", withExtension: "txt", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "words2", withExtension: "txt")
    }

    /// Parses one word per line; `#` lines are comments.
    public convenience init(text: String) {
        self.init(utf8: Array(text.utf8))
    }

    /// Parses the list from UTF-8 bytes without building strings (it loads on every run).
    public init(utf8 bytes: [UInt8]) {
        var set = FlatCounter(capacity: 1 << 17)
        var n = 0
        var i = 0
        let count = bytes.count
        while i < count {
            var j = i
            while j < count && bytes[j] != 0x0A { j += 1 }
            var e = j
            if e > i && bytes[e - 1] == 0x0D { e -= 1 }
            // A word line is two three-byte UTF-8 characters (every CJK ideograph of the BMP).
            if e - i == 6 && bytes[i] != 0x23, let a = CommonWords.scalar3(bytes, i), let b = CommonWords.scalar3(bytes, i + 3) {
                set.add(CommonWords.key(a, b))
                n += 1
            }
            i = j + 1
        }
        pairs = set
        self.count = n
        // A bit per word, hashed: most pairs asked about are not words, and the table (1.5 MiB)
        // missed the caches on most of them; the bits (128 KiB) mostly do not.
        var bits = [UInt64](repeating: 0, count: 1 << (64 - Int(CommonWords.bitShift) - 6))
        set.forEachKey { k in
            // `FlatCounter` stores a key with its low bit set, which a word's key leaves clear
            // and `bit` ignores.
            let b = CommonWords.bit(k)
            bits[b >> 6] |= 1 &<< UInt64(b & 63)
        }
        self.bits = bits
    }

    private let bits: [UInt64]
    static let bitShift: UInt64 = 64 - 20

    /// The filter bit of a word key (its low bit ignored, as `FlatCounter` keeps keys with it set).
    @inline(__always) static func bit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key | 1) &* 0x9E37_79B9_7F4A_7C15) >> bitShift)
    }

    /// The scalar encoded by the three UTF-8 bytes at `i`, if they are a valid three-byte sequence.
    @inline(__always) static func scalar3(_ b: [UInt8], _ i: Int) -> Unicode.Scalar? {
        guard b[i] & 0xF0 == 0xE0, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 else { return nil }
        return Unicode.Scalar(UInt32(b[i] & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F))
    }

    /// A word's key (`FlatCounter.pairKey`).
    @inline(__always) static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        FlatCounter.pairKey(a.value, b.value)
    }

    /// True if `a` followed by `b` is a common word.
    public func isWord(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let k = CommonWords.key(a, b)
        let b = CommonWords.bit(k)
        guard bits[b >> 6] & (1 &<< UInt64(b & 63)) != 0 else { return false }
        return pairs.get(k) != 0
    }

    /// Number of words in the list.
    public let count: Int
}
