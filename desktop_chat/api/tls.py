"""TLS for the gateway: the operating system's trust store, an extra CA file, and what a failed
certificate says about itself.

Why: companies inspect TLS with a proxy whose CA their IT installs into the operating system's
store — Windows CryptoAPI, the macOS keychain, Linux's OpenSSL paths. Python's own default (and
certifi) knows none of that, so the browser works and the app doesn't. `truststore` verifies with
the system's store; an extra PEM file (Settings → Certificates, or the organisation's policy) is
loaded into the same context. Verification is never switched off.

When a certificate is refused, the person needs to hear *who* issued it and *for which host*: IT
can then install exactly that CA. `peer_certificate` fetches the certificate the server showed,
without trusting it and without sending a byte of HTTP (a TLS handshake only, directly or through an
HTTP proxy's CONNECT), off the event loop; `cert_problem` names what was wrong from the verification
error's code (OpenSSL) or, where the platform's verifier gives none, from the certificate itself.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from base64 import b64encode
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from desktop_chat.api.errors import CertProblem, Flaw, InvalidRequest, RequestField

PEM_LIMIT = 16 * 1024 * 1024  # an extra CA file larger than this is not a CA file
PEER_TIMEOUT = 5.0  # seconds for the unverified handshake that reads the peer's certificate


@dataclass(frozen=True, slots=True)
class PeerCertificate:
    """What the server's (untrusted) certificate says: names as written in it, expiry in UTC."""

    subject: str = ""  # the common name (or organisation) of the subject
    issuer: str = ""  # the common name (or organisation) of the issuer
    not_after: dt.datetime | None = None
    not_before: dt.datetime | None = None
    names: tuple[str, ...] = ()  # the subject alternative names (DNS names and IP addresses)

    @property
    def self_signed(self) -> bool:
        return bool(self.issuer) and self.issuer == self.subject


# -- the context -------------------------------------------------------------------------------------
def check_ca_bundle(path: str) -> Flaw | None:
    """None if `path` ("" = none) is a readable PEM file with at least one certificate, else the flaw:
    NOT_FOUND, UNREADABLE or NOT_PEM. Reads the file; cheap enough for the settings dialog."""
    if not path.strip():
        return None
    file = Path(path.strip()).expanduser()
    try:
        if not file.is_file():
            return Flaw.NOT_FOUND
        with file.open("rb") as stream:
            data = stream.read(PEM_LIMIT + 1)
    except OSError:
        return Flaw.UNREADABLE
    if len(data) > PEM_LIMIT or b"-----BEGIN CERTIFICATE-----" not in data:
        return Flaw.NOT_PEM
    try:
        ssl.create_default_context(cadata=data.decode("ascii", "replace"))
    except (ssl.SSLError, ValueError):
        return Flaw.NOT_PEM
    return None


def ssl_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """A client context verifying against the system's trust store, plus `ca_bundle`'s CAs.

    Raises `InvalidRequest(RequestField.CA_BUNDLE, flaw, value=path)` when the file is missing,
    unreadable or holds no PEM certificate — the UI words it; nothing is sent."""
    import truststore  # ~10 ms; only when the first HTTP client is made (after the first paint)

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    path = (ca_bundle or "").strip()
    if path:
        flaw = check_ca_bundle(path)
        if flaw is not None:
            raise InvalidRequest(RequestField.CA_BUNDLE, flaw, value=path)
        try:
            context.load_verify_locations(cafile=str(Path(path).expanduser()))
        except (OSError, ssl.SSLError, ValueError):
            raise InvalidRequest(RequestField.CA_BUNDLE, Flaw.NOT_PEM, value=path) from None
    return context


# -- what went wrong ---------------------------------------------------------------------------------
# OpenSSL's X509_V_ERR_* codes, as ssl.SSLCertVerificationError.verify_code carries them.
_CODES = {
    9: CertProblem.NOT_YET_VALID,
    10: CertProblem.EXPIRED,
    18: CertProblem.SELF_SIGNED,  # depth zero self-signed
    19: CertProblem.UNTRUSTED_ISSUER,  # self-signed certificate in the chain: a private CA
    20: CertProblem.UNTRUSTED_ISSUER,  # unable to get local issuer certificate
    21: CertProblem.UNTRUSTED_ISSUER,  # unable to verify the first certificate
    2: CertProblem.UNTRUSTED_ISSUER,  # unable to get issuer certificate
    62: CertProblem.WRONG_HOST,
    64: CertProblem.WRONG_HOST,
}
_WORDS = (
    ("hostname mismatch", CertProblem.WRONG_HOST),
    ("ip address mismatch", CertProblem.WRONG_HOST),
    ("doesn't match", CertProblem.WRONG_HOST),
    ("not valid for", CertProblem.WRONG_HOST),
    ("expired", CertProblem.EXPIRED),
    ("not yet valid", CertProblem.NOT_YET_VALID),
    ("self-signed certificate in certificate chain", CertProblem.UNTRUSTED_ISSUER),
    ("self signed certificate in certificate chain", CertProblem.UNTRUSTED_ISSUER),
    ("self-signed", CertProblem.SELF_SIGNED),
    ("self signed", CertProblem.SELF_SIGNED),
    ("local issuer", CertProblem.UNTRUSTED_ISSUER),
    ("untrusted", CertProblem.UNTRUSTED_ISSUER),
    ("not trusted", CertProblem.UNTRUSTED_ISSUER),
    ("unknown ca", CertProblem.UNTRUSTED_ISSUER),
)


def verification_error(exc: BaseException) -> ssl.SSLError | None:
    """The ssl error behind a transport failure (httpx wraps httpcore wraps ssl), or None."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError):
            return current
        current = current.__cause__ or current.__context__
    return None


def cert_problem(
    error: BaseException | None, peer: PeerCertificate | None, host: str, now: dt.datetime | None = None
) -> CertProblem:
    """What was wrong: the verifier's code first, then its words, then the certificate's own facts."""
    if isinstance(error, ssl.SSLCertVerificationError) and error.verify_code in _CODES:
        return _CODES[error.verify_code]
    said = f"{getattr(error, 'verify_message', '') or ''} {error or ''}".lower()
    for words, problem in _WORDS:
        if words in said:
            return problem
    if peer is not None:
        now = now or dt.datetime.now(dt.UTC)
        if peer.not_after is not None and peer.not_after < now:
            return CertProblem.EXPIRED
        if peer.not_before is not None and peer.not_before > now:
            return CertProblem.NOT_YET_VALID
        if peer.names and not host_matches(host, peer.names):
            return CertProblem.WRONG_HOST
        if peer.self_signed:
            return CertProblem.SELF_SIGNED
        return CertProblem.UNTRUSTED_ISSUER
    return CertProblem.OTHER


def host_matches(host: str, names: tuple[str, ...]) -> bool:
    """Whether a certificate for `names` (DNS names, `*.` wildcards, IP addresses) covers `host`."""
    host = host.lower().rstrip(".")
    for name in (n.lower().rstrip(".") for n in names):
        if name == host:
            return True
        if name.startswith("*.") and "." in host and host.split(".", 1)[1] == name[2:]:
            return True
    return False


# -- the peer's certificate, untrusted ---------------------------------------------------------------
def peer_certificate(
    host: str, port: int, proxy: str | None = None, timeout: float = PEER_TIMEOUT
) -> PeerCertificate | None:
    """The certificate `host:port` shows in a TLS handshake (through an HTTP proxy's CONNECT when
    `proxy` is given), read without verifying it; None when it can't be had. Blocking: call it in
    a worker thread. No HTTP request is sent to the server, only the handshake."""
    try:
        der = _handshake(host, port, proxy, timeout)
    except (OSError, ssl.SSLError, ValueError):
        return None
    return parse_certificate(der) if der else None


def _handshake(host: str, port: int, proxy: str | None, timeout: float) -> bytes | None:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # only to *read* the certificate: nothing is sent over it
    if proxy:
        sock = _through_proxy(host, port, proxy, timeout)
    else:
        sock = socket.create_connection((host, port), timeout=timeout)
    with sock:
        server_name = None if _is_ip(host) else host
        with context.wrap_socket(sock, server_hostname=server_name) as tls:
            return tls.getpeercert(binary_form=True)


def _through_proxy(host: str, port: int, proxy: str, timeout: float) -> socket.socket:
    parts = urlsplit(proxy)
    if parts.scheme != "http" or not parts.hostname:
        raise ValueError("only an http:// proxy can be asked for a tunnel here")
    sock = socket.create_connection((parts.hostname, parts.port or 80), timeout=timeout)
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    lines = [f"CONNECT {target} HTTP/1.1", f"Host: {target}"]
    if parts.username is not None:
        token = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        lines.append("Proxy-Authorization: Basic " + b64encode(token).decode("ascii"))
    sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    head = b""
    while b"\r\n\r\n" not in head and len(head) < 16384:
        chunk = sock.recv(4096)
        if not chunk:
            break
        head += chunk
    status = head.split(b"\r\n", 1)[0].split()
    if len(status) < 2 or status[1] != b"200":
        sock.close()
        raise OSError("the proxy refused the tunnel")
    return sock


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def parse_certificate(der: bytes) -> PeerCertificate | None:
    """The names and dates of a DER certificate (via `cryptography`), None if it can't be read."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError:
        return None

    def name_of(name: x509.Name) -> str:
        for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME, NameOID.ORGANIZATIONAL_UNIT_NAME):
            values = name.get_attributes_for_oid(oid)
            if values:
                value = values[0].value
                return value if isinstance(value, str) else value.decode("utf-8", "replace")
        return name.rfc4514_string()

    names: list[str] = []
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        names += san.get_values_for_type(x509.DNSName)
        names += [str(ip) for ip in san.get_values_for_type(x509.IPAddress)]
    except x509.ExtensionNotFound:
        pass
    return PeerCertificate(
        subject=name_of(cert.subject),
        issuer=name_of(cert.issuer),
        not_after=cert.not_valid_after_utc,
        not_before=cert.not_valid_before_utc,
        names=tuple(names),
    )
