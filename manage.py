#!/usr/bin/env python
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "isoko.settings")
    # Django's own, but every command speaks the operator's language (settings.OPERATOR_LANGUAGE).
    from isoko.command_line import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
