import Corpus

/// `input/undecodable`: bytes that are neither UTF-8, UTF-16 with a byte-order mark, nor GB18030.
public struct UndecodableRule: CheckRule {
    public let id = "input/undecodable"
    public let summary = "The file is not valid UTF-8, UTF-16 (with BOM) or GB18030."
    public let defaultSeverity = Severity.error
    public let stage = CheckStage.input
    public init() {}

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        guard case .undecodable(_, let offset)? = subject.readError else { return [] }
        let bytes = subject.errorBytes ?? []
        let (line, column) = BytePosition.locate(offset, in: bytes)
        let shown = offset < bytes.count ? " (\(String(format2: bytes[offset])))" : ""
        return [diagnostic(subject, line: line, column: column,
            "cannot decode the file: invalid UTF-8 at byte \(offset)\(shown) and not GB18030 either; re-export it as UTF-8")]
    }
}

extension String {
    /// `0xAB`.
    init(format2 b: UInt8) {
        let h = String(b, radix: 16, uppercase: true)
        self = "0x" + (h.count < 2 ? "0" + h : h)
    }
}
