/// libxml2's one-time, process-wide set-up, for programs that parse on
/// several threads.
///
/// libxml2 wants `xmlInitParser()` called once, before any thread parses
/// (`../shared/LIBXML2.md`). Every parse in this module makes sure of it
/// anyway, but a program about to start parsing threads calls
/// ``prepare()`` first, on its own thread, so that the workers only ever
/// find the parser ready: allocation hooks, the parser's global tables and
/// the external entity loader that refuses everything are all set before
/// them, and none of them changes while they run. What stays per thread
/// (error handlers, the allocation arena) is set by each parse on its own
/// thread.
public enum ParserSetup {
    /// Initialises libxml2 once for the whole process; later calls do nothing.
    public static func prepare() {
        LibXML2Parser.prepare()
    }
}
