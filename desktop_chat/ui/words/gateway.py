"""The words for everything the gateway client reports: errors, actions, details, retries, addresses.

Why here: the gateway client (its types re-exported by `desktop_chat.services`) says what went
wrong with typed values only — an error's class, its `Problem`, its `ErrorAction`, its `facts()`,
an `InvalidRequest`'s field and flaw, the `UrlChange`s made to an address. This module is the one
place those become sentences, each through Qt's translation function (context "Gateway"), so the
app's English is written once and can be translated. Placeholders are filled with `str.format`
after translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_chat.domain import Problem
from desktop_chat.services import (
    ErrorAction,
    Fact,
    Flaw,
    GatewayError,
    InsecureConnection,
    InvalidRequest,
    NormalizedBaseURL,
    ProxyRefused,
    RequestField,
    Retrying,
    UnreadableAnswer,
    UrlChange,
)
from desktop_chat.services.network import CertProblem, PacFlaw, ProxySetupFailed


def problem_text(problem: Problem) -> str:
    """The plain sentence for a kind of gateway failure (also for answers saved as failed)."""
    texts = {
        Problem.GATEWAY: QCoreApplication.translate(
            "Gateway", "Something went wrong while talking to the gateway."
        ),
        Problem.KEY_REJECTED: QCoreApplication.translate(
            "Gateway", "The gateway did not accept your API key."
        ),
        Problem.ACCESS_DENIED: QCoreApplication.translate(
            "Gateway", "Your account can't use this model right now (quota or permission)."
        ),
        Problem.NOT_A_GATEWAY: QCoreApplication.translate(
            "Gateway", "This address doesn't look like a chat gateway."
        ),
        Problem.MODEL_NOT_AVAILABLE: QCoreApplication.translate(
            "Gateway", "This model isn't available with your key."
        ),
        Problem.CONTEXT_TOO_LONG: QCoreApplication.translate(
            "Gateway", "This conversation is too long for the model."
        ),
        Problem.IMAGES_NOT_SUPPORTED: QCoreApplication.translate(
            "Gateway", "This model can't see images. Choose a model that can (Claude or Gemini), or send "
            "the message without its pictures."
        ),
        Problem.TOOLS_NOT_SUPPORTED: QCoreApplication.translate(
            "Gateway", "This model (or the gateway) can't use tools. Retry sends the message without them "
            "(tools stay off in this chat until you turn them on in the sidebar)."
        ),
        Problem.RATE_LIMITED: QCoreApplication.translate("Gateway", "Too many requests right now."),
        Problem.SERVER_TROUBLE: QCoreApplication.translate("Gateway", "The model service is having trouble."),
        Problem.TIMEOUT: QCoreApplication.translate("Gateway", "The model service took too long to answer."),
        Problem.NO_CONNECTION: QCoreApplication.translate(
            "Gateway", "Can't reach the gateway. Check your internet connection or proxy."
        ),
        Problem.INSECURE: QCoreApplication.translate(
            "Gateway", "The connection isn't secure (certificate problem), so nothing was sent."
        ),
        Problem.REQUEST_REFUSED: QCoreApplication.translate(
            "Gateway", "The gateway turned this request down."
        ),
        Problem.BROKEN_OFF: QCoreApplication.translate(
            "Gateway", "The answer stopped before it was finished. What arrived is kept."
        ),
        Problem.EMPTY_ANSWER: QCoreApplication.translate(
            "Gateway",
            "The gateway sent back an empty answer (this can happen when a conversation is too long).",
        ),
        Problem.STREAM_FAILED: QCoreApplication.translate(
            "Gateway", "The model service reported an error while answering. What arrived is kept."
        ),
    }
    return texts[problem]


def action_label(action: ErrorAction) -> str:
    """The button's text for a suggested action; "" for ErrorAction.NONE (no button)."""
    labels = {
        ErrorAction.CHANGE_KEY: QCoreApplication.translate("Gateway", "Change key"),
        ErrorAction.CHECK_ADDRESS: QCoreApplication.translate("Gateway", "Check the address"),
        ErrorAction.CHOOSE_MODEL: QCoreApplication.translate("Gateway", "Choose another model"),
        ErrorAction.NEW_CHAT: QCoreApplication.translate("Gateway", "Start a new chat from here"),
        ErrorAction.WAIT: QCoreApplication.translate("Gateway", "Try again later"),
        ErrorAction.RETRY: QCoreApplication.translate("Gateway", "Retry"),
        ErrorAction.CHECK_CONNECTION: QCoreApplication.translate("Gateway", "Retry"),
        ErrorAction.CONTINUE: QCoreApplication.translate("Gateway", "Continue"),
        ErrorAction.NONE: "",
    }
    return labels[action]


def error_text(error: GatewayError) -> str:
    """The sentence for this error: its subcase's when it has one, else its problem's.

    An error raised from an `InvalidRequest` (a request refused before it was sent) reads as that
    refusal, e.g. "Please choose a model.".
    """
    if isinstance(error.__cause__, InvalidRequest):
        return invalid_request_text(error.__cause__)
    if isinstance(error, InsecureConnection):
        return certificate_text(error)
    if isinstance(error, ProxySetupFailed):
        return pac_text(error)
    if isinstance(error, ProxyRefused):
        return QCoreApplication.translate(
            "Gateway", "The proxy refused the connection. Check the proxy address, user name and password."
        )
    if isinstance(error, UnreadableAnswer):
        if error.in_stream:
            return QCoreApplication.translate(
                "Gateway", "The gateway sent a part of the answer this app could not read."
            )
        return QCoreApplication.translate("Gateway", "The gateway sent an answer this app could not read.")
    return problem_text(error.problem)


def certificate_text(error: InsecureConnection) -> str:
    """The plain sentence for a refused certificate, naming the host and who issued it.

    Without the certificate's facts (it could not be read) the general sentence of `Problem.INSECURE`."""
    host, issuer = error.host, error.issuer
    if not host or not issuer:
        if host:
            return QCoreApplication.translate(
                "Gateway", "The connection to {host} isn't secure (certificate problem), so nothing was sent."
            ).format(host=host)
        return problem_text(error.problem)
    problem = error.cert_problem
    if problem is CertProblem.EXPIRED and error.expires is not None:
        return QCoreApplication.translate(
            "Gateway",
            "The connection to {host} isn't trusted: its certificate, issued by “{issuer}”, expired on "
            "{date}. Nothing was sent. Ask IT or the gateway's owner to renew it.",
        ).format(host=host, issuer=issuer, date=error.expires.date().isoformat())
    if problem is CertProblem.NOT_YET_VALID:
        return QCoreApplication.translate(
            "Gateway",
            "The connection to {host} isn't trusted: its certificate, issued by “{issuer}”, is not valid "
            "yet. Nothing was sent. Check this computer's date and time, or ask IT.",
        ).format(host=host, issuer=issuer)
    if problem is CertProblem.WRONG_HOST:
        return QCoreApplication.translate(
            "Gateway",
            "The connection to {host} isn't trusted: its certificate, issued by “{issuer}”, is for "
            "{names}, not for {host}. Nothing was sent. Check the gateway address, or ask IT.",
        ).format(host=host, issuer=issuer, names=", ".join(error.names[:3]) or error.subject)
    if problem is CertProblem.SELF_SIGNED:
        return QCoreApplication.translate(
            "Gateway",
            "The connection to {host} isn't trusted: its certificate was issued by itself (“{issuer}”), "
            "which this computer doesn't trust. Nothing was sent. Ask IT to install that certificate, or "
            "add it in Settings → Certificates.",
        ).format(host=host, issuer=issuer)
    return QCoreApplication.translate(
        "Gateway",
        "The connection to {host} isn't trusted: its certificate was issued by “{issuer}”, which this "
        "computer doesn't trust. Nothing was sent. Ask IT to install that certificate, or add it in "
        "Settings → Certificates.",
    ).format(host=host, issuer=issuer)


def pac_text(error: ProxySetupFailed) -> str:
    """The plain sentence for a proxy auto-configuration (PAC) file that gave no usable route."""
    texts = {
        PacFlaw.UNREACHABLE: QCoreApplication.translate(
            "Gateway",
            "The automatic proxy settings (PAC file) at {address} could not be loaded, so nothing was "
            "sent. Check the address in Settings → Connection, or ask IT.",
        ),
        PacFlaw.TIMEOUT: QCoreApplication.translate(
            "Gateway",
            "The automatic proxy settings (PAC file) at {address} took too long, so nothing was sent. "
            "Try again, or ask IT.",
        ),
        PacFlaw.TOO_BIG: QCoreApplication.translate(
            "Gateway",
            "The file at {address} is too large to be automatic proxy settings (a PAC file), so nothing "
            "was sent. Check the address in Settings → Connection, or ask IT.",
        ),
        PacFlaw.MALFORMED: QCoreApplication.translate(
            "Gateway",
            "The automatic proxy settings (PAC file) at {address} don't work (the script has an error), "
            "so nothing was sent. Ask IT to check the file.",
        ),
        PacFlaw.BAD_ANSWER: QCoreApplication.translate(
            "Gateway",
            "The automatic proxy settings (PAC file) at {address} named no proxy for the gateway, so "
            "nothing was sent. Ask IT to check the file.",
        ),
        PacFlaw.SOCKS_ONLY: QCoreApplication.translate(
            "Gateway",
            "The automatic proxy settings (PAC file) send the gateway through a SOCKS proxy, which "
            "Desktop Chat can't use. Nothing was sent. Ask IT for an HTTP proxy, or set one in "
            "Settings → Connection.",
        ),
    }
    return texts[error.pac_flaw].format(address=error.pac_address)


def fact_line(fact: Fact, value: str) -> str:
    """One line of the Details view, e.g. "HTTP status: 503"."""
    lines = {
        Fact.HTTP_STATUS: QCoreApplication.translate("Gateway", "HTTP status: {value}"),
        Fact.SERVER_MESSAGE: QCoreApplication.translate("Gateway", "Server message: {value}"),
        Fact.SERVER_CODE: QCoreApplication.translate("Gateway", "Server code: {value}"),
        Fact.ADDRESS: QCoreApplication.translate("Gateway", "Address: {value}"),
        Fact.RETRY_AFTER: QCoreApplication.translate("Gateway", "Server asked to wait: {value} s"),
        Fact.TECHNICAL: QCoreApplication.translate("Gateway", "Technical: {value}"),
        Fact.KIND: QCoreApplication.translate("Gateway", "Kind: {value}"),
        Fact.CONTEXT_LIMIT: QCoreApplication.translate("Gateway", "Model's limit: {value} tokens"),
        Fact.REQUESTED_TOKENS: QCoreApplication.translate("Gateway", "This request: {value} tokens"),
        Fact.HOST: QCoreApplication.translate("Gateway", "Host: {value}"),
        Fact.CERT_ISSUER: QCoreApplication.translate("Gateway", "Certificate issued by: {value}"),
        Fact.CERT_SUBJECT: QCoreApplication.translate("Gateway", "Certificate issued to: {value}"),
        Fact.CERT_EXPIRES: QCoreApplication.translate("Gateway", "Certificate valid until: {value}"),
        Fact.PAC_ADDRESS: QCoreApplication.translate("Gateway", "Proxy settings file (PAC): {value}"),
    }
    return lines[fact].format(value=value)


def error_details(error: GatewayError) -> str:
    """Several lines for a Details view: what happened, what to do, and what the server said (key-free)."""
    lines = [QCoreApplication.translate("Gateway", "What happened: {text}").format(text=error_text(error))]
    label = action_label(error.action)
    if isinstance(error, InsecureConnection | ProxySetupFailed):  # the fix is in Settings, not the address
        label = QCoreApplication.translate("Gateway", "Open Settings")
    if label:
        lines.append(QCoreApplication.translate("Gateway", "Suggested: {action}").format(action=label))
    lines.extend(fact_line(fact, value) for fact, value in error.facts())
    return "\n".join(lines)


def retrying_text(event: Retrying) -> str:
    """A status line for a retry, e.g. "… Trying again in 2 s (attempt 2 of 4)…"."""
    return QCoreApplication.translate(
        "Gateway", "{problem} Trying again in {seconds} s (attempt {attempt} of {total})…"
    ).format(
        problem=error_text(event.error),
        seconds=max(1, round(event.delay)),
        attempt=event.attempt,
        total=event.max_attempts,
    )


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def field_name(field: RequestField) -> str:
    """The name people know a request field by, as the settings show it."""
    names = {
        RequestField.MODEL: QCoreApplication.translate("Gateway", "Model"),
        RequestField.MESSAGES: QCoreApplication.translate("Gateway", "Messages"),
        RequestField.TEMPERATURE: QCoreApplication.translate("Gateway", "Temperature"),
        RequestField.TOP_P: QCoreApplication.translate("Gateway", "Top P"),
        RequestField.PRESENCE_PENALTY: QCoreApplication.translate("Gateway", "Presence penalty"),
        RequestField.FREQUENCY_PENALTY: QCoreApplication.translate("Gateway", "Frequency penalty"),
        RequestField.MAX_TOKENS: QCoreApplication.translate("Gateway", "Maximum length"),
        RequestField.STOP: QCoreApplication.translate("Gateway", "Stop sequences"),
        RequestField.USER: QCoreApplication.translate("Gateway", "User identifier"),
        RequestField.STREAM: QCoreApplication.translate("Gateway", "Streaming"),
        RequestField.TOOLS: QCoreApplication.translate("Gateway", "Tools"),
        RequestField.TOOL_CHOICE: QCoreApplication.translate("Gateway", "Tool choice"),
        RequestField.BASE_URL: QCoreApplication.translate("Gateway", "Gateway address"),
        RequestField.PROXY: QCoreApplication.translate("Gateway", "Proxy address"),
        RequestField.PAC_URL: QCoreApplication.translate("Gateway", "Automatic proxy settings (PAC) address"),
        RequestField.CA_BUNDLE: QCoreApplication.translate("Gateway", "Extra certificates file"),
        RequestField.API_KEY: QCoreApplication.translate("Gateway", "API key"),
    }
    return names[field]


def invalid_request_text(error: InvalidRequest) -> str:
    """The sentence shown next to the field an `InvalidRequest` names."""
    field, flaw = error.field, error.flaw
    low, high = _number(error.low), _number(error.high)
    if flaw is Flaw.OUT_OF_RANGE:
        ranges = {
            RequestField.TEMPERATURE: QCoreApplication.translate(
                "Gateway", "Temperature must be between {low} and {high}."
            ),
            RequestField.TOP_P: QCoreApplication.translate(
                "Gateway", "Top P must be between {low} and {high}."
            ),
            RequestField.PRESENCE_PENALTY: QCoreApplication.translate(
                "Gateway", "Presence penalty must be between {low} and {high}."
            ),
            RequestField.FREQUENCY_PENALTY: QCoreApplication.translate(
                "Gateway", "Frequency penalty must be between {low} and {high}."
            ),
        }
        template = ranges.get(field) or QCoreApplication.translate(
            "Gateway", "{field} must be between {low} and {high}."
        )
        return template.format(field=field_name(field), low=low, high=high)
    texts = {
        (RequestField.MODEL, Flaw.MISSING): QCoreApplication.translate("Gateway", "Please choose a model."),
        (RequestField.MESSAGES, Flaw.MISSING): QCoreApplication.translate(
            "Gateway", "There is no message to send."
        ),
        (RequestField.MESSAGES, Flaw.BAD_ROLE): QCoreApplication.translate(
            "Gateway", "Message {number} must come from the system, the user or the assistant."
        ),
        (RequestField.MESSAGES, Flaw.NO_TEXT): QCoreApplication.translate(
            "Gateway", "Message {number} has no text."
        ),
        (RequestField.MESSAGES, Flaw.BAD_IMAGE): QCoreApplication.translate(
            "Gateway", "A picture in message {number} could not be read, so nothing was sent."
        ),
        (RequestField.MESSAGES, Flaw.NO_TOOL_CALL_ID): QCoreApplication.translate(
            "Gateway", "Message {number} is a tool's result that names no tool call, so nothing was sent."
        ),
        (RequestField.MESSAGES, Flaw.BAD_TOOL_CALL): QCoreApplication.translate(
            "Gateway", "A tool call in message {number} has no id or name, so nothing was sent."
        ),
        (RequestField.TOOLS, Flaw.BAD_TOOL_NAME): QCoreApplication.translate(
            "Gateway", "Tool {number} has a name the gateway can't take; check the tool server's settings."
        ),
        (RequestField.TOOLS, Flaw.BAD_TOOL_PARAMETERS): QCoreApplication.translate(
            "Gateway", "Tool {number} describes its inputs in a way the gateway can't take; check the tool "
            "server."
        ),
        (RequestField.TOOL_CHOICE, Flaw.NOT_A_CHOICE): QCoreApplication.translate(
            "Gateway", "Tool choice must be automatic, none or required."
        ),
        (RequestField.MAX_TOKENS, Flaw.NOT_A_WHOLE_NUMBER): QCoreApplication.translate(
            "Gateway", "Maximum length must be a whole number of at least {low} token."
        ),
        (RequestField.STOP, Flaw.TOO_MANY): QCoreApplication.translate(
            "Gateway", "You can give at most {high} stop sequences."
        ),
        (RequestField.STOP, Flaw.EMPTY_ITEM): QCoreApplication.translate(
            "Gateway", "A stop sequence can't be empty."
        ),
        (RequestField.USER, Flaw.NOT_TEXT): QCoreApplication.translate(
            "Gateway", "The user identifier must be text."
        ),
        (RequestField.STREAM, Flaw.NOT_ON_OR_OFF): QCoreApplication.translate(
            "Gateway", "Streaming must be switched on or off."
        ),
        (RequestField.BASE_URL, Flaw.MISSING): QCoreApplication.translate(
            "Gateway", "Please enter the gateway address."
        ),
        (RequestField.BASE_URL, Flaw.MALFORMED): QCoreApplication.translate(
            "Gateway", "This doesn't look like a web address."
        ),
        (RequestField.BASE_URL, Flaw.WRONG_SCHEME): QCoreApplication.translate(
            "Gateway", "The address must start with https:// (or http://)."
        ),
        (RequestField.BASE_URL, Flaw.HAS_CREDENTIALS): QCoreApplication.translate(
            "Gateway", "Please leave the user name and password out of the address."
        ),
        (RequestField.PROXY, Flaw.MALFORMED): QCoreApplication.translate(
            "Gateway",
            "The proxy address {value!r} isn't usable. "
            "Use a form like http://proxy.example.com:3128 (or leave it empty to use the system's).",
        ),
        (RequestField.CA_BUNDLE, Flaw.NOT_FOUND): QCoreApplication.translate(
            "Gateway",
            "The certificates file {value} doesn't exist, so nothing was sent. Choose it again in "
            "Settings → Certificates, or remove it.",
        ),
        (RequestField.CA_BUNDLE, Flaw.UNREADABLE): QCoreApplication.translate(
            "Gateway",
            "The certificates file {value} could not be read, so nothing was sent. Choose it again in "
            "Settings → Certificates, or remove it.",
        ),
        (RequestField.CA_BUNDLE, Flaw.NOT_PEM): QCoreApplication.translate(
            "Gateway",
            "The file {value} holds no certificate this app can read (a PEM file, text starting with "
            "“-----BEGIN CERTIFICATE-----”, is needed), so nothing was sent. Ask IT for the certificate as "
            "a PEM file.",
        ),
        (RequestField.API_KEY, Flaw.BAD_CHARACTERS): QCoreApplication.translate(
            "Gateway",
            "The API key contains spaces or characters that can't be part of a key. Please paste it again.",
        ),
    }
    template = texts.get((field, flaw)) or QCoreApplication.translate("Gateway", "Please check {field}.")
    return template.format(
        field=field_name(field), low=low, high=high, number=error.index or "", value=error.value or ""
    )


def url_change_text(change: UrlChange, normalized: NormalizedBaseURL) -> str:
    """One sentence about a change made to the address that was typed."""
    texts = {
        UrlChange.ADDED_SCHEME: QCoreApplication.translate("Gateway", "Added '{scheme}://' to the address."),
        UrlChange.REMOVED_QUERY: QCoreApplication.translate("Gateway", "Removed the part after '?' or '#'."),
        UrlChange.REMOVED_ENDPOINT: QCoreApplication.translate(
            "Gateway", "Removed '{suffix}' from the address."
        ),
        UrlChange.ADDED_V1: QCoreApplication.translate("Gateway", "Added '/v1' to the address."),
    }
    return texts[change].format(scheme=normalized.scheme, suffix=normalized.removed_endpoint or "")


def url_note_text(normalized: NormalizedBaseURL) -> str:
    """What was changed in the address, as shown under the address field; "" when nothing was."""
    return " ".join(url_change_text(change, normalized) for change in normalized.changes)
