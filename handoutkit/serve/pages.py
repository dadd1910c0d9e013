"""What the preview adds to the built pages it serves: a reload script and error pages."""

from __future__ import annotations

import html
import logging

logger = logging.getLogger(__name__)

PREFIX = "/__preview__/"  # the preview's own paths; no built file starts with "__"
VERSION_PATH = PREFIX + "version"  # ?page=/html/x.html → that page's version, as text
SCRIPT_PATH = PREFIX + "reload.js"
POLL_MS = 500
ANNOUNCE_MS = 250  # after the page loads: screen readers then announce the status

# Polling a tiny endpoint works in every browser and survives the server restarting; the
# page reloads when its version moves (a rebuild wrote its outputs, or its error changed).
# A status that is there when the page loads is not announced, so the one saying the
# recording is being updated is written into it again once the page has loaded.
RELOAD_SCRIPT = f"""(function () {{
  var url = "{VERSION_PATH}?page=" + encodeURIComponent(location.pathname);
  var seen = null;
  var status = document.querySelector(".recording-updating[role=status]");
  if (status) {{
    var words = status.textContent;
    status.textContent = "";
    setTimeout(function () {{ status.textContent = words; }}, {ANNOUNCE_MS});
  }}
  function check() {{
    fetch(url, {{cache: "no-store"}}).then(function (answer) {{
      return answer.ok ? answer.text() : null;
    }}).then(function (version) {{
      if (version === null) return;
      if (seen !== null && version !== seen) {{ location.reload(); return; }}
      seen = version;
    }}).catch(function () {{}}).then(function () {{ setTimeout(check, {POLL_MS}); }});
  }}
  check();
}})();
""".encode()

SCRIPT_TAG = f'<script src="{SCRIPT_PATH}"></script>'
ERROR_STYLE = ("body{font:1.25rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
               "padding:0 1rem;color:#000;background:#fff}"
               "pre{white-space:pre-wrap;border:3px solid #a00000;padding:1rem}")


def with_reload(page: bytes, problems: list[str]) -> bytes:
    """A built page with the reload script before its `</body>`, and any problems on top."""
    text = page.decode("utf-8")
    end = text.rfind("</body>")
    end = len(text) if end < 0 else end
    banner = _problem_list(problems) if problems else ""
    start = text.find(">", text.find("<body")) + 1 if "<body" in text else 0
    return (text[:start] + banner + text[start:end] + SCRIPT_TAG + text[end:]).encode("utf-8")


def error_page(problems: list[str]) -> bytes:
    """A page that shows what to fix in place of an output the build could not make."""
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>Build error</title><style>{ERROR_STYLE}</style></head><body>"
            f"<h1>The build stopped at a problem</h1>{_problem_list(problems)}"
            f"<p>Fix it and save: this page reloads by itself.</p>{SCRIPT_TAG}</body></html>\n"
            ).encode()


def _problem_list(problems: list[str]) -> str:
    shown = "\n".join(html.escape(problem) for problem in problems)
    return f'<pre role="alert">{shown}</pre>'
