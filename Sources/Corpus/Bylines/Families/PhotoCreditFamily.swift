/// `张妍  摄`, `（记者 NAME 摄）`, `NAME/摄`: a photo credit closing a picture story or caption.
public struct PhotoCreditFamily: BylineFamily {
    /// Whether a line ends with 摄 set apart by white space (`程 光  摄`, `本报记者 吴 昊  摄`): a photo's
    /// credit, this family's, whatever family reads the names before it. (Letter-spaced names
    /// would take 摄 for a third character.)
    static func endsWithSpacedMark(_ line: LineScalars) -> Bool {
        line.count >= 2 && line.folded[line.count - 1] == "摄" && ScalarClass.isSpace(line.folded[line.count - 2])
    }
    public let name = "photo-credit"
    /// Three scalars at least, ending with 摄 or a bracket.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 3...Int.max, lastScalars: ")摄")
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        let f = line.folded
        var end = f.count
        var bracketed = false
        if f.last == ")" { bracketed = true; end -= 1 }
        guard end >= 3, f[end - 1] == "摄" else { return nil }
        var k = end - 1
        while k > 0 && (ScalarClass.isSpace(f[k - 1]) || f[k - 1] == "/" || f[k - 1] == ":") { k -= 1 }
        let namesEnd = k
        // Names run left to an opening bracket, a wide gap, or the line start.
        var j = namesEnd
        var gap = 0
        while j > 0 {
            let c = f[j - 1]
            if bracketed && c == "(" { break }
            if ScalarClass.isSpace(c) {
                gap += 1
                if gap >= 2 && j - 1 > 0 && ScalarClass.isSpace(f[j - 2]) && !bracketed { break }
            } else {
                if !ScalarClass.isHan(c) && c != "·" { break }
                gap = 0
            }
            j -= 1
        }
        while j < namesEnd && ScalarClass.isSpace(f[j]) { j += 1 }
        var spanStart = j
        if bracketed {
            guard j > 0, f[j - 1] == "(" else { return nil }
            spanStart = j - 1
        } else if j > 0 {
            // Not bracketed: the credit must stand apart from the text before it, by a space, or by
            // the end of its sentence when a space sets 摄 apart (`…解决技术难题。陆志刚　摄`).
            guard ScalarClass.isSpace(f[j - 1]) || (ScalarClass.isSentenceFinal(f[j - 1]) && namesEnd < end - 1) else { return nil }
        }
        var nameStart = j
        var office: String?
        if let (roleEnd, role) = BylineParts.role(in: line, at: j) { office = role; nameStart = roleEnd }
        guard nameStart < namesEnd, let names = PersonName.splitNames(line.raw[nameStart..<namesEnd]), names.count <= 3 else { return nil }
        return BylineMatch(authors: names, office: office, placement: .closing, role: "photographer",
                           span: spanStart..<line.count)
    }
}
