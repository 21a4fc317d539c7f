import Foundation

/// Reads one source text into a `Document`: classify lines, assemble sections, repair reading
/// order, resolve regions. Stateless and `Sendable`, so one reader serves every thread.
public struct DocumentReader: Sendable {
    public let classifier: LineClassifier
    public let assembler: SectionAssembler

    /// Resolves section regions (nil: regions are left unknown); its gazetteer also serves
    /// reading-order repair (place names at a column seam).
    public let resolver: RegionResolver?

    /// Whether `read` fills section regions. Callers that never show a region (per-file counts, the
    /// corpus side of `check`) turn it off: it is a fifth of the work. The reading order, and so
    /// every section's text, is the same either way.
    public var resolvesRegions = true

    /// Corpus-wide n-gram statistics for judging column seams (see `NGramIndex.sample`), computed
    /// when the first file needs them.
    let backgroundOnce: OnceValue<NGramIndex?>

    /// Corpus-wide n-gram statistics for judging column seams.
    public var background: NGramIndex? { backgroundOnce.value }

    public init(classifier: LineClassifier = LineClassifier(), assembler: SectionAssembler = SectionAssembler(),
                background: NGramIndex? = nil, resolver: RegionResolver? = RegionResolver()) {
        self.init(classifier: classifier, assembler: assembler, backgroundOnce: OnceValue(value: background), resolver: resolver)
    }

    /// A reader whose background statistics are built by `backgroundOnce` on first need.
    public init(classifier: LineClassifier = LineClassifier(), assembler: SectionAssembler = SectionAssembler(),
                backgroundOnce: OnceValue<NGramIndex?>, resolver: RegionResolver? = RegionResolver()) {
        self.resolver = resolver
        self.classifier = classifier
        self.assembler = assembler
        self.backgroundOnce = backgroundOnce
    }

    /// Developer tracing of the layout units a page is classified into, on stderr (`RENPA_DEBUG_UNITS=1`), read once.
    static let tracingUnits = ProcessInfo.processInfo.environment["RENPA_DEBUG_UNITS"] != nil

    /// The data files reading depends on besides the code (the gazetteer and the common-word
    /// list): whatever caches a reading must change when they do.
    public static var resourceFiles: [URL] { [Gazetteer.resourceURL, CommonWords.resourceURL].compactMap { $0 } }

    /// Decodes and reads the bytes of one file.
    public func read(path: String, bytes: [UInt8]) throws -> Document {
        read(try SourceText(path: path, bytes: bytes))
    }

    /// Reads a decoded source.
    public func read(_ source: SourceText) -> Document {
        read(source, closedBlocks: nil)
    }

    /// Given a page's movable blocks (see `movableBlocks`), a caller's test of whether one block is
    /// closed: no string the caller counts can span the end of that block and the start of any
    /// movable block, so no order of the blocks can change the caller's count.
    public typealias ClosedBlockTest = ([[LinePiece]], SourceText) -> ([LinePiece]) -> Bool

    /// Reads a decoded source for a caller that needs each file's text only up to the order of
    /// blocks `closedBlocks` calls closed. When every movable block is closed the page stays in
    /// layout order; otherwise the repair stops once no later step can move text across a block
    /// that is not closed (`ReadingOrder.repair(_:source:closedBlock:)`). Such a document has the
    /// right text in each file but not per section, and no joins. `phrases --by file` uses it, so
    /// the repair runs only as far as it could change a count.
    public func read(_ source: SourceText, closedBlocks: ClosedBlockTest?) -> Document {
        let units = classifier.units(of: source)
        if DocumentReader.tracingUnits {
            for u in units {
                let lines = u.pieces.map(\.line)
                FileHandle.standardError.write(Data("unit \(source.path) \(u.kind) \(lines.first ?? 0)-\(lines.last ?? 0)\(u.byline.map { " byline=\($0.family) \($0.placement)" } ?? "")\n".utf8))
            }
        }
        var assembled = assembler.assemble(units, source: source)
        StackedTitles.split(&assembled.sections, source: source, gazetteer: resolver?.gazetteer ?? Gazetteer.shared)
        ProfileHeadlineUnderByline.place(&assembled, source: source)
        var doc: Document
        let blocks = closedBlocks == nil ? [] : DocumentReader.movableBlocks(assembled)
        let closed = closedBlocks.map { $0(blocks, source) }
        if let closed, blocks.allSatisfy(closed) {
            doc = Document(source: source, sections: assembled.sections)
        } else {
            let repaired = ReadingOrder(background: background, gazetteer: resolver?.gazetteer).repair(assembled, source: source, closedBlock: closed)
            doc = Document(source: source, sections: repaired.sections)
            doc.joins = repaired.joins
            doc.unresolvedCuts = repaired.unresolvedCuts
            // (Dealing blocks between sections changes no count over a file whose repair stopped early.)
            if !repaired.stoppedEarly {
                InterleavedArticles(gazetteer: resolver?.gazetteer ?? Gazetteer.shared).separate(&doc.sections, joins: &doc.joins, source: source)
            }
        }
        doc.furnitureLines = assembled.furnitureLines
        DocumentReader.demoteColumnLabelTitles(&doc)
        // (An untitled, unsigned piece whose text the repair read into other articles, `【编者按】…`
        // printed between two of them, is nothing left to show.)
        doc.sections.removeAll { $0.title == nil && $0.byline == nil && $0.body.isEmpty && $0.captionLines.isEmpty }
        RepeatedCredit.merge(&doc)
        TrailingTitle.place(&doc.sections, furniture: &doc.furnitureLines, source: source)
        TrailingTitle.splitTitledRest(&doc.sections, source: source)
        TrailingTitle.reclaimOpeningSubheads(&doc.sections, source: source)
        ShiftedTitles.place(&doc, source: source, gazetteer: resolver?.gazetteer ?? Gazetteer.shared)
        SharedTitleBlock.split(&doc.sections, source: source)
        DocumentReader.dropTrailingColumnLabels(&doc)
        CreditedParagraphPlacement().place(&doc.sections, source: source)
        if let resolver { FooterPlacement(resolver: resolver).place(&doc.sections, source: source) }
        let untitled = TitleAfterFooter.place(&doc.sections, source: source)
        if !untitled.isEmpty { TrailingTitle.place(&doc.sections, furniture: &doc.furnitureLines, source: source, only: untitled) }
        TrailingTitle.placeUnderOwnFooter(&doc.sections, furniture: &doc.furnitureLines, source: source)
        DisplacedHeadlines.place(&doc.sections, source: source, gazetteer: resolver?.gazetteer ?? Gazetteer.shared)
        DatelinePlacement.place(&doc.sections, source: source)
        DocumentReader.officeOfBareRoles(&doc)
        if let resolver, resolvesRegions { resolveRegions(&doc, resolver) }
        // Only what the output shows counts as covered: a byline or footer that found no section
        // (a credit or footer before any text) is leftover text, never silently dropped.
        let lines = max(source.lineCount, 1)
        var covered = [Bool](filled: false, count: lines + 1)
        func cover(_ n: Int) { if n >= 1 && n <= lines { covered[n] = true } }
        for n in doc.furnitureLines { cover(n) }
        for s in doc.sections {
            if let b = s.byline { cover(b.line) }
            for n in s.titleLines { cover(n) }
            for p in s.body { cover(p.line) }
        }
        var left = [Int]()
        for n in 1...lines where !covered[n] {
            let r = source.lineRange(n)
            if source.scalars[r].contains(where: { !ScalarClass.isSpace($0) }) { left.append(n) }
        }
        doc.leftoverLines = left
        return doc
    }

    /// A byline's bare role (`记者`, `通讯员`, `特约通讯员`: `本报讯（记者 NAME 通讯员 NAME）`,
    /// `作者：通讯员　NAME`) says what its writer is, not where they work: the writer's footer
    /// (`（作者系巴林左旗林东镇人大主席团专职副主席）`) gives the office when there is one. Without one
    /// the role as printed is the office, as `本报记者` is a paper's reporter's (the first role of
    /// `记者 NAME 通讯员 NAME`).
    static func officeOfBareRoles(_ doc: inout Document) {
        let footers = AuthorFooterFamily()
        for k in doc.sections.indices {
            guard let office = doc.sections[k].office, BylineParts.isBareRole(office),
                  let footer = doc.sections[k].footer.flatMap({ footers.recognize(LineScalars($0))?.office }) else { continue }
            doc.sections[k].office = footer
        }
    }

    /// A column label printed letter-spaced (`人　大　简　讯` over its first brief, `人 大 之 窗` over a
    /// story continued from another page) heads a piece with no byline over it without titling it:
    /// the section it opened keeps its text, and the label is furniture. (A title printed
    /// letter-spaced is longer, `红 色 沃 土 绽 放 民 主 之 花`; a writer's piece under a label and its
    /// byline, `履 职 随 笔` / `□钟卫东`, and a picture story closed by its photographer's credit,
    /// `守 护 老 街`, have no other title to show.)
    static func demoteColumnLabelTitles(_ doc: inout Document) {
        for k in doc.sections.indices where doc.sections[k].titleLines.count == 1 {
            if let b = doc.sections[k].byline, b.placement == .opening || b.role == "photographer" { continue }
            // (A label over a box of items each opened by one bullet, `代 表 心 声` / `●…` / `●…`, titles the box.)
            if bulletedLines(doc.sections[k], doc.source) >= 2 { continue }
            let line = doc.sections[k].titleLines[0]
            guard isLetterSpacedLabel(line, doc.source) else { continue }
            doc.sections[k].title = nil
            doc.sections[k].titleLines = []
            doc.furnitureLines.append(line)
        }
        doc.furnitureLines.sort()
    }

    /// How many of the section's body lines open with the bullet its first body line opens with
    /// (`●`, `▲`…; 0 when that line opens with none).
    static func bulletedLines(_ s: Section, _ source: SourceText) -> Int {
        func bullet(_ p: LinePiece) -> Unicode.Scalar? {
            source.scalars[p.range].first(where: { !ScalarClass.isSpace($0) }).flatMap { SectionAssembler.briefBullets.contains($0) ? $0 : nil }
        }
        guard let first = s.body.first, let mark = bullet(first) else { return 0 }
        return s.body.lazy.filter { bullet($0) == mark }.count
    }

    /// Whether source line `n` is a column label printed letter-spaced (`人 大 动 态`).
    static func isLetterSpacedLabel(_ n: Int, _ source: SourceText) -> Bool {
        LineClassifier.isLetterSpacedLabel(source.scalars[source.lineRange(n)])
    }

    /// A column label printed letter-spaced and set apart under a title printed after its article
    /// (`扛牢政治责任…` / `展现鲁山人大新担当`, a blank line, `人 大 动 态` over the next column) heads the
    /// next column: it is furniture, not the title's last line.
    static func dropTrailingColumnLabels(_ doc: inout Document) {
        for k in doc.sections.indices where doc.sections[k].titleLines.count >= 2 {
            let lines = doc.sections[k].titleLines, line = lines[lines.count - 1]
            guard line > lines[lines.count - 2] + 1, let title = doc.sections[k].title, isLetterSpacedLabel(line, doc.source) else { continue }
            let label = String(String.UnicodeScalarView(doc.source.scalars[doc.source.lineRange(line)])).trimmingCharacters(in: .whitespaces)
            guard title.hasSuffix(label) else { continue }
            doc.sections[k].title = String(title.dropLast(label.count)).trimmingCharacters(in: .whitespaces)
            doc.sections[k].titleLines.removeLast()
            doc.furnitureLines.append(line)
        }
        doc.furnitureLines.sort()
    }

    /// The pieces of text that reading-order repair may put in another order: each body unit
    /// (a paragraph or subhead, its wrapped lines in order) and each body line outside the units
    /// (captions, trailers). Titles, bylines and leftovers never move.
    public static func movableBlocks(_ assembled: SectionAssembler.Result) -> [[LinePiece]] {
        var blocks = assembled.bodyUnits.map(\.unit.pieces)
        // The units' pieces by source start, searched by bisection: hashing every piece into a
        // set cost more than the rest of the gathering.
        var inUnits = [LinePiece]()
        for b in blocks { inUnits.append(contentsOf: b) }
        if !inUnits.isEmpty && !zip(inUnits, inUnits.dropFirst()).allSatisfy({ $0.range.lowerBound <= $1.range.lowerBound }) {
            inUnits.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        // Bodies list their pieces in source order, mostly: where the last search ended is tried
        // first (the first piece starting at or after `p`), before a bisection.
        var hint = 0
        func inAUnit(_ p: LinePiece) -> Bool {
            let start = p.range.lowerBound
            var lo: Int
            if hint < inUnits.count && inUnits[hint].range.lowerBound >= start && (hint == 0 || inUnits[hint - 1].range.lowerBound < start) {
                lo = hint
            } else {
                lo = 0
                var hi = inUnits.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if inUnits[mid].range.lowerBound < start { lo = mid + 1 } else { hi = mid }
                }
            }
            while lo < inUnits.count && inUnits[lo].range.lowerBound == start {
                if inUnits[lo] == p { hint = lo + 1; return true }
                lo += 1
            }
            hint = lo
            return false
        }
        for s in assembled.sections { for p in s.body where !inAUnit(p) { blocks.append([p]) } }
        return blocks
    }

    /// Fills `Section.region` from bylines, offices, titles, footers and bodies, resolved
    /// together so the document's context settles short forms; place notes get source positions.
    func resolveRegions(_ doc: inout Document, _ resolver: RegionResolver) {
        let texts = doc.sections.map { doc.buildAnalysisText(of: $0, includeTitle: false) }
        doc.builtBodies = zip(doc.sections, texts).map { Document.BuiltBody(body: $0.body, captionLines: $0.captionLines, text: $1) }
        let evidence = doc.sections.indices.map { i -> RegionEvidence in
            let s = doc.sections[i]
            let reporter = s.office.map(BylineParts.isReporterOffice) ?? false
                || s.byline?.family == "news-flash"
            return RegionEvidence(byline: s.byline?.text, office: s.office, provinceHint: s.provinceHint, title: s.title,
                                  footer: s.footer, body: texts[i].scalars, isReporterPiece: reporter)
        }
        // Running heads among the furniture (`今日宁海 2024年5月22日 A3`) name the paper's locale.
        let mastheads = doc.furnitureLines.compactMap { n -> String? in
            let line = LineScalars(source: doc.source, line: n)
            return PageFurnitureFamily.isMasthead(line.folded) ? line.string : nil
        }
        let (regions, notes) = resolver.resolve(document: evidence, mastheads: mastheads)
        for i in doc.sections.indices where i < regions.count {
            doc.sections[i].region = regions[i].region
            doc.sections[i].regionEvidence = regions[i].evidence
        }
        var seen = Set<String>()
        for n in notes {
            var line = 0, column = 1
            if let si = n.sectionIndex, si < doc.sections.count {
                let sec = doc.sections[si]
                if let off = n.offset, let span = texts[si].span(of: off..<(off + max(1, n.surface.unicodeScalars.count)), in: doc.source) {
                    line = span.startLine; column = span.column
                } else if let l = PlaceLocator.find(n.surface, in: doc.source, lines: (sec.byline.map { [$0.line] } ?? []) + sec.titleLines + sec.bodyLines) {
                    (line, column) = l
                } else {
                    line = sec.byline?.line ?? sec.titleLines.first ?? sec.bodyLines.first ?? 1
                }
            }
            let key = "\(n.kind)|\(n.surface)|\(line)|\(column)"
            guard seen.insert(key).inserted else { continue }
            let kind: PlaceNote.Kind
            switch n.kind {
            case .corrected: kind = .corrected
            case .ambiguous: kind = .ambiguous
            case .unknownPlace: kind = .unknownPlace
            case .conflict: kind = .conflict
            }
            doc.placeNotes.append(PlaceNote(kind: kind, surface: n.surface, message: n.message, line: line, column: column, section: n.sectionIndex))
        }
        doc.placeNotes.sort { ($0.line, $0.column, $0.kind.rawValue) < ($1.line, $1.column, $1.kind.rawValue) }
    }
}

/// Finds printed text on given source lines (for notes that name no offset).
enum PlaceLocator {
    static func find(_ surface: String, in source: SourceText, lines: [Int]) -> (Int, Int)? {
        let needle = Array(surface.unicodeScalars)
        for l in lines {
            let text = Array(source.scalars[source.lineRange(l)])
            if let plain = PlainSearch.firstOffset(of: needle, in: text) {
                if let o = plain { return (l, o + 1) }
                continue
            }
            if let r = source.line(l).range(of: surface) {
                return (l, source.line(l)[..<r.lowerBound].unicodeScalars.count + 1)
            }
        }
        return nil
    }
}
