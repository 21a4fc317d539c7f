import Foundation

/// GB18030 text made of ASCII and two-byte codes (GBK: nearly every GB18030 file), decoded with a
/// table of the two-byte codes that Foundation decodes once. Foundation's decoding (through
/// UTF-16 into a `String`) cost about 3.5 M instructions for a 20 KB file.
///
/// Exactly Foundation's answer or nil: the table holds what Foundation makes of each two-byte
/// code (GB18030 has no state, so a code decodes alike wherever it stands), and a file holding
/// anything else (a four-byte code, a byte no code starts with, a code Foundation does not decode
/// to one scalar, U+FFFD) is left to Foundation.
enum GB18030Pairs {
    /// Trail bytes of a two-byte code: 0x40–0x7E and 0x80–0xFE.
    static let trailCount = 190
    /// Lead bytes: 0x81–0xFE.
    static let leadCount = 126

    /// The scalar value of each two-byte code (`index(lead, trail)`), 0 where Foundation gives no
    /// single scalar other than U+FFFD; nil when the table cannot be made.
    static let table: [UInt32]? = {
        var bytes = [UInt8]()
        bytes.reserveCapacity(leadCount * trailCount * 2)
        for lead in UInt8(0x81)...0xFE {
            for trail in UInt8(0x40)...0xFE where trail != 0x7F {
                bytes.append(lead)
                bytes.append(trail)
            }
        }
        // All codes at once: each decodes to one scalar, so the n-th scalar is the n-th code's.
        guard let s = String(data: Data(bytes), encoding: EncodingSniffer.gb18030) else { return nil }
        let scalars = Array(s.unicodeScalars)
        guard scalars.count == leadCount * trailCount else { return nil }
        return scalars.map { $0.value == 0xFFFD ? 0 : $0.value }
    }()

    /// Position of a code in `table`; `trail` must be a trail byte.
    @inline(__always) static func index(_ lead: UInt8, _ trail: UInt8) -> Int {
        Int(lead &- 0x81) &* trailCount &+ Int(trail < 0x7F ? trail &- 0x40 : trail &- 0x41)
    }

    /// The scalars of `bytes` when they are ASCII and two-byte codes the table holds, else nil.
    static func decode(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        guard let table else { return nil }
        return bytes.withUnsafeBufferPointer { p -> [Unicode.Scalar]? in
            let n = p.count
            // First pass: the code structure and the scalar count.
            var count = 0
            var i = 0
            while i < n {
                let b = p[i]
                if b < 0x80 { i &+= 1; count &+= 1; continue }
                guard b &- 0x81 < UInt8(leadCount), i &+ 1 < n else { return nil }
                let t = p[i &+ 1]
                guard t >= 0x40, t != 0x7F, t != 0xFF, table[index(b, t)] != 0 else { return nil }
                i &+= 2
                count &+= 1
            }
            return table.withUnsafeBufferPointer { tp in
                [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, written in
                    out.withMemoryRebound(to: UInt32.self) { dst in
                        var i = 0, o = 0
                        while i < n {
                            let b = p[i]
                            if b < 0x80 { dst[o] = UInt32(b); i &+= 1 } else { dst[o] = tp[index(b, p[i &+ 1])]; i &+= 2 }
                            o &+= 1
                        }
                    }
                    written = count
                }
            }
        }
    }
}
