import Corpus

/// The registered rules, in documentation order. Add a rule by writing a small type under `Rules/`
/// and listing it here.
public enum CheckRules {
    public static var all: [any CheckRule] {
        var rules: [any CheckRule] = [
            UndecodableRule(),
            BinaryRule(),
            EmptyFileRule(),
            MojibakeRule(),
            NoBylineRule(),
            MissingAuthorRule(),
            ImplausibleAuthorRule(),
            LeftoverTextRule(),
            UnresolvedCutRule(),
        ]
        rules += PlaceNote.Kind.allCases.map { PlaceNoteRule(kind: $0) }
        rules += [
            ExactDuplicateRule(),
            NearDuplicateRule(),
            UnparsedFigureRule(),
        ]
        return rules
    }
}
