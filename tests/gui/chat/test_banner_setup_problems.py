"""A certificate or proxy set-up problem is not 'offline': its banner opens Settings, not Retry."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_chat.api.errors import CertProblem, ProxySetupFailed
from desktop_chat.services import ConnectionFailed, InsecureConnection
from desktop_chat.ui.chat.banners import banner_for_error
from desktop_chat.ui.notices import NoticeAction

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("error", [
    InsecureConnection(cert_problem=CertProblem.UNTRUSTED_ISSUER, host="gateway.example.com",
                       issuer="Corp Inspection CA"),
    ProxySetupFailed(pac_address="http://wpad.example.com/proxy.pac"),
], ids=["certificate", "pac"])
@pytest.mark.parametrize("unsent", [True, False])
def test_a_set_up_problem_opens_settings(qapp: Any, error: Any, unsent: bool) -> None:
    notice = banner_for_error(error, unsent=unsent)
    assert notice.action is NoticeAction.OPEN_SETTINGS
    assert "back online" not in notice.text


def test_being_offline_still_offers_retry(qapp: Any) -> None:
    notice = banner_for_error(ConnectionFailed(), unsent=True)
    assert notice.action is NoticeAction.RETRY and "back online" in notice.text
