import Foundation

/// A drop of new files and a small corpus in a temporary folder, written by the tests: each
/// `renpa check` rule that today's pipeline can trigger is triggered once, plus clean files.
struct CheckDropFixture {
    let root: String
    var drop: String { root + "/new" }
    var corpus: String { root + "/corpus" }

    /// An article that is clean on its own (two sections, both bylined).
    static let clean = """
    坚持人民至上 做好新时代代表工作

    本报记者 李明

    今年以来，县人大常委会坚持以人民为中心的发展思想，把代表工作作为常委会的基础性工作来抓，组织全县各级人大代表深入选区走访群众，认真听取群众意见建议，推动解决了一批群众急难愁盼问题。

    常委会还建立了代表联系群众的长效机制，在每个乡镇设立代表联络站，定期开展接待选民活动，让群众的呼声有地方说、有人听、有回音。全县代表共收集意见建议三百余条，已办结二百余条。

    立法联系点助力基层治理

    通讯员 赵刚

    街道基层立法联系点自设立以来，先后就十余部法律法规草案征求居民意见，组织座谈会二十余场，收集意见建议一百余条，其中多条被立法机关采纳，让基层声音直达立法机关。

    """

    /// The same first article with a few words changed (`基础性工作` → `重要工作`, …): a near-duplicate
    /// of `clean.txt` inside the drop.
    static var near: String {
        clean.components(separatedBy: "立法联系点助力基层治理")[0]
            .replacingOccurrences(of: "基础性工作", with: "重要工作")
            .replacingOccurrences(of: "已办结二百余条", with: "已全部交有关部门办理")
            .replacingOccurrences(of: "本报记者 李明", with: "本报记者 孙丽")
    }

    /// An article already printed in the corpus, reprinted verbatim in the drop.
    static let reprinted = """
    依法履职显担当 监督工作见实效

    本报记者 王芳

    区人大常委会紧紧围绕区委中心工作，综合运用听取审议专项工作报告、执法检查、专题询问等方式，持续加强对法律法规实施情况的监督，推动区政府及其部门依法行政、改进工作。

    常委会坚持问题导向，对生态环境保护、义务教育均衡发展等重点领域开展跟踪监督，对发现的问题逐项列出清单，明确整改时限，确保监督工作取得实实在在的效果。

    """

    /// Another corpus article, unrelated to the drop.
    static let other = """
    代表建议办理提质增效

    本报记者 周平

    市人大常委会把代表建议办理作为联系群众的重要途径，实行重点建议由主任会议成员领衔督办制度，建立办理情况台账，定期通报办理进度，推动一批事关民生的建议落地见效。

    """

    static let noByline = """
    全县人大代表积极履行职责，认真听取群众意见建议。

    常委会组织代表开展视察调研活动，推动解决群众关心的热点难点问题。

    """

    static let runTogetherAuthors = """
    代表之家建设见成效

    本报记者 欧阳张三李四

    全县各级人大代表积极履行职责，依托代表之家认真听取群众意见建议，推动解决群众关心的热点难点问题。

    """

    static let unsigned = """
    特别策划

    这是一期特别策划，集中展示各地人大代表履职的生动实践。

    代表之家建设见成效

    本报记者 李明

    全县人大代表积极履行职责，认真听取群众意见建议，推动解决了一批群众关心的热点难点问题。

    """

    /// Text that the page's GBK bytes turn into when they are read as Latin-1 and saved as UTF-8.
    static func gbkReadAsLatin1(_ text: String) -> String {
        let gbk = text.data(using: String.Encoding(rawValue: 0x8000_0632))!
        var v = String.UnicodeScalarView()
        for b in gbk { v.append(Unicode.Scalar(b)) }
        return String(v)
    }

    /// Writes the drop and the corpus under a new temporary folder.
    static func make(clean only: Bool = false) throws -> CheckDropFixture {
        let root = NSTemporaryDirectory() + "renpa-check-" + UUID().uuidString
        let f = CheckDropFixture(root: root)
        let fm = FileManager.default
        try fm.createDirectory(atPath: f.drop, withIntermediateDirectories: true)
        try fm.createDirectory(atPath: f.corpus, withIntermediateDirectories: true)
        func text(_ path: String, _ s: String) throws { try s.write(toFile: path, atomically: true, encoding: .utf8) }
        try text(f.corpus + "/old.txt", reprinted + "\n" + other)
        try text(f.drop + "/clean.txt", clean)
        if only { return f }
        try text(f.drop + "/near.txt", near)
        try text(f.drop + "/reprint.txt", reprinted)
        try text(f.drop + "/nobyline.txt", noByline)
        try text(f.drop + "/authors.txt", runTogetherAuthors)
        try text(f.drop + "/unsigned.txt", unsigned)
        try text(f.drop + "/gbk.txt", gbkReadAsLatin1("人大代表履职尽责\n\n本报记者 张强\n\n全县人大代表积极履行职责。\n"))
        _ = fm.createFile(atPath: f.drop + "/empty.txt", contents: Data())
        _ = fm.createFile(atPath: f.drop + "/binary.txt", contents: Data("%PDF-1.4\n".utf8) + Data([0, 1, 2, 0xFF]))
        _ = fm.createFile(atPath: f.drop + "/undecodable.txt", contents: Data("人大代表\n第二行".utf8) + Data([0xFF, 0xFE, 0x80]) + Data("abc\n".utf8))
        return f
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
