"""What the window says as it opens about something found at start-up: a damaged settings file, a
system policy that could not be used.

Why here: `desktop_chat.settings` and `desktop_chat.policy` report typed values (`DamagedSettings`,
`PolicyProblem`) and never a sentence; these are their words (context "StartupNotices" for the
policy's), in the language in force (`reword` makes them again after a language change).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_chat.services import DamagedSettings, LoadedPolicy, PolicyProblem, PolicyProblemKind
from desktop_chat.ui.notices import Notice, NoticeKind


def settings_notice(damaged: DamagedSettings | None) -> Notice | None:
    if damaged is None:
        return None
    from desktop_chat.ui.words.settings_file import damaged_settings_text

    return Notice(damaged_settings_text(damaged), kind=NoticeKind.WARNING, topic="settings")


def policy_problem_text(problem: PolicyProblem) -> str:
    """What is wrong with one policy source, for IT to find it: the kind, the key, the file."""
    kinds = {
        PolicyProblemKind.UNREADABLE: QCoreApplication.translate("StartupNotices", "it cannot be read"),
        PolicyProblemKind.TOO_LARGE: QCoreApplication.translate("StartupNotices", "it is too large"),
        PolicyProblemKind.NOT_JSON: QCoreApplication.translate("StartupNotices", "it is not valid JSON"),
        PolicyProblemKind.NOT_AN_OBJECT: QCoreApplication.translate(
            "StartupNotices", "it is not a JSON object"),
        PolicyProblemKind.UNKNOWN_KEY: QCoreApplication.translate("StartupNotices", "an unknown key"),
        PolicyProblemKind.WRONG_TYPE: QCoreApplication.translate(
            "StartupNotices", "a value of the wrong type"),
        PolicyProblemKind.BAD_VALUE: QCoreApplication.translate(
            "StartupNotices", "a value that can't be used"),
        PolicyProblemKind.NOT_A_DEFAULT: QCoreApplication.translate(
            "StartupNotices", "a rule listed in defaults_only"),
        PolicyProblemKind.DEFAULT_NOT_ALLOWED: QCoreApplication.translate(
            "StartupNotices", "a default model that is not among the allowed models"),
    }
    what = kinds[problem.kind]
    if problem.key:
        return QCoreApplication.translate("StartupNotices", "{what} at “{key}” in {source}").format(
            what=what, key=problem.key, source=problem.source)
    return QCoreApplication.translate("StartupNotices", "{what}: {source}").format(
        what=what, source=problem.source)


def policy_notice(loaded: LoadedPolicy) -> Notice | None:
    """The warning when the organisation's policy is malformed: nothing of it is used."""
    if not loaded.problems:
        return None
    if loaded.from_last_good:
        text = QCoreApplication.translate(
            "StartupNotices", "Your organisation's policy has a mistake, so Desktop Chat uses the last "
            "policy that worked. Please tell your IT department.")
    else:
        text = QCoreApplication.translate(
            "StartupNotices", "Your organisation's policy has a mistake, so Desktop Chat started with its "
            "own defaults. Please tell your IT department.")
    details = "\n".join(policy_problem_text(p) for p in loaded.problems)
    return Notice(text, details=details, kind=NoticeKind.WARNING, topic="policy",
                  reword=lambda: policy_notice(loaded) or Notice(""))


def startup_notice(damaged: DamagedSettings | None, policy: LoadedPolicy) -> Notice | None:
    """The one notice the window opens with: the policy's (IT must hear of it) before the settings'."""
    return policy_notice(policy) or settings_notice(damaged)
