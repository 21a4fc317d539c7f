import Analysis
import Corpus

/// `renpa slogans`: numbered formulations, recurring quoted phrases and discovered phrases.
enum SlogansCommand: Command {
    static let name = "slogans"
    static let abstract = "Mine slogans: numbered formulations (四个意识, 一府一委两院), quoted and discovered phrases."
    static let usage = "[--kind numbered|quoted|discovered] [--by GROUP] [--min-count N] [--top N] [--format text|tsv|json] PATH..."
    static let discussion = """
    Two passes over the corpus: the first gathers evidence (numbered shapes, quoted phrases, n-gram
    cohesion and boundary entropy), the second counts every chosen slogan in every text,
    leftmost-longest, quoted or not.

    TSV (the contract): SLOGAN<TAB>KIND<TAB>COUNT ranked by count descending; with --by, GROUP first.
    """
    static let options: [OptionSpec] = [
        OptionSpec(names: ["--kind"], value: "K", help: "Only this kind.", choices: ["numbered", "quoted", "discovered"]),
        OptionSpec(names: ["--by"], value: "GROUP", help: "Count per group.", choices: GroupBy.allCases.map(\.rawValue)),
        OptionSpec(names: ["--min-count"], value: "N", help: "Only slogans counted at least N times (default 1)."),
        OptionSpec(names: ["--top"], value: "N", help: "At most N rows (per group with --by)."),
        OptionSpec(names: ["--no-discovery"], value: nil, help: "Skip statistical phrase discovery (faster)."),
        CommonOptions.format(["text", "tsv", "json"]), CommonOptions.glob, CommonOptions.jobs,
    ]

    static func run(_ args: ParsedArguments, _ term: Terminal) throws -> Int32 {
        var miner = SloganMiner()
        miner.discover = !args.flag("--no-discovery")
        let minCount = try args.int("--min-count", default: 1, min: 1, command: name)
        let top = args.value("--top") == nil ? nil : try args.int("--top", default: 0, min: 1, command: name)
        let kind = args.value("--kind").flatMap(SloganKind.init(rawValue:))
        let by = args.value("--by").flatMap(GroupBy.init(rawValue:))
        var input = try CorpusInput(args, command: name)
        // Pass 1: evidence.
        var acc = miner.makeAccumulator()
        let m = miner
        input.documents(term, transform: { doc -> SloganAccumulator in
            var a = m.makeAccumulator()
            for p in doc.groupedTexts(by: .file) { a.add(p.text.scalars) }
            return a
        }, consume: { _, a in acc.merge(a) })
        let set = miner.finish(acc)
        // Pass 2: counts per group.
        var counts = [String: [Int]]()
        let groupBy = by ?? .file
        var second = try CorpusInput(args, command: name)
        second.documents(term, transform: { doc -> [(String, [Int])] in
            var out = [(String, [Int])]()
            for p in doc.groupedTexts(by: groupBy) {
                var c = [Int](repeating: 0, count: set.entries.count)
                set.count(in: p.text.scalars, into: &c)
                for g in p.groups { out.append((by == nil ? "" : g, c)) }
            }
            return out
        }, consume: { _, rows in
            for (g, c) in rows {
                var t = counts[g] ?? [Int](repeating: 0, count: set.entries.count)
                for k in c.indices { t[k] += c[k] }
                counts[g] = t
            }
        })
        let format = args.value("--format") ?? "text"
        var w = JSONWriter()
        if format == "json" { w.beginObject(); w.key("slogans"); w.beginArray() }
        var text = ""
        for g in counts.keys.sorted() {
            var ranked = set.ranked(counts: counts[g]!).map(\.slogan).filter { $0.count >= minCount }
            if let kind { ranked = ranked.filter { $0.kind == kind } }
            if let top { ranked = Array(ranked.prefix(top)) }
            for s in ranked {
                switch format {
                case "tsv":
                    text += (by == nil ? "" : g + "\t") + "\(s.text)\t\(s.kind.rawValue)\t\(s.count)\n"
                case "json":
                    w.beginObject()
                    if by != nil { w.field("group", g) }
                    w.field("slogan", s.text); w.field("kind", s.kind.rawValue); w.field("count", s.count)
                    w.endObject()
                default:
                    let pad = String(repeating: " ", count: max(2, 26 - s.text.unicodeScalars.count * 2))
                    text += (by == nil ? "" : g + "  ") + "\(s.text)\(pad)\(s.kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))\(s.count)\n"
                }
            }
        }
        if format == "json" { w.endArray(); w.endObject(); term.line(w.out) } else { term.out(text) }
        return input.failures + second.failures > 0 ? 1 : 0
    }
}
