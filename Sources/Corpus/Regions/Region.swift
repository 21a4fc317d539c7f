/// A place at the three levels renpa reports: province (省级), prefecture (地级) and county (县级),
/// each by its full official name, plus the 6-digit division code of the finest level known.
///
/// A level the evidence does not settle is `nil`; a region is never guessed finer than its evidence.
public struct Region: Sendable, Hashable, Codable {
    /// Province-level unit, e.g. `内蒙古自治区`.
    public var province: String?
    /// Prefecture-level unit, e.g. `通辽市`, `兴安盟`.
    public var prefecture: String?
    /// County-level unit, e.g. `科尔沁左翼中旗`.
    public var county: String?
    /// Division code of the finest known level, e.g. `150521`.
    public var code: String?

    public init(province: String? = nil, prefecture: String? = nil, county: String? = nil, code: String? = nil) {
        self.province = province
        self.prefecture = prefecture
        self.county = county
        self.code = code
    }

    /// The group name used by reports: the known levels joined by `/`, or `(unknown)`.
    public var path: String {
        // (Appended level by level: an array of the parts joined cost several times as much,
        // asked for every section of a summary.)
        var out = ""
        var any = false
        for part in [province, prefecture, county] {
            guard let p = part else { continue }
            if any { out += "/" }
            out += p
            any = true
        }
        return any ? out : Region.unknownPath
    }

    /// The same region cut to the given level (`county` keeps everything).
    public func truncated(to level: RegionLevel) -> Region {
        switch level {
        case .province: return Region(province: province)
        case .prefecture: return Region(province: province, prefecture: prefecture)
        case .county: return self
        }
    }

    /// Group name for regions that are not known at all.
    public static let unknownPath = "(unknown)"
}

/// The administrative levels renpa groups by.
public enum RegionLevel: String, Sendable, CaseIterable {
    case province, prefecture, county
}
