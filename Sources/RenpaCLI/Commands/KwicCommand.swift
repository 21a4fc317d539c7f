import Analysis
import Corpus

/// `renpa kwic`: keyword in context over the reading-order text.
enum KwicCommand: Command {
    static let name = "kwic"
    static let abstract = "Keyword in context: every occurrence of PATTERN with file, line, section, region and context."
    static let usage = "PATTERN [--window N] [--format text|tsv|json] PATH..."
    static let discussion = """
    PATTERN is matched like a phrase (width folded, ASCII and full-width punctuation alike) on the
    reflowed, reading-order text, so matches across wrapped lines and repaired column jumps are found;
    such a match shows the source lines it spans (e.g. 61-47).

    Example: renpa kwic 全过程人民民主 seeds/ --window 8
    """
    static let options: [OptionSpec] = [
        OptionSpec(names: ["--window", "-w"], value: "N", help: "Characters of context on each side (default 10)."),
        CommonOptions.format(["text", "tsv", "json"]), CommonOptions.glob, CommonOptions.jobs,
    ]

    struct Hit: Sendable {
        var file: String, lines: String, line: Int, column: Int, section: Int?, title: String?, region: String
        var left: String, match: String, right: String
    }

    static func run(_ args: ParsedArguments, _ term: Terminal) throws -> Int32 {
        guard let pattern = args.positionals.first else {
            throw UsageError(command: name, message: "missing PATTERN")
        }
        var rest = args
        rest.positionals.removeFirst()
        let window = try args.int("--window", default: 10, min: 0, command: name)
        let matcher = AhoCorasick(phrases: [pattern])
        guard matcher.maxPatternLength > 0 else { throw UsageError(command: name, message: "PATTERN is empty after normalisation") }
        var input = try CorpusInput(rest, command: name)
        let format = args.value("--format") ?? "text"
        var w = JSONWriter()
        if format == "json" { w.beginObject(); w.key("matches"); w.beginArray() }
        if format == "tsv" { term.line("file\tlines\tsection\tregion\tleft\tmatch\tright") }
        input.documents(term, transform: { doc -> [Hit] in
            var hits = [Hit]()
            for (k, piece) in doc.groupedTexts(by: .county).enumerated() {
                let t = piece.text
                for m in matcher.matches(in: t.scalars) {
                    guard let span = t.span(of: m.range, in: doc.source) else { continue }
                    let lines = span.startLine == span.endLine ? "\(span.startLine)" : "\(span.startLine)-\(span.endLine)"
                    hits.append(Hit(file: doc.source.path, lines: lines, line: span.startLine, column: span.column,
                                    section: k < doc.sections.count ? k + 1 : nil,
                                    title: k < doc.sections.count ? doc.sections[k].title : nil,
                                    region: piece.groups.first ?? Region.unknownPath,
                                    left: t.excerpt((m.range.lowerBound - window)..<m.range.lowerBound),
                                    match: t.excerpt(m.range),
                                    right: t.excerpt(m.range.upperBound..<(m.range.upperBound + window))))
                }
            }
            return hits
        }, consume: { _, hits in
            var s = ""
            for h in hits {
                switch format {
                case "json":
                    w.beginObject()
                    w.field("file", h.file); w.field("lines", h.lines); w.field("line", h.line); w.field("column", h.column)
                    w.field("section", h.section); w.field("title", h.title); w.field("region", h.region)
                    w.field("left", h.left); w.field("match", h.match); w.field("right", h.right)
                    w.endObject()
                case "tsv":
                    s += "\(h.file)\t\(h.lines)\t\(h.section.map(String.init) ?? "")\t\(h.region)\t\(h.left)\t\(h.match)\t\(h.right)\n"
                default:
                    let pad = String(repeating: "　", count: max(0, window - h.left.unicodeScalars.count))
                    s += "\(h.file):\(h.lines)  \(pad)\(h.left) [\(h.match)] \(h.right)\n"
                }
            }
            if format != "json" { term.out(s) }
        })
        if format == "json" { w.endArray(); w.endObject(); term.line(w.out) }
        return input.failures > 0 ? 1 : 0
    }
}
