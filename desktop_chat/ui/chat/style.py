"""The chat view's Qt style sheet, generated from the light or dark palette.

Why generated: one palette (render.theme) drives both the widgets (cards, bubbles, buttons,
notices, banner, the context divider and summary cards) and the rich-text documents, so
switching dark mode is one call.
"""

from __future__ import annotations

from desktop_chat.ui.render.theme import Palette


def chat_style_sheet(p: Palette, *, point_size: float | None = None, mono_family: str = "") -> str:
    """The sheet for a ChatView; `point_size` (set by the user) applies to every child widget.

    Style-sheeted widgets do not inherit `setFont` from their parent, so a chosen text size must be
    part of the sheet itself.
    """
    fonts = ""
    if point_size:
        mono = mono_family.replace('"', "")
        fonts = f"""
#ChatView QWidget {{ font-size: {point_size:.1f}pt; }}
#ChatView #CodeText {{ font-family: "{mono}"; font-size: {point_size * 0.95:.1f}pt; }}
#ChatView #EmptyState {{ font-size: {point_size * 1.15:.1f}pt; }}
"""
    return (
        fonts
        + f"""
#ChatList, #ChatList > QWidget {{ background: {p.window}; border: none; }}
#ChatList QScrollBar:vertical {{ background: {p.window}; width: 12px; margin: 0px; border: none; }}
#ChatList QScrollBar::handle:vertical {{ background: {p.quote_bar}; border-radius: 4px; min-height: 32px;
    margin: 2px 3px; }}
#ChatList QScrollBar::handle:vertical:hover {{ background: {p.muted}; }}
#ChatList QScrollBar::add-line:vertical, #ChatList QScrollBar::sub-line:vertical {{ height: 0px; }}
#ChatList QScrollBar::add-page:vertical, #ChatList QScrollBar::sub-page:vertical {{ background: none; }}
#ChatView {{ background: {p.window}; }}
#ChatView #EmptyState {{ color: {p.muted}; font-size: 11.5pt; background: transparent; }}
#MessageCard {{ background: {p.card}; border: 1px solid {p.card_border}; border-radius: 14px; }}
#MessageCard[role="user"] {{ background: {p.user_bubble}; border: 1px solid {p.user_border}; }}
#MessageCard[highlighted="true"] {{ border: 2px solid {p.accent}; background: {p.highlight}; }}
#MessageCard QLabel {{ color: {p.text}; background: transparent; }}
#MessageCard QTextBrowser {{ background: transparent; color: {p.text}; border: none;
    selection-background-color: {p.accent}; selection-color: #ffffff; }}
#MessageCard #CardTitle {{ font-weight: 600; color: {p.text}; }}
#MessageCard #Typing, #MessageCard #Meta, #MessageCard #SiblingLabel {{ color: {p.muted}; }}
#MessageCard #ReasoningBox {{ border: none; border-left: 3px solid {p.quote_bar}; margin-left: 4px; }}
#MessageCard #ReasoningText {{ color: {p.muted}; }}
#MessageCard QToolButton {{ color: {p.muted}; background: transparent; border: none; border-radius: 6px;
    padding: 3px 8px; }}
#MessageCard QToolButton:hover {{ background: {p.hover}; color: {p.text}; }}
#MessageCard QToolButton:focus {{ border: 1px solid {p.accent}; }}
#MessageCard QToolButton:disabled {{ color: {p.card_border}; }}
#MessageCard #ReasoningToggle {{ padding: 2px 6px; }}
#MessageCard #AttachmentChip {{ background: {p.card}; border: 1px solid {p.card_border}; border-radius: 8px;
    padding: 0px; color: {p.text}; }}
#MessageCard #AttachmentChip:hover {{ background: {p.hover}; }}
#MessageCard #AttachmentChip:focus {{ border: 1px solid {p.accent}; }}
#CodeBlock {{ background: {p.code_bg}; border: 1px solid {p.code_border}; border-radius: 8px; }}
#CodeHeader {{ background: transparent; border-bottom: 1px solid {p.code_border}; }}
#MessageCard #CodeLang {{ color: {p.muted}; font-size: 8pt; }}
#CodeBlock QTextBrowser {{ background: transparent; }}
#Notice {{ border-radius: 8px; }}
#Notice[kind="error"] {{ background: {p.error_bg}; }}
#Notice[kind="error"] QLabel {{ color: {p.error_fg}; }}
#Notice[kind="warning"] {{ background: {p.warning_bg}; }}
#Notice[kind="warning"] QLabel {{ color: {p.warning_fg}; }}
#Notice[kind="info"] {{ background: {p.info_bg}; }}
#Notice[kind="info"] QLabel {{ color: {p.info_fg}; }}
#MessageCard #Notice QToolButton {{ color: {p.text}; border: 1px solid {p.card_border};
    background: {p.card}; }}
#InlineEditor {{ background: {p.card}; color: {p.text}; border: 1px solid {p.accent}; border-radius: 8px;
    padding: 4px; }}
#MessageCard #PrimaryButton {{ background: {p.accent}; color: #ffffff; }}
#ContextDivider {{ background: transparent; }}
#ContextDivider #DividerLine {{ background: {p.quote_bar}; border: none; }}
#ContextDivider #DividerText {{ color: {p.muted}; background: transparent; }}
#ContextDivider #SummariseButton {{ color: {p.accent}; background: {p.card};
    border: 1px solid {p.card_border}; border-radius: 11px; padding: 3px 12px; }}
#ContextDivider #SummariseButton:hover {{ background: {p.hover}; }}
#ContextDivider #SummariseButton:focus {{ border: 1px solid {p.accent}; }}
#ContextDivider #SummariseButton:disabled {{ color: {p.muted}; }}
#SummaryCard {{ background: {p.card}; border: 1px dashed {p.accent}; border-radius: 14px; }}
#SummaryCard QLabel {{ color: {p.text}; background: transparent; }}
#SummaryCard QTextBrowser {{ background: transparent; color: {p.text}; border: none;
    selection-background-color: {p.accent}; selection-color: #ffffff; }}
#SummaryCard #CardTitle {{ font-weight: 600; color: {p.text}; }}
#SummaryCard #Meta, #SummaryCard #CodeLang {{ color: {p.muted}; }}
#SummaryCard QToolButton {{ color: {p.muted}; background: transparent; border: none; border-radius: 6px;
    padding: 3px 8px; }}
#SummaryCard QToolButton:hover {{ background: {p.hover}; color: {p.text}; }}
#SummaryCard QToolButton:focus {{ border: 1px solid {p.accent}; }}
#SummaryCard #PrimaryButton {{ background: {p.accent}; color: #ffffff; }}
#JumpToLatest {{ background: {p.card}; color: {p.text}; border: 1px solid {p.card_border};
    border-radius: 15px; padding: 6px 14px; }}
#JumpToLatest:hover {{ background: {p.hover}; }}
#Banner {{ border-radius: 8px; }}
#Banner[kind="error"] {{ background: {p.error_bg}; }}
#Banner[kind="error"] QLabel {{ color: {p.error_fg}; }}
#Banner[kind="warning"] {{ background: {p.warning_bg}; }}
#Banner[kind="warning"] QLabel {{ color: {p.warning_fg}; }}
#Banner[kind="info"] {{ background: {p.info_bg}; }}
#Banner[kind="info"] QLabel {{ color: {p.info_fg}; }}
#Banner QPushButton, #Banner QToolButton {{ color: {p.text}; background: {p.card};
    border: 1px solid {p.card_border}; border-radius: 6px; padding: 3px 10px; }}
#Banner QPushButton:focus, #Banner QToolButton:focus {{ border: 1px solid {p.accent}; }}
"""
    )
