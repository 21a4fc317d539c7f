/// Names followed by what they did: `王芳 报道`, `王芳 李强/文`, `王芳 文  陈刚 图`, `王芳 撰文`. The
/// writers are the authors; a line that credits photographs only (`王芳 摄`) is left to
/// `PhotoCreditFamily`.
public struct NamesThenRoleFamily: BylineFamily {
    public let name = "names-role"
    /// Three to 30 scalars ending with a role word (`roleEnds`).
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 3...30, openingScalarSet: nil, lastScalarSet: roleEnds)
    static let writerRoles: Set<String> = ["文", "文图", "图文", "报道", "摄影报道", "图文报道", "撰文", "口述", "整理", "撰稿"]
    static let photoRoles: Set<String> = ["图", "摄", "摄影"]
    public init() {}
    /// Last scalars of the role words: a line must end with one.
    static let roleEnds = ScalarSet("文图摄道导影理稿述".unicodeScalars)

    public func recognize(_ line: LineScalars) -> BylineMatch? {
        let f = line.folded
        guard f.count >= 3, f.count <= 30, let last = f.last, NamesThenRoleFamily.roleEnds.contains(last),
              let first = f.first, ScalarClass.isHan(first),
              f.contains(where: { ScalarClass.isSpace($0) || $0 == "/" }) else { return nil }
        var tokens = [String]()
        var gaps = [Int]()  // before each token after the first: the spaces between
        var cur = String.UnicodeScalarView()
        var gap = 0
        for (k, c) in f.enumerated() {
            if ScalarClass.isSpace(c) || c == "/" {  // `王芳 文`, `李强/文`
                if !cur.isEmpty { tokens.append(String(cur)); cur = String.UnicodeScalarView(); gap = 0 }
                gap += c == "/" ? NamesThenRoleFamily.slashGap : 1
            } else if ScalarClass.isHan(c) || c == "·" {
                if cur.isEmpty && !tokens.isEmpty { gaps.append(gap) }
                cur.append(line.raw[k])
            } else {
                return nil
            }
        }
        if !cur.isEmpty { tokens.append(String(cur)) }
        if let spaced = NamesThenRoleFamily.regroupLetterSpaced(tokens, gaps: gaps) { tokens = spaced }
        var writers = [String](), pending = [String]()
        var sawRole = false, sawWriterRole = false
        for t in tokens {
            if NamesThenRoleFamily.writerRoles.contains(t) || NamesThenRoleFamily.photoRoles.contains(t) {
                guard !pending.isEmpty else { return nil }
                if NamesThenRoleFamily.writerRoles.contains(t) { writers += pending; sawWriterRole = true }
                pending = []
                sawRole = true
            } else if PersonName.isPlausible(t), t.unicodeScalars.count <= 3 || t.contains("·") {
                pending.append(t)
            } else {
                return nil
            }
        }
        guard sawRole, sawWriterRole, pending.isEmpty, !writers.isEmpty else { return nil }
        return BylineMatch(authors: writers, span: 0..<line.count)
    }

    /// What a slash between tokens counts as in `regroupLetterSpaced`: wider than any run of spaces,
    /// so it always parts two credits (`王 芳/文`).
    static let slashGap = 1_000

    /// A letter-spaced credit (`王 芳 文  陈 刚 图`, `王  芳    文`): every token one character, the
    /// credits set apart by wider gaps than the letters. Each group of letters is a name, or a
    /// name and its role when it ends with one (`王芳文` → `王芳`, `文`). Nil for any other line.
    static func regroupLetterSpaced(_ tokens: [String], gaps: [Int]) -> [String]? {
        guard tokens.count >= 3, gaps.count == tokens.count - 1, tokens.allSatisfy({ $0.unicodeScalars.count == 1 }),
              let narrow = gaps.min(), gaps.contains(where: { $0 > narrow }) else { return nil }
        var groups = [[String]]()
        var cur = [tokens[0]]
        for (k, g) in gaps.enumerated() {
            if g > narrow { groups.append(cur); cur = [] }
            cur.append(tokens[k + 1])
        }
        groups.append(cur)
        var out = [String]()
        for g in groups {
            if g.count >= 3, let last = g.last, writerRoles.contains(last) || photoRoles.contains(last) {
                out.append(g.dropLast().joined())
                out.append(last)
            } else {
                out.append(g.joined())
            }
        }
        return out
    }
}
