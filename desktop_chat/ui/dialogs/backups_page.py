"""Settings → Backups: the daily backup on or off, its folder, how many are kept; Back up now; Restore.

Why a page of its own: backups are the one thing people never think about until they need one,
so the page says plainly when the last good backup was made and lists the backups there are (date
and size). What the organisation set is greyed and says "Set by your organisation". The page is
passive: it shows what the backups controller gives it (`show`) and asks for work with signals;
its three values go out with the dialog's Save (`values`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_chat.services import BackupFile, BackupPlan
from desktop_chat.ui.language import is_language_change

MAX_KEPT = 365


@dataclass(frozen=True, slots=True)
class BackupValues:
    auto_backup: bool
    backup_folder: str  # "" = the app's own folder
    backups_kept: int


@dataclass(frozen=True, slots=True)
class BackupsView:
    """What the page shows: the plan in force, the person's own folder text, the last good backup."""

    plan: BackupPlan
    folder_text: str
    last_good: float | None
    backups: tuple[BackupFile, ...]
    busy: bool = False
    message: str = ""  # the outcome of the last action, worded by the controller


class BackupsPage(QWidget):
    backUpNowRequested = Signal()
    restoreRequested = Signal(object)  # Path of the backup chosen

    def __init__(self, parent: QWidget | None, view: BackupsView) -> None:
        super().__init__(parent)
        self._view = view
        self.auto_check = QCheckBox(self)
        self.folder_edit = QLineEdit(self)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self._choose_folder)
        self.kept_spin = QSpinBox(self)
        self.kept_spin.setRange(1, MAX_KEPT)
        self.locked_label = QLabel(self)
        self.locked_label.setEnabled(False)
        self.locked_label.setWordWrap(True)
        self.last_label = QLabel(self)
        self.last_label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(120)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.back_up_button = QPushButton(self)
        self.back_up_button.clicked.connect(self.backUpNowRequested)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self._restore_selected)
        self.restore_file_button = QPushButton(self)
        self.restore_file_button.clicked.connect(self._restore_other)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow("", self.auto_check)
        self.folder_label = QLabel(self)
        self.kept_label = QLabel(self)
        self.form.addRow(self.folder_label, folder_row)
        self.form.addRow(self.kept_label, self.kept_spin)
        self.form.addRow("", self.locked_label)
        self.folder_label.setBuddy(self.folder_edit)
        self.kept_label.setBuddy(self.kept_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        self.list_label = QLabel(self)
        self.list_label.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(self.form)
        layout.addWidget(self.last_label)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)

        plan = view.plan
        self.auto_check.setChecked(plan.enabled)
        self.folder_edit.setText(str(plan.folder) if plan.folder_locked else view.folder_text)
        self.kept_spin.setValue(max(1, min(plan.kept, MAX_KEPT)))
        self.auto_check.setEnabled(not plan.enabled_locked)
        self.folder_edit.setEnabled(not plan.folder_locked)
        self.choose_button.setEnabled(not plan.folder_locked)
        self.kept_spin.setEnabled(not plan.kept_locked)
        self.locked_label.setVisible(plan.folder_locked or plan.kept_locked or plan.enabled_locked)
        self.retranslate()
        self.show_view(view)

    def retranslate(self) -> None:
        self.auto_check.setText(self.tr("Back up the history &every day"))
        self.folder_label.setText(self.tr("&Folder"))
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.folder_edit.setPlaceholderText(self.tr("Empty: the app's own backups folder"))
        self.folder_edit.setToolTip(self.tr("A synced company folder works: a backup appears there only "
                                            "once it is complete and checked"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.kept_label.setText(self.tr("&Keep the newest"))
        self.kept_spin.setAccessibleName(self.tr("Backups kept"))
        self.kept_spin.setSuffix(self.tr(" backups"))
        self.locked_label.setText(self.tr("Set by your organisation"))
        self.list_label.setText(self.tr("Backups in the folder"))
        self.list.setAccessibleName(self.tr("Backups in the folder"))
        self.back_up_button.setText(self.tr("Back up &now"))
        self.restore_button.setText(self.tr("&Restore from this backup…"))
        self.restore_file_button.setText(self.tr("Restore from a &file…"))
        self.show_view(self._view)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # --- what the controller shows ---------------------------------------------------------------
    def show_view(self, view: BackupsView) -> None:
        self._view = view
        if view.last_good is None:
            self.last_label.setText(self.tr("No backup has been made yet."))
        else:
            self.last_label.setText(self.tr("Last backup: {when}").format(when=_when(view.last_good)))
        selected = self.selected()
        self.list.clear()
        for backup in view.backups:
            item = QListWidgetItem(self.tr("{when} — {size}").format(when=_when(backup.taken_at),
                                                                     size=_size(backup.size)))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
            if selected is not None and backup.path == selected:
                item.setSelected(True)
        if not view.backups:
            empty = QListWidgetItem(self.tr("There are no backups in this folder yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.message_label.setText(view.message)
        self.message_label.setVisible(bool(view.message))
        self._update_buttons()

    def values(self) -> BackupValues:
        # a folder set by the organisation is not the person's: their own text stays as it was
        folder = self._view.folder_text if self._view.plan.folder_locked else self.folder_edit.text().strip()
        return BackupValues(self.auto_check.isChecked(), folder, self.kept_spin.value())

    def selected(self) -> Path | None:
        items = self.list.selectedItems()
        data = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return Path(data) if isinstance(data, str) else None

    def focus_order(self) -> tuple[QWidget, ...]:
        return (self.auto_check, self.folder_edit, self.choose_button, self.kept_spin, self.list,
                self.back_up_button, self.restore_button, self.restore_file_button)

    # --- internals ---------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        busy = self._view.busy
        self.back_up_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)
        self.restore_file_button.setEnabled(not busy)

    def _restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.restoreRequested.emit(chosen)

    def _restore_other(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), str(self._view.plan.folder),
            self.tr("History backup (*.sqlite3)"))
        if path:
            self.restoreRequested.emit(Path(path))

    def _choose_folder(self) -> None:
        start = self.folder_edit.text().strip() or str(self._view.plan.folder)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.folder_edit.setText(folder)


def _when(seconds: float) -> str:
    from PySide6.QtCore import QDateTime, QLocale

    moment = QDateTime.fromSecsSinceEpoch(int(seconds))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def _size(size: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().formattedDataSize(size)
