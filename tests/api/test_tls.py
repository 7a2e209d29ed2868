"""TLS against a real HTTPS gateway on 127.0.0.1 whose certificate a test CA signed.

The system's trust store is OpenSSL's on Linux (what truststore reads), pointed with SSL_CERT_FILE /
SSL_CERT_DIR at a bundle that holds — or doesn't hold — the test CA, as IT would install it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_chat.api import Flaw, GatewayClient, InsecureConnection, InvalidRequest, RequestField
from desktop_chat.api.errors import CertProblem, Fact
from desktop_chat.api.tls import check_ca_bundle
from desktop_chat.devtools.simulator import SimulatorServer

from ._certs import MadeCA, make_ca, server_context
from .conftest import collect, fast_config, make_request


@pytest.fixture
def ca(tmp_path: Path) -> MadeCA:
    return make_ca(tmp_path)


@pytest.fixture
def system_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty "system" trust store (another CA only); the test adds the CA it wants trusted."""
    store = tmp_path / "system-store"
    store.mkdir()
    other = make_ca(store, "Some Public Root")
    bundle = store / "bundle.pem"
    bundle.write_bytes(other.cert_pem.read_bytes())
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    monkeypatch.setenv("SSL_CERT_DIR", str(store / "no-such-dir"))
    return bundle


@pytest.fixture
def tls_gateway(ca: MadeCA, tmp_path: Path) -> Iterator[SimulatorServer]:
    folder = tmp_path / "server"
    folder.mkdir()
    with SimulatorServer(default_tps=0, ssl_context=server_context(ca, folder)) as server:
        yield server


def _ask(base_url: str, **config: object):
    async def run():
        async with GatewayClient(fast_config(base_url, **config)) as client:
            return await collect(client, make_request())
    return asyncio.run(run())


def test_a_ca_in_the_system_store_is_trusted_with_no_setting_of_the_app(
        ca: MadeCA, system_store: Path, tls_gateway: SimulatorServer) -> None:
    system_store.write_bytes(system_store.read_bytes() + ca.cert_pem.read_bytes())
    outcome = _ask(tls_gateway.base_url)
    assert outcome.error is None, outcome.error
    assert outcome.text
    assert len(tls_gateway.requests) == 1


def test_an_unknown_issuer_is_named_with_the_host_and_nothing_is_sent(
        system_store: Path, tls_gateway: SimulatorServer) -> None:
    outcome = _ask(tls_gateway.base_url)
    error = outcome.error
    assert isinstance(error, InsecureConnection)
    assert error.cert_problem is CertProblem.UNTRUSTED_ISSUER
    assert error.host == "127.0.0.1"
    assert error.issuer == "Corp Inspection CA"
    assert error.subject == "gateway.test"
    assert error.expires is not None
    facts = dict(error.facts())
    assert facts[Fact.CERT_ISSUER] == "Corp Inspection CA" and facts[Fact.HOST] == "127.0.0.1"
    assert not error.retryable
    assert tls_gateway.requests == []  # the handshake failed: no request, no body arrived


def test_the_extra_ca_file_from_settings_is_trusted_beside_the_system_store(
        ca: MadeCA, system_store: Path, tls_gateway: SimulatorServer) -> None:
    outcome = _ask(tls_gateway.base_url, ca_bundle=str(ca.cert_pem))
    assert outcome.error is None, outcome.error
    assert len(tls_gateway.requests) == 1


def test_an_expired_certificate_says_so(ca: MadeCA, system_store: Path, tmp_path: Path) -> None:
    system_store.write_bytes(system_store.read_bytes() + ca.cert_pem.read_bytes())
    folder = tmp_path / "expired"
    folder.mkdir()
    with SimulatorServer(default_tps=0, ssl_context=server_context(ca, folder, expired=True)) as server:
        error = _ask(server.base_url).error
        assert isinstance(error, InsecureConnection)
        assert error.cert_problem is CertProblem.EXPIRED
        assert error.issuer == "Corp Inspection CA"
        assert server.requests == []


def test_a_certificate_for_another_host_says_so(ca: MadeCA, system_store: Path, tmp_path: Path) -> None:
    system_store.write_bytes(system_store.read_bytes() + ca.cert_pem.read_bytes())
    folder = tmp_path / "other"
    folder.mkdir()
    context = server_context(ca, folder, names=("other.test",))
    with SimulatorServer(default_tps=0, ssl_context=context) as server:
        error = _ask(server.base_url).error
        assert isinstance(error, InsecureConnection)
        assert error.cert_problem is CertProblem.WRONG_HOST
        assert error.names == ("other.test",)
        assert server.requests == []


def test_a_self_signed_server_certificate_says_so(system_store: Path, tmp_path: Path) -> None:
    import ssl

    from ._certs import make_ca as make_self_signed

    own = make_self_signed(tmp_path, "gateway.selfsigned")
    key_file = tmp_path / "own.key"
    from cryptography.hazmat.primitives import serialization
    key_file.write_bytes(own.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(own.cert_pem, key_file)
    with SimulatorServer(default_tps=0, ssl_context=context) as server:
        error = _ask(server.base_url).error
        assert isinstance(error, InsecureConnection)
        assert error.cert_problem in (CertProblem.SELF_SIGNED, CertProblem.UNTRUSTED_ISSUER)
        assert error.issuer == "gateway.selfsigned"
        assert server.requests == []


@pytest.mark.parametrize(("content", "flaw"), [
    (None, Flaw.NOT_FOUND),
    (b"not a certificate at all", Flaw.NOT_PEM),
    (b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", Flaw.NOT_PEM),
])
def test_an_unusable_ca_file_is_a_typed_refusal_and_nothing_is_sent(
        tmp_path: Path, sim_server: SimulatorServer, content: bytes | None, flaw: Flaw) -> None:
    path = tmp_path / "extra.pem"
    if content is not None:
        path.write_bytes(content)
    assert check_ca_bundle(str(path)) is flaw
    before = len(sim_server.requests)
    with pytest.raises(InvalidRequest) as refused:
        GatewayClient(fast_config(sim_server.base_url, ca_bundle=str(path)))
    assert refused.value.field is RequestField.CA_BUNDLE and refused.value.flaw is flaw
    assert refused.value.value == str(path)
    assert len(sim_server.requests) == before


def test_a_good_ca_file_passes_the_check(ca: MadeCA) -> None:
    assert check_ca_bundle(str(ca.cert_pem)) is None
    assert check_ca_bundle("") is None


def test_an_unreadable_ca_file(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.pem"
    folder.mkdir()
    assert check_ca_bundle(str(folder)) is Flaw.NOT_FOUND  # a folder is not a file
