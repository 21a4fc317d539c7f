/// Something about a place mention that a user should look at: a corrected suffix, an ambiguous
/// short form left unresolved, an unknown place, or a byline and body naming different counties.
public struct PlaceNote: Sendable, Hashable {
    /// Kinds of notes.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The source's suffix is wrong and was corrected (`石楼市 → 石楼县 (吕梁市)`).
        case corrected
        /// A short form that the document's context does not settle (`扎旗`).
        case ambiguous
        /// A place in a byline or headline the gazetteer does not know.
        case unknownPlace
        /// The byline and the body point to different counties.
        case conflict
    }

    public var kind: Kind
    /// The text as printed.
    public var surface: String
    /// A message a person can act on.
    public var message: String
    /// 1-based line and column (Unicode scalars) of the mention.
    public var line: Int
    public var column: Int
    /// Index of the section the note is about, if any.
    public var section: Int?

    public init(kind: Kind, surface: String, message: String, line: Int, column: Int, section: Int? = nil) {
        self.kind = kind
        self.surface = surface
        self.message = message
        self.line = line
        self.column = column
        self.section = section
    }
}
