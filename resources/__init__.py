"""The terminal app's resources, installed as the package `clienteling.resources`.

The repository keeps this folder at its top level; pyproject.toml maps it to
`clienteling.resources` (package-dir) and ships themes/*.qss and
translations/*.ts (and *.qm when built) as its package data, so a checkout
and an installed wheel find them alike through importlib.resources
(`clienteling.ui.resources`). Nothing here is imported for its code.
"""
