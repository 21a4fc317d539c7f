/// What a family recognised on one line, before it is placed in the document.
public struct BylineMatch: Sendable, Hashable {
    /// `byline` names authors; `footer` adds an office to the section it closes (`（作者系…）`);
    /// `metadata` is a web-export header line without authors (`来源：…`, `编辑：…`).
    public enum Kind: String, Sendable { case byline, footer, metadata }
    public var kind: Kind = .byline
    public var authors: [String] = []
    public var office: String?
    public var provinceHint: String?
    public var placement: Byline.Placement = .opening
    public var role: String?
    /// Offsets into `LineScalars.raw` covered by the byline; the rest of the line is body text.
    public var span: Range<Int>

    public init(kind: Kind = .byline, authors: [String], office: String? = nil, provinceHint: String? = nil,
                placement: Byline.Placement = .opening, role: String? = nil, span: Range<Int>) {
        self.kind = kind
        self.authors = authors
        self.office = office
        self.provinceHint = provinceHint
        self.placement = placement
        self.role = role
        self.span = span
    }
}

/// One way newspapers print who wrote a piece. A family is added by writing one type and listing
/// it in `BylineRecognizer.standardFamilies`; families share `BylineParts` for names, offices,
/// marks and bracketed provinces.
public protocol BylineFamily: Sendable {
    /// Stable identifier, reported in JSON and by `renpa check`.
    var name: String { get }
    /// Recognises the family on a line, or returns nil.
    func recognize(_ line: LineScalars) -> BylineMatch?
    /// A cheap necessary condition for `recognize` to match (`LineGate.open` unless the family
    /// gives one): `BylineRecognizer` calls the family only on lines the gate admits.
    var gate: LineGate { get }
}

extension BylineFamily {
    /// Every line: the family decides alone.
    public var gate: LineGate { .open }
}
