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
    /// With a corpus cache: corpus files whose record it supplied, files read and added to it,
    /// whether the cache file was (re)written, and why it could not be.
    public var cacheReused = 0
    public var cacheAdded = 0
    public var cacheWritten = false
    public var cacheError: CorpusCacheWriteError? = nil

    public init() {}

    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }
}
