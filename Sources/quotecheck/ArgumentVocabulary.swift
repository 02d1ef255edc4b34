import ArgumentParser
import Store

/// The verdict vocabulary read straight from the command line: the parser
/// refuses a word outside it (exit 64, naming the flag and listing the
/// words), and `--help` lists them.
extension Status: ExpressibleByArgument {}

/// See ``Status``'s conformance.
extension Rating: ExpressibleByArgument {}
