import Foundation

/// Parsing and printing of byte sizes (`256m`, `1g`, `512KiB`, `1048576`): binary units throughout.
enum ByteSize {
    /// Parses a size; suffixes k/m/g/t (optionally followed by `b`, `ib` or `iB`) are powers of 1024.
    static func parse(_ text: String) -> Int? {
        var s = text.lowercased().trimmingCharacters(in: .whitespaces)
        for tail in ["ib", "b"] where s.hasSuffix(tail) && s.count > tail.count {
            s.removeLast(tail.count)
            break
        }
        var multiplier = 1
        if let last = s.last, let power = ["k": 1, "m": 2, "g": 3, "t": 4][String(last)] {
            multiplier = 1 << (10 * power)
            s.removeLast()
        }
        guard let value = Double(s), value > 0, value.isFinite else { return nil }
        let bytes = value * Double(multiplier)
        return bytes < Double(Int.max / 2) ? Int(bytes.rounded()) : nil
    }

    /// `268435456` → `256.0 MiB`.
    static func format(_ bytes: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var v = Double(bytes)
        var u = 0
        while v >= 1024 && u < units.count - 1 { v /= 1024; u += 1 }
        return u == 0 ? "\(bytes) B" : String(format: "%.1f", v) + " " + units[u]
    }
}
