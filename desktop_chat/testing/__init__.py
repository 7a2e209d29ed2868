"""Hooks that prove the real app works, attached by the composition root only when asked.

`--self-test` (self_test.py), `DESKTOP_CHAT_E2E_DUMP` (e2e_dump.py) and
`DESKTOP_CHAT_EXIT_AFTER_SHOWN` (startup_probe.py) live here so that no product path carries
test code: `app.py` imports one of these only when its flag or variable is set.
"""
