/// What the Corpus layer knows about one section, as input to `RegionResolver`.
public struct RegionEvidence: Sendable {
    /// The byline as printed, e.g. `科左中旗人大常委会党组书记、主任 张敬瑞`, `■ 白云萍（江苏）`, `本报讯（王佳丽）`.
    public var byline: String?
    /// The author's office, e.g. `科尔沁区人大常委会党组书记、主任`, `本报记者`.
    public var office: String?
    /// The bracketed province of `■ NAME（湖北）`, e.g. `湖北`.
    public var provinceHint: String?
    /// The headline, e.g. `乌市人大：细化目标任务  实现推进有序`.
    public var title: String?
    /// A closing note such as `（作者系巴彦淖尔市人大常委会主任）`.
    public var footer: String?
    /// Normalized body text (whitespace between Han characters removed).
    public var body: [Unicode.Scalar]
    /// `本报记者` / `本报讯` pieces: they take the paper's locale unless clearly about one place.
    public var isReporterPiece: Bool

    public init(byline: String? = nil, office: String? = nil, provinceHint: String? = nil, title: String? = nil,
                footer: String? = nil, body: [Unicode.Scalar] = [], isReporterPiece: Bool = false) {
        self.byline = byline
        self.office = office
        self.provinceHint = provinceHint
        self.title = title
        self.footer = footer
        self.body = body
        self.isReporterPiece = isReporterPiece
    }
}

/// A diagnostic about places met while resolving regions.
public struct RegionNote: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// A printed name was corrected (`石楼市 → 石楼县 (吕梁市)`, renamed units).
        case corrected
        /// A short form could not be settled; the finer level was left nil.
        case ambiguous
        /// Something printed like a place (`XX县人大`) is not in the gazetteer.
        case unknownPlace
        /// Two pieces of evidence disagree (office place outside the byline's province).
        case conflict
    }
    public let kind: Kind
    /// The text as printed.
    public let surface: String
    /// Human-readable explanation, e.g. `石楼市 → 石楼县 (吕梁市)`.
    public let message: String
    /// Index of the section in the document, if the note belongs to one.
    public let sectionIndex: Int?
    /// Scalar offset into the section body, when the place was found there.
    public let offset: Int?

    public init(kind: Kind, surface: String, message: String, sectionIndex: Int?, offset: Int?) {
        self.kind = kind
        self.surface = surface
        self.message = message
        self.sectionIndex = sectionIndex
        self.offset = offset
    }
}

/// The region of one section and why.
public struct ResolvedRegion: Sendable {
    /// The region, as specific as the evidence agrees on; nil when nothing is known.
    public var region: Region?
    /// Human-readable lines saying which evidence decided each level.
    public var evidence: [String]
    /// Notes about this section (corrections, ambiguities, conflicts).
    public var notes: [RegionNote]

    public init(region: Region?, evidence: [String], notes: [RegionNote]) {
        self.region = region
        self.evidence = evidence
        self.notes = notes
    }
}

/// Resolves the region of every section of a document from bylines, offices, headlines,
/// footers and bodies, using the document's dominant prefecture as context for short forms.
///
/// Rules, in order: the place in the office/byline/footer wins (`科左中旗人大常委会…`); then a
/// headline place (`乌市人大：` via context); a bracketed province hint restricts everything to
/// that province; the body refines to the most specific unit it clearly dwells on; a section
/// without evidence takes the document's locale. Short forms that stay ambiguous leave the finer
/// level nil and yield an `ambiguous` note; townships, bare stems and two-character contractions
/// only count inside a known frame (section or document context).
public struct RegionResolver: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    /// Where a mention was found; `filed` is a wire dateline's city (`新华社杭州…电`), which votes like
    /// a mention in the text but does not say where the text begins or where its offsets point.
    enum Source: String { case office, byline, footer, title, body, filed }

    struct Found {
        let mention: PlaceMention
        let source: Source
        /// The scalars right after the mention start with 人大.
        let beforeRenda: Bool
        /// The prefecture printed right before a county's short form and holding one of its
        /// candidates (`汕尾海丰` → 汕尾市): the name is as plain as `汕尾市海丰县`.
        var qualifiedBy: Division? = nil
    }

    struct Frame {
        var province: Division?
        var prefecture: Division?
    }

    // MARK: - Document

    /// Resolves every section of one document together: the prefecture that dominates the
    /// sections' unambiguous mentions resolves short forms, townships and wrong suffixes.
    /// `mastheads`: the paper's running heads on the page (`今日宁海 2024年5月22日 A3`); the place one
    /// names is the paper's locale, taken by a reporter piece (`本报记者`, `本报讯`) that names no
    /// finer place of its own.
    public func resolve(document sections: [RegionEvidence], mastheads: [String] = []) -> (regions: [ResolvedRegion], notes: [RegionNote]) {
        let hints = sections.map { ev in ev.provinceHint.flatMap { province(named: $0) } }
        let scans = sections.map(scan)
        var doc = documentContext(scans: scans, hints: hints)
        let locale = paperLocale(mastheads)
        // A page whose sections settle no prefecture is read in the paper's own (`晋城日报 … 第3版`
        // over `城区人大常委会党组书记、主任`): its contractions and townships are the paper's locale's.
        if doc.prefecture == nil, let place = locale?.1, let pref = gazetteer.ancestor(of: place, at: .prefecture),
           let prov = gazetteer.ancestor(of: pref, at: .province), doc.province.map({ $0.code == prov.code }) ?? true {
            doc = Frame(province: prov, prefecture: pref)
        }
        var regions: [ResolvedRegion] = []
        var notes: [RegionNote] = []
        for (i, ev) in sections.enumerated() {
            var r = resolveSection(index: i, evidence: ev, found: scans[i], hint: hints[i], doc: doc)
            if let (surface, place) = locale, ev.isReporterPiece,
               r.region == nil || (r.region?.code.flatMap { gazetteer.division(code: $0) }.map { place.code != $0.code && gazetteer.isWithin(place, $0) } ?? false) {
                r = ResolvedRegion(region: gazetteer.region(for: place), evidence: r.evidence + ["masthead \(surface) → \(label(place)) (reporter piece: the paper's locale)"], notes: r.notes)
            }
            regions.append(r)
            notes.append(contentsOf: r.notes)
        }
        return (regions, notes)
    }

    /// The one place the page's mastheads name (`今日宁海` → 宁海县, `巴中日报` → 巴中市), when one place
    /// of the country has that name; nil when they name none or several.
    func paperLocale(_ mastheads: [String]) -> (String, Division)? {
        var found: (String, Division)?
        for m in mastheads.flatMap({ gazetteer.mentions(in: Self.scalars($0)) }) where m.kind != .township {
            let cands = outermost(m.candidates.filter { $0.level != .province && $0.level != .township })
            guard cands.count == 1 else { continue }
            if let f = found, f.1.code != cands[0].code { return nil }
            found = (m.surface, cands[0])
        }
        return found
    }

    /// `s` without the white space (line breaks included) at either end, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives it: read as scalars, and `s` itself
    /// when there is none (Foundation's trimming cost more than the lookups of the hint).
    static func trimmingWhiteSpace(_ s: String) -> String {
        let u = s.unicodeScalars
        guard let first = u.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = u.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == u.startIndex && u.index(after: last) == u.endIndex { return s }
        return String(u[first...last])
    }

    /// The province a hint names: `湖北`, `内蒙古自治区`, or a finer place inside one (`湖北竹溪`).
    func province(named s: String) -> Division? {
        let t = Self.trimmingWhiteSpace(s)
        if let p = gazetteer.divisions(named: t).first(where: { $0.level == .province }) { return p }
        for m in gazetteer.mentions(in: Self.scalars(t)) {
            let provinces = Set(m.candidates.compactMap { gazetteer.ancestor(of: $0, at: .province)?.code })
            if provinces.count == 1, let code = provinces.first { return gazetteer.division(code: code) }
        }
        return nil
    }

    static func scalars(_ s: String?) -> [Unicode.Scalar] {
        guard let s else { return [] }
        // Written into room for every scalar, reserved once (filtered, the array was regrown as
        // it filled).
        var out = [Unicode.Scalar]()
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            // ASCII and Han answered directly: the Unicode property lookup cost more than the rest.
            let v = c.value
            let kept = v < 0x80 ? !(v == 0x20 || (v >= 0x09 && v <= 0x0D)) : ScalarClass.isHan(c) || !c.properties.isWhitespace
            if kept { out.append(c) }
        }
        return out
    }

    func scan(_ ev: RegionEvidence) -> [Found] {
        var out: [Found] = []
        // The units the body names (asked only of a headline's `X：`).
        var bodyMentions: [PlaceMention]? = nil
        func bodyNames(_ m: PlaceMention) -> Bool {
            if bodyMentions == nil { bodyMentions = gazetteer.mentions(in: ev.body) }
            guard !Self.namesPerson(ev.body, Array(m.surface.unicodeScalars)) else { return false }
            if bodyMentions!.contains(where: { b in b.candidates.contains { c in m.candidates.contains { $0.code == c.code } } }) { return true }
            // (Or names no other place: `监利：…` over a text that names only its 镇 and 村.)
            return !bodyMentions!.contains { b in
                !b.isBare && b.kind != .township && b.candidates.allSatisfy { c in c.level >= .prefecture && c.level != .township }
                    && !b.candidates.contains { c in m.candidates.contains { gazetteer.isWithin($0, c) || gazetteer.isWithin(c, $0) } }
            }
        }
        let sources: [(Source, [Unicode.Scalar])] = [
            (.office, Self.scalars(ev.office)), (.byline, Self.scalars(ev.byline)), (.footer, Self.scalars(ev.footer)),
            (.title, Self.scalars(ev.title)), (.body, ev.body),
        ]
        for (src, text) in sources where !text.isEmpty {
            var previous: PlaceMention? = nil
            for m in gazetteer.mentions(in: text) {
                defer { previous = m }
                let hi = m.range.upperBound
                // A local paper's dateline (`本报新化讯`, `新化讯（通讯员 …）`) names the county of the
                // news as surely as `新化人大` does.
                // (Not the last of a list, `博乐市、阿拉山口市、精河县、温泉县人大常委会负责同志`: the
                // congress is every listed place's.)
                let lo = m.range.lowerBound
                let listed = lo > 0 && text[lo - 1] == "、"
                // A headline opening with its place and a colon (`炎陵：代表“点题”…`) is about it as
                // surely as `炎陵人大：…`, once the text names that place too (a name or a keyword
                // before the colon, `黄平：把群众的事…`, `合作：区域协同立法…`, is no place of the text).
                let colonHeadline = src == .title && lo == 0 && hi < text.count && (text[hi] == "：" || text[hi] == ":")
                    && bodyNames(m)
                let renda = (hi + 1 < text.count && text[hi] == "人" && text[hi + 1] == "大" && !listed)
                    || (src == .byline && hi < text.count && text[hi] == "讯")
                    || colonHeadline
                // A wire dateline's city (`新华社杭州6月4日电`, `央广网银川6月5日消息`) is where the
                // piece was filed, not what it is about: it counts as a mention in the text.
                let filed = src == .byline && Self.isFilingPlace(text, after: hi)
                var found = Found(mention: m, source: filed ? .filed : src, beforeRenda: renda)
                if let p = previous, p.range.upperBound == lo { found.qualifiedBy = qualifyingPrefecture(p, m) }
                out.append(found)
            }
            // A plain-word county named as a congress in a credit or headline (`城区人大常委会…`).
            if src != .body {
                for m in gazetteer.plainWordCongresses(in: text) { out.append(Found(mention: m, source: src, beforeRenda: true)) }
            }
        }
        return out
    }

    /// The prefecture mention `p`, printed right before `m`, names when exactly one of `m`'s
    /// candidates is a county-level unit inside it (`汕尾海丰`, `湘西龙山县`, `赣州瑞金`); nil otherwise.
    func qualifyingPrefecture(_ p: PlaceMention, _ m: PlaceMention) -> Division? {
        guard m.kind != .township, p.kind != .township else { return nil }
        let prefectures = p.candidates.filter { $0.level == .prefecture }
        var hit: Division? = nil
        for pref in prefectures {
            let inside = m.candidates.filter { $0.level == .county && gazetteer.isWithin($0, pref) }
            guard inside.count <= 1 else { return nil }
            if !inside.isEmpty {
                if hit != nil { return nil }
                hit = pref
            }
        }
        return hit
    }

    /// What a text says right after a place it opens with when it describes that place (`会泽地处…`,
    /// `罗平是一个…`): not a saying (`江山就是人民`), a common word's sentence (`通道建起来了`) or a
    /// person's (`石林今年48岁`).
    static let placePredicates: [[Unicode.Scalar]] = ["地处", "位于", "境内", "地域", "素有", "是一个", "是全国", "是国家", "是中国", "是革命", "是全省", "是著名"].map { Array($0.unicodeScalars) }

    /// Whether one of `placePredicates` follows offset `i` of `text`.
    static func describesPlace(_ text: [Unicode.Scalar], after i: Int) -> Bool {
        placePredicates.contains { w in i + w.count <= text.count && text[i..<(i + w.count)].elementsEqual(w) }
    }

    /// Whether `text` uses `name` for a person somewhere: after a deputy's or an official's title
    /// (`县人大代表黄平正和…`, `主任黄平`) or before a verb of speech (`黄平说`, `黄平表示`).
    static func namesPerson(_ text: [Unicode.Scalar], _ name: [Unicode.Scalar]) -> Bool {
        guard !name.isEmpty, text.count >= name.count else { return false }
        for k in 0...(text.count - name.count) where text[k] == name[0] && text[k..<(k + name.count)].elementsEqual(name) {
            if personTitles.contains(where: { t in k >= t.count && text[(k - t.count)..<k].elementsEqual(t) }) { return true }
            let e = k + name.count
            if speechVerbs.contains(where: { w in e + w.count <= text.count && text[e..<(e + w.count)].elementsEqual(w) }) { return true }
        }
        return false
    }

    /// The titles a person's name follows and the verbs of speech it precedes (`namesPerson`).
    static let personTitles: [[Unicode.Scalar]] = ["代表", "书记", "主任", "委员", "同志", "先生", "女士"].map { Array($0.unicodeScalars) }
    static let speechVerbs: [[Unicode.Scalar]] = ["说", "表示", "介绍", "告诉", "坦言", "笑着"].map { Array($0.unicodeScalars) }

    /// True when a date and 电 or 消息 follow offset `i` (`杭州|6月4日电`, `银川|6月5日消息`); a local
    /// paper's `本报霍州讯` names its own county and is not a filing place.
    static func isFilingPlace(_ text: [Unicode.Scalar], after i: Int) -> Bool {
        var k = i
        var date = false
        while k < text.count, ScalarClass.isDigit(text[k]) || text[k] == "月" || text[k] == "日" || ScalarClass.isSpace(text[k]) {
            if text[k] == "日" { date = true }
            k += 1
        }
        guard date, k < text.count else { return false }
        return text[k] == "电" || (text[k] == "消" && k + 1 < text.count && text[k + 1] == "息")
    }

    /// A mention strong enough to vote for the document's context: official, renamed, suffixed
    /// short forms and contractions of three or more characters.
    func isStrong(_ m: PlaceMention) -> Bool {
        switch m.kind {
        case .official, .renamed: return true
        case .shortForm: return !m.isBare
        case .contraction: return !m.isHeadlineContraction
        case .township, .wrongSuffix: return false
        }
    }

    func documentContext(scans: [[Found]], hints: [Division?]) -> Frame {
        var prefSections: [String: Int] = [:]
        var provSections: [String: Int] = [:]
        var votingPref = 0, votingProv = 0
        /// The prefectures the page's strong mentions name, whichever section holds them.
        var pagePrefectures = Set<String>()
        for (i, found) in scans.enumerated() {
            var pref: [String: Int] = [:]
            var prov: [String: Int] = [:]
            for f in found where isStrong(f.mention) {
                var cands = f.mention.candidates.filter { $0.level != .township }
                if let h = hints[i] { cands = cands.filter { gazetteer.isWithin($0, h) } }
                // A name that is a unit and the one unit inside it (北京市: the municipality and
                // its city level) votes for the outer one.
                cands = outermost(cands)
                guard cands.count == 1, let d = cands.first else { continue }
                if let p = gazetteer.ancestor(of: d, at: .prefecture) { pref[p.code, default: 0] += 1; pagePrefectures.insert(p.code) }
                if let p = gazetteer.ancestor(of: d, at: .province) { prov[p.code, default: 0] += 1 }
            }
            if let top = Self.uniqueMax(pref) { prefSections[top, default: 0] += 1; votingPref += 1 }
            if let top = Self.uniqueMax(prov) { provSections[top, default: 0] += 1; votingProv += 1 }
        }
        var frame = Frame()
        // (One section alone settles the page's prefecture only when the page names no other:
        // `浮梁县` in a photo item beside pieces on 修水县 and 婺源县 is no page's context.)
        if let top = Self.uniqueMax(prefSections), let c = prefSections[top],
           Double(c) >= 0.6 * Double(votingPref), c >= 2 || (votingPref == 1 && pagePrefectures.count == 1) {
            frame.prefecture = gazetteer.division(code: top)
            frame.province = frame.prefecture.flatMap { gazetteer.ancestor(of: $0, at: .province) }
        } else if let top = Self.uniqueMax(provSections), let c = provSections[top],
                  Double(c) >= 0.6 * Double(votingProv), c >= 2 || votingProv == 1 {
            frame.province = gazetteer.division(code: top)
        }
        return frame
    }

    static func uniqueMax(_ m: [String: Int]) -> String? {
        guard let best = m.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return nil }
        return m.values.filter { $0 == best.value }.count == 1 ? best.key : nil
    }

    // MARK: - Picking one division for a mention

    enum Pick {
        case unit(Division)
        case ambiguous([Division])
        case none
    }

    /// - Parameter opensText: the mention is the first thing the section's text says (`会泽地处乌蒙山区
    ///   腹地…`): a bare two-character stem there is the text's subject, not a common word, and
    ///   counts inside a known province as well as inside a known prefecture.
    func pick(_ m: PlaceMention, hint: Division?, local: Frame, doc: Frame, opensText: Bool = false) -> Pick {
        var cands = m.candidates
        if let h = hint {
            cands = cands.filter { gazetteer.isWithin($0, h) }
            if cands.isEmpty { return .none }
        }
        // One candidate containing all the others (吉林 → 吉林省 rather than 吉林市).
        cands = outermost(cands)
        // Two-character bare county stems (交城, 平和, 复兴) are common words: they only count
        // inside a known prefecture, like townships and headline contractions.
        let bareCounty = m.isBare && m.range.count <= 2 && cands.allSatisfy { $0.level >= .county } && !opensText
        let needsPrefecture = m.isHeadlineContraction || m.kind == .township || m.kind == .wrongSuffix || bareCounty
        let weak = needsPrefecture || m.isBare
        if !weak && cands.count == 1 { return .unit(cands[0]) }
        for frame in [local, doc] {
            if let p = frame.prefecture {
                let f = cands.filter { gazetteer.isWithin($0, p) }
                if f.count == 1 { return .unit(f[0]) }
                if f.count > 1 { return .ambiguous(f) }
            }
        }
        if !needsPrefecture {
            for frame in [local, doc] {
                if let p = frame.province {
                    let f = cands.filter { gazetteer.isWithin($0, p) }
                    if f.count == 1 { return .unit(f[0]) }
                    if f.count > 1 { return .ambiguous(f) }
                }
            }
        }
        if m.isBare && (local.province != nil || doc.province != nil) { return .none }  // bare stem outside the frame: not a vote
        return .ambiguous(cands)
    }

    /// The one unit a mention naming a congress can be (`交城人大`, `通江市人大常委会` for 通江县's,
    /// `乌镇镇人大`): its only candidate inside both provinces given (either may be nil), a township
    /// only for a township's mention; nil when none or several are.
    func soleCongressUnit(_ m: PlaceMention, within a: Division?, _ b: Division?) -> Division? {
        var found: Division?
        for d in m.candidates where (d.level != .township || m.kind == .township)
            && (a.map { gazetteer.isWithin(d, $0) } ?? true) && (b.map { gazetteer.isWithin(d, $0) } ?? true) {
            if found != nil { return nil }
            found = d
        }
        return found
    }

    /// The one candidate that contains all the others, alone; or the candidates as they are.
    func outermost(_ cands: [Division]) -> [Division] {
        guard cands.count > 1, let outer = cands.first(where: { c in cands.allSatisfy { gazetteer.isWithin($0, c) } }) else { return cands }
        return [outer]
    }

    func label(_ d: Division) -> String {
        var parts = [d.name]
        if let p = gazetteer.parent(of: d), d.level != .province { parts.append(p.name) }
        return d.level == .province ? d.name : "\(parts[0]) (\(parts[1]))"
    }

    /// What a body mention adds to its unit's votes: its weight, four times over before 人大 (a place's
    /// congress or deputies are what the piece is about).
    func vote(_ f: Found) -> Int { weight(f.mention) * (f.beforeRenda ? 4 : 1) }

    func weight(_ m: PlaceMention) -> Int {
        (m.isBare || m.kind == .township) ? 1 : 2
    }

    // MARK: - Section

    func resolveSection(index: Int, evidence ev: RegionEvidence, found: [Found], hint: Division?, doc docIn: Frame) -> ResolvedRegion {
        var evidence: [String] = []
        var notes: [RegionNote] = []
        var noted = Set<String>()
        func note(_ kind: RegionNote.Kind, _ surface: String, _ message: String, _ f: Found?) {
            guard noted.insert("\(kind.rawValue)|\(surface)").inserted else { return }
            notes.append(RegionNote(kind: kind, surface: surface, message: message, sectionIndex: index,
                                    offset: f?.source == .body ? f?.mention.range.lowerBound : nil))
        }
        var hint = hint
        if let h = hint { evidence.append("province hint \(ev.provinceHint ?? h.name) → \(h.name)") }
        // The document context only applies when it agrees with the hint.
        var doc = docIn
        if let h = hint, let p = doc.province, p.code != h.code { doc = Frame() }

        // 1. Office, byline, footer, title: the first source naming a prefecture or county anchors.
        var anchor: Division?
        for src in [Source.office, .byline, .footer, .title] {
            var best: (Division, Found)?
            for f in found where f.source == src {
                let m = f.mention
                if m.isBare && !f.beforeRenda { continue }
                var p = pick(m, hint: hint, local: Frame(province: hint), doc: doc)
                // `义乌人大`, `交城人大常委会`: a bare stem naming the congress is the county itself
                // when only one unit (inside the hint and the page's province, if any) has that stem.
                // So is a township's congress (`乌镇镇人大`, 乌镇 being a township's name nowhere else).
                // So is a wrong suffix naming the congress (`通江市人大常委会` for 通江县's) when one county
                // has that stem.
                if m.isBare || m.kind == .township || m.kind == .wrongSuffix, f.beforeRenda,
                   let d = soleCongressUnit(m, within: hint, doc.province) { p = .unit(d) }
                if case .none = p, src != .title, hint != nil, isStrong(m) {
                    let q = pick(m, hint: nil, local: Frame(), doc: doc)
                    if case .unit(let d) = q, let h = hint {
                        note(.conflict, m.surface, "\(src.rawValue) names \(label(d)), outside the byline's province \(h.name); the \(src.rawValue) wins", f)
                        p = q
                    }
                }
                switch p {
                case .unit(let d):
                    let d = d.level == .township ? (gazetteer.parent(of: d) ?? d) : d
                    if m.kind == .wrongSuffix || m.kind == .renamed {
                        note(.corrected, m.surface, "\(m.surface) → \(label(d))", f)
                    }
                    if best == nil || d.level > best!.0.level { best = (d, f) }
                case .ambiguous(let ds):
                    if !m.isBare {
                        note(.ambiguous, m.surface, "\(m.surface): \(ds.prefix(6).map(label).joined(separator: ", "))\(ds.count > 6 ? ", …" : "") — not settled by context", f)
                    }
                case .none:
                    break
                }
            }
            if let (d, f) = best {
                if d.level == .province {
                    if hint == nil { hint = d; evidence.append("\(src.rawValue) \(f.mention.surface) → \(d.name)") }
                    continue
                }
                anchor = d
                evidence.append("\(src.rawValue) \(f.mention.surface) → \(label(d))")
                break
            }
        }
        // A hint that names a finer place after the province (`（内蒙古通辽）`, `（江苏南京）`):
        // the one place of that name inside the hinted province, when nothing else anchored.
        if anchor == nil, let h = hint, let text = ev.provinceHint {
            let provinceName = Array(h.name.unicodeScalars)
            for m in gazetteer.mentions(in: Self.scalars(text)) {
                // `（吉林）` names the province: its short name is not also 吉林市.
                if m.range.lowerBound == 0, m.range.count <= provinceName.count,
                   Array(Self.scalars(text)[m.range]) == Array(provinceName.prefix(m.range.count)) { continue }
                let inside = m.candidates.filter { $0.level != .province && $0.level != .township && gazetteer.isWithin($0, h) }
                if inside.count == 1 {
                    anchor = inside[0]
                    evidence.append("province hint \(m.surface) → \(label(inside[0]))")
                }
            }
        }
        unknownPlaces(ev, note: { s, m in note(.unknownPlace, s, m, nil) })

        let anchorProvince = anchor.flatMap { gazetteer.ancestor(of: $0, at: .province) } ?? hint
        let frame = Frame(province: anchorProvince, prefecture: anchor.flatMap { gazetteer.ancestor(of: $0, at: .prefecture) })
        if let p = frame.province, let dp = doc.province, p.code != dp.code { doc = Frame() }
        if let p = frame.prefecture, let dp = doc.prefecture, p.code != dp.code { doc = Frame(province: doc.province) }

        // 2. Body votes inside the frame.
        var provVotes: [String: Int] = [:], prefVotes: [String: Int] = [:], directPref: [String: Int] = [:], countyVotes: [String: Int] = [:]
        /// Mentions the frame could not settle (`鼓楼区` on a page of three cities), tried again once
        /// the section's prefecture is known.
        var pending = [(candidates: [Division], found: Found)]()
        /// The county the body names first, when it names no prefecture before it: what the piece is
        /// about (`在凤凰县沱江镇…`, then `湘西土家族苗族自治州人大常委会将他的事迹…`).
        var leadCounty: String?
        var prefectureFirst = false
        for f in found where f.source == .body || f.source == .filed {
            let m = f.mention
            let opensText = f.source == .body && m.range.lowerBound == 0 && Self.describesPlace(ev.body, after: m.range.upperBound)
            // (A short form its prefecture qualifies, `汕尾海丰`, is read inside that prefecture and weighs as a full name.)
            let local = f.qualifiedBy.map { Frame(province: gazetteer.ancestor(of: $0, at: .province), prefecture: $0) } ?? frame
            var picked = pick(m, hint: anchorProvince, local: local, doc: doc, opensText: opensText)
            // A wrong suffix naming a congress in the text (`宁安县人大常委会召开…` for 宁安市's), as in the
            // office: the county when one unit in the country (and the frame's province) has that stem.
            if case .ambiguous = picked, m.kind == .wrongSuffix, f.beforeRenda,
               let d = soleCongressUnit(m, within: anchorProvince, frame.province) { picked = .unit(d) }
            switch picked {
            case .unit(let d0):
                let d = d0.level == .township ? (gazetteer.parent(of: d0) ?? d0) : d0
                if m.kind == .wrongSuffix || m.kind == .renamed { note(.corrected, m.surface, "\(m.surface) → \(label(d))", f) }
                // (The text's subject, a bare stem opening it, weighs as a full name.)
                let w = (opensText || f.qualifiedBy != nil) && m.kind != .township ? max(vote(f), 2) : vote(f)
                if let p = gazetteer.ancestor(of: d, at: .province) { provVotes[p.code, default: 0] += w }
                if let p = gazetteer.ancestor(of: d, at: .prefecture) {
                    prefVotes[p.code, default: 0] += w
                    if d.level == .prefecture { directPref[p.code, default: 0] += w }
                }
                if let c = gazetteer.ancestor(of: d, at: .county) {
                    countyVotes[c.code, default: 0] += w
                    if leadCounty == nil && !prefectureFirst && (!m.isBare || f.qualifiedBy != nil) && f.source == .body { leadCounty = c.code }
                } else if d.level == .prefecture, leadCounty == nil, f.source == .body {
                    prefectureFirst = true
                }
            case .ambiguous(let ds):
                if !m.isBare && m.kind != .township {
                    pending.append((ds, f))  // the frame's candidates, for the note
                }
            case .none:
                break
            }
        }
        if let a = anchor, a.level >= .county {
            return ResolvedRegion(region: gazetteer.region(for: a), evidence: evidence, notes: notes)
        }

        // An ambiguous district with a township of the section inside exactly one of its candidates
        // (`南山区…粤海街道`: Shenzhen's, not Hegang's) is that one.
        let townships = found.filter { $0.mention.kind == .township }.flatMap(\.mention.candidates)
        if !townships.isEmpty {
            pending.removeAll { (_, f) in
                let holding = f.mention.candidates.filter { c in c.level >= .county && c.level != .township && townships.contains { gazetteer.isWithin($0, c) } }
                guard holding.count == 1, let c = gazetteer.ancestor(of: holding[0], at: .county) else { return false }
                let w = vote(f)
                countyVotes[c.code, default: 0] += w
                if let p = gazetteer.ancestor(of: c, at: .prefecture) { prefVotes[p.code, default: 0] += w }
                if let p = gazetteer.ancestor(of: c, at: .province) { provVotes[p.code, default: 0] += w }
                return true
            }
        }

        // A piece naming no county or prefecture at all, only townships: two differently named
        // townships (or one before 人大) that each lie in one place in the country, in the same
        // county (`桑洲镇…前童镇`: 宁海县), name it.
        if countyVotes.isEmpty, prefVotes.isEmpty, frame.prefecture == nil {
            var byCounty: [String: (surfaces: Set<String>, weight: Int, congress: Bool)] = [:]
            for f in found where f.source == .body && f.mention.kind == .township && f.mention.candidates.count == 1 {
                guard let c = gazetteer.ancestor(of: f.mention.candidates[0], at: .county),
                      frame.province.map({ gazetteer.isWithin(c, $0) }) ?? true else { continue }
                byCounty[c.code, default: ([], 0, false)].surfaces.insert(f.mention.surface)
                byCounty[c.code, default: ([], 0, false)].weight += vote(f)
                if f.beforeRenda { byCounty[c.code, default: ([], 0, false)].congress = true }
            }
            // A bare county stem of the title or body (`嵊泗` for 嵊泗县: a common word elsewhere, so
            // no vote alone) names the same county as such a township: a second, independent name.
            // Not when a county is named strongly already (a township's own congress: the stem is then
            // where its deputies went), nor a stem printed right before the township (`安吉天荒坪镇`:
            // one place visited, named once).
            let strongAlready = byCounty.contains { $0.value.surfaces.count >= 2 || $0.value.congress }
            let townshipStarts = strongAlready ? [] : Set(found.filter { $0.source == .body && $0.mention.kind == .township }.map(\.mention.range.lowerBound))
            for f in found where !strongAlready && (f.source == .body || f.source == .title) && f.mention.isBare {
                if f.source == .body && townshipStarts.contains(f.mention.range.upperBound) { continue }
                for d in f.mention.candidates where d.level >= .county && d.level != .township {
                    guard let c = gazetteer.ancestor(of: d, at: .county), byCounty[c.code] != nil else { continue }
                    byCounty[c.code]!.surfaces.insert(f.mention.surface)
                }
            }
            let strong = byCounty.filter { $0.value.surfaces.count >= 2 || $0.value.congress }
            if strong.count == 1, let (code, v) = strong.first, let c = gazetteer.division(code: code) {
                countyVotes[code, default: 0] += max(2, v.weight)
                if let p = gazetteer.ancestor(of: c, at: .prefecture) { prefVotes[p.code, default: 0] += max(2, v.weight) }
                if let p = gazetteer.ancestor(of: c, at: .province) { provVotes[p.code, default: 0] += max(2, v.weight) }
                evidence.append("townships \(v.surfaces.sorted().joined(separator: "、")) lie in \(label(c))")
            }
        }

        // Prefecture.
        var pref = frame.prefecture
        if pref == nil {
            let inFrame = prefVotes.filter { kv in
                guard let p = frame.province, let d = gazetteer.division(code: kv.key) else { return true }
                return gazetteer.isWithin(d, p)
            }
            let sorted = inFrame.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            let docPref = doc.prefecture.flatMap { dp in
                frame.province == nil || gazetteer.isWithin(dp, frame.province!) ? dp : nil
            }
            let docVotes = docPref.map { inFrame[$0.code] ?? 0 } ?? 0
            if let top = sorted.first, top.value >= 2, sorted.count == 1 || top.value >= 2 * sorted[1].value,
               docPref == nil || top.key == docPref!.code || (top.value >= 4 && top.value >= 2 * docVotes) {
                // Inside a paper with a known locale, a passing mention of another prefecture does
                // not move the section: it needs two strong mentions and twice the locale's weight.
                pref = gazetteer.division(code: top.key)
                evidence.append("body names \(pref!.name) (weight \(top.value))")
            } else if let dp = docPref, sorted.first.map({ $0.key == dp.code || $0.value < 4 }) ?? true {
                pref = dp
                evidence.append("document context \(dp.name)" + (ev.isReporterPiece ? " (reporter piece: the paper's locale)" : ""))
            }
        }
        // Mentions left ambiguous: settled by the section's prefecture (`徐州市鼓楼区…`, then
        // `鼓楼区`), or reported.
        for (ds, f) in pending {
            // All the mention's candidates: the page's frame may be another province's.
            let inside = pref.map { p in f.mention.candidates.filter { $0.level != .township && gazetteer.isWithin($0, p) } } ?? []
            if inside.count == 1, let c = gazetteer.ancestor(of: inside[0], at: .county) {
                countyVotes[c.code, default: 0] += vote(f)
            } else {
                let m = f.mention
                note(.ambiguous, m.surface, "\(m.surface): \(ds.prefix(6).map(label).joined(separator: ", "))\(ds.count > 6 ? ", …" : "") — not settled by context", f)
            }
        }
        // County inside the prefecture.
        var county: Division?
        if let p = pref {
            let inside = countyVotes.compactMap { kv -> (Division, Int)? in
                guard let d = gazetteer.division(code: kv.key), gazetteer.isWithin(d, p) else { return nil }
                return (d, kv.value)
            }.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0.code < $1.0.code) }
            if let (c, v) = inside.first {
                let others = inside.dropFirst().reduce(0) { $0 + $1.1 }
                // The prefecture's own congress named later in the piece does not outweigh the county
                // the piece opens on.
                if (v >= directPref[p.code, default: 0] || c.code == leadCounty) && v > others {
                    county = c
                    evidence.append("body dwells on \(c.name) (weight \(v))")
                }
            }
        }
        var prov = frame.province ?? pref.flatMap { gazetteer.ancestor(of: $0, at: .province) }
        if prov == nil {
            let sorted = provVotes.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            if let top = sorted.first, top.value >= 2, sorted.count == 1 || top.value >= 2 * sorted[1].value {
                prov = gazetteer.division(code: top.key)
                evidence.append("body names \(prov!.name)")
            } else if let dp = doc.province {
                prov = dp
                evidence.append("document context \(dp.name)")
            }
        }
        // A county-level unit under the province itself (仙桃市, 济源市, 琼海市): no prefecture to
        // hold it, so it is weighed against the province's other counties.
        if county == nil, pref == nil, let p = prov {
            let inside = countyVotes.compactMap { kv -> (Division, Int)? in
                guard let d = gazetteer.division(code: kv.key), gazetteer.isWithin(d, p) else { return nil }
                return (d, kv.value)
            }.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0.code < $1.0.code) }
            if let (c, v) = inside.first, gazetteer.ancestor(of: c, at: .prefecture) == nil, v >= 2,
               v > inside.dropFirst().reduce(0, { $0 + $1.1 }) {
                county = c
                evidence.append("body dwells on \(c.name) (weight \(v))")
            }
        }
        let finest = county ?? pref ?? prov
        let region = finest.map { gazetteer.region(for: $0) }
        return ResolvedRegion(region: region, evidence: evidence, notes: notes)
    }

    /// `XX县人大` in an office, byline or title whose place the gazetteer does not know.
    func unknownPlaces(_ ev: RegionEvidence, note: (String, String) -> Void) {
        for text in [ev.office, ev.byline, ev.title].map(Self.scalars) where text.count >= 4 {
            // (The places the text names, found at its first `X县人大`: most texts hold none.)
            var known: [PlaceMention]? = nil
            var i = 3
            while i + 1 < text.count {
                defer { i += 1 }
                guard text[i] == "人", text[i + 1] == "大", GazetteerRules.suffixScalars.contains(text[i - 1]) else { continue }
                if known == nil { known = gazetteer.mentions(in: text) }
                if known!.contains(where: { $0.range.upperBound == i }) { continue }
                let generic: Set<Unicode.Scalar> = ["全", "我", "本", "该", "各", "市", "县", "区", "旗", "盟", "省", "自", "治", "级", "两", "乡", "镇"]
                if generic.contains(text[i - 2]) || !Gazetteer.isHan(text[i - 2]) { continue }
                var s = i - 1
                while s > 0, i - s < 5, Gazetteer.isHan(text[s - 1]), !["、", "，", "的"].contains(text[s - 1]) { s -= 1 }
                let surface = String(scalars: text[s..<i])
                note(surface, "\(surface) is not in the gazetteer")
            }
        }
    }
}
