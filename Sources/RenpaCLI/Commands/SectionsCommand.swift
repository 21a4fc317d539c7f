import Corpus

/// `renpa sections`: the bylined sections of each file, in reading order.
enum SectionsCommand: Command {
    static let name = "sections"
    static let abstract = "List each file's bylined sections: title, authors, office, region, body lines."
    static let usage = "[--format text|json] [--glob PATTERN] [--jobs N] PATH..."
    static let discussion = """
    JSON (the contract scored by score.py): {"files":[{"path","encoding","sections":[{"title","authors",
    "office","region":{"province","prefecture","county","code"}|null,"byline":{"line","text"}|null,
    "lines":[[from,to],…] (body source lines in reading order),"text"}],"joins":[[end,start],…],
    "furniture":[[from,to]],"leftovers":[[from,to]]}]}

    Example: renpa sections seeds/ --format json
    """
    static let options: [OptionSpec] = [CommonOptions.format(["text", "json"]), CommonOptions.glob, CommonOptions.jobs]

    static func run(_ args: ParsedArguments, _ term: Terminal) throws -> Int32 {
        var input = try CorpusInput(args, command: name)
        let json = args.value("--format") == "json"
        if json { term.out("{\"files\":[") }
        var first = true
        input.documents(term, transform: { doc in
            json ? DocumentRendering.json(doc) : DocumentRendering.text(doc)
        }, consume: { _, rendered in
            if json {
                term.out((first ? "" : ",\n") + rendered)
            } else {
                term.out((first ? "" : "\n") + rendered)
            }
            first = false
        })
        if json { term.out("]}\n") }
        return input.failures > 0 ? 1 : 0
    }
}
