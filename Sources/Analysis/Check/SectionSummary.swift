import Corpus

/// The little a report needs to name a section: its number, title and where it starts.
public struct SectionSummary: Sendable, Hashable {
    /// 1-based position in its file.
    public var number: Int
    /// The headline, if any.
    public var title: String?
    /// Where the section starts: its title, else its byline, else its first body line.
    public var line: Int
    public var column: Int
    public var authors: [String]

    public init(number: Int, title: String?, line: Int, column: Int, authors: [String]) {
        self.number = number
        self.title = title
        self.line = line
        self.column = column
        self.authors = authors
    }

    /// Summarises section `index` (0-based) of `document`.
    public init(_ document: Document, index: Int) {
        let s = document.sections[index]
        let src = document.source
        let line = s.titleLines.first ?? s.byline?.line ?? s.body.first?.line ?? 1
        self.init(number: index + 1, title: s.title, line: line,
                  column: SectionSummary.firstTextColumn(src, line: line), authors: s.authors)
    }

    /// How reports name the section: `section 2 "标题"` (title shortened to 24 characters).
    public var label: String {
        guard let t = title, !t.isEmpty else { return "section \(number)" }
        return "section \(number) \"\(SectionSummary.shorten(t, to: 24))\""
    }

    /// Column of the first non-space scalar of `line` (1 for an empty line or a line out of range).
    public static func firstTextColumn(_ src: SourceText, line: Int) -> Int {
        guard line >= 1 && line <= src.lineStarts.count else { return 1 }
        let r = src.lineRange(line)
        var k = r.lowerBound
        while k < r.upperBound && ScalarClass.isSpace(src.scalars[k]) { k += 1 }
        return k < r.upperBound ? k - r.lowerBound + 1 : 1
    }

    /// `s` cut to `n` Unicode scalars, with `…` when cut.
    public static func shorten(_ s: String, to n: Int) -> String {
        let sc = Array(s.unicodeScalars)
        guard sc.count > n else { return s }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: sc.prefix(n))
        return String(v) + "…"
    }
}
