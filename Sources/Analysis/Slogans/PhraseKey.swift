/// A phrase's scalars as a dictionary key, hashed once when made (FNV-1a over the scalar values):
/// as `[Unicode.Scalar]` keys, the evidence tables hashed each phrase scalar by scalar on every
/// lookup and again on every growth of the table.
struct PhraseKey: Hashable, Sendable {
    let scalars: [Unicode.Scalar]
    private let fingerprint: UInt64

    init(_ scalars: [Unicode.Scalar]) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in scalars { h = (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3 }
        self.scalars = scalars
        fingerprint = h
    }

    static func == (a: PhraseKey, b: PhraseKey) -> Bool {
        a.fingerprint == b.fingerprint && a.scalars == b.scalars
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }
}
