import Corpus
import XCTest

/// Families' gates are necessary conditions: the recognizer with them finds exactly what it finds
/// with every gate open, on every line of the seeds and on bylines of every family.
final class LineGateTests: XCTestCase {
    /// A family with its gate taken away.
    struct Ungated: BylineFamily {
        let family: any BylineFamily
        var name: String { family.name }
        func recognize(_ line: LineScalars) -> BylineMatch? { family.recognize(line) }
    }

    static let bylines = [
        "科尔沁区人大常委会党组书记、主任 乌力吉", "□ 本报记者 梁英杰", "■ 本报记者 张三 实习生 李四", "□ 本报评论员", "人民日报评论员",
        "■ 白云萍（江苏）", "王芳（四川省巴中市）", "□ 吴永红（彭阳县人大常委会副主任）", "□包玉莲", "■ 张三 李四",
        "本报讯（赵峰）近日，县人大常委会召开会议。", "新华社北京10月16日电（记者 王芳 李强）十届全国人大…", "本报瑞金讯 记者王芳 通讯员李强 报道：近日，…",
        "张妍  摄", "（记者 王芳 摄）", "王芳/摄", "（崇州市人大常委会 谢婷婷）", "…交由41个承办单位办理。（光泽县人大办 傅春燕）",
        "（作者系巴彦淖尔市人大常委会主任）", "县人大常委会办公室供稿", "（本报综合）", "来源：人大网 作者：王芳 编辑：李强",
        "发布时间：2024-06-18 信息来源：县人大", "文/图 王芳", "口述：王芳 整理：李强", "王芳 报道", "王芳 李强/文", "王芳 文  陈刚 图",
        "http://www.npc.gov.cn/npc/c1.html", "— 12 —", "巴中日报  2024年5月10日 星期五  第4版", "【人大代表风采】", "（下转第4版）",
        "县人大常委会代表工作委员会", "■ 县人大常委会研究室", "安吉县融媒体中心", "王芳", "王芳 李强", "欧阳明 李强",
        "□ 本 报 记 者   张 文 军", "■ 文/图 王芳", "【字体：大 中 小】 发布时间：2024-06-18", "2023年第6期    人民之声",
        "徐州日报·丰县新闻 第4版", "地址：绵阳市安州区花荄镇 电话：0816-4321234", "江油人大 2024-06-18 17:30 发表于四川", "记者 郭红艳 通讯员 任晓辉", "吉林日报记者 张宁", "作者：阜平县人大常委会研究室 赵立新",
    ]

    func testGatesChangeNoAnswer() {
        let gated = BylineRecognizer()
        let ungated = BylineRecognizer(families: BylineRecognizer.standardFamilies.map { Ungated(family: $0) })
        var lines = LineGateTests.bylines.map { LineScalars($0) }
        for url in Fixtures.seedFiles {
            let source = try! SourceText(path: url.lastPathComponent, bytes: [UInt8](try! Data(contentsOf: url)))
            for n in 1...source.lineCount { lines.append(LineScalars(source: source, line: n)) }
        }
        var found = 0
        for line in lines {
            let a = gated.recognize(line), b = ungated.recognize(line)
            XCTAssertEqual(a?.kind, b?.kind, line.string)
            XCTAssertEqual(a?.byline, b?.byline, line.string)
            if a != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, LineGateTests.bylines.count)
        // Each family on its own: a line its gate shuts is one it recognises nothing on.
        for family in BylineRecognizer.standardFamilies {
            for line in lines where !line.isEmpty && !family.gate.admits(line) {
                XCTAssertNil(family.recognize(line), "\(family.name): \(line.string)")
            }
        }
    }
}
