/// Settings of one check run.
public struct CheckOptions: Sendable {
    /// Duplicates become errors (and the CLI fails on warnings too).
    public var strict: Bool
    /// Worker threads for reading files.
    public var jobs: Int
    /// Share of a section's shingles that must occur in another section to call it a near-duplicate.
    public var nearDuplicateThreshold: Double
    /// Sections with fewer letters, digits and Han characters than this are not compared (captions,
    /// one-line notices: too short for a reprint to matter or to be told apart from chance).
    public var minimumDuplicateLength: Int

    public init(strict: Bool = false, jobs: Int = 1, nearDuplicateThreshold: Double = 0.9, minimumDuplicateLength: Int = 50) {
        self.strict = strict
        self.jobs = max(1, jobs)
        self.nearDuplicateThreshold = nearDuplicateThreshold
        self.minimumDuplicateLength = minimumDuplicateLength
    }
}
