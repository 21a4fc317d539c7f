/// A recognised byline: who wrote a section, in what capacity, and where it sits on its line.
public struct Byline: Sendable, Hashable {
    /// Whether the byline opens a section (printed before the body) or closes one (photo credits,
    /// `（作者系…）` footers, printed after the body).
    public enum Placement: String, Sendable, Hashable { case opening, closing }

    /// The family that recognised it (`office-name`, `reporter`, `mark-province`, …).
    public var family: String
    /// Authors in printed order.
    public var authors: [String]
    /// The office as printed (`科尔沁区人大常委会党组书记、主任`, `本报记者`), if any.
    public var office: String?
    /// A bracketed province such as `江苏` in `■ 白云萍（江苏）`.
    public var provinceHint: String?
    /// Opening or closing.
    public var placement: Placement
    /// Role of the person credited, when not the writer (`photographer`).
    public var role: String?
    /// 1-based source line.
    public var line: Int
    /// Scalar range in the source text covered by the byline (the rest of the line is body).
    public var range: Range<Int>
    /// The byline as printed, trimmed.
    public var text: String

    public init(family: String, authors: [String], office: String? = nil, provinceHint: String? = nil,
                placement: Placement = .opening, role: String? = nil, line: Int = 0, range: Range<Int> = 0..<0, text: String = "") {
        self.family = family
        self.authors = authors
        self.office = office
        self.provinceHint = provinceHint
        self.placement = placement
        self.role = role
        self.line = line
        self.range = range
        self.text = text
    }
}
