import Corpus

/// The result of a check run: sorted diagnostics and what was looked at.
public struct CheckReport: Sendable {
    /// In report order (`Diagnostic.reportOrder`).
    public var diagnostics: [Diagnostic] = []
    /// Files of the drop, readable or not.
    public var files = 0
    /// Sections found in the drop.
    public var sections = 0
    /// Drop files that could not be opened at all (an I/O error, not a finding).
    public var ioErrors: [ReadError] = []
    /// Corpus files compared against (files that are also in the drop are left out).
    public var corpusFiles = 0
    /// Corpus files that could not be read and were not compared.
    public var corpusUnreadable = 0

    public init() {}

    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }
}
