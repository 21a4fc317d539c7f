/// `□ 本报记者 梁英杰`, `■ 本报记者 NAME 实习生 NAME`, `记者 NAME 通讯员 NAME`.
public struct ReporterFamily: BylineFamily {
    public let name = "reporter"
    /// Up to 64 scalars, and a role (`BylineParts.mayHoldRole`).
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...64, cueSets: BylineParts.roleCueSets)
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 64, BylineParts.mayHoldRole(line) else { return nil }
        let start = BylineParts.afterMark(line) ?? 0
        // A credit word after the names says what they did, not who: `本报记者 何静 文/图`.
        guard BylineParts.role(in: line, at: BylineParts.skipSpace(line, start)) != nil else { return nil }
        // `本报记者 吴 昊  摄`: a photo's credit with the photographer's title, `PhotoCreditFamily`'s, as
        // `本报记者 吴昊  摄` is. (Not a writer's and a photographer's credits on one line,
        // `本报记者 何 静 文  王 芳  摄`: the writer's is read here.)
        if PhotoCreditFamily.endsWithSpacedMark(line), !ReporterFamily.hasTextCredit(line) { return nil }
        var end = BylineParts.trimmingCredit(line, from: start, to: line.count)
        // `记者 王芳 摄影 李强`: the photographer after the writers is no author.
        if let p = ReporterFamily.photoCredit(line, from: start, to: end) { end = p }
        guard let (office, names) = BylineParts.roleNames(line, from: start, to: end) else { return nil }
        return BylineMatch(authors: names, office: office, span: 0..<line.count)
    }

    /// Whether a text credit (`文`, `文字`) stands alone between spaces in the line.
    static func hasTextCredit(_ line: LineScalars) -> Bool {
        let f = line.folded
        var i = 1
        while i + 1 < f.count {
            if f[i] == "文", ScalarClass.isSpace(f[i - 1]), ScalarClass.isSpace(f[i + 1]) || (f[i + 1] == "字" && i + 2 < f.count && ScalarClass.isSpace(f[i + 2])) { return true }
            i += 1
        }
        return false
    }

    static let photoWords: [[Unicode.Scalar]] = ["摄影", "图片", "摄", "图"].map { Array($0.unicodeScalars) }

    /// Where a photographer's credit (` 摄影 NAME`, ` 图 NAME`) starts after the names, if any.
    static func photoCredit(_ line: LineScalars, from start: Int, to end: Int) -> Int? {
        var i = start + 1
        while i < end {
            if ScalarClass.isSpace(line.folded[i - 1]) {
                for w in photoWords where line.has(w, at: i) && i + w.count < end
                    && (ScalarClass.isSpace(line.folded[i + w.count]) || line.folded[i + w.count] == "/" || line.folded[i + w.count] == ":") {
                    var e = i
                    while e > start && ScalarClass.isSpace(line.folded[e - 1]) { e -= 1 }
                    return e
                }
            }
            i += 1
        }
        return nil
    }
}
