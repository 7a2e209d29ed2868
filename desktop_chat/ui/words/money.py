"""How an estimated cost is written: "$0.0042", "$0.312", "$12.50".

Why one function: the answer's details line, the status bar, the Usage window and its CSV must show
the same amount the same way. Costs are US dollars because the providers' list prices are.
"""

from __future__ import annotations


def dollars(amount: float) -> str:
    """An estimated cost in US dollars, with enough digits to tell small answers apart."""
    if amount == 0:
        return "$0"
    if amount < 0.01:
        return f"${amount:.4f}"
    if amount < 1:
        return f"${amount:.3f}"
    return f"${amount:,.2f}"
