import Foundation

/// The national gazetteer: every province-, prefecture-, county- and township-level division,
/// with the names people print for them (official names, short forms, contractions, renamed
/// units), and a scanner that finds place mentions in text.
///
/// Immutable after loading; safe to share across threads. Names are indexed by a 64-bit
/// FNV-1a hash of their UTF-8 bytes, so loading and scanning create no strings except for
/// the divisions and mentions they return; township names stay as byte ranges of the resource
/// until a township is returned.
public final class Gazetteer: Sendable {
    /// One (division, kind) pair packed as `index << 3 | kind`.
    typealias Packed = UInt32

    /// The resource bytes (township names are ranges into them).
    let bytes: [UInt8]
    /// Provinces, prefectures and counties in file order.
    let core: [Division]
    /// Core index by the FNV hash of its code (`codeOverflow` holds codes whose hash another code took).
    let coreByCode: KeyTable<Int32>
    let codeOverflow: [String: Int32]
    /// Townships: byte range of the name, parent index into `core`, ordinal under the parent.
    let townStart: [Int32]
    let townLength: [UInt16]
    let townParent: [Int32]
    let townOrdinal: [UInt16]
    /// Per core index: the first township index (-1: no township line) and count (townships of a
    /// parent are contiguous).
    let townFirst: [Int32]
    let townCount: [Int32]
    /// Name hash → packed entry, or `0x8000_0000 | i` pointing into `multi`.
    let names: KeyTable<UInt32>
    let multi: [[Packed]]
    /// First two scalars → bitmask of name lengths (in scalars) starting with them (low 32 bits),
    /// and of stem lengths starting with them (high 32 bits).
    let pairMasks: KeyTable<UInt64>
    /// Suffix-less stems of prefectures and counties (for wrong-suffix detection).
    let stems: KeyTable<[Int32]>
    /// Stop phrases by their first scalar.
    let stopPhrases: [Unicode.Scalar: [[Unicode.Scalar]]]
    /// A Bloom filter (one hash, 2^21 bits) over the keys of `pairMasks`: most positions of a text
    /// start no name, and a bit test rules them out before a table lookup.
    let pairBloom: [UInt64]
    /// A Bloom filter (one hash, 2^19 bits) over the keys of `names`: most strings a scan asks
    /// about are no name, and `names` (over a megabyte) missed the caches on most of them.
    let nameBloom: [UInt64]
    /// First scalars of `stopPhrases`.
    let stopFirst: ScalarSet
    /// The longest stop phrase's length in scalars: how far before a name one may start.
    let stopMaxLength: Int
    let levelCounts: [Int]
    /// The counties whose official names are plain words (城区: 晋城市's, 阳泉市's, 汕尾市's), by name.
    let plainWordCounties: [String: [Division]]

    static let kinds: [PlaceMention.Kind] = [.official, .renamed, .shortForm, .contraction, .township, .wrongSuffix]

    /// The gazetteer bundled with renpa (`Resources/gazetteer.tsv`), loaded once.
    public static let shared: Gazetteer = {
        do {
            guard let url = resourceURL else {
                throw GazetteerError.resourceMissing("Resources/gazetteer.tsv")
            }
            let data = try Data(contentsOf: url)
            return try Gazetteer(bytes: [UInt8](data))
        } catch {
            fatalError("renpa: cannot load the gazetteer: \(error)")
        }
    }()

    /// Location of the bundled table.
    static var resourceURL: URL? {
        Bundle.module.url(forResource: "gazetteer", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "gazetteer", withExtension: "tsv")
    }

    /// Loads a gazetteer from its TSV text (see `Tests/Scripts/make_gazetteer.py` for the format).
    /// - Throws: `GazetteerError` naming the offending line.
    public convenience init(tsv: String) throws {
        try self.init(bytes: Array(tsv.utf8))
    }

    /// Number of divisions at each level.
    public var counts: (provinces: Int, prefectures: Int, counties: Int, townships: Int) {
        (levelCounts[1], levelCounts[2], levelCounts[3], levelCounts[4])
    }

    /// The division with this code (6-digit, or a township's synthetic `<parent>.<nnn>`), if any.
    public func division(code: String) -> Division? {
        if let i = coreIndex(code) { return core[Int(i)] }
        guard let dot = code.firstIndex(of: "."), let ord = Int(code[code.index(after: dot)...]),
              let p = coreIndex(String(code[..<dot])), townFirst[Int(p)] >= 0, ord >= 1, ord <= Int(townCount[Int(p)]) else { return nil }
        return division(at: Int(townFirst[Int(p)]) + ord - 1 + core.count)
    }

    /// The index in `core` of the division with this code.
    func coreIndex(_ code: String) -> Int32? {
        if let i = coreByCode[Self.hash(code)], core[Int(i)].code == code { return i }
        return codeOverflow.isEmpty ? nil : codeOverflow[code]
    }

    /// Every division a printed name may refer to: official names, short forms, contractions,
    /// ethnic stems, renamed units and township names. Empty when the name is unknown.
    public func divisions(named name: String) -> [Division] {
        entries(Self.hash(name)).map { division(at: Int($0 >> 3)) }
    }

    /// The parent of a division, if any.
    public func parent(of division: Division) -> Division? {
        division.parentCode.flatMap { self.division(code: $0) }
    }

    /// The division itself or its ancestor at `level`, if it has one.
    public func ancestor(of division: Division, at level: DivisionLevel) -> Division? {
        var d: Division? = division
        while let cur = d {
            if cur.level == level { return cur }
            if cur.level < level { return nil }
            d = parent(of: cur)
        }
        return nil
    }

    /// True when `division` is `ancestor` or lies inside it.
    public func isWithin(_ division: Division, _ ancestor: Division) -> Bool {
        self.ancestor(of: division, at: ancestor.level)?.code == ancestor.code
    }

    /// The report region of a division: the names of its province, prefecture and county
    /// and the code of its finest level (the county's code for a township).
    public func region(for division: Division) -> Region {
        var region = Region()
        var d: Division? = division
        var code: String?
        while let cur = d {
            switch cur.level {
            case .province: region.province = cur.name
            case .prefecture: region.prefecture = cur.name
            case .county: region.county = cur.name
            case .township: break
            }
            if code == nil && cur.level != .township { code = cur.code }
            d = parent(of: cur)
        }
        region.code = code
        return region
    }

    // MARK: - Internals

    func division(at index: Int) -> Division {
        if index < core.count { return core[index] }
        let t = index - core.count
        let start = Int(townStart[t])
        let name = String(decoding: bytes[start..<(start + Int(townLength[t]))], as: UTF8.self)
        let parent = core[Int(townParent[t])].code
        let ord = Int(townOrdinal[t])
        let code = parent + (ord < 10 ? ".00" : ord < 100 ? ".0" : ".") + String(ord)
        return Division(code: code, name: name, level: .township, parentCode: parent)
    }

    func entries(_ h: UInt64) -> [Packed] {
        guard let v = names[h] else { return [] }
        return entries(value: v)
    }

    @inline(__always) func entries(value v: UInt32) -> [Packed] {
        v & 0x8000_0000 != 0 ? multi[Int(v & 0x7FFF_FFFF)] : [v]
    }

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    @inline(__always) static func mix(_ h: inout UInt64, _ b: UInt32) {
        h = (h ^ UInt64(b)) &* fnvPrime
    }

    /// Feeds one scalar's UTF-8 bytes into an FNV-1a hash.
    @inline(__always) static func feed(_ h: inout UInt64, _ s: Unicode.Scalar) {
        let v = s.value
        if v < 0x80 {
            mix(&h, v)
        } else if v < 0x800 {
            mix(&h, 0xC0 | v >> 6); mix(&h, 0x80 | v & 0x3F)
        } else if v < 0x10000 {
            mix(&h, 0xE0 | v >> 12); mix(&h, 0x80 | (v >> 6) & 0x3F); mix(&h, 0x80 | v & 0x3F)
        } else {
            mix(&h, 0xF0 | v >> 18); mix(&h, 0x80 | (v >> 12) & 0x3F); mix(&h, 0x80 | (v >> 6) & 0x3F); mix(&h, 0x80 | v & 0x3F)
        }
    }

    static func hash(_ s: String) -> UInt64 {
        var h = fnvOffset
        for b in s.utf8 { mix(&h, UInt32(b)) }
        return h
    }

    static let bloomWords = 1 << 15
    /// The bit of a name hash in `nameBloom` (another multiplier than `bloomBit`'s).
    @inline(__always) static func nameBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> 45)
    }

    @inline(__always) static func bloomBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 43)
    }

    @inline(__always) static func pairKey(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    // MARK: - Loading

    /// The offset of the first `byte` in `bytes[from..<to]`, or `to` (`memchr`: scanned byte by
    /// byte, the lines, fields and names of the table were a tenth of its loading).
    static func offset(of byte: UInt8, in bytes: [UInt8], from: Int, to: Int) -> Int {
        guard from < to else { return to }
        return bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress, let hit = memchr(base + from, Int32(byte), to - from) else { return to }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    init(bytes: [UInt8]) throws {
        var core: [Division] = []
        core.reserveCapacity(4_096)
        var coreByCode = KeyTable<Int32>(capacity: 4_096, empty: -1)
        var codeOverflow: [String: Int32] = [:]
        func coreIndex(_ code: String) -> Int32? {
            if let i = coreByCode[Self.hash(code)], core[Int(i)].code == code { return i }
            return codeOverflow.isEmpty ? nil : codeOverflow[code]
        }
        var fileShorts: [[String]] = []
        var townStart: [Int32] = [], townLength: [UInt16] = [], townParent: [Int32] = [], townOrdinal: [UInt16] = []
        var townFirst: [Int32] = [], townCount: [Int32] = []
        var renames: [(String, String, Int)] = []
        var levelCounts = [0, 0, 0, 0, 0]
        townStart.reserveCapacity(45_000); townLength.reserveCapacity(45_000)
        townParent.reserveCapacity(45_000); townOrdinal.reserveCapacity(45_000)

        func string(_ a: Int, _ b: Int) -> String { String(decoding: bytes[a..<b], as: UTF8.self) }

        var lineNo = 0
        var start = 0
        let n = bytes.count
        var fields: [(Int, Int)] = []
        while start < n {
            lineNo += 1
            let end = Gazetteer.offset(of: 0x0A, in: bytes, from: start, to: n)
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { start = end + 1 }
            if lineEnd == start || bytes[start] == 0x23 { continue }  // blank or '#'
            fields.removeAll(keepingCapacity: true)
            var f = start
            while true {
                let i = Gazetteer.offset(of: 0x09, in: bytes, from: f, to: lineEnd)
                fields.append((f, i))
                if i == lineEnd { break }
                f = i + 1
            }
            let tag = bytes[start]
            func malformed(_ expected: String) -> GazetteerError {
                .malformedRecord(line: lineNo, record: string(start, lineEnd), expected: expected)
            }
            switch tag {
            case UInt8(ascii: "P"), UInt8(ascii: "M"), UInt8(ascii: "C"):
                let level: DivisionLevel = tag == UInt8(ascii: "P") ? .province : tag == UInt8(ascii: "M") ? .prefecture : .county
                let need = level == .province ? 4 : 5
                guard fields.count >= need else {
                    throw malformed(level == .province ? "P<TAB>code<TAB>name<TAB>short"
                                    : "\(level == .prefecture ? "M" : "C")<TAB>code<TAB>name<TAB>parentCode<TAB>short")
                }
                let code = string(fields[1].0, fields[1].1)
                let name = string(fields[2].0, fields[2].1)
                var parent: String?
                if level != .province {
                    let p = string(fields[3].0, fields[3].1)
                    guard coreIndex(p) != nil else { throw GazetteerError.unknownParent(line: lineNo, code: code, parent: p) }
                    parent = p
                }
                guard coreIndex(code) == nil else { throw GazetteerError.duplicateCode(line: lineNo, code: code) }
                let idx = core.count
                core.append(Division(code: code, name: name, level: level, parentCode: parent))
                let h = Self.hash(code)
                if coreByCode.contains(h) { codeOverflow[code] = Int32(idx) } else { coreByCode.set(h, Int32(idx)) }
                townFirst.append(-1)
                townCount.append(0)
                levelCounts[level.rawValue] += 1
                // The short forms, `/`-separated (empty pieces skipped).
                var shorts: [String] = []
                let sf = fields[need - 1]
                var a = sf.0
                while a < sf.1 {
                    var e = a
                    while e < sf.1 && bytes[e] != UInt8(ascii: "/") { e += 1 }
                    if e > a { shorts.append(string(a, e)) }
                    a = e + 1
                }
                fileShorts.append(shorts)
            case UInt8(ascii: "T"):
                guard fields.count >= 3 else { throw malformed("T<TAB>parentCode<TAB>name,name,...") }
                let code = string(fields[1].0, fields[1].1)
                guard let p = coreIndex(code) else { throw GazetteerError.unknownParent(line: lineNo, code: "(townships)", parent: code) }
                guard townFirst[Int(p)] < 0 else { throw GazetteerError.duplicateCode(line: lineNo, code: "T " + code) }
                let first = Int32(townStart.count)
                var s = fields[2].0
                var ord: UInt16 = 0
                let stop = fields[2].1
                while s < stop {
                    let e = Gazetteer.offset(of: UInt8(ascii: ","), in: bytes, from: s, to: stop)
                    if e > s {
                        ord += 1
                        townStart.append(Int32(s)); townLength.append(UInt16(e - s))
                        townParent.append(p); townOrdinal.append(ord)
                    }
                    s = e + 1
                }
                townFirst[Int(p)] = first
                townCount[Int(p)] = Int32(townStart.count) - first
                levelCounts[4] += Int(ord)
            case UInt8(ascii: "R"):
                guard fields.count >= 3 else { throw malformed("R<TAB>oldName<TAB>newCode") }
                renames.append((string(fields[1].0, fields[1].1), string(fields[2].0, fields[2].1), lineNo))
            default:
                throw malformed("a record starting with P, M, C, T or R")
            }
        }
        guard levelCounts[1] > 0 else { throw GazetteerError.empty }

        // Name index.
        var names = KeyTable<UInt32>(capacity: core.count * 4 + townStart.count, empty: 0)
        var multi: [[Packed]] = []
        var pairMasks = KeyTable<UInt64>(capacity: core.count * 3 + townStart.count, empty: 0)
        var never = KeyTable<Bool>(capacity: GazetteerRules.neverPlaces.count, empty: false)
        for p in GazetteerRules.neverPlaces { never.set(Self.hash(p), true) }
        func kindCode(_ k: PlaceMention.Kind) -> UInt32 {
            switch k {
            case .official: 0
            case .renamed: 1
            case .shortForm: 2
            case .contraction: 3
            case .township: 4
            case .wrongSuffix: 5
            }
        }
        func insert(_ h: UInt64, _ idx: Int, _ kind: PlaceMention.Kind) {
            let e = UInt32(idx) << 3 | kindCode(kind)
            guard let v = names[h] else { names.set(h, e); return }
            if v & 0x8000_0000 != 0 {
                // Changed in place: a copy of the list per insertion made names shared by many
                // townships (城关镇) quadratic.
                let m = Int(v & 0x7FFF_FFFF)
                if let j = multi[m].firstIndex(where: { $0 >> 3 == UInt32(idx) }) {
                    if kindCode(kind) < multi[m][j] & 7 { multi[m][j] = e }
                } else {
                    multi[m].append(e)
                }
            } else if v >> 3 == UInt32(idx) {
                if kindCode(kind) < v & 7 { names.set(h, e) }
            } else {
                names.set(h, 0x8000_0000 | UInt32(multi.count))
                multi.append([v, e])
            }
        }
        func noteLength(_ a: UInt32, _ b: UInt32, _ count: Int) {
            guard count >= 2, count <= 31 else { return }
            pairMasks.update(Self.pairKey(a, b)) { $0 |= 1 << UInt64(count) }
        }
        func add(_ name: [Unicode.Scalar], _ idx: Int, _ kind: PlaceMention.Kind) {
            guard name.count >= 2 else { return }
            var h = Self.fnvOffset
            for c in name { Self.feed(&h, c) }
            guard !never.contains(h) else { return }
            insert(h, idx, kind)
            noteLength(name[0].value, name[1].value, name.count)
        }
        var stems = KeyTable<[Int32]>(capacity: core.count, empty: [])
        for (idx, d) in core.enumerated() {
            let name = Array(d.name.unicodeScalars)
            add(name, idx, .official)
            if d.level == .province {
                for s in fileShorts[idx] where s != d.name { add(Array(s.unicodeScalars), idx, .shortForm) }
                continue
            }
            for s in fileShorts[idx] where s != d.name {
                let ss = Array(s.unicodeScalars)
                if ss.count < name.count && name[..<ss.count].elementsEqual(ss) { add(ss, idx, .shortForm) }
                else if ss.count >= 3 || (ss.count == 2 && d.level == .prefecture) { add(ss, idx, .contraction) }
            }
            if let stem = GazetteerRules.stem(name) {
                add(stem, idx, .shortForm)
                var h = Self.fnvOffset
                for c in stem { Self.feed(&h, c) }
                stems.update(h) { $0.append(Int32(idx)) }
                if stem.count <= 31 {
                    pairMasks.update(Self.pairKey(stem[0].value, stem[1].value)) { $0 |= 1 << UInt64(32 + stem.count) }
                }
                if GazetteerRules.ethnicStem(name) != nil, let last = name.last {
                    add(stem + [last], idx, .shortForm)  // 元江县, 楚雄州, 莫力达瓦旗
                    // The ethnic part left out, the autonomy kept: 酉阳自治县, 湘西自治州.
                    if let tail = GazetteerRules.autonomousTails.first(where: { GazetteerRules.hasSuffix(name, $0) }) {
                        add(stem + tail, idx, .shortForm)
                    }
                }
            }
            for c in GazetteerRules.contractions(d.name, name) { add(c, idx, .contraction) }
        }
        // A county whose official name is a plain word (城区, 郊区, 矿区, 东区) is named only behind
        // its prefecture, as printed: 晋城市城区, 阳泉郊区, 攀枝花市东区.
        var plainWordCounties = [String: [Division]]()
        for (idx, d) in core.enumerated() where d.level == .county && never.contains(Self.hash(d.name)) {
            plainWordCounties[d.name, default: []].append(d)
            guard let parentCode = d.parentCode, let p = coreIndex(parentCode) else { continue }
            let parent = Array(core[Int(p)].name.unicodeScalars)
            let name = Array(d.name.unicodeScalars)
            add(parent + name, idx, .official)
            if let stem = GazetteerRules.stem(parent) { add(stem + name, idx, .official) }
        }
        // Townships straight from the bytes.
        for t in 0..<townStart.count {
            var h = Self.fnvOffset
            let s = Int(townStart[t]), e = s + Int(townLength[t])
            var count = 0
            var first: UInt32 = 0, second: UInt32 = 0
            var cur: UInt32 = 0
            var i = s
            while i < e {
                let b = bytes[i]
                Self.mix(&h, UInt32(b))
                if b & 0xC0 != 0x80 {  // start of a scalar
                    if count == 1 { first = cur } else if count == 2 { second = cur }
                    count += 1
                    cur = b < 0x80 ? UInt32(b) : b < 0xE0 ? UInt32(b & 0x1F) : b < 0xF0 ? UInt32(b & 0x0F) : UInt32(b & 0x07)
                } else {
                    cur = cur << 6 | UInt32(b & 0x3F)
                }
                i += 1
            }
            if count == 1 { first = cur } else if count == 2 { second = cur }
            guard count >= 3, !never.contains(h) else { continue }
            insert(h, core.count + t, .township)
            noteLength(first, second, count)
        }
        for (old, newCode, line) in renames {
            guard let idx = coreIndex(newCode) else {
                throw GazetteerError.unknownParent(line: line, code: old, parent: newCode)
            }
            // A generic old name (城区, 郊区) or one still in official use elsewhere is not a reliable rename.
            let h = Self.hash(old)
            if let v = names[h] {
                let list = v & 0x8000_0000 != 0 ? multi[Int(v & 0x7FFF_FFFF)] : [v]
                if list.contains(where: { $0 & 7 == 0 }) { continue }
            }
            add(Array(old.unicodeScalars), Int(idx), .renamed)
        }
        var stops: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for phrase in GazetteerRules.stopPhrases {
            let p = Array(phrase.unicodeScalars)
            stops[p[0], default: []].append(p)
        }

        self.bytes = bytes
        self.core = core
        self.coreByCode = coreByCode
        self.codeOverflow = codeOverflow
        self.townStart = townStart
        self.townLength = townLength
        self.townParent = townParent
        self.townOrdinal = townOrdinal
        self.townFirst = townFirst
        self.townCount = townCount
        self.names = names
        self.multi = multi
        self.pairMasks = pairMasks
        self.stems = stems
        self.stopPhrases = stops
        var bloom = [UInt64](repeating: 0, count: Gazetteer.bloomWords)
        pairMasks.forEachKey { k in let b = Gazetteer.bloomBit(k); bloom[b >> 6] |= 1 << UInt64(b & 63) }
        self.pairBloom = bloom
        var nameBits = [UInt64](repeating: 0, count: 1 << 13)
        names.forEachKey { k in let b = Gazetteer.nameBit(k); nameBits[b >> 6] |= 1 << UInt64(b & 63) }
        self.nameBloom = nameBits
        self.stopFirst = ScalarSet(stops.keys)
        self.stopMaxLength = stops.values.joined().map(\.count).max() ?? 0
        self.levelCounts = levelCounts
        self.plainWordCounties = plainWordCounties
    }

    // MARK: - Scanning

    /// Finds place mentions in `text`, scanning left to right and taking the longest name at each
    /// position. Guards against false positives: idioms containing a place stem (长治久安),
    /// short forms that start a street or landmark name (台湾风情街), a coarser short form glued
    /// to a finer place (启东市台湾), plain words (中国, 全市, 城区), a bare stem followed by
    /// what follows a person's name (…说, …表示) and two-character contractions that are part of
    /// a word (集中旗帜).
    ///
    /// A known stem with the wrong suffix (`石楼市` for 石楼县) yields a `wrongSuffix` mention whose
    /// candidates are the county-level units with that stem.
    public func mentions(in text: [Unicode.Scalar]) -> [PlaceMention] {
        var out: [PlaceMention] = []
        let n = text.count
        var i = 0
        var lastEnd = -1
        var lastMaxLevel: DivisionLevel?
        // Hashes of every prefix length up to the longest candidate (at most 31), reused at each position.
        // (On the stack: an array per call cost as much as a short text's scan.)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 32) { hashes in
        hashes.initialize(repeating: 0)
        nameBloom.withUnsafeBufferPointer { nameBits in
        pairBloom.withUnsafeBufferPointer { bloom in
        // The scan reads the text through its buffer: most positions stop at the filters below.
        text.withUnsafeBufferPointer { t in
        while i + 1 < n {
            // Most positions stop at the first two tests: skipped in a loop of their own, whose
            // index stays in a register (the scan's `i`, captured by the closures, is kept in memory).
            var j = i
            while j &+ 1 < n {
                let v = t[j].value
                if Gazetteer.isHan(value: v) {
                    let bit = Self.bloomBit(Self.pairKey(v, t[j &+ 1].value))
                    if bloom[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { break }
                }
                j &+= 1
            }
            i = j
            guard i + 1 < n else { break }
            let k = Self.pairKey(t[i].value, t[i + 1].value)
            let masks = pairMasks.get(k)
            if masks == 0 { i += 1; continue }
            let mask = UInt32(truncatingIfNeeded: masks), smask = UInt32(truncatingIfNeeded: masks >> 32)
            let maxLen = min(31 - (mask | smask).leadingZeroBitCount, n - i)
            var h = Self.fnvOffset
            for l in 1...maxLen {
                Self.feed(&h, t[i + l - 1])
                hashes[l] = h
            }
            var found: (len: Int, entries: [Packed])?
            var l = maxLen
            while l >= 2 {
                let nb = Self.nameBit(hashes[l])
                if mask & (1 << UInt32(l)) != 0, nameBits[nb >> 6] & (1 << UInt64(nb & 63)) != 0, let v = names[hashes[l]] {
                    found = (l, entries(value: v)); break
                }
                l -= 1
            }
            var wrong: (len: Int, candidates: [Int32])?
            l = min(maxLen, n - i - 1)
            while l >= 2 && l + 1 > (found?.len ?? 0) {
                defer { l -= 1 }
                guard smask & (1 << UInt32(l)) != 0 else { continue }
                let suf = text[i + l]
                guard GazetteerRules.countySuffixes.contains(suf), let cands = stems[hashes[l]] else { continue }
                var full = hashes[l]
                Self.feed(&full, suf)
                guard !names.contains(full) else { continue }
                if i + l + 1 < n, GazetteerRules.wrongSuffixBreakers.contains(text[i + l + 1]) { continue }
                if GazetteerRules.wrongSuffixWords.contains(Self.pairKey(text[i + l - 1].value, suf.value)) { continue }
                let differing = cands.filter { core[Int($0)].level == .county && core[Int($0)].name.unicodeScalars.last != suf }
                if !differing.isEmpty { wrong = (l + 1, differing); break }
            }
            if let w = wrong {
                let surface = String(scalars: text[i..<(i + w.len)])
                let cands = w.candidates.map { core[Int($0)] }
                out.append(PlaceMention(range: i..<(i + w.len), surface: surface, candidates: cands, kind: .wrongSuffix, correctedFrom: surface))
                lastEnd = i + w.len
                lastMaxLevel = .county
                i += w.len
                continue
            }
            guard let f = found else { i += 1; continue }
            let surface = String(scalars: text[i..<(i + f.len)])
            let kind = Self.kinds[Int(f.entries.map { $0 & 7 }.min() ?? 0)]
            let cands = f.entries.map { division(at: Int($0 >> 3)) }
            let mention = PlaceMention(range: i..<(i + f.len), surface: surface, candidates: cands, kind: kind,
                                       correctedFrom: kind == .renamed ? surface : nil)
            if accept(mention, in: text, lastEnd: lastEnd, lastMaxLevel: lastMaxLevel) {
                out.append(mention)
                lastEnd = mention.range.upperBound
                lastMaxLevel = cands.map(\.level).max()
                i += f.len
            } else {
                i += 1
            }
        }
        }
        }
        }
        }
        return out
    }

    /// Whether an idiom or fixed phrase (`stopPhrases`) printed in `text` overlaps `range`: only the
    /// few positions a phrase overlapping it may start at are read (finding every phrase of the text
    /// first, for its first mention that is no official name, cost a scan of each such text).
    private func overlapsStopPhrase(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        let n = text.count
        for j in max(0, range.lowerBound - stopMaxLength + 1)..<range.upperBound where stopFirst.contains(text[j]) {
            guard let phrases = stopPhrases[text[j]] else { continue }
            for p in phrases where j + p.count <= n && j + p.count > range.lowerBound && text[j..<(j + p.count)].elementsEqual(p) {
                return true
            }
        }
        return false
    }

    private func accept(_ m: PlaceMention, in text: [Unicode.Scalar], lastEnd: Int, lastMaxLevel: DivisionLevel?) -> Bool {
        let lo = m.range.lowerBound, hi = m.range.upperBound
        // Idioms and fixed phrases overlapping the name.
        if m.kind != .official, overlapsStopPhrase(m.range, in: text) { return false }
        let next: Unicode.Scalar? = hi < text.count ? text[hi] : nil
        if m.kind != .official && m.kind != .renamed && m.kind != .township {
            // A short form starting a street/landmark name: 台湾路, 台湾风情街.
            var j = hi
            while j < min(hi + 4, text.count) {
                if GazetteerRules.suffixScalars.contains(text[j]) || !Gazetteer.isHan(text[j]) { break }
                if GazetteerRules.roadScalars.contains(text[j]) { return false }
                j += 1
            }
            // A coarser short form glued to a finer place just before it: 启东市台湾.
            if lastEnd == lo, let prev = lastMaxLevel, let minLevel = m.candidates.map(\.level).min(), minLevel < prev {
                return false
            }
            // A bare stem followed by what follows a person's name.
            if m.isBare, let nx = next, GazetteerRules.personFollowers.contains(nx) { return false }
        }
        if m.isHeadlineContraction, let nx = next, GazetteerRules.contractionBreakers.contains(nx) { return false }
        // (Glued to a province or prefecture just named, 安徽和县, a two-character county stands.)
        let gluedToCoarser = lastEnd == lo && (lastMaxLevel.map { $0 < .county } ?? false)
        // A two-character county after a conjunction inside a phrase: 盟委和县委 is not 和县.
        if m.kind == .official, m.range.count == 2, lo > 0, !gluedToCoarser, Gazetteer.isHan(text[lo - 1]),
           let first = m.surface.unicodeScalars.first, GazetteerRules.conjunctions.contains(first) {
            return false
        }
        // A two-character county whose first character ends a word with the one before it, its
        // 县 going on as the generic county of a phrase: 担任县人大代表 is not 任县, 创新县域 not
        // 新县, 提高县级 not 高县. (走进献县, 位于洋县: the county, 县 ending the name.)
        if m.kind == .official || m.kind == .renamed,
           m.range.count == 2, lo > 0, !gluedToCoarser, Gazetteer.isHan(text[lo - 1]),
           CommonWords.shared.isWord(text[lo - 1], text[lo]),
           let nx = next, CommonWords.shared.isWord(text[hi - 1], nx) || "人政直乡代".unicodeScalars.contains(nx) {
            return false
        }
        // A listed contraction of two characters (one and its suffix) whose first ends a word with
        // the one before it is that word and the generic unit: 视察县医院, 考察县城 are no 察县,
        // 铁塔县级 no 塔县.
        if m.kind == .contraction, m.range.count == 2, lo > 0, !gluedToCoarser, Gazetteer.isHan(text[lo - 1]),
           GazetteerRules.isListedSurface(m.surface), CommonWords.shared.isWord(text[lo - 1], text[lo]) {
            return false
        }
        // 苏木乡镇, 各乡镇: a township ending in 乡 followed by 镇 is the word 乡镇.
        if m.kind == .township, next == "镇", m.surface.unicodeScalars.last == "乡" { return false }
        return true
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool { isHan(value: s.value) }

    @inline(__always) static func isHan(value v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2FFFF).contains(v)
    }
}
