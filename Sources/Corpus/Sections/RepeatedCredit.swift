import Foundation

/// A web page's header names the writers (`作者：马晓梅 周立新`) and the article's first paragraph
/// credits them again (`本报讯（记者 马晓梅 通讯员 周立新）5月中旬，…`): the layout makes the header's
/// credit a section of its own, titled and with no text, and the paragraph an untitled brief. They
/// are one article: the brief takes the title, and the header's credit line is page furniture, as
/// the header's other fields are. (Any credit with no text of its own under a headline, followed by
/// an untitled brief opened by the same writers, is read so: a credit printed twice, `□ 本报记者 NAME`
/// on two lines, is one.)
enum RepeatedCredit {
    static func merge(_ doc: inout Document) {
        guard doc.sections.count >= 2 else { return }
        var k = 0
        while k + 1 < doc.sections.count {
            let a = doc.sections[k], b = doc.sections[k + 1]
            guard a.body.isEmpty, a.captionLines.isEmpty, a.title != nil, let credit = a.byline, !a.authors.isEmpty,
                  b.title == nil, b.titleLines.isEmpty, let opening = b.byline, opening.placement == .opening,
                  opening.line > credit.line, b.authors == a.authors else { k += 1; continue }
            doc.sections[k + 1].title = a.title
            doc.sections[k + 1].titleLines = a.titleLines
            if doc.sections[k + 1].footer == nil { doc.sections[k + 1].footer = a.footer }
            doc.furnitureLines.append(credit.line)
            doc.sections.remove(at: k)
        }
        doc.furnitureLines.sort()
    }
}
