/// Names alone under a headline (`王芳`, `王芳 李强`): each a name that can stand alone (a common
/// surname, never a place). `LineClassifier` takes the line as a byline only right under a headline
/// with text below (and never to complete a wrapped byline); elsewhere it is text or a subhead.
public struct NamesAloneFamily: BylineFamily {
    public static let familyName = "names-alone"
    /// Two to 16 scalars whose first scalar after any mark can open a surname (the gate skips a
    /// mark, as every gate does; the family itself wants the surname first).
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 2...16, openingScalarSet: PersonName.surnameFirsts, lastScalarSet: nil)
    public let name = NamesAloneFamily.familyName
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        // Cheap first: every short line of text reaches this family (its last scalar or a
        // punctuation mark in it rejects it before any allocation).
        guard line.count >= 2, line.count <= 16, PersonName.mayBeNames(line.raw), let first = line.folded.first,
              PersonName.commonSurnames.contains(first)
                || (PersonName.compoundSurnameFirsts.contains(first) && PersonName.compoundSurnames.contains(where: { line.has($0, at: 0) })),
              // One name with no separator nor name dot stands alone at four scalars at most
              // (`isLikelyAlone`): a short heading (`高质量发展`) stops here.
              line.count <= 4 || line.raw.contains(where: { PersonName.isNameDot($0) || PersonName.isNameSeparator(ScalarClass.fold($0)) }),
              let names = PersonName.splitNames(line.raw[...]), names.count <= 3, names.allSatisfy(PersonName.isLikelyAlone) else { return nil }
        // (Common words are not excluded: the word list holds many names, 王芳 among them; the
        // context gate in `LineClassifier` keeps the family to a byline's place.)
        return BylineMatch(authors: names, span: 0..<line.count)
    }
}
