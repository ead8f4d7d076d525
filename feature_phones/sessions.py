"""One USSD request of a session, the same for the gateway and the admin's simulator.

The gateway sends every key of the session so far with each request, so the walk is replayed from the
session's first screen, in the language the session *started* in, even after a language was chosen in
it; the next session starts in the language chosen. The simulator once took the chosen language as the
language to start from while keeping the key that chose it, so "Kirundi, then 4" replayed "1" as "type a
word" and searched for "4" (issue 27 item 9). Both now go through `answer()`; only where the phone's
memory is kept differs (the database for phones, the clerk's own session for the simulator).
"""

from dataclasses import asdict, dataclass

from django.utils.crypto import salted_hmac

from feature_phones.ussd import LANGUAGES, parse_text, ussd_screen


def session_hash(session_id):
    return salted_hmac("feature_phones.session", session_id or "", algorithm="sha256").hexdigest()[:32]


@dataclass(frozen=True)
class Memory:
    """What is remembered about a phone: its language, and the session that chose it (hashed) with the
    language that session started in."""

    language: str | None = None
    chosen_in_session: str = ""
    language_before: str = ""

    def session_languages(self, session_key):
        """(the language the session starts in, the language remembered now)."""
        if not self.language:
            return None, None
        if self.chosen_in_session == session_key:
            return self.language_before or None, self.language
        return self.language, self.language


def answer(phone, session_id, text):
    """The screen for a gateway's request (`text`: the keys so far joined by '*'), remembering in `phone`
    (a StoredPhone or a SimulatedPhone) the language chosen and what the session's searches found."""
    key = session_hash(session_id)
    start, remembered = phone.memory().session_languages(key)
    found = phone.searches(key)
    searched_before = dict(found)
    screen = ussd_screen(start, parse_text(text), found)
    if found != searched_before:
        phone.keep_searches(key, found)
    if screen.language and screen.language != remembered:
        phone.remember(Memory(screen.language, key, start or ""))
    return screen


class SimulatedPhone:
    """The simulator's phone: its memory is kept in the clerk's own session, never in the phones' table."""

    KEY = "feature_phone_simulator"

    def __init__(self, django_session):
        self.store = django_session

    def _state(self):
        return self.store.get(self.KEY) or {"memory": {}, "found": {}}

    def memory(self):
        saved = self._state()["memory"]
        return Memory(**saved) if saved.get("language") in dict(LANGUAGES) else Memory()

    def remember(self, memory):
        self.store[self.KEY] = {**self._state(), "memory": asdict(memory)}

    def forget_language(self, language):
        """What the clerk set before dialling: the phone remembers `language` (None: nothing)."""
        self.remember(Memory(language or None))

    def searches(self, session_key):
        return dict(self._state()["found"].get(session_key) or {})

    def keep_searches(self, session_key, found):
        # Only the current session's searches are kept: a clerk's session does not grow for ever.
        self.store[self.KEY] = {**self._state(), "found": {session_key: found}}
