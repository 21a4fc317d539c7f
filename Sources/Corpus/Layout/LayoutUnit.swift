/// A piece of one source line: a scalar range in the source, with its 1-based line number.
public struct LinePiece: Sendable, Hashable {
    public var line: Int
    public var range: Range<Int>
    public init(line: Int, range: Range<Int>) { self.line = line; self.range = range }
}

/// One element of a page in layout (file) order.
public struct LayoutUnit: Sendable {
    /// What the element is.
    public enum Kind: String, Sendable {
        /// A heading line or lines: a title, a subhead, or page furniture (decided later).
        case heading
        /// A subtitle printed under a title (`——推动党的二十大精神走深走实`).
        case subtitle
        /// A byline (opening or closing).
        case byline
        /// `（作者系…）` footers.
        case footer
        /// Web-export header lines without authors (`来源：…`).
        case metadata
        /// Body text: one paragraph (wrapped lines joined).
        case paragraph
        /// A photo caption (`图为…`).
        case caption
    }

    public var kind: Kind
    /// The source pieces, in order.
    public var pieces: [LinePiece]
    /// For bylines and footers.
    public var byline: Byline?
    /// A paragraph whose last line has no sentence-final punctuation: the sentence goes on elsewhere.
    public var cutEnd = false
    /// A paragraph that starts mid-sentence (continuation character, closing bracket, word tail).
    public var continuationStart = false
    /// A paragraph whose first line opens with an indent (`　　铁力市地处…`).
    public var opensIndented = false
    /// A paragraph one of whose later lines opens with an indent too (a column printed with a left
    /// margin, not a first-line indent).
    public var indentedInside = false
    /// A heading shaped like a title (no clause punctuation); subheads may be looser.
    public var titleShaped = false
    /// A heading wrapped in a narrow column with the break inside a word (`孟津区人大常委会开` /
    /// `展…`): its lines join without a space.
    public var wrapsInWord = false
    /// A paragraph the page sends on to another page (`…把` / `（下转第4版）`).
    public var jumpsOut = false
    /// A paragraph continued from another page (`（上接第1版）` / `优化营商环境…`).
    public var jumpsIn = false
    /// A paragraph opening right after a dateline on its line (`本报讯（记者 NAME）6月3日，…`): an
    /// article's first words, which nothing before them continues.
    public var afterDateline = false

    public var firstLine: Int { pieces.first?.line ?? 0 }
    public var lastLine: Int { pieces.last?.line ?? 0 }

    public init(kind: Kind, pieces: [LinePiece], byline: Byline? = nil) {
        self.kind = kind
        self.pieces = pieces
        self.byline = byline
    }
}

extension LayoutUnit {
    /// For each unit, whether it is a paragraph brought in (`（上接第1版）`) that may continue one this
    /// file sends on: a paragraph sent on and left cut (`（下转第4版）`) is printed before it. A story
    /// continued from another page that opens the page, above the page's own story sent on, comes
    /// from a page this file does not hold (the later pages of a file follow the earlier ones).
    public static func broughtInFromThisFile(_ units: [LayoutUnit]) -> [Bool] {
        var out = [Bool](filled: false, count: units.count)
        var sentOn = false
        for (k, u) in units.enumerated() {
            out[k] = u.jumpsIn && sentOn
            if u.jumpsOut && u.cutEnd { sentOn = true }
        }
        return out
    }
}
