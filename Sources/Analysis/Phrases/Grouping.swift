import Corpus

/// How counts are grouped, in quanteda's sense of `textstat_frequency(groups =)`.
public enum GroupBy: String, Sendable, CaseIterable {
    case file, section, author, county, prefecture, province

    /// The region level a region grouping uses (nil for file, section, author).
    public var level: RegionLevel? {
        switch self {
        case .county: return .county
        case .prefecture: return .prefecture
        case .province: return .province
        default: return nil
        }
    }
}

/// Group names for sections and for text outside sections.
public enum Grouping {
    /// Name used for authorless text when grouping by author.
    public static let noAuthor = "(no author)"

    /// The groups a section counts towards (several for a section with several authors).
    public static func keys(for section: Section, index: Int, in doc: Document, by: GroupBy) -> [String] {
        switch by {
        case .file: return [doc.source.path]
        case .section: return ["\(doc.source.path)#\(index + 1)"]
        case .author: return section.authors.isEmpty ? [noAuthor] : section.authors
        case .county, .prefecture, .province:
            return [(section.region ?? Region()).truncated(to: by.level!).path]
        }
    }

    /// The group of text that belongs to no section (leftover lines).
    public static func leftoverKey(in doc: Document, by: GroupBy) -> String {
        switch by {
        case .file: return doc.source.path
        case .section: return "\(doc.source.path)#leftovers"
        case .author: return noAuthor
        default: return Region.unknownPath
        }
    }
}

/// One group's text: the normalised scalars of each section (title, body, captions) or leftover.
public struct GroupedText: Sendable {
    public var groups: [String]
    public var text: AnalysisText
}

extension Document {
    /// Every piece of countable text with its groups: each section (title, body in reading order,
    /// captions), then leftover lines. Page furniture (running heads) is not counted.
    public func groupedTexts(by: GroupBy) -> [GroupedText] {
        var out = [GroupedText]()
        for (i, s) in sections.enumerated() {
            out.append(GroupedText(groups: Grouping.keys(for: s, index: i, in: self, by: by),
                                   text: analysisText(of: s, includeTitle: true)))
        }
        if !leftoverLines.isEmpty {
            var t = AnalysisText()
            for l in leftoverLines { t.append(source, range: source.lineRange(l)); t.breakParagraph() }
            out.append(GroupedText(groups: [Grouping.leftoverKey(in: self, by: by)], text: t))
        }
        return out
    }
}
