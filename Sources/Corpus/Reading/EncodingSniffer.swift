import Foundation

/// Detects a file's encoding and decodes it into Unicode scalars.
///
/// Order of tests: UTF-16 byte-order marks, the UTF-8 byte-order mark, NUL/control bytes (binary),
/// strict UTF-8, then GB18030 through Foundation. Decoding works on bytes and produces scalars
/// directly; no `String` is built for UTF-8 input.
public enum EncodingSniffer {
    /// Foundation's identifier for GB18030 on Linux (`kCFStringEncodingGB_18030_2000`).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Decodes `bytes` read from `path`; throws `ReadError` naming the path and byte offset.
    public static func decode(_ bytes: [UInt8], path: String) throws -> (TextEncoding, [Unicode.Scalar]) {
        if bytes.isEmpty { throw ReadError.empty(path: path) }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
            return (.utf16LE, try decodeUTF16(bytes, from: 2, bigEndian: false, path: path))
        }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            return (.utf16BE, try decodeUTF16(bytes, from: 2, bigEndian: true, path: path))
        }
        var start = 0
        var encoding = TextEncoding.utf8
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            start = 3
            encoding = .utf8BOM
        }
        let (binary, leads) = surveyBytes(bytes, from: start)
        if let bad = binary {
            if start == 0, let (e, scalars) = utf16WithoutBOM(bytes, path: path) { return (e, scalars) }
            throw ReadError.binary(path: path, offset: bad)
        }
        switch decodeUTF8(bytes, from: start, leadBytes: leads) {
        case .success(let scalars): return (encoding, scalars)
        case .failure(let offset):
            if encoding == .utf8, let scalars = GB18030Pairs.decode(bytes) { return (.gb18030, scalars) }
            if encoding == .utf8,
               let s = String(data: Data(bytes), encoding: gb18030),
               !s.unicodeScalars.contains(where: { $0.value == 0xFFFD }) {
                return (.gb18030, Array(s.unicodeScalars))
            }
            throw ReadError.undecodable(path: path, offset: offset)
        }
    }

    /// UTF-16 saved without a byte-order mark: the text decodes without error or NUL in one byte
    /// order, and nine tenths of it is Han, ASCII or CJK punctuation (the order with more such text
    /// wins). The NUL bytes cannot tell the order alone: Chinese text has NUL low bytes too (一 is
    /// U+4E00, 开 U+5F00), as many as the high bytes of its line breaks. Nil otherwise (binary data).
    static func utf16WithoutBOM(_ bytes: [UInt8], path: String) -> (TextEncoding, [Unicode.Scalar])? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        var nulEven = 0, nulOdd = 0
        for i in 0..<bytes.count where bytes[i] == 0 { if i % 2 == 0 { nulEven += 1 } else { nulOdd += 1 } }
        var best: (encoding: TextEncoding, scalars: [Unicode.Scalar], texty: Int)?
        for bigEndian in [false, true] {
            // At least two ASCII characters (line breaks, spaces) with their NUL high byte.
            guard (bigEndian ? nulEven : nulOdd) >= 2,
                  let scalars = try? decodeUTF16(bytes, from: 0, bigEndian: bigEndian, path: path), !scalars.isEmpty,
                  !scalars.contains(where: { $0.value == 0 }) else { continue }
            let texty = scalars.reduce(0) { n, s in
                let v = s.value
                return n + ((v >= 0x20 && v < 0x7F) || v == 0x0A || v == 0x0D || v == 0x09 || ScalarClass.isHan(s)
                            || (0x3000...0x303F).contains(v) || (0xFF00...0xFFEF).contains(v) || (0x2000...0x206F).contains(v) ? 1 : 0)
            }
            guard texty * 10 >= scalars.count * 9, texty > (best?.texty ?? -1) else { continue }
            best = (bigEndian ? .utf16BENoBOM : .utf16LENoBOM, scalars, texty)
        }
        return best.map { ($0.encoding, $0.scalars) }
    }

    /// The offset of the first byte that marks binary data (`isBinary`) and, when there is none,
    /// `leadByteCount` (the scalars UTF-8 decoding makes of valid input), in one pass over the bytes.
    static func surveyBytes(_ bytes: [UInt8], from start: Int) -> (binary: Int?, leads: Int) {
        bytes.withUnsafeBufferPointer { survey($0, from: start, stopAtBinary: true) }
    }

    /// How many of `p[start...]` are not UTF-8 continuation bytes (`10xxxxxx`), eight at a time:
    /// a byte's flag (its top bit) is set unless bit 7 is set and bit 6 clear; the flags add up
    /// per byte lane, and the lanes are summed every 255 words.
    static func leadByteCount(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        survey(p, from: start, stopAtBinary: false).leads
    }

    /// The lead bytes of `p[start...]` counted eight at a time (as `leadByteCount` says), and with
    /// `stopAtBinary` the offset of the first binary byte instead: a word is looked at byte by byte
    /// only when it may hold a control byte (the test flags a word exactly when one of its bytes is
    /// below 0x20).
    @inline(__always)
    static func survey(_ p: UnsafeBufferPointer<UInt8>, from start: Int, stopAtBinary: Bool) -> (binary: Int?, leads: Int) {
        guard let base = p.baseAddress, start < p.count else { return (nil, 0) }
        let n = p.count
        let high: UInt64 = 0x8080_8080_8080_8080
        var total = 0
        var i = start
        while i + 8 <= n {
            var lanes: UInt64 = 0
            var words = 0
            while words < 255 && i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if stopAtBinary && (w &- 0x2020_2020_2020_2020) & ~w & high != 0 {
                    for k in i..<(i + 8) where EncodingSniffer.isBinary(base[k]) { return (k, 0) }
                }
                let continuation = w & ~(w << 1) & high
                lanes &+= (~continuation & high) >> 7
                i &+= 8
                words &+= 1
            }
            // Byte lanes (each at most 255) into 16-bit lanes, then summed.
            let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
            total += Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while i < n {
            let b = base[i]
            if stopAtBinary && EncodingSniffer.isBinary(b) { return (i, 0) }
            if b & 0xC0 != 0x80 { total += 1 }
            i += 1
        }
        return (nil, total)
    }

    /// NUL, or a C0 control other than tab, LF, VT, FF, CR, ESC.
    @inline(__always) static func isBinary(_ b: UInt8) -> Bool {
        b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0B && b != 0x0C && b != 0x0D && b != 0x1B
    }

    enum UTF8Result { case success([Unicode.Scalar]); case failure(Int) }

    /// Strict UTF-8 decoding (rejects overlongs, surrogates, values above U+10FFFF), written
    /// straight into the result's storage; the common one- and three-byte forms take short paths.
    /// `leadBytes`, when given, is `leadByteCount` of the bytes from `start`.
    static func decodeUTF8(_ bytes: [UInt8], from start: Int, leadBytes: Int? = nil) -> UTF8Result {
        let n = bytes.count
        var failure = -1
        let out = bytes.withUnsafeBufferPointer { p -> [Unicode.Scalar] in
            // One scalar per byte that is not a continuation byte: the exact size for valid input
            // (a byte per scalar would hold three times what Chinese text needs, for the file's life).
            let capacity = leadBytes ?? leadByteCount(p, from: start)
            return [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buf, count in
                guard let src = p.baseAddress, let base = buf.baseAddress else {
                    if start < n { failure = start }  // nothing but continuation bytes
                    count = 0; return
                }
                // Values are written as the `UInt32`s scalars are: each is checked here, so the
                // checking initialiser's second test and trap are not needed.
                let (written, bad) = base.withMemoryRebound(to: UInt32.self, capacity: capacity) { dst -> (Int, Int) in
                var i = start
                var o = 0
                var bad = -1
                scalars: while i < n {
                    // Pairs of three-byte scalars (Han, CJK punctuation: most of the text), eight
                    // bytes read at once; a pair that is not two valid three-byte scalars, and the
                    // last seven bytes, go on below.
                    while i &+ 8 <= n {
                        let w = UInt64(littleEndian: UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self))
                        // Leads E0–EF at bytes 0 and 3, continuation bytes at 1, 2, 4 and 5.
                        guard w & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0 else { break }
                        // Leads E1–EC, EE and EF make no overlong form and no surrogate whatever
                        // follows; E0 and ED (rare) are checked one by one below.
                        let leads = 0xDFFE >> (w & 0x0F) & 0xDFFE >> (w >> 24 & 0x0F)
                        guard leads & 1 != 0 else { break }
                        let a = UInt32(truncatingIfNeeded: w), b = UInt32(truncatingIfNeeded: w >> 24)
                        let va = (a & 0x0F) << 12 | (a & 0x3F00) >> 2 | (a & 0x3F_0000) >> 16
                        let vb = (b & 0x0F) << 12 | (b & 0x3F00) >> 2 | (b & 0x3F_0000) >> 16
                        dst[o] = va
                        dst[o &+ 1] = vb
                        o &+= 2
                        i &+= 6
                    }
                    // Runs of one- and three-byte scalars, four bytes read at once (little-endian:
                    // the lead byte lowest); anything else, and the last three bytes, take the
                    // general step below.
                    while i &+ 4 <= n {
                        let w = UInt32(littleEndian: UnsafeRawPointer(src + i).loadUnaligned(as: UInt32.self))
                        if w & 0x80 == 0 {
                            dst[o] = w & 0x7F; o &+= 1; i &+= 1
                            continue
                        }
                        // Lead E0–EF and two continuation bytes.
                        guard w & 0x00C0_C0F0 == 0x0080_80E0 else { break }
                        let v = (w & 0x0F) << 12 | (w & 0x3F00) >> 2 | (w & 0x3F_0000) >> 16
                        guard EncodingSniffer.isThreeByteScalar(v) else { break }
                        dst[o] = v; o &+= 1; i &+= 3
                        // Back to pairs after a three-byte scalar (an ASCII byte stays here).
                        if i &+ 8 <= n { continue scalars }
                    }
                    guard i < n else { break }
                    let b0 = src[i]
                    if b0 < 0x80 {
                        dst[o] = UInt32(b0); o &+= 1; i &+= 1
                        continue
                    }
                    // Three bytes (Han, CJK punctuation): lead E0–EF, two continuation bytes, no
                    // overlong form, no surrogate.
                    if b0 &- 0xE0 < 0x10 && i + 2 < n {
                        let c1 = src[i + 1], c2 = src[i + 2]
                        if (c1 ^ 0x80) | (c2 ^ 0x80) < 0x40 {
                            let v = UInt32(b0 & 0x0F) << 12 | UInt32(c1 & 0x3F) << 6 | UInt32(c2 & 0x3F)
                            if v >= 0x800 && v & 0xF800 != 0xD800 {
                                dst[o] = v; o &+= 1; i &+= 3
                                continue
                            }
                        }
                        bad = i; break
                    }
                    let b = UInt32(b0)
                    var need = 0
                    var v: UInt32 = 0
                    var minimum: UInt32 = 0
                    if b & 0xE0 == 0xC0 { need = 1; v = b & 0x1F; minimum = 0x80 }
                    else if b & 0xF0 == 0xE0 { need = 2; v = b & 0x0F; minimum = 0x800 }
                    else if b & 0xF8 == 0xF0 { need = 3; v = b & 0x07; minimum = 0x10000 }
                    else { bad = i; break }
                    var k = 1
                    var ok = true
                    while k <= need {
                        if i + k >= n { ok = false; break }
                        let c = UInt32(src[i + k])
                        if c & 0xC0 != 0x80 { ok = false; break }
                        v = (v << 6) | (c & 0x3F)
                        k += 1
                    }
                    if !ok || v < minimum || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { bad = i; break }
                    dst[o] = v; o += 1
                    i += need + 1
                }
                return (o, bad)
                }
                failure = bad
                count = written
            }
        }
        return failure >= 0 ? .failure(failure) : .success(out)
    }

    /// True when `v`, decoded from a lead E0–EF and two continuation bytes, is a scalar that form
    /// encodes: not overlong (U+0800 or more), not a surrogate (U+D800–U+DFFF).
    @inline(__always) static func isThreeByteScalar(_ v: UInt32) -> Bool {
        v &- 0x800 < 0xD800 - 0x800 || v >= 0xE000
    }

    static func decodeUTF16(_ bytes: [UInt8], from start: Int, bigEndian: Bool, path: String) throws -> [Unicode.Scalar] {
        var units = [UInt16]()
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        if i < bytes.count { throw ReadError.undecodable(path: path, offset: i) }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(units.count)
        var it = units.makeIterator()
        var decoder = UTF16()
        var offset = start
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s):
                if s.value == 0 { throw ReadError.binary(path: path, offset: offset) }
                out.append(s)
                offset += s.value > 0xFFFF ? 4 : 2
            case .emptyInput: break loop
            case .error: throw ReadError.undecodable(path: path, offset: offset)
            }
        }
        return out
    }
}
