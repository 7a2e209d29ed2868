"""Tools for the model, served by MCP servers: their configuration (`config`), their secrets
(`secret_store`), the host that runs them (`host`) and the leash that ties each local server's life
to the app's (`leash`).

Why a package: the MCP SDK (with pydantic, starlette, httpx2…) is heavy, and most starts of the app
never call a tool before the first paint. Importing this package (or `config`) loads none of it: the
SDK is imported on the host's own thread, when servers start.
"""
