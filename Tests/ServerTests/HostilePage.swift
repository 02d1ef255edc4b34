/// An imported page whose quote, speaker and context hold markup and script: the desk must render it inert.
enum HostilePage {
    /// What the quote's script would set `document.title` to if it ran.
    static let marker = "PWNED-BY-QUOTE"

    static let html = """
    <!doctype html>
    <html><head><meta charset="utf-8"><title>Council hears &lt;script&gt;document.title='\(marker)'&lt;/script&gt; plan</title>
    <meta property="og:site_name" content="Hostile Herald"></head>
    <body><article>
    <h1>Council hears the plan</h1>
    <p>The council met on Tuesday to discuss the budget for the coming year, with several members raising concerns.</p>
    <p>“We will never accept &lt;script&gt;document.title='\(marker)'&lt;/script&gt; or &lt;img src=x onerror=document.title='\(marker)'&gt; or javascript:alert(1) or &lt;/textarea&gt;&lt;b&gt;bold&lt;/b&gt; in this budget,” said Mayor Jane Doe at the meeting.</p>
    <p>The vote is expected next month after a public consultation on the proposal closes.</p>
    </article></body></html>
    """
}
