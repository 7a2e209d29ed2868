"""Renderer fixes found in QA: soft line breaks, links the parser used to leave raw, task items."""

from __future__ import annotations

from desktop_chat.ui.render import render_html


def test_single_newline_is_a_line_break_like_github_comments() -> None:
    html = render_html("Dear Anna,\nthe budget is attached.\nBest regards")
    assert html == "<p>Dear Anna,<br/>the budget is attached.<br/>Best regards</p>"


def test_soft_break_inside_a_quote_and_a_list_item_is_kept() -> None:
    html = render_html("> first\n> second\n\n- item\n  more")
    assert "first<br/>second" in html and "item<br/>more" in html


def test_blank_line_still_separates_paragraphs() -> None:
    assert render_html("one\n\ntwo") == "<p>one</p><p>two</p>"


def test_file_and_javascript_targets_become_readable_text_not_raw_markdown() -> None:
    html = render_html(
        "![chart](file:///tmp/pic.png) and [run](javascript:alert(1)) ![d](data:image/png;base64,AA)"
    )
    assert "![" not in html and "](" not in html
    assert "[image: chart] (file:///tmp/pic.png)" in html
    assert "run (javascript:alert(1))" in html
    assert "[image: d]" in html and "base64" not in html  # data: pictures are drawn from the answer's files
    assert "<a " not in html


def test_task_list_items_get_boxes_and_other_brackets_stay() -> None:
    html = render_html("- [ ] open\n- [x] done\n- [X] also\n- plain [x] text\n\n[ ] not a list")
    assert "<li>☐ open</li>" in html and "<li>☑ done</li>" in html and "<li>☑ also</li>" in html
    assert "<li>plain [x] text</li>" in html
    assert "<p>[ ] not a list</p>" in html


def test_task_box_only_for_the_first_paragraph_of_an_item() -> None:
    html = render_html("- intro\n\n  [ ] second paragraph\n")
    assert "☐" not in html
