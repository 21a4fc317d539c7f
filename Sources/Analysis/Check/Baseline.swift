import Foundation

/// Known findings to leave out of a report, matched by fingerprint, so that an existing corpus can
/// adopt `renpa check` and be held to "no new findings". Each fingerprint suppresses as many
/// findings as the baseline lists with it; a further one with the same fingerprint is reported.
public struct Baseline: Sendable, Equatable {
    /// Fingerprint → how many findings it covers.
    public private(set) var counts: [String: Int] = [:]
    /// The findings as written (for people reading the file).
    public private(set) var entries: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) {
        entries = diagnostics.sorted(by: Diagnostic.reportOrder)
        for d in entries { counts[d.fingerprint, default: 0] += 1 }
    }

    /// Splits diagnostics into those to report and the number suppressed.
    public func filter(_ diagnostics: [Diagnostic]) -> (kept: [Diagnostic], suppressed: Int) {
        var left = counts
        var kept = [Diagnostic]()
        var suppressed = 0
        for d in diagnostics {
            let fp = d.fingerprint
            if let n = left[fp], n > 0 { left[fp] = n - 1; suppressed += 1 } else { kept.append(d) }
        }
        return (kept, suppressed)
    }

    /// Why a baseline file could not be used.
    public struct FormatError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Reads the JSON written by `--write-baseline` (`{"version":1,"findings":[{"fingerprint",…}]}`).
    public init(json data: Data) throws {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FormatError(message: "not a renpa baseline (expected a JSON object)")
        }
        guard let version = root["version"] as? Int, version == 1 else {
            throw FormatError(message: "unsupported baseline version (expected \"version\": 1)")
        }
        guard let findings = root["findings"] as? [[String: Any]] else {
            throw FormatError(message: "baseline has no \"findings\" list")
        }
        for f in findings {
            guard let fp = f["fingerprint"] as? String else { throw FormatError(message: "baseline finding without \"fingerprint\"") }
            counts[fp, default: 0] += 1
            if let rule = f["rule"] as? String, let path = f["path"] as? String, let message = f["message"] as? String {
                let severity = (f["severity"] as? String).flatMap(Severity.init(rawValue:)) ?? .warning
                entries.append(Diagnostic(severity: severity, rule: rule, path: path, line: f["line"] as? Int ?? 1,
                                          column: f["column"] as? Int ?? 1, message: message))
            }
        }
    }
}
