/// A WeChat export's header for a signed original: `原创　和丽萍　玉龙县人大　2024年09月20日 18:30　云南`
/// — 原创, the author, the account, the date and time (and the place). The author is the word after
/// 原创 when an account follows it and it reads as a person's name; a header with the account alone
/// (`原创 贺兰人大 贺兰县人大常委会 2024年05月20日 18:30 宁夏`: an account's nickname, then its name) is
/// page furniture (`PageFurnitureFamily`).
public struct OriginalMarkFamily: BylineFamily {
    public let name = "wechat-original"
    /// Up to 80 scalars opening with 原.
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...80, openingScalars: "原")
    /// Last characters of a unit's name (`宣传科`, `信息部`, `办公室`).
    static let unitEnds = ScalarSet(Array("科部室处办局组站委会队所".unicodeScalars))
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        let f = line.folded
        guard PageFurnitureFamily.isOriginalMark(f) else { return nil }
        let words = f.split(whereSeparator: ScalarClass.isSpace).map { Array($0) }
        // The words before the date: 原创, then the author and the account.
        guard let date = words.firstIndex(where: { PageFurnitureFamily.isFullDate($0) || PageFurnitureFamily.isTimestamp(ScalarWindow($0)) }),
              date >= 3 else { return nil }
        // A person's name, not a department (`宣传科`), a place's name (`华宁`, `张家港`) or a word
        // (`江城`, `文明`) an account goes by, nor the start of the account's name.
        func person(_ a: [Unicode.Scalar], before account: [Unicode.Scalar]) -> Bool {
            guard PersonName.isLikelyAlone(String(String.UnicodeScalarView(a))), let last = a.last,
                  !OriginalMarkFamily.unitEnds.contains(last), !(a.count == 2 && CommonWords.shared.isWord(a[0], a[1])),
                  !Gazetteer.shared.mentions(in: a).contains(where: { $0.range == 0..<a.count }) else { return false }
            return !account.starts(with: a)
        }
        // Several authors before the account (`原创　巩丽萍　豆志强　正宁人大　…`) when every word
        // between 原创 and the account reads as a name; else the one after 原创.
        let names = Array(words[1..<(date - 1)])
        if names.count >= 2, names.allSatisfy({ person($0, before: words[date - 1]) }) {
            return BylineMatch(authors: names.map { String(String.UnicodeScalarView($0)) }, span: 0..<line.count)
        }
        guard person(words[1], before: words[2]) else { return nil }
        return BylineMatch(authors: [String(String.UnicodeScalarView(words[1]))], span: 0..<line.count)
    }
}
