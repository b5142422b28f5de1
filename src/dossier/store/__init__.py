"""STUB (store helper owns this): the only code that speaks SQL."""
