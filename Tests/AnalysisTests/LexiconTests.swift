import XCTest
@testable import Analysis

final class LexiconTests: XCTestCase {
    func testBuiltInHasTheCoreFormulations() {
        let p = Lexicon.builtIn.phrases
        for must in ["全过程人民民主", "两个确立", "两个维护", "四个意识", "四个自信", "四个机关", "一府一委两院",
                     "人民代表大会制度", "高质量发展", "人大代表", "中国式现代化", "党的二十大精神"] {
            XCTAssertTrue(p.contains(must), must)
        }
        XCTAssertGreaterThanOrEqual(p.count, 40)
        XCTAssertEqual(Set(p).count, p.count)
    }

    func testParsingToleratesBOMCRLFCommentsAndBlankLinesAndDropsDuplicates() throws {
        let text = "\u{FEFF}# my phrases\r\n两个确立\r\n\r\n  # indented comment\r\n全过程人民民主\r\n两个确立\r\n人 大 代 表\r\n人大代表\r\n"
        let lex = try Lexicon(parsing: text, source: "mine.txt")
        XCTAssertEqual(lex.phrases, ["两个确立", "全过程人民民主", "人 大 代 表"])
    }

    func testFullWidthAndASCIICommasAreTheSamePhrase() throws {
        let lex = try Lexicon(parsing: "民有所呼，我有所应\n民有所呼,我有所应\n", source: "x")
        XCTAssertEqual(lex.phrases.count, 1)
    }

    func testUnusableLineNamesFileAndLine() {
        XCTAssertThrowsError(try Lexicon(parsing: "两个确立\n坏\u{0007}行\n", source: "bad.txt")) { error in
            guard case let LexiconError.unusableLine(source, line, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(source, "bad.txt")
            XCTAssertEqual(line, 2)
            XCTAssertTrue("\(error)".hasPrefix("bad.txt:2:"))
        }
        XCTAssertThrowsError(try Lexicon(parsing: "\n、、——\n", source: "punct.txt")) { error in
            guard case LexiconError.unusableLine(_, 2, _) = error else { return XCTFail("\(error)") }
        }
    }

    func testAddingKeepsOrderAndSkipsKnownPhrases() {
        let a = Lexicon(phrases: ["甲乙", "丙丁"])
        let b = a.adding(Lexicon(phrases: ["丙丁", "戊己"]))
        XCTAssertEqual(b.phrases, ["甲乙", "丙丁", "戊己"])
        XCTAssertEqual(a.adding(["庚辛"]).phrases, ["甲乙", "丙丁", "庚辛"])
    }

    func testNormalizerFoldsWidthAndKeepsSpaceOnlyBetweenASCIIAlnum() {
        XCTAssertEqual(PhraseNormalizer.normalizedString("（２０２３）　人 大 常 委 会\nCOVID 19"), "(2023)人大常委会COVID 19")
    }

    func testBuiltInMatcherDoesNotCountNestedPhrase() {
        let m = Lexicon.builtIn.matcher()
        // 党的二十大 is nested in 党的二十大精神: leftmost-longest counts the longer phrase only.
        let idx = Lexicon.builtIn.phrases.firstIndex(of: "党的二十大")!
        let long = Lexicon.builtIn.phrases.firstIndex(of: "党的二十大精神")!
        let text = PhraseNormalizer.normalize("学习党的二十大精神,开好党的二十大")
        XCTAssertEqual(m.count(in: text)[idx], 1)
        XCTAssertEqual(m.count(in: text)[long], 1)
    }
}
