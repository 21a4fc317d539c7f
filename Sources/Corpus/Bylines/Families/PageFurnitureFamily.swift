/// Lines that only carry page furniture, kept out of titles and text: a web address
/// (`http://www.npc.gov.cn/…`), a timestamp (`2023-05-16 10:00:12`), a page number between dashes
/// (`— 12 —`, `-12-`) or `第12版`/`第 12 页`, running heads (`巴中日报 2024年5月10日 星期五 第4版`,
/// `今日宁海 2024年5月22日 A3`, `徐州日报·丰县新闻 第4版`), jump lines (`（下转第4版）`), column labels
/// (`【人大代表风采】`), breadcrumbs, site chrome. They are header lines without authors (`metadata`).
public struct PageFurnitureFamily: BylineFamily {
    public let name = "page-furniture"
    /// Up to 160 scalars (a running head may be spread across the page's width by white space).
    public var gate: LineGate { Self.lineGate }
    static let lineGate = LineGate(counts: 0...160)
    public init() {}
    public func recognize(_ line: LineScalars) -> BylineMatch? {
        let f = line.folded
        guard let first = f.first, f.count <= 160 else { return nil }
        // What the tests after the opening ones need, from the line's cues (a line of text is not
        // scanned at all): an issue head or a masthead has 期/./月 or 版/星/月 and no sentence or
        // clause punctuation (a masthead not even a point; an issue head a point between digits
        // only), an issue head a number (`第6期`, `总第312期`, `2024.4`), a masthead a date or a page
        // (`第4版`), an account line 发表于, a copyright footer 版权所有 or ICP备.
        let cues = line.cues, c = PageFurnitureFamily.cues
        let plain = !cues.holdsAny(c.punctuation)
        // (An issue head's column name may hold a comma inside brackets, `县（市、区）人大主任笔谈`:
        // `isIssueHead` reads where it stands.)
        let issue = (plain || (cues.holdsAny(c.bracket) && !cues.holdsAny(c.finalOrColon))) && (cues.holdsAny(c.issue) || cues.holdsAny(c.middleDot)) && cues.holdsAny(c.digit)
        // (A date in numerals, `二〇二三年九月十五日　星期五`, has no digit: its weekday will do.)
        let masthead = plain && !cues.holdsAll(c.point) && cues.holdsAny(c.masthead)
            && (cues.holdsAny(c.digit) || cues.holdsAll(c.edition) || cues.holdsAll(c.weekday))
        let account = cues.holdsAll(c.account)
        // A time of day with no sentence or clause punctuation (`新化人大 2024-06-12 18:30 湖南`).
        let clock = !cues.holdsAny(c.sentence) && cues.holdsAll(ScalarCues.colon) && cues.holdsAny(c.digit)
        let copyright = first != "C" && first != "c" && (first == "©" || cues.holdsAll(c.rights) || cues.holdsAll(c.icp))
        // An editors' credit in a running head (`人大视窗    责任编辑：胡晓蕾  美编：陈默`): a colon, an
        // editor's field (编, 校, 审, or 版 of 版式设计), no sentence or clause punctuation.
        let editors = !cues.holdsAny(c.sentence) && cues.holdsAll(ScalarCues.colon)
            && (cues.holdsAny(c.editor) || cues.holdsAny(c.edition))
        // (Or without the colon, `民主法治·人大视窗　　责任编辑　吕婉婷`: a field of 编 set apart from a name.)
        if !editors, !cues.holdsAny(c.sentence), cues.holdsAny(c.editor), cues.holdsAny(ScalarCues.space),
           PageFurnitureFamily.isEditorsCredit(f) { return furniture(line) }
        // Every line reaches this family when no other matched: one with none of those cues and
        // an opening no test below looks at is text.
        // A site's name alone (`三明人大网`, `…人大常委会门户网站`) ends with 网 or 站.
        let site = f.last == "网" || f.last == "站"
        // A site's name and its menu on one line (`内蒙古人大网　　首页　新闻中心　…`): the first word
        // ends as a site's name does.
        var siteMenu = false
        if plain && cues.holdsAny(ScalarCues.space), let k = f.firstIndex(where: ScalarClass.isSpace), k >= 4 {
            siteMenu = f[k - 1] == "网" || f[k - 1] == "站"
        }
        // A paper's masthead lines: its name alone (`黔东南日报`), or its registration and publisher
        // (`中共黔东南州委机关报　国内统一连续出版物号 CN52-0012`).
        let paperHead = f.last == "报"
            || (!cues.holdsAny(LineClassifier.sentenceFinal) && (cues.holdsAny(c.registration) || cues.holdsAll(c.organ)))
        if paperHead && (PageFurnitureFamily.isPaperNameAlone(f) || PageFurnitureFamily.isPaperRegistration(f)) { return furniture(line) }
        guard issue || masthead || account || clock || copyright || editors || site || siteMenu || PageFurnitureFamily.testedOpenings.contains(first) else { return nil }
        switch first {
        case "h", "w":
            if line.has(PageFurnitureFamily.http, at: 0) || line.has(PageFurnitureFamily.https, at: 0) || line.has(PageFurnitureFamily.www, at: 0),
               !f.contains(where: ScalarClass.isSpace) { return furniture(line) }
        case "0"..."9":
            if PageFurnitureFamily.isTimestamp(f) || PageFurnitureFamily.isDateAlone(f) { return furniture(line) }
        case "-", "—", "–", "─", "－", "第", "·", "•", "・", "‧", "∙":
            if PageFurnitureFamily.isPageNumber(f) || (first == "第" && PageFurnitureFamily.isEditionHead(f)) { return furniture(line) }
        case "首", "当", "您", "所":
            if PageFurnitureFamily.isBreadcrumb(f) || PageFurnitureFamily.isNavigationMenu(f) { return furniture(line) }
        case "网":
            if PageFurnitureFamily.isNavigationMenu(f) { return furniture(line) }
        case "C", "c", "©":
            if PageFurnitureFamily.isCopyright(f) { return furniture(line) }
        case "地":
            if PageFurnitureFamily.isSiteContact(f) { return furniture(line) }
        case "主", "承", "协", "技":
            if PageFurnitureFamily.isSiteSponsor(f) { return furniture(line) }
        default: break
        }
        if PageFurnitureFamily.isWebChrome(f) || PageFurnitureFamily.isColumnLabel(f) { return furniture(line) }
        if (first == "微" || first == "功") && PageFurnitureFamily.isAccountCard(f) { return furniture(line) }
        if (first == "(" || first == "—" || first == "-" || first == "E" || first == "e") && PageFurnitureFamily.isEndMark(f) { return furniture(line) }
        if (first == "(" || first == "下" || first == "上" || first == "转" || first == "接" || first == "续") && PageFurnitureFamily.isJumpMarker(f[...]) {
            return furniture(line)
        }
        if first == "原" && PageFurnitureFamily.isOriginalMark(f) { return furniture(line) }
        if site && PageFurnitureFamily.isSiteName(f) { return furniture(line) }
        if siteMenu && PageFurnitureFamily.isNavigationMenu(f) { return furniture(line) }
        if (first == "上" || first == "下") && PageFurnitureFamily.isNeighbourLink(f) { return furniture(line) }
        if first == "本" && PageFurnitureFamily.isPageNote(f) { return furniture(line) }
        if editors && PageFurnitureFamily.isEditorsCredit(f) { return furniture(line) }
        if (issue && PageFurnitureFamily.isIssueHead(f)) || (masthead && PageFurnitureFamily.isMasthead(f))
            || (account && PageFurnitureFamily.isAccountLine(f)) || (clock && PageFurnitureFamily.isStampedAccountLine(f))
            || (copyright && PageFurnitureFamily.isCopyright(f)) {
            return furniture(line)
        }
        return nil
    }

    /// Every opening scalar a test of `recognize` looks at first: web addresses, timestamps and
    /// dates, page numbers, breadcrumbs, copyright and contact footers (the first switch), web
    /// chrome, column labels (a bracket or a mark), end marks, jump lines, original marks.
    static let testedOpenings = ScalarSet(Array("hw0123456789-—–─－第·•・‧∙首当您所网Cc©地主承协技功".unicodeScalars) + chromeStartScalars
                                          + "【(—-下上转接续原Ee本".unicodeScalars + BylineParts.markScalars)

    /// The cues an issue head, a masthead, an account line and a copyright footer need (one
    /// static: each is read on every line that reaches the family).
    static let cues = (issue: ScalarCues("期.月"), masthead: ScalarCues("版星月"), point: ScalarCues("."),
                       punctuation: ScalarCues("。,:"), sentence: ScalarCues("。,"), account: ScalarCues("发表于"), rights: ScalarCues("版权"), icp: ScalarCues("ICP"),
                       digit: ScalarCues("0"), edition: ScalarCues("版"), weekday: ScalarCues("星"), editor: ScalarCues("编"), middleDot: ScalarCues("·"),
                       registration: ScalarCues("号刊"), organ: ScalarCues("机关报"), bracket: ScalarCues("("), finalOrColon: ScalarCues("。:"))

    /// A paper's name alone on its line (`黔东南日报`, `人民代表报`): four to ten Han characters
    /// ending in 日报, 晚报, 时报, 周报 or 代表报.
    static func isPaperNameAlone(_ f: ScalarWindow) -> Bool {
        guard f.count >= 4, f.count <= 10, f.last == "报", f.allSatisfy(ScalarClass.isHan) else { return false }
        let k = f[f.count - 2]
        return k == "日" || k == "晚" || k == "时" || k == "周" || (k == "表" && f[f.count - 3] == "代")
    }

    /// Openings of a paper's registration and publisher (`国内统一连续出版物号 CN52-0012`,
    /// `国内统一刊号`, `邮发代号 66-23`, `中共黔东南州委机关报`).
    static let registrationWords: [[Unicode.Scalar]] = ["连续出版物号", "统一刊号", "邮发代号", "委机关报"].map { Array($0.unicodeScalars) }

    /// A masthead's registration or publisher line: one of `registrationWords`, no sentence
    /// punctuation, at most 80 printed scalars.
    static func isPaperRegistration(_ f: ScalarWindow) -> Bool {
        guard f.lazy.filter({ !ScalarClass.isSpace($0) }).count <= 80, !f.contains(where: ScalarClass.isSentenceFinal) else { return false }
        return registrationWords.contains { contains(f, $0) }
    }

    /// Buttons and boilerplate of web and WeChat pages, alone on a line, bracketed or not:
    /// `【打印本页】 【关闭窗口】`, `点击蓝字 关注我们`, `阅读原文`, `往期推荐`, `设为首页 | 加入收藏`.
    static let chromeTokens: [[Unicode.Scalar]] = [
        "点击上方蓝字关注我们", "点击蓝字关注我们", "长按识别二维码", "长按二维码关注", "打印本页", "关闭窗口", "返回顶部",
        "收藏本页", "关注我们", "阅读原文", "往期推荐", "往期回顾", "分享到", "扫一扫", "打印", "关闭", "收藏", "分享",
        "返回", "点赞", "在看", "推荐阅读", "相关阅读", "延伸阅读", "精彩推荐", "热门推荐", "相关链接", "相关新闻",
        "猜你喜欢", "阅读", "相关文章", "相关报道", "分享至", "微信", "微博", "QQ空间", "朋友圈", "赞", "转发",
        // The font-size buttons (`【大】【中】【小】`, `字体：大 中 小`).
        "大中小", "字体", "字号",
        // A site's utility bar (`设为首页　|　加入收藏　|　无障碍浏览　|　移动版`).
        "设为首页", "加入收藏", "无障碍浏览", "无障碍", "移动版", "手机版", "网站地图", "联系我们", "繁体", "简体", "繁體",
        // A site's footer bar (`网站地图 | 联系我们 | 隐私声明`, `关于我们 | 使用帮助`).
        "站点地图", "隐私声明", "隐私政策", "网站声明", "版权声明", "免责声明", "使用帮助", "关于我们", "意见反馈",
    ].map { Array($0.unicodeScalars) }

    /// Chrome tokens a count may follow (`阅读 1326`, `在看 12`, `点赞 3.2万`, `阅读 10万+`).
    static let countedTokens: [[Unicode.Scalar]] = ["阅读", "在看", "点赞", "分享", "收藏", "赞", "转发"].map { Array($0.unicodeScalars) }

    /// Whether `c` can be part of a count printed after a chrome token.
    static func isCountScalar(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isDigit(c) || c == "万" || c == "+" || c == "." || c == "w" || c == "W"
    }

    /// The first two scalars of every chrome token.
    /// (`赞` and `转发` follow a count only, never open a line of chrome.)
    static let chromePairs = Set(chromeTokens.filter { $0.count >= 2 }.map { UInt64($0[0].value) << 32 | UInt64($0[1].value) })

    /// Spaces and the brackets and bars chrome is printed between.
    static func isChromeFiller(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "【", "】", "[", "]", "·", ":": return true
        default: return ScalarClass.isSpace(c) || BylineParts.isBar(c)
        }
    }

    /// Chrome that heads a list of links to other articles (`往期推荐`, `推荐阅读`): the headlines
    /// listed under it are furniture too (`LineClassifier` takes them).
    static let linkListLeads: [[Unicode.Scalar]] = [
        "往期推荐", "往期回顾", "推荐阅读", "相关阅读", "延伸阅读", "精彩推荐", "热门推荐", "相关链接", "相关新闻", "猜你喜欢",
        "相关文章", "相关报道",
    ].map { Array($0.unicodeScalars) }

    /// True if `f` (folded) is a link-list lead alone on its line, bracketed or not.
    public static func isLinkListLead(_ f: ScalarWindow) -> Bool {
        leadCore(f).map { core in linkListLeads.contains { $0 == core } } ?? false
    }

    /// A short lead's words, its brackets, bars and spaces dropped (`【相关链接】` → 相关链接); nil for a
    /// line longer than a lead.
    static func leadCore(_ f: ScalarWindow) -> [Unicode.Scalar]? {
        guard f.count <= 16 else { return nil }
        return f.filter { !ScalarClass.isSpace($0) && !"【】[]|｜·:".unicodeScalars.contains($0) }
    }

    /// True if `f` (folded) leads a sidebar: a link list's lead, or a printed box's (`【链接】`,
    /// `【新闻链接】`, `【背景链接】`), bracketed or not (the reading order asks it only of a line opening
    /// as page chrome does, `chromeStarts`: a bracket, or a link list's first character).
    public static func isSidebarLead(_ f: ScalarWindow) -> Bool {
        guard let core = leadCore(f) else { return false }
        return linkListLeads.contains { $0 == core } || (core.count >= 2 && core.count <= 6 && core.suffix(2).elementsEqual(sidebarLinkWord))
    }
    static let sidebarLinkWord = Array("链接".unicodeScalars)

    /// First scalars of `chromeTokens` and the brackets around them: a cheap test before any work.
    static let chromeStarts = ScalarSet(chromeStartScalars)
    static let chromeStartScalars = chromeTokens.map { $0[0] } + Array("【[|".unicodeScalars)

    static func isWebChrome(_ f: ScalarWindow) -> Bool {
        guard f.count <= 40, let first = f.first(where: { !ScalarClass.isSpace($0) }), chromeStarts.contains(first) else { return false }
        // The first two scalars of the core must open a token (在看, 推荐…): most lines of text that
        // start with 在, 推 or 相 stop here, before any allocation.
        var a: UInt64 = 0, seen = 0
        for c in f where !isChromeFiller(c) {
            a = a << 32 | UInt64(c.value)
            seen += 1
            if seen == 2 { break }
        }
        guard seen == 2, chromePairs.contains(a) || engagementPairs.contains(a) else { return false }
        let core = f.filter { !isChromeFiller($0) }
        guard !core.isEmpty else { return false }
        if isEngagementPrompt(core) { return true }
        var i = 0
        while i < core.count {
            guard let t = chromeTokens.first(where: { i + $0.count <= core.count && core[i..<(i + $0.count)].elementsEqual($0) }) else { return false }
            i += t.count
            // A count after it (`阅读 1326`): the spaces between were dropped with the filler.
            if countedTokens.contains(t), i < core.count, ScalarClass.isDigit(core[i]) {
                while i < core.count && isCountScalar(core[i]) { i += 1 }
            }
        }
        return true
    }

    /// The first two scalars of an engagement prompt (点击 is a chrome token's too).
    static let engagementPairs = Set(["点个", "点亮"].map { w -> UInt64 in
        let p = Array(w.unicodeScalars)
        return UInt64(p[0].value) << 32 | UInt64(p[1].value)
    })

    /// A WeChat post's closing prompt to like or share it: `点击“在看”，让更多人看到`, `点个“在看”吧`,
    /// `点亮“在看”，一起关注代表履职` — 点击/点个/点亮 first, 在看/点赞/关注/分享 in it, twenty characters
    /// at most (quotation marks and punctuation aside).
    static func isEngagementPrompt(_ core: [Unicode.Scalar]) -> Bool {
        let words = core.filter { !ScalarClass.isClosing($0) && !ScalarClass.isOpening($0) && !ScalarClass.isClausePunct($0)
            && !ScalarClass.isSentenceFinal($0) && $0 != "~" }
        guard words.count >= 4, words.count <= 20, words[0] == "点", "击个亮".unicodeScalars.contains(words[1]) else { return false }
        let rest = Array(words[2...])
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("在", "看"), ("点", "赞"), ("关", "注"), ("分", "享")]
        return rest.indices.dropLast().contains { k in pairs.contains { $0.0 == rest[k] && $0.1 == rest[k + 1] } }
    }

    /// A site's copyright footer: `Copyright © 2024 …人大常委会 版权所有 蜀ICP备12345678号-1`.
    static func isCopyright(_ f: ScalarWindow) -> Bool {
        if f.first == "©" { return true }
        if f.count >= 9, f.first == "C" || f.first == "c",
           String(String.UnicodeScalarView(f[0..<9])).lowercased() == "copyright" { return true }
        return contains(f, copyrightWord) || contains(f, icpWord)
    }

    static let copyrightWord = Array("版权所有".unicodeScalars), icpWord = Array("ICP备".unicodeScalars)
    static let publishedAt = Array("发表于".unicodeScalars)

    /// Whether `word` occurs in `f` (no allocation: every line that reaches this family is tested).
    static func contains(_ f: ScalarWindow, _ word: [Unicode.Scalar]) -> Bool {
        guard let w0 = word.first, f.count >= word.count else { return false }
        var i = 0
        while i + word.count <= f.count {
            if f[i] == w0 {
                var k = 1
                while k < word.count && f[i + k] == word[k] { k += 1 }
                if k == word.count { return true }
            }
            i += 1
        }
        return false
    }

    /// A site's contact footer: `地址：绵阳市安州区花荄镇 电话：0816-4321234`.
    static func isSiteContact(_ f: ScalarWindow) -> Bool {
        // The colon third before building a string: lines of text that open with 地 stop here.
        guard f.count >= 3, f[2] == ":" else { return false }
        let s = String(String.UnicodeScalarView(f))
        return s.hasPrefix("地址:") && (s.contains("电话") || s.contains("邮编"))
    }

    /// A site's sponsor footer: `主办单位：蓝田县人大常委会办公室`, `承办单位：…信息中心`, `技术支持：…公司`,
    /// `主办：…办公室　　技术支持：…中心`
    /// (a labelled field alone on its line, no sentence in it, naming a site's operator: an office,
    /// a committee, an information centre, a company or a site). A suggestion's `承办单位：县交通运输局`
    /// in an article's list is text.
    static func isSiteSponsor(_ f: ScalarWindow) -> Bool {
        guard f.count >= 6, f.count <= 60, !f.contains(where: ScalarClass.isSentenceFinal) else { return false }
        guard let label = sponsorLabels.first(where: { f.count > $0.count + 1 && f.starts(with: $0) && f[$0.count] == ":" }) else { return false }
        // (A two-character label, `主办：`, only beside a second field on its line, `技术支持：…`: alone
        // it may be an event's organiser or a suggestion's office in an article.)
        if label.count == 2 && f.dropFirst(label.count + 1).filter({ $0 == ":" }).isEmpty { return false }
        let value = Array(f[(label.count + 1)...].filter { !ScalarClass.isSpace($0) })
        return operatorEnds.contains { value.count > $0.count && value.suffix($0.count).elementsEqual($0) }
    }

    /// A WeChat account's card at the foot of a post: `微信号：zyrd_wx` (an account id of ASCII letters,
    /// digits, `_` and `-`), `功能介绍：宣传人民代表大会制度，…` (the account's description).
    static func isAccountCard(_ f: ScalarWindow) -> Bool {
        if f.count > accountId.count + 1, f.starts(with: accountId) {
            let id = f[accountId.count...].drop { $0 == ":" || ScalarClass.isSpace($0) }
            return !id.isEmpty && id.count <= 40 && f[accountId.count] == ":"
                && id.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ScalarClass.isDigit($0) || $0 == "_" || $0 == "-") }
        }
        return f.count > accountAbout.count + 1 && f.count <= 120 && f.starts(with: accountAbout) && f[accountAbout.count] == ":"
    }
    static let accountId = Array("微信号".unicodeScalars), accountAbout = Array("功能介绍".unicodeScalars)

    /// Lines a web or WeChat page prints under its own header (a site's name and banner over its
    /// menu, an account's name over its id): what sits right above them is that header too. (Not
    /// a breadcrumb, `当前位置：…`: an article's headline may be printed right above it.)
    public static func isUnderSiteHeader(_ f: ScalarWindow) -> Bool {
        guard let first = f.first else { return false }
        switch first {
        case "首", "网": return isNavigationMenu(f)
        case "微": return isAccountCard(f)
        default: return false
        }
    }

    /// A site's menu: `首页 | 人大要闻 | 人大工作 | 代表风采 | 联系我们`, `网站首页　　人大要闻　　县市动态…` — its
    /// home page first (after the site's name, `内蒙古人大网　首页　…`), then three or more short items
    /// (twelve characters at most) between white space or bars.
    static func isNavigationMenu(_ f: ScalarWindow) -> Bool {
        guard f.count <= 160 else { return false }
        var items = f.split(whereSeparator: { ScalarClass.isSpace($0) || BylineParts.isBar($0) || $0 == "|" })
        if items.count >= 5, isSiteName(items[0]) { items.removeFirst() }
        guard items.count >= 4, let home = items.first, home.elementsEqual(homePage) || home.elementsEqual(siteHomePage) else { return false }
        // (An item may be a long topic's name: `全过程人民民主实践`.)
        return items.allSatisfy { $0.count <= 12 && $0.allSatisfy(ScalarClass.isHan) }
    }
    static let homePage = Array("首页".unicodeScalars), siteHomePage = Array("网站首页".unicodeScalars)

    /// A site's name alone on its line: `三明人大网`, `沂南县人大常委会门户网站`, `中国人大网` — Han
    /// characters only, twenty at most, ending as a site's name does.
    static func isSiteName(_ f: ScalarWindow) -> Bool {
        guard f.count >= 4, f.count <= 20, f.allSatisfy(ScalarClass.isHan),
              let end = siteNameEnds.first(where: { f.count > $0.count && f.suffix($0.count).elementsEqual($0) }) else { return false }
        // The owner before it: a short place name (`三明`) or one ending as a place or an office does
        // (`沂南县人大常委会`); not a sentence (`代表们纷纷点赞人大网`).
        let owner = Array(f.dropLast(end.count))
        return owner.count <= 4 || siteOwnerEnds.contains { owner.count >= $0.count && owner.suffix($0.count).elementsEqual($0) }
    }
    static let siteOwnerEnds: [[Unicode.Scalar]] = ["省", "市", "县", "区", "旗", "州", "盟", "人大", "常委会", "政府"].map { Array($0.unicodeScalars) }
    static let siteNameEnds: [[Unicode.Scalar]] = ["门户网站", "人大网", "政府网", "信息网", "新闻网"].map { Array($0.unicodeScalars) }

    /// A web page's link to its neighbours: `上一篇：…`, `下一篇：…` (or 上一条/下一条, 上一页/下一页).
    static func isNeighbourLink(_ f: ScalarWindow) -> Bool {
        guard f.count >= 3, f.count <= 80, f[0] == "上" || f[0] == "下", f[1] == "一", "篇条页".unicodeScalars.contains(f[2]) else { return false }
        var i = 3
        while i < f.count && ScalarClass.isSpace(f[i]) { i += 1 }
        return i == f.count || f[i] == ":"
    }

    /// A note about the whole page (本版, "this page") and how it was made: `本版图片均由各县市区人大常委会提供`,
    /// `本版稿件由…提供`, `本版编辑 王敏`: short, one clause, no sentence ending inside it.
    static func isPageNote(_ f: ScalarWindow) -> Bool {
        guard f.count >= 4, f.count <= 40, f[0] == "本", f[1] == "版" else { return false }
        let body = f.last.map(ScalarClass.isSentenceFinal) == true ? f.dropLast() : f[...]
        guard !body.contains(where: { ScalarClass.isSentenceFinal($0) || ScalarClass.isClausePunct($0) && $0 != ":" }) else { return false }
        // (About the page's making: its pictures, copy or editors. `本版集中刊发…` is an editor's
        // sentence in the text.)
        return pageNoteWords.contains { PersonName.contains(Array(body), $0) }
    }
    static let pageNoteWords: [[Unicode.Scalar]] = ["提供", "供稿", "图片", "照片", "摄影", "编辑", "责编", "稿件"].map { Array($0.unicodeScalars) }

    /// A running head or foot crediting the page's editors beside its column label and page
    /// (`人大视窗    责任编辑：胡晓蕾   美编：陈默`, `人大专刊  第7版   责任编辑：杨洁  校对：王敏`,
    /// `人大之声  03   责任编辑：彭书琴`): one or more `FIELD：NAME` credits, where a field is an
    /// editor's (`editorFields`) and a name two to four Han characters, among at most a few short
    /// words without a colon.
    static func isEditorsCredit(_ f: ScalarWindow) -> Bool {
        let words = f.split(whereSeparator: ScalarClass.isSpace).map(Array.init)
        guard words.count <= 10 else { return false }
        var credits = 0, k = 0
        while k < words.count {
            let w = words[k]
            if let field = editorFields.first(where: { w.count > $0.count && w.starts(with: $0) && w[$0.count] == ":" }) {
                var name = Array(w[(field.count + 1)...])
                // (`责任编辑： 胡晓蕾`: the name after a space.)
                if name.isEmpty, k + 1 < words.count { k += 1; name = words[k] }
                // (`责任编辑：秦　雯`: a two-character name letter-spaced.)
                if name.count == 1, k + 1 < words.count, words[k + 1].count == 1, ScalarClass.isHan(words[k + 1][0]) {
                    k += 1
                    name += words[k]
                }
                guard name.count >= 2, name.count <= 4, name.allSatisfy({ ScalarClass.isHan($0) || $0 == "·" }) else { return false }
                credits += 1
            } else if spacedFields.contains(w), k + 1 < words.count, words[k + 1].count >= 2, words[k + 1].count <= 4,
                      words[k + 1].allSatisfy({ ScalarClass.isHan($0) || $0 == "·" }) {
                // (`责任编辑　吕婉婷`, `本版责编 NAME`: an editor's field set apart from the name by a space.)
                credits += 1
                k += 1
            } else if w.count > 12 || w.contains(":") {
                return false
            }
            k += 1
        }
        return credits > 0
    }

    /// Fields of a page's editors' credits, longest first where one begins another.
    static let editorFields: [[Unicode.Scalar]] = [
        "责任编辑", "值班编辑", "美术编辑", "本版编辑", "本版责编", "版式设计", "执行主编", "责编", "美编", "编辑", "校对", "审校", "审核",
        "终审", "复审", "初审", "审稿", "组版", "排版", "版式", "主编",
    ].map { Array($0.unicodeScalars) }

    /// Editors' fields that credit a name after a space as well as after a colon: none is a word of
    /// running text.
    static let spacedFields: Set<[Unicode.Scalar]> = Set(["责任编辑", "本版编辑", "本版责编", "值班编辑", "美术编辑", "责编", "美编"]
        .map { Array($0.unicodeScalars) })

    static let sponsorLabels: [[Unicode.Scalar]] = ["主办单位", "承办单位", "协办单位", "技术支持", "主办", "承办", "协办"].map { Array($0.unicodeScalars) }
    static let operatorEnds: [[Unicode.Scalar]] = ["办公室", "常委会", "委员会", "中心", "公司", "网"]
        .map { Array($0.unicodeScalars) }

    /// A WeChat account line: `江油人大 2024-06-18 17:30 发表于四川` — words with a timestamp and
    /// `发表于`.
    static func isAccountLine(_ f: ScalarWindow) -> Bool {
        guard f.count <= 60, contains(f, publishedAt) else { return false }
        let words = f.split(whereSeparator: ScalarClass.isSpace)
        guard words.count <= 6, let last = words.last, last.starts(with: "发表于".unicodeScalars) else { return false }
        return words.contains { isTimestamp(ScalarWindow(Array($0))) }
    }

    /// A WeChat account line that gives the poster's province instead of `发表于`: `新化人大
    /// 2024-06-12 18:30 湖南` — the account's name, a date, a time of day, and a province or nothing
    /// after them.
    static func isStampedAccountLine(_ f: ScalarWindow) -> Bool {
        guard f.count <= 60 else { return false }
        let words = f.split(whereSeparator: ScalarClass.isSpace).map(Array.init)
        // One word before the date, the account's name (`新化人大`): not a notice's label
        // (`会议时间 2024年6月12日 18:30`, `报名截止 …`, `开幕 …`).
        guard words.count >= 3, words.count <= 4, words[0].count >= 3, words[0].allSatisfy(ScalarClass.isHan),
              !noticeLabelEnds.contains(where: { words[0].count > $0.count && words[0].suffix($0.count).elementsEqual($0) }),
              isTimestamp(ScalarWindow(words[1])) || isFullDate(words[1]), isClock(words[2]) else { return false }
        // Nothing after the time, or the poster's province.
        return words.count == 3 || Gazetteer.shared.isProvinceName(words[3])
    }

    /// How the label of a notice's date ends (`会议时间`, `报名截止`, `开幕日期`).
    static let noticeLabelEnds: [[Unicode.Scalar]] = ["时间", "日期", "截止", "开始", "结束", "开幕", "闭幕", "召开", "举行"].map { Array($0.unicodeScalars) }

    /// `18:30`, `9:05`.
    static func isClock(_ w: [Unicode.Scalar]) -> Bool {
        var i = 0
        guard digitRun(w, &i, 1, 2), i < w.count, w[i] == ":" else { return false }
        i += 1
        return digitRun(w, &i, 2, 2) && i == w.count
    }

    /// A column label alone on a line: `【人大代表风采】`, `◆履职故事◆`, `■ 基层动态 ■` — a bracket or
    /// a mark on both sides of two to six Han characters (spaces and middle dots between them); a
    /// longer bracketed line (`【践行全过程人民民主】`) is a subhead, and so is the label of an
    /// article's column of figures (`【数读】`, `【数说】`), printed inside its text.
    static func isColumnLabel(_ f: ScalarWindow) -> Bool {
        guard f.count >= 4, f.count <= 16, let first = f.first, let last = f.last else { return false }
        guard (first == "【" && last == "】") || (BylineParts.isMark(first) && BylineParts.isMark(last)) else { return false }
        if f[1] == "数", "读说字据".unicodeScalars.contains(f[2]) { return false }
        var han = 0
        for c in f[1..<(f.count - 1)] {
            if ScalarClass.isHan(c) { han += 1 } else if !(ScalarClass.isSpace(c) || c == "·") { return false }
        }
        return han >= 2 && han <= 6
    }

    /// A site's breadcrumb trail: `首页 > 人大新闻 > 基层动态`, `当前位置：首页 > …`, `您现在的位置：首页>>…`,
    /// `您当前的位置：…` (any short label ending in 位置 before a colon).
    static func isBreadcrumb(_ f: ScalarWindow) -> Bool {
        guard f.count <= 80, f.contains(where: { $0 == ">" || $0 == "»" || $0 == "›" }) else { return false }
        if f.starts(with: breadcrumbHome) { return true }
        guard let colon = f.prefix(10).firstIndex(of: ":"), colon >= 2 else { return false }
        return f[colon - 2] == "位" && f[colon - 1] == "置"
    }
    static let breadcrumbHome = Array("首页".unicodeScalars)

    /// A date alone on a line (`2024年6月28日`, `2024年6月28日 星期五`): a dateline under a headline.
    static func isDateAlone(_ f: ScalarWindow) -> Bool {
        guard f.count <= 20 else { return false }
        let words = f.split(whereSeparator: ScalarClass.isSpace).map(Array.init)
        guard let first = words.first, isFullDate(first), words.count <= 2 else { return false }
        return words.count == 1 || (words[1].count == 3 && words[1][0] == "星" && words[1][1] == "期")
    }

    /// An article's end mark alone on a line: `（完）`, `（全文完）`, `——完——`, `-完-`.
    static func isEndMark(_ f: ScalarWindow) -> Bool {
        guard f.count <= 12 else { return false }
        let core = f.filter { !ScalarClass.isSpace($0) && $0 != "(" && $0 != ")" && $0 != "—" && $0 != "-" && $0 != "－" }
        // `END` needs no decoration (a WeChat article's last line); `完` alone could be text.
        return (core.count < f.count || core.first == "E" || core.first == "e") && endMarks.contains(core)
    }
    static let endMarks: [[Unicode.Scalar]] = ["完", "全文完", "本文完", "END", "end"].map { Array($0.unicodeScalars) }

    /// A newspaper's jump line (folded): `（下转第4版）`, `（上接第1版）`, `下转A3版`, `（转第二版）`, `接A1`
    /// — 下转/上接/转/接/续, 第 optionally, a page (a capital letter optionally, one or two digits or
    /// numerals), then 版, 页 or 面 optionally; brackets and spaces around it allowed.
    public static func isJumpMarker(_ f: some Collection<Unicode.Scalar>) -> Bool { jumpDirection(f) != nil }

    /// The direction of a jump line: `.out` for 下转/转 (the text goes on elsewhere), `.in` for
    /// 上接/接/续 (the text comes from elsewhere).
    public enum Jump: Sendable { case out, `in` }

    /// The jump `f` (folded) marks, or nil when it is no jump line.
    public static func jumpDirection(_ f: some Collection<Unicode.Scalar>) -> Jump? {
        guard f.count <= 16 else { return nil }
        let core = f.filter { !ScalarClass.isSpace($0) }
        var i = 0
        if core.first == "(" {
            guard core.last == ")" else { return nil }
            i = 1
        }
        let end = core.first == "(" ? core.count - 1 : core.count
        func at(_ w: String) -> Bool {
            let a = Array(w.unicodeScalars)
            return i + a.count <= end && core[i..<(i + a.count)].elementsEqual(a)
        }
        let jump: Jump
        if at("下转") { i += 2; jump = .out } else if at("上接") || at("上续") { i += 2; jump = .in }
        else if at("转") { i += 1; jump = .out } else if at("接") || at("续") { i += 1; jump = .in } else { return nil }
        if at("第") { i += 1 }
        if i < end, core[i].value >= 0x41, core[i].value <= 0x5A { i += 1 }
        let digits = i
        while i < end && i - digits < 2 && isDigitOrNumeral(core[i]) { i += 1 }
        guard i > digits else { return nil }
        if i < end, core[i] == "版" || core[i] == "页" || core[i] == "面" { i += 1 }
        return i == end ? jump : nil
    }

    /// A WeChat export's header: `原创 贺兰人大 贺兰县人大常委会 2024年05月20日 18:30 宁夏` — 原创 first,
    /// then a few words, a date and a time.
    static func isOriginalMark(_ f: ScalarWindow) -> Bool {
        guard f.count <= 80, f.count >= 2, f[0] == "原", f[1] == "创" else { return false }
        let words = f.split(whereSeparator: ScalarClass.isSpace)
        guard words.count >= 3, words.count <= 9, words[0].count == 2 else { return false }
        let date = words.contains { w in let a = Array(w); return isFullDate(a) || isTimestamp(ScalarWindow(a)) }
        let time = words.contains { w in w.count == 5 && w[w.startIndex + 2] == ":" }
        return date && time && !f.contains(where: ScalarClass.isSentenceFinal)
    }

    /// A running head that names the issue: `2023年第6期    人民之声`, `人大研究 2023年第6期`,
    /// `总第312期` — at most three space-separated words, one of them the issue number.
    static func isIssueHead(_ f: ScalarWindow) -> Bool {
        guard f.contains(where: { $0 == "期" || $0 == "." || $0 == "月" || $0 == "·" }) else { return false }
        // An issue whose digits are set apart, alone or beside a name (`第 16 期`, `总第 312 期`,
        // `宿州人大  2024 年第 5 期`), is the issue written close.
        if let close = closedUpIssue(f) { return isIssueHead(ScalarWindow(close)) }
        let all = f.split(whereSeparator: ScalarClass.isSpace)
        // A magazine's name in capitals beside its Chinese name (`浙江人大 ZHEJIANG RENDA`) adds words
        // but no text.
        func isLatin(_ w: ScalarWindow) -> Bool { w.allSatisfy { ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A } }
        let latin = all.filter(isLatin)
        // (A mark alone between a column's name and its topic, `县区人大谈 · 学习贯彻…`, is no word.)
        let kept = all.filter { !isLatin($0) && !($0.count == 1 && (BylineParts.isBar($0.first!) || "·•|/".unicodeScalars.contains($0.first!))) }
        // A letter-spaced column label beside the issue (`锦州人大　2023年第3期　　履 职 论 坛`) is one
        // word: a run of single Han characters counts once.
        var words: [ScalarWindow] = []
        for (k, w) in kept.enumerated() {
            let single = w.count == 1 && ScalarClass.isHan(w.first!)
            if single, k > 0, kept[k - 1].count == 1, ScalarClass.isHan(kept[k - 1].first!) { continue }
            words.append(w)
        }
        // (Four words only beside such a mark: a table's row, `第1期　3月15日　宪法和代表法　86人`, is text.)
        let markDropped = kept.count + latin.count < all.count
        // (Four words also for a column name in two parts after the magazine's name and the issue,
        // `山西人大　2023年第11期　　发展全过程人民民主　推动人大工作高质量发展`: one word holds digits, the
        // issue, second; a table's row has figures in several, or opens with them, `2024年第1期　　法律法规
        // 宪法　　代表法`.)
        let twoPartColumn = words.count == 4 && words.filter { $0.contains(where: isDigit) }.count == 1
            && !words[0].contains(where: isDigit) && words[1].contains(where: isDigit)
        guard words.count <= (markDropped || twoPartColumn ? 4 : 3), latin.count <= 6, words.reduce(0, { $0 + $1.count }) <= 40 else { return false }
        return words.contains { w in
            var i = w.startIndex
            func digits(_ lo: Int, _ hi: Int) -> Bool { digitRun(w, &i, lo, hi) }
            if w.first == "总" { i += 1 } else if digits(4, 4) {
                // `2024.4`, `2024·4`, `2024年4月` beside a name: the issue by its month.
                if words.count >= 2, i < w.endIndex, w[i] == "." || w[i] == "·" || w[i] == "年" {
                    let sep = w[i]
                    var j = i + 1
                    if digitRun(w, &j, 1, 2), (sep != "年" && j == w.endIndex) || (sep == "年" && j + 1 == w.endIndex && w[j] == "月") { return true }
                }
                guard i < w.endIndex, w[i] == "年" else { return false }
                i += 1
            }
            guard i < w.endIndex, w[i] == "第" else { return false }
            i += 1
            guard digits(1, 4), i < w.endIndex, w[i] == "期" else { return false }
            return i + 1 == w.endIndex
        } && {
            // (A point between digits, `2024.4`, is part of the issue; a comma inside brackets part of
            // a column's name, `县（市、区）人大主任笔谈`.)
            // (Beside an issue dated by its year only, `2023年第5期`: a table's row, `第1期　县直（机关、
            // 企事业）代表培训班　62人`, is text.)
            let dated = words.contains { w in w.count > 5 && w.prefix(4).allSatisfy(isDigit) && w[w.startIndex + 4] == "年" }
            var bracketed = false
            for (k, c) in f.enumerated() {
                if c == "(" { bracketed = true } else if c == ")" { bracketed = false }
                let inNumber = c == "." && k > 0 && k + 1 < f.count && isDigit(f[k - 1]) && isDigit(f[k + 1])
                if !inNumber && (ScalarClass.isSentenceFinal(c) || (ScalarClass.isClausePunct(c) && !(bracketed && dated))) { return false }
            }
            return true
        }()
    }

    /// The line with the spaces between an issue's digits and its words taken out (`2024 年第 5 期` →
    /// `2024年第5期`), when it has any and holds 期; nil otherwise.
    static func closedUpIssue(_ f: ScalarWindow) -> [Unicode.Scalar]? {
        // (Only an issue numbered by 期: a date in a line of text, `联络站于 2024 年 5 月`, stays as printed.)
        guard f.contains(where: { $0 == "期" }) else { return nil }
        func isIssueWord(_ c: Unicode.Scalar) -> Bool { c == "年" || c == "第" || c == "期" }
        var out = [Unicode.Scalar](), changed = false, k = f.startIndex
        out.reserveCapacity(f.count)
        while k < f.endIndex {
            let c = f[k]
            if ScalarClass.isSpace(c), let before = out.last {
                var e = k
                while e < f.endIndex && ScalarClass.isSpace(f[e]) { e += 1 }
                // (Not after the issue's end, `2024年第7期　　12`: a page number follows it.)
                if e < f.endIndex, (isDigit(before) && isIssueWord(f[e])) || ((before == "年" || before == "第") && isDigit(f[e])) {
                    changed = true
                    k = e
                    continue
                }
            }
            out.append(c)
            k += 1
        }
        return changed ? out : nil
    }

    /// A newspaper's running head: a few short words holding a full date and a weekday or an
    /// edition (`巴中日报  2024年5月10日 星期五  第4版  人大视窗`, `2024年5月10日 星期五`), often the
    /// first line after a page break (`\f`).
    ///
    /// An edition may be a page code (`今日宁海 2024年5月22日 A3`, `A03版`); without a date, a paper's
    /// name and its page (`徐州日报·丰县新闻 第4版`) is one too.
    static func isMasthead(_ f: ScalarWindow) -> Bool {
        // (At most 80 scalars, or 60 printed ones across the page's width.)
        guard f.count <= 80 || (f.count <= 160 && f.lazy.filter({ !ScalarClass.isSpace($0) }).count <= 60),
              f.contains(where: { $0 == "版" || $0 == "星" || $0 == "月" }) else { return false }
        let words = f.split(whereSeparator: ScalarClass.isSpace)
        guard words.count <= 6, !f.contains(where: { ScalarClass.isSentenceFinal($0) || ScalarClass.isClausePunct($0) }) else { return false }
        var date = false, weekdayOrEdition = false, page = false, paper = false
        // (`第 4 版` spaced is three words of the line, one edition: counted as one below.)
        var spacedEdition = 0
        for (k, w) in words.enumerated() {
            let a = Array(w)
            if a == ["第"], k + 2 < words.count, words[k + 2].elementsEqual(["版"]),
               words[k + 1].count <= 3, words[k + 1].allSatisfy(isDigitOrNumeral) { weekdayOrEdition = true; page = true; spacedEdition = 2 }
            let full = isFullDate(a)
            if full { date = true }
            if a.count == 3, a[0] == "星", a[1] == "期" { weekdayOrEdition = true }
            if full, a[a.count - 3] == "星" { weekdayOrEdition = true }
            // `第4版`, `第四版`, `第A05版`.
            if a.count >= 3, a.first == "第", a.last == "版",
               a.dropFirst().dropLast().allSatisfy(isDigitOrNumeral) || isPageCode(Array(a.dropFirst())) { weekdayOrEdition = true; page = true }
            if isPageCode(a) { weekdayOrEdition = true }
            if a.count >= 4, a.count <= 16, a.allSatisfy({ ScalarClass.isHan($0) || $0 == "·" }),
               isNewspaperName(a) { paper = true }
        }
        // (A paper's name and a full date need no page: `朝阳日报　2024年7月11日　人大视窗`.)
        // (A publication's short name beside a full date and nothing else, `凉山人大　2023年7月14日`: the
        // page's running head too.)
        let wordCount = words.count - spacedEdition
        let namedDate = date && wordCount == 2 && words.contains { w in w.count >= 2 && w.count <= 8 && w.allSatisfy(ScalarClass.isHan) }
        return (date && weekdayOrEdition) || (page && paper && wordCount <= 3) || (date && paper && wordCount <= 4) || namedDate
    }

    /// A page code: one capital letter, one or two digits, and 版 optionally (`A3`, `B12`, `A03版`).
    static func isPageCode(_ a: [Unicode.Scalar]) -> Bool {
        var b = a[...]
        if b.last == "版" { b = b.dropLast() }
        guard b.count >= 2, b.count <= 3, let c = b.first, c.value >= 0x41, c.value <= 0x5A else { return false }
        return b.dropFirst().allSatisfy(isDigit)
    }

    /// A paper's name: a word ending in 日报, 晚报, 时报, 新闻 or 报 (`徐州日报·丰县新闻`, `巴中日报`).
    static func isNewspaperName(_ a: [Unicode.Scalar]) -> Bool {
        guard let last = a.last else { return false }
        if last == "报" { return true }
        return a.count >= 2 && a[a.count - 2] == "新" && last == "闻"
    }

    /// `2024年5月10日` or in Chinese numerals, `二〇二三年九月十五日` (optionally followed by `星期五`).
    static func isFullDate(_ w: [Unicode.Scalar]) -> Bool {
        var i = 0
        let numerals = w.first.map { !isDigit($0) } ?? false
        func digits(_ lo: Int, _ hi: Int) -> Bool {
            guard numerals else { return digitRun(w, &i, lo, hi) }
            // (A year's numerals one per digit; a month or day up to three, `十二`, `二十五`.)
            let s = i
            while i < w.count, dateNumerals.contains(w[i]) { i += 1 }
            return lo == 4 ? i - s == 4 : (i - s >= 1 && i - s <= 3)
        }
        guard digits(4, 4), i < w.count, w[i] == "年" else { return false }
        i += 1
        guard digits(1, 2), i < w.count, w[i] == "月" else { return false }
        i += 1
        guard digits(1, 2), i < w.count, w[i] == "日" else { return false }
        i += 1
        return i == w.count || (i + 3 == w.count && w[i] == "星" && w[i + 1] == "期")
    }

    /// The numerals of a date written out (`二〇二三年九月十五日`).
    static let dateNumerals = ScalarSet("〇零一二三四五六七八九十".unicodeScalars)

    static func isDigitOrNumeral(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || LineClassifier.isNumeral(s)
    }

    static let http = Array("http://".unicodeScalars), https = Array("https://".unicodeScalars), www = Array("www.".unicodeScalars)

    private func furniture(_ line: LineScalars) -> BylineMatch {
        BylineMatch(kind: .metadata, authors: [], span: 0..<line.count)
    }

    /// On folded scalars (full-width digits are already ASCII).
    static func isDigit(_ s: Unicode.Scalar) -> Bool { ScalarClass.isDigit(s) }

    /// Moves `i` past the digits at `i` in `w`; true when there were `lo`…`hi` of them.
    static func digitRun<C: Collection>(_ w: C, _ i: inout Int, _ lo: Int, _ hi: Int) -> Bool
        where C.Element == Unicode.Scalar, C.Index == Int {
        let s = i
        while i < w.endIndex, isDigit(w[i]) { i += 1 }
        return i - s >= lo && i - s <= hi
    }

    /// `2023-05-16`, `2023/5/16 09:30`, `2023-05-16 10:00:12`, `2023.05.16`.
    static func isTimestamp(_ f: ScalarWindow) -> Bool {
        var i = 0
        func digits(_ lo: Int, _ hi: Int) -> Bool { digitRun(f, &i, lo, hi) }
        guard digits(4, 4), i < f.count, "-/.".unicodeScalars.contains(f[i]) else { return false }
        let sep = f[i]; i += 1
        guard digits(1, 2), i < f.count, f[i] == sep else { return false }
        i += 1
        guard digits(1, 2) else { return false }
        if i == f.count { return true }
        guard ScalarClass.isSpace(f[i]) else { return false }
        while i < f.count, ScalarClass.isSpace(f[i]) { i += 1 }
        guard digits(1, 2), i < f.count, f[i] == ":" else { return false }
        i += 1
        guard digits(2, 2) else { return false }
        if i < f.count, f[i] == ":" { i += 1; guard digits(2, 2) else { return false } }
        return i == f.count
    }

    /// A page's edition and its name (`第 2 版 · 县区传真`, `第3版｜人大视窗`, `第 4 版  基层动态`): 第, the
    /// page's number, 版, then marks or white space and a name of at most ten Han characters.
    static func isEditionHead(_ f: ScalarWindow) -> Bool {
        // (The name set apart from 版 by white space or a mark: `第二版修订稿…` opens text.)
        guard let mark = f.firstIndex(of: "版"), mark + 1 < f.endIndex,
              ScalarClass.isSpace(f[mark + 1]) || editionMarks.contains(f[mark + 1]) else { return false }
        let core = f.filter { !ScalarClass.isSpace($0) }
        guard core.count >= 5, core.count <= 20, core[0] == "第", let edition = core.firstIndex(of: "版"), edition >= 2, edition <= 5,
              core[1..<edition].allSatisfy(isDigitOrNumeral) else { return false }
        let name = core[(edition + 1)...].drop { editionMarks.contains($0) }
        return name.count >= 2 && name.count <= 10 && name.allSatisfy(ScalarClass.isHan)
    }
    static let editionMarks: Set<Unicode.Scalar> = ["·", "•", "・", "|", "｜", "-", "—", "–", "/"]

    /// `— 12 —`, `-12-`, `－ 3 －`, `第12版`, `第 12 页`.
    static func isPageNumber(_ f: ScalarWindow) -> Bool {
        let core = f.filter { !ScalarClass.isSpace($0) }
        guard core.count >= 3, core.count <= 10 else { return false }
        // Dashes or dots around the number: `— 12 —`, `-12-`, `·12·`, `• 12 •`.
        let dashes: Set<Unicode.Scalar> = ["-", "—", "–", "─", "－", "·", "•", "・", "‧", "∙"]
        if dashes.contains(core.first!), dashes.contains(core.last!) {
            let mid = core.drop { dashes.contains($0) }.reversed().drop { dashes.contains($0) }
            return !mid.isEmpty && mid.count <= 4 && mid.allSatisfy(isDigit)
        }
        if core.first == "第", core.last == "版" || core.last == "页" {
            let mid = core.dropFirst().dropLast()
            return !mid.isEmpty && mid.count <= 4 && mid.allSatisfy(isDigit)
        }
        return false
    }
}
