/// A bylined section: one article (or picture story) with its header, body in reading order, and region.
public struct Section: Sendable {
    /// The headline as printed, multi-line titles and `——` subtitles joined; nil when none.
    public var title: String?
    /// Source lines of the title.
    public var titleLines: [Int] = []
    /// Authors in printed order (empty for sections without a byline, such as a 前言).
    public var authors: [String] = []
    /// Office as printed (`科尔沁区人大常委会党组书记、主任`, `本报记者`, a `作者系` footer's office).
    public var office: String?
    /// The byline that names the authors.
    public var byline: Byline?
    /// Province printed in brackets in the byline (`江苏`).
    public var provinceHint: String?
    /// A `（作者系…）` footer, as printed.
    public var footer: String?
    /// Where the section is from, as far as the evidence goes.
    public var region: Region?
    /// Why the region is what it is (byline office, body mention, document context…).
    public var regionEvidence: [String] = []
    /// Body pieces in reading order (subheads included; captions last).
    public var body: [LinePiece] = []
    /// Lines of photo captions attached to the section.
    public var captionLines: [Int] = []
    /// Source lines of subheads inside the body.
    public var subheadLines: [Int] = []

    public init() {}

    /// Body source lines in reading order, each once.
    /// (A line past every one before it is new, and one equal to the last is not: only a line
    /// read out of order is looked up, in a set made when the first such line comes. Hashing
    /// every line was most of the cost, asked again for every place note of a section.)
    public var bodyLines: [Int] {
        var out = [Int]()
        out.reserveCapacity(body.count)
        var seen: Set<Int>? = nil
        var highest = Int.min
        for p in body {
            let line = p.line
            if line > highest {
                highest = line
                out.append(line)
                seen?.insert(line)
            } else if line != out.last {
                if seen == nil { seen = Set(out) }
                if seen!.insert(line).inserted { out.append(line) }
            }
        }
        return out
    }
}

extension Section {
    /// Makes heading pieces printed among text (`pieces`, in line order) the section's title, as
    /// printed.
    mutating func takeTitle(_ pieces: [LinePiece], source: SourceText) {
        title = SectionAssembler.text(of: pieces, source)
        titleLines = pieces.map(\.line)
    }

    /// Takes lines out of the text and its subheads (a heading that becomes a title).
    mutating func removeFromText(_ lines: Set<Int>) {
        body.removeAll { lines.contains($0.line) }
        subheadLines.removeAll { lines.contains($0) }
    }
}
