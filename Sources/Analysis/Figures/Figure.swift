// A quantity found in a section's normalized analysis text.

/// What a figure measures.
public enum FigureKind: String, Sendable, Codable {
    /// People, places, items, times: `3357名`, `2.2万余人次`, `六个`.
    case count
    /// Money: `16.39亿元`.
    case money
    /// Shares: `35%`, `百分之三十五`, `3个百分点`.
    case percent
    /// Spans of time: `五年`, `10年`, `半小时`.
    case duration
}

/// One quantity with its unit, as found by ``FigureExtractor``.
public struct Figure: Sendable, Hashable {
    /// Offsets into the normalized scalar array given to the extractor: from the first scalar of
    /// the number to the last scalar of the unit (`2.2万余人次`, `6500多名`). Approximation words
    /// outside that span (`约`, `近`, `左右`) are not included.
    public let range: Range<Int>
    /// The value with 万/亿 multiplied out: `2.2万余人次` → 22000, `半小时` → 0.5.
    public let value: Double
    /// The unit as written, without the multiplier: `人次`, `元`, `个`, `年`, `%`.
    public let unit: String
    /// True when the text marks the number as approximate: 余, 多, 近, 约, 左右, 超, 逾.
    public let approx: Bool
    /// What the figure measures.
    public let kind: FigureKind
    /// The normalized text of `range`.
    public let surface: String
    /// For the two bounds of a range (`3至5年`, `20—30个`, `100万~200万元`), which one this is; nil
    /// for a single figure. The lower bound takes the upper's unit and magnitude (`3至5万元` → 30000
    /// 元) and its `range` spans the whole range, so its surface reads `3至5年`.
    public let bound: RangeBound?

    /// Memberwise initializer.
    public init(range: Range<Int>, value: Double, unit: String, approx: Bool, kind: FigureKind, surface: String,
                bound: RangeBound? = nil) {
        self.bound = bound
        self.range = range
        self.value = value
        self.unit = unit
        self.approx = approx
        self.kind = kind
        self.surface = surface
    }
}

/// Which end of a printed range (`3至5年`) a figure is.
public enum RangeBound: String, Sendable, Codable {
    case lower, upper
}
