/// The desk's Mustache templates: every `{{value}}` is HTML-escaped (`& < > " '`);
/// the one unescaped slot, `{{{body}}}`, takes a page already rendered from these templates.
enum PageTemplates {
    /// The frame of every page: header, sign-out form, the page, the nonce-carrying script.
    static let layout = """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · quotecheck desk</title>
    <style nonce="{{nonce}}">\(DeskStyle.css)</style>
    </head>
    <body>
    <header class="bar">
    <a class="brand" href="/">quotecheck desk</a>
    {{#user}}
    <span class="who">Signed in as <strong>{{user}}</strong></span>
    <form method="post" action="/signout" class="inline">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit">Sign out</button>
    </form>
    {{/user}}
    </header>
    <main id="main">
    {{{body}}}
    </main>
    {{#withScript}}<script nonce="{{nonce}}">\(DeskScript.source)</script>{{/withScript}}
    </body>
    </html>
    """

    /// The sign-in form.
    static let signIn = """
    <h1>Sign in</h1>
    {{#message}}<p class="error" role="alert">{{message}}</p>{{/message}}
    <form method="post" action="/signin" class="card">
    <p><label for="name">Name</label><br><input id="name" name="name" autocomplete="username" value="{{name}}" required autofocus></p>
    <p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
    <p><button type="submit">Sign in</button></p>
    </form>
    """

    /// The undo form (a `z` key press clicks its button).
    static let undo = """
    <form method="post" action="/undo" class="inline">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit" id="undo-button">Undo my last change (z)</button>
    </form>
    """

    /// The queue: filters, counts, the table, exports.
    static let queue = """
    <h1>Queue</h1>
    {{#message}}<p class="notice" role="status">{{message}}</p>{{/message}}
    <form method="get" action="/" class="filters">
    <span class="field"><label for="f-status">Status</label> <select id="f-status" name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></span>
    <span class="field"><label for="f-speaker">Speaker</label> <input id="f-speaker" name="speaker" value="{{filter.speaker}}"></span>
    <span class="field"><label for="f-source">Source id</label> <input id="f-source" name="source" inputmode="numeric" size="6" value="{{filter.source}}"></span>
    <span class="field"><label for="f-site">Site</label> <input id="f-site" name="site" value="{{filter.site}}"></span>
    <span class="field"><label for="f-since">Since</label> <input id="f-since" name="since" placeholder="YYYY-MM-DD" size="11" value="{{filter.since}}"></span>
    <span class="field"><label for="f-until">Until</label> <input id="f-until" name="until" placeholder="YYYY-MM-DD" size="11" value="{{filter.until}}"></span>
    <span class="field"><input id="f-undated" type="checkbox" name="undated" value="1"{{#filter.undated}} checked{{/filter.undated}}> <label for="f-undated">Undated only</label></span>
    <span class="field"><label for="f-q">Search words</label> <input id="f-q" name="q" type="search" placeholder="ceasefire, &quot;a phrase&quot;, negotiat*" value="{{filter.q}}"></span>
    <button type="submit">Filter</button>
    </form>
    <p class="counts"><strong>{{reviewed}} of {{total}}</strong> reviewed · <a href="/next{{query}}" id="start">Review the next unreviewed quote</a></p>
    {{> undo}}
    <table class="queue">
    <thead><tr><th scope="col">#</th><th scope="col">Quote</th><th scope="col">Speaker</th><th scope="col">Said on</th><th scope="col">Status</th><th scope="col">By</th></tr></thead>
    <tbody>
    {{#rows}}<tr><td><a href="/quotes/{{id}}">{{id}}</a></td><td><a href="/quotes/{{id}}">{{text}}</a></td><td>{{speaker}}</td><td>{{saidOn}}</td><td><span class="status s-{{status}}">{{status}}</span></td><td>{{reviewedBy}}</td></tr>
    {{/rows}}
    </tbody>
    </table>
    {{^rows}}<p>No quotes match.</p>{{/rows}}
    <h2>Export</h2>
    <p class="exports"><a href="/export{{exportQuery}}format=csv" download>CSV</a> · <a href="/export{{exportQuery}}format=jsonl" download>JSON Lines</a> · <a href="/export{{exportQuery}}format=claimreview" download>ClaimReview</a> <span class="hint">(the quotes the filters show{{#searching}}, search words aside{{/searching}}; with no status filter, the verified ones, as 'quotecheck export' does)</span></p>
    """

    /// One quote: the words, the context, the verdict form, appearances, findings, history.
    static let quote = """
    <p class="crumbs"><a href="/">Queue</a> · quote {{position}} of {{total}} · <a href="/next?after={{quote.id}}">Next unreviewed</a> · <a href="#keys-help" id="keys-link">Keys (?)</a></p>
    {{#message}}<p class="{{messageClass}}" role="alert">{{message}}</p>{{/message}}
    {{#conflict}}
    <section class="conflict" role="alert" aria-labelledby="conflict-title">
    <h2 id="conflict-title">Someone changed this quote since you opened it</h2>
    <ul>{{#changes}}<li><strong>{{who}}</strong> changed {{field}} from “{{from}}” to “{{to}}” at {{at}}</li>{{/changes}}</ul>
    <p>Your verdict was not recorded. The page below shows the quote as it is now.</p>
    <form method="post" action="/quotes/{{quoteID}}/verdict">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="version" value="{{version}}">
    {{#fields}}<input type="hidden" name="{{name}}" value="{{value}}">{{/fields}}
    <button type="submit" id="anyway">Give my verdict anyway</button>
    </form>
    </section>
    {{/conflict}}
    {{#quote}}
    <article class="quote">
    <h1 class="words">“{{text}}”</h1>
    <p class="speaker"><strong>{{speaker}}</strong>{{#speakerRole}}, {{speakerRole}}{{/speakerRole}}</p>
    <dl class="facts">
    <dt>Said on</dt><dd>{{saidOn}} ({{saidOnBasis}})</dd>
    <dt>Status</dt><dd><span class="status s-{{status}}">{{status}}</span>{{#rating}} · rating {{rating}}{{/rating}}{{#reviewedBy}} · by {{reviewedBy}} at {{reviewedAt}}{{/reviewedBy}}</dd>
    {{#note}}<dt>Note</dt><dd class="note">{{note}}</dd>{{/note}}
    <dt>Evidence</dt><dd><ul class="evidence">{{#evidence}}<li>{{#isLink}}<a href="{{url}}" rel="noopener noreferrer">{{url}}</a>{{/isLink}}{{^isLink}}{{url}}{{/isLink}}</li>{{/evidence}}</ul>{{^evidence}}none{{/evidence}}</dd>
    <dt>Source</dt><dd>{{source.title}}{{#source.site}} · {{source.site}}{{/source.site}}{{#source.published}} · {{source.published}}{{/source.published}}{{#source.url}}<br>{{#source.isLink}}<a href="{{source.url}}" rel="noopener noreferrer">{{source.url}}</a>{{/source.isLink}}{{^source.isLink}}{{source.url}}{{/source.isLink}}{{/source.url}}{{#archived}}<br><a href="/quotes/{{id}}/archive" rel="noopener">Archived copy (as plain text)</a>{{/archived}}</dd>
    <dt>Found by</dt><dd>{{rule}} · confidence {{confidence}}</dd>
    </dl>
    </article>
    {{/quote}}
    <section class="context" aria-label="Context">
    {{#before}}<p class="before">{{before}}</p>{{/before}}
    {{#paragraph}}<p class="paragraph">{{head}}<mark>{{marked}}</mark>{{tail}}</p>{{/paragraph}}
    </section>
    <section class="verdict" aria-labelledby="verdict-title">
    <h2 id="verdict-title">Verdict</h2>
    <form method="post" action="/quotes/{{quote.id}}/verdict" id="verdict-form">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="version" value="{{version}}">
    <div class="statuses">
    <button type="submit" name="status" value="verified" accesskey="v">Verified (v)</button>
    <button type="submit" name="status" value="misquoted">Misquoted (m)</button>
    <button type="submit" name="status" value="misattributed">Misattributed (a)</button>
    <button type="submit" name="status" value="out-of-context">Out of context (o)</button>
    <button type="submit" name="status" value="unverifiable">Unverifiable (u)</button>
    </div>
    <p><label for="rating">Rating</label><br><select id="rating" name="rating">{{#ratings}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/ratings}}</select></p>
    <p><label for="note">Note (n)</label><br><textarea id="note" name="note" rows="3">{{quote.note}}</textarea></p>
    <p><label for="evidence">Add an evidence URL (http or https)</label><br><input id="evidence" name="evidence" type="url" placeholder="https://"></p>
    <p><label for="speaker">Speaker</label><br><input id="speaker" name="speaker" value="{{quote.speaker}}"></p>
    <p><label for="said_on">Said on</label><br><input id="said_on" name="said_on" placeholder="YYYY-MM-DD" value="{{quote.saidOn}}"></p>
    <p><label for="text">Text</label><br><textarea id="text" name="text" rows="3">{{quote.text}}</textarea></p>
    <p><button type="submit" name="status" value="" id="save">Save without a status</button></p>
    </form>
    {{> undo}}
    </section>
    <section id="keys-help" class="keys" aria-labelledby="keys-title" {{^showKeys}}hidden{{/showKeys}}>
    <h2 id="keys-title">Keys</h2>
    <p><kbd>v</kbd> verified · <kbd>m</kbd> misquoted · <kbd>a</kbd> misattributed · <kbd>o</kbd> out of context · <kbd>u</kbd> unverifiable · <kbd>f</kbd> accept the first corroboration finding · <kbd>z</kbd> undo · <kbd>n</kbd> note · <kbd>?</kbd> these keys · <kbd>Esc</kbd> leaves a field</p>
    </section>
    <section aria-labelledby="appearances-title">
    <h2 id="appearances-title">Appearances ({{appearanceCount}})</h2>
    <ul>{{#appearances}}<li>{{title}}{{#published}} · {{published}}{{/published}}{{#url}} · {{#isLink}}<a href="{{url}}" rel="noopener noreferrer">{{url}}</a>{{/isLink}}{{^isLink}}{{url}}{{/isLink}}{{/url}}</li>{{/appearances}}</ul>
    </section>
    <section aria-labelledby="findings-title">
    <h2 id="findings-title">Corroboration findings</h2>
    {{#findings}}<div class="finding"><p><strong>{{kind}}</strong> (score {{score}}){{#speaker}} · {{speaker}}{{/speaker}}</p><p>{{text}}</p><pre class="diff">{{diff}}</pre>
    <form method="post" action="/quotes/{{quote.id}}/finding" class="inline">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="version" value="{{version}}">
    <input type="hidden" name="finding" value="{{id}}">
    <button type="submit"{{#isBest}} id="accept-finding"{{/isBest}}>Accept: {{suggestedStatus}}, with this passage as evidence{{#isBest}} (f){{/isBest}}</button>
    </form></div>{{/findings}}
    {{^findings}}<p>None.</p>{{/findings}}
    </section>
    <section aria-labelledby="history-title">
    <h2 id="history-title">History</h2>
    <table class="history"><thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Field</th><th scope="col">From</th><th scope="col">To</th></tr></thead>
    <tbody>{{#history}}<tr><td>{{at}}</td><td>{{who}}</td><td>{{field}}{{#undo}} (undo){{/undo}}</td><td>{{from}}</td><td>{{to}}</td></tr>{{/history}}</tbody></table>
    {{^history}}<p>No changes yet.</p>{{/history}}
    </section>
    """

    /// An error page.
    static let error = """
    <h1>{{heading}}</h1>
    <p class="error" role="alert">{{message}}</p>
    <p><a href="/">Back to the queue</a></p>
    """
}
