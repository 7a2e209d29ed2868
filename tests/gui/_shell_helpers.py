"""Constants shared by the shell's GUI tests and their fixtures."""

SHELL_KEY = "sk-gui-test-key-0123456789"


def finish(qtbot, task, timeout: int = 20000):  # type: ignore[no-untyped-def]
    """Wait for a task the window started (file work) and return its result."""
    assert task is not None
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def visible_chat_text(shell) -> str:  # type: ignore[no-untyped-def]
    """What the chat view shows right now (its visible text widgets), as the e2e dump reads it."""
    from desktop_chat.testing.e2e_dump import visible_texts

    shell.chat_view.flush_pending_updates()
    return "\n".join(visible_texts(shell.chat_view))
