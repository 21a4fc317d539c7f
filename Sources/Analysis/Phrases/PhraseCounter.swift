import Corpus

/// Counts many phrases at once in a document's reading-order text, per group.
///
/// Matching is one Aho–Corasick pass over normalised scalars (width folded, wrapped and
/// letter-spaced text joined, ASCII and full-width punctuation alike). With `leftmostLongest`
/// a phrase nested in a longer listed phrase is counted once, as the longer one; `overlapping`
/// counts every occurrence of every phrase.
public struct PhraseCounter: Sendable {
    public let phrases: [String]
    public let matcher: AhoCorasick

    public init(lexicon: Lexicon, matchKind: AhoCorasick.MatchKind = .leftmostLongest) {
        phrases = lexicon.phrases
        matcher = AhoCorasick(phrases: lexicon.phrases, matchKind: matchKind)
    }

    /// Counts for one group in one document.
    public struct GroupCount: Sendable {
        public var group: String
        public var counts: [Int]
        /// Letters, digits and Han characters in the group's text (for per-10,000 rates).
        public var characters: Int
    }

    /// For a page's movable blocks, the test of whether one of them is closed: no phrase can span
    /// its end and the start of any other movable block, so whatever block reading-order repair puts
    /// after it, the page's counts stay the sums of its blocks' counts. A block whose normalised text
    /// ends outside every partial occurrence (`AhoCorasick.isOpen(atEndOf:)`) is closed at once; one
    /// that ends inside a partial occurrence (`…支持人`) is closed when no block opens with a
    /// continuation of it (`AhoCorasick.spansJoin`), counting a block too short to hold the rest of
    /// a phrase as a continuation when the phrase is still open at its end (`…民有` + `所呼、` +
    /// `我有所应…`). Block openings are normalised once per page, when the first open block is met.
    /// `DocumentReader.read(_:closedBlocks:)` uses it; the repair passes a run of hard-joined
    /// blocks as one.
    public func closedBlockTest(_ blocks: [[LinePiece]], in source: SourceText) -> ([LinePiece]) -> Bool {
        let need = matcher.maxPatternLength
        /// Blocks by the class of their first normalised scalar (class 0 continues nothing), in
        /// block order.
        var byClass: [Int: [Int]]? = nil
        /// Each block's normalised opening, built when it is first tried (most blocks' first scalar
        /// goes on with no open end: normalising every block's opening cost more than the tests).
        var heads = [(text: [Unicode.Scalar], whole: Bool)?](filled: nil, count: blocks.count)
        return { block in
            guard let last = self.lastScalar(block, source), self.matcher.occursInPatterns(ScalarClass.fold(last)) else { return true }
            let tail = self.tail(block, source, need: need + 1)
            guard let end = self.matcher.openEnd(of: tail[...]) else { return true }
            if byClass == nil {
                var found = [Int: [Int]]()
                for (k, b) in blocks.enumerated() {
                    // An empty block puts its neighbours together: that pair is tried on its own.
                    guard let f = self.firstScalar(b, source) else { continue }
                    let c = self.matcher.scalarClass(ScalarClass.fold(f))
                    if c != 0 { found[c, default: []].append(k) }
                }
                byClass = found
            }
            // Only openings whose first scalar goes on with the open occurrence are tried: a page
            // of many open blocks stays linear unless their openings really continue them.
            for c in self.matcher.continuingClasses(after: end) {
                for k in byClass![c] ?? [] where blocks[k][0] != block.first {
                    if heads[k] == nil { heads[k] = self.head(blocks[k], source, need: need) }
                    let h = heads[k]!
                    if self.matcher.spansJoin(after: end, h.text[...], rightIsWhole: h.whole) { return false }
                }
            }
            return true
        }
    }

    /// True when every one of `blocks` is closed (see `closedBlockTest`): the page's per-file
    /// counts are the same in any order of its blocks.
    public func isOrderFree(_ blocks: [[LinePiece]], in source: SourceText) -> Bool {
        let closed = closedBlockTest(blocks, in: source)
        return blocks.allSatisfy(closed)
    }

    /// The last scalar of a block that normalisation keeps (not a space or line break).
    private func lastScalar(_ b: [LinePiece], _ source: SourceText) -> Unicode.Scalar? {
        let s = source.scalars
        for p in b.reversed() {
            var i = p.range.upperBound
            while i > p.range.lowerBound {
                i -= 1
                if !ScalarClass.isSpace(s[i]) && s[i] != "\n" { return s[i] }
            }
        }
        return nil
    }

    /// The first scalar of a block that normalisation keeps (not a space or line break), as
    /// printed: its normalised text opens with this scalar folded.
    private func firstScalar(_ b: [LinePiece], _ source: SourceText) -> Unicode.Scalar? {
        let s = source.scalars
        for p in b {
            for i in p.range where !ScalarClass.isSpace(s[i]) && s[i] != "\n" { return s[i] }
        }
        return nil
    }

    /// The normalised end of a block, at least `need` kept scalars (or the whole block).
    private func tail(_ b: [LinePiece], _ source: SourceText, need: Int) -> [Unicode.Scalar] {
        let s = source.scalars
        var k = b.count - 1
        var from = b[k].range.upperBound
        var kept = 0
        scan: while true {
            var i = b[k].range.upperBound
            while i > b[k].range.lowerBound {
                i -= 1
                if !ScalarClass.isSpace(s[i]) && s[i] != "\n" { kept += 1 }
                if kept >= need { from = i; break scan }
            }
            from = b[k].range.lowerBound
            if k == 0 { break }
            k -= 1
        }
        var t = AnalysisText()
        var size = b[k].range.upperBound - from
        for p in b[(k + 1)...] { size += p.range.count }
        t.reserveCapacity(size)
        t.append(source, range: from..<b[k].range.upperBound)
        for p in b[(k + 1)...] { t.append(source, range: p.range) }
        return t.scalars
    }

    /// The normalised start of a block, at least `need` scalars (at most one more: what
    /// `spansJoin` reads of it is the same as of the whole block's), or the whole block (`whole`).
    private func head(_ b: [LinePiece], _ source: SourceText, need: Int) -> (text: [Unicode.Scalar], whole: Bool) {
        var t = AnalysisText()
        // Room for the pieces that reach `need` before normalising (usually all it takes).
        var size = 0
        for p in b where size < need { size += p.range.count }
        t.reserveCapacity(min(size, need + 1))
        for p in b {
            t.append(source, range: p.range, stoppingAt: need > 0 ? need : .max)
            if t.scalars.count >= need { return (t.scalars, false) }
        }
        return (t.scalars, true)
    }

    /// Per-group counts for a document, groups in first-seen order.
    public func count(_ doc: Document, by: GroupBy) -> [GroupCount] {
        count(doc.groupedTexts(by: by))
    }

    /// The counts of every piece's text summed, whatever its groups, and no characters counted:
    /// for a caller that needs one total per document and counts its characters itself (`stats`,
    /// for which counting each piece's characters as well cost a third of the counting).
    public func totalCounts(_ pieces: [GroupedText]) -> [Int] {
        var counts = [Int](filled: 0, count: phrases.count)
        for piece in pieces { matcher.count(in: piece.text.scalars, into: &counts) }
        return counts
    }

    /// Per-group counts for texts already grouped (so callers that also extract figures or slogans
    /// from the same texts build them once).
    public func count(_ pieces: [GroupedText]) -> [GroupCount] {
        // Groups in first-seen order, found by name once per piece (not once per phrase).
        var groups = [GroupCount]()
        var index = [String: Int]()
        var counts = [Int](filled: 0, count: phrases.count)
        for piece in pieces {
            for k in counts.indices { counts[k] = 0 }
            matcher.count(in: piece.text.scalars, into: &counts)
            let chars = ScalarClass.wordLikeCount(piece.text.scalars)
            for g in piece.groups {
                let i: Int
                if let known = index[g] {
                    i = known
                } else {
                    i = groups.count
                    index[g] = i
                    groups.append(GroupCount(group: g, counts: [Int](filled: 0, count: phrases.count), characters: 0))
                }
                groups[i].counts.withUnsafeMutableBufferPointer { total in
                    for k in counts.indices { total[k] += counts[k] }
                }
                groups[i].characters += chars
            }
        }
        return groups
    }
}

/// Running totals across documents, merged in input order.
public struct PhraseTotals: Sendable {
    public private(set) var counts: [String: [Int]] = [:]
    public private(set) var characters: [String: Int] = [:]
    let width: Int

    public init(phraseCount: Int) { width = phraseCount }

    public mutating func add(_ groups: [PhraseCounter.GroupCount]) {
        for g in groups {
            var c = counts[g.group] ?? [Int](filled: 0, count: width)
            for k in 0..<width { c[k] += g.counts[k] }
            counts[g.group] = c
            characters[g.group, default: 0] += g.characters
        }
    }

    /// Each phrase's rank among `phrases` in string order (equal strings share a rank): rank
    /// `a` < rank `b` exactly when `phrases[a] < phrases[b]`.
    public static func order(_ phrases: [String]) -> [Int] {
        let sorted = phrases.indices.sorted { phrases[$0] < phrases[$1] }
        var rank = [Int](filled: 0, count: phrases.count)
        var r = 0
        for (k, p) in sorted.enumerated() {
            if k > 0 && phrases[sorted[k - 1]] < phrases[p] { r += 1 }
            rank[p] = r
        }
        return rank
    }

    /// Rows `(group, phrase index, count)` with a non-zero count, sorted by group, then count
    /// descending, then phrase; at most `top` per group.
    /// `order`, when given, is `PhraseTotals.order(phrases)`: the phrases compared by rank instead
    /// of as strings (the same order; a string comparison cost hundreds of instructions).
    public func rows(phrases: [String], top: Int? = nil, order: [Int]? = nil) -> [(group: String, phrase: Int, count: Int)] {
        var out = [(group: String, phrase: Int, count: Int)]()
        for g in counts.keys.sorted() {
            let c = counts[g]!
            var rs = c.indices.filter { c[$0] > 0 }.map { (group: g, phrase: $0, count: c[$0]) }
            if let order {
                rs.sort { $0.count != $1.count ? $0.count > $1.count : order[$0.phrase] < order[$1.phrase] }
            } else {
                rs.sort { $0.count != $1.count ? $0.count > $1.count : phrases[$0.phrase] < phrases[$1.phrase] }
            }
            if let top { rs = Array(rs.prefix(top)) }
            out += rs
        }
        return out
    }
}
