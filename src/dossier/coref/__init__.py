"""Coreference: what pronouns and descriptions ("he", "the regime", "the two countries") refer to.

Takes a parsed ``Doc``, the mentions the actor stage resolved (``Found``) and the phrases it
left for the context (``Pending``); gives the extra ``Found`` mentions they resolve to.
"""

from dossier.coref.mentions import Found, Pending
from dossier.coref.resolve import resolve_coref

__all__ = ["Found", "Pending", "resolve_coref"]
