/// Tries every byline family on a line and returns the first match, placed in the source.
public struct BylineRecognizer: Sendable {
    /// The families tried, in order (more specific first).
    public let families: [any BylineFamily]

    /// Every family renpa knows.
    public static let standardFamilies: [any BylineFamily] = [
        AuthorFooterFamily(), ClosingCreditFamily(), WebExportFamily(), NewsFlashFamily(), MarkProvinceFamily(), MarkNameOfficeFamily(), NameOfficeFamily(), NameProvinceFamily(), ReporterFamily(), CommentatorFamily(),
        OfficeNameFamily(), TextPhotoFamily(), MarkNameFamily(), NamesThenRoleFamily(), PhotoCreditFamily(),
        OriginalMarkFamily(), PageFurnitureFamily(), OfficeOnlyFamily(), NamesAloneFamily(),
    ]

    /// The families' gates, in the same order (read once: a family is called only on lines its
    /// gate admits).
    private let gates: [LineGate]
    /// The same gates as bit masks (up to 64 families; beyond, each gate is tested in turn).
    private let sieve: GateSieve?

    public init(families: [any BylineFamily] = BylineRecognizer.standardFamilies) {
        self.families = families
        gates = families.map(\.gate)
        sieve = gates.count <= 64 ? GateSieve(gates) : nil
    }

    /// The recognised byline on `line`, with its kind (`byline`, `footer`, `metadata`).
    public func recognize(_ line: LineScalars) -> (kind: BylineMatch.Kind, byline: Byline)? {
        guard !line.isEmpty, mayHoldByline(line) else { return nil }
        if let (k, m) = firstMatch(line, accepting: { _ in true }) { return (m.kind, byline(m, families[k], line, span: m.span)) }
        // A letter-spaced byline (`□ 本 报 记 者   张 文 军`): the same families on the line without
        // its spacing; the span is mapped back to the printed line.
        guard let (tight, offsets) = line.collapsingLetterSpacing(),
              let (k, m) = firstMatch(tight, accepting: { !$0.span.isEmpty }) else { return nil }
        let span = offsets[m.span.lowerBound]..<(offsets[m.span.upperBound - 1] + 1)
        return (m.kind, byline(m, families[k], line, span: span))
    }

    /// The first family, in order, whose gate admits `line` and whose match `accept` takes, with
    /// that match.
    private func firstMatch(_ line: LineScalars, accepting accept: (BylineMatch) -> Bool) -> (family: Int, match: BylineMatch)? {
        if let sieve {
            var admitted = sieve.admitted(line)
            while admitted != 0 {
                // By index: `for family in families` copied each existential out of the array.
                let k = admitted.trailingZeroBitCount
                admitted &= admitted &- 1
                if let m = families[k].recognize(line), accept(m) { return (k, m) }
            }
            return nil
        }
        for k in families.indices where gates[k].admits(line) {
            if let m = families[k].recognize(line), accept(m) { return (k, m) }
        }
        return nil
    }

    /// The byline a family's match makes, placed on the printed line (`span` in its offsets).
    private func byline(_ m: BylineMatch, _ family: any BylineFamily, _ line: LineScalars, span: Range<Int>) -> Byline {
        Byline(family: family.name, authors: m.authors, office: m.office, provinceHint: m.provinceHint,
               placement: m.placement, role: m.role, line: line.line,
               range: (line.sourceStart + span.lowerBound)..<(line.sourceStart + span.upperBound), text: line.text(span))
    }

    /// Cheap filter: bylines are short, or start with a dateline, or end with a credit; long header
    /// and furniture lines open with a web field (`发布时间：`), a bracket or a copyright sign.
    func mayHoldByline(_ line: LineScalars) -> Bool {
        // (Short in what is printed: a running head spread across the page's width by white space,
        // `2023年3月28日  星期二        信阳日报        3`, is short.)
        if line.count <= 64 || (line.visibleCount <= 64 && line.count <= 160) { return true }
        let f = line.folded
        if line.count <= 120 {
            let first = f[BylineParts.skipSpace(line, 0)...].first
            if first == "【" || first == "©" || first == "C" { return true }
            if line.cues.holdsAll(ScalarCues.colon), let i = f.firstIndex(of: ":"), i <= 6 { return true }
        }
        // (The cues say whether a scan can find anything: long lines are paragraphs.)
        if line.cues.holdsAll(ScalarCues.bracket), let open = f.firstIndex(of: "("), open <= 24 { return true }
        // `本报瑞金讯 记者NAME 通讯员NAME报道：…`, `本报银川6月5日电 记者NAME …`.
        if NewsFlashFamily.ownPaper.contains(where: { line.has($0, at: 0) }) { return true }
        return f.last == "摄" || f.last == ")"
    }
}
