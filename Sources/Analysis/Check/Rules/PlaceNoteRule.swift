import Corpus

/// `place/…`: one rule per `PlaceNote.Kind`, reporting the notes of region resolution
/// (`Document.placeNotes`) with the resolver's own message.
public struct PlaceNoteRule: CheckRule {
    public let kind: PlaceNote.Kind
    public let defaultSeverity = Severity.warning
    public let stage = CheckStage.document
    public init(kind: PlaceNote.Kind) { self.kind = kind }

    /// The stable id of each kind (spelled out, so renaming a case cannot change an id).
    public var id: String {
        switch kind {
        case .corrected: return "place/corrected"
        case .ambiguous: return "place/ambiguous"
        case .unknownPlace: return "place/unknown"
        case .conflict: return "place/conflict"
        }
    }

    public var summary: String {
        switch kind {
        case .corrected: return "A place name with a wrong suffix was corrected (石楼市 → 石楼县)."
        case .ambiguous: return "A short place name that the document does not settle."
        case .unknownPlace: return "A place in a byline or headline that the gazetteer does not know."
        case .conflict: return "The byline and the body point to different counties."
        }
    }

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        guard let doc = subject.document else { return [] }
        return doc.placeNotes.filter { $0.kind == kind }.map { note in
            let message = note.message.isEmpty ? "'\(note.surface)'" : note.message
            return diagnostic(subject, line: note.line, column: note.column, message)
        }
    }
}
