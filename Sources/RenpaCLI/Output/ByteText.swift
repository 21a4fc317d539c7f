/// Output text built as UTF-8 bytes and made a `String` once: string interpolation and
/// `String(repeating:count:)` per row cost more than counting the phrases of a file.
struct ByteText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func append(byte: UInt8) { bytes.append(byte) }

    /// `n` spaces (none when `n` is not positive).
    mutating func spaces(_ n: Int) {
        guard n > 0 else { return }
        bytes.append(contentsOf: repeatElement(0x20, count: n))
    }

    /// `v` in decimal, as `String(v)` prints it.
    mutating func decimal(_ v: Int) {
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        var m = v.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
                n += 1
            } while m > 0
            while n > 0 {
                n -= 1
                bytes.append(d[n])
            }
        }
    }

    /// Characters `String(v)` takes.
    static func decimalWidth(_ v: Int) -> Int {
        var m = v.magnitude
        var n = v < 0 ? 1 : 0
        repeat { n += 1; m /= 10 } while m > 0
        return n
    }

    /// `v` in decimal right-aligned in `width` columns (as `%6d` pads it; `String(format:)` cost a sixth of a text-format run).
    mutating func decimal(_ v: Int, width: Int) {
        spaces(width - ByteText.decimalWidth(v))
        decimal(v)
    }

    /// A non-negative value already rounded to hundredths, with two decimals, right-aligned in
    /// `width` columns (as `%8.2f` prints it).
    mutating func hundredths(_ v: Double, width: Int) {
        let k = Int((v * 100).rounded())
        let whole = k / 100, frac = k % 100
        spaces(width - (ByteText.decimalWidth(whole) + 1 + (frac < 10 ? 1 : 0) + ByteText.decimalWidth(frac)))
        decimal(whole)
        bytes.append(UInt8(ascii: "."))
        if frac < 10 { bytes.append(UInt8(ascii: "0")) }
        decimal(frac)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
