import Analysis
import Corpus
import Foundation

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
        var phrases: [Int]
        var figures: [String: (count: Int, sum: Double)]
        var slogans: SloganAccumulator
        var placeNotes: Int
    }

    /// Counts a figure of `value` into a unit's count and sum.
    static func add(_ value: Double, to entry: inout (count: Int, sum: Double)) {
        entry = (entry.count + 1, entry.sum + value)
    }

    static func run(_ args: ParsedArguments, _ term: Terminal) throws -> Int32 {
        var input = try CorpusInput(args, command: name)
        var files = 0, sections = 0, bylined = 0, chars = 0, leftovers = 0, joins = 0
        var encodings = [String: Int]()
        var authors = Set<String>()
        var regions = [String: Int]()
        var miner = SloganMiner()
        miner.discover = false
        let m = miner
        let counter = PhraseCounter(lexicon: .builtIn)
        let extractor = FigureExtractor()
        var phraseTotals = [Int](repeating: 0, count: counter.phrases.count)
        var figureTotals = [String: (count: Int, sum: Double)]()
        var slogans = miner.makeAccumulator()
        var placeNotes = 0
        input.documents(term, transform: { doc in
            // Each section's normalised text once, for phrases, figures and slogans alike.
            let pieces = doc.groupedTexts(by: .file)
            var figures = [String: (count: Int, sum: Double)]()
            var sloganEvidence = m.makeAccumulator()
            for piece in pieces {
                for f in extractor.figures(in: piece.text.scalars) where f.bound != .upper {
                    // A range counts once, at its lower bound (as `figures --summary` counts it).
                    // (Counted in place: one lookup of the unit, not a read and a write.)
                    StatsCommand.add(f.value, to: &figures[f.unit, default: (0, 0)])
                }
                sloganEvidence.add(piece.text.scalars)
            }
            return FileSummary(encoding: doc.source.encoding.rawValue, sections: doc.sections.count,
                               bylined: doc.sections.reduce(0) { $1.authors.isEmpty ? $0 : $0 + 1 },
                               authors: doc.sections.flatMap(\.authors),
                               regions: doc.sections.map { $0.region?.path ?? Region.unknownPath },
                               characters: ScalarClass.wordLikeCount(doc.source.scalars),
                               leftoverLines: doc.leftoverLines.count, joins: doc.joins.count,
                               phrases: counter.totalCounts(pieces),
                               figures: figures, slogans: sloganEvidence, placeNotes: doc.placeNotes.count)
        }, consume: { _, f in
            for k in phraseTotals.indices { phraseTotals[k] += f.phrases[k] }
            for (u, v) in f.figures { let o = figureTotals[u] ?? (0, 0); figureTotals[u] = (o.count + v.count, o.sum + v.sum) }
            slogans.merge(f.slogans)
            placeNotes += f.placeNotes
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
        let topPhrases = phraseTotals.indices.filter { phraseTotals[$0] > 0 }
            .sorted { phraseTotals[$0] != phraseTotals[$1] ? phraseTotals[$0] > phraseTotals[$1] : counter.phrases[$0] < counter.phrases[$1] }
            .prefix(10)
        let topSlogans = slogans.provisionalRanking().prefix(10)
        let units = figureTotals.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
        let figureCount = figureTotals.values.reduce(0) { $0 + $1.count }
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
            w.field("place_notes", placeNotes)
            w.key("top_phrases"); w.beginArray()
            for k in topPhrases { w.beginObject(); w.field("phrase", counter.phrases[k]); w.field("count", phraseTotals[k]); w.endObject() }
            w.endArray()
            w.key("top_slogans"); w.beginArray()
            for s in topSlogans { w.beginObject(); w.field("slogan", s.text); w.field("kind", s.kind.rawValue); w.field("count", s.count); w.endObject() }
            w.endArray()
            w.key("figures"); w.beginObject(); w.field("total", figureCount)
            w.key("by_unit"); w.beginArray()
            for (u, v) in units { w.beginObject(); w.field("unit", u); w.field("count", v.count); w.field("sum", number: v.sum); w.endObject() }
            w.endArray(); w.endObject()
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
            term.line("place notes      \(placeNotes)  (renpa regions lists them)")
            term.line("regions          \(regionList.count)")
            for (k, v) in regionList { term.line("  \(v)\t\(k)") }
            term.line("top phrases")
            for k in topPhrases { term.line("  \(phraseTotals[k])\t\(counter.phrases[k])") }
            term.line("top slogans (one-pass counts; renpa slogans has the exact ones)")
            for s in topSlogans { term.line("  \(s.count)\t\(s.text)\t\(s.kind.rawValue)") }
            term.line("figures          \(figureCount)")
            for (u, v) in units.prefix(8) { term.line("  \(v.count)\t\(u)\tsum \(FiguresCommand.formatValue(v.sum))") }
        }
        return input.failures > 0 ? 1 : 0
    }
}
