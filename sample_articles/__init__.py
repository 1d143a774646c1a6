"""The sample article shipped with nutgraf (a package only so that installs carry it)."""
