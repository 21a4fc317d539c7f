import Analysis

/// `--format json`: counts and findings for scripts, keys in a fixed order.
/// `{"files","sections","errors","warnings","notes","suppressed","diagnostics":[{"path","line",
/// "column","severity","rule","message","fingerprint"}]}`
enum CheckJSONPrinter {
    static func render(_ o: CheckOutput) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("files", o.files)
        w.field("sections", o.sections)
        w.field("errors", o.count(.error))
        w.field("warnings", o.count(.warning))
        w.field("notes", o.count(.note))
        w.field("suppressed", o.suppressed)
        w.key("diagnostics"); w.beginArray()
        for d in o.diagnostics { finding(d, &w) }
        w.endArray()
        w.endObject()
        return w.out + "\n"
    }

    static func finding(_ d: Diagnostic, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("path", d.path)
        w.field("line", d.line)
        w.field("column", d.column)
        w.field("severity", d.severity.rawValue)
        w.field("rule", d.rule)
        w.field("message", d.message)
        w.field("fingerprint", d.fingerprint)
        w.endObject()
    }

    /// The file `--write-baseline` writes: one finding per line, so that it diffs well.
    static func baseline(_ diagnostics: [Diagnostic]) -> String {
        var s = "{\"version\":1,\"tool\":\"renpa check\",\"findings\":["
        for (i, d) in diagnostics.sorted(by: Diagnostic.reportOrder).enumerated() {
            var w = JSONWriter()
            finding(d, &w)
            s += (i == 0 ? "\n" : ",\n") + w.out
        }
        s += "\n]}\n"
        return s
    }
}
