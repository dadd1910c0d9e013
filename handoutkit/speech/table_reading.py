"""How a table is read aloud: row by row, in a form a listener can follow.

When the first column names each row (its cells are distinct words, not numbers), the
column names are said once ("In each row: What you can do, then When.") and each row is
its label and the rest: "Stretch your calves: Before bed." Otherwise every cell keeps its
column name, one sentence a row ("Dose: 500 mg, Time: Morning."), since the listener has
no row label to hold on to.
"""

from __future__ import annotations

import logging
import re

from handoutkit.labels import Labels
from handoutkit.model import Table
from handoutkit.reader.inlines import as_sentence, plain_text

logger = logging.getLogger(__name__)

_NUMBER_LIKE = re.compile(r"^[\d\s.,:/%–-]*$")


def table_lines(table: Table, labels: Labels) -> list[str]:
    """The table as the lines the voice says, one per row (after one naming the columns)."""
    names = [plain_text(cell).strip() for cell in table.header]
    rows = [[plain_text(cell).strip() for cell in row] for row in table.rows]
    if has_label_column(rows) and len(names) > 1 and all(names):
        columns = labels.said.then.join(names)
        return [labels.said.table.format(columns=columns),
                *(_labelled_row(row) for row in rows)]
    return [as_sentence(", ".join(f"{name}: {cell.rstrip('.')}" if name else cell.rstrip(".")
                                  for name, cell in zip(names, row, strict=False) if cell))
            for row in rows]


def has_label_column(rows: list[list[str]]) -> bool:
    """Whether the first column names each row: filled, distinct and not just numbers."""
    firsts = [row[0] for row in rows if row]
    return (bool(firsts) and len(firsts) == len(rows) and all(firsts)
            and len(set(firsts)) == len(firsts)
            and not any(_NUMBER_LIKE.match(first) for first in firsts))


def _labelled_row(row: list[str]) -> str:
    """"Stretch your calves: Before bed." — the row's label, then its other cells."""
    label, *rest = row
    said = " ".join(as_sentence(cell) for cell in rest if cell)
    return f"{label.rstrip('.:')}: {said}" if said else as_sentence(label)
