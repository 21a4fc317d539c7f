import Foundation

/// One paragraph of a seed: a blank-line separated block, as lines of scalars (no newlines).
typealias Paragraph = [[Unicode.Scalar]]

/// The seed texts cut into paragraphs, with the county and person names their bylines reveal.
///
/// Paragraphs keep their seed and position so the generator can take short runs of consecutive
/// paragraphs (a title, its byline and the first body paragraphs stay together often enough for
/// renpa to find sections), while runs from different seeds are shuffled across files.
struct SeedPool: Sendable {
    /// Paragraphs of each seed file, in file order.
    let seeds: [[Paragraph]]
    /// Seed file names, sorted.
    let names: [String]
    /// County-level names found at the start of byline-like lines, longest first.
    let counties: [String]
    /// Person names found in bylines and in `…主任NAME表示` phrases, longest first.
    let people: [String]
    /// Total scalars over all paragraphs.
    let scalarCount: Int

    /// Reads every `*.txt` in `folder` (UTF-8, or GB18030 when not UTF-8).
    init(folder: String) throws {
        let fm = FileManager.default
        guard let listing = try? fm.contentsOfDirectory(atPath: folder) else {
            throw BenchError.failed("cannot read seed folder \(folder)")
        }
        let files = listing.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
        guard !files.isEmpty else { throw BenchError.failed("no *.txt seed files in \(folder)") }
        var seeds = [[Paragraph]]()
        var counties = Set<String>(), people = Set<String>()
        var total = 0
        for f in files {
            let path = (folder as NSString).appendingPathComponent(f)
            guard let data = fm.contents(atPath: path) else { throw BenchError.failed("cannot read seed \(path)") }
            let text = String(data: data, encoding: .utf8)
                ?? String(data: data, encoding: String.Encoding(rawValue: 0x8000_0632))
                ?? String(decoding: data, as: UTF8.self)
            let paragraphs = SeedPool.paragraphs(of: text)
            for p in paragraphs {
                for line in p {
                    total += line.count
                    SeedPool.harvest(line: SeedPool.string(line), counties: &counties, people: &people)
                }
            }
            seeds.append(paragraphs)
        }
        self.seeds = seeds
        self.names = files
        self.counties = counties.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        self.people = people.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        self.scalarCount = total
    }

    /// Splits text into paragraphs: runs of lines that are not blank (white space only is blank).
    /// CRLF and CR become LF; a byte-order mark is dropped; trailing white space is kept.
    static func paragraphs(of text: String) -> [Paragraph] {
        var out = [Paragraph]()
        var current = Paragraph()
        var line = [Unicode.Scalar]()
        var blank = true
        func endLine() {
            if blank {
                if !current.isEmpty { out.append(current); current = [] }
            } else {
                current.append(line)
            }
            line = []
            blank = true
        }
        var previousCR = false
        for s in text.unicodeScalars {
            if s == "\n" && previousCR { previousCR = false; continue }
            previousCR = s == "\r"
            if s == "\n" || s == "\r" { endLine(); continue }
            if s.value == 0xFEFF { continue }
            line.append(s)
            if !s.properties.isWhitespace { blank = false }
        }
        endLine()
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        return String(v)
    }

    // MARK: Names in bylines

    private static func regex(_ pattern: String) -> NSRegularExpression {
        // The patterns are literals; a failure is a programming error.
        try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
    }

    /// `科尔沁区人大常委会党组书记、主任 乌力吉`: county and names.
    private static let officeByline = regex(#"^\s*[■□]?\s*(\p{Han}{1,8}?(?:区|县|市|旗))人大常委会[\p{Han}、，,]*\s+(\p{Han}{2,6}(?:\s+\p{Han}{2,6})*)\s*$"#)
    /// `汾阳市人大常委会主任白小勤在…`: a county at the start of a line.
    private static let lineCounty = regex(#"^\s*(\p{Han}{1,6}?(?:区|县|市|旗))人大常委会"#)
    /// `■ 白云萍（江苏）`, `□ 本报记者 梁英杰`, `□包玉莲`.
    private static let markByline = regex(#"^\s*[■□]\s*(?:本报记者\s*|记者\s*)?(\p{Han}{2,6}(?:\s+\p{Han}{2,6})*)\s*(?:[（(]\p{Han}{2,4}[）)])?\s*$"#)
    /// `…主任刘振国要求`, `…主任石磊表示`.
    private static let inlineName = regex(#"(?:主任|书记|记者)(\p{Han}{2,3}?)(?:表示|说|要求|指出|强调|介绍|认为|结合|在)"#)

    /// Words that rule a capture out as a name or county.
    private static let notNames = ["人大", "常委", "委员", "主任", "书记", "记者", "本报", "代表", "会议", "工作", "党组", "政府", "我市", "全市", "全县", "本市"]

    /// Line starts that make a `…市人大常委会` capture a phrase, not a place (`以…`, `图为…`).
    private static let notPlaceStarts = ["以", "图为", "在", "据", "对", "为", "由", "经", "向", "从"]

    static func harvest(line: String, counties: inout Set<String>, people: inout Set<String>) {
        let ns = line as NSString
        let whole = NSRange(location: 0, length: ns.length)
        func captures(_ re: NSRegularExpression, _ group: Int) -> [String] {
            re.matches(in: line, range: whole).compactMap { m in
                let r = m.range(at: group)
                return r.location == NSNotFound ? nil : ns.substring(with: r)
            }
        }
        func clean(_ s: String) -> Bool { !notNames.contains { s.contains($0) } }
        func addNames(_ run: String) {
            for n in run.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            where n.count >= 2 && n.count <= 6 && clean(n) && NamePools.surnames.contains(String(n.prefix(1))) {
                people.insert(n)
            }
        }
        for c in captures(officeByline, 1) + captures(lineCounty, 1)
        where c.count >= 2 && c.count <= 6 && clean(c) && !c.contains("省") && !notPlaceStarts.contains(where: { c.hasPrefix($0) }) {
            counties.insert(c)
        }
        for run in captures(officeByline, 2) + captures(markByline, 1) + captures(inlineName, 1) { addNames(run) }
    }
}
