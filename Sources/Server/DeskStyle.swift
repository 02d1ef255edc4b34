/// The desk's one style sheet, inlined with the page's nonce (no third-party asset: the desk works offline).
///
/// Text is #1b1b1b on white (17.2:1), links #0b4f9c (8.0:1), muted text #4a4a4a (8.9:1), the
/// highlighted quote black on #ffe066 (16.1:1), button text on #e9ecef (14.5:1), errors #8a1010
/// on #fdecec (8.5:1); every control shows a 3 px focus ring.
enum DeskStyle {
    static let css = """
    body{font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fff;margin:0}
    main{max-width:62rem;margin:0 auto;padding:1rem}
    a{color:#0b4f9c}
    .bar{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;padding:.5rem 1rem;background:#f1f3f5;border-bottom:1px solid #c9ced3}
    .brand{font-weight:700;text-decoration:none;color:#1b1b1b}
    .who{margin-left:auto}
    .inline{display:inline}
    button,input,select,textarea{font:inherit;color:#1b1b1b}
    button{background:#e9ecef;border:1px solid #6c757d;border-radius:4px;padding:.35rem .7rem;cursor:pointer;margin:.15rem 0}
    input,select,textarea{border:1px solid #6c757d;border-radius:4px;padding:.3rem;max-width:100%;box-sizing:border-box}
    textarea,#evidence,#speaker{width:100%}
    :focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
    .error{color:#8a1010;background:#fdecec;padding:.5rem;border-left:4px solid #8a1010}
    .notice{background:#eef6ee;padding:.5rem;border-left:4px solid #1f6f2a}
    .conflict{background:#fff4e5;border:2px solid #8a4b00;padding:.5rem 1rem;margin:1rem 0}
    .filters{display:flex;flex-wrap:wrap;gap:.4rem .9rem;align-items:center;margin-bottom:.5rem}
    .field{display:inline-flex;gap:.3rem;align-items:center}
    table{border-collapse:collapse;width:100%}
    th,td{text-align:left;padding:.3rem;border-bottom:1px solid #dee2e6;vertical-align:top}
    .queue td:nth-child(2){max-width:28rem;overflow-wrap:anywhere}
    .words{font-size:1.5rem;line-height:1.35;overflow-wrap:anywhere}
    .facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
    .facts dt{font-weight:600;color:#4a4a4a}
    .facts dd{margin:0;overflow-wrap:anywhere}
    .context p{max-width:48rem}
    .before{color:#4a4a4a}
    mark{background:#ffe066;color:#000;padding:0 .1em}
    .statuses{display:flex;flex-wrap:wrap;gap:.4rem}
    .status{padding:0 .3rem;border-radius:3px;background:#e9ecef}
    .diff{white-space:pre-wrap;overflow-wrap:anywhere}
    kbd{border:1px solid #6c757d;border-radius:3px;padding:0 .25rem}
    .hint{color:#4a4a4a}
    @media (max-width:40rem){.queue th:nth-child(4),.queue td:nth-child(4),.queue th:nth-child(6),.queue td:nth-child(6){display:none}.facts{grid-template-columns:1fr}}
    """
}
