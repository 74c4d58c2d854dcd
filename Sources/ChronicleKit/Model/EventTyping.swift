/// What the typed-event stage knows about an event beyond its coarse kind: its compact kind,
/// PLOVER type and CAMEO root, its status, where its date came from, and its arguments.
public struct EventTyping: Sendable, Hashable {
    /// Whether the event happened, as the text presents it.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Asserted as having happened (or happening).
        case happened
        /// Said not to have happened ("did not meet", "denied attacking").
        case negated
        /// Planned or future ("will visit", "plans to", "agreed to hold").
        case planned
        /// Asked for inside an appeal ("called on Moscow to release …").
        case demanded
        /// Reported or alleged ("reportedly", "allegedly").
        case reported
        /// Hypothetical or conditional ("if", "could", "might").
        case hypothetical
    }

    /// Where the event's date comes from.
    public enum DateSource: String, Sendable, Hashable {
        /// A time expression of the event's own clause.
        case clause
        /// The sentence's time expression, which governs the event.
        case sentence
        /// A time after "since" in the event's clause or sentence: when the event (a state:
        /// "detained since 2011") began.
        case since
        /// Another mention of the same event (a headline takes its body mention's date).
        case mention
        /// The rule that found the event gave the date.
        case rule
        /// Counted back from an anniversary: "on the fifth anniversary of a woman's slaying" in
        /// an article of 2020-03-17 dates the slaying 2015-03-17.
        case anniversary
        /// The day of the story's occasion, told in an earlier sentence of the paragraph (the
        /// event's sentence gives no time; `TypedEventFinder.carryOccasion`).
        case occasion
        /// The time of a relative clause on the event's noun, or of the noun event a relative
        /// clause tells of ("the bombings which killed 224 people … on Aug. 7, 1998"; "the 1996
        /// Olympic bombing that killed one person": `TypedEventFinder.shareRelativeDates`).
        case relative
        /// The day of the saying: a first-person performative in a quotation ("we call for an end
        /// to the bullying," Esper said) is done by saying it, on the day the attribution gives, else
        /// the article's (`TypedEventFinder.isPerformative`; session 27).
        case saying
        /// The date of the verb event a verb is joined to by "and" or "but", sharing its subject:
        /// "the bombing of an abortion clinic that killed an off-duty police officer and maimed a
        /// nurse" (`TypedEventFinder.shareCoordinatedDates`; session 32).
        case coordinated
        /// The date of another event of the sentence moved by the distance the sentence tells:
        /// "resigned two days after the vote on Monday" (`TypedEventFinder.shareOffsetDates`;
        /// session 33).
        case offset
        /// No date in the text: `fallbackDate` holds the article date, marked as a fallback.
        case article
        /// No date at all.
        case none
    }

    /// One argument: a role, the span of its phrase, and the actor named there, if any.
    public struct Argument: Sendable, Hashable {
        /// `agent`, `target`, `participant`, `place`.
        public var role: String
        public var span: Span
        public var text: String
        /// The canonical name of an actor mentioned in the span, if one is.
        public var actor: String?
        /// How the argument was found (`subject`, `object`, `passive-by`, `possessor`, …).
        public var rule: String
    }

    /// The compact kind (one of `kinds.tsv`).
    public var type: String
    /// The PLOVER type (0.8 names), if one applies.
    public var plover: String?
    /// The CAMEO root code ("04"), if one applies.
    public var cameo: String?
    public var status: Status
    public var dateSource: DateSource
    /// The article date when the text gives no date (`dateSource == .article`); never `date`.
    public var fallbackDate: String?
    public var arguments: [Argument]
    /// The trigger lexicon entry that found the event.
    public var trigger: String
    /// Whether the event is its sentence's main event (the first asserted action of the main clause).
    public var main: Bool
    /// Scalar spans of every mention's trigger, the main one first.
    public var mentionTriggers: [Span]
    /// The kind the sentence reads the event as, when it is not the event's own: harm done in an
    /// armed attack ("killed 23 people in a bomb attack") is a death or an injury (`violence`,
    /// as KAIROS types it: Life.Die) that PLOVER codes as the attack (`military`).
    public var sentenceKind: String? = nil
    /// The arguments each further mention had in its own sentence (the headline's "Apple
    /// unveils iPod nano"), by its trigger span; `chronicle events` writes them on the
    /// mention's own line.
    public var mentionArguments: [Span: [Argument]] = [:]
}
