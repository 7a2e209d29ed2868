"""How the app writes numbers: token counts ("12,400") and estimated costs ("$0.0042").

Why one module: the answer's details line, the status bar, the context meter, Settings → Models and
the Usage window all show token counts and costs, and must show them the same way — in the
person's number format, with thousands separators even in the "C" locale (which leaves them out),
and costs in US dollars because the providers' list prices are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def numbers() -> QLocale:
    """The locale in force, with thousands separators even where it leaves them out."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def count(n: int) -> str:
    """A whole number with the locale's thousands separators: "12,400"."""
    return numbers().toString(n)


def dollars(amount: float, decimals: int | None = None) -> str:
    """An amount of US dollars: "$0.0421". Without `decimals`, enough to tell small answers apart."""
    if decimals is None:
        decimals = 0 if amount == 0 else 4 if amount < 0.01 else 3 if amount < 1 else 2
    number = numbers().toString(amount, "f", decimals)
    return QCoreApplication.translate("Figures", "${amount}").format(amount=number)


def file_size(size: int) -> str:
    """A file's size the way file managers write it: "2.4 MB", "812 KB" (decimal units)."""
    return numbers().formattedDataSize(max(0, size), 1, QLocale.DataSizeFormat.DataSizeSIFormat)
