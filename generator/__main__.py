"""``python -m generator`` is the same as the ``thiduua`` command.

Ctrl-C or SIGTERM while the modules are still being imported (before :func:`generator.cli.main`
installs its handlers) also ends with one line, never a traceback.
"""

import signal
import sys


def _interrupted_early(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


signal.signal(signal.SIGTERM, _interrupted_early)
try:
    from generator.cli import main
except KeyboardInterrupt:
    from generator.messages import format_message

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    print(format_message("run_interrupted", {"signal": "Ctrl-C/SIGTERM"}, "vi"), file=sys.stderr)
    sys.exit(130)

sys.exit(main())
