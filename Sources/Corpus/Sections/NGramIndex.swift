/// Counts of every short character string (2–8 scalars) inside paragraphs of a document, used to
/// judge whether the text across a column seam is a sequence that occurs where text is whole.
public struct NGramIndex: Sendable {
    private var counts: FlatCounter
    /// Scalars counted.
    public private(set) var total = 0
    static let maxLength = 6  // (written out in `eachString`)
    /// How often each 3-character opening starts a paragraph.
    private var openings = FlatCounter(capacity: 16)
    /// Statistics of the wider corpus, added to this document's own.
    private var background: NGramBackground? = nil
    /// The background's counts and total, held here as well: read through the box on every
    /// lookup, the box was retained and released each time.
    private var backgroundCounts = FlatCounter(capacity: 0)
    private var backgroundTotal = 0
    private var backgroundPairBits: [UInt64] = []
    private var backgroundPairShift: UInt64 = 0
    /// Of a background index (`sample`): a bit per two-character string it counts (hashed, so a
    /// set bit may stand for another string; a clear one rules the string out).
    private var pairBits: [UInt64] = []
    /// `pairBit` takes the top `64 - pairShift` bits of a hash's product: 22 while the sample is
    /// read, then fewer when few pairs set bits (`foldPairBits`).
    private var pairShift: UInt64 = 64 - 22

    /// An empty index.
    public init() { counts = FlatCounter() }

    /// Counts the strings of `texts` (each a run of whole text: a paragraph or a line).
    public init(texts: [[Unicode.Scalar]]) {
        var needed = 0
        for t in texts { needed += t.count * NGramIndex.maxLength }
        counts = FlatCounter(capacity: needed * 2 + 16)
        add(texts)
    }

    /// Counts exactly the strings seam scoring asks about, at a fraction of the work and memory of
    /// counting every string: the first one to three characters of each text, and the last one to
    /// three characters of each text marked in `cut`, alone or followed by a text's first one to
    /// three (a paragraph's start across the seam). Other strings may be counted too.
    init(texts: [[Unicode.Scalar]], cut: [Bool]) {
        // Scalars that open a string to count: a text's first (count 1–3 characters from it), a
        // cut text's last (1–4), the first of a cut text's last two or three characters (2–5 or
        // 3–6 characters when the other one or two follow: `tails` holds their hashes, `tailBits`
        // a bit per hash to rule most others out without a lookup).
        // Their roles as flags per scalar (`Role`), read at every scalar of the page: a byte per
        // scalar of the Basic Multilingual Plane (one load; a set of the scalars with a role and a
        // hash table of their roles cost a third of the index), a table for the rest.
        var roles = Roles()
        var tails = KeyTable<Bool>(capacity: texts.count * 2 + 16, empty: false)
        var tailBits = [UInt64](filled: 0, count: NGramIndex.tailBitWords)
        // The texts' first two and first three characters, a bit per hash (as `tailBits`): where a
        // string continues past a role's characters, only a text's start is asked about there.
        var openingBits = [UInt64](filled: 0, count: NGramIndex.tailBitWords * 2)
        for (i, t) in texts.enumerated() {
            guard let f = t.first else { continue }
            roles.add(Role.head, to: f)
            for k in 2...3 where k <= t.count {
                let b = NGramIndex.openingBit(NGramIndex.hash(t[..<k]), length: k)
                openingBits[b >> 6] |= 1 << UInt64(b & 63)
            }
            guard cut[i] else { continue }
            roles.add(Role.last, to: t[t.count - 1])
            for k in 2...max(2, min(3, t.count)) where k <= t.count {
                let tail = t[(t.count - k)...]
                roles.add(k == 2 ? Role.lastTwo : Role.lastThree, to: tail.first!)
                let h = NGramIndex.hash(tail)
                tails.set(h, true)
                let b = NGramIndex.tailBit(h)
                tailBits[b >> 6] |= 1 << UInt64(b & 63)
            }
        }
        var bound = 0
        for t in texts { bound += t.count * NGramIndex.maxLength }
        // The hashes to count; then a table with a slot per string (about half of them repeat, so
        // it stays about half full and can never fill).
        let hashes = [UInt64](unsafeUninitializedCapacity: bound) { out, written in
            written = tailBits.withUnsafeBufferPointer { bits in
                openingBits.withUnsafeBufferPointer { openings in
                    roles.any.withUnsafeBufferPointer { any in
                        roles.bmp.withUnsafeBufferPointer { bmp in
                            var o = 0
                            for t in texts {
                                t.withUnsafeBufferPointer { p in
                                    o = NGramIndex.countedStrings(
                                        p, roleBits: any, roleFlags: bmp, astralRoles: roles.astral, into: out, at: o,
                                        isTail: { h in
                                            let b = NGramIndex.tailBit(h)
                                            return bits[b >> 6] & (1 << UInt64(b & 63)) != 0 && tails.get(h)
                                        },
                                        isOpening: { h, k in
                                            let b = NGramIndex.openingBit(h, length: k)
                                            return openings[b >> 6] & (1 << UInt64(b & 63)) != 0
                                        })
                                }
                            }
                            return o
                        }
                    }
                }
            }
        }
        var counts = FlatCounter(capacity: hashes.count + 16)
        counts.addAll { add in
            for h in hashes { add(h) }
        }
        self.counts = counts
        total = texts.reduce(0) { $0 + $1.count }
    }

    /// Writes to `out` from `start` the hashes `init(texts:cut:)` counts in text `p`, and returns where
    /// they end. Read from the text's end, so that at each position the length of the text start
    /// found at each of the next three (`isOpening`, 0 when none) is known: from a position, the
    /// strings asked about are a text's start of one to three characters (a `head` role), and a
    /// cut's tail of one to three (`last`, `lastTwo`, `lastThree`: `isTail` for two and three)
    /// alone or followed by a text's start. Every string of up to the longest of these is written.
    @inline(__always)
    static func countedStrings(_ p: UnsafeBufferPointer<Unicode.Scalar>, roleBits: UnsafeBufferPointer<UInt64>,
                               roleFlags: UnsafeBufferPointer<UInt8>, astralRoles: KeyTable<UInt8>,
                               into out: UnsafeMutableBufferPointer<UInt64>, at start: Int,
                               isTail: (UInt64) -> Bool, isOpening: (UInt64, Int) -> Bool) -> Int {
        var o = start
        let n = p.count
        // Length of the text start found at i + 1, i + 2, i + 3.
        var next1 = 0, next2 = 0, next3 = 0
        var i = n - 1
        while i >= 0 {
            var opening = 0
            let c = p[i]
            let role = Roles.get(c, roleBits, roleFlags, astralRoles)
            if role != 0 {
                let h1 = mix(seed, c)
                let h2 = i + 1 < n ? mix(h1, p[i + 1]) : 0
                var length = 0
                if role & Role.head != 0 {
                    opening = 1
                    if i + 1 < n && isOpening(h2, 2) {
                        opening = 2
                        if i + 2 < n && isOpening(mix(h2, p[i + 2]), 3) { opening = 3 }
                    }
                    length = opening
                }
                if role & Role.last != 0 { length = max(length, 1 + next1) }
                if role & Role.lastTwo != 0 && i + 1 < n && isTail(h2) { length = max(length, 2 + next2) }
                if role & Role.lastThree != 0 && i + 2 < n && isTail(mix(h2, p[i + 2])) { length = max(length, 3 + next3) }
                var h = seed
                for k in 0..<min(length, n - i) {
                    h = mix(h, p[i + k])
                    out[o] = h
                    o += 1
                }
            }
            next3 = next2
            next2 = next1
            next1 = opening
            i -= 1
        }
        return o
    }

    /// The bit of a text's first `length` (2 or 3) characters, hashed as `h`, in `init(texts:cut:)`'s
    /// opening bits.
    @inline(__always) static func openingBit(_ h: UInt64, length: Int) -> Int {
        tailBit(h) | (length - 2) << 12
    }

    /// Roles of a scalar in `init(texts:cut:)`: a text's first, a cut text's last, the first of a
    /// cut text's last two or last three.
    enum Role {
        static let head: UInt8 = 1, last: UInt8 = 2, lastTwo: UInt8 = 4, lastThree: UInt8 = 8
    }

    /// The roles (`Role` flags) of the scalars in `init(texts:cut:)`; 0 for a scalar with none.
    struct Roles {
        /// A bit per scalar of the Basic Multilingual Plane that has a role (8 KiB, cleared once a page).
        private(set) var any = [UInt64](filled: 0, count: 1024)
        /// Flags by scalar value over the plane: a scalar's byte is written with its first role and
        /// read only where `any` holds it, so the table is never cleared (clearing 64 KiB for every
        /// page cost more than the reads).
        private(set) var bmp: [UInt8] = FlatCounter.unzeroed(0x10000)
        /// Flags of the scalars beyond it.
        private(set) var astral = KeyTable<UInt8>(capacity: 16, empty: 0)

        /// Gives scalar `c` role `flag` too.
        mutating func add(_ flag: UInt8, to c: Unicode.Scalar) {
            let v = Int(c.value)
            guard v < 0x10000 else { astral.update(UInt64(v)) { $0 |= flag }; return }
            let bit: UInt64 = 1 << UInt64(v & 63)
            if any[v >> 6] & bit != 0 { bmp[v] |= flag } else { any[v >> 6] |= bit; bmp[v] = flag }
        }

        /// The flags of `c`, read through `any` and `bmp`'s buffers.
        @inline(__always)
        static func get(_ c: Unicode.Scalar, _ any: UnsafeBufferPointer<UInt64>, _ bmp: UnsafeBufferPointer<UInt8>,
                        _ astral: KeyTable<UInt8>) -> UInt8 {
            let v = Int(c.value)
            guard v < 0x10000 else { return astral.get(UInt64(v)) }
            return any[v >> 6] & (1 << UInt64(v & 63)) != 0 ? bmp[v] : 0
        }
    }

    static let tailBitWords = 64
    @inline(__always) static func tailBit(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }

    /// Records the openings of paragraphs (their first three characters).
    public mutating func addOpenings(_ texts: [[Unicode.Scalar]]) {
        for t in texts where t.count >= 3 { openings.add(NGramIndex.hash(t.prefix(3))) }
    }

    /// Paragraphs (own and background) that open with the first three characters of `t`.
    func openingCount(_ t: [Unicode.Scalar]) -> Int {
        guard t.count >= 3 else { return 0 }
        let h = NGramIndex.hash(t.prefix(3))
        return Int(openings.get(h)) + Int(background?.index.openings.get(h) ?? 0)
    }

    static func hash(_ s: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h = seed
        for c in s { h = mix(h, c) }
        return h
    }

    static func hash(_ s: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> UInt64 {
        var h = seed
        for c in s { h = mix(h, c) }
        return h
    }

    /// Adds more whole text.
    public mutating func add(_ texts: [[Unicode.Scalar]]) {
        var needed = 0
        for t in texts { needed += t.count * NGramIndex.maxLength }
        counts.reserve(needed)
        for t in texts {
            total += t.count
            counts.addAll { add in
                t.withUnsafeBufferPointer { p in NGramIndex.eachString(p, 0..<p.count, add) }
            }
        }
    }

    /// Hands `add` the hash of every string of 1…`maxLength` scalars that starts and ends inside
    /// `range` of `p`.
    @inline(__always)
    static func eachString(_ p: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ add: (UInt64) -> Void) {
        var i = range.lowerBound
        // Where all `maxLength` (6) strings fit, written out: the two bound tests per string were a
        // sixth of the background sample's work. The same strings in the same order as below.
        while i + 6 <= range.upperBound {
            var h = mix(seed, p[i]); add(h)
            h = mix(h, p[i + 1]); add(h)
            h = mix(h, p[i + 2]); add(h)
            h = mix(h, p[i + 3]); add(h)
            h = mix(h, p[i + 4]); add(h)
            h = mix(h, p[i + 5]); add(h)
            i += 1
        }
        while i < range.upperBound {
            var h = seed
            var k = 0
            while k < maxLength && i + k < range.upperBound {
                h = mix(h, p[i + k])
                add(h)
                k += 1
            }
            i += 1
        }
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func mix(_ h: UInt64, _ s: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3
    }

    /// This index with `background` (the corpus's statistics) added to every count.
    public func with(background other: NGramIndex?) -> NGramIndex {
        var c = self
        c.background = other.map { NGramBackground(index: $0) }
        c.backgroundCounts = other?.counts ?? FlatCounter(capacity: 0)
        c.backgroundTotal = other?.total ?? 0
        c.backgroundPairBits = other?.pairBits ?? []
        c.backgroundPairShift = other?.pairShift ?? 0
        return c
    }

    /// Count of the string whose hash is `h` (own and background).
    @inline(__always) func count(hash h: UInt64) -> Int {
        Int(counts.get(h)) + Int(backgroundCounts.get(h))
    }

    var grandTotal: Int { total + backgroundTotal }

    /// Builds background statistics from the lines of sample sources (white space removed,
    /// width folded), reading at most `limit` scalars so very large corpora cost a bounded first pass.
    public static func sample(_ sources: [SourceText], limit: Int = 4_000_000) -> NGramIndex {
        var index = NGramIndex()
        var used = 0
        // Each file's lines (white space removed, width folded) end to end in one buffer, with
        // where each line ends: no array per line.
        var text = [Unicode.Scalar]()
        var ends = [Int]()
        // Every line counts once per copy, but a line printed many times over (page furniture, an
        // article filed again) has its strings counted once, with its number of copies.
        var lines = DistinctLines()
        for s in sources {
            ends.removeAll(keepingCapacity: true)
            // (Written through the buffer: appending checked the array's uniqueness per scalar.)
            text = [Unicode.Scalar](unsafeUninitializedCapacity: s.scalars.count) { out, written in
                var o = 0
                s.scalars.withUnsafeBufferPointer { buf in
                    for n in 1...max(s.lineCount, 1) {
                        let start = o
                        var h = NGramIndex.seed
                        for i in s.lineRange(n) {
                            var c = buf[i]
                            // Han and CJK punctuation (U+3001–U+FEFE, most of the text): no white
                            // space, nothing to fold (told in one comparison, not in the two tests').
                            if c.value &- 0x3001 >= 0xFEFF - 0x3001 {
                                if ScalarClass.isSpace(c) { continue }
                                c = ScalarClass.fold(c)
                            }
                            out[o] = c
                            o += 1
                            h = NGramIndex.mix(h, c)
                        }
                        ends.append(o)
                        if o > start { lines.add(UnsafeBufferPointer(UnsafeMutableBufferPointer(rebasing: out[start..<o])), hash: h) }
                    }
                }
                written = o
            }
            index.total += text.count
            text.withUnsafeBufferPointer { p in
                // Openings: the first three characters of lines after a blank line (or the first).
                var start = 0
                var previousBlank = true
                for end in ends {
                    if previousBlank && end - start >= 3 { index.openings.add(NGramIndex.hash(p[start..<(start + 3)])) }
                    previousBlank = end == start
                    start = end
                }
            }
            used += s.scalars.count
            if used >= limit { break }
        }
        if !sources.isEmpty { index.pairBits = [UInt64](filled: 0, count: 1 << (64 - Int(index.pairShift) - 6)) }
        let shift = index.pairShift
        lines.text.withUnsafeBufferPointer { p in
            // The two-character strings of each line, as bits.
            index.pairBits.withUnsafeMutableBufferPointer { bits in
                for line in lines.lines {
                    var i = line.start
                    while i + 1 < line.end {
                        let b = NGramIndex.pairBit(NGramIndex.mix(NGramIndex.mix(NGramIndex.seed, p[i]), p[i + 1]), shift)
                        bits[b >> 6] |= 1 &<< UInt64(b & 63)
                        i += 1
                    }
                }
            }
            // Room for one line's strings at a time: the table grows with the distinct strings
            // (most repeat), not with a bound of a whole file's.
            for line in lines.lines {
                index.counts.reserve((line.end - line.start) * NGramIndex.maxLength)
                index.counts.addAll(by: line.copies) { add in NGramIndex.eachString(p, line.start..<line.end, add) }
            }
        }
        index.foldPairBits()
        return index
    }

    /// The distinct non-empty lines of a sample, end to end in one buffer, each with its number of
    /// copies: found by a hash of the line, told apart by their scalars.
    struct DistinctLines {
        /// The lines' scalars.
        private(set) var text: [Unicode.Scalar] = []
        /// Where each line is in `text`, and how many times it was added.
        private(set) var lines: [(start: Int, end: Int, copies: Int32)] = []
        /// Line numbers (in `lines`) by hash; a line whose hash another holds takes the next key.
        private var byHash = KeyTable<Int32>(capacity: 1 << 12, empty: -1)

        /// Counts one copy of `line`, whose `NGramIndex.hash` is `hash`.
        mutating func add(_ line: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64) {
            var key = hash
            while true {
                let k = byHash.get(key)
                if k < 0 { break }
                let l = lines[Int(k)]
                if l.end - l.start == line.count, text.withUnsafeBufferPointer({ t in
                    memcmp(t.baseAddress! + l.start, line.baseAddress!, line.count * MemoryLayout<Unicode.Scalar>.stride) == 0
                }) {
                    lines[Int(k)].copies += 1
                    return
                }
                key &+= 0x9E37_79B9_7F4A_7C15
            }
            byHash.set(key, Int32(lines.count))
            lines.append((text.count, text.count + line.count, 1))
            text.append(contentsOf: line)
        }
    }

    /// How plausible `tail|head` is as running text: the best pointwise mutual information of a
    /// string spanning the seam that occurs elsewhere in the document; nil when none occurs.
    /// What seam scoring needs of a paragraph's end: hashes and counts of its last 1–3 characters
    /// (held inline: a paragraph's pair of small arrays cost more to make, copy and free than the scoring).
    struct TailInfo {
        /// Strings held (0–3): the last one, two and three characters.
        var size = 0
        var hashes: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var counts: (Int, Int, Int) = (0, 0, 0)
        @inline(__always) func hash(_ k: Int) -> UInt64 { k == 0 ? hashes.0 : k == 1 ? hashes.1 : hashes.2 }
        @inline(__always) func count(_ k: Int) -> Int { k == 0 ? counts.0 : k == 1 ? counts.1 : counts.2 }
    }

    /// What seam scoring needs of a paragraph's start: its first 1–3 characters and their counts
    /// (inline, as `TailInfo`).
    struct HeadInfo {
        /// Characters held (0–3).
        var size = 0
        var scalars: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) = (" ", " ", " ")
        var counts: (Int, Int, Int) = (0, 0, 0)
        @inline(__always) func scalar(_ m: Int) -> Unicode.Scalar { m == 0 ? scalars.0 : m == 1 ? scalars.1 : scalars.2 }
        @inline(__always) func count(_ m: Int) -> Int { m == 0 ? counts.0 : m == 1 ? counts.1 : counts.2 }
    }

    func tailInfo(_ tail: ArraySlice<Unicode.Scalar>) -> TailInfo {
        var t = TailInfo()
        let n = tail.count
        let end = tail.endIndex
        for k in 1...max(1, min(3, n)) where k <= n {
            var h = NGramIndex.seed
            for c in tail[(end - k)...] { h = NGramIndex.mix(h, c) }
            let c = count(hash: h)
            switch k {
            case 1: t.hashes.0 = h; t.counts.0 = c
            case 2: t.hashes.1 = h; t.counts.1 = c
            default: t.hashes.2 = h; t.counts.2 = c
            }
            t.size = k
        }
        return t
    }

    func headInfo(_ head: ArraySlice<Unicode.Scalar>) -> HeadInfo {
        var hd = HeadInfo()
        var h = NGramIndex.seed
        for c in head.prefix(3) {
            h = NGramIndex.mix(h, c)
            let n = count(hash: h)
            switch hd.size {
            case 0: hd.scalars.0 = c; hd.counts.0 = n
            case 1: hd.scalars.1 = c; hd.counts.1 = n
            default: hd.scalars.2 = c; hd.counts.2 = n
            }
            hd.size += 1
        }
        return hd
    }

    @inline(__always) static func pairBit(_ h: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// Halves the pair bits (bit b becomes bit b / 2, as `pairBit` with one bit less) while they
    /// would stay under a sixteenth full: a smaller array stays in the faster caches.
    private mutating func foldPairBits() {
        var set = 0
        for w in pairBits { set += w.nonzeroBitCount }
        while pairBits.count > 1 << 10 && set * 32 < pairBits.count * 64 {
            var half = [UInt64](filled: 0, count: pairBits.count / 2)
            var folded = 0
            for (w, word) in pairBits.enumerated() {
                var rest = word
                while rest != 0 {
                    let b = ((w << 6) | rest.trailingZeroBitCount) >> 1
                    rest &= rest &- 1
                    if half[b >> 6] & (1 &<< UInt64(b & 63)) == 0 { folded += 1 }
                    half[b >> 6] |= 1 &<< UInt64(b & 63)
                }
            }
            pairBits = half
            pairShift += 1
            set = folded
        }
    }

    /// False when the background whose pair bits are `bits` counts no string holding the two
    /// characters hashed as `h`.
    @inline(__always) static func holdsPair(_ bits: [UInt64], _ shift: UInt64, _ h: UInt64) -> Bool {
        let b = NGramIndex.pairBit(h, shift)
        return bits[b >> 6] & (1 &<< UInt64(b & 63)) != 0
    }

    /// `seamScore` from precomputed ends: the same value, without re-hashing per pair. With
    /// `wordsAfterOpening`, a head opening with a quotation or bracket mark scores only on strings
    /// that hold words after the mark (the tail and the mark alone are evidence of the tail's
    /// syntax, not of this seam).
    /// Every string across the seam holds the seam's two characters (the tail's last, the head's
    /// first): when the background counts no string with those two, none of them is looked up
    /// there (the background table is far larger than the caches: most of its lookups missed them).
    func seamScore(_ tail: TailInfo, _ head: HeadInfo, wordsAfterOpening: Bool = false) -> Double? {
        if tail.size > 0, head.size > 0, !backgroundPairBits.isEmpty,
           !NGramIndex.holdsPair(backgroundPairBits, backgroundPairShift, NGramIndex.mix(tail.hash(0), head.scalar(0))) {
            return seamScore(tail, head, total: grandTotal, wordsAfterOpening) { Int(counts.get($0)) }
        }
        return seamScore(tail, head, total: grandTotal, wordsAfterOpening) { count(hash: $0) }
    }

    /// (A string that occurs nowhere has no longer string holding it that occurs: once the head's
    /// first `m + 1` characters, or the tail's last `k + 1` followed by them, count 0, no longer head
    /// is looked up, for this tail or a longer one. Every string asked about is counted wherever it
    /// occurs, so the value is the one of asking all.)
    @inline(__always)
    private func seamScore(_ tail: TailInfo, _ head: HeadInfo, total: Int, _ wordsAfterOpening: Bool, _ count: (UInt64) -> Int) -> Double? {
        var best: Double? = nil
        let n = Double(max(total, 1))
        var heads = head.size
        for k in 0..<tail.size where tail.count(k) > 0 {
            var bh = tail.hash(k)
            for m in 0..<heads {
                bh = NGramIndex.mix(bh, head.scalar(m))
                guard head.count(m) > 0 else { heads = m; break }
                let c = count(bh)
                guard c > 0 else { heads = m; break }
                // (An opening mark alone, `…向|“没想到…`, says how often quotations follow the tail,
                // not that this one does: the words inside it must count too.)
                if m == 0 && wordsAfterOpening && ScalarClass.isOpening(head.scalar(0)) { continue }
                let pmi = log2((Double(c) - 0.3) * n / (Double(tail.count(k)) * Double(head.count(m))))
                let value = pmi + 0.5 * Double(k + m)
                if best == nil || value > best! { best = value }
            }
        }
        return best
    }

}

import Foundation

/// Boxes a background index so `NGramIndex` can hold one without being recursive.
final class NGramBackground: Sendable {
    let index: NGramIndex
    init(index: NGramIndex) { self.index = index }
}
