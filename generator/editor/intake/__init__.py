"""``thiduua import`` and ``thiduua template``: the office's spreadsheets and Word tables into records.

One module per job, in the order an import runs: :mod:`tables` (read xlsx/csv/docx),
:mod:`encoding` (legacy TCVN3/VNI text to Unicode), :mod:`headers` (find the header row),
:mod:`rows` (group rows, data rows), :mod:`matching` (existing people, units, awards),
:mod:`decision` / :mod:`evaluation` / :mod:`people` (the records of each kind),
:mod:`yaml_text` (YAML written by hand, comments kept), :mod:`writer` (no overwrite without
``--force``, dry-run diff, validation of the result), :mod:`report`; :mod:`template` writes the
blank .xlsx forms.
"""
