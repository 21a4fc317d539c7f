import Corpus

/// `renpa regions`: each section's region with its evidence, every place mention and what it
/// resolved to, and the corrected or unresolved mentions.
enum RegionsCommand: Command {
    static let name = "regions"
    static let abstract = "List place mentions, the unit each resolved to and why; corrections and ambiguities."
    static let usage = "[--format text|tsv|json] PATH..."
    static let discussion = """
    A mention resolves to the candidate inside its section's region (the most specific unit the byline
    and body agree on); a short form the document's context does not settle stays ambiguous and is
    listed with its candidates. Notes: corrected suffixes (石楼市 → 石楼县 (吕梁市)), ambiguous short
    forms, unknown places, byline/body conflicts.

    TSV: FILE<TAB>LINE<TAB>COLUMN<TAB>SECTION<TAB>MENTION<TAB>KIND<TAB>RESOLVED<TAB>NOTE
    """
    static let options: [OptionSpec] = [CommonOptions.format(["text", "tsv", "json"]), CommonOptions.glob, CommonOptions.jobs]

    struct Row: Sendable {
        var file: String, line: Int, column: Int, section: Int, mention: String, kind: String, resolved: String, note: String
    }

    static func rows(_ doc: Document) -> (sections: [(Int, String, String)], rows: [Row]) {
        let g = Gazetteer.shared
        var rows = [Row]()
        var secs = [(Int, String, String)]()
        for (i, s) in doc.sections.enumerated() {
            secs.append((i + 1, s.region?.path ?? Region.unknownPath, s.regionEvidence.joined(separator: "; ")))
            var t = AnalysisText()
            for l in s.titleLines { t.append(doc.source, range: doc.source.lineRange(l)); t.breakParagraph() }
            if let b = s.byline { t.append(doc.source, range: b.range); t.breakParagraph() }
            let body = doc.analysisText(of: s)
            for (text, isBody) in [(t, false), (body, true)] {
                for m in g.mentions(in: text.scalars) {
                    guard let span = text.span(of: m.range, in: doc.source) else { continue }
                    // Bodies are full of bare stems; list what is named outright, and all header mentions.
                    if isBody && m.kind == .shortForm && m.candidates.count > 3 { continue }
                    let inside = m.candidates.filter { c in
                        guard let r = s.region else { return false }
                        let cr = g.region(for: c)
                        return (r.province == nil || cr.province == r.province) && (r.prefecture == nil || cr.prefecture == r.prefecture)
                    }
                    // Bare stems (复兴, 宏伟) are words far more often than places: only those inside the region.
                    if m.isBare && inside.isEmpty { continue }
                    let resolved: String
                    if inside.count == 1 || m.candidates.count == 1 {
                        resolved = g.region(for: (inside.first ?? m.candidates[0])).path
                    } else {
                        resolved = "ambiguous: " + m.candidates.prefix(4).map { g.region(for: $0).path }.joined(separator: " | ")
                    }
                    let note = m.correctedFrom.map { "printed as \($0)" } ?? ""
                    rows.append(Row(file: doc.source.path, line: span.startLine, column: span.column, section: i + 1,
                                    mention: m.surface, kind: m.kind.rawValue, resolved: resolved, note: note))
                }
            }
        }
        for n in doc.placeNotes {
            rows.append(Row(file: doc.source.path, line: n.line, column: n.column, section: (n.section ?? -1) + 1,
                            mention: n.surface, kind: "note:" + n.kind.rawValue, resolved: "", note: n.message))
        }
        rows.sort { ($0.line, $0.column, $0.kind) < ($1.line, $1.column, $1.kind) }
        return (secs, rows)
    }

    static func run(_ args: ParsedArguments, _ term: Terminal) throws -> Int32 {
        var input = try CorpusInput(args, command: name)
        let format = args.value("--format") ?? "text"
        var w = JSONWriter()
        if format == "json" { w.beginObject(); w.key("files"); w.beginArray() }
        input.documents(term, transform: { doc in (doc.source.path, rows(doc)) }, consume: { _, r in
            let (path, result) = r
            switch format {
            case "json":
                w.beginObject(); w.field("path", path)
                w.key("sections"); w.beginArray()
                for s in result.sections { w.beginObject(); w.field("section", s.0); w.field("region", s.1); w.field("evidence", s.2); w.endObject() }
                w.endArray()
                w.key("mentions"); w.beginArray()
                for m in result.rows {
                    w.beginObject(); w.field("line", m.line); w.field("column", m.column); w.field("section", m.section)
                    w.field("mention", m.mention); w.field("kind", m.kind); w.field("resolved", m.resolved); w.field("note", m.note)
                    w.endObject()
                }
                w.endArray(); w.endObject()
            case "tsv":
                var s = ""
                for m in result.rows { s += "\(m.file)\t\(m.line)\t\(m.column)\t\(m.section)\t\(m.mention)\t\(m.kind)\t\(m.resolved)\t\(m.note)\n" }
                term.out(s)
            default:
                var s = "== \(path)\n"
                for x in result.sections { s += "  [\(x.0)] \(x.1)\(x.2.isEmpty ? "" : "  (\(x.2))")\n" }
                for m in result.rows {
                    s += "  \(m.line):\(m.column)  \(m.mention)  \(m.kind)  → \(m.resolved)\(m.note.isEmpty ? "" : "  [\(m.note)]")\n"
                }
                term.out(s)
            }
        })
        if format == "json" { w.endArray(); w.endObject(); term.line(w.out) }
        return input.failures > 0 ? 1 : 0
    }
}
