import Corpus

/// `renpa stats`: the summary a user wants first.
enum StatsCommand: Command {
    static let name = "stats"
    static let abstract = "Summarise a corpus: files, encodings, sections, authors, regions, characters, leftovers."
    static let usage = "[--format text|json] [--glob PATTERN] [--jobs N] PATH..."
    static let discussion = "Example: renpa stats seeds/"
    static let options: [OptionSpec] = [CommonOptions.format(["text", "json"]), CommonOptions.glob, CommonOptions.jobs]

    struct FileSummary: Sendable {
        var encoding: String
        var sections: Int
        var bylined: Int
        var authors: [String]
        var regions: [String]
        var characters: Int
        var leftoverLines: Int
        var joins: Int
    }

    static func run(_ args: ParsedArguments, _ term: Terminal) throws -> Int32 {
        var input = try CorpusInput(args, command: name)
        var files = 0, sections = 0, bylined = 0, chars = 0, leftovers = 0, joins = 0
        var encodings = [String: Int]()
        var authors = Set<String>()
        var regions = [String: Int]()
        try input.documents(term, transform: { doc in
            FileSummary(encoding: doc.source.encoding.rawValue, sections: doc.sections.count,
                        bylined: doc.sections.filter { !$0.authors.isEmpty }.count,
                        authors: doc.sections.flatMap(\.authors),
                        regions: doc.sections.map { $0.region?.path ?? Region.unknownPath },
                        characters: doc.source.scalars.reduce(0) { $0 + (ScalarClass.isWordLike($1) ? 1 : 0) },
                        leftoverLines: doc.leftoverLines.count, joins: doc.joins.count)
        }, consume: { _, f in
            files += 1
            encodings[f.encoding, default: 0] += 1
            sections += f.sections
            bylined += f.bylined
            authors.formUnion(f.authors)
            for r in f.regions { regions[r, default: 0] += 1 }
            chars += f.characters
            leftovers += f.leftoverLines
            joins += f.joins
        })
        let share = sections == 0 ? 0 : Double(bylined) * 100 / Double(sections)
        let regionList = regions.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        if args.value("--format") == "json" {
            var w = JSONWriter()
            w.beginObject()
            w.field("files", files)
            w.key("encodings"); w.beginObject(); for (k, v) in encodings.sorted(by: { $0.key < $1.key }) { w.field(k, v) }; w.endObject()
            w.field("unreadable", input.failures)
            w.field("sections", sections); w.field("bylined", bylined)
            w.field("distinct_authors", authors.count)
            w.key("regions"); w.beginObject(); for (k, v) in regionList { w.field(k, v) }; w.endObject()
            w.field("characters", chars); w.field("leftover_lines", leftovers); w.field("joins", joins)
            w.endObject()
            term.line(w.out)
        } else {
            term.line("files            \(files)  (" + encodings.sorted(by: { $0.key < $1.key }).map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")")
            if input.failures > 0 { term.line("unreadable       \(input.failures)") }
            term.line("sections         \(sections)  (bylined \(bylined), \(String(format: "%.1f", share))%)")
            term.line("distinct authors \(authors.count)")
            term.line("characters       \(chars)")
            term.line("column joins     \(joins)")
            term.line("leftover lines   \(leftovers)")
            term.line("regions          \(regionList.count)")
            for (k, v) in regionList { term.line("  \(v)\t\(k)") }
        }
        return input.failures > 0 ? 1 : 0
    }
}
