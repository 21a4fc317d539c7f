/// A map from small non-negative integers (paragraph indices, line numbers) to integers, in a flat
/// array: read and written as a `[Int: Int]` is, without hashing a key or rehashing as it grows
/// (per-page dictionaries of paragraph owners grew and rehashed several times a page).
/// Only lookups: it has no iteration order to keep.
struct DenseIndexMap {
    /// The value by key; `Int.min` for none.
    private var values: [Int]

    /// Room for keys below `n` (a larger key grows the map).
    init(keysBelow n: Int) {
        values = [Int](filled: .min, count: max(n, 0))
    }

    subscript(key: Int) -> Int? {
        get {
            // Unsigned: one comparison for both bounds (a key outside is absent).
            guard UInt(bitPattern: key) < UInt(bitPattern: values.count) else { return nil }
            let v = values[key]
            return v == .min ? nil : v
        }
        set {
            precondition(key >= 0 && newValue != .min)
            if key >= values.count { values.append(contentsOf: repeatElement(.min, count: key + 1 - values.count)) }
            values[key] = newValue ?? .min
        }
    }
}
