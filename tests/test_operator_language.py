"""manage.py commands speak the operator's language (OPERATOR_LANGUAGE, English by default), not the
site's default language (Kirundi, for citizens)."""

import sys
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import translation

import manage
from tests.test_settings import run_check


@pytest.fixture
def run_manage(monkeypatch, capsys, settings):
    """Runs `manage.py ARGS` in this process, as an operator would in a terminal (with --skip-checks:
    the tests run with DEBUG off and the development key, which the start-up checks refuse)."""

    def run(*args):
        monkeypatch.setattr(sys, "argv", ["manage.py", *args])
        # A fresh process starts in the site's default language; whatever the command activates ends here.
        with translation.override(settings.LANGUAGE_CODE):
            try:
                manage.main()
            except SystemExit as stopped:
                assert stopped.code not in (0, None)
        return capsys.readouterr()

    return run


@pytest.mark.django_db(transaction=True)  # the command line closes the database connection at the end
def test_a_command_prints_in_english_by_default_not_in_the_sites_kirundi(run_manage, settings):
    assert settings.LANGUAGE_CODE == "rn"
    assert "The audit log is intact." in run_manage("verify_audit", "--skip-checks").out
    refused = run_manage("issue_code", "nobody", "--skip-checks")
    assert "There is no account named nobody." in refused.err


@pytest.mark.django_db(transaction=True)
def test_a_command_prints_in_the_configured_operator_language(run_manage, settings):
    settings.OPERATOR_LANGUAGE = "fr"
    assert "Le journal d'audit est intact." in run_manage("verify_audit", "--skip-checks").out
    assert "Il n'y a pas de compte nommé nobody." in run_manage("issue_code", "nobody", "--skip-checks").err


def test_a_commands_help_is_in_the_operator_language(run_manage, settings):
    # The help text is translated when the command's module is imported: drop it to import it again.
    sys.modules.pop("accounts.management.commands.issue_code", None)
    settings.OPERATOR_LANGUAGE = "fr"
    assert "Affiche un code à usage unique" in run_manage("help", "issue_code").out
    sys.modules.pop("accounts.management.commands.issue_code", None)


@pytest.mark.django_db
def test_call_command_keeps_the_callers_language(settings):
    """Code that calls a command (tests, the demo loader) chooses the language itself."""
    out = StringIO()
    with translation.override("rn"):
        call_command("verify_audit", stdout=out)
    assert "Igitabo c'igenzura kimeze neza." in out.getvalue()


def test_an_unknown_operator_language_is_refused_at_start_up():
    result = run_check(OPERATOR_LANGUAGE="de")
    assert result.returncode != 0 and "OPERATOR_LANGUAGE='de' is not one of rn, fr, en" in result.stderr
