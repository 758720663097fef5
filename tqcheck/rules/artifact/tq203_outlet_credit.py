from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import BlockKind, Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.artifact.credits import credit_at_end, credit_only
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

_MAX_WORDS = 45


class OutletCredit(Rule):
    """A photo caption or credit line leaked into the body, ending in an outlet credit.

    Pages scraped or exported for translation carry image captions such as "Residents inspect a
    damaged house in Ganja (Reuters)"; machine translation passes them into the article as if
    they were paragraphs. The rule fires on a short block (up to 45 words) that ends with a
    parenthesised outlet or agency name ("(Reuters)", "(Al-Jazeera)", "(AFP/Getty Images)") or a
    labelled credit ("Photo: Anadolu Agency"), and on a block that is nothing but a credit
    between two paragraphs: an outlet name alone ("SANA", "Anadolu Agency"), with a photo word
    ("AFP photo") or after a photographer's name ("Khalil Ashawi/Reuters"). An outlet name alone
    as the first or last block is a byline or source line and is not flagged. Outlet names are
    listed in ``tqcheck/data/outlets.txt``. A dateline credit at the start of a lead ("BAKU
    (Reuters) -") is not flagged. Delete the caption or move it back to its image.

    Bad:
        Residents inspect a damaged house in the city of Ganja (Reuters)

        Residents of Ganja spent the night in basements as shelling continued.

    Good:
        Residents of Ganja spent the night in basements as shelling continued.
    """

    code = "TQ203"
    name = "outlet-credit"
    category = Category.ARTIFACT
    severity = Severity.ERROR
    summary = (
        'Caption or credit leaked into the body (ending in an outlet name, or a lone "AFP photo")'
    )

    def check(self, document: Document) -> Iterator[Finding]:
        last = len(document.blocks) - 1
        for index, block in enumerate(document.blocks):
            if block.kind is BlockKind.LIST_ITEM or len(block.words) > _MAX_WORDS:
                continue
            credit = credit_at_end(block.text)
            if credit is None:
                alone = credit_only(block.text, names_only=0 < index < last)
                if alone is not None:
                    yield self.finding(
                        document,
                        block.start,
                        block.end,
                        f"This line is only the credit {quoted(alone)}: it looks like a photo "
                        "or source credit leaked into the article.",
                    )
                continue
            yield self.finding(
                document,
                block.start,
                block.end,
                f"This line ends with the credit {quoted(credit[1])}: it looks like a photo "
                "caption leaked into the article.",
            )
