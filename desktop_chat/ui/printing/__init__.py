"""File ▸ Print… and File ▸ Export as PDF… for the chat on screen.

Why a package of its own: a printed chat is a different object from the chat view — pages with a
header and a footer, pictures scaled to paper, breaks that keep a message's header with its text —
and building it is heavy (every message, every picture's bytes, a layout of the whole document,
one painting per page), so it runs on a worker thread. One module a step: `source` reads the chat
through the services, `pictures` prepares the images, `document` writes the printable document,
`pagination` moves page breaks, `painting` draws the pages with header and footer, `job` runs the
steps with progress and cancel, `controller` is what the window's File menu calls.
"""
