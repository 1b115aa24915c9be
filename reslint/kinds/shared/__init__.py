"""Helpers the kinds share: no kind lives here, and nothing here imports a kind module.

A kind module (`reslint/kinds/<kind_name>.py`) imports from this package and
never from another kind module, so that each kind can be read, moved or
dropped on its own.
"""
