// The phrase lexicon: the formulations the genre repeats, from Resources/phrases.txt or a user file.

import Foundation

/// A line of a phrase file that cannot be used as a phrase.
public enum LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `source` is the file name (or another label), `line` is 1-based.
    case unusableLine(source: String, line: Int, reason: String)
    /// The built-in resource is missing from the bundle.
    case missingResource(String)

    public var description: String {
        switch self {
        case let .unusableLine(source, line, reason):
            return "\(source):\(line): \(reason); write one phrase per line, or start the line with # to make it a comment"
        case let .missingResource(name):
            return "built-in resource \(name) is missing from the Analysis bundle"
        }
    }
}

/// An ordered list of phrases, unique after normalization, in the order first seen.
public struct Lexicon: Sendable, Hashable {
    /// The phrases as written (trimmed), in a stable order: file order, first occurrence kept.
    public let phrases: [String]
    /// Where the phrases came from (file path or label).
    public let source: String

    /// Longest phrase accepted, in scalars after normalization.
    public static let maxPhraseLength = 200

    /// The built-in lexicon, `Resources/phrases.txt`.
    public static let builtIn: Lexicon = {
        guard let url = Bundle.module.url(forResource: "phrases", withExtension: "txt", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "phrases", withExtension: "txt"),
              let data = try? Data(contentsOf: url),
              let text = String(data: data, encoding: .utf8) else {
            preconditionFailure(LexiconError.missingResource("Resources/phrases.txt").description)
        }
        do {
            return try Lexicon(parsing: text, source: "phrases.txt")
        } catch {
            preconditionFailure("built-in phrases.txt: \(error)")
        }
    }()

    /// Parses a phrase file: one phrase per line; a leading BOM and CRLF line ends are tolerated;
    /// lines whose first non-blank character is `#` are comments; blank lines are ignored;
    /// duplicates (after normalization) are dropped, keeping the first.
    /// Throws `LexiconError.unusableLine` for a line with control characters, a line with only
    /// punctuation or symbols (no letter, digit or Han character), or one that is too long.
    public init(parsing text: String, source: String) throws {
        var body = Substring(text).unicodeScalars
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        var seen = Set<[Unicode.Scalar]>()
        var out: [String] = []
        var lineNo = 0
        // Split on scalars: in Swift "\r\n" is one Character, so Character splitting would miss it.
        for rawLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            let trimmed = Lexicon.trim(Substring(line))
            if trimmed.isEmpty || trimmed.unicodeScalars.first == "#" { continue }
            if let bad = trimmed.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }) {
                throw LexiconError.unusableLine(source: source, line: lineNo,
                    reason: "control character U+\(String(bad.value, radix: 16, uppercase: true)) in phrase")
            }
            let norm = PhraseNormalizer.normalize(trimmed)
            if !norm.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
                throw LexiconError.unusableLine(source: source, line: lineNo,
                    reason: "phrase has no letters, digits or Han characters")
            }
            if norm.count > Lexicon.maxPhraseLength {
                throw LexiconError.unusableLine(source: source, line: lineNo,
                    reason: "phrase longer than \(Lexicon.maxPhraseLength) characters")
            }
            if seen.insert(norm).inserted { out.append(trimmed) }
        }
        self.phrases = out
        self.source = source
    }

    /// A lexicon from phrases given directly (normalization duplicates dropped, first kept).
    public init(phrases: [String], source: String = "(given)") {
        var seen = Set<[Unicode.Scalar]>()
        var out: [String] = []
        for p in phrases {
            let t = Lexicon.trim(Substring(p))
            let n = PhraseNormalizer.normalize(t)
            if !n.isEmpty, seen.insert(n).inserted { out.append(t) }
        }
        self.phrases = out
        self.source = source
    }

    /// This lexicon followed by the phrases of `other` that it does not already have.
    public func adding(_ other: Lexicon) -> Lexicon {
        Lexicon(phrases: phrases + other.phrases, source: source + "+" + other.source)
    }

    /// This lexicon followed by `more` phrases it does not already have.
    public func adding(_ more: [String]) -> Lexicon {
        Lexicon(phrases: phrases + more, source: source)
    }

    /// The phrases, normalized, ready for `AhoCorasick(patterns:)`.
    public var patterns: [[Unicode.Scalar]] { phrases.map { PhraseNormalizer.normalize($0) } }

    /// A leftmost-longest (or overlapping) matcher over these phrases; pattern i is `phrases[i]`.
    public func matcher(_ kind: AhoCorasick.MatchKind = .leftmostLongest) -> AhoCorasick {
        AhoCorasick(patterns: patterns, matchKind: kind)
    }

    private static func trim(_ s: Substring) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !PhraseNormalizer.isWhitespace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !PhraseNormalizer.isWhitespace($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
