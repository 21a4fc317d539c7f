/// Per-file rewriting of seed paragraphs: names swapped, numbers perturbed, lines re-wrapped.
///
/// Built once from the seed pool (the patterns), then `FileVariant` draws one file's choices:
/// which county and person replace each seed name (consistently within the file), whether and
/// how wide its lines are re-wrapped.
struct TextMutator: Sendable {
    /// Seed names to replace, longest first; `isCounty` says which pool replaces each.
    let patterns: [[Unicode.Scalar]]
    let isCounty: [Bool]
    /// Pattern indices by first scalar, longest pattern first.
    let byFirst: [Unicode.Scalar: [Int]]
    /// `mayStart[v]` for BMP scalar values: some pattern starts with that scalar (saves a hash
    /// lookup for almost every character).
    let mayStart: [Bool]
    let names: NamePools

    init(pool: SeedPool, names: NamePools) {
        var patterns = [[Unicode.Scalar]](), isCounty = [Bool]()
        for c in pool.counties { patterns.append(Array(c.unicodeScalars)); isCounty.append(true) }
        for p in pool.people where !pool.counties.contains(p) { patterns.append(Array(p.unicodeScalars)); isCounty.append(false) }
        var byFirst = [Unicode.Scalar: [Int]]()
        for (i, p) in patterns.enumerated() { byFirst[p[0], default: []].append(i) }
        for k in byFirst.keys { byFirst[k]!.sort { patterns[$0].count > patterns[$1].count } }
        self.patterns = patterns
        self.isCounty = isCounty
        self.byFirst = byFirst
        var may = [Bool](repeating: false, count: 0x10000)
        for k in byFirst.keys where k.value < 0x10000 { may[Int(k.value)] = true }
        self.mayStart = may
        self.names = names
    }

    /// One file's random choices.
    struct FileVariant {
        /// Replacement for each pattern.
        var replacements: [[Unicode.Scalar]]
        /// Whether long lines are re-wrapped in this file.
        var rewrap: Bool
    }

    /// Draws a file's replacements and wrapping choice.
    func variant(rewrapShare: Double, _ rng: inout SplitMix64) -> FileVariant {
        var reps = [[Unicode.Scalar]]()
        reps.reserveCapacity(patterns.count)
        for i in patterns.indices {
            reps.append(Array((isCounty[i] ? names.county(&rng) : names.personName(&rng)).unicodeScalars))
        }
        return FileVariant(replacements: reps, rewrap: rng.chance(rewrapShare))
    }

    /// Rewrites one paragraph for a file.
    func mutate(_ paragraph: Paragraph, _ v: FileVariant, _ rng: inout SplitMix64) -> Paragraph {
        var out = Paragraph()
        // Lines longer than 40 scalars are body text; titles and bylines are shorter and stay whole.
        let width = v.rewrap ? rng.int(14...40) : 0
        for line in paragraph {
            let swapped = perturbNumbers(swapNames(line, v), &rng)
            if width > 0 && swapped.count > 40 {
                var i = 0
                while i < swapped.count {
                    out.append(Array(swapped[i..<min(swapped.count, i + width)]))
                    i += width
                }
            } else {
                out.append(swapped)
            }
        }
        return out
    }

    /// Replaces every seed county and person name by the file's replacement.
    func swapNames(_ line: [Unicode.Scalar], _ v: FileVariant) -> [Unicode.Scalar] {
        var out = [Unicode.Scalar]()
        out.reserveCapacity(line.count + 8)
        var i = 0
        let n = line.count
        outer: while i < n {
            let value = line[i].value
            if value >= 0x10000 || mayStart[Int(value)], let candidates = byFirst[line[i]] {
                for p in candidates {
                    let pat = patterns[p]
                    if i + pat.count <= n && line[i..<(i + pat.count)].elementsEqual(pat) {
                        out.append(contentsOf: v.replacements[p])
                        i += pat.count
                        continue outer
                    }
                }
            }
            out.append(line[i])
            i += 1
        }
        return out
    }

    /// Replaces about half of the digit runs (ASCII or full-width) by another number of the same
    /// length, keeping months, days and years plausible.
    func perturbNumbers(_ line: [Unicode.Scalar], _ rng: inout SplitMix64) -> [Unicode.Scalar] {
        var out = line
        var i = 0
        while i < out.count {
            guard TextMutator.digitValue(out[i]) != nil else { i += 1; continue }
            var j = i
            while j < out.count && TextMutator.digitValue(out[j]) != nil { j += 1 }
            if rng.chance(0.5) {
                let full = out[i].value >= 0xFF10
                let next = j < out.count ? out[j] : " "
                let len = j - i
                var value = 0
                for k in i..<min(j, i + 9) { value = value * 10 + TextMutator.digitValue(out[k])! }
                let newDigits: String
                if len > 9 {
                    // Long digit strings (codes, phone numbers): random digits, first not zero.
                    var d = String(rng.int(1...9))
                    for _ in 1..<len { d += String(rng.int(0...9)) }
                    newDigits = d
                } else {
                    newDigits = String(newNumber(value: value, length: len, before: next, &rng))
                }
                let digits = newDigits.unicodeScalars.map { d -> Unicode.Scalar in
                    full ? Unicode.Scalar(d.value - 0x30 + 0xFF10)! : d
                }
                out.replaceSubrange(i..<j, with: digits)
                j = i + digits.count
            }
            i = j
        }
        return out
    }

    /// A replacement for `value` (`length` digits) that reads as the same kind of number.
    private func newNumber(value: Int, length len: Int, before next: Unicode.Scalar, _ rng: inout SplitMix64) -> Int {
        if next == "月" { return rng.int(1...12) }
        if next == "日" || next == "号" { return rng.int(1...28) }
        if len == 4 && value >= 1900 && value <= 2099 { return rng.int(2012...2025) }
        if len == 1 { return rng.int(1...9) }
        var lo = 1
        for _ in 1..<len { lo *= 10 }
        return rng.int(lo...(lo * 10 - 1))
    }

    /// 0–9 for ASCII and full-width digits, nil otherwise.
    static func digitValue(_ s: Unicode.Scalar) -> Int? {
        if s.value >= 0x30 && s.value <= 0x39 { return Int(s.value - 0x30) }
        if s.value >= 0xFF10 && s.value <= 0xFF19 { return Int(s.value - 0xFF10) }
        return nil
    }
}
