"""Building the mirror: every public page in every language, written as static files with gzip and
brotli copies, and a manifest of SHA-256 sums signed with the ministry's Ed25519 key.

A full build starts from `sitemap.xml` and the language home pages and follows every link that stays on
public pages. The state file (`.mirror-state.json`) keeps each page's file, checksum and links, so that
a rebuild after a publication renders only the pages that publication can have changed: the object's
own pages, the pages that link to them or that they link to (a theme, a ministry, an office that lists
it), the home pages, the lists and the sitemap. A nightly full build catches anything else.
"""

import fcntl
import gzip
import hashlib
import json
import os
import re
from collections import deque
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import brotli
from django.conf import settings

from mirror import signing, sitemap
from mirror.render import Page, Renderer

STATE = ".mirror-state.json"
MANIFEST = "MANIFEST.sha256"
COMPRESSED = (".html", ".xml", ".css", ".js", ".svg", ".txt", ".json")
SITEMAP_LOC = re.compile(r"<loc>https?://[^/<]+(/[^<]*)</loc>")
# Brotli's best quality (11) is about a hundred times slower than quality 5 for a few per cent less:
# worth it for a page, not for the sitemap, which lists every page and is written again after each
# publication (0.9 s for 1,000 procedures at quality 11, 0.01 s at quality 5, for a copy about as small).
BROTLI_BEST_UP_TO = 256 * 1024
BROTLI_LARGE_QUALITY = 5


@contextmanager
def locked(root):
    """One build or rebuild of a mirror folder at a time (two workers may each take a publication)."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    with (root / ".mirror.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class Mirror:
    """A mirror folder and its state; build or rebuild it inside `locked(root)`."""

    def __init__(self, root, *, today=None):
        self.root = Path(root)
        self.renderer = Renderer(today=today)
        self.state = self._load_state()
        self.previous = self.state["pages"]  # what the files on disk hold
        self.written = 0
        self.rendered = 0

    def index_pages(self):
        """Every language's home, procedure list and form list: they show what was published last."""
        return [
            f"/{code}/{page}" for code, _name in settings.LANGUAGES for page in ("", "procedures/", "forms/")
        ]

    def sitemap(self):
        """Render and store sitemap.xml; the pages it lists."""
        sitemap = self.renderer.fetch("/sitemap.xml")
        if sitemap.status != 200:
            return []
        self._store(sitemap)
        return SITEMAP_LOC.findall(sitemap.body.decode("utf-8"))

    def build(self):
        """Render every public page (a full build); pages no longer reachable are removed."""
        self.previous, self.state["pages"] = self.state["pages"], {}
        self._crawl(self.index_pages() + self.sitemap(), follow=True)
        for gone in set(self.previous) - set(self.state["pages"]):
            self._remove(gone, self.previous)
        self._finish()

    def rebuild(self, paths, changed=None):
        """Render again what a change to the pages at `paths` (those of the object `changed`) can have
        changed, and pages newly linked."""
        pages = self.state["pages"]
        targets = set(paths)
        affected = set(targets)
        for path, entry in pages.items():
            if targets.intersection(entry["links"]):
                affected.add(path)
        # Pages the object links to may list it (its theme, ministry, offices); the links every page
        # has (the home page's: header, footer, other languages) and static files do not.
        homes = [f"/{code}/" for code, _name in settings.LANGUAGES]
        site_wide = {link for home in homes for link in pages.get(home, {}).get("links", [])}
        for path in targets:
            affected.update(
                link
                for link in pages.get(path, {}).get("links", [])
                if link not in site_wide and not link.startswith(self.renderer.static_prefix)
            )
        affected.update(self.index_pages())
        if not self._update_sitemap(targets, changed):
            self.sitemap()
        known = set(pages)
        self._crawl(sorted(affected), follow=False)
        new = {link for path in affected for link in pages.get(path, {}).get("links", [])} - known
        self._crawl(sorted(new), follow=True)
        self._finish()

    def _update_sitemap(self, paths, changed):
        """Put the entries of `changed` in place of those of `paths` in the stored sitemap (see
        mirror/sitemap.py); False when the whole sitemap must be rendered instead."""
        entry = self.previous.get("/sitemap.xml")
        stored = self.root / entry["file"] if entry else None
        if changed is None or stored is None or not stored.is_file():
            return False
        entries = sitemap.entries_for(changed)
        if entries is None:
            return False
        text = sitemap.replace_entries(stored.read_text("utf-8"), paths, entries)
        self._store(Page("/sitemap.xml", 200, "application/xml", text.encode("utf-8")))
        return True

    def _crawl(self, start, *, follow):
        queue, seen = deque(start), set()
        while queue:
            path = queue.popleft()
            if path in seen or not self.renderer.wanted(path):
                continue
            seen.add(path)
            page = self.renderer.fetch(path)
            self.rendered += 1
            if page.status != 200:
                self._remove(path)
                continue
            self._store(page)
            if follow:
                queue.extend(
                    link for link in page.links if link not in seen and link not in self.state["pages"]
                )

    def _store(self, page):
        name = page.file_name()
        digest = hashlib.sha256(page.body).hexdigest()
        old = self.previous.get(page.path)
        self.state["pages"][page.path] = {"file": name, "sha256": digest, "links": page.links}
        target = self.root / name
        if old and old["sha256"] == digest and target.exists():
            return
        _write(target, page.body)
        self.written += 1

    def _remove(self, path, pages=None):
        entry = (self.state["pages"] if pages is None else pages).pop(path, None)
        if entry:
            for suffix in ("", ".gz", ".br"):
                (self.root / (entry["file"] + suffix)).unlink(missing_ok=True)

    def _finish(self):
        self.state["built_at"] = datetime.now(UTC).isoformat()
        _write(self.root / STATE, json.dumps(self.state, sort_keys=True).encode("utf-8"), compress=False)
        lines = sorted(f"{entry['sha256']}  {entry['file']}\n" for entry in self.state["pages"].values())
        manifest = "".join(lines).encode("utf-8")
        _write(self.root / MANIFEST, manifest, compress=False)
        _write(self.root / (MANIFEST + ".sig"), signing.sign(manifest), compress=False)

    def _load_state(self):
        try:
            return json.loads((self.root / STATE).read_text("utf-8"))
        except (OSError, ValueError):
            return {"pages": {}}


def _write(target, body, *, compress=True):
    """Write atomically (a reader never sees half a file), with gzip and brotli copies of text files."""
    target.parent.mkdir(parents=True, exist_ok=True)
    copies = [(target, body)]
    if compress and target.suffix in COMPRESSED:
        copies += [
            (target.with_name(target.name + ".gz"), gzip.compress(body, 9, mtime=0)),
            (target.with_name(target.name + ".br"), brotli.compress(body, quality=_brotli_quality(body))),
        ]
    for path, data in copies:
        temporary = path.with_name(f".{path.name}.tmp{os.getpid()}")
        temporary.write_bytes(data)
        os.replace(temporary, path)


def _brotli_quality(body):
    return 11 if len(body) <= BROTLI_BEST_UP_TO else BROTLI_LARGE_QUALITY


def verify(root):
    """Problems with a mirror folder: a bad signature, a file missing or different from the manifest."""
    root = Path(root)
    manifest = (root / MANIFEST).read_bytes()
    problems = [] if signing.verify(manifest, (root / (MANIFEST + ".sig")).read_bytes()) else ["signature"]
    for line in manifest.decode("utf-8").splitlines():
        digest, name = line.split("  ", 1)
        path = root / name
        if not path.is_file():
            problems.append(f"missing: {name}")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"altered: {name}")
    return problems
