/// The desk's one script: the review keys. It runs only with the page's nonce, and every
/// key only clicks a button or focuses a field that works without it.
enum DeskScript {
    static let source = """
    (function () {
      var statuses = {v: 'verified', m: 'misquoted', a: 'misattributed', o: 'out-of-context', u: 'unverifiable'};
      document.addEventListener('keydown', function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey) { return; }
        var target = event.target;
        var tag = target && target.tagName;
        if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
          if (event.key === 'Escape') { target.blur(); }
          return;
        }
        var element = null;
        if (statuses[event.key]) {
          element = document.querySelector('#verdict-form button[name="status"][value="' + statuses[event.key] + '"]');
          if (element) { event.preventDefault(); element.click(); }
        } else if (event.key === 'f') {
          element = document.getElementById('accept-finding');
          if (element) { event.preventDefault(); element.click(); }
        } else if (event.key === 'z') {
          element = document.getElementById('undo-button');
          if (element) { event.preventDefault(); element.click(); }
        } else if (event.key === 'n') {
          element = document.getElementById('note');
          if (element) { event.preventDefault(); element.focus(); }
        } else if (event.key === '?') {
          element = document.getElementById('keys-help');
          if (element) { event.preventDefault(); element.hidden = !element.hidden; }
        }
      });
    })();
    """
}
