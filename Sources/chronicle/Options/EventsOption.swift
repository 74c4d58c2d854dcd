import ArgumentParser

/// `--rule-events-only`: whether the typed events no rule found stay out of the analysis
/// (docs/Events.md). By default they are in it: every trigger of the lexicon, with its kind,
/// roles, status and own date.
struct EventsOption: ParsableArguments {
    @Flag(name: .customLong("rule-events-only"),
          help: "Keep only the events the event rules find (named documents, meetings, calls); the typed events of the trigger lexicon then only type them. By default every typed event (kind, roles, status, own date) is in chronicle.json, the store, the graph and the diagrams (docs/Events.md).")
    var ruleEventsOnly = false

    /// The default since session 15; still accepted so that scripts that pass it keep working.
    @Flag(name: .customLong("typed-events"), help: .hidden)
    var typedEvents = false

    /// Whether the pipeline adds the typed events no rule found.
    var addsTypedEvents: Bool { !ruleEventsOnly }
}
