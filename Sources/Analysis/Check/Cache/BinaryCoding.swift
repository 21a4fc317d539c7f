// Little-endian encoding of the corpus sketch cache's records.

/// Appends fixed-width little-endian integers and length-prefixed UTF-8 strings to a byte buffer.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }

    mutating func u16(_ v: UInt16) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func u32(_ v: UInt32) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func u64(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ v: Int) { u64(UInt64(bitPattern: Int64(v))) }

    mutating func u64s(_ vs: [UInt64]) {
        u32(UInt32(vs.count))
        bytes.reserveCapacity(bytes.count + vs.count * 8)
        for v in vs { u64(v) }
    }

    mutating func string(_ s: String) {
        let u = Array(s.utf8)
        u32(UInt32(u.count))
        bytes.append(contentsOf: u)
    }

    mutating func optionalString(_ s: String?) {
        if let s { u8(1); string(s) } else { u8(0) }
    }
}

/// Reads what `BinaryWriter` wrote. Every read is bounds-checked and returns nil past the end or
/// on a malformed value, so a truncated or corrupt cache file is detected, never trusted.
struct BinaryReader {
    let bytes: [UInt8]
    private(set) var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func u8() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func u16() -> UInt16? {
        guard position + 2 <= bytes.count else { return nil }
        defer { position += 2 }
        return UInt16(bytes[position]) | UInt16(bytes[position + 1]) << 8
    }

    mutating func u32() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[position + k]) << (8 * UInt32(k)) }
        position += 4
        return v
    }

    mutating func u64() -> UInt64? {
        guard position + 8 <= bytes.count else { return nil }
        let v = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: position, as: UInt64.self)) }
        position += 8
        return v
    }

    mutating func int() -> Int? { u64().map { Int(Int64(bitPattern: $0)) } }

    mutating func u64s() -> [UInt64]? {
        guard let n = u32().map(Int.init), position + n * 8 <= bytes.count else { return nil }
        var out = [UInt64](repeating: 0, count: n)
        bytes.withUnsafeBytes { raw in
            for k in 0..<n { out[k] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position + k * 8, as: UInt64.self)) }
        }
        position += n * 8
        return out
    }

    mutating func string() -> String? {
        guard let n = u32().map(Int.init), position + n <= bytes.count else { return nil }
        defer { position += n }
        return String(validating: bytes[position..<(position + n)], as: UTF8.self)
    }

    mutating func optionalString() -> String?? {
        switch u8() {
        case 0: return .some(nil)
        case 1: return string().map { .some($0) }
        default: return nil
        }
    }
}
