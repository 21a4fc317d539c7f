import Corpus
import Foundation

/// Finds text that was decoded with the wrong encoding before it reached renpa:
/// - U+FFFD replacement characters (the original characters are lost);
/// - GBK bytes read as Latin-1 (`ÈË´ó` for `人大`);
/// - UTF-8 bytes read as Latin-1 or Windows-1252 and encoded again (`äººå¤§` for `人大`).
///
/// Runs of Latin-1 characters are mapped back to the bytes they came from and decoded again; a
/// run counts only when that yields Chinese text, so pinyin (`é`), degrees (`°`) and the middle
/// dot of minority names (`·`) are never taken for mojibake.
public enum MojibakeDetector {
    public enum Kind: String, Sendable, CaseIterable {
        case replacementCharacter, gbkAsLatin1, utf8Twice
    }

    /// The first place of one kind in a text, and how many places there are.
    public struct Finding: Sendable, Hashable {
        public var kind: Kind
        /// Scalar offset of the first place in the source.
        public var offset: Int
        /// The first place as printed.
        public var surface: String
        /// What it reads when decoded correctly (nil for replacement characters).
        public var reading: String?
        public var count: Int
    }

    /// At most one finding per kind, in the order of their first places.
    public static func scan(_ scalars: [Unicode.Scalar]) -> [Finding] {
        var found = [Kind: Finding]()
        func note(_ kind: Kind, _ offset: Int, _ surface: ArraySlice<Unicode.Scalar>, _ reading: String?) {
            if found[kind] != nil { found[kind]!.count += 1; return }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: surface)
            found[kind] = Finding(kind: kind, offset: offset, surface: String(v), reading: reading, count: 1)
        }
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if s.value == 0xFFFD {
                note(.replacementCharacter, i, scalars[i...i], nil)
                i += 1
                continue
            }
            guard byte(of: s) != nil, s.value >= 0x80 else { i += 1; continue }
            var j = i
            while j < n, scalars[j].value >= 0x80, byte(of: scalars[j]) != nil { j += 1 }
            examineRun(scalars, i..<j, note)
            i = j
        }
        return found.values.sorted { $0.offset < $1.offset }
    }

    /// Looks at one maximal run of non-ASCII scalars that all map to single bytes.
    static func examineRun(_ scalars: [Unicode.Scalar], _ run: Range<Int>,
                           _ note: (Kind, Int, ArraySlice<Unicode.Scalar>, String?) -> Void) {
        let bytes = scalars[run].map { byte(of: $0)! }
        // UTF-8 read as Latin-1 / Windows-1252: decode every valid multi-byte sequence in the run.
        var reading = String.UnicodeScalarView()
        var firstAt: Int?
        var lastEnd = 0
        var k = 0
        while k < bytes.count {
            if let (scalar, len) = utf8Sequence(bytes, at: k), scalar.value >= 0x800 {
                if firstAt == nil { firstAt = k }
                reading.append(scalar)
                k += len
                lastEnd = k
            } else {
                k += 1
            }
        }
        if let f = firstAt {
            note(.utf8Twice, run.lowerBound + f, scalars[(run.lowerBound + f)..<(run.lowerBound + lastEnd)], String(reading))
            return
        }
        // GBK read as Latin-1: sub-runs of U+00A1–U+00FE (both GB2312 bytes lie in A1–FE).
        var a = run.lowerBound
        while a < run.upperBound {
            guard (0xA1...0xFE).contains(scalars[a].value) else { a += 1; continue }
            var b = a
            while b < run.upperBound, (0xA1...0xFE).contains(scalars[b].value) { b += 1 }
            if b - a >= 4 {
                let even = a + (b - a) / 2 * 2
                let gbk = scalars[a..<even].map { UInt8($0.value) }
                if let decoded = String(data: Data(gbk), encoding: gb18030), looksChinese(decoded) {
                    note(.gbkAsLatin1, a, scalars[a..<even], decoded)
                }
            }
            a = b
        }
    }

    /// Foundation's identifier for GB18030 (as in `EncodingSniffer`).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// At least two Han characters, and nothing but Han and CJK punctuation.
    static func looksChinese(_ s: String) -> Bool {
        var han = 0
        for u in s.unicodeScalars {
            if ScalarClass.isHan(u) { han += 1; continue }
            if (0x3000...0x303F).contains(u.value) || (0xFF00...0xFFEF).contains(u.value) || (0x2010...0x2027).contains(u.value) { continue }
            return false
        }
        return han >= 2
    }

    /// A strict UTF-8 multi-byte sequence starting at `i`, and its length.
    static func utf8Sequence(_ b: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        let b0 = UInt32(b[i])
        var need = 0, v: UInt32 = 0, minimum: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { need = 1; v = b0 & 0x1F; minimum = 0x80 }
        else if b0 & 0xF0 == 0xE0 { need = 2; v = b0 & 0x0F; minimum = 0x800 }
        else if b0 & 0xF8 == 0xF0 { need = 3; v = b0 & 0x07; minimum = 0x10000 }
        else { return nil }
        guard i + need < b.count else { return nil }
        for k in 1...need {
            let c = UInt32(b[i + k])
            guard c & 0xC0 == 0x80 else { return nil }
            v = (v << 6) | (c & 0x3F)
        }
        guard v >= minimum, v <= 0x10FFFF, !(0xD800...0xDFFF).contains(v), let s = Unicode.Scalar(v) else { return nil }
        return (s, need + 1)
    }

    /// The byte a scalar stands for when bytes were read as Latin-1 or Windows-1252.
    static func byte(of s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        if v < 0x100 { return UInt8(v) }
        return cp1252[v]
    }

    /// Windows-1252 characters in 0x80–0x9F that are not Latin-1.
    static let cp1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9D, 0x0178: 0x9F,
    ]
}
