import Foundation

/// Common two-character Chinese words (a resource built from jieba's MIT-licensed dictionary by
/// `Tests/Scripts/make_wordlist.py`), used to judge whether text reads on across a column seam.
public final class CommonWords: Sendable {
    private let pairs: FlatCounter

    /// The bundled list, loaded once.
    public static let shared: CommonWords = {
        guard let url = Bundle.module.url(forResource: "words2", withExtension: "txt", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "words2", withExtension: "txt"),
              let data = try? Data(contentsOf: url) else { return CommonWords(text: "") }
        return CommonWords(text: String(decoding: data, as: UTF8.self))
    }()

    /// Parses one word per line; `#` lines are comments.
    public init(text: String) {
        var set = FlatCounter(capacity: 1 << 17)
        var n = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let s = Array(line.unicodeScalars)
            if s.count == 2 { set.add(CommonWords.key(s[0], s[1])); n += 1 }
        }
        pairs = set
        count = n
    }

    @inline(__always) static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }

    /// True if `a` followed by `b` is a common word.
    public func isWord(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool { pairs.get(CommonWords.key(a, b)) != 0 }

    /// Number of words in the list.
    public let count: Int
}
