/// `□ 本报评论员`, `人民日报评论员`: a commentary signed by the outlet's commentator, with no
/// personal name. The pen name is the author (the section is bylined); with names after it
/// (`本报评论员 王芳`) the reporter family reads the line instead.
public struct CommentatorFamily: BylineFamily {
    public let name = "commentator"
    /// Up to 16 scalars ending with 评论员.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...16, lastScalars: "员")
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        guard line.count <= 16, line.folded.last == "员" else { return nil }
        let start = BylineParts.afterMark(line) ?? 0
        guard let (end, role) = BylineParts.role(in: line, at: start), end == line.count,
              role.unicodeScalars.suffix(3).elementsEqual("评论员".unicodeScalars) else { return nil }
        return BylineMatch(authors: [role], span: 0..<line.count)
    }
}
