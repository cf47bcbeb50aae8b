"""`python -m ml.mnist figures` writes to the current folder unless told otherwise.

The site's folder is named only by the figure registry (`tools.site`), so running the command from
the repository root can never overwrite the committed figures the pages show.
"""

from pathlib import Path

from ml.mnist.cli import build_parser


def test_the_default_output_folder_is_relative_and_outside_the_site():
    args = build_parser().parse_args(["figures"])
    out = Path(args.out)
    assert not out.is_absolute()
    assert "docs" not in out.parts


def test_the_registry_names_the_site_folder_explicitly():
    from tools.site import FIGURE_COMMANDS

    (command,) = [c for figure, c in FIGURE_COMMANDS if figure == "figures/mnist"]
    assert command[command.index("--out") + 1] == "docs/figures/mnist"
