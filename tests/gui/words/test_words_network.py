"""The words for refused certificates and PAC files: host and issuer named, nothing sent, what to do."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from desktop_chat.api.errors import CertProblem, InsecureConnection, PacFlaw, ProxySetupFailed
from desktop_chat.ui.words.gateway import error_details, error_text

HOST, ISSUER = "gateway.example.com", "Corp Inspection CA"


def test_an_unknown_issuer_reads_as_the_issue_says(qapp: Any) -> None:
    error = InsecureConnection(cert_problem=CertProblem.UNTRUSTED_ISSUER, host=HOST, issuer=ISSUER)
    assert error_text(error) == (
        "The connection to gateway.example.com isn't trusted: its certificate was issued by "
        "“Corp Inspection CA”, which this computer doesn't trust. Nothing was sent. Ask IT to install "
        "that certificate, or add it in Settings → Certificates.")


@pytest.mark.parametrize("problem", list(CertProblem))
def test_every_certificate_problem_names_host_and_issuer(qapp: Any, problem: CertProblem) -> None:
    error = InsecureConnection(cert_problem=problem, host=HOST, issuer=ISSUER, subject="other.example",
                               expires=dt.datetime(2026, 1, 31, tzinfo=dt.UTC), names=("other.example",))
    text = error_text(error)
    assert HOST in text and ISSUER in text and "Nothing was sent." in text
    details = error_details(error)
    assert "Certificate issued by: Corp Inspection CA" in details and "Host: gateway.example.com" in details
    assert "Suggested: Open Settings" in details


def test_an_expired_certificate_gives_its_date(qapp: Any) -> None:
    error = InsecureConnection(cert_problem=CertProblem.EXPIRED, host=HOST, issuer=ISSUER,
                               expires=dt.datetime(2026, 1, 31, tzinfo=dt.UTC))
    assert "expired on 2026-01-31" in error_text(error)


def test_without_the_certificate_the_general_sentence(qapp: Any) -> None:
    assert error_text(InsecureConnection()) == (
        "The connection isn't secure (certificate problem), so nothing was sent.")
    assert error_text(InsecureConnection(host=HOST)) == (
        "The connection to gateway.example.com isn't secure (certificate problem), so nothing was sent.")


@pytest.mark.parametrize("flaw", list(PacFlaw))
def test_every_pac_flaw_has_a_sentence(qapp: Any, flaw: PacFlaw) -> None:
    error = ProxySetupFailed(pac_flaw=flaw, pac_address="http://wpad.corp/proxy.pac")
    text = error_text(error)
    assert "PAC" in text and "nothing was sent" in text.lower()
    if flaw is not PacFlaw.SOCKS_ONLY:
        assert "http://wpad.corp/proxy.pac" in text
