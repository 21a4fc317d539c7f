import Corpus

/// What a rule looks at: one input file at one stage of the check (see `CheckStage`).
public struct CheckSubject: Sendable {
    /// The file as given on the command line.
    public var path: String
    public var options: CheckOptions
    /// Why the file could not be read, if it could not.
    public var readError: ReadError?
    /// The raw bytes when `readError` points into them (binary or undecodable data), so a rule can
    /// turn the byte offset into a line and column.
    public var errorBytes: [UInt8]?
    /// The decoded text.
    public var source: SourceText?
    /// The document read from `source`.
    public var document: Document?
    /// The file's sections (corpus stage).
    public var sections: [SectionSummary] = []
    /// For each section that repeats text found elsewhere, the best match (corpus stage).
    public var duplicates: [DuplicateFinding] = []

    public init(path: String, options: CheckOptions, readError: ReadError? = nil, errorBytes: [UInt8]? = nil,
                source: SourceText? = nil, document: Document? = nil) {
        self.path = path
        self.options = options
        self.readError = readError
        self.errorBytes = errorBytes
        self.source = source
        self.document = document
    }
}
