/// The administrative level of a division in the national gazetteer.
public enum DivisionLevel: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// 省级: province, autonomous region, municipality, SAR.
    case province = 1
    /// 地级: prefecture-level city, league (盟), autonomous prefecture, area (地区).
    case prefecture = 2
    /// 县级: county, district, county-level city, banner (旗), forest area (林区).
    case county = 3
    /// 乡级: township, town, subdistrict (街道), sumu (苏木).
    case township = 4

    public static func < (lhs: DivisionLevel, rhs: DivisionLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One administrative division with its official name and 6-digit code.
///
/// Townships have no official code in the source data: their `code` is synthetic
/// (`<county code>.<ordinal>`, e.g. `150521.003`) and their `parentCode` is the county's
/// (or, for prefectures without counties such as 东莞市, the prefecture's) code.
public struct Division: Sendable, Hashable {
    /// 6-digit division code, e.g. `150521`; synthetic for townships.
    public let code: String
    /// Full official name, e.g. `科尔沁左翼中旗`.
    public let name: String
    /// Administrative level.
    public let level: DivisionLevel
    /// Code of the parent division; `nil` for provinces. A county directly administered by
    /// its province (省直辖, e.g. 仙桃市) has the province as parent.
    public let parentCode: String?

    public init(code: String, name: String, level: DivisionLevel, parentCode: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
    }
}

/// A place name found in a text by `Gazetteer.mentions(in:)`.
public struct PlaceMention: Sendable, Hashable {
    /// How the printed surface relates to the divisions it may name.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The full official name (`科尔沁左翼中旗`, `吕梁市`).
        case official
        /// A short form: province/prefecture short name (`内蒙古`, `通辽`), a suffix-less stem
        /// (`交城`), an ethnic county without its ethnic part (`元江县`).
        case shortForm
        /// A contraction (`科左中旗`, `乌前旗`, `扎旗`, `前旗`, `乌市`). Two-character
        /// contractions are ambiguous nationally and are resolved only by document context.
        case contraction
        /// A township-level name (`俄体镇`); township names repeat nationally.
        case township
        /// The name of a unit that has since been renamed or merged (`襄樊市` → `襄阳市`).
        case renamed
        /// A known stem with the wrong suffix (`石楼市` for `石楼县`).
        case wrongSuffix
    }

    /// Scalar offsets into the scanned text.
    public let range: Range<Int>
    /// The text as printed.
    public let surface: String
    /// Every division the surface may name (never empty).
    public let candidates: [Division]
    /// How the surface names them.
    public let kind: Kind
    /// For `renamed` and `wrongSuffix` mentions: the printed form that needs correcting (equal to `surface`).
    public let correctedFrom: String?

    public init(range: Range<Int>, surface: String, candidates: [Division], kind: Kind, correctedFrom: String?) {
        self.range = range
        self.surface = surface
        self.candidates = candidates
        self.kind = kind
        self.correctedFrom = correctedFrom
    }

    /// True for headline contractions of two characters (`前旗`, `扎旗`, `乌市`): never resolved without
    /// context. (Not a listed one, `托县`, `塔县`: each names one county, as printed.)
    public var isHeadlineContraction: Bool {
        kind == .contraction && range.count <= 2 && !GazetteerRules.isListedSurface(surface)
    }

    /// True for a short form printed without any administrative suffix (`交城`, `通辽`, `吕梁`).
    public var isBare: Bool {
        guard kind == .shortForm, let last = surface.unicodeScalars.last else { return false }
        return !GazetteerRules.suffixScalars.contains(last)
    }
}

/// Errors raised while loading a gazetteer table.
public enum GazetteerError: Error, CustomStringConvertible, Equatable {
    /// The bundled resource could not be found (was `Resources/gazetteer.tsv` copied into the target?).
    case resourceMissing(String)
    /// A record has the wrong number of fields.
    case malformedRecord(line: Int, record: String, expected: String)
    /// A record refers to a parent code that was not defined before it.
    case unknownParent(line: Int, code: String, parent: String)
    /// The same code was defined twice.
    case duplicateCode(line: Int, code: String)
    /// The table defines no province at all.
    case empty

    public var description: String {
        switch self {
        case .resourceMissing(let name):
            return "gazetteer resource \(name) not found in the Corpus bundle; regenerate it with Tests/Scripts/make_gazetteer.py and keep `resources: [.copy(\"Resources\")]` in Package.swift"
        case .malformedRecord(let line, let record, let expected):
            return "gazetteer line \(line): malformed record \(record.debugDescription); expected \(expected)"
        case .unknownParent(let line, let code, let parent):
            return "gazetteer line \(line): division \(code) names parent \(parent), which is not defined above it; parents must precede children"
        case .duplicateCode(let line, let code):
            return "gazetteer line \(line): code \(code) is defined twice"
        case .empty:
            return "gazetteer table defines no province; is the file empty or not a gazetteer TSV?"
        }
    }
}
