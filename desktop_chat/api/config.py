"""Where the gateway is, the key to use and how patient to be — with the key kept out of sight.

Why: one immutable value the settings dialog can build and swap in as a whole
(`GatewayClient.with_config`). Its repr never shows the key, so logging a config, an error or a
crash report cannot leak it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_chat.api.errors import InvalidRequest
from desktop_chat.api.retry import RetryPolicy
from desktop_chat.api.urls import NormalizedBaseURL, normalize_base_url

DEFAULT_USER_AGENT = "DesktopChat/0.1 (+httpx)"


@dataclass(frozen=True, slots=True)
class GatewayConfig:
    """Connection settings. Timeouts in seconds; `read_timeout` is the longest silence allowed
    (reasoning models may think for minutes before the first token)."""

    base_url: str
    api_key: str = field(repr=False)
    connect_timeout: float = 10
    read_timeout: float = 300
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    user_agent: str = DEFAULT_USER_AGENT
    ask_for_usage: bool = True  # send stream_options.include_usage (dropped if the gateway rejects it)

    def normalized(self) -> NormalizedBaseURL:
        """The canonical base URL (raises `InvalidRequest` for an unusable address)."""
        return normalize_base_url(self.base_url)

    def check_key(self) -> None:
        """Raise `InvalidRequest` (without quoting it) if the key can't travel in an HTTP header."""
        key = self.api_key
        if key and (key != key.strip() or not key.isascii() or not key.isprintable()):
            raise InvalidRequest(
                "The API key contains spaces or characters that can't be part of a key. "
                "Please paste it again.",
                "api_key",
            )
