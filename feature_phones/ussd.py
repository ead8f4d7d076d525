"""The USSD menu as a pure function: (language, choices so far) -> the screen to show.

Gateways keep no state for us: each request carries every choice of the session, so the walk is
replayed from the top each time. Keys are the same on every screen: 98 for more, 0 to go back (to
leave, on the first screen), 00 for the main menu, 99 for the language (main menu only). Lists come in
a fixed order that does not depend on the language, so a replayed choice always means the same thing.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from feature_phones import catalogue
from feature_phones.gsm import gsm_length, shorten, split_pages, to_gsm7

# What a screen may show: 160 GSM-7 characters, the length every network passes whole (182 is the most
# some gateways take); SCREEN_LIMIT adds the 4 of "CON "/"END ", which the handset does not show.
SHOWN_LIMIT = 160
SCREEN_LIMIT = SHOWN_LIMIT + 4
PREFIX_LENGTH = 4
TITLE_LIMIT = 44
MORE, BACK, MAIN, LANGUAGE = "98", "0", "00", "99"
MAX_CHOICES = 60
MAX_SEARCH_RESULTS = 9
CHOICES_PER_SCREEN = 5  # more is hard to read and remember on a small screen; the rest come with 98
LANGUAGES = (("rn", "Ikirundi"), ("fr", "Francais"), ("en", "English"))


@dataclass(frozen=True)
class Screen:
    """One screen: `page_text` is this page's share of the body, so pages join back to the whole."""

    title: str
    page_text: str
    keys: str
    ends: bool
    language: str | None
    hint: str = ""
    page: int = 0
    page_count: int = 1

    @property
    def text(self):
        return "\n".join(part for part in (self.hint, self.title, self.page_text.strip(), self.keys) if part)

    @property
    def response(self):
        return ("END " if self.ends else "CON ") + self.text


def _t(text):
    return to_gsm7(str(text))


def _hint():
    return _t(_("Wrong key, try again."))


class Node:
    """A screen of the menu. Subclasses say what it lists or reads, and where each key leads."""

    is_root = False

    def title(self):
        return ""

    def body_pages(self, size):
        return [""]

    def choose(self, walk, choice):
        return None

    def keys(self, more):
        parts = [MORE + " " + _t(_("More"))] if more else []
        if self.is_root:
            parts.append(" ".join([LANGUAGE, _t(_("Language")), BACK, _t(_("Exit"))]))
        else:
            parts.append(" ".join([BACK, _t(_("Back")), MAIN, _t(_("Menu"))]))
        return "\n".join(parts)

    def pages(self):
        """The body in pages that leave room for the title, the keys and a hint on every page."""
        if "_pages" not in self.__dict__:
            self._pages = self._paginate()
        return self._pages

    def _paginate(self):
        reserve = PREFIX_LENGTH + gsm_length(_hint()) + gsm_length(self.keys(more=True)) + 3
        title = self.title()
        size = SCREEN_LIMIT - reserve - (gsm_length(title) + len(" 99/99") if title else 0)
        return self.body_pages(size) or [""]


class ListNode(Node):
    """A numbered list: each item is (label, the node it leads to)."""

    def items(self):
        return []

    def empty_text(self):
        return ""

    def body_pages(self, size):
        lines = [shorten(f"{number} {to_gsm7(label)}", size) for number, (label, _node) in self._numbered()]
        if not lines:
            return split_pages(self.empty_text(), size)
        pages, current = [], []
        for line in lines:
            if current and (
                len(current) == CHOICES_PER_SCREEN or gsm_length("\n".join([*current, line])) > size
            ):
                pages.append("\n".join(current))
                current = []
            current.append(line)
        return [*pages, "\n".join(current)]

    def _numbered(self):
        if not hasattr(self, "_items"):
            self._items = list(self.items())
        return list(enumerate(self._items, start=1))

    def choose(self, walk, choice):
        for number, (_label, node) in self._numbered():
            if choice == str(number):
                return node
        return None


class TextNode(Node):
    """A text read page by page."""

    def text(self):
        return ""

    def body_pages(self, size):
        return split_pages(to_gsm7(self.text()), size)


class LanguageMenu(ListNode):
    is_root = True

    def title(self):
        return "Isoko"

    def items(self):
        return [(name, code) for code, name in LANGUAGES]

    def keys(self, more):
        return f"{BACK} Sohoka/Quitter/Exit"

    def choose(self, walk, choice):
        code = super().choose(walk, choice)
        if code is None:
            return None
        walk.language = code
        return MainMenu()


class MainMenu(ListNode):
    is_root = True

    def title(self):
        return "Isoko"

    def items(self):
        yield _("Type a word"), SearchPrompt()
        for theme in catalogue.themes_with_procedures():
            yield theme.name, ThemeMenu(theme)
        yield _("Step by step"), JourneysMenu()

    def choose(self, walk, choice):
        # Searching needs no list of themes: one query less for most sessions.
        return SearchPrompt() if choice == "1" else super().choose(walk, choice)


class ThemeMenu(ListNode):
    def __init__(self, theme):
        self.theme = theme

    def title(self):
        return shorten(to_gsm7(self.theme.name), TITLE_LIMIT)

    def items(self):
        return [(p.title, ProcedureMenu(p.pk)) for p in catalogue.procedures_of_theme(self.theme.pk)]

    def empty_text(self):
        return _t(_("No procedure here yet."))


class JourneysMenu(ListNode):
    def title(self):
        return _t(_("Step by step"))

    def items(self):
        return [(journey.title, JourneyText(journey.slug)) for journey in catalogue.journeys()]

    def empty_text(self):
        return _t(_("No journey yet."))


class JourneyText(TextNode):
    def __init__(self, slug):
        self.slug = slug

    def title(self):
        return _t(_("Step by step"))

    def text(self):
        return catalogue.journey_text(self.slug)


class SearchPrompt(TextNode):
    def text(self):
        return _("Type a word (for example: pasiporo) and send it.")

    def choose(self, walk, choice):
        return SearchResults(choice, walk.found) if choice.strip() else None


class SearchResults(ListNode):
    def __init__(self, query, found):
        self.query = query
        self.found = found

    def title(self):
        return shorten(to_gsm7(self.query), TITLE_LIMIT)

    def ids(self):
        """What the search found the first time this session asked, so that a replayed choice still
        means the procedure the caller saw, even if a publication changed the results since."""
        key = " ".join(self.query.split()).casefold()
        if key not in self.found:
            self.found[key] = catalogue.search_ids(self.query)[:MAX_SEARCH_RESULTS]
        return self.found[key]

    def _numbered(self):
        # Numbered by place in what was found, so that a number keeps its procedure on every replay.
        if not hasattr(self, "_items"):
            published = {p.pk: p for p in catalogue.procedures_by_id(self.ids())}
            self._items = [
                (number, (published[pk].title, ProcedureMenu(pk)))
                for number, pk in enumerate(self.ids(), start=1)
                if pk in published
            ]
        return self._items

    def choose(self, walk, choice):
        # A choice needs the id only, not the titles of the list (a query less on every replay).
        ids = self.ids()
        if choice.isdigit() and 1 <= int(choice) <= len(ids):
            return ProcedureMenu(ids[int(choice) - 1])
        return None

    def empty_text(self):
        return _t(_("Nothing found. Go back and try another word."))


class ProcedureMenu(ListNode):
    def __init__(self, procedure_id):
        self.procedure_id = procedure_id
        self._procedure = None

    def procedure(self):
        if self._procedure is None:
            self._procedure = catalogue.published_procedure(self.procedure_id) or False
        return self._procedure

    def title(self):
        procedure = self.procedure()
        return shorten(to_gsm7(procedure.title), TITLE_LIMIT) if procedure else ""

    def items(self):
        if not self.procedure():
            return []
        return [
            (_("Documents to bring"), Section(self, "documents")),
            (_("Fees and total"), Section(self, "fees")),
            (_("Time it takes"), Section(self, "time")),
            (_("Where to apply today"), ProvinceMenu(self)),
        ]

    def empty_text(self):
        return _t(_("This procedure is no longer published."))


SECTION_TITLES = {
    "documents": gettext_lazy("Documents to bring"),
    "fees": gettext_lazy("Fees and total"),
    "time": gettext_lazy("Time it takes"),
}


class Section(TextNode):
    def __init__(self, procedure_menu, section):
        self.procedure_menu = procedure_menu
        self.section = section

    def title(self):
        return _t(SECTION_TITLES[self.section])

    def text(self):
        return catalogue.section_text(self.procedure_menu.procedure(), self.section)


class ProvinceMenu(ListNode):
    def __init__(self, procedure_menu):
        self.procedure_menu = procedure_menu

    def title(self):
        return _t(_("Your province?"))

    def items(self):
        return [(p.name, CommuneMenu(self.procedure_menu, p)) for p in catalogue.provinces()]


class CommuneMenu(ListNode):
    def __init__(self, procedure_menu, province):
        self.procedure_menu = procedure_menu
        self.province = province

    def title(self):
        return _t(_("Your commune?"))

    def items(self):
        return [(c.name, Where(self.procedure_menu, c)) for c in catalogue.communes_of(self.province.pk)]


class Where(TextNode):
    def __init__(self, procedure_menu, commune):
        self.procedure_menu = procedure_menu
        self.commune = commune

    def title(self):
        return _t(_("Where to apply today"))

    def text(self):
        return catalogue.where_text(self.procedure_menu.procedure(), self.commune)


class Walk:
    """The replay of one session's choices: a stack of (screen, page), the language chosen and what
    the session's searches found (`found`, kept by the caller between requests of one session)."""

    def __init__(self, language, found=None):
        self.language = language if language in dict(LANGUAGES) else None
        self.found = {} if found is None else found
        self.stack = [[self._root(), 0]]

    def _root(self):
        return MainMenu() if self.language else LanguageMenu()

    def step(self, choice):
        """Apply one key; returns False when the key is not one this screen knows."""
        node, page = self.stack[-1]
        if choice == MAIN:
            self.stack = [[self._root(), 0]]
        elif choice == BACK:
            self.stack.pop()
        elif choice == MORE:
            if page + 1 >= len(node.pages()):
                return False
            self.stack[-1][1] += 1
        elif choice == LANGUAGE and isinstance(node, MainMenu):
            self.stack.append([LanguageMenu(), 0])
        else:
            chosen = node.choose(self, choice)
            if chosen is None:
                return False
            if isinstance(chosen, MainMenu):  # a language was chosen: start again from the menu
                self.stack = []
            self.stack.append([chosen, 0])
        return True

    def screen(self, hint):
        if not self.stack:
            return goodbye(self.language)
        node, page = self.stack[-1]
        pages = node.pages()
        title = node.title()
        if len(pages) > 1:
            title = f"{title} {page + 1}/{len(pages)}".strip()
        return Screen(
            title=title,
            page_text=pages[page],
            keys=node.keys(more=page + 1 < len(pages)),
            ends=False,
            language=self.language,
            hint=_hint() if hint else "",
            page=page,
            page_count=len(pages),
        )


def goodbye(language):
    with translation.override(language or "rn"):
        thanks = _t(_("Thank you."))
        text = shorten(f"{thanks} {to_gsm7(settings.SITE_URL)}", SCREEN_LIMIT - PREFIX_LENGTH)
    return Screen(title="", page_text=text, keys="", ends=True, language=language)


def ussd_screen(language, choices, found=None):
    """The screen after `choices` (the keys pressed so far, in order), starting in `language` (or
    asking for it when None). `found`, a dict, remembers the session's search results: pass the same
    one for every request of a session (it is filled in place)."""
    if len(choices) > MAX_CHOICES:
        return goodbye(language)
    walk = Walk(language, found)
    hint = False
    for choice in choices:
        with translation.override(walk.language or "rn"):
            hint = not walk.step(choice.strip())
        if not walk.stack:
            break
    with translation.override(walk.language or "rn"):
        return walk.screen(hint)


def parse_text(text):
    """Africa's Talking-style `text`: the choices joined by '*', empty at the start of a session."""
    return text.split("*") if text else []
