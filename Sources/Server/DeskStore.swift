import Store

/// The store the web desk reads and writes: its quotes (``Store/ClaimStore``)
/// and its accounts (``Store/AccountStore``), whichever backend keeps them —
/// the workbench's SQLite store on one machine, PostgreSQL for a team, which
/// then shares the accounts too (issue 18). Every call is awaited.
public typealias DeskStore = any ClaimStore & AccountStore
