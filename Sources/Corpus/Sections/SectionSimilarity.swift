import Foundation

/// Rare-bigram similarity between an unattributed chain and each section's text.
struct SectionSimilarity {
    /// Sections with owned text, ascending: each gets a score.
    var scored: [Int] = []
    /// Which sections hold each bigram.
    var postings: BigramPostings
    var places: [Int: [Unicode.Scalar]] = [:]
    /// `places` by position in `scored`: read by every score (a dictionary lookup per section scored
    /// cost more than the rest of the score).
    private var placeAt: [[Unicode.Scalar]?] = []
    /// The phrases each section quotes (by position in `scored`).
    var quotes = SignatureQuotes()
    let sectionCount: Int
    /// The rarity weight of a bigram by the number of sections holding it (0 counted as 1), for
    /// every number possible: a logarithm per bigram scored cost more than the rest of the scoring.
    let weightByFrequency: [Double]

    /// The Han bigrams of the sections' text in one table for the page, each with the sections that
    /// hold it (a table per section, filled and then scanned, cost more than the rest of the repair).
    ///
    /// Open addressing in flat arrays like `FlatCounter`, keyed the same way (`FlatCounter.pairKey | 1`, 0 marks
    /// an empty slot).
    struct BigramPostings {
        private var keys: [UInt64]
        /// Number of the bigram in each slot.
        private var numbers: [Int32]
        /// Per bigram number, `words` words of bits: the sections (positions among the scored) that
        /// hold it. Sized for as many bigrams as the table may hold (half its slots); a bigram's words
        /// are cleared when it is numbered, as its number is written with its key (`numbers` and
        /// `masks` are not zeroed: their clearing was half the table's, on every page's build).
        private var masks: [UInt64]
        private var mask: Int
        let words: Int
        /// Number of distinct bigrams.
        private(set) var count = 0

        init(capacity: Int, sections: Int) {
            words = max(1, (sections + 63) >> 6)
            var c = 16
            while c < capacity { c <<= 1 }
            keys = [UInt64](filled: 0, count: c)
            numbers = FlatCounter.unzeroed(c)
            masks = FlatCounter.unzeroed(c / 2 * words)
            mask = c - 1
        }

        /// Posts the bigrams of `text` for the section at `position`.
        mutating func add(_ text: [Unicode.Scalar], position: Int32) {
            let p = Int(position), word = p >> 6, bit: UInt64 = 1 << UInt64(p & 63)
            // With room for every bigram of the text being new, one pass over flat buffers.
            guard (count + text.count) * 2 <= keys.count else {
                var prev: Unicode.Scalar?
                for c in text {
                    if ScalarClass.isHan(c) {
                        if let q = prev { addOne(FlatCounter.pairKey(q.value, c.value) | 1, word: word, bit: bit) }
                        prev = c
                    } else if !ScalarClass.isSpace(c) {
                        prev = nil
                    }
                }
                return
            }
            let m = mask, w = words
            var n = count
            keys.withUnsafeMutableBufferPointer { kp in
                numbers.withUnsafeMutableBufferPointer { np in
                    masks.withUnsafeMutableBufferPointer { mp in
                        text.withUnsafeBufferPointer { t in
                            FlatCounter.forEachHanBigram(t) { k in
                                var i = FlatCounter.slot(k, m)
                                while true {
                                    let e = kp[i]
                                    if e == k { mp[Int(np[i]) * w + word] |= bit; break }
                                    if e == 0 {
                                        // A new bigram: its words written once, with this
                                        // section's bit (most pages score at most 64
                                        // sections, one word: cleared in a loop and then
                                        // set, they cost a sixth of the posting).
                                        kp[i] = k; np[i] = Int32(n)
                                        if w == 1 {
                                            mp[n] = bit
                                        } else {
                                            for j in 0..<w { mp[n * w + j] = j == word ? bit : 0 }
                                        }
                                        n += 1
                                        break
                                    }
                                    i = (i + 1) & m
                                }
                            }
                        }
                    }
                }
            }
            count = n
        }

        private mutating func addOne(_ k: UInt64, word: Int, bit: UInt64) {
            if (count + 1) * 2 > keys.count { grow() }
            var i = FlatCounter.slot(k, mask)
            while true {
                let e = keys[i]
                if e == k { masks[Int(numbers[i]) * words + word] |= bit; return }
                if e == 0 { break }
                i = (i + 1) & mask
            }
            keys[i] = k
            numbers[i] = Int32(count)
            for j in 0..<words { masks[count * words + j] = 0 }
            masks[count * words + word] |= bit
            count += 1
        }

        private mutating func grow() {
            let oldKeys = keys, oldNumbers = numbers
            let c = keys.count * 2
            keys = [UInt64](filled: 0, count: c)
            numbers = FlatCounter.unzeroed(c)
            masks += [UInt64](filled: 0, count: c / 2 * words - masks.count)
            mask = c - 1
            for j in oldKeys.indices where oldKeys[j] != 0 {
                var i = FlatCounter.slot(oldKeys[j], mask)
                while keys[i] != 0 { i = (i + 1) & mask }
                keys[i] = oldKeys[j]
                numbers[i] = oldNumbers[j]
            }
        }

        /// The number of bigram `b` (as `|1`-keyed), or -1 when no section holds it.
        func id(_ b: UInt64) -> Int {
            let k = b | 1
            var i = FlatCounter.slot(k, mask)
            while true {
                let e = keys[i]
                if e == k { return Int(numbers[i]) }
                if e == 0 { return -1 }
                i = (i + 1) & mask
            }
        }

        /// In how many sections bigram number `id` occurs.
        func documentFrequency(_ id: Int) -> Int {
            var n = 0
            for w in 0..<words { n += masks[id * words + w].nonzeroBitCount }
            return n
        }

        /// Calls `body` with the position of each section holding bigram number `id`, ascending.
        @inline(__always) func forEachSection(_ id: Int, _ body: (Int) -> Void) {
            for w in 0..<words {
                var m = masks[id * words + w]
                while m != 0 {
                    body(w << 6 | m.trailingZeroBitCount)
                    m &= m - 1
                }
            }
        }
    }

    /// Slots of `sharedWeights`' scratch set for a text of `count` scalars: a power of two at least
    /// twice the bigrams it can hold, so it stays at most half full.
    static func scratchSlots(_ count: Int) -> Int {
        var c = 16
        while c < count * 2 { c <<= 1 }
        return c
    }

    /// `leadPlaces`: for sections whose office names no place, the county their lead names.
    init(sections: [Section], paras: [[Unicode.Scalar]], owned: [Int: [Int]], leadPlaces: [Int: [Unicode.Scalar]] = [:]) {
        sectionCount = sections.count
        scored = owned.keys.sorted()
        weightByFrequency = (0...scored.count).map { [sectionCount] df in log(Double(sectionCount + 1) / Double(max(1, df))) }
        var size = 64
        for ps in owned.values { for p in ps { size += paras[p].count } }
        postings = BigramPostings(capacity: size, sections: scored.count)
        for (k, s) in scored.enumerated() {
            for p in owned[s]! { postings.add(paras[p], position: Int32(k)) }
            if let t = sections[s].title {
                let title = Array(t.unicodeScalars)
                postings.add(title, position: Int32(k))
                quotes.add(title, position: k)
            }
        }
        for (s, sec) in sections.enumerated() {
            if let p = SectionSimilarity.officePlace(sec) ?? leadPlaces[s] { places[s] = p }
        }
        placeAt = scored.map { places[$0] }
    }

    /// The county-level unit a title opens with (`泗洪县人大常委会开展…`, `确山县开展…` → 确山县).
    static func titlePlace(_ sec: Section) -> [Unicode.Scalar]? {
        guard let t = sec.title else { return nil }
        let a = Array(t.unicodeScalars.prefix(12))
        guard let m = Gazetteer.shared.countyMentions(in: a).first, m.range.lowerBound == 0 else { return nil }
        return Array(a[m.range])
    }

    /// The person a profile's headline opens with (`符美玲　做黎乡群众的“暖心人”`, `王朝芬：…`,
    /// `李保云 让党的创新理论落地生根` → the name): a likely name of two to four characters, then a
    /// space or a colon and the rest of the headline. Nil for any other title.
    static func titleSubject(_ sec: Section) -> [Unicode.Scalar]? {
        sec.title.flatMap { headlineSubject(Array($0.unicodeScalars)) }
    }

    /// `titleSubject` of a headline's scalars (also asked of a line that may be a profile's
    /// headline, `ProfileHeadlineUnderByline`).
    static func headlineSubject(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        if let named = recordedPerson(t) { return named }
        let a = Array(t.prefix(8))
        guard let k = a.firstIndex(where: { $0 == " " || $0 == "\u{3000}" || $0 == "：" || $0 == ":" }),
              k >= 2, k <= 4, t.count > k + 2 else { return nil }
        let name = Array(a[..<k])
        // (A common word is no name: `高效 履职`, `安全 发展`.)
        if k == 2 && CommonWords.shared.isWord(name[0], name[1]) { return nil }
        let string = String(String.UnicodeScalarView(name))
        if PersonName.isLikelyAlone(string) { return name }
        // (A profile's headline, the person and what they do, `字国华：做山区群众的“代言人”`: a name
        // before 做 need not open with a common surname.)
        let rest = t.dropFirst(k).prefix(4).drop { $0 == " " || $0 == "\u{3000}" || $0 == "：" || $0 == ":" }
        return rest.first == "做" && PersonName.isLikelyBesideOthers(string) ? name : nil
    }

    /// The person a profile's subtitle records after its positions (`把根扎在大凉山——记省人大代表、
    /// 昭觉县三岔河镇三河村党支部书记吉克石一` → 吉克石一, `——记张德全`): the name after the last
    /// position word (`书记`, `院长`, `代表`…), two to four characters that may be a name.
    static func recordedPerson(_ title: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let dash = title.indices.first(where: { k in
            k + 1 < title.count && (title[k] == "—" || title[k] == "-") && title[k + 1] == "记"
                && (k + 2 == title.count || title[k + 2] != "者")
        }) else { return nil }
        let rest = Array(title[(dash + 2)...].filter { !ScalarClass.isSpace($0) })
        var start = 0
        for w in BylineParts.positionWords where rest.count > w.count {
            for k in stride(from: rest.count - w.count, through: 0, by: -1) where rest[k..<(k + w.count)].elementsEqual(w) {
                start = max(start, k + w.count)
                break
            }
        }
        let name = Array(rest[start...])
        // (Common words are no name: `——记一次代表视察活动` ends 视察活动.)
        let words = CommonWords.shared
        guard name.count >= 2, name.count <= 4, name.allSatisfy(ScalarClass.isHan),
              !(name.count == 2 && words.isWord(name[0], name[1])), !(name.count == 4 && words.isWord(name[0], name[1]) && words.isWord(name[2], name[3])),
              PersonName.isLikelyBesideOthers(String(String.UnicodeScalarView(name))) else { return nil }
        return name
    }

    /// The place an office names: `库伦旗人大常委会…` → 库伦旗 (nil when the office names none); a
    /// township's congress printed with its county, the county (`countyOfTownship`).
    static func officePlace(_ sec: Section) -> [Unicode.Scalar]? {
        officePrintedPlace(sec).map(countyOfTownship)
    }

    /// The place an office names as printed, before its 人大 (`渝北大湾镇人大主席` → 渝北大湾镇): two
    /// characters at least, else nil.
    static func officePrintedPlace(_ sec: Section) -> [Unicode.Scalar]? {
        guard let o = sec.office else { return nil }
        let scalars = Array(o.unicodeScalars)
        if let plain = PlainSearch.firstOffset(of: ["人", "大"], in: scalars) {
            guard let k = plain, k >= 2 else { return nil }
            return Array(scalars[..<k])
        }
        guard let r = o.range(of: "人大") else { return nil }
        let p = Array(o[..<r.lowerBound].unicodeScalars)
        return p.count >= 2 ? p : nil
    }

    /// The place a title names as an office anywhere in it, right before 人大常委会 (`发挥地方立法引领
    /// 作用…——黔南州人大常委会推进民族自治立法的实践与思考` → 黔南州): for a section whose office and
    /// title's start name none.
    static func titleOfficePlace(_ sec: Section) -> [Unicode.Scalar]? {
        guard let t = sec.title else { return nil }
        let a = Array(t.unicodeScalars)
        guard a.count >= 7 else { return nil }
        for k in 2..<(a.count - 4) where a[k] == "人" && a[k + 1] == "大" && a[k + 2] == "常" && a[k + 3] == "委" {
            let before = Array(a[max(0, k - 12)..<k])
            if let m = Gazetteer.shared.mentions(in: before).first(where: { $0.range.upperBound == before.count && !$0.isBare && $0.kind != .township }) {
                return Array(before[m.range])
            }
        }
        return nil
    }

    /// A township's congress printed with its county (`通榆县瞻榆镇人大主席团`): the county is the
    /// section's place, as its region is; any other place as given.
    static func countyOfTownship(_ place: [Unicode.Scalar]) -> [Unicode.Scalar] {
        countyBeforeTownship(place).map { Array(place[..<$0]) } ?? place
    }

    /// Where the county ends in a township's name printed with it (`通榆县瞻榆镇` → 3, `渝北大湾镇` →
    /// 2), nil for any other place.
    static func countyBeforeTownship(_ place: [Unicode.Scalar]) -> Int? {
        guard place.count >= 5, let last = place.last, last == "镇" || last == "乡",
              let m = Gazetteer.shared.countyMentions(in: place).first, m.range.lowerBound == 0, m.range.upperBound + 2 <= place.count else { return nil }
        return m.range.upperBound
    }

    /// Ordinals of the enumerations `一是… 二是… 三是…` a text contains (1 for 一是, …).
    /// A list's point the text opens with (`2.关于…`, `三、…`, `（四）…`) counts in its marker's style:
    /// `listOrdinal(value, style)`, so that one article's `一、…` goes on with `二、…` and not with
    /// another's `二是…`.
    static func enumerationOrdinals(_ t: [Unicode.Scalar]) -> Set<Int> {
        var out = Set<Int>()
        guard t.count >= 2 else { return out }
        // (A point numbered past 99, `102.`, counts for none: its code would be another style's.)
        if let m = ReadingOrder.listMarker(t), m.value < 100 { out.insert(listOrdinal(m.value, style: m.style)) }
        // Through the buffer: asked of every owned paragraph, the checked reads of each scalar cost
        // more than the rest.
        t.withUnsafeBufferPointer { p in
            for i in 0..<(p.count - 1) where p[i + 1] == "是" {
                if let k = numerals.firstIndex(of: p[i]), i == 0 || !ScalarClass.isHan(p[i - 1]) || isClauseStart(t, i) {
                    out.insert(k + 1)
                }
            }
        }
        return out
    }
    static let numerals: [Unicode.Scalar] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    /// The ordinal a piece's text goes on with: the point its marker opens it with (`二、…`, in its
    /// style), else its lowest `一是…` enumeration; nil when it holds neither.
    /// (`ordinals`: the text's `enumerationOrdinals`, when the caller has them.)
    static func leadingOrdinal(_ t: [Unicode.Scalar], ordinals: Set<Int>? = nil) -> Int? {
        if let m = ReadingOrder.listMarker(t), m.value < 100 { return listOrdinal(m.value, style: m.style) }
        return (ordinals ?? enumerationOrdinals(t)).filter { $0 < 100 }.min()
    }
    /// A list point's ordinal in its marker's style (`ReadingOrder.listMarker`): the value, plus a
    /// hundred per style past the `一是` enumerations' (which count as the value alone). Ordinals of
    /// one style follow each other (`k - 1` before `k`); no two styles meet.
    static func listOrdinal(_ value: Int, style: Int) -> Int { value + 100 * (style + 1) }
    /// `一是` counts where a clause starts: after punctuation or at the text start.
    static func isClauseStart(_ t: [Unicode.Scalar], _ i: Int) -> Bool {
        i == 0 || ScalarClass.isSentenceFinal(t[i - 1]) || ScalarClass.isClausePunct(t[i - 1]) || t[i - 1] == "\n"
    }

    /// `stops`: of the same sections' owned text (`EnumerationStops(owned:paras:)`), built by the one
    /// caller that asks (built with every table, most of which never read it, it cost a scan of
    /// every owned paragraph per table).
    /// (Asked for only by a piece that goes on with an enumeration: most never do.)
    func bestSection(for chain: [Int], layoutSection: Int, paras: [[Unicode.Scalar]], stops: () -> EnumerationStops) -> Int {
        var text = [Unicode.Scalar]()
        for p in chain { text += paras[p] }
        // A piece that goes on with an enumeration (二是…, 三是…) belongs to the section whose
        // list stopped just before it (一是… and no 二是).
        if let first = SectionSimilarity.leadingOrdinal(text), EnumerationStops.counts(first) {
            if let s = stops().sole(before: first) { return s }
        }
        // Scores by position in `scored` (ascending sections), without a dictionary to sort.
        let shared = sharedWeights(of: text)
        var best = layoutSection
        var bestScore = 0.0
        // Layout order decides unless another section is clearly closer.
        let layoutScore = scored.firstIndex(of: layoutSection).map { score(at: $0, shared, of: text) } ?? 0
        for (k, s) in scored.enumerated() where s != layoutSection {
            let score = score(at: k, shared, of: text)
            if score > layoutScore * 2 + 3 && score > bestScore {
                bestScore = score
                best = s
            }
        }
        return best
    }

    /// Per section (all, or those `among`): the rare bigrams `text` shares with the section's text
    /// (weighted by rarity, per distinct bigram of `text`), times 10, plus 3 when `text` names the
    /// section's office place and 3 when it quotes a phrase only that section quotes.
    func scores(of text: [Unicode.Scalar], among: Set<Int>? = nil) -> [Int: Double] {
        let shared = sharedWeights(of: text)
        var scores = [Int: Double](minimumCapacity: among?.count ?? scored.count)
        for (k, s) in scored.enumerated() where among?.contains(s) ?? true {
            scores[s] = score(at: k, shared, of: text)
        }
        return scores
    }

    /// The score of the section at position `k` of `scored`, from `sharedWeights(of: text)`.
    @inline(__always)
    private func score(at k: Int, _ shared: (sums: [Double], distinct: Int, quoting: [Int]), of text: [Unicode.Scalar]) -> Double {
        var score = shared.sums[k]
        score /= Double(max(shared.distinct, 1))
        score *= 10
        if let p = placeAt[k], PersonName.contains(text, p) { score += 3 }
        if shared.quoting.contains(k) { score += 3 }
        return score
    }

    /// Per scored section (by position in `scored`), the summed weights of the distinct bigrams of
    /// `text` it holds, how many distinct bigrams `text` has, and the sections whose own quoted
    /// phrases `text` quotes (`SignatureQuotes`).
    private func sharedWeights(of text: [Unicode.Scalar]) -> (sums: [Double], distinct: Int, quoting: [Int]) {
        // The distinct bigrams (as the table keys them) are counted through a scratch hash set;
        // only those some section holds are kept and sorted, to be summed in ascending order
        // (sorting every bigram of the text, to drop duplicates, cost more than the rest).
        var seen = [UInt64](filled: 0, count: SectionSimilarity.scratchSlots(text.count))
        var distinct = 0
        // (Written through the buffer of an array sized for every bigram: appended one by one, it
        // regrew several times a call.)
        var bs = [UInt64](unsafeUninitializedCapacity: text.count) { out, written in
            seen.withUnsafeMutableBufferPointer { set in
                let m = set.count - 1
                text.withUnsafeBufferPointer { t in
                    FlatCounter.forEachHanBigram(t) { k in
                        var i = FlatCounter.slot(k, m)
                        while true {
                            let e = set[i]
                            if e == k { break }
                            if e == 0 {
                                set[i] = k
                                distinct += 1
                                if postings.id(k) >= 0 { out[written] = k; written += 1 }
                                break
                            }
                            i = (i + 1) & m
                        }
                    }
                }
            }
        }
        KeySort.sort(&bs)
        var sums = [Double](filled: 0, count: scored.count)
        sums.withUnsafeMutableBufferPointer { sp in
            for b in bs {
                let id = postings.id(b)
                let weight = weightByFrequency[postings.documentFrequency(id)]
                postings.forEachSection(id) { sp[$0] += weight }
            }
        }
        return (sums, distinct, quotes.owners(quotedIn: text))
    }
}

