/// Finds an event's arguments (agent, target, participants, place) around its trigger.
///
/// `LocalRoleFinder` reads local word patterns; a finder that reads a dependency parse (the
/// syntax layer: nsubj, obj, obl:agent, nmod:poss) conforms to the same protocol and replaces
/// it in `TypedEventFinder` without other changes.
public protocol RoleFinder: Sendable {
    /// The arguments of the trigger at `trigger` (token range) in `sentence`.
    func arguments(of trigger: TriggerSite, in context: SentenceContext) -> [EventTyping.Argument]
}

/// A trigger as the role finder sees it.
public struct TriggerSite: Sendable {
    public var tokens: Range<Int>
    /// The entry, in a box that the copies of a site share: sites are copied often (the typed
    /// event finder's sites, their slices and closures), and an entry holds ten strings, arrays and
    /// sets to retain. Changing the entry of a site whose box is shared gives it its own box first
    /// (copy on write), so a site is still a value.
    private var box: EntryBox
    public var entry: TriggerLexicon.Entry {
        _read { yield box.entry }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = EntryBox(box.entry) }
            yield &box.entry
        }
    }
    /// Read as a noun (a nominal event: "the arrest of 36 people").
    public var isNoun: Bool
    /// The first word is a past form.
    public var isPast: Bool
    /// A verb in the present with a calendar time of its clause after it: a schedule, an event
    /// still to come ("the trek, which kicks off June 9th"; session 28, `GenericVerbs`).
    public var scheduled: Bool = false

    public init(tokens: Range<Int>, entry: TriggerLexicon.Entry, isNoun: Bool, isPast: Bool, scheduled: Bool = false) {
        self.tokens = tokens
        box = EntryBox(entry)
        self.isNoun = isNoun
        self.isPast = isPast
        self.scheduled = scheduled
    }

    /// `TriggerSite.entry`'s box (changed only while no other site holds it).
    final class EntryBox: @unchecked Sendable {
        var entry: TriggerLexicon.Entry
        init(_ entry: TriggerLexicon.Entry) { self.entry = entry }
    }
}

/// One sentence of a document with what the role and status readers need. A stage makes one
/// per document and `enter`s each sentence: made per sentence, it copied the document, its
/// actor layer and times (a retain of each of their arrays and strings, and a release after).
/// What the sentences share is held by reference (`Shared`), read in place (`_read`), so a copy
/// of the context (a closure that captures it, a worker that keeps it) is a few retains.
public struct SentenceContext {
    /// The document and what the earlier stages found in it, shared by every sentence.
    final class Shared {
        let doc: Document
        let mentionAt: [Int32]
        let timeAt: [Int32]
        let actors: ActorLayer
        let times: [TimeExpression]
        init(doc: Document, mentionAt: [Int32], timeAt: [Int32], actors: ActorLayer, times: [TimeExpression]) {
            self.doc = doc
            self.mentionAt = mentionAt
            self.timeAt = timeAt
            self.actors = actors
            self.times = times
        }
    }
    let shared: Shared
    public var doc: Document { _read { yield shared.doc } }
    public internal(set) var sentence: Sentence
    /// For each token of the document, the actor mention covering it (-1 for none).
    public var mentionAt: [Int32] { _read { yield shared.mentionAt } }
    /// For each token of the document, the time expression covering it (-1 for none).
    public var timeAt: [Int32] { _read { yield shared.timeAt } }
    public var actors: ActorLayer { _read { yield shared.actors } }
    public var times: [TimeExpression] { _read { yield shared.times } }
    /// The sentence's calendar time expressions, in order (made once per sentence).
    public var calendarTimes: [TimeExpression] = []
    /// Whether the sentence says "according to" (its events are reported).
    public var accordingTo = false
    /// Whether the sentence points to a time other than its story's day ("previously", "earlier",
    /// "at the time": `TypedEventFinder.otherTimeWords`), so no occasion's day is carried into it.
    public var pointsElsewhere = false
    /// Whether the sentence is a headline in title case or capitals ("Woman Killed In Queens
    /// Hit-And-Run, Driver Charged"): its capitals say nothing about names, so triggers are
    /// read as in lower case (`TypedEventFinder.isTitleCase`).
    public var titleCase = false
    /// The token ranges of the sentence's triggers read as verbs (typed events), in order.
    public var verbTriggers: [Range<Int>] = []
    /// The compact kinds of those triggers, in the same order.
    public var verbTriggerKinds: [String] = []

    public var tokens: [Token] { doc.tokens }
}

extension SentenceContext {
    /// The context of sentence `sentence` of a document.
    init(doc: Document, sentence: Sentence, mentionAt: [Int32], timeAt: [Int32], actors: ActorLayer, times: [TimeExpression]) {
        shared = Shared(doc: doc, mentionAt: mentionAt, timeAt: timeAt, actors: actors, times: times)
        self.sentence = sentence
    }

    /// The context of the document before its first sentence (`enter` one before reading it).
    init(doc: Document, mentionAt: [Int32], timeAt: [Int32], actors: ActorLayer, times: [TimeExpression]) {
        self.init(doc: doc, sentence: Sentence(index: -1, span: Span(0, 0), tokens: 0..<0, paragraph: -1), mentionAt: mentionAt, timeAt: timeAt,
                  actors: actors, times: times)
    }

    /// Moves to sentence `s`: what was found of the sentence before is forgotten.
    mutating func enter(_ s: Sentence) {
        sentence = s
        calendarTimes.removeAll(keepingCapacity: true)
        accordingTo = false
        pointsElsewhere = false
        titleCase = false
        verbTriggers.removeAll(keepingCapacity: true)
        verbTriggerKinds.removeAll(keepingCapacity: true)
    }
}
