/// A phrase's scalars as a dictionary key, hashed once when made (`StableHash.fnv1a(scalars:)`):
/// as `[Unicode.Scalar]` keys, the evidence tables hashed each phrase scalar by scalar on every
/// lookup and again on every growth of the table.
struct PhraseKey: Hashable, Sendable {
    let scalars: [Unicode.Scalar]
    private let fingerprint: UInt64

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        fingerprint = StableHash.fnv1a(scalars: scalars)
    }

    static func == (a: PhraseKey, b: PhraseKey) -> Bool {
        a.fingerprint == b.fingerprint && a.scalars == b.scalars
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }
}
