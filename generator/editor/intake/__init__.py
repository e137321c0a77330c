"""``thiduua import`` and ``thiduua template``: the office's spreadsheets and Word tables into records.

One module per job, in the order an import runs (:mod:`command` runs them): :mod:`tables` (read
xlsx/csv/docx), :mod:`encoding` (legacy TCVN3/VNI text to Unicode, tables in
:mod:`generator.legacy_fonts`), :mod:`headers` (find the header row), :mod:`rows` (group rows, data
rows), :mod:`source` (those steps for one file), :mod:`matching` (existing people, units, awards),
:mod:`decision` / :mod:`evaluation` / :mod:`people` (the records of each kind),
:mod:`yaml_text` (YAML written by hand, comments kept), :mod:`writer` (no overwrite without
``--force``, a dry run on a copy, validation of the result), :mod:`report` (diffs, text and JSON);
:mod:`template` writes the blank .xlsx forms.
"""
