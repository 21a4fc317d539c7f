import Corpus

/// `input/binary`: NUL or other control bytes: an image, a PDF or a word-processor file, not text.
public struct BinaryRule: CheckRule {
    public let id = "input/binary"
    public let summary = "The file holds binary data (NUL or control bytes), not text."
    public let defaultSeverity = Severity.error
    public let stage = CheckStage.input
    public init() {}

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        guard case .binary(_, let offset)? = subject.readError else { return [] }
        let bytes = subject.errorBytes ?? []
        let (line, column) = BytePosition.locate(offset, in: bytes)
        let shown = offset < bytes.count ? " (\(String(format2: bytes[offset])))" : ""
        return [diagnostic(subject, line: line, column: column,
            "binary data at byte \(offset)\(shown): this is not a text file; extract the page's text or remove the file from the drop")]
    }
}
