"""Attachments end to end below the UI: files attached to drafts (off the loop's thread), sent as
content parts and document text to the real simulator, kept with the message in a real SQLite file,
refused before saving when the model can't see images, and images drawn by a model kept with its
answer — in every form gateways use."""

from __future__ import annotations

import asyncio
import base64
import io
import threading
from pathlib import Path

import pytest
from _services_harness import Harness
from PIL import Image

from desktop_chat.devtools.simulator import SimulatorServer
from desktop_chat.domain import AttachmentKind, GenerationParams, MessageStatus, Problem, Refusal
from desktop_chat.services.attachments import AttachFailed, AttachmentService, AttachProblem, IssueKind
from desktop_chat.services.chat import ChatService
from desktop_chat.services.context_window import ChatContext, ContextService
from desktop_chat.services.model_limits import ModelKnowledge
from desktop_chat.services.refusals import NothingToDo
from desktop_chat.settings import ModelOverride

VISION = "gemini-2.5-flash"
BLIND = "deepseek-ai/deepseek-r1-0528-maas"
DRAWS = "gemini-2.5-flash-image-preview"


def png(width: int = 1280, height: int = 720, colour: tuple[int, int, int] = (30, 120, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def _wire(harness: Harness, tmp_path: Path, overrides: tuple[ModelOverride, ...] = ()) -> AttachmentService:
    knowledge = ModelKnowledge(tmp_path / "knowledge.json", overrides=lambda: overrides,
                               gateway=lambda: harness.base_url)
    context = ContextService(knowledge)
    harness.service = ChatService(harness.store, lambda: harness.client, default_model=lambda: VISION,
                                  context=context)
    return AttachmentService(harness.store, context=context)


def _chat_payloads(sim: SimulatorServer) -> list[dict]:
    return [r.payload for r in sim.simulator.records if r.path.endswith("/chat/completions") and r.payload]


def _attach(service: AttachmentService, cid: int | None, path: Path):
    return asyncio.run(service.attach_file(cid, path))


def test_an_image_goes_as_a_content_part_with_its_real_mime_and_stays_with_the_message(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    attachments = _wire(harness, tmp_path)
    chat = harness.store.create_conversation(model=VISION)
    shot = tmp_path / "screenshot.jpg"  # a PNG with the wrong extension: the bytes decide
    shot.write_bytes(png())
    chip = _attach(attachments, chat.id, shot)
    assert chip.kind is AttachmentKind.IMAGE and chip.mime == "image/png"
    assert (chip.width, chip.height) == (1280, 720)
    assert [a.id for a in attachments.draft(chat.id)] == [chip.id]

    harness.run(lambda s: s.send(chat.id, "What is on this screenshot?", harness.listen))

    content = _chat_payloads(sim)[-1]["messages"][-1]["content"]
    assert content[0] == {"type": "text", "text": "What is on this screenshot?"}
    url = content[1]["image_url"]["url"]
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == shot.read_bytes()
    branch = harness.store.branch(chat.id)
    user, answer = branch[-2], branch[-1]
    assert [a.name for a in user.attachments] == ["screenshot.jpg"]
    assert harness.store.blob(user.attachments[0].sha256) == shot.read_bytes()
    assert "1 image 1280×720 PNG" in answer.content
    assert attachments.draft(chat.id) == []  # the chips left the draft with the message


def test_a_large_photo_is_sent_scaled_down_and_kept_whole(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    attachments = _wire(harness, tmp_path)
    chat = harness.store.create_conversation(model=VISION)
    photo = tmp_path / "whiteboard.png"
    photo.write_bytes(png(4000, 3000))
    chip = _attach(attachments, chat.id, photo)
    assert max(chip.width or 0, chip.height or 0) == 2048 and chip.sent_sha256
    harness.run(lambda s: s.send(chat.id, "Read the board", harness.listen))
    url = _chat_payloads(sim)[-1]["messages"][-1]["content"][1]["image_url"]["url"]
    sent = base64.b64decode(url.split(",", 1)[1])
    assert Image.open(io.BytesIO(sent)).size == (2048, 1536)
    assert harness.store.blob(chip.sha256) == photo.read_bytes()  # the original, for Save a copy


def test_the_same_screenshot_twice_is_stored_once(harness: Harness, tmp_path: Path) -> None:
    attachments = _wire(harness, tmp_path)
    data = png(300, 200)
    first = asyncio.run(attachments.attach_data(None, data, "pasted-image.png"))
    second = asyncio.run(attachments.attach_data(None, data, "pasted-image.png"))
    assert first.id != second.id and first.sha256 == second.sha256
    assert harness.store.attachment_bytes_in_use() == len(data)


def test_a_document_is_sent_as_text_headed_by_its_name(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    attachments = _wire(harness, tmp_path)
    chat = harness.store.create_conversation(model=VISION)
    sheet = tmp_path / "budget.csv"
    sheet.write_text("item,cost\nrent,1200\npaper,35\n", encoding="utf-8")
    chip = _attach(attachments, chat.id, sheet)
    assert chip.kind is AttachmentKind.DOCUMENT and "rent" in chip.text
    harness.run(lambda s: s.send(chat.id, "Total?", harness.listen))
    text = _chat_payloads(sim)[-1]["messages"][-1]["content"]
    assert isinstance(text, str)  # no images: plain content, as before
    assert text.startswith("Total?\n\n<document name=\"budget.csv\">\n")
    assert "| rent | 1200 |" in text and text.endswith("</document>")
    assert "1 document of" in harness.store.branch(chat.id)[-1].content


def test_a_message_of_only_files_can_be_sent_and_an_empty_one_cannot(
    harness: Harness, tmp_path: Path
) -> None:
    attachments = _wire(harness, tmp_path)
    chat = harness.store.create_conversation(model=VISION)
    with pytest.raises(NothingToDo) as refused:
        harness.run(lambda s: s.send(chat.id, "  ", harness.listen))
    assert refused.value.refusal is Refusal.NOTHING_TO_SEND
    asyncio.run(attachments.attach_data(chat.id, png(64, 64), "dot.png"))
    harness.run(lambda s: s.send(chat.id, "", harness.listen))
    assert harness.store.branch(chat.id)[-2].attachments


def test_images_for_a_model_that_sees_none_are_refused_before_anything_is_saved(
    harness: Harness, tmp_path: Path
) -> None:
    attachments = _wire(harness, tmp_path)
    chat = harness.store.create_conversation(model=BLIND)
    asyncio.run(attachments.attach_data(chat.id, png(64, 64), "dot.png"))
    issues = attachments.issues(ChatContext(BLIND, GenerationParams(), ""), attachments.draft(chat.id))
    assert [i.kind for i in issues] == [IssueKind.MODEL_READS_NO_IMAGES]
    with pytest.raises(NothingToDo) as refused:
        harness.run(lambda s: s.send(chat.id, "Look", harness.listen))
    assert refused.value.refusal is Refusal.IMAGES_NOT_SUPPORTED
    assert harness.store.branch(chat.id) == [] and len(attachments.draft(chat.id)) == 1


def test_the_gateways_own_refusal_of_images_is_a_plain_failure_and_is_learned(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    """A model this gateway serves without its vision (the app expects it to see): images are sent;
    the gateway's 400 becomes the typed problem, and the next attempt is refused before sending."""
    attachments = _wire(harness, tmp_path)
    served_blind = "gemini-2.0-flash-lite"
    sim.simulator.no_image_models = sim.simulator.no_image_models | {served_blind}
    chat = harness.store.create_conversation(model=served_blind)
    asyncio.run(attachments.attach_data(chat.id, png(64, 64), "dot.png"))
    harness.run(lambda s: s.send(chat.id, "Look", harness.listen))
    answer = harness.store.branch(chat.id)[-1]
    assert answer.status is MessageStatus.FAILED and answer.problem is Problem.IMAGES_NOT_SUPPORTED
    user = harness.store.branch(chat.id)[-2]
    with pytest.raises(NothingToDo) as refused:
        harness.run(lambda s: s.edit_and_resend(chat.id, user.id, "Look again", harness.listen))
    assert refused.value.refusal is Refusal.IMAGES_NOT_SUPPORTED


def test_edit_and_resend_keeps_the_files(harness: Harness, sim: SimulatorServer, tmp_path: Path) -> None:
    attachments = _wire(harness, tmp_path)
    chat = harness.store.create_conversation(model=VISION)
    asyncio.run(attachments.attach_data(chat.id, png(100, 50), "chart.png"))
    harness.run(lambda s: s.send(chat.id, "Explain", harness.listen))
    user = harness.store.branch(chat.id)[-2]
    harness.run(lambda s: s.edit_and_resend(chat.id, user.id, "Explain briefly", harness.listen))
    edited = harness.store.branch(chat.id)[-2]
    assert edited.id != user.id
    assert [a.sha256 for a in edited.attachments] == [a.sha256 for a in user.attachments]
    assert _chat_payloads(sim)[-1]["messages"][-1]["content"][1]["type"] == "image_url"


@pytest.mark.parametrize("form", ["images", "legacy_image", "parts", "markdown"])
def test_an_image_model_is_asked_for_images_and_its_pictures_are_kept_with_the_answer(
    harness: Harness, sim: SimulatorServer, tmp_path: Path, form: str
) -> None:
    from desktop_chat.devtools.image_answers import ImageForm

    _wire(harness, tmp_path)
    sim.simulator.image_form = ImageForm(form)
    chat = harness.store.create_conversation(model=DRAWS)
    harness.run(lambda s: s.send(chat.id, "Draw a lighthouse", harness.listen))
    assert _chat_payloads(sim)[-1]["modalities"] == ["image", "text"]
    answer = harness.store.branch(chat.id)[-1]
    assert answer.status is MessageStatus.COMPLETE
    assert [a.kind for a in answer.attachments] == [AttachmentKind.IMAGE]
    picture = harness.store.blob(answer.attachments[0].sha256)
    assert picture is not None and picture.startswith(b"\x89PNG")
    assert "base64" not in answer.content


def test_other_models_are_never_sent_modalities(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    _wire(harness, tmp_path)
    chat = harness.store.create_conversation(model=VISION)
    harness.run(lambda s: s.send(chat.id, "Hello", harness.listen))
    assert "modalities" not in _chat_payloads(sim)[-1]


def test_a_remote_image_in_an_answer_is_never_fetched_but_written_as_a_link(
    harness: Harness, sim: SimulatorServer, tmp_path: Path
) -> None:
    from desktop_chat.devtools.image_answers import ImageForm

    _wire(harness, tmp_path)
    sim.simulator.image_form = ImageForm.REMOTE
    chat = harness.store.create_conversation(model=DRAWS)
    harness.run(lambda s: s.send(chat.id, "Draw", harness.listen))
    answer = harness.store.branch(chat.id)[-1]
    assert "![image](https://" in answer.content and not answer.attachments


def test_per_model_settings_say_which_models_see_and_draw_images(harness: Harness, tmp_path: Path) -> None:
    attachments = _wire(harness, tmp_path, (ModelOverride(BLIND, reads_images=True),
                                            ModelOverride(VISION, draws_images=True)))
    knowledge = harness.service.context.knowledge
    assert knowledge.images(BLIND).reads is True
    assert knowledge.images(VISION).draws is True
    assert knowledge.images(DRAWS).draws is True and knowledge.images("claude-sonnet-4-5").reads is True
    assert attachments.issues(ChatContext(BLIND, GenerationParams(), ""), []) == []


def test_files_that_cannot_be_attached_say_why_and_leave_the_draft_alone(
    harness: Harness, tmp_path: Path
) -> None:
    attachments = _wire(harness, tmp_path)
    cases = {
        "missing.pdf": (None, AttachProblem.CANNOT_OPEN),
        "empty.txt": (b"", AttachProblem.EMPTY),
        "program.exe": (b"MZ\x90\x00" + bytes(range(256)) * 40, AttachProblem.UNSUPPORTED_TYPE),
        "broken.pdf": (b"%PDF-1.7\n" + b"\x00garbage" * 200, AttachProblem.DAMAGED),
        "broken.docx": (b"PK\x03\x04" + b"\x00" * 300, AttachProblem.DAMAGED),
    }
    for name, (data, problem) in cases.items():
        path = tmp_path / name
        if data is not None:
            path.write_bytes(data)
        with pytest.raises(AttachFailed) as failed:
            _attach(attachments, None, path)
        assert failed.value.problem is problem, name
        assert failed.value.name == name
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(AttachFailed) as failed:
        _attach(attachments, None, folder)
    assert failed.value.problem is AttachProblem.CANNOT_OPEN
    assert attachments.draft(None) == []


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(harness: Harness, tmp_path: Path) -> None:
    from desktop_chat.services.ingest import IngestLimits

    _wire(harness, tmp_path)
    attachments = AttachmentService(harness.store, limits=IngestLimits(max_file_bytes=1000))
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(AttachFailed) as failed:
        _attach(attachments, None, big)
    assert failed.value.problem is AttachProblem.TOO_BIG


def test_reading_a_file_can_be_cancelled_and_leaves_nothing(harness: Harness, tmp_path: Path) -> None:
    attachments = _wire(harness, tmp_path)
    started = threading.Event()
    release = threading.Event()

    def slow(_cancel: threading.Event) -> bytes:
        started.set()
        release.wait(5)
        return png(10, 10)

    async def main() -> None:
        task = asyncio.create_task(attachments._attach(None, "slow.png", slow))
        while not attachments.readings(None):
            await asyncio.sleep(0.01)
        [reading] = attachments.readings(None)
        assert reading.name == "slow.png"
        await asyncio.to_thread(started.wait, 5)
        assert attachments.cancel(reading.key)
        with pytest.raises(asyncio.CancelledError):
            await task
        release.set()
        await asyncio.sleep(0.2)  # the worker thread finishes and stores nothing

    asyncio.run(main())
    assert attachments.readings(None) == [] and attachments.draft(None) == []


def test_a_file_longer_than_the_window_is_flagged_and_refused(harness: Harness, tmp_path: Path) -> None:
    attachments = _wire(harness, tmp_path, (ModelOverride(VISION, context_window=2000),))
    chat = harness.store.create_conversation(model=VISION)
    notes = tmp_path / "notes.md"
    notes.write_text("The committee met and discussed the budget at length. " * 400, encoding="utf-8")
    _attach(attachments, chat.id, notes)
    [issue] = attachments.issues(ChatContext(VISION, GenerationParams(), ""), attachments.draft(chat.id))
    assert issue.kind is IssueKind.TOO_BIG_FOR_WINDOW and issue.tokens > issue.window == 2000
    with pytest.raises(NothingToDo) as refused:
        harness.run(lambda s: s.send(chat.id, "Summarise", harness.listen))
    assert refused.value.refusal is Refusal.MESSAGE_TOO_LONG


def test_the_meter_counts_the_drafts_files(harness: Harness, tmp_path: Path) -> None:
    attachments = _wire(harness, tmp_path)
    context = harness.service.context
    chat = ChatContext(VISION, GenerationParams(), "")
    bare = context.preview(chat, [], [], "Hello").estimated_tokens
    asyncio.run(attachments.attach_data(None, png(1000, 750), "a.png"))
    notes = tmp_path / "n.txt"
    notes.write_text("word " * 2000, encoding="utf-8")
    _attach(attachments, None, notes)
    with_files = context.preview(chat, [], [], "Hello", attachments.draft(None)).estimated_tokens
    assert with_files - bare > 1000 + 1500  # the image (~1,000) and the document (~2,000)


def test_a_new_chats_files_move_to_the_chat_when_it_is_created(harness: Harness, tmp_path: Path) -> None:
    from desktop_chat.domain import ChatSettings
    from desktop_chat.services.conversations import ConversationsService

    attachments = _wire(harness, tmp_path)
    asyncio.run(attachments.attach_data(None, png(20, 20), "a.png"))
    conversations = ConversationsService(harness.store)
    created = conversations.create(ChatSettings(VISION))
    assert attachments.draft(None) == [] and len(attachments.draft(created.id)) == 1


def test_a_scanned_pdf_can_be_sent_as_page_images(harness: Harness, tmp_path: Path) -> None:
    import pypdfium2  # noqa: F401  (the renderer the ingest package uses)

    attachments = _wire(harness, tmp_path)
    scan = tmp_path / "scan.pdf"
    Image.new("RGB", (600, 800), (240, 240, 240)).save(scan, "PDF")  # an image-only page
    chip = _attach(attachments, None, scan)
    assert chip.kind is AttachmentKind.DOCUMENT and chip.scanned
    [issue] = attachments.issues(ChatContext(VISION, GenerationParams(), ""), [chip])
    assert issue.kind is IssueKind.SCAN_NOT_SENT
    pages = asyncio.run(attachments.send_pages_as_images(None, chip))
    assert [p.kind for p in pages] == [AttachmentKind.IMAGE] and pages[0].name == "scan — 1.jpg"
    assert pages[0].width and pages[0].height


def test_a_saved_copy_is_the_original_bytes(harness: Harness, tmp_path: Path) -> None:
    attachments = _wire(harness, tmp_path)
    data = png(50, 50)
    chip = asyncio.run(attachments.attach_data(None, data, "a.png"))
    dest = tmp_path / "out" / "copy.png"
    dest.parent.mkdir()
    asyncio.run(attachments.save_copy(chip.sha256, dest))
    assert dest.read_bytes() == data
