import Corpus

/// Renders documents for `renpa sections` (JSON contract and a text view).
enum DocumentRendering {
    /// Body lines in reading order as 1-based inclusive ranges; consecutive lines merge only when
    /// nothing but blank lines lies between them.
    static func lineRanges(_ lines: [Int], source: SourceText) -> [[Int]] {
        var out = [[Int]]()
        for l in lines {
            if var last = out.last, l > last[1], onlyBlank(source, from: last[1] + 1, to: l - 1) {
                last[1] = l
                out[out.count - 1] = last
            } else {
                out.append([l, l])
            }
        }
        return out
    }

    static func onlyBlank(_ s: SourceText, from a: Int, to b: Int) -> Bool {
        guard a <= b else { return true }
        for n in a...b where s.scalars[s.lineRange(n)].contains(where: { !ScalarClass.isSpace($0) }) { return false }
        return true
    }

    static func ranges(_ lines: [Int]) -> [[Int]] {
        var out = [[Int]]()
        for l in lines.sorted() {
            if var last = out.last, last[1] == l - 1 { last[1] = l; out[out.count - 1] = last } else { out.append([l, l]) }
        }
        return out
    }

    /// One file's object in `{"files":[…]}`.
    static func json(_ doc: Document) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("path", doc.source.path)
        w.field("encoding", doc.source.encoding.rawValue)
        w.key("sections"); w.beginArray()
        for s in doc.sections {
            w.beginObject()
            w.field("title", s.title)
            w.field("authors", strings: s.authors)
            w.field("office", s.office)
            w.key("region")
            if let r = s.region {
                w.beginObject()
                w.field("province", r.province); w.field("prefecture", r.prefecture)
                w.field("county", r.county); w.field("code", r.code)
                w.endObject()
            } else { w.null() }
            w.key("byline")
            if let b = s.byline {
                w.beginObject()
                w.field("line", b.line); w.field("text", b.text); w.field("family", b.family)
                if let role = b.role { w.field("role", role) }
                w.endObject()
            } else { w.null() }
            if let p = s.provinceHint { w.field("province_hint", p) }
            if let f = s.footer { w.field("footer", f) }
            w.key("title_lines"); w.beginArray(); for l in s.titleLines { w.int(l) }; w.endArray()
            w.key("lines"); w.beginArray()
            for r in lineRanges(s.bodyLines, source: doc.source) { w.beginArray(); w.int(r[0]); w.int(r[1]); w.endArray() }
            w.endArray()
            w.field("text", doc.displayText(of: s))
            w.endObject()
        }
        w.endArray()
        w.key("joins"); w.beginArray()
        for j in doc.joins { w.beginArray(); w.int(j.0); w.int(j.1); w.endArray() }
        w.endArray()
        w.key("furniture"); w.beginArray()
        for r in ranges(doc.furnitureLines) { w.beginArray(); w.int(r[0]); w.int(r[1]); w.endArray() }
        w.endArray()
        w.key("leftovers"); w.beginArray()
        for r in ranges(doc.leftoverLines) { w.beginArray(); w.int(r[0]); w.int(r[1]); w.endArray() }
        w.endArray()
        if !doc.placeNotes.isEmpty { w.field("place_notes", strings: doc.placeNotes.map { "\($0.line):\($0.column): \($0.kind.rawValue): \($0.message)" }) }
        w.endObject()
        return w.out
    }

    /// A person's view of one file.
    static func text(_ doc: Document, preview: Int = 60) -> String {
        var s = "== \(doc.source.path) (\(doc.source.encoding.rawValue), \(doc.sections.count) sections)\n"
        for (i, sec) in doc.sections.enumerated() {
            s += "\n[\(i + 1)] \(sec.title ?? "(untitled)")\n"
            if !sec.authors.isEmpty || sec.office != nil {
                s += "    by      \(sec.authors.joined(separator: "、"))"
                if let o = sec.office { s += "  (\(o))" }
                if let b = sec.byline { s += "  line \(b.line)" }
                s += "\n"
            }
            s += "    region  \(sec.region?.path ?? Region.unknownPath)\n"
            let lines = lineRanges(sec.bodyLines, source: doc.source).map { $0[0] == $0[1] ? "\($0[0])" : "\($0[0])-\($0[1])" }
            s += "    lines   \(lines.joined(separator: ","))\n"
            let t = doc.displayText(of: sec).replacingNewlines
            let sc = Array(t.unicodeScalars)
            var v = String.UnicodeScalarView()
            v.append(contentsOf: sc.prefix(preview))
            s += "    text    \(String(v))\(sc.count > preview ? "…" : "")\n"
        }
        if !doc.joins.isEmpty { s += "\njoins: " + doc.joins.map { "\($0.0)→\($0.1)" }.joined(separator: " ") + "\n" }
        if !doc.leftoverLines.isEmpty {
            s += "leftovers: " + ranges(doc.leftoverLines).map { $0[0] == $0[1] ? "\($0[0])" : "\($0[0])-\($0[1])" }.joined(separator: ",") + "\n"
        }
        return s
    }
}

extension String {
    var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ¶ ") }
}
