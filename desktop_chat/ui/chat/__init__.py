"""The chat view's parts: safe text browsers, message cards, the virtual list and the banner.

`desktop_chat.ui.chat.view` is the public entry point (ChatView, MessageEntry); the modules here
are its building blocks and may change shape freely.
"""
