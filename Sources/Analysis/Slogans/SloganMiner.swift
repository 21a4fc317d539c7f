// Slogan mining: numbered formulations, quoted set phrases and discovered phrases, counted.

import Corpus

/// What kind of evidence made a string a slogan.
public enum SloganKind: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Shaped like a numbered formulation (两个确立, 两会, 一府一委两院); see `NumberedFormulaScanner`.
    case numbered
    /// Set in quotes repeatedly (“家站点”); see `QuotedPhraseScanner`.
    case quoted
    /// Found statistically (全过程人民民主); see `PhraseDiscovery`.
    case discovered

    public static func < (a: SloganKind, b: SloganKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A mined slogan with its corpus count.
public struct Slogan: Sendable, Hashable {
    public let text: String
    public let kind: SloganKind
    /// numbered and discovered: occurrences in the text, quoted or not, leftmost-longest
    /// (双联系 is not also counted as 双联); quoted: quoted occurrences.
    public let count: Int
    public init(text: String, kind: SloganKind, count: Int) {
        self.text = text
        self.kind = kind
        self.count = count
    }
}

/// One occurrence of a slogan in one text: `slogan` indexes the slogan list it came with,
/// `range` is in scalar offsets of that text (the quote marks excluded for quoted phrases).
public struct SloganOccurrence: Sendable, Hashable {
    public let slogan: Int
    public let range: Range<Int>
    public init(slogan: Int, range: Range<Int>) {
        self.slogan = slogan
        self.range = range
    }
}

/// Pass 1 of mining: evidence gathered text by text. Accumulate per text (or per worker) and `merge`.
public struct SloganAccumulator: Sendable {
    var numbered: [PhraseKey: NumberedFormulaScanner.Evidence] = [:]
    var quoted: [PhraseKey: Int] = [:]
    var discovery: PhraseDiscovery
    let miner: SloganMiner
    public private(set) var textCount = 0

    init(miner: SloganMiner) {
        self.miner = miner
        self.discovery = miner.discovery
    }

    /// Gathers the evidence of one normalized text.
    public mutating func add(_ raw: [Unicode.Scalar]) {
        let text = SloganScalars.pairingStraightQuotes(raw)
        textCount += 1
        var local: [PhraseKey: NumberedFormulaScanner.Evidence] = [:]
        miner.numberedScanner.scan(text) { c in
            let key = PhraseKey(Array(text[c.range]))
            var e = local[key] ?? NumberedFormulaScanner.Evidence(shape: c.shape)
            e.total += 1
            if c.quoted { e.quoted += 1 }
            if c.bounded { e.bounded += 1 }
            if c.placeSuffixed { e.placeSuffixed += 1 }
            e.shape = max(e.shape, c.shape)
            local[key] = e
        }
        for (k, var e) in local {
            e.texts = 1
            numbered[k, default: NumberedFormulaScanner.Evidence(shape: e.shape)].merge(e)
        }
        miner.quotedScanner.scan(text) { r in quoted[PhraseKey(Array(text[r])), default: 0] += 1 }
        if miner.discover && discovery.totalChars < miner.discoveryBudget { discovery.add(text) }
    }

    /// A one-pass ranking from the evidence alone (numbered formulations the scanner accepts and
    /// recurring quoted phrases, counted as gathered), for summaries that cannot afford pass 2.
    /// `SloganMiner.finish` plus a counting pass gives the exact, leftmost-longest counts.
    public func provisionalRanking() -> [Slogan] {
        var out = [Slogan]()
        var taken = Set<[Unicode.Scalar]>()
        for (key, e) in numbered where miner.numberedScanner.accepts(e) {
            let k = key.scalars
            out.append(Slogan(text: SloganScalars.string(k), kind: .numbered, count: e.total))
            taken.insert(k)
        }
        for (key, c) in quoted where c >= miner.quotedScanner.minCount && !taken.contains(key.scalars) {
            let k = key.scalars
            out.append(Slogan(text: SloganScalars.string(k), kind: .quoted, count: c))
        }
        return out.sorted { $0.count != $1.count ? $0.count > $1.count : ($0.kind, $0.text) < ($1.kind, $1.text) }
    }

    /// Adds another accumulator's evidence (same miner configuration).
    public mutating func merge(_ other: SloganAccumulator) {
        for (k, e) in other.numbered { numbered[k, default: NumberedFormulaScanner.Evidence(shape: e.shape)].merge(e) }
        for (k, c) in other.quoted { quoted[k, default: 0] += c }
        discovery.merge(other.discovery)
        textCount += other.textCount
    }
}

/// The slogans chosen after pass 1, ready to count (pass 2). Immutable and shareable.
public struct SloganSet: Sendable {
    public struct Entry: Sendable, Hashable {
        public let text: String
        public let scalars: [Unicode.Scalar]
        public let kind: SloganKind
    }

    /// Entries in a stable order (kind, then text); `SloganOccurrence.slogan` from this set indexes it.
    public let entries: [Entry]
    private let numberedMatcher: AhoCorasick
    private let numberedEntry: [Int]
    private let discoveredMatcher: AhoCorasick
    private let discoveredEntry: [Int]
    private let quotedEntry: [[Unicode.Scalar]: Int]
    private let quotedScanner: QuotedPhraseScanner

    init(entries: [Entry], quotedScanner: QuotedPhraseScanner) {
        self.entries = entries
        var nPat: [[Unicode.Scalar]] = [], nIdx: [Int] = []
        var dPat: [[Unicode.Scalar]] = [], dIdx: [Int] = []
        var q: [[Unicode.Scalar]: Int] = [:]
        for (i, e) in entries.enumerated() {
            switch e.kind {
            case .numbered: nPat.append(e.scalars); nIdx.append(i)
            case .discovered: dPat.append(e.scalars); dIdx.append(i)
            case .quoted: q[e.scalars] = i
            }
        }
        numberedMatcher = AhoCorasick(patterns: nPat, matchKind: .leftmostLongest)
        numberedEntry = nIdx
        discoveredMatcher = AhoCorasick(patterns: dPat, matchKind: .leftmostLongest)
        discoveredEntry = dIdx
        quotedEntry = q
        self.quotedScanner = quotedScanner
    }

    /// Calls `body(entry, range)` for each occurrence in one text: numbered (leftmost-longest,
    /// not after 第 or another numeral), quoted (quoted occurrences), discovered (leftmost-longest).
    public func scan(_ raw: [Unicode.Scalar], _ body: (Int, Range<Int>) -> Void) {
        let text = SloganScalars.pairingStraightQuotes(raw)
        text.withUnsafeBufferPointer { t in
            numberedMatcher.scan(text) { p, s, e in
                if !NumberedFormulaScanner.isBlockedStart(t, s) { body(numberedEntry[p], s..<e) }
            }
        }
        if !quotedEntry.isEmpty {
            quotedScanner.scan(text) { r in
                if let i = quotedEntry[Array(text[r])] { body(i, r) }
            }
        }
        discoveredMatcher.scan(text) { p, s, e in body(discoveredEntry[p], s..<e) }
    }

    /// Occurrences in one text, ordered by offset; `slogan` indexes `entries`.
    public func occurrences(in text: [Unicode.Scalar]) -> [SloganOccurrence] {
        var out: [SloganOccurrence] = []
        scan(text) { out.append(SloganOccurrence(slogan: $0, range: $1)) }
        out.sort { ($0.range.lowerBound, $0.slogan) < ($1.range.lowerBound, $1.slogan) }
        return out
    }

    /// Adds the occurrences in one text to `counts` (indexed like `entries`).
    public func count(in text: [Unicode.Scalar], into counts: inout [Int]) {
        counts.withUnsafeMutableBufferPointer { c in scan(text) { i, _ in c[i] += 1 } }
    }

    /// Slogans with a positive count, by count descending, ties by text then kind.
    public func ranked(counts: [Int]) -> [(entry: Int, slogan: Slogan)] {
        var out: [(entry: Int, slogan: Slogan)] = []
        for (i, e) in entries.enumerated() where counts[i] > 0 {
            out.append((i, Slogan(text: e.text, kind: e.kind, count: counts[i])))
        }
        out.sort { a, b in
            if a.slogan.count != b.slogan.count { return a.slogan.count > b.slogan.count }
            if a.slogan.text != b.slogan.text { return a.slogan.text < b.slogan.text }
            return a.slogan.kind < b.slogan.kind
        }
        return out
    }
}

/// The result of `SloganMiner.mineWithOccurrences`.
public struct SloganMining: Sendable {
    /// Ranked slogans (as `SloganMiner.mine` returns them).
    public let slogans: [Slogan]
    /// Per input text, its occurrences; `SloganOccurrence.slogan` indexes `slogans`.
    public let occurrences: [[SloganOccurrence]]
}

/// Finds the slogans of a corpus without being told what they are.
///
/// Two passes. Pass 1 (`makeAccumulator`, `SloganAccumulator.add`, `merge`) gathers evidence:
/// numbered-formula candidates with how often each surface occurs, how often quoted exactly, in
/// how many texts; quoted contents; character n-grams for discovery. `finish` chooses the slogans:
/// numbered surfaces that `NumberedFormulaScanner.accepts`; quoted phrases quoted at least
/// `quotedScanner.minCount` times that are not numbered; up to `maxDiscovered` discovered phrases
/// that are neither. Pass 2 (`SloganSet.scan`/`count`) counts each text, so counts include unquoted
/// occurrences of numbered and discovered slogans, leftmost-longest.
/// Memory is bounded by distinct candidates (n-grams pruned by `PhraseDiscovery`).
public struct SloganMiner: Sendable {
    public var numberedScanner = NumberedFormulaScanner()
    public var quotedScanner = QuotedPhraseScanner()
    /// Discovery settings; slogans are phrases, so the miner reports discovered strings of 4+ characters.
    public var discovery: PhraseDiscovery = {
        var d = PhraseDiscovery()
        d.minLength = 4
        return d
    }()
    /// Run statistical discovery (the costliest part).
    public var discover = true
    public var maxDiscovered = 100
    /// Slogans counted fewer times than this are left out of `mine`'s result (1: keep all).
    public var minCount = 1
    /// Discovery reads at most this many scalars of text (about 3 bytes of UTF-8 each), then stops
    /// feeding n-grams: phrase *selection* comes from a sample of that size (the first texts
    /// added), while pass 2 still *counts* the chosen phrases in every text. Bounds time and memory.
    public var discoveryBudget = 6_000_000

    public init() {}

    public func makeAccumulator() -> SloganAccumulator { SloganAccumulator(miner: self) }

    /// Chooses the slogans from pass-1 evidence.
    public func finish(_ acc: SloganAccumulator) -> SloganSet {
        var entries: [SloganSet.Entry] = []
        var taken = Set<[Unicode.Scalar]>()
        let places = PlaceNameFilter(gazetteer: Gazetteer.shared)
        for (key, e) in acc.numbered where numberedScanner.accepts(e) && !places.isPlaceName(key.scalars) {
            let k = key.scalars
            entries.append(.init(text: SloganScalars.string(k), scalars: k, kind: .numbered))
            taken.insert(k)
        }
        for (key, c) in acc.quoted where c >= quotedScanner.minCount && !taken.contains(key.scalars) {
            let k = key.scalars
            entries.append(.init(text: SloganScalars.string(k), scalars: k, kind: .quoted))
            taken.insert(k)
        }
        if discover {
            var n = 0
            for p in acc.discovery.phrases() where n < maxDiscovered && !taken.contains(p.scalars) {
                entries.append(.init(text: p.text, scalars: p.scalars, kind: .discovered))
                taken.insert(p.scalars)
                n += 1
            }
        }
        entries.sort { ($0.kind, $0.text) < ($1.kind, $1.text) }
        return SloganSet(entries: entries, quotedScanner: quotedScanner)
    }

    /// Ranked slogans of a corpus of normalized texts.
    public func mine(_ texts: [[Unicode.Scalar]]) -> [Slogan] {
        mineWithOccurrences(texts).slogans
    }

    /// Ranked slogans and, per text, their occurrences (for grouping by county, reporting lines).
    public func mineWithOccurrences(_ texts: [[Unicode.Scalar]]) -> SloganMining {
        var acc = makeAccumulator()
        for t in texts { acc.add(t) }
        let set = finish(acc)
        var counts = [Int](repeating: 0, count: set.entries.count)
        var perText: [[SloganOccurrence]] = []
        perText.reserveCapacity(texts.count)
        for t in texts {
            let occ = set.occurrences(in: t)
            for o in occ { counts[o.slogan] += 1 }
            perText.append(occ)
        }
        let ranked = set.ranked(counts: counts).filter { $0.slogan.count >= minCount }
        var rankOf = [Int](repeating: -1, count: set.entries.count)
        for (r, x) in ranked.enumerated() { rankOf[x.entry] = r }
        let occurrences = perText.map { occ in
            occ.compactMap { o in rankOf[o.slogan] >= 0 ? SloganOccurrence(slogan: rankOf[o.slogan], range: o.range) : nil }
        }
        return SloganMining(slogans: ranked.map(\.slogan), occurrences: occurrences)
    }
}
