/// Finds the sections holding a paragraph in a parallel frame with a given one
/// (`坚持忠诚履职，在…彰显…` beside `坚持依法履职，在…彰显…`) for `ReadingOrder.moveEnumerationPieces`,
/// which compared each piece with every paragraph of the page: quadratic on a page of thousands of
/// paragraphs in several sections.
///
/// `frame(a, b)` counts the Han characters in the same places of two paragraphs over a window of six
/// that starts after the longest generic opening they share (0, 2, 3 or 4 characters); for other
/// sections, leaving out three or four characters they open with alike. A small page
/// is still searched paragraph by paragraph. A larger one is indexed: for each start `g` a paragraph
/// can be compared from (0, or the length of one of its generic openings) a level keys it by its
/// first `g` characters and every two and every three Han characters of its window with their
/// places, so two paragraphs in a frame of two (three) places share a two-place (three-place) key at
/// the start their comparison uses. A paragraph that also shares the next generic opening of the one
/// asked about is compared from a later start; each level keeps such paragraphs together so that
/// they are passed over at once. Keys are hashes and a paragraph found counts only once `frame`
/// confirms it, so the answers are exactly those of comparing with every paragraph.
struct FrameIndex {
    /// Paragraph texts of the page.
    let paras: [[Unicode.Scalar]]
    let openings: GenericOpenings
    /// Section of each paragraph searched (-1: not searched).
    private var sectionOf: [Int]
    /// The paragraphs searched, ascending.
    private var members: [Int] = []
    /// One level per window start (0, 2, 3, 4); none on a small page.
    private var levels: [Level] = []

    /// Pages with at most this many paragraphs in sections are searched paragraph by paragraph:
    /// building the index costs more there.
    static let smallPage = 256

    /// Which sections to search.
    enum Sections {
        case only(Int)
        case allBut(Int)

        func admits(_ s: Int) -> Bool {
            switch self {
            case .only(let t): return s == t
            case .allBut(let t): return s != t
            }
        }

        /// Other sections' frames are counted strictly (see `frame`).
        var strict: Bool {
            if case .allBut = self { return true }
            return false
        }
    }

    /// Searches the paragraphs of `owned` chains, each in its chain's section; `indexed` chooses the
    /// index or the paragraph-by-paragraph search (by default, the index past a small page).
    init(paras: [[Unicode.Scalar]], openings: GenericOpenings, owned: [(chain: [Int], section: Int)], indexed: Bool? = nil) {
        self.paras = paras
        self.openings = openings
        sectionOf = [Int](filled: -1, count: paras.count)
        for o in owned { for p in o.chain { sectionOf[p] = o.section } }
        members = paras.indices.filter { sectionOf[$0] >= 0 }
        guard indexed ?? (members.count > FrameIndex.smallPage) else { return }
        levels = [0, 2, 3, 4].map { g in
            Level(start: g, members: members.filter { g == 0 || openings.isGeneric($0, length: g) }, in: self)
        }
    }

    /// Han characters in the same places after a generic opening, over a window of six. `strict`
    /// leaves out a shared opening of three or four characters: it is no frame for moving a piece
    /// to another section (`常委会还把…` / `常委会还创新…` open alike in any two pieces of 人大 prose),
    /// though it shows the piece belongs with its own section's text. (Two, as in `坚持忠诚履职` /
    /// `坚持依法履职`, often open the frame.) The window keeps its end, so a shared four-character
    /// opening with no generic one leaves two places: such a pair never moves a piece (a veto, by
    /// design: the index keys places inside the unshifted window).
    func frame(_ ai: Int, _ bi: Int, strict: Bool = false) -> Int {
        let a = paras[ai], b = paras[bi]
        var common = 0
        while common < min(4, a.count, b.count) && a[common] == b[common] { common += 1 }
        let generic = openings.longestGeneric(ai, upTo: common)
        var same = 0
        var k = strict && common >= 3 ? max(generic, common) : generic
        while k < min(generic + 6, a.count, b.count) {
            if a[k] == b[k] && ScalarClass.isHan(a[k]) { same += 1 }
            k += 1
        }
        return same
    }

    /// Sections among `wanted` holding a paragraph outside `piece` (sorted) in a frame of at least
    /// `minimum` (2 or 3) places with paragraph `f`, one of the paragraphs searched: at most `limit`
    /// of them, in no particular order.
    func sections(framing f: Int, minimum: Int, among wanted: Sections, excluding piece: [Int], limit: Int) -> [Int] {
        precondition(sectionOf[f] >= 0, "a paragraph asked about is one of those searched")
        if levels.isEmpty { return compared(f, minimum: minimum, among: wanted, excluding: piece, limit: limit) }
        var found = [Int]()
        for level in levels where level.start == 0 || openings.isGeneric(f, length: level.start) {
            // Paragraphs sharing `f`'s next generic opening are compared from after it (found at a
            // later level), so they are passed over here.
            let later = nextOpening(f, after: level.start).flatMap { level.classes[$0] }
            let lists = level.lists(of: paras[f], size: minimum)
            switch wanted {
            case .only(let s):
                let block = level.block(of: s)
                for list in lists {
                    let entries = level.entryRange(list)
                    let from = level.firstEntry(atLeast: block.lowerBound, in: entries)
                    if firstMatch(f, level, entries, from: from, before: block.upperBound, passing: later, minimum: minimum, piece: piece, strict: false) {
                        return [s]
                    }
                }
            case .allBut(let other):
                for list in lists {
                    let entries = level.entryRange(list), summaries = level.summaryRange(list)
                    // Each section of the list once: those with paragraphs of several classes first,
                    // then by class, so the sections whose only class is `later` are one run.
                    var j = summaries.lowerBound
                    while j < summaries.upperBound {
                        if let c = later, level.summaryClass[j] == c {
                            j = level.summaryRunEnd(from: j, in: summaries)
                            continue
                        }
                        let e = Int(level.summaries[j])
                        let r = Int(level.entries[e])
                        let s = Int(level.section[r])
                        if s != other && !found.contains(s),
                           firstMatch(f, level, entries, from: e, before: Int(level.sectionEnd[r]), passing: later, minimum: minimum, piece: piece, strict: true) {
                            found.append(s)
                            if found.count >= limit { return found }
                        }
                        j += 1
                    }
                }
            }
        }
        return found
    }

    /// `sections(framing:…)` by comparing `f` with every paragraph searched.
    func compared(_ f: Int, minimum: Int, among wanted: Sections, excluding piece: [Int], limit: Int) -> [Int] {
        var found = [Int]()
        for p in members where wanted.admits(sectionOf[p]) && !found.contains(sectionOf[p]) {
            if !FrameIndex.contains(piece, p) && frame(f, p, strict: wanted.strict) >= minimum {
                found.append(sectionOf[p])
                if found.count >= limit { break }
            }
        }
        return found
    }

    /// True when a paragraph listed in `entries` from `i` on, before position `end` of the level's
    /// order, outside the run of class `passing` and outside `piece`, is in a frame of at least
    /// `minimum` places with `f`.
    private func firstMatch(_ f: Int, _ level: Level, _ entries: Range<Int>, from i: Int, before end: Int,
                            passing: Int32?, minimum: Int, piece: [Int], strict: Bool) -> Bool {
        var i = i
        while i < entries.upperBound {
            let r = Int(level.entries[i])
            guard r < end else { return false }
            if let c = passing, level.classID[r] == c {
                i = level.firstEntry(atLeast: Int(level.groupEnd[r]), in: i..<entries.upperBound)
                continue
            }
            let p = Int(level.order[r])
            if !FrameIndex.contains(piece, p) && frame(f, p, strict: strict) >= minimum { return true }
            i += 1
        }
        return false
    }

    /// True when sorted `xs` holds `x`.
    static func contains(_ xs: [Int], _ x: Int) -> Bool {
        var lo = 0, hi = xs.count
        while lo < hi { let m = (lo + hi) / 2; if xs[m] < x { lo = m + 1 } else { hi = m } }
        return lo < xs.count && xs[lo] == x
    }

    /// Paragraph `p`'s shortest generic opening longer than `g` characters, nil when none: with it
    /// `p` is compared from a later start than `g` to the paragraphs that share it.
    func nextOpening(_ p: Int, after g: Int) -> OpeningKey? {
        for k in max(g + 1, 2)..<5 where openings.isGeneric(p, length: k) { return OpeningKey(paras[p], k) }
        return nil
    }

    /// The keys of one window start.
    struct Level {
        /// Where the window starts.
        let start: Int
        /// The paragraphs comparable from this start (all at 0, else those with a generic opening
        /// of this length) by section, then by class, then by index.
        private(set) var order: [Int32] = []
        /// Per position in `order`: its section, its class, where its section's run ends and where
        /// the run of its section and class ends.
        private(set) var section: [Int32] = [], classID: [Int32] = [], sectionEnd: [Int32] = [], groupEnd: [Int32] = []
        /// Class numbers of the paragraphs' next generic openings (`nextOpening`); 0 is none.
        private(set) var classes: [OpeningKey: Int32] = [:]
        /// The keys that two paragraphs or more have, ascending; list `l` is the paragraphs of key `l`.
        private var keys: [UInt64] = []
        /// Per list, where its entries start (and past the last list, where they end).
        private var listStart: [Int32] = [0]
        /// Positions in `order`, ascending within each list.
        private(set) var entries: [Int32] = []
        /// Per list, one summary per section, the index in `entries` of the section's first entry:
        /// sections holding several classes first, then by class, then by section.
        private(set) var summaries: [Int32] = []
        /// Per summary, the class of its section's entries in the list (-1 for several).
        private(set) var summaryClass: [Int32] = []
        /// Per list, where its summaries start (and past the last list, where they end).
        private var summaryStart: [Int32] = [0]

        init(start g: Int, members: [Int], in index: FrameIndex) {
            start = g
            guard !members.isEmpty else { return }
            let opening = members.map { index.nextOpening($0, after: g) }
            for (n, key) in Set(opening.compactMap { $0 }).sorted().enumerated() { classes[key] = Int32(n + 1) }
            let sorted = zip(members, opening).map { (p, key) in
                (section: Int32(index.sectionOf[p]), cls: key.map { classes[$0]! } ?? 0, paragraph: Int32(p))
            }.sorted { ($0.section, $0.cls, $0.paragraph) < ($1.section, $1.cls, $1.paragraph) }
            order = sorted.map(\.paragraph)
            section = sorted.map(\.section)
            classID = sorted.map(\.cls)
            sectionEnd = [Int32](filled: Int32(sorted.count), count: sorted.count)
            groupEnd = sectionEnd
            for r in stride(from: sorted.count - 2, through: 0, by: -1) {
                let sameSection = section[r] == section[r + 1]
                sectionEnd[r] = sameSection ? sectionEnd[r + 1] : Int32(r + 1)
                groupEnd[r] = sameSection && classID[r] == classID[r + 1] ? groupEnd[r + 1] : Int32(r + 1)
            }
            buildLists(index.paras)
            buildSummaries()
        }

        /// Sorts every paragraph's keys and keeps those that two paragraphs or more share, each
        /// with the positions in `order` of its paragraphs (a key only one paragraph has finds no
        /// other).
        private mutating func buildLists(_ paras: [[Unicode.Scalar]]) {
            var count = 0
            for p in order { count += Level.keyCount(of: paras[Int(p)], start: start) }
            var all = [UInt64](), ranks = [Int32]()
            all.reserveCapacity(count)
            ranks.reserveCapacity(count)
            for (r, p) in order.enumerated() {
                Level.forEachKey(of: paras[Int(p)], start: start, sizes: 2...3) { all.append($0); ranks.append(Int32(r)) }
            }
            Level.sort(&all, carrying: &ranks)
            entries.reserveCapacity(all.count)
            var i = 0
            while i < all.count {
                var j = i + 1
                while j < all.count && all[j] == all[i] { j += 1 }
                if j - i >= 2 {
                    keys.append(all[i])
                    entries += ranks[i..<j]
                    listStart.append(Int32(entries.count))
                }
                i = j
            }
        }

        /// Sorts `keys` ascending, carrying `values` along; equal keys keep their values' order (a
        /// radix sort, a byte a pass: several times faster than `sort` on pairs, which took most of
        /// the index's time).
        static func sort(_ keys: inout [UInt64], carrying values: inout [Int32]) {
            var keys2 = [UInt64](filled: 0, count: keys.count), values2 = [Int32](filled: 0, count: values.count)
            var counts = [Int](filled: 0, count: 257)
            for pass in 0..<8 {
                let shift = UInt64(pass * 8)
                keys.withUnsafeBufferPointer { k in
                    values.withUnsafeBufferPointer { v in
                        keys2.withUnsafeMutableBufferPointer { k2 in
                            values2.withUnsafeMutableBufferPointer { v2 in
                                counts.withUnsafeMutableBufferPointer { c in
                                    for b in 0..<257 { c[b] = 0 }
                                    for x in k { c[Int((x >> shift) & 0xFF) + 1] += 1 }
                                    for b in 1..<257 { c[b] += c[b - 1] }
                                    for i in k.indices {
                                        let b = Int((k[i] >> shift) & 0xFF)
                                        k2[c[b]] = k[i]
                                        v2[c[b]] = v[i]
                                        c[b] += 1
                                    }
                                }
                            }
                        }
                    }
                }
                swap(&keys, &keys2)
                swap(&values, &values2)
            }
        }

        /// One summary per section of each list, ordered so that the sections whose only class is a
        /// given one form a run.
        private mutating func buildSummaries() {
            summaryStart.reserveCapacity(keys.count + 1)
            var blocks = [(cls: Int32, section: Int32, entry: Int32)]()
            for l in keys.indices {
                blocks.removeAll(keepingCapacity: true)
                var i = Int(listStart[l])
                let end = Int(listStart[l + 1])
                while i < end {
                    let first = i
                    let s = section[Int(entries[i])]
                    while i < end && section[Int(entries[i])] == s { i += 1 }
                    let c0 = classID[Int(entries[first])], c1 = classID[Int(entries[i - 1])]
                    blocks.append((c0 == c1 ? c0 : -1, s, Int32(first)))
                }
                if blocks.count > 1 { blocks.sort { ($0.cls, $0.section) < ($1.cls, $1.section) } }
                for b in blocks {
                    summaries.append(b.entry)
                    summaryClass.append(b.cls)
                }
                summaryStart.append(Int32(summaries.count))
            }
        }

        /// The lists of `text`'s keys of `size` places at this start.
        func lists(of text: [Unicode.Scalar], size: Int) -> [Int] {
            var out = [Int]()
            Level.forEachKey(of: text, start: start, sizes: size...size) { h in
                var lo = 0, hi = keys.count
                while lo < hi { let m = (lo + hi) / 2; if keys[m] < h { lo = m + 1 } else { hi = m } }
                if lo < keys.count && keys[lo] == h { out.append(lo) }
            }
            return out
        }

        /// Indices into `entries` of list `l`.
        func entryRange(_ l: Int) -> Range<Int> { Int(listStart[l])..<Int(listStart[l + 1]) }

        /// Indices into `summaries` of list `l`.
        func summaryRange(_ l: Int) -> Range<Int> { Int(summaryStart[l])..<Int(summaryStart[l + 1]) }

        /// Past the run of summaries of the class of summary `j`.
        func summaryRunEnd(from j: Int, in range: Range<Int>) -> Int {
            let c = summaryClass[j]
            var lo = j + 1, hi = range.upperBound
            while lo < hi { let m = (lo + hi) / 2; if summaryClass[m] <= c { lo = m + 1 } else { hi = m } }
            return lo
        }

        /// The first index in `range` of `entries` whose position in `order` is at least `r`.
        func firstEntry(atLeast r: Int, in range: Range<Int>) -> Int {
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi { let m = (lo + hi) / 2; if Int(entries[m]) < r { lo = m + 1 } else { hi = m } }
            return lo
        }

        /// Positions in `order` of section `s`.
        func block(of s: Int) -> Range<Int> {
            var lo = 0, hi = section.count
            while lo < hi { let m = (lo + hi) / 2; if Int(section[m]) < s { lo = m + 1 } else { hi = m } }
            guard lo < section.count, Int(section[lo]) == s else { return lo..<lo }
            return lo..<Int(sectionEnd[lo])
        }

        /// How many keys `forEachKey` gives `text` for two and three places.
        static func keyCount(of text: [Unicode.Scalar], start g: Int) -> Int {
            guard text.count >= g else { return 0 }
            var m = 0
            for k in g..<min(g + 6, text.count) where ScalarClass.isHan(text[k]) { m += 1 }
            return m * (m - 1) / 2 + m * (m - 1) * (m - 2) / 6
        }

        /// Calls `body` with the key of each set of `sizes` Han places in the window of `text` from
        /// `g`: its first `g` characters, the places (relative to `g`) and their characters, hashed.
        static func forEachKey(of text: [Unicode.Scalar], start g: Int, sizes: ClosedRange<Int>, _ body: (UInt64) -> Void) {
            guard text.count >= g else { return }
            var prefix: UInt64 = 0x2545_F491_4F6C_DD1D
            for k in 0..<g { prefix = mix(prefix, UInt64(text[k].value)) }
            // Each place with its character, hashed once.
            var places = [UInt64]()
            places.reserveCapacity(6)
            for k in g..<min(g + 6, text.count) where ScalarClass.isHan(text[k]) {
                places.append(UInt64(k - g) << 32 | UInt64(text[k].value))
            }
            let m = places.count
            for i in 0..<m {
                let hi = mix(prefix, places[i])
                for j in (i + 1)..<max(i + 1, m) {
                    let hj = mix(hi, places[j])
                    if sizes.contains(2) { body(mix(hj, 2)) }
                    guard sizes.contains(3) else { continue }
                    for l in (j + 1)..<max(j + 1, m) { body(mix(mix(hj, places[l]), 3)) }
                }
            }
        }

        @inline(__always) static func mix(_ h: UInt64, _ v: UInt64) -> UInt64 {
            var x = (h ^ v) &* 0x9E37_79B9_7F4A_7C15
            x ^= x >> 31
            return x &* 0xBF58_476D_1CE4_E5B9
        }
    }
}
