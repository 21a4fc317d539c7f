/// What a heading turned out to be once its neighbours are known.
enum HeadingRole: Equatable {
    /// The title of the section whose byline follows it.
    case titleOfNext
    /// A pre-title (引题) over the title of the section whose byline follows: the first part of
    /// that title.
    case preTitle
    /// The title of the section before it (magazines that print the title after the article).
    case titleOfPrevious
    /// A title printed inside its article's text, where a column jump cut a sentence.
    case displacedTitle
    /// The title of a section without a byline (`前言`).
    case startsUnbylinedSection
    /// A running head or column label.
    case furniture
    /// An in-article subhead.
    case subhead
    /// Not a heading after all: a short paragraph cut at a column jump.
    case paragraph
}
