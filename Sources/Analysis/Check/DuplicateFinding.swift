/// A section of the drop whose text is already somewhere else: in the corpus, or earlier in the drop.
public struct DuplicateFinding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// The same text after normalisation (`Document.analysisText(of:)`).
        case exact
        /// At least the threshold share of the section's character shingles occur in the other.
        case near
    }

    /// Where another copy of the text is.
    public struct Copy: Sendable, Hashable {
        public var path: String
        public var section: SectionSummary
        /// True when the copy is in `--corpus`, false when it is elsewhere in the drop.
        public var inCorpus: Bool

        public init(path: String, section: SectionSummary, inCorpus: Bool) {
            self.path = path
            self.section = section
            self.inCorpus = inCorpus
        }
    }

    /// The section of the checked file.
    public var section: SectionSummary
    public var kind: Kind
    /// Share (0…1) of this section's shingles found in `other`.
    public var overlap: Double
    /// The best copy found: exact before near, then the highest overlap, corpus before drop,
    /// then path and section order.
    public var other: Copy
    /// How many further copies were found.
    public var moreCopies: Int

    public init(section: SectionSummary, kind: Kind, overlap: Double, other: Copy, moreCopies: Int = 0) {
        self.section = section
        self.kind = kind
        self.overlap = overlap
        self.other = other
        self.moreCopies = moreCopies
    }

    /// The overlap as a whole percentage, rounded down so that 89.6% never prints as 90%; a near
    /// copy never prints as 100% (the overlap is estimated from a sample of shingles, and an exact
    /// copy is reported as such).
    public var percent: Int {
        let p = Int((overlap * 100).rounded(.down))
        return kind == .near ? min(p, 99) : p
    }
}
