"""Tools for developing and demonstrating Desktop Chat without a real gateway or key.

`desktop_chat.devtools.simulator` is an OpenAI-compatible gateway on 127.0.0.1 that can play every
misbehaviour of real gateways on demand (see its docstring). Standard library only.
"""
