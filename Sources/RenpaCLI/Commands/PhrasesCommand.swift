import Analysis
import Corpus
import Foundation

/// `renpa phrases`: phrase frequency per group, in lines people grep.
enum PhrasesCommand: Command {
    static let name = "phrases"
    static let abstract = "Count formulations per county (or file, section, author, prefecture, province)."
    static let usage = "[--by GROUP] [--phrase P]... [--phrases-file F] [--only] [--overlapping] [--top N] [--format text|tsv|json] PATH..."
    static let discussion = """
    Counts are taken on the reflowed, reading-order text: a phrase wrapped across lines, letter-spaced,
    or cut by a column jump counts once, as a reader would count it. ASCII and full-width punctuation
    match alike. Default matching is leftmost-longest: a phrase nested in a longer listed phrase is
    counted as the longer one only (--overlapping counts every occurrence of every phrase).

    The built-in lexicon (Sources/Analysis/Resources/phrases.txt) is used unless --only is given;
    --phrase and --phrases-file (one phrase per line, # comments, BOM and CRLF tolerated) add to it.

    TSV (the contract): GROUP<TAB>PHRASE<TAB>COUNT, one row per group and phrase with a non-zero count,
    sorted by group, then count descending, then phrase; no header unless --header.
    Region groups are paths of the levels known: 内蒙古自治区/通辽市/科尔沁区, 江苏省, (unknown).

    Example: renpa phrases seeds/ --by county --format tsv | grep 科尔沁
    """
    static let options: [OptionSpec] = [
        OptionSpec(names: ["--by"], value: "GROUP", help: "Group by (default county).", choices: GroupBy.allCases.map(\.rawValue)),
        OptionSpec(names: ["--phrase", "-p"], value: "P", help: "A phrase to count (repeatable).", repeatable: true),
        OptionSpec(names: ["--phrases-file"], value: "FILE", help: "Phrases to count, one per line.", repeatable: true),
        OptionSpec(names: ["--only"], value: nil, help: "Count only the given phrases, not the built-in lexicon."),
        OptionSpec(names: ["--overlapping"], value: nil, help: "Count nested and overlapping occurrences too."),
        OptionSpec(names: ["--top"], value: "N", help: "At most N phrases per group."),
        OptionSpec(names: ["--header"], value: nil, help: "Print a header row (tsv)."),
        CommonOptions.format(["text", "tsv", "json"]), CommonOptions.glob, CommonOptions.jobs,
    ]

    /// Builds the lexicon from --phrase, --phrases-file and --only.
    static func lexicon(_ args: ParsedArguments, command: String) throws -> Lexicon {
        var lex = args.flag("--only") ? Lexicon(phrases: [], source: "(none)") : Lexicon.builtIn
        for f in args.all("--phrases-file") {
            guard let data = FileManager.default.contents(atPath: f) else {
                throw InputError(message: "renpa \(command): cannot read phrases file \(f)")
            }
            let text = String(decoding: data, as: UTF8.self)
            lex = lex.adding(try Lexicon(parsing: text, source: f))
        }
        let given = args.all("--phrase")
        if !given.isEmpty { lex = lex.adding(given) }
        if lex.phrases.isEmpty {
            throw UsageError(command: command, message: "no phrases to count: --only needs --phrase or --phrases-file")
        }
        return lex
    }

    static func run(_ args: ParsedArguments, _ term: Terminal) throws -> Int32 {
        let by = GroupBy(rawValue: args.value("--by") ?? "county")!
        let lex: Lexicon
        do { lex = try lexicon(args, command: name) } catch let e as LexiconError {
            throw InputError(message: "renpa \(name): \(e)")
        }
        let top = args.value("--top") == nil ? nil : try args.int("--top", default: 0, min: 1, command: name)
        var input = try CorpusInput(args, command: name)
        input.resolveRegions = by.level != nil
        let counter = PhraseCounter(lexicon: lex, matchKind: args.flag("--overlapping") ? .overlapping : .leftmostLongest)
        // Per file, a count can change with the reading order only where a phrase could span two
        // blocks the repair moves; files without such a place skip the repair (same counts, faster).
        if by == .file { input.closedBlocks = { blocks, source in counter.closedBlockTest(blocks, in: source) } }
        let format = args.value("--format") ?? "text"
        // Grouped by file or section, a file's rows are final once it is read: print them then, so
        // memory stays flat however many files there are (inputs come sorted by path).
        if (by == .file || by == .section) && format != "json" && streamable(input.inputs) {
            if format == "tsv" && args.flag("--header") { term.out("group\tphrase\tcount\n") }
            var first = true
            let order = PhraseTotals.order(counter.phrases)
            input.documents(term, transform: { doc -> String in
                var t = PhraseTotals(phraseCount: counter.phrases.count)
                t.add(counter.count(doc, by: by))
                return format == "tsv" ? tsv(t, counter.phrases, top, order: order) : text(t, counter.phrases, top, order: order)
            }, consume: { _, out in
                if !out.isEmpty { term.out((format == "text" && !first ? "\n" : "") + out); first = false }
            })
            return input.failures > 0 ? 1 : 0
        }
        var totals = PhraseTotals(phraseCount: counter.phrases.count)
        input.documents(term, transform: { doc in counter.count(doc, by: by) },
                            consume: { _, groups in totals.add(groups) })
        let rows = totals.rows(phrases: counter.phrases, top: top)
        switch format {
        case "tsv":
            term.out((args.flag("--header") ? "group\tphrase\tcount\n" : "") + tsv(totals, counter.phrases, top))
        case "json":
            var w = JSONWriter()
            w.beginObject()
            w.field("by", by.rawValue)
            w.key("groups"); w.beginArray()
            var current: String? = nil
            for r in rows {
                if r.group != current {
                    if current != nil { w.endArray(); w.endObject() }
                    current = r.group
                    w.beginObject()
                    w.field("group", r.group)
                    w.field("characters", totals.characters[r.group] ?? 0)
                    w.key("phrases"); w.beginArray()
                }
                w.beginObject()
                w.field("phrase", counter.phrases[r.phrase]); w.field("count", r.count)
                w.field("per10k", number: rate(r.count, totals.characters[r.group] ?? 0))
                w.endObject()
            }
            if current != nil { w.endArray(); w.endObject() }
            w.endArray(); w.endObject()
            term.line(w.out)
        default:
            term.out(text(totals, counter.phrases, top))
        }
        return input.failures > 0 ? 1 : 0
    }

    /// True when the inputs' paths are in sorted order and no path is a prefix of the next one
    /// followed by a character that sorts before `#`, so per-file output is already in group order.
    static func streamable(_ inputs: [InputLocation]) -> Bool {
        let paths = inputs.map(\.displayPath)
        for (a, b) in zip(paths, paths.dropFirst()) {
            guard a < b else { return false }
            if b.hasPrefix(a), let c = b.dropFirst(a.count).unicodeScalars.first, c.value < 0x24 { return false }
        }
        return true
    }

    static func tsv(_ totals: PhraseTotals, _ phrases: [String], _ top: Int?, order: [Int]? = nil) -> String {
        let rows = totals.rows(phrases: phrases, top: top, order: order)
        var s = ByteText(capacity: rows.count * 48)
        for r in rows {
            s.append(r.group)
            s.append(byte: 0x09)
            s.append(phrases[r.phrase])
            s.append(byte: 0x09)
            s.decimal(r.count)
            s.append(byte: 0x0A)
        }
        return s.string
    }

    static func text(_ totals: PhraseTotals, _ phrases: [String], _ top: Int?, order: [Int]? = nil) -> String {
        let rows = totals.rows(phrases: phrases, top: top, order: order)
        var s = ByteText(capacity: rows.count * 64)
        var current: String? = nil
        // A group's character count, looked up when its rows start (hashing its name for every
        // row cost more than writing the row).
        var characters = 0
        for r in rows {
            if r.group != current {
                characters = totals.characters[r.group] ?? 0
                if current != nil { s.append(byte: 0x0A) }
                s.append(r.group)
                s.append("  (")
                s.decimal(characters)
                s.append(" characters)\n")
                current = r.group
            }
            let p = phrases[r.phrase]
            s.append("  ")
            s.append(p)
            s.spaces(max(2, 24 - p.unicodeScalars.count * 2))
            s.decimal(r.count, width: 6)
            s.append("  ")
            s.hundredths(rate(r.count, characters), width: 8)
            s.append(" per 10k\n")
        }
        return s.string
    }

    static func rate(_ count: Int, _ chars: Int) -> Double {
        chars == 0 ? 0 : (Double(count) * 10_000 / Double(chars) * 100).rounded() / 100
    }
}
