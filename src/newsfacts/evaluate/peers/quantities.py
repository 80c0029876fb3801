"""The `quantities` peer: quantulum3's parser, called as METRICS.md "quantities" describes.

quantulum3 is imported on first use: loading it pulls in scikit-learn and its unit classifier
(about a second), which only a peer run needs.
"""

from __future__ import annotations

import warnings

from newsfacts.evaluate.gold.quantities import QuantitySpan

QUANTULUM3 = "quantulum3"


def quantulum3_quantities(text: str) -> list[QuantitySpan]:
    """quantulum3's quantities in `text`: its span, value, unit name and the unit's kind."""
    # quantulum3 and scikit-learn may warn on import or use; pytest turns warnings into errors.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        found = parser.parse(text)
    return [
        QuantitySpan(
            start=quantity.span[0],
            end=quantity.span[1],
            text=text[quantity.span[0] : quantity.span[1]],
            value=quantity.value,
            unit=quantity.unit.name,
            kind=quantity.unit.entity.name,
        )
        for quantity in found
    ]
