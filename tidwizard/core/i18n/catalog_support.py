"""Support: the log file and -v."""

MESSAGES: dict[str, dict[str, str]] = {
    "cli.opt.verbose": {
        "sv": "skriv också loggens rader till stderr (loggfilen får dem alltid)",
        "en": "write the log's lines to stderr as well (the log file always gets them)",
    },
    "cli.status.log_file": {"sv": "Loggfil", "en": "Log file"},
}
