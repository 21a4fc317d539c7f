/// A news flash's dateline alone on its line, right over its lead (`本报讯（记者 吴晓燕 通讯员 粟海林）` /
/// `连日来，通道县…`: a narrow column wrapped after it), heads the lead paragraph as an inline
/// one does (`本报讯（赵峰）自治区两会闭幕后，…`): its line is the section's first body line too.
/// The body gains an empty piece at the end of that line, so the section's text is unchanged.
enum DatelinePlacement {
    static func place(_ sections: inout [Section], source: SourceText) {
        for s in sections.indices {
            guard let b = sections[s].byline, b.family == "news-flash", b.placement == .opening,
                  let first = sections[s].body.first, first.line == b.line + 1,
                  !sections[s].body.contains(where: { $0.line == b.line }) else { continue }
            let end = source.lineRange(b.line).upperBound
            sections[s].body.insert(LinePiece(line: b.line, range: end..<end), at: 0)
        }
    }
}
