import Corpus
import Dispatch
import Foundation

/// Runs the rules over a drop of files and compares its sections with each other and with a corpus.
///
/// 1. The drop is read in parallel (`CorpusScanner`); input and document rules run per file, and
///    each long enough section is sketched (`SectionSketch`) into a `DuplicateIndex`.
/// 2. Each drop section is looked up in that index (copies within the drop).
/// 3. The corpus is streamed past the index: a corpus file is read into sections only when its
///    shingles cover most of some drop section, so most of the corpus is only decoded and hashed;
///    nothing of it is kept but the matches.
/// 4. Corpus-stage rules turn the best match of each section into diagnostics.
///
/// Results are the same whatever the number of jobs: files are consumed in input order and every
/// list is sorted before it is reported.
public struct Checker: Sendable {
    public var rules: [any CheckRule]
    public var options: CheckOptions
    public var reader: DocumentReader

    public init(rules: [any CheckRule] = CheckRules.all, options: CheckOptions = CheckOptions(), reader: DocumentReader = DocumentReader()) {
        self.rules = rules
        self.options = options
        self.reader = reader
    }

    /// What the parallel part of step 1 hands back for one drop file.
    struct FileOutcome: Sendable {
        var path: String
        var ioError: ReadError?
        var diagnostics: [Diagnostic] = []
        var sections: [SectionSummary] = []
        /// Per section; nil when too short to compare.
        var sketches: [SectionSketch?] = []
    }

    /// A candidate copy of one drop section.
    struct Candidate: Sendable {
        var kind: DuplicateFinding.Kind
        var overlap: Double
        var copy: DuplicateFinding.Copy
    }

    /// Checks `drop` against itself and `corpus`. With a `cache`, corpus files whose content it
    /// holds are not read into sections again, and the cache is brought up to date (the report is
    /// the same either way). `progress` is called on the calling thread.
    public func run(drop: [InputLocation], corpus: [InputLocation] = [], cache: CorpusSketchCache? = nil,
                    progress: ((String) -> Void)? = nil) -> CheckReport {
        let scanner = CorpusScanner(jobs: options.jobs)
        var report = CheckReport()
        var outcomes = [FileOutcome]()
        var index = DuplicateIndex()
        /// (file, section) of each indexed section, by index key.
        var keys = [(file: Int, section: Int)]()

        scanner.scan(drop, transform: { input, loaded in
            self.examine(input, loaded)
        }, consume: { i, _, outcome in
            for (s, sketch) in outcome.sketches.enumerated() {
                guard let sketch else { continue }
                index.insert(key: keys.count, sketch)
                keys.append((outcomes.count, s))
            }
            outcomes.append(outcome)
            progress?("checked \(i + 1)/\(drop.count) files")
        })
        index.freeze()

        var candidates = [[Candidate]](repeating: [], count: keys.count)
        findCopiesWithinDrop(index, keys, outcomes, into: &candidates)

        let dropPaths = Set(drop.compactMap(Checker.canonicalPath))
        let others = corpus.filter { Checker.canonicalPath($0).map { !dropPaths.contains($0) } ?? true }
        let frozen = index
        // Nothing in the drop is long enough to compare: the corpus need not be read at all.
        let compared = index.entries.isEmpty ? [] : others
        func take(_ i: Int, _ result: Result<[(Int, Candidate)], ReadError>) {
            switch result {
            case .failure: report.corpusUnreadable += 1
            case .success(let matches):
                report.corpusFiles += 1
                for (entry, c) in matches { candidates[entry].append(c) }
            }
            progress?("compared \(i + 1)/\(compared.count) corpus files")
        }
        // An empty comparison leaves the cache alone (it would otherwise be emptied).
        if let cache, !compared.isEmpty {
            var update = cache.update()
            scanner.scanBytes(compared, transform: { input, bytes in
                self.cachedCorpusMatches(input, bytes, frozen, cache)
            }, consume: { i, _, r in
                if let key = r.key { update.note(key, newRecord: r.newRecord) }
                take(i, r.matches)
            })
            report.cacheReused = update.reused
            report.cacheAdded = update.added
            do { report.cacheWritten = try update.commit() } catch { report.cacheError = error }
        } else {
            scanner.scan(compared, transform: { input, loaded in
                self.corpusMatches(input, loaded, frozen)
            }, consume: { i, _, result in take(i, result) })
        }

        // Best copy per section, grouped by file.
        var findings = [[DuplicateFinding]](repeating: [], count: outcomes.count)
        for (k, list) in candidates.enumerated() where !list.isEmpty {
            let sorted = list.sorted(by: Checker.better)
            let (f, s) = keys[k]
            let best = sorted[0]
            findings[f].append(DuplicateFinding(section: outcomes[f].sections[s], kind: best.kind, overlap: best.overlap,
                                                other: best.copy, moreCopies: sorted.count - 1))
        }

        let corpusRules = rules.filter { $0.stage == .corpus }
        for (f, outcome) in outcomes.enumerated() {
            report.files += 1
            if let e = outcome.ioError { report.ioErrors.append(e); continue }
            report.sections += outcome.sections.count
            report.diagnostics += outcome.diagnostics
            var subject = CheckSubject(path: outcome.path, options: options)
            subject.sections = outcome.sections
            subject.duplicates = findings[f]
            for r in corpusRules { report.diagnostics += r.check(subject) }
        }
        report.diagnostics.sort(by: Diagnostic.reportOrder)
        return report
    }

    /// Step 1 for one file (runs on a worker thread).
    func examine(_ input: InputLocation, _ loaded: Result<SourceText, ReadError>) -> FileOutcome {
        var outcome = FileOutcome(path: input.displayPath)
        var subject = CheckSubject(path: input.displayPath, options: options)
        switch loaded {
        case .failure(let e):
            if case .cannotOpen = e { outcome.ioError = e; return outcome }
            subject.readError = e
            switch e {
            case .binary, .undecodable: subject.errorBytes = try? DropReader.bytes(of: input)
            default: break
            }
        case .success(let src):
            subject.source = src
        }
        for r in rules where r.stage == .input { outcome.diagnostics += r.check(subject) }
        // Fix the input first: a file that cannot be read correctly has no structure worth judging.
        guard let src = subject.source, !outcome.diagnostics.contains(where: { $0.severity == .error }) else { return outcome }
        let doc = reader.read(src)
        subject.document = doc
        for r in rules where r.stage == .document { outcome.diagnostics += r.check(subject) }
        outcome.sections = doc.sections.indices.map { SectionSummary(doc, index: $0) }
        outcome.sketches = doc.sections.map { s in
            let sketch = SectionSketch(doc, section: s)
            return sketch.length >= options.minimumDuplicateLength ? sketch : nil
        }
        return outcome
    }

    /// Step 2: each indexed section against the others. A pair that copies each other is reported
    /// on the later section only; a section contained in a longer one is reported on the shorter.
    /// Sections are looked up in parallel, in chunks; each section's candidates are its own, so the
    /// result is the same for any number of jobs.
    func findCopiesWithinDrop(_ index: DuplicateIndex, _ keys: [(file: Int, section: Int)], _ outcomes: [FileOutcome],
                              into candidates: inout [[Candidate]]) {
        let n = index.entries.count
        let chunk = 256
        let chunks = (n + chunk - 1) / chunk
        // In waves of a few chunks per job, merged as each wave ends: the candidates of a whole
        // drop are never held twice.
        let wave = max(1, options.jobs) * 4
        for first in stride(from: 0, to: chunks, by: wave) {
            let count = min(wave, chunks - first)
            let box = ResultBox<[(key: Int, list: [Candidate])]>(count: count)
            let work: @Sendable (Int) -> Void = { w in
                let c = first + w
                var out = [(key: Int, list: [Candidate])]()
                for x in (c * chunk)..<min(n, (c + 1) * chunk) {
                    let list = self.copiesWithinDrop(of: x, index, keys, outcomes)
                    if !list.isEmpty { out.append((index.entries[x].key, list)) }
                }
                box.set(w, out)
            }
            if options.jobs <= 1 || count <= 1 {
                for w in 0..<count { work(w) }
            } else {
                let next = WorkCounter()
                DispatchQueue.concurrentPerform(iterations: min(options.jobs, count)) { _ in
                    while let w = next.take(below: count) { work(w) }
                }
            }
            for w in 0..<count { for (key, list) in box.take(w) { candidates[key] += list } }
        }
    }

    /// The copies of indexed section `x` among the other indexed sections.
    func copiesWithinDrop(of x: Int, _ index: DuplicateIndex, _ keys: [(file: Int, section: Int)],
                          _ outcomes: [FileOutcome]) -> [Candidate] {
        let t = options.nearDuplicateThreshold
        let ex = index.entries[x]
        var out = [Candidate]()
        for hit in index.hits(for: ex.sketch) where hit.entry != x {
            let ey = index.entries[hit.entry]
            let (fy, sy) = keys[ey.key]
            let copy = DuplicateFinding.Copy(path: outcomes[fy].path, section: outcomes[fy].sections[sy], inCorpus: false)
            if hit.exact {
                if hit.entry < x { out.append(Candidate(kind: .exact, overlap: 1, copy: copy)) }
                continue
            }
            let cxy = Checker.share(hit.shared, of: ex.sketch), cyx = Checker.share(hit.shared, of: ey.sketch)
            if cxy >= t && (cyx < t || hit.entry < x) {
                out.append(Candidate(kind: .near, overlap: cxy, copy: copy))
            }
        }
        return out
    }

    /// Step 3 for one corpus file (runs on a worker thread): drop sections it holds copies of.
    /// The file is read into sections only when the pre-filter lets it through.
    func corpusMatches(_ input: InputLocation, _ loaded: Result<SourceText, ReadError>,
                       _ index: DuplicateIndex) -> Result<[(Int, Candidate)], ReadError> {
        let src: SourceText
        switch loaded {
        case .failure(let e): return .failure(e)
        case .success(let s): src = s
        }
        var file = CorpusFileSketch(source: src)
        guard !index.entries.isEmpty, index.mayHoldCopies(file.rawShingles) else { return .success([]) }
        file.readSections(src, reader: reader)
        return .success(matches(of: file, path: input.displayPath, index))
    }

    /// Step 3 with a cache: a corpus file is looked up by its content; one the cache lacks is read
    /// into sections whatever the pre-filter says (a later drop may need them), and its record
    /// comes back for the cache's update.
    func cachedCorpusMatches(_ input: InputLocation, _ bytes: Result<[UInt8], ReadError>, _ index: DuplicateIndex,
                             _ cache: CorpusSketchCache) -> (key: ContentKey?, newRecord: [UInt8]?, matches: Result<[(Int, Candidate)], ReadError>) {
        let b: [UInt8]
        switch bytes {
        case .failure(let e): return (nil, nil, .failure(e))
        case .success(let v): b = v
        }
        let key = StableHash.content(b)
        var record: [UInt8]? = nil
        let file: CorpusFileSketch
        var failure: ReadError? = nil
        if let cached = cache.sketch(for: key) {
            file = cached
        } else {
            do {
                let src = try SourceText(path: input.displayPath, bytes: b)
                var f = CorpusFileSketch(source: src)
                f.readSections(src, reader: reader)
                file = f
            } catch {
                file = .unreadable
                failure = (error as? ReadError) ?? .cannotOpen(path: input.displayPath, reason: "\(error)")
            }
            record = file.encoded()
        }
        guard file.readable else {
            return (key, record, .failure(failure ?? .undecodable(path: input.displayPath, offset: 0)))
        }
        return (key, record, .success(matches(of: file, path: input.displayPath, index)))
    }

    /// The drop sections that the sections of one corpus file copy or are copied by.
    func matches(of file: CorpusFileSketch, path: String, _ index: DuplicateIndex) -> [(Int, Candidate)] {
        guard !index.entries.isEmpty, index.mayHoldCopies(file.rawShingles), let sections = file.sections else { return [] }
        var out = [(Int, Candidate)]()
        for section in sections where section.sketch.length >= options.minimumDuplicateLength {
            for hit in index.hits(for: section.sketch) {
                let entry = index.entries[hit.entry]
                let overlap = hit.exact ? 1 : Checker.share(hit.shared, of: entry.sketch)
                guard hit.exact || overlap >= options.nearDuplicateThreshold else { continue }
                let copy = DuplicateFinding.Copy(path: path, section: section.summary, inCorpus: true)
                out.append((entry.key, Candidate(kind: hit.exact ? .exact : .near, overlap: overlap, copy: copy)))
            }
        }
        return out
    }

    static func share(_ shared: Int, of sketch: SectionSketch) -> Double {
        sketch.shingles.isEmpty ? 0 : Double(shared) / Double(sketch.shingles.count)
    }

    /// Exact before near, higher overlap first, corpus before drop, then path and section.
    static func better(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.kind != b.kind { return a.kind == .exact }
        if a.overlap != b.overlap { return a.overlap > b.overlap }
        if a.copy.inCorpus != b.copy.inCorpus { return a.copy.inCorpus }
        if a.copy.path != b.copy.path { return a.copy.path < b.copy.path }
        return a.copy.section.number < b.copy.section.number
    }

    /// The real path of a file input (symlinks resolved), to tell whether a corpus file is in the drop.
    static func canonicalPath(_ input: InputLocation) -> String? {
        guard case .file(let p) = input else { return nil }
        return URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

