import Analysis
import Corpus
import Foundation

/// `renpa figures`: every quantity with a unit, with value, unit and approximation marker.
enum FiguresCommand: Command {
    static let name = "figures"
    static let abstract = "Extract figures (3357 名, 2.2 万余人次, 16.39 亿元, 三十余次) with value, unit and approx."
    static let usage = "[--unit U] [--kind K] [--min X] [--summary] [--format text|tsv|json] PATH..."
    static let discussion = """
    Values have 万/亿 multiplied out (2.2 万 → 22000); money is in 元. approx is set for 余/多/近/约/超/逾/不足/至少 before and 左右/以上/以下/以内 after.
    Dates, ordinals (第二十次, 十九届, 二十大), numbered slogans and idioms are not figures.

    JSON (the contract): {"figures":[{"file","line","column","text" (as printed),"value","unit","approx",
    "kind" (count|money|percent|duration),"context","section","region"}]}; line is where the number starts.
    A range (3至5年, 20—30个, 100万~200万元) gives both bounds as figures, the lower one taking the
    upper's unit and magnitude, marked "bound":"lower"|"upper" in JSON; ordinal ranges (第3至5条) none.
    --summary prints totals per unit and region instead (a range counted once, at its lower bound).
    """
    static let options: [OptionSpec] = [
        OptionSpec(names: ["--unit"], value: "U", help: "Only figures with this unit (e.g. 人次)."),
        OptionSpec(names: ["--kind"], value: "K", help: "Only this kind.", choices: ["count", "money", "percent", "duration"]),
        OptionSpec(names: ["--min"], value: "X", help: "Only values of at least X."),
        OptionSpec(names: ["--summary"], value: nil, help: "Totals per unit and region."),
        CommonOptions.format(["text", "tsv", "json"]), CommonOptions.glob, CommonOptions.jobs,
    ]

    struct Row: Sendable {
        var file: String, line: Int, column: Int, text: String, value: Double, unit: String
        var approx: Bool, kind: String, context: String, section: Int?, region: String
        var bound: RangeBound? = nil
    }

    /// Figures of one document in reading order of sections, then leftovers.
    static func rows(_ doc: Document, extractor: FigureExtractor) -> [Row] {
        var out = [Row]()
        for (k, piece) in doc.groupedTexts(by: .county).enumerated() {
            let t = piece.text
            for f in extractor.figures(in: t.scalars) {
                guard let span = t.span(of: f.range, in: doc.source) else { continue }
                let ctx = t.excerpt((f.range.lowerBound - 12)..<(f.range.upperBound + 12))
                out.append(Row(file: doc.source.path, line: span.startLine, column: span.column, text: span.printed,
                               value: f.value, unit: f.unit, approx: f.approx, kind: f.kind.rawValue, context: ctx,
                               section: k < doc.sections.count ? k + 1 : nil, region: piece.groups.first ?? Region.unknownPath,
                               bound: f.bound))
            }
        }
        return out.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    static func run(_ args: ParsedArguments, _ term: Terminal) throws -> Int32 {
        var input = try CorpusInput(args, command: name)
        let unit = args.value("--unit"), kind = args.value("--kind")
        let minimum = try args.double("--min", command: name)
        let format = args.value("--format") ?? "text"
        let summary = args.flag("--summary")
        let extractor = FigureExtractor()
        var totals = [String: (count: Int, value: Double)]()
        var first = true
        if format == "json" && !summary { term.out("{\"figures\":[") }
        if format == "tsv" && !summary { term.out("file\tline\ttext\tvalue\tunit\tapprox\tkind\tregion\tcontext\n") }
        input.documents(term, transform: { doc in rows(doc, extractor: extractor) }, consume: { _, rs in
            var s = ""
            for r in rs {
                if let unit, r.unit != unit { continue }
                if let kind, r.kind != kind { continue }
                if let minimum, r.value < minimum { continue }
                if summary {
                    // A range counts once, at its lower bound (the least the text claims).
                    if r.bound == .upper { continue }
                    let key = "\(r.unit)\t\(r.region)"
                    let old = totals[key] ?? (0, 0)
                    totals[key] = (old.count + 1, old.value + r.value)
                    continue
                }
                switch format {
                case "json":
                    var w = JSONWriter()
                    w.beginObject()
                    w.field("file", r.file); w.field("line", r.line); w.field("column", r.column); w.field("text", r.text)
                    w.field("value", number: r.value); w.field("unit", r.unit); w.field("approx", r.approx)
                    w.field("kind", r.kind); w.field("context", r.context); w.field("section", r.section); w.field("region", r.region)
                    if let b = r.bound { w.field("bound", b.rawValue) }
                    w.endObject()
                    s += (first ? "" : ",\n") + w.out
                case "tsv":
                    s += "\(r.file)\t\(r.line)\t\(r.text.replacingOccurrences(of: "\n", with: "\\n"))\t\(formatValue(r.value))\t\(r.unit)\t\(r.approx)\t\(r.kind)\t\(r.region)\t\(r.context)\n"
                default:
                    s += "\(r.file):\(r.line):\(r.column)  \(r.text.replacingOccurrences(of: "\n", with: "⏎"))  = \(formatValue(r.value)) \(r.unit)\(r.approx ? " (approx)" : "")\(r.bound.map { " (\($0.rawValue) bound)" } ?? "")  [\(r.kind)]  \(r.region)\n"
                }
                first = false
            }
            term.out(s)
        })
        if summary {
            let keys = totals.keys.sorted()
            if format == "json" {
                var w = JSONWriter()
                w.beginObject(); w.key("totals"); w.beginArray()
                for k in keys {
                    let p = k.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                    w.beginObject(); w.field("unit", p[0]); w.field("region", p[1])
                    w.field("figures", totals[k]!.count); w.field("sum", number: totals[k]!.value); w.endObject()
                }
                w.endArray(); w.endObject()
                term.line(w.out)
            } else {
                if format == "tsv" { term.line("unit\tregion\tfigures\tsum") }
                for k in keys { term.line("\(k)\t\(totals[k]!.count)\t\(formatValue(totals[k]!.value))") }
            }
        } else if format == "json" {
            term.out("]}\n")
        }
        return input.failures > 0 ? 1 : 0
    }

    static func formatValue(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}
