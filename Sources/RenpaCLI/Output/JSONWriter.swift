/// A small streaming JSON writer with stable key order (renpa's output must be byte-identical
/// across runs and thread counts, so no dictionaries are serialised).
struct JSONWriter {
    private(set) var out = ""
    private var needComma = [false]

    init() {}

    mutating func beginObject() { separator(); out += "{"; needComma.append(false) }
    mutating func endObject() { needComma.removeLast(); out += "}" }
    mutating func beginArray() { separator(); out += "["; needComma.append(false) }
    mutating func endArray() { needComma.removeLast(); out += "]" }

    mutating func key(_ k: String) {
        separator()
        JSONWriter.quote(k, into: &out)
        out += ":"
        pendingValue = true
    }

    private var pendingValue = false

    private mutating func separator() {
        if pendingValue { pendingValue = false; return }
        if needComma[needComma.count - 1] { out += "," }
        needComma[needComma.count - 1] = true
    }

    mutating func string(_ s: String?) {
        separator()
        if let s { JSONWriter.quote(s, into: &out) } else { out += "null" }
    }
    mutating func int(_ v: Int?) { separator(); out += v.map(String.init) ?? "null" }
    mutating func bool(_ v: Bool) { separator(); out += v ? "true" : "false" }
    mutating func number(_ v: Double) {
        separator()
        // JSON has no infinity or NaN (a sum of huge figures can overflow).
        guard v.isFinite else { out += "null"; return }
        if v == v.rounded() && abs(v) < 1e15 { out += String(Int64(v)) } else { out += String(v) }
    }
    mutating func null() { separator(); out += "null" }
    mutating func raw(_ s: String) { separator(); out += s }

    mutating func field(_ k: String, _ v: String?) { key(k); string(v) }
    mutating func field(_ k: String, _ v: Int?) { key(k); int(v) }
    mutating func field(_ k: String, _ v: Bool) { key(k); bool(v) }
    mutating func field(_ k: String, number v: Double) { key(k); number(v) }
    mutating func field(_ k: String, strings: [String]) {
        key(k); beginArray(); for s in strings { string(s) }; endArray()
    }

    /// Appends `s` as a JSON string literal.
    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
