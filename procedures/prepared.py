"""Statements PostgreSQL plans once per connection instead of on every page.

Django's cursors put the parameters in the statement's text, which cannot be prepared. The public
pages' few fixed statements (the search, a procedure page's rows) go through a cursor that sends the
parameters apart, so that psycopg prepares each statement on its first run and PostgreSQL plans it
once: planning was half of what the search statement cost. Queries through it are logged and counted
as Django's are."""

import psycopg
from django.db import connections
from psycopg.types.string import TextLoader


class _PreparedCursor(psycopg.Cursor):
    def execute(self, query, params=None, *, prepare=True, binary=None):
        super().execute(query, params, prepare=prepare, binary=binary)
        if self._query is None and self.log_queries:  # a prepared run keeps no text for Django's log
            self._query = self._convert_query(query, params)
        return self


def preparing_cursor(using="default", *, json_as_text=False):
    """A cursor of the `using` PostgreSQL connection whose statements are prepared on their first run
    (`json_as_text`: jsonb columns come back as their text, not parsed)."""
    connection = connections[using]
    connection.ensure_connection()
    raw = _PreparedCursor(connection.connection)
    if json_as_text:
        raw.adapters.register_loader("jsonb", TextLoader)
    raw.log_queries = connection.queries_logged
    return connection.make_debug_cursor(raw) if connection.queries_logged else connection.make_cursor(raw)
