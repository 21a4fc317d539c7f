import Corpus

/// `input/mojibake`: text decoded with the wrong encoding before it reached renpa (U+FFFD, GBK read
/// as Latin-1, UTF-8 decoded twice). One diagnostic per kind, at its first place, with a count.
public struct MojibakeRule: CheckRule {
    public let id = "input/mojibake"
    public let summary = "Mojibake: U+FFFD, GBK read as Latin-1, or UTF-8 decoded twice."
    public let defaultSeverity = Severity.error
    public let stage = CheckStage.input
    public init() {}

    public func check(_ subject: CheckSubject) -> [Diagnostic] {
        guard let src = subject.source else { return [] }
        return MojibakeDetector.scan(src.scalars).map { f in
            let places = f.count == 1 ? "1 place" : "\(f.count) places"
            let surface = MojibakeRule.visible(SectionSummary.shorten(f.surface, to: 12))
            let reading = f.reading.map { "'\(SectionSummary.shorten($0, to: 8))'" } ?? ""
            let message: String
            switch f.kind {
            case .replacementCharacter:
                message = "replacement character U+FFFD (\(places)): the text was decoded with errors before it reached renpa and the original characters are lost; re-extract the page from the original"
            case .gbkAsLatin1:
                message = "mojibake '\(surface)' is GBK text read as Latin-1 (it reads \(reading); \(places)); re-export the file as UTF-8 from the original GBK text"
            case .utf8Twice:
                message = "mojibake '\(surface)' is UTF-8 text decoded twice (it reads \(reading); \(places)); save the original text as UTF-8 without converting it again"
            }
            return diagnostic(subject, line: src.lineNumber(at: f.offset), column: src.column(at: f.offset), message)
        }
    }

    /// Control characters (C1 controls are common in mojibake) shown as `\u{9C}`, never sent raw to a terminal.
    static func visible(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 0x20 || (0x7F...0x9F).contains(u.value) {
                out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
