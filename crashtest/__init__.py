"""Crash tests: kill the app with SIGKILL at random moments while it writes, then check.

Run with ``make crashtest`` (not part of ``make test``: it takes a few minutes). Each
scenario is one operation the app performs on a copy of a database. A child process
runs it; the parent kills the child at a random moment during the operation; then the
file must open, pass ``PRAGMA integrity_check`` (and every search index must match its
table), and hold either the data from before the operation or the data from after it,
never something in between. Committee mode saves many times as an answer is typed: there
each state one of its saves leaves is accepted too, and nothing else. See
``scenarios.py`` for the scenarios and how to add one.
"""
