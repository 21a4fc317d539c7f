import Analysis

/// SARIF 2.1.0 for code-scanning tools: one run, the registered rules, one result per finding with
/// a `renpa/v1` partial fingerprint (rule + path + message with digits blanked). Columns are counted
/// in Unicode scalars (`columnKind: unicodeCodePoints`).
enum CheckSarifPrinter {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    static func render(_ o: CheckOutput, version: String) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("$schema", schema)
        w.field("version", "2.1.0")
        w.key("runs"); w.beginArray(); w.beginObject()
        w.key("tool"); w.beginObject(); w.key("driver"); w.beginObject()
        w.field("name", "renpa")
        w.field("version", version)
        w.key("rules"); w.beginArray()
        var ruleIndex = [String: Int]()
        for r in o.rules where ruleIndex[r.id] == nil {
            ruleIndex[r.id] = ruleIndex.count
            w.beginObject()
            w.field("id", r.id)
            w.key("shortDescription"); w.beginObject(); w.field("text", r.summary); w.endObject()
            w.key("defaultConfiguration"); w.beginObject(); w.field("level", r.defaultSeverity.rawValue); w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject(); w.endObject()
        w.field("columnKind", "unicodeCodePoints")
        w.key("results"); w.beginArray()
        for d in o.diagnostics {
            w.beginObject()
            w.field("ruleId", d.rule)
            if let i = ruleIndex[d.rule] { w.field("ruleIndex", i) }
            w.field("level", d.severity.rawValue)
            w.key("message"); w.beginObject(); w.field("text", d.message); w.endObject()
            w.key("locations"); w.beginArray(); w.beginObject()
            w.key("physicalLocation"); w.beginObject()
            w.key("artifactLocation"); w.beginObject(); w.field("uri", uri(d.path)); w.endObject()
            w.key("region"); w.beginObject(); w.field("startLine", d.line); w.field("startColumn", d.column); w.endObject()
            w.endObject()
            w.endObject(); w.endArray()
            w.key("partialFingerprints"); w.beginObject(); w.field("renpa/v1", d.fingerprint); w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject(); w.endArray()
        w.endObject()
        return w.out + "\n"
    }

    /// A relative path as a URI reference (`./` dropped, bytes outside unreserved characters and
    /// `/` percent-encoded); an absolute path as a `file://` URI.
    static func uri(_ path: String) -> String {
        var p = path
        while p.hasPrefix("./") { p.removeFirst(2) }
        var out = p.hasPrefix("/") ? "file://" : ""
        for b in p.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let h = String(b, radix: 16, uppercase: true)
                out += "%" + (h.count < 2 ? "0" + h : h)
            }
        }
        return out
    }
}
