"""attribution: quote attribution and sourcing checks for news text."""

from attribution.engine import analyze
from attribution.model import (
    Analysis,
    Fragment,
    Problem,
    Quote,
    Speaker,
    Statement,
)

__all__ = ["Analysis", "Fragment", "Problem", "Quote", "Speaker", "Statement", "analyze"]
__version__ = "0.1.0"
